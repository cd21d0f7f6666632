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
// A military or police rank, capitalised as it is before a name ("Colonel Ashdown", "Captain Reyes",
// "Detective Lam"): a rank of two words or three ends in one of these ("Major General", "Lieutenant
// Colonel", "Staff Sergeant", "Sergeant Major"), and the word after the last is the name ("Major General
// [name]"). Capitalised only: "a major Canadian city", "in general" are words.
const RANKS = 'General|Colonel|Major|Captain|Lieutenant|Corporal|Admiral|Commander|Brigadier|Commodore|Marshal|Detective|Inspector|Sheriff';
// A rank as it is abbreviated before a name ("Capt. Reyes", "Sgt Moberly", "Lt. Ashdown", "Col. Thornbury").
// "Gen." and "Maj." only with their full stop ("Gen Z" is a generation).
const RANK_ABBREVIATIONS = String.raw`(?:Capt|Sgt|Lt|Cpl)\.?|(?:Col|Gen|Maj)\.`;
// "Chief", capitalised, as a First Nation's chief is called ("Chief Whitehorse"), a police or fire chief
// ("Police Chief Lee") and the first word of a rank ("Chief Petty Officer"; see NOT_NAMES_AFTER_CHIEF).
const ROLE_WORD = String.raw`[Pp]rincipal|VP|[Cc]ounsell?or|[Nn]urse|[Oo]fficer|[Cc]onstable|[Ss]ergeant|[Pp]astor|[Ff]ather|[Cc]haplain|[Rr]everend|Rabbi|Imam|[Ee]lder|[Tt]rustee|[Ss]uperintendent|Chief|${RANKS}|${RANK_ABBREVIATIONS}`;
// Ranks and Coach as students type them before a name, in lower case ("general Okoro", "captain Reyes",
// "coach Brandvold"): the name after one is capitalised. Not "major" ("a major Canadian city"), nor
// "general" after "in" or "a" ("in general Canadians", "a general Ed course").
const LOWER_ROLE_WORD = String.raw`coach|chief|(?<!\b(?:[Ii]n|[Aa]n?)[ \t]+)general|colonel|captain|lieutenant|corporal|admiral|commander|brigadier|detective|inspector|sheriff`;
// The second word of a rank of two is the rank's, never its name ("Sergeant Major [name]", "Major
// General [name]", "Lieutenant Colonel [name]", "Lt. Colonel [name]"; "the Sergeant Major" is kept
// whole), where another role word is followed by a name ("Officer Major helped"); so is an abbreviated
// rank ("Lt. Col. [name]", "Maj. Gen. [name]"), which no name is.
const RANK_AFTER_ROLE = String.raw`(?:(?<=(?:[Ss]ergeant|Sgt\.?)[ \t]+)Major|(?<=(?:Major|Maj\.|Lieutenant|Lt\.?|Brigadier)[ \t]+)General|(?<=(?:Lieutenant|Lt\.?)[ \t]+)(?:Colonel|Commander))${NOT_WORD_AFTER}|(?:Capt|Sgt|Lt|Cpl|Col|Gen|Maj)\.`;
// The name's words run to their ends, in capitals too ("Principal McDONALD", "Sergeant PATEL").
const ROLE_TITLE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?<role>${ROLE_WORD}|${LOWER_ROLE_WORD})[ \t]+(?!${SCHOOL_NAMED_FOR})(?!${TITLES}\b|${RANK_AFTER_ROLE})(?<n1>${ANY_CAP_WORD})(?:(?<ngap>[ \t]+)(?<n2>${ANY_CAP_WORD}))?${NOT_WORD_AFTER}`,
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
// Words that open a role or a rank of two words or more ("Vice Principal", "Staff Sergeant", "Head
// Coach", "Chief Petty Officer"), lower case.
const ROLE_OPENERS: ReadonlySet<string> = new Set('vice assistant deputy staff master lance first second rear chief petty warrant flight wing squadron head'.split(' '));

/**
 * How many of a name's first words are a role, a rank or a title rather than the name ("Principal
 * Okafor": 1; "Staff Sergeant Moberly", "Vice-Principal Lee" as "Vice Principal Lee": 2; "Ms. Kaur": 1),
 * as a header or front matter gives a name (`author: Principal Okafor`): the words after them are the
 * name. Never all of them ("Principal" alone is a role, not a name), and 0 for a name with none ("Lee Major").
 */
export function roleHeadLength(words: readonly string[]): number {
  let head = 0;
  for (let i = 0; i < words.length - 1; i++) {
    // "Vice-Principal": openers and a role joined by hyphens.
    const pieces = words[i]!.replace(/\.$/, '').split(/[-‐‑–]/);
    const last = pieces[pieces.length - 1]!;
    const opened = pieces.slice(0, -1).every((p) => ROLE_OPENERS.has(p.toLowerCase()));
    if (opened && last !== '' && (isRoleOrTitle(last) || isRoleOrTitle(last[0]!.toUpperCase() + last.slice(1)))) head = i + 1;
    else if (pieces.length > 1 || !ROLE_OPENERS.has(last.toLowerCase())) break;
  }
  return head;
}
// Whether a text may hold a role word before a name: the ends of the role words, a space and a capital.
export const ROLE_HINT = /(?:rincipal|VP|ounsell?or|urse|fficer|onstable|ergeant|astor|ather|haplain|everend|abbi|mam|lder|rustee|ntendent|hief|oach|eneral|olonel|ajor|aptain|ieutenant|orporal|dmiral|ommander|rigadier|ommodore|arshal|etective|nspector|heriff|Capt\.?|Sgt\.?|Lt\.?|Cpl\.?|Col\.|Gen\.|Maj\.)[ \t]+\p{Lu}/u;
// Words after a role word, or after Coach, that make a place's, a program's or a thing's name, not a
// person's ("Counsellor Office", "Coach House", "Coach Bus", "Principal Financial", "Nurse Practitioner").
const NOT_NAMES_AFTER_ROLE = new Set(
  (
    'governor governors strike strikes principle principles theme themes idea ideas concept concepts point points rule rules ' +
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
    'board boards election elections figure figures daughter daughters time ' +
    // what a rank names with the word after it, a firm, a body or a thing ("General Motors", "the General
    // Assembly", "Major League", "the Major Project", "Captain America")
    'motors assembly hospital store stores electric mills admission education studies league leagues project projects ' +
    'paper papers america crunch'
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

// Words after "Chief" that make an office, not a name ("Chief Justice", "Chief Executive Officer", "Chief
// Medical Officer", "Chief Petty Officer"): where a rank or a role follows, the name is after it.
const NOT_NAMES_AFTER_CHIEF = new Set(
  (
    'justice justices executive executives medical financial operating technology information public electoral ' +
    'minister ministers engineer editor editors commissioner scientist whip keeper economist negotiator judge ' +
    'officer officers petty warrant master constable superintendent inspector coroner clerk cook chef ' +
    'chiefs nation nations band council councillor councillors'
  ).split(' '),
);
// Words after a rank typed in lower case that make a phrase, not a name ("the general Public", "general Ed").
const NOT_NAMES_AFTER_LOWER_ROLE = new Set('ed public population audience consensus manager managers contractor'.split(' '));

/** Whether the capitalised word after a role word is a name there: see roleNamed, and the words after "Chief" or a lower-case rank. */
function namedAfter(role: string, word: string): boolean {
  const key = word.toLowerCase();
  if (/^chief$/i.test(role) && (NOT_NAMES_AFTER_CHIEF.has(key) || ROLE_OPENERS.has(key) || isRoleOrTitle(word))) return false;
  if (/^\p{Ll}/u.test(role) && NOT_NAMES_AFTER_LOWER_ROLE.has(key)) return false;
  return roleNamed(word);
}

/**
 * A text with the names after its role words replaced, the role kept ("Principal [name] said"; see
 * ROLE_TITLE). Where the words after a role word are no name, the search goes on from the first of them,
 * which may be a role word of its own ("Chief Medical Officer [name]", "Chief Petty Officer [name]").
 */
export function redactRoleTitles(text: string): string {
  let out = '';
  let kept = 0;
  ROLE_TITLE.lastIndex = 0;
  for (let m = ROLE_TITLE.exec(text); m !== null; m = ROLE_TITLE.exec(text)) {
    const g = m.groups as { role: string; n1: string; ngap?: string; n2?: string };
    if (!namedAfter(g.role, g.n1)) {
      ROLE_TITLE.lastIndex = m.index + g.role.length;
      continue;
    }
    const name = g.n2 === undefined || !roleNamed(g.n2) ? `${g.role} [name]${g.n2 === undefined ? '' : `${g.ngap}${g.n2}`}` : `${g.role} [name]`;
    out += text.slice(kept, m.index) + name;
    kept = m.index + m[0].length;
  }
  return kept === 0 ? text : out + text.slice(kept);
}
