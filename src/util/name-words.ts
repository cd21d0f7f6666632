// What a word must look like to be taken for a personal name by the redactor: the name-shaped word
// patterns a cue or a title is followed by, and the word lists that say a capitalised word is no name
// or a name that is also a word. Shared by the redactor (corpus/redact.ts), role-titles.ts and the readers' byline rules. Pure.
import { neverName, TITLE_WORDS } from './names.js';

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
// A capitalised name-like word: an upper-case letter then a lower-case one (so acronyms such as AVID or
// TRAIN never qualify), then every letter to the word's end, in either case, with inner apostrophes or
// hyphens (McKay, DiCaprio, O'Neil, D’Angelo, Mary-Kate, McDONALD, DeSHAWN, MacKENZIE), or a letter and
// an apostrophe before capitals (O'NEIL, D'ARCY; not I'LL or Y'ALL). A word cut at an inner capital left
// part of a surname in the text: "Mr. [name]Kay", "[name]DONALD". A possessive is not the name's, and
// stays after the [name] ("Mr. [name]'s class").
const NAME_REST = String.raw`[${LETTER}]*(?:['’-](?![Ss]${NOT_WORD_AFTER})\p{L}[${LETTER}]*)*`;
export const CAP_WORD = String.raw`(?:(?:\p{Lu}['’])?\p{Lu}\p{Ll}|(?![IY]['’])\p{Lu}['’]\p{Lu}{2})${NAME_REST}`;
// A word that opens with two capitals ("PATEL", "MCDONALD", "NGUYEN-TRAN"), as a surname after a title or
// a first name is typed, to the word's end. Words and acronyms read so too ("SAID", "AVID"), so a caller says which
// are names (see capsNamed).
export const CAPS_WORD = String.raw`(?![IY]['’])\p{Lu}(?:['’](?![Ss]${NOT_WORD_AFTER}))?\p{Lu}[${LETTER}]*(?:-\p{L}[${LETTER}]*)*`;

// Words that follow a title and a surname in a caption run together ("thanks Mr. Lee School is fun",
// "Ms Park Math class") and are nobody's surname: the school's own words and its subjects. Surnames that
// are also words (White, English, Black, French) are not here: privacy wins over a lost word.
const NOT_SURNAMES: ReadonlySet<string> = new Set(
  'school schools class classes grade homework science math maths biology chemistry physics geography history drama music gym socials'.split(' '),
);

/** Whether a capitalised word after a name is no surname but a word of school ("School", "Math"; see NOT_SURNAMES). */
export function schoolWord(word: string): boolean {
  return NOT_SURNAMES.has(word.toLowerCase());
}

// The titles before a surname, capitalised (Mr, Ms, Dr, Coach …), as a regex group.
export const TITLES = `(?:${TITLE_WORDS})`;
// A name's word, capitalised or in capitals, as a surname after a title or a first name may be typed.
export const ANY_CAP_WORD = `(?:${CAP_WORD}|${CAPS_WORD})`;
// A capitalised word after a cue that is not a title ("my teacher Mr. Lee" is TITLE's).
export const CUED_NAME = String.raw`(?!${TITLES}\b)${CAP_WORD}`;

// Words typed in capitals after a title or a name that are not its surname: what is said, shouted or
// used, and when ("Mr. Lee SAID so", "Maya LOL", "Ms TEAMS", "I told Mr. Lee TODAY").
const CAPS_NOT_NAMES: ReadonlySet<string> = new Set(
  (
    'said says told tells asked asks thinks thought agreed wrote lol omg ok btw idk tbh fyi asap wtf irl ty thx pls plz yes no ' +
    'today tonight tomorrow yesterday now again too ' +
    'teams word excel office paint outlook powerpoint onenote forms edge'
  ).split(' '),
);

// Common surnames that are also words a capitalised word is never a name by (see neverName): a colour, a
// language, a people or a faith ("Maya White", "Ana English", "Jordan Black", "Sam French", "Lee
// Christian", "Ms. WELSH"). After a title or a first name they are the surname: privacy wins over a lost
// word ("Maya French too" is "[name] too").
const WORD_SURNAMES: ReadonlySet<string> = new Set('white black english french christian welsh'.split(' '));

/** Whether a word, lower case, is never a name save as a surname ("white", "english"; see WORD_SURNAMES). */
export function neverSurname(key: string): boolean {
  return neverName(key) && !WORD_SURNAMES.has(key);
}

/** Whether a word in capitals after a title or a name ("Ms. PATEL", "Maya LOPEZ", "Maya WHITE") is plausibly its surname. */
export function capsNamed(word: string): boolean {
  const key = word.toLowerCase().replace(/['’]s$/u, '');
  return looksLikeName(key) && !neverSurname(key) && !schoolWord(key) && !CAPS_NOT_NAMES.has(key);
}

// Capitalised words that head a document's part, as a title-case heading runs them on after a name
// ("Maya Reflection", "Jordan Interview Notes", "Sam Survey Responses"): nobody's surname.
const HEADING_WORDS: ReadonlySet<string> = new Set(
  (
    'reflection reflections interview interviews notes note transcript transcripts survey surveys journal essay essays ' +
    'presentation presentations project projects feedback response responses answers questions comments summary ' +
    'portfolio assignment assignments worksheet report reports'
  ).split(' '),
);

/**
 * Whether a word right after a known first name, on its line, is its surname ("Maya Chen", "Maya White",
 * "Ana English", "Maya LOPEZ"): a word in capitals that can be one (see capsNamed), or a capitalised
 * word that is no sentence word, day or month (see NOT_NAMES), no word of school ("Maya Science"; see
 * schoolWord), no word a heading runs on with ("Maya Reflection") and no word that is never a surname
 * ("Maya Anything", "Maya Friday", "Maya Google"; see neverName), save the surnames that are words
 * (White, English; privacy wins over a lost word).
 */
export function surnameAfterName(word: string): boolean {
  const key = word.toLowerCase().replace(/['’]s$/u, '');
  if (inCapitals(word)) return capsNamed(word);
  return looksLikeName(key) && !schoolWord(key) && !HEADING_WORDS.has(key) && !neverSurname(key);
}

/** Whether a word has no lower-case letter ("PATEL", "O'NEIL"). */
export function inCapitals(word: string): boolean {
  return !/\p{Ll}/u.test(word);
}

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

// Words that end the name of a place, a school, a program or a team of several words, capitalised after
// a word that could be a name ("Riverside Secondary", "Stanley Park", "Leo Club", "Swan Lake"): no
// surname stands there. Each user adds its own (redact.ts's pairs, bare-names.ts's bare names).
export const NAME_OF_A_PLACE_ENDS: readonly string[] = (
  'secondary elementary collegiate academy college school high middle university institute program programme ' +
  'club council team group centre center park street avenue road drive city town village lake river island bay ' +
  'valley mountain mountains hall camp league cup games falls heights hills beach creek point station mall arena'
).split(' ');

// Relatives, friends and the adults students name by first name ("my teacher Dave", "my uncle Raj", "my
// bff kiara"): the cue words before a personal name, capitalised (corpus/redact.ts) or in lower case
// (corpus/lower-cues.ts).
export const RELATION = String.raw`(?:friend|friends|bestie|besties|bff|buddy|classmate|classmates|teammate|brother|sister|cousin|boyfriend|girlfriend|partner|neighbou?r|roommate|step-?(?:brother|sister|mom|dad)|aunt|auntie|aunty|uncle|grandma|grandpa|grandmother|grandfather|teacher|counsell?or|coach|tutor|principal|mentor|boss)`;
