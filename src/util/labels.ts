// Display labels for attribute keys: `school-level` → "School level", `indigenous` → "Indigenous".
import { inSentence } from './text.js';
import { own } from './own.js';

const SPECIAL: Record<string, string> = {
  indigenous: 'Indigenous self-identification',
  'school-level': 'School level',
};

/**
 * The report's own names of attributes whose keys run a survey's wording together (a grid question's
 * row: "How much do you agree? — Teachers care about me"), by key: an Analysis's `attributeLabels`.
 */
export type AttributeLabels = Readonly<Record<string, string>>;

/** An attribute's name in `labels` ({@link AttributeLabels}), if it has one. */
export function labelledAs(key: string, labels: AttributeLabels | undefined): string | undefined {
  return own(labels, key);
}

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

/** An attribute's name in a table: its name in `labels` ({@link AttributeLabels}), else {@link attributeLabel}. */
export function attributeName(key: string, labels: AttributeLabels | undefined): string {
  return labelledAs(key, labels) ?? attributeLabel(key);
}

/**
 * An attribute's name inside a sentence: its name in `labels`, a survey's own wording, quoted as written
 * (“How much do you agree? — Teachers care about me”), else {@link attributeInSentence}.
 */
export function attributeNameInSentence(key: string, labels: AttributeLabels | undefined): string {
  const given = labelledAs(key, labels);
  return given !== undefined ? `“${given}”` : attributeInSentence(key);
}
