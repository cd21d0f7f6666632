// What a word must look like to be taken for a personal name by the redactor: the name-shaped word
// patterns a cue or a title is followed by, and the word lists that say a capitalised word is no name
// or a name that is also a word. Shared by redact.ts and role-titles.ts. Pure.
import { TITLE_WORDS } from '../util/names.js';

// Names that are also ordinary English words. They are redacted only when capitalised, so a roster with
// a Grace or a Will does not turn "by the grace of" or "I will" into [name].
export const COMMON_WORD_NAMES: ReadonlySet<string> = new Set(
  (
    'amber angel april art autumn banks bell best bill bishop black brook brown bush carol chance chase ' +
    'cherry church cook crystal daisy dale dawn dean destiny don drew earl eve faith fields fox frank ' +
    'gene gift glen golden grace grant gray green grey guy hall harmony hazel heather holly hope hunter ' +
    'iris ivy jack jade jay joy june justice king lane lily little long love major mark marsh mason max ' +
    'may melody mercy miles moody nick page park pat patience pearl penny price rain ray reed rich ' +
    'river rivers rob robin rose ruby rusty sage sandy scott shepherd short sky star sterling stone ' +
    'storm summer sunny trinity violet wade ward white will wise wood woods young'
  ).split(' '),
);

// Capitalised words that follow a cue phrase yet are not names ("my friend And I", "a kid called Monday").
export const NOT_NAMES: ReadonlySet<string> = new Set(
  (
    'i the a an and but or so then that this there they we he she it my our his her their who when ' +
    'because said says told also too is was are were has had have do does did not no yes ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june ' +
    'july august september october november december god mom mum dad mother father grandma grandpa'
  ).split(' '),
);

export const LETTER = String.raw`\p{L}\p{M}`;
export const NOT_WORD_BEFORE = String.raw`(?<![${LETTER}\p{N}_])`;
export const NOT_WORD_AFTER = String.raw`(?![${LETTER}\p{N}_])`;
// A capitalised name-like word: an upper-case letter then lower-case letters (so acronyms such as AVID or
// TRAIN never qualify), with inner capitals, apostrophes or hyphens (McKay, DiCaprio, O'Neil, D’Angelo,
// Mary-Kate): a word cut at its inner capital left "Mr. [name]Kay" and "Mr. O'Neil" whole. A possessive
// is not the name's, and stays after the [name] ("Mr. [name]'s class").
export const CAP_WORD = String.raw`(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:['’-]?\p{Lu}\p{Ll}+|['’-](?!s${NOT_WORD_AFTER})\p{Ll}+)*`;

// The titles before a surname, capitalised (Mr, Ms, Dr, Coach …), as a regex group.
export const TITLES = `(?:${TITLE_WORDS})`;
// A capitalised word after a cue that is not a title ("my teacher Mr. Lee" is TITLE's).
export const CUED_NAME = String.raw`(?!${TITLES}\b)${CAP_WORD}`;

/** Whether a capitalised word after a cue is plausibly a personal name. */
export function looksLikeName(word: string): boolean {
  return !NOT_NAMES.has(word.toLowerCase());
}

// Nouns by their ending: abstract and collective nouns ("Leadership", "Safety", "Wellness", "Robotics",
// "Society") and the "-sman" nouns of a role or a trade ("Statesman", "Spokesman", "Sportsman",
// "Tradesman"). No given name or common surname ends so; "-man" surnames (Newman, Grossman, Chapman)
// do not end in these.
const NOUN_LOOKING = /\p{L}{2}(?:ship|tion|sion|ment|ness|ism|ogy|ics|hood|dom|ity|ety)$|\p{L}(?:es|[dknrt]s)man$/u;

/** Whether a word, lower case, is shaped as a noun by its ending ("leadership", "safety", "statesman"), never a name. */
export function nounLooking(key: string): boolean {
  return NOUN_LOOKING.test(key);
}

// The words that end a school's name ("… Secondary", "… Collegiate", "… Catholic Academy", "… High
// School"), with `gap` between two of them. "School" and "College" alone do not: a caption without its
// full stops runs a name into the next sentence ("thanks Mr. Lee School is fun").
const schoolEnd = (gap: string): string =>
  String.raw`(?:Secondary|Elementary|Collegiate|Academy|(?:Public|High|Middle|Junior|Senior|Catholic|Christian|Community|Memorial|Secondary|Elementary)${gap}(?:School|College|Institute))(?![\p{L}\p{M}\p{N}_])`;
/**
 * What follows a title or a role word in a school named for a person, to look ahead for right after the
 * title and its space: capitalised words and initials, then a word that ends a school's name ("Sir |John
 * A. Macdonald Secondary", "Dr. |Charles Best Secondary", "Father |Michael McGivney Catholic Academy"). A
 * school named for a person names a school, not anyone taking part.
 */
export const SCHOOL_NAMED_FOR = String.raw`(?:\p{Lu}\.[ \t]*)?${CAP_WORD}(?:[ \t]+(?:\p{Lu}\.|${CAP_WORD}))*[ \t]+${schoolEnd(String.raw`[ \t]+`)}`;
/** The same in a file's path, where a hyphen or an underscore may part the words ("Sir-John-A-Macdonald-Secondary/"). */
export const SCHOOL_NAMED_FOR_IN_PATH = String.raw`${CAP_WORD}(?:[-_ ]+(?:\p{Lu}\.?|${CAP_WORD}))*[-_ ]+${schoolEnd('[-_ ]+')}`;
