// Answers that give none: what people type in a box they will not or cannot fill ("n/a", "-", "prefer
// not to say"), and, to an open question, the bare "nothing", "no" or "idk".

/** The canonical value for a blank, refused or unknown answer, for every attribute. */
export const NOT_STATED = 'Not stated';

// Compared after lower-casing, dropping dots/apostrophes/quotes and collapsing spaces, so "N.A.", "n/a "
// and "I'd rather not say" all land here.
const NOT_STATED_KEYS = new Set([
  '',
  'prefer not to say',
  'i prefer not to say',
  'prefer not to answer',
  'prefer not to disclose',
  'rather not say',
  'id rather not say',
  'i would rather not say',
  'n/a',
  'na',
  '-',
  '--',
  '—',
  '–',
  '?',
  'unknown',
  'not known',
  'decline',
  'declined',
  'decline to answer',
  'decline to state',
  'not stated',
  'not specified',
  'unspecified',
  'no answer',
  'no response',
  // What a database, pandas or a spreadsheet writes in an empty cell, and the errors a formula gives
  // (a VLOOKUP that found no one): no one's answer.
  'null',
  'nan',
  '#n/a',
  '#na',
  '#null!',
  '#div/0!',
  '#value!',
  '#ref!',
  '#name?',
  '#num!',
  '#spill!',
  '#calc!',
]);

// To an open question ("Anything else?"): a student's own word for having nothing to say.
const NOTHING_KEYS = new Set([
  'no', 'nope', 'nah', 'none', 'nothing', 'nil', 'nothing else', 'nothing to add', 'nothing really', 'not really',
  'no thanks', 'no comment', 'no comments', 'idk', 'i dont know', 'dont know', 'i do not know', 'not sure', 'im not sure',
]);

// Longer than any key ("i would rather not say", 22), even typed with extra spaces and dots: never one.
const LONGEST = 32;

/**
 * A value as it is looked up among known answers, case- and punctuation-insensitive: composed, lower-cased,
 * without dots, apostrophes and quotes, spaces collapsed ("N.A.", "n/a " and "I'd rather not say" land on
 * a key). Attribute normalisation looks its values up the same way.
 */
export function lookupKey(value: string): string {
  return value.normalize('NFC').toLowerCase().replace(/[.'"‘’“”]/g, '').replace(/\s+/g, ' ').trim();
}

// A box filled to get past it, with a run of dashes, underscores or question marks ("---", "___", "??"):
// no one's answer, as "-" and "?" are.
const FILLER = /^[-–—_?](?: ?[-–—_?])+$/;

const tooLong = (raw: string): boolean => raw.length > LONGEST && raw.trim().length > LONGEST;

/** Whether a raw answer means "not stated" (blank, "prefer not to say", "n/a", "-", "unknown", "decline" …). */
export function isNotStated(raw: string): boolean {
  if (tooLong(raw)) return false;
  const key = lookupKey(raw);
  return NOT_STATED_KEYS.has(key) || FILLER.test(key);
}

/** Whether an answer to an open question gives none: not stated, or a bare "no", "nothing", "idk", "not sure". */
export function isNoAnswer(raw: string): boolean {
  if (tooLong(raw)) return false;
  const key = lookupKey(raw);
  return NOT_STATED_KEYS.has(key) || FILLER.test(key) || NOTHING_KEYS.has(key);
}

// A program, a club or a support asked after ("Are you in a specialty program?") and answered with none.
const NONE_KEYS = new Set(['no', 'nope', 'nah', 'none', 'nil', 'not applicable', 'no program', 'not in a program', 'not in any program']);

/** Whether an attribute's value says the student has none of it ("No", "None" to "Are you in a specialty program?"). */
export function isNoneValue(value: string): boolean {
  return !tooLong(value) && NONE_KEYS.has(lookupKey(value));
}

// What a form writes where it took no name: Microsoft Forms' "anonymous" (in Name and Email) when anyone
// may answer, "Anonymous user", "Guest". Read as a name, every such row was one student, and the word
// "anonymous" was redacted from every answer.
const NO_NAME = /^(?:anonymous|anon|anonymous (?:user|respondent|student|participant)|guest|guest user|no name|not given)$/;

/** Whether a name cell names no one: a form's "anonymous", or "n/a", "unknown", "prefer not to say". */
export function isNoName(value: string): boolean {
  return isNotStated(value) || NO_NAME.test(value.toLowerCase().replace(/[.\s]+/g, ' ').trim());
}
