// Display labels for attribute keys: `school-level` → "School level", `indigenous` → "Indigenous".
import { inSentence } from './text.js';
import { own } from './own.js';

const SPECIAL: Record<string, string> = {
  indigenous: 'Indigenous self-identification',
  'school-level': 'School level',
};

/** A human label for an attribute key (keys are lower-case, hyphenated). */
export function attributeLabel(key: string): string {
  const special = own(SPECIAL, key);
  if (special) return special;
  // A question's key is lower case: its "I" is given back ("How much do you agree I feel like I belong").
  const words = key.replace(/^source\./, '').replace(/[-_]+/g, ' ').trim().replace(/(^| )i(?= |$)/g, '$1I');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The label inside a sentence: "school level", but "Indigenous self-identification" keeps its capital. */
export function attributeInSentence(key: string): string {
  return inSentence(attributeLabel(key));
}
