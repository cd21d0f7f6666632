// Display labels for attribute keys: `school-level` → "School level", `indigenous` → "Indigenous".

const SPECIAL: Record<string, string> = {
  indigenous: 'Indigenous self-identification',
  'school-level': 'School level',
};

/** A human label for an attribute key (keys are lower-case, hyphenated). */
export function attributeLabel(key: string): string {
  if (SPECIAL[key]) return SPECIAL[key];
  const words = key.replace(/^source\./, '').replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
