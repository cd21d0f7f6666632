// Role words an adult is called by before their name, as by a title ("Principal Lee", "Nurse Amy",
// "Officer Brown"): the name after one is replaced and the role kept. Which words after a role are a
// name, not a place, a program or a thing ("Counsellor Office", "Coach Bus"), is decided here; redact.ts
// runs it after its first pass. Pure.
import { neverName } from './names.js';
import { ANY_CAP_WORD, capsNamed, COMMON_WORD_NAMES, inCapitals, NOT_NAMES, NOT_WORD_AFTER, nounLooking, SCHOOL_NAMED_FOR, TITLES } from './name-words.js';

// A role an adult is called by before their name, as a title is ("Principal Lee", "Vice-Principal Lee",
// "Counsellor Diaz", "our VP Singh", "Nurse Amy", "Officer Brown", "Constable Patel", "Sergeant Dhillon",
// "Pastor John", "Father O'Brien", "Chaplain Ruiz", "Reverend Clarke", "Rabbi Cohen", "Imam Hassan",
// "Elder Mary", "Trustee Nguyen", "Superintendent Lam"): the role is kept and the name, with a name-like
// second word, replaced ("Principal [name]"); "my father Raj" too, a parent named so. Coach, a title
// before a surname, keeps its word as these do (see redact.ts). A word after the role that names a place,
// a program or a thing ("Principal Financial", "Counsellor Office", "the Elder Scrolls", "Officer
// Safety") is kept; see roleNamed. So is a school named for a person ("Father Michael McGivney Catholic
// Academy"; see SCHOOL_NAMED_FOR). A title after one is TITLE's ("our VP Mr Singh").
const ROLE_WORD = String.raw`[Pp]rincipal|VP|[Cc]ounsell?or|[Nn]urse|[Oo]fficer|[Cc]onstable|[Ss]ergeant(?:[ \t]+Major)?|[Pp]astor|[Ff]ather|[Cc]haplain|[Rr]everend|Rabbi|Imam|[Ee]lder|[Tt]rustee|[Ss]uperintendent`;
// "Sergeant Major" is a rank, one role ("Sergeant Major [name]"): the Major after Sergeant is never its name.
const RANK_AFTER_ROLE = String.raw`(?<=[Ss]ergeant[ \t]+)Major${NOT_WORD_AFTER}`;
// The name's words run to their ends, in capitals too ("Principal McDONALD", "Sergeant PATEL").
const ROLE_TITLE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?<role>${ROLE_WORD})[ \t]+(?!${SCHOOL_NAMED_FOR})(?!${TITLES}\b|${RANK_AFTER_ROLE})(?<n1>${ANY_CAP_WORD})(?:(?<ngap>[ \t]+)(?<n2>${ANY_CAP_WORD}))?${NOT_WORD_AFTER}`,
  'gu',
);
const ROLE_OR_TITLE = new RegExp(String.raw`^(?:${ROLE_WORD}|${TITLES}\.?)$`, 'u');

/**
 * Whether a word is a role word or a title an adult is called by before their name ("Principal", "Nurse",
 * "Coach", "Mr."): in a byline or a signature ("Principal Okafor said", "— Coach Kim") it is no name of
 * the writer's, the word after it is.
 */
export function isRoleOrTitle(word: string): boolean {
  return ROLE_OR_TITLE.test(word.trim());
}
// Whether a text may hold a role word before a name: the ends of the role words, a space and a capital.
export const ROLE_HINT = /(?:rincipal|VP|ounsell?or|urse|fficer|onstable|ergeant|astor|ather|haplain|everend|abbi|mam|lder|rustee|ntendent)[ \t]+\p{Lu}/u;
// Words after a role word, or after Coach, that make a place's, a program's or a thing's name, not a
// person's ("Counsellor Office", "Coach House", "Coach Bus", "Principal Financial", "Nurse Practitioner").
const NOT_NAMES_AFTER_ROLE = new Set(
  (
    'office offices house bus buses financial investigator investigators practitioner practitioners dancer component ' +
    'station hall room rooms building centre center desk department services service care council association ' +
    'network team training program programs programme award awards appreciation day week month meeting meetings ' +
    'conference academy course interview position role job duty cadet cadets scrolls outlet seat seats ticket tickets ' +
    'trip trips tour tours travel driver drivers lines canada notes transcript transcripts reflection reflections survey ' +
    // a time ("I talked to the Counsellor Today"), and what a counsellor, an Elder or a principal gives
    // ("Counsellor Appointment", "Elder Teachings", "Elder Circle", "Principal Announcement")
    'today tomorrow yesterday tonight appointment appointments session sessions visit visits teachings knowledge ' +
    'wisdom circle circles storytelling announcement announcements list email ' +
    // a trustee's board and vote, and what a father is to someone ("a Father Figure")
    'board boards election elections figure figures daughter daughters time'
  ).split(' '),
);

/**
 * Whether a capitalised word after a role word ("Principal Lee") is a name: not a sentence word, a day, a
 * subject and the like (see neverName), save a name that is also a word ("Officer Brown", "Nurse Grace"),
 * nor a word that makes a place's or a program's name with the role ("Counsellor Office"), nor a word
 * shaped as a noun by its ending, as a title-cased phrase has it ("the School Resource Officer Safety
 * talk", "the Elder Statesman", "Principal Leadership Day"; see nounLooking). When unsure, a name.
 */
export function roleNamed(word: string): boolean {
  const key = word.toLowerCase();
  if (inCapitals(word) && !capsNamed(word)) return false;
  if (NOT_NAMES_AFTER_ROLE.has(key) || NOT_NAMES.has(key)) return false;
  return COMMON_WORD_NAMES.has(key) || (!neverName(key) && !nounLooking(key));
}

/** A text with the names after its role words replaced, the role kept ("Principal [name] said"; see ROLE_TITLE). */
export function redactRoleTitles(text: string): string {
  return text.replace(ROLE_TITLE, (whole: string, ...rest: unknown[]) => {
    const g = rest[rest.length - 1] as { role: string; n1: string; ngap?: string; n2?: string };
    if (!roleNamed(g.n1)) return whole;
    if (g.n2 === undefined || !roleNamed(g.n2)) return `${g.role} [name]${g.n2 === undefined ? '' : `${g.ngap}${g.n2}`}`;
    return `${g.role} [name]`;
  });
}
