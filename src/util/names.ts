// The small words around people's names, shared by every module that reads or hides names: the titles
// adults in schools are called by, the suffixes after a surname, and the particles inside one.
import { FUNCTION_WORDS } from '../nlp/function-words.js';

/** Titles an adult is called by (Ms. Kaur, Coach Reid, Sir), lower case, without the dot. */
export const HONORIFICS: readonly string[] = [
  'mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'prof', 'professor', 'mister', 'madam', 'madame', 'mademoiselle',
  'monsieur', 'mme', 'mlle', 'sir', 'coach',
];

/** Suffixes after a surname (King Jr.), lower case, without the dot. */
export const NAME_SUFFIXES: readonly string[] = ['sr', 'jr'];

/** Particles inside a name ("Ana de Souza", "Ludwig van Beethoven"), lower case. */
export const NAME_PARTICLES: readonly string[] = [
  'de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'bin', 'binti', 'al', 'el', 'ten', 'ter', 'dos', 'das', 'y',
];

/** `words` as a regex alternation, each capitalised as names are written ("Mr|Mrs|…"); no group. */
export function capitalisedAlternation(words: readonly string[]): string {
  return words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|');
}

// The two spellings of a title before a name that the redactor, the file names and the attribute values
// share: each module puts its own context around them (what may stand before, what after) and says
// where it differs (a file name takes MR and MRS alone in capitals, as "MS" there is a middle school's).
/** The titles capitalised, as a name is written after them ("Mr|Mrs|…|Coach"), as a regex alternation; no group. */
export const TITLE_WORDS = capitalisedAlternation(HONORIFICS);
/**
 * Mr, Mrs, Ms and Mx in any case ("mr", "MRS", "mS"), as a regex group: the titles that are nothing but
 * titles, so still titles typed in lower case or capitals ("miss", "sir", "coach" and "dr" are words too).
 */
export const TITLE_ANY_CASE = String.raw`(?:[Mm](?:[Rr][Ss]?|[Ss]|[Xx]))`;

/**
 * Roles of the adults at a student forum besides whoever leads it, lower case, as speaker labels name
 * them (`Principal:`, `Youth Worker:`, `Teacher (Ms. Chen):`): their talk is never a student's.
 */
export const ADULT_ROLES: readonly string[] = [
  'teacher', 'principal', 'vice principal', 'assistant principal', 'counsellor', 'counselor', 'observer',
  'note taker', 'notetaker', 'scribe', 'youth worker', 'support worker', 'social worker', 'staff', 'staff member', 'support staff',
  'parent', 'guardian', 'administrator', 'admin', 'superintendent', 'trustee', 'librarian', 'elder',
  'educational assistant', 'education assistant', 'teaching assistant', 'coach',
];

// A role alone, or numbered (`Parent 2`), however it is spaced, hyphenated or capitalised.
const ADULT_ROLE = new RegExp(`^(?:${ADULT_ROLES.map((r) => r.replace(/ /g, '[\\s-]?')).join('|')})s?(?:\\s+\\d{1,3})?$`, 'i');

/** Whether a speaker label names an adult's role (`Vice Principal`, `Note-taker`, `Parent 2`), not a person. */
export function isAdultRole(label: string): boolean {
  return ADULT_ROLE.test(label.trim().replace(/\s+/g, ' '));
}

// Labels for several people speaking at once (`Everyone:`, `Both:`, `Several students:`), as transcribers
// write a chorus: no one person's words.
const GROUP_LABEL =
  /^(?:every(?:one|body)|all(?: (?:of us|of them|students|participants))?|both|(?:the |whole )?(?:group|class)|(?:several|some|many|multiple|other|all the) (?:students|participants|voices|speakers|people)|several|students|participants|crowd|audience|multiple speakers)$/i;

/** Whether a speaker label names a group speaking together, not one person. */
export function isGroupLabel(label: string): boolean {
  return GROUP_LABEL.test(label.trim().replace(/\s+/g, ' '));
}

/** Whether a speaker label names two people answering together (`Maya and Jordan`, from `Maya, Jordan:`). */
export function isPairLabel(label: string): boolean {
  return /^\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*)? (?:and|&) \p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*)?$/u.test(label.trim());
}

/**
 * Words a transcriber numbers people by, besides the role words (`Student 2`, `Speaker 3`): `Person 2`,
 * `Voice 3`, `Guest 1`, and `Other 1`, as some transcription services number the voices they cannot name.
 */
export const NUMBERED_PEOPLE: ReadonlySet<string> = new Set(['person', 'voice', 'member', 'guest', 'pupil', 'youth', 'learner', 'other']);

/**
 * Whether a speaker label is such a word and its number (`Voice 1`, `Other 2`, `Person3`): someone the
 * transcript does not name, so no word of it is a name to take from the texts ("my voice", "the other").
 */
export function isNumberedPerson(label: string): boolean {
  const m = /^(\p{L}+)\s*\d{1,3}$/u.exec(label.trim());
  return m !== null && NUMBERED_PEOPLE.has(m[1]!.toLowerCase());
}

/** Whether a speaker label says the speaker is not known (Otter's `Unknown Speaker`): no one's name. */
export function isUnknownSpeaker(label: string): boolean {
  return /^(?:unknown|unidentified)(?: (?:speaker|voice|student|participant))?$/i.test(label.trim().replace(/\s+/g, ' '));
}

// A label any of several people may speak under, unnumbered (`Student:`, `S:`, `Participant:`): two
// such turns in a row are often two people, as an anonymised transcript labels every student alike.
const ANYONE_ROLE = /^(?:students?|s|p|participants?|respondents?|interviewees?|speakers?|youth|pupils?|learners?|guests?|voices?|person)(?:[ \t]+(?:speaker|voice|student|participant))?$/i;

/** Whether a label is one anyone may speak under, unnumbered: a role's word (`Student:`, `S:`), or one saying the speaker is not known. */
export function isAnyoneLabel(label: string): boolean {
  return ANYONE_ROLE.test(label.trim()) || isUnknownSpeaker(label);
}

/**
 * Capitalised words that are not a person's name in any folder, lower case: days, months, school
 * subjects, languages, products, titles, and the words people say who they are with ("I'm Canadian",
 * "I'm Muslim"), which follow "I'm" as a name does.
 */
const NEVER_NAMES: ReadonlySet<string> = new Set([
  ...HONORIFICS,
  ...(
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december english french math maths science socials spanish mandarin chinese punjabi ' +
    'hindi japanese korean german latin art drama music pe gym biology chemistry physics history geography ' +
    'christmas easter halloween covid google youtube instagram tiktok snapchat discord zoom teams chromebook ipad ' +
    'god ok okay grade gr year school class teacher student ' +
    'canadian american mexican filipino filipina vietnamese ukrainian russian polish italian portuguese brazilian ' +
    'jamaican haitian somali syrian afghan pakistani bangladeshi indian iranian persian arab arabic african asian ' +
    'european british irish scottish welsh tagalog urdu farsi cantonese indigenous aboriginal métis metis inuit ' +
    'black white latino latina latinx hispanic muslim jewish christian catholic sikh hindu buddhist mormon ' +
    'autistic deaf lgbtq queer trans'
  ).split(' '),
]);

/** Whether a word, in lower case, is a function word, or a day, month, subject, title or identity word, or a plural of one ("Fridays"): never a name. */
export function neverName(word: string): boolean {
  const singular = word.endsWith('s') ? word.slice(0, -1) : word;
  return FUNCTION_WORDS.has(word) || NEVER_NAMES.has(word) || NEVER_NAMES.has(singular);
}
