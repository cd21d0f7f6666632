// De-identification of response text: roster names, titled surnames, cued personal names, emails, phone
// numbers, social handles and student numbers become [name], [email], [phone], [handle], [id]; URLs are
// kept as written, save a social media profile's, whose profile part is a handle.
import { FUNCTION_WORDS } from '../nlp/function-words.js';
import { foldName, foldText, textIndex, umlautSpelling } from './name-fold.js';
import { HONORIFICS, NAME_PARTICLES, NAME_SUFFIXES, neverName, TITLE_ANY_CASE } from '../util/names.js';
import { mayHoldSocialUrl, redactSocialUrl } from './social-urls.js';
import { readsAsWord } from './word-names.js';
import { englishWord } from '../nlp/english-words.js';
import { misspeltWord } from '../nlp/misspelt-words.js';
import { isAnyCaseShortForm, nicknamesOf } from './nicknames.js';
import { redactLowerCuedNames } from './lower-cues.js';
import { bareSurnames, redactBareNames } from './bare-names.js';
import { describingName, isGivenName, mayBeName } from '../util/given-names.js';
import { ANY_CAP_WORD, CAP_WORD, capsNamed, COMMON_WORD_NAMES, CUED_NAME, NAME_OF_A_PLACE_ENDS, inCapitals, looksLikeName, schoolWord, NOT_WORD_AFTER, NOT_WORD_BEFORE, RELATION, SCHOOL_NAMED_FOR, neverSurname, nounLooking, surnameAfterName, TITLES } from '../util/name-words.js';
import { isRoleOrTitle, redactRoleTitles, ROLE_HINT, roleHeadLength, roleNamed } from '../util/role-titles.js';
import { BETWEEN_NAME_AND_VERB, endsInvertedSpeaker, titledPenName, invertedNameWords, mayNameSpeaker, quotedAuthor, REPORTING_HINT, REPORTING_VERB, reportedNameWords } from './reported-speech.js';

/** Placeholders written in place of personal information; analyses may recognise them. */
export const PLACEHOLDERS = ['[name]', '[email]', '[phone]', '[handle]', '[id]', '[address]'] as const;
/** The placeholders' words as a regex alternation (`name|email|…`), to match `\[(?:…)\]` in a text. */
export const PLACEHOLDER_WORDS = PLACEHOLDERS.map((p) => p.slice(1, -1)).join('|');

// Modal and auxiliary verbs that are also names: at the start of a sentence and before a pronoun they
// are the verb ("Will we get more time?", "May I leave?"), so they are kept there.
const MODAL_NAMES = new Set(['will', 'may', 'can', 'must']);
const PRONOUN_AFTER_MODAL = /^\s+(?:i|you|we|they|he|she|it|there|this|that|students|teachers|schools|our|my|your)\b/i;

// Role labels that appear as speaker labels in transcripts; they are not names and stay in the text.
const ROLE_WORDS = new Set(
  (
    'all both everyone everybody facilitator facilitators group interviewer moderator host unknown ' +
    'speaker student students participant participants teacher teachers counsellor counselor staff ' +
    'principal leader note inaudible crosstalk'
  ).split(' '),
);

// An address's scheme, "www." and ending in lower case, in capitals ("INSTAGRAM.COM/…", as a text typed
// in capitals has it) or capitalised ("Www.Instagram.Com/…"), save an ending that is also a word ("fun.Me
// and Maya": a sentence without its space). An address without a scheme is never an email's first part
// ("priya.me@gmail.com" is the email's, which it kept whole).
const DOMAIN = String.raw`[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|ca|edu|gov|io|ly|me|info|COM|ORG|NET|CA|EDU|GOV|IO|LY|ME|INFO|Com|Org|Net|Edu|Gov)\b`;
// A domain starts only where no chain begun before it could run on: not after a letter or digit, nor
// after a hyphen or dot that continue a chain from a word's start ("x-abc.com" starts at x; " -.abc.com"
// and "…google.com" at the letters). Tried at every word boundary of a long dotted run ("a.b.a.b.…", a
// pasted list or blob), the domain cost seconds per answer; so too did the email check, read at every
// ending the run could end at. It is read once, from the start: every ending's text runs on to the same
// "@" (an ending with a path after it is never an email's: the path runs to a space).
const NOT_INSIDE_CHAIN = String.raw`(?<!(?<![A-Za-z0-9_])[A-Za-z0-9][A-Za-z0-9-]*?(?:\.-+)*?\.?)`;
const URL = String.raw`\b(?:[Hh]ttps?:\/\/|HTTPS?:\/\/|[Ww]ww\.|WWW\.)[^\s<>"]+|\b${NOT_INSIDE_CHAIN}(?=${DOMAIN})(?![\p{L}\p{N}._%+-]*@)${DOMAIN}(?:\/[^\s<>"]*)?`;
// An address that is only a word and its ending ("priya.me", "Jordan.com"): a sentence without its space
// after a name ("I worked with Priya.Me and Dev") reads so too; see gluedName.
const WORD_AND_ENDING = /^([\p{L}\p{M}'’-]+)(\.\p{L}+)$/u;
const EMAIL = String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}`;
// A handle without its "@", after the app it is on ("snap: jlb_2009", "my insta is maya.l22", "discord
// sam#1234"): a word with a letter and a digit, an underscore or an inner dot, as a handle has and a
// word or a number does not ("IG 2 times a day", "tiktok 24/7" are kept).
const APP_NAMES = String.raw`snap|insta|ig\b|sc\b|tik[ \t]?tok|discord|twitter|threads|steam|xbox|psn|gamertag|username`;
const APP_HINT = new RegExp(String.raw`\b(?:${APP_NAMES})`, 'i');
// The apps' names, or a role word a surname is typed after in lower case (see LOWER_ROLE_NAME), at a
// word's start, as APP_HANDLE's cue is: one scan of a text without a capital after a space, no slower
// than APP_HINT's alone (the word's start spares it most positions).
// The role words, ranks and titles a surname is typed after in lower case ("coach brandvold", "sergeant
// dhillon", "dr patel"), each with its first letter in either case; "mr", "mrs", "ms" and "mx" are the
// first pass's (see LOWER_TITLE). Not "major", "general" or "chief" ("the general consensus said", "the
// chief complaint") nor "father" ("my father figure"); "sir" as a teacher is called ("i asked sir dhillon");
// "miss" only where it cannot be the verb (see missTitle: "i asked miss kaur", not "i miss toronto").
const LOWER_ROLE_WORDS = 'coach principal counsellor counselor sergeant sgt constable officer nurse pastor captain capt lieutenant corporal cpl detective inspector sheriff chaplain reverend rabbi imam elder trustee superintendent vp dr prof professor sir miss'.split(' ');
const APP_OR_ROLE_HINT = new RegExp(String.raw`\b(?:${APP_NAMES}|(?:${LOWER_ROLE_WORDS.join('|')})\.?[ \t])`, 'i');
const APP_HANDLE = String.raw`(?<appcue>\b(?:[Ss]nap(?:chat)?|SC|[Ii]nsta(?:gram)?|IG|[Ii]g|[Tt]ik[Tt]ok|[Dd]iscord|[Tt]witter|[Tt]hreads|[Ss]team|[Xx]box|PSN|[Gg]amer[Tt]ag|[Uu]sername)(?:[ \t]+(?:is|=|@))?[ \t]*[:=-]?[ \t]*)(?<apphandle>(?=[\p{L}\p{N}_.#]*(?:\p{N}|_|\p{L}{2}\.\p{L}|\p{L}\.\p{L}{2}))(?=[\p{N}_.#]*\p{L})[\p{L}\p{N}_](?:[\p{L}\p{N}_.#]*[\p{L}\p{N}_])?)(?![\p{L}\p{N}_@])`;
const HANDLE = String.raw`(?<![\p{L}\p{N}_.@])@(?=[A-Za-z0-9_.]*[A-Za-z])[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?`;
// North American numbers: optional +1, area code with or without brackets, then 3 + 4 digits separated
// by dots, dashes or spaces; or a 7-digit local number with a dash or dot (never a space, so "100 1234"
// in a sentence survives); or a number from abroad, a "+", its country's code and groups of digits, eight
// digits or more ("+44 20 7946 0958", "+33 6 12 34 56 78"; not "+2 marks").
const PHONE = String.raw`(?<![\p{N}+])(?:\+(?=(?:[ .()-]?\d){8})[2-9]\d{0,2}(?:[ .-]?\(?\d{1,4}\)?){2,6}|(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-]?)\d{3}[\s.-]?\d{4}|\d{3}[.-]\d{4})(?!\p{N})`;
// A student number after the words that introduce one ("my student number is 1234567", "PEN: 123 456
// 789", "student ID #20418", "my student # is S1234567", a letter or two before the digits as some
// schools write them): BC's PEN, Ontario's OEN, a school's student or ID number. The cue is kept.
const STUDENT_NUMBER = String.raw`(?<idcue>\b(?:(?:[Ss]tudent|[Ss]chool)\s+(?:[Nn]umber|[Nn]o\.?|[Nn]um|#|[Ii][Dd])|PEN|OEN|[Ii][Dd]\s*(?:[Nn]umber|[Nn]o\.?|#))\s*(?:(?:is|was)\s+|[:=#]\s*)?)(?<idnum>(?:[A-Za-z]{1,2}-?)?\d(?:[\d -]{2,14}\d))(?!\p{N})`;
// A street address: a house number (with a unit, "204-1234", or a letter, "12B"), the street's name in
// capitalised words or an ordinal ("Maple", "East 12th", "152"), and a street's kind ("1234 Maple Street",
// "12B Oak Cres.", "5 East 12th Avenue") becomes [address]; typed in lower case only after the words that
// give one ("I live at 1234 maple street", "my address is 5 oak ave"). A grade's, a room's or a page's
// number is none ("grade 10 Science Drive"), nor is "Dr" before a name ("10 Science Dr. Lee": a title).
const STREET_KIND = String.raw`(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr(?!\.?[ \t]+\p{Lu}\p{Ll})|Crescent|Cres|Boulevard|Blvd|Lane|Ln|Way|Court|Ct|Place|Pl|Terrace|Highway|Hwy|Close|Circle|Trail|Parkway|Pkwy|Square|Sq)`;
// The full stop of an abbreviated kind ("Oak Cres.") is the address's; after a word ("Elm Close.") it ends the sentence.
const ABBREVIATION_DOT = String.raw`(?:(?<=(?:St|Ave|Rd|Dr|Cres|Blvd|Ln|Ct|Pl|Hwy|Pkwy|Sq|st|ave|rd|dr|cres|blvd|ln|ct|pl|hwy))\.)?`;
const HOUSE_NUMBER = String.raw`(?<![\p{L}\p{N}.,$#])(?<!(?:[Gg]rade|[Gg]r\.?|[Rr]oom|[Bb]lock|[Pp]eriod|[Uu]nit|[Cc]hapter|[Pp]age|[Ll]evel|[Yy]ear)[ \t]+)(?:\d{1,6}[ \t]*-[ \t]*)?\d{1,6}[A-Za-z]?`;
const ADDRESS = String.raw`(?<address>${HOUSE_NUMBER}[ \t]+(?:(?:\p{Lu}[\p{L}\p{M}'’-]*|\d{1,3}(?:st|nd|rd|th)?)[ \t]+){1,3}${STREET_KIND}${ABBREVIATION_DOT}(?![\p{L}\p{M}\p{N}])(?![ \t]+\p{Ll}{3,}s\b)|(?<acue>\b(?:[Ll]ive[sd]?|[Ll]iving)[ \t]+(?:at|on)[ \t]+|\b[Aa]ddress[ \t]+(?:is[ \t]+)?:?[ \t]*)(?<lower>${HOUSE_NUMBER}[ \t]+(?:(?:\p{L}[\p{L}\p{M}'’-]*|\d{1,3}(?:st|nd|rd|th)?)[ \t]+){1,3}(?:${STREET_KIND}|street|st|avenue|ave|road|rd|drive|dr|crescent|cres|boulevard|blvd|lane|ln|way|court|ct|place|pl|terrace|highway|hwy|close|circle|trail)${ABBREVIATION_DOT}(?![\p{L}\p{M}\p{N}])))`;
// The whole of a capitalised word after a title is the name, whatever letters follow its first ("Mr. McKAY",
// "Mr. Lee McDONALD"), and so is a word in capitals ("Dr. PATEL"; see capsNamed).
// A school named for a person is a school's name, kept whole ("Sir John A. Macdonald Secondary", "Dr.
// Charles Best Secondary"; see SCHOOL_NAMED_FOR).
const TITLE = String.raw`\b${TITLES}\.?\s+(?!${SCHOOL_NAMED_FOR})(?:\p{Lu}\.\s*)?(?<t1>${ANY_CAP_WORD})(?:(?<tgap>\s+)(?<t2>${ANY_CAP_WORD}))?`;
// The titles students type in lower case ("mr lopez", "mrs. k", "Ms lee"), with the name after them in
// lower case, or both in capitals ("MR. PATEL", as a text typed in capitals has them): only mr, mrs, ms
// and mx, which are nothing but titles ("miss", "sir", "coach" and "dr" are words too). A function word, a
// word that is never a name, or an app ("ms teams", "MS WORD") after one is kept.
const LOWER_TITLE = String.raw`(?<![\p{L}\p{N}_])${TITLE_ANY_CASE}\.?[ \t]+(?<lt>\p{Ll}(?:[\p{Ll}'’-]*\p{Ll})?|\p{Lu}(?:[\p{Lu}'’-]*\p{Lu})+)(?![\p{L}\p{M}\p{N}_])`;
const NOT_AFTER_LOWER_TITLE = new Set(['teams', 'word', 'excel', 'office', 'paint', 'outlook', 'powerpoint', 'onenote', 'forms', 'edge', 'a', 'i', 'x', 'y']);
// A reporting verb after a title typed alone ("my teacher mr said no") is the verb, not a surname.
const REPORTING_WORD = new RegExp(String.raw`^${REPORTING_VERB}$`);
// Whether a text may hold a title typed in lower case, the only first-pass match that needs no capital,
// "@" or digit.
const LOWER_TITLE_HINT = /(?<![\p{L}\p{N}_])m(?:rs?|s|x)\b/iu;
// Cue phrases before a personal name that is not on the roster: precision over recall, so only phrases
// that nearly always introduce a person (a relation word, "named"/"called" after a person noun, "his
// name is", "like … said"). The cue itself is kept; only the name is replaced. A title after a cue is
// left to TITLE ("my friend Mr. Lee").
// Relatives and the adults students name by first name: RELATION (util/name-words.ts).
const PERSON_NOUN = String.raw`(?:friend|kid|guy|girl|boy|student|teacher|person|man|woman|lady|dude|classmate|brother|sister|cousin)`;

// Words whose "'s" is "is" or "us", never a possessive ("it's teacher appreciation week", "let's partner up").
const CONTRACTED = String.raw`(?:[Ii]t|[Ll]et|[Tt]hat|[Ww]hat|[Hh]e|[Ss]he|[Tt]here|[Hh]ere|[Ww]ho|[Ww]here|[Hh]ow|[Ww]hen|[Ww]hy|[Tt]his)`;
// A possessive is a cue as "his" is: "Alexander's brother Dmitri", "my friend's sister Ana", "Priya's older cousin Raj".
// A relative called by a kin word as by a title, capitalised ("Aunty Raj", "Uncle Bal", "Kokum Rose").
const KIN_WORDS = 'Aunt|Aunty|Auntie|Uncle|Grandma|Grandpa|Granny|Nana|Kokum|Kokom|Mushum|Moshom';
const KIN_TITLE = String.raw`\b(?:${KIN_WORDS})\s+`;
// A shout-out or thanks to someone ("shout out to Kiara", "s/o Kiara", "thanks to Kiara", "thank you Kiara"); see SHOUT_OUT_CUE.
const SHOUT_OUT = String.raw`\b(?:[Ss]hout[ \t-]?outs?|[Ss]\/[Oo]|[Tt]hanks|[Tt]hank[ \t]+you|[Tt]hx)(?:[ \t]+to)?[ \t]+(?!(?:${KIN_WORDS})\s)`;
const CUE = String.raw`(?<cue>(?:\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)|(?<![\p{L}\p{M}\p{N}_'’])(?!${CONTRACTED}['’]s)[\p{L}\p{M}]+['’]s)\s+(?:\p{Ll}+\s+)?${RELATION},?\s+(?:(?:is|was)\s+)?|${KIN_TITLE}|${SHOUT_OUT}|\b${PERSON_NOUN}\s+(?:named|called)\s+|\b(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir)\s+name\s+(?:is|was|'s|’s)\s+)(?<c1>${CUED_NAME})(?:(?<cgap>\s+)(?<c2>${ANY_CAP_WORD}))?`;
// A speaker introducing themselves: "Hi everyone, I'm Maya Lopez", "Hello, this is Jordan", "I am Sam,
// grade 10". Captions and notes that name no speaker name students only this way. "I'm" opens as many
// other words as names ("I'm Canadian", "I'm Catholic"), so the word after it must not be one of the
// words that are never a name (see neverName).
const SELF_CUE = String.raw`(?<self>\b(?:[Hh]i|[Hh]ello|[Hh]ey)(?:\s+(?:everyone|everybody|all|guys|there|folks))?[,!.]?\s+(?:[Tt]his\s+is|I'm|I’m|I\s+am|Im)\s+|(?<![\p{L}'’])(?:I'm|I’m|I\s+am)\s+)(?<s1>${CUED_NAME})(?:(?<sgap>[ \t]+)(?<s2>${ANY_CAP_WORD}))?`;
const LIKE_CUE = String.raw`(?<like>\b(?:[Ll]ike|[Aa]s)\s+)(?<l1>${CUED_NAME})(?:(?<lgap>\s+)(?<l2>${ANY_CAP_WORD}))?(?=\s+(?:said|says|put it|mentioned|told us|explained|pointed out)\b)`;
// A byline opening a text or a line, as comments under a blog post or a forum's posts are headed: "1. Paula
// Tracy says:", "Dev wrote:". The colon makes it one, or the text's end (a byline read as a prompt loses
// its colon: "Paula Tracy says"); the name is the writer's, never a student's words.
const BYLINE_VERB = String.raw`(?:says|said|wrote|writes|commented|replied|posted)[ \t]*(?::|$)`;
const BYLINE_CUE = String.raw`(?<byline>(?<![^\n])[ \t]*(?:\d{1,3}[.)][ \t]+)?)(?<b1>${CUED_NAME})(?:(?<bgap>[ \t]+)(?<b2>${ANY_CAP_WORD}))?(?=[ \t]+${BYLINE_VERB})`;
// Reported speech: one or two capitalised words right before a reporting verb ("Maya said", "Maya Chen
// told us", "Maya and Jordan agreed", "Dev also mentioned"); reported-speech.ts decides which are names.
// Speakers listed before the last ("Maya Chen and Jordan agreed", "Maya, Jordan and Dev said"): up to six
// of a word or two, each followed by a comma or "and".
const REPORTED_LIST = String.raw`(?<rlist>(?:${CUED_NAME}(?:[ \t]+${CAP_WORD})?(?:[ \t]*,[ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+)){1,6})?`;
// The inverted order, as a quote is reported: a reporting verb right after a closing quote, a question or
// exclamation mark, a dash or a comma, then one or two capitalised words, or two joined by "and"
// (`"It's unfair," said Maya.`, `…, says Jordan Lee.`, `"Why?" asked Maya and Dev`); after a comma alone,
// only where the words end the clause (see endsInvertedSpeaker).
const INVERTED_CUE = String.raw`(?<iverb>(?:[?!—–]|["”'’][,.]?|,|[ \t]-{1,2})[ \t]*${REPORTING_VERB}[ \t]+)(?<i1>${CUED_NAME})(?:(?<igap>[ \t]+(?:and|&)[ \t]+|[ \t]+)(?<i2>${ANY_CAP_WORD}))?${NOT_WORD_AFTER}`;
const REPORTED_CUE = String.raw`${NOT_WORD_BEFORE}${REPORTED_LIST}(?<r1>${CUED_NAME})(?:(?<rgap>[ \t]+(?:and|&)[ \t]+|[ \t]+)(?<r2>${ANY_CAP_WORD}))?(?=[ \t]+(?:${BETWEEN_NAME_AND_VERB}[ \t]+)?(?<rverb>${REPORTING_VERB})${NOT_WORD_AFTER})`;

// The first pass, compiled in four variants: the email/handle and phone alternatives are costly to try
// at every position, and most responses have no "@" and no digit, so they are left out when they
// cannot match.
function compilePassOne(withAt: boolean, withDigits: boolean): RegExp {
  const parts = [`(?<url>${URL})`];
  if (withAt) parts.push(`(?<email>${EMAIL})`, `(?<handle>${HANDLE})`);
  if (withDigits) parts.push(STUDENT_NUMBER, ADDRESS, `(?<phone>${PHONE})`);
  parts.push(APP_HANDLE);
  parts.push(TITLE, CUE, LIKE_CUE, SELF_CUE, LOWER_TITLE);
  return new RegExp(parts.join('|'), 'gu');
}
const CAPITAL_AFTER_SPACE = /\s\p{Lu}/u;
const PASS_ONE = [compilePassOne(false, false), compilePassOne(false, true), compilePassOne(true, false), compilePassOne(true, true)];

type Groups = Partial<Record<'url' | 'email' | 'handle' | 'idcue' | 'idnum' | 'phone' | 'address' | 'acue' | 'lower' | 'appcue' | 'apphandle' | 't1' | 'tgap' | 't2' | 'cue' | 'c1' | 'cgap' | 'c2' | 'like' | 'l1' | 'lgap' | 'l2' | 'self' | 's1' | 'sgap' | 's2' | 'byline' | 'b1' | 'bgap' | 'b2' | 'rlist' | 'r1' | 'rgap' | 'r2' | 'rverb' | 'iverb' | 'i1' | 'igap' | 'i2' | 'qcue' | 'q1' | 'qgap' | 'q2' | 'lt', string>>;

/** A node of the character trie the name pattern is compiled from. */
interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/** The canonical form of a name for matching: trimmed, single-spaced, lower case, one apostrophe. */
function canonicalName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').replace(/[’‘`]/g, "'").replace(/[‐‑–]/g, '-').toLowerCase();
}

/** Whether a supplied name should be matched at all (initials, role labels and numbers are not names). */
function isMatchableName(canonical: string): boolean {
  const letters = canonical.match(/\p{L}/gu)?.length ?? 0;
  return letters >= 2 && !ROLE_WORDS.has(canonical);
}

function escapeChar(c: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c;
}

/** The regex source for one character of a folded name (see foldName), forgiving apostrophe, hyphen and space variants. */
function charPattern(c: string): string {
  // "O'Brien", "O’Brien", and "OBrien" as students type it without the apostrophe.
  if (c === "'") return "['’‘`]?";
  // "Jean-Luc", "Jean Luc", "JeanLuc", and "Jean-" at a line's end with "Luc" on the next.
  if (c === '-') return '(?:[-‐‑–]\\s*|\\s+)?';
  if (c === ' ') return '\\s+';
  return escapeChar(c);
}

/** Emit a trie as a regex: shared prefixes are factored, so matching costs one branch per character. */
function trieSource(node: TrieNode): string {
  const keys = [...node.next.keys()].sort();
  if (keys.length === 0) return '';
  const branches = keys.map((c) => charPattern(c) + trieSource(node.next.get(c)!));
  const alt = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  // Greedy optional: the longer name is tried first and the engine falls back to the shorter one only
  // when the longer fails (e.g. at the word boundary), which is "longest name first" without sorting.
  return node.end ? `(?:${alt})?` : alt;
}

/**
 * The spellings a name is matched in, folded (see foldName): "Zoë" as zoe, which also finds "Zoë",
 * "ZOË" and "Zoe"; "Müller" as muller and mueller. Empty for a name that is not matched at all.
 */
function spellings(raw: string): string[] {
  const name = canonicalName(raw);
  if (!isMatchableName(name)) return [];
  const umlauts = umlautSpelling(name);
  return umlauts === undefined ? [foldName(name)] : [foldName(name), foldName(umlauts)];
}

/** Compile names into one regex source (a trie) over folded text, or undefined when there are none to match. */
function compileNames(names: Iterable<string>): string | undefined {
  const root: TrieNode = { end: false, next: new Map() };
  let any = false;
  for (const raw of names) {
    for (const name of spellings(raw)) {
      any = true;
      let node = root;
      for (const c of name) {
        let child = node.next.get(c);
        if (!child) node.next.set(c, (child = { end: false, next: new Map() }));
        node = child;
      }
      node.end = true;
    }
  }
  return any ? trieSource(root) : undefined;
}

/** Whether `index` starts a sentence: start of text, or after . ! ? : … (then spaces or an opening quote). */
function atSentenceStart(text: string, index: number): boolean {
  const before = text.slice(0, index).replace(/[\s"“‘'(]+$/u, '');
  return before === '' || /[.!?:…]["”’')]?$/u.test(before);
}

/**
 * Decide for a roster-name match whether it is an ordinary word here: common-word names, and the parts
 * of longer names (`capitalOnly`), need a capital, and a common-word name at a sentence's start is the
 * word where the word after says so (see readsAsWord).
 */
function keepAsWord(match: string, text: string, index: number, capitalOnly: ReadonlySet<string>): boolean {
  const key = nameWordKey(match);
  if (!COMMON_WORD_NAMES.has(key) && !capitalOnly.has(key)) return false;
  if (!/^\p{Lu}/u.test(match)) return true;
  // At a sentence's start the capital tells nothing: the word after does ("Mark my words", "Grace
  // period"; see readsAsWord).
  if (!atSentenceStart(text, index)) return false;
  const after = text.slice(index + match.length, index + match.length + 40);
  return (MODAL_NAMES.has(key) && PRONOUN_AFTER_MODAL.test(after)) || (COMMON_WORD_NAMES.has(key) && readsAsWord(key, after));
}

/**
 * Decide for a roster name with an "s" after it ("Mayas idea", "Devs mom": a possessive without its
 * apostrophe, as students often write it) whether it is an ordinary word here. Only a capitalised one,
 * inside a sentence and before a lower-case word, is taken as the name: "Jeans" or "Mats" opening a
 * sentence, and the plural of a common-word name ("Marks"), are kept.
 */
function keepPlural(match: string, text: string, index: number, capitalOnly: ReadonlySet<string>): boolean {
  const name = match.slice(0, -1);
  if (!/^\p{Lu}\p{Ll}/u.test(match) || COMMON_WORD_NAMES.has(nameWordKey(name))) return true;
  if (atSentenceStart(text, index)) return true;
  return !/^\s+\p{Ll}/u.test(text.slice(index + match.length)) || keepAsWord(name, text, index, capitalOnly);
}

/** Whether the word after "I'm" is plausibly the speaker's name, not who they are ("I'm Canadian") or a sentence word. */
function looksLikeOwnName(word: string): boolean {
  return looksLikeName(word) && !neverName(word.toLowerCase());
}

/** Whether "like … said" quotes a writer ("Like Einstein said", "as Maya Angelou put it"; see quotedAuthor). */
function likeAuthor(g: Groups): boolean {
  return quotedAuthor(g.l2 === undefined ? [g.l1!] : [g.l1!, g.l2]);
}

/**
 * Whether the word after a name is its surname: a word in capitals that can be one ("Maya LOPEZ"; see
 * capsNamed), or a capitalised word `isName` takes, save a word of school run on from a caption ("Maya
 * School is fun"; see schoolWord).
 */
function surnameAfter(word: string, isName: (word: string) => boolean): boolean {
  return inCapitals(word) ? capsNamed(word) : isName(word) && !schoolWord(word);
}

/** Replace a cued name (and a name-like second word, its surname) with [name]; keep the cue. */
function redactCued(whole: string, cue: string, first: string, gap?: string, second?: string, isName = looksLikeName, isSurname = (word: string) => surnameAfter(word, isName)): string {
  if (!isName(first)) return whole;
  if (second !== undefined && isSurname(second)) return `${cue}[name]`;
  return `${cue}[name]${second !== undefined ? `${gap}${second}` : ''}`;
}

// A shout-out's or a thanks' cue, a relation's with "is" or "was" ("my partner was Harpreet"), a kin word's ("Aunty Raj").
const SHOUT_OUT_CUE = new RegExp(`^${SHOUT_OUT}$`, 'u');
// Not "my name is", a cue as sure as "my friend" ("My name is Jordan").
const RELATION_IS_CUE = /(?<!\bname)\s(?:is|was)\s+$/u;
const KIN_CUE = new RegExp(`^${KIN_TITLE}$`, 'u');
// Apps and games students thank, no English words but no one's name ("shout out to Kahoot", "thanks to Minecraft").
const APPS_THANKED: ReadonlySet<string> = new Set(
  'minecraft roblox fortnite youtube tiktok kahoot desmos canva quizlet chromebook chromebooks duolingo gimkit blooket spotify snapchat instagram grammarly padlet flipgrid seesaw brightspace moodle'.split(' '),
);
// A cue that opens with a possessive ("Alexander's brother Dmitri").
const POSSESSIVE_CUE = /^[\p{L}\p{M}]+['’]s\s/u;

/**
 * What a cue's word must be to be a name: after "my friend", a word that is no sentence word; after a
 * possessive, which is less sure a cue ("Canada's teacher Association"), a word that is never a common
 * word nor a noun by its ending too (see neverName, nounLooking).
 */
function cueNamed(cue: string): (word: string) => boolean {
  // "shout out to Kiara", "my partner was Harpreet", "thanks to Grace", "my friend is Jordan": a word
  // that can name a speaker and is no English word, a given name of the short forms' table or of the
  // English given names' list, or a name that is also a word (see nameWord, COMMON_WORD_NAMES;
  // "thanks to Google", "my partner was Amazing" are kept, and a listed name that reads as a describing
  // word there: "my friend is Happy", "my partner was Early").
  if (strictCue(cue)) {
    return (word) => {
      const key = word.toLowerCase();
      if (!mayNameSpeaker(word) || APPS_THANKED.has(key)) return false;
      return listedGivenName(word) || !englishWord(key) || nameWord(key);
    };
  }
  if (KIN_CUE.test(cue)) return (word) => looksLikeName(word) && !neverName(word.toLowerCase()) && !nounLooking(word.toLowerCase());
  if (!POSSESSIVE_CUE.test(cue)) return looksLikeName;
  return (word) => looksLikeName(word) && !neverName(word.toLowerCase()) && !nounLooking(word.toLowerCase());
}

/** Whether a cue's word is judged by the stricter test of cueNamed: a shout-out's, a thanks', a relation's with "is" or "was". */
function strictCue(cue: string): boolean {
  return SHOUT_OUT_CUE.test(cue) || RELATION_IS_CUE.test(cue);
}

/**
 * What the word after a cued name must be to be its surname. After the stricter cues, whose first word
 * was hard won ("thanks to Kiara"), as after a known first name: a surname that is also a word too
 * ("thanks to Kiara Brown", "shout out to Kiara Smith"; see surnameAfterName); else as the cue's word is.
 */
function cueSurname(cue: string, isName: (word: string) => boolean): (word: string) => boolean {
  return strictCue(cue) ? surnameAfterName : (word) => surnameAfter(word, isName);
}

function redactPassOne(whole: string, g: Groups): string {
  if (g.url !== undefined) return redactSocialUrl(whole);
  if (g.email !== undefined) return '[email]';
  if (g.handle !== undefined) return '[handle]';
  if (g.idnum !== undefined) return `${g.idcue}[id]`;
  if (g.phone !== undefined) return '[phone]';
  if (g.apphandle !== undefined) return `${g.appcue}[handle]`;
  if (g.lower !== undefined) return `${g.acue}[address]`;
  if (g.address !== undefined) return '[address]';
  if (g.t1 !== undefined) {
    // "Coach House", "Coach Bus": Coach is a title before a name only, and kept before one, as a role
    // word is ("Coach [name]"; see role-titles.ts): students call a coach so, not a teacher.
    const coach = /^[Cc]oach\b/.test(whole);
    if (coach && !roleNamed(g.t1)) return whole;
    // "Ms TEAMS", "Dr. OK": a word in capitals after a title must be able to be a surname.
    if (inCapitals(g.t1) && !capsNamed(g.t1)) return whole;
    // "Dr. Seuss", a pen name, names a writer (see titledPenName); a roster's Seuss is the name pass's.
    if (g.t2 === undefined && titledPenName(whole)) return whole;
    const title = coach ? `${whole.slice(0, 5)} ` : '';
    // "Mr. Dhillon I think …": only a name-like second word is taken as part of the name.
    if (g.t2 !== undefined && !surnameAfter(g.t2, looksLikeName)) {
      if (titledPenName(whole.slice(0, whole.length - g.tgap!.length - g.t2.length))) return whole;
      return `${title}[name]${g.tgap}${g.t2}`;
    }
    return `${title}[name]`;
  }
  if (g.cue !== undefined) {
    const isName = cueNamed(g.cue);
    return redactCued(whole, g.cue, g.c1!, g.cgap, g.c2, isName, cueSurname(g.cue, isName));
  }
  // "like Ava said", "as Dev put it": the speaker is judged as one before a reporting verb ("as Google says" names no one).
  if (g.like !== undefined) return likeAuthor(g) ? whole : redactCued(whole, g.like, g.l1!, g.lgap, g.l2, mayNameSpeaker);
  if (g.self !== undefined) return redactCued(whole, g.self, g.s1!, g.sgap, g.s2, looksLikeOwnName);
  if (g.lt !== undefined) {
    // A possessive is not the surname's ("mrs [name]'s class", "MR [name]'S CLASS").
    const possessive = /['’][Ss]$/u.exec(g.lt)?.[0] ?? '';
    const word = g.lt.slice(0, g.lt.length - possessive.length).toLowerCase();
    // A surname that is also a word a name is never by is the name's after a title ("mr white said"; see neverSurname).
    return NOT_AFTER_LOWER_TITLE.has(word) || neverSurname(word) || REPORTING_WORD.test(word) ? whole : `[name]${possessive}`;
  }
  return whole;
}

// The cues alone, for finding the names they introduce (see cuedNames). Each ends in a space and a
// capitalised word, so a text without one (most answers) holds none.
const CUES = new RegExp([CUE, LIKE_CUE, SELF_CUE].join('|'), 'gu');
// Bylines apart, run only on a text with a word of writing before a colon: an alternative of every
// text's first pass, they cost a tenth of the bench's redaction.
const BYLINES = new RegExp(BYLINE_CUE, 'gu');
const BYLINE_WORD = new RegExp(BYLINE_VERB);
/** Whether a text may hold a byline: a colon somewhere, or a word of writing at its end; most hold neither. */
const mayHoldByline = (text: string): boolean => (text.includes(':') && BYLINE_WORD.test(text)) || BYLINE_WORD.test(text.slice(-16));

/** A text with its bylines' names redacted ("1. [name] says:"). */
function redactBylines(text: string): string {
  if (!mayHoldByline(text)) return text;
  return text.replace(BYLINES, (whole: string, ...rest: unknown[]) => {
    const g = rest[rest.length - 1] as Groups;
    return redactCued(whole, g.byline!, g.b1!, g.bgap, g.b2, looksLikeOwnName);
  });
}
// A quotation's attribution to someone named at a text's end, as a note-taker writes one: a dash or a
// bracket after the closing quote (`"…" - Maya, Gr 10`, `"…" (Maya Lopez)`), or a dash ending a point
// (`The bell schedule makes no sense - Jordan`); one or two capitalised words (the second an initial too,
// `Priya S.`), then the text's end, after a few words of detail behind a comma or a bracket at most
// (`, Gr 10`, `(grade 9, Riverside)`).
const ATTRIBUTION = new RegExp(
  String.raw`(?<qcue>(?:["”'’][.,!?]?[ \t]*(?:[-–—~]{1,2}|\()|[ \t][-–—~]{1,2})[ \t]*)(?<q1>${CUED_NAME})(?:(?<qgap>[ \t]+)(?<q2>${ANY_CAP_WORD}|\p{Lu}\.))?(?=(?:[ \t]*[,(][^!?"“”\n]{0,40})?[ \t]*\)?[.!]?[ \t]*$)`,
  'u',
);
// The words that end a school's or a place's name, never a surname after a dash ("Focus group 2 — Westview Elementary, Grade 6").
const PLACE_ENDS: ReadonlySet<string> = new Set('secondary elementary collegiate academy school college high middle campus institute university centre center library hall park district'.split(' '));
// How far from a text's end an attribution may start: its cue, a name of two words and its details.
const ATTRIBUTION_SPAN = 120;

/** A text with the name of a quotation's attribution at its end redacted (`"…" - [name], Gr 10`); a quoted writer's stays (`- Nelson Mandela`; see quotedAuthor). */
function redactAttribution(text: string): string {
  const from = Math.max(0, text.length - ATTRIBUTION_SPAN);
  const tail = text.slice(from);
  if (!/[-–—~(]/.test(tail)) return text;
  const m = ATTRIBUTION.exec(tail);
  if (m === null) return text;
  const g = m.groups as Groups;
  if (quotedAuthor(g.q2 === undefined ? [g.q1!] : [g.q1!, g.q2]) || (g.q2 !== undefined && PLACE_ENDS.has(g.q2.toLowerCase()))) return text;
  // After a dash alone, with no quotation before it, a name by its words ("- Jordan"; not "- Thanks").
  const quoted = !/^[ \t]/.test(g.qcue!);
  const isName = quoted ? looksLikeOwnName : (word: string) => looksLikeOwnName(word) && mayBeName(word.toLowerCase());
  const redacted = redactCued(m[0], g.qcue!, g.q1!, g.qgap, g.q2, isName, (word) => /^\p{Lu}\.$/u.test(word) || surnameAfter(word, looksLikeOwnName));
  return text.slice(0, from + m.index) + redacted + tail.slice(m.index + m[0].length);
}
const CAPITALISED_WORD_AFTER_SPACE = /\s\p{Lu}(?:\p{Ll}|['’]\p{Lu})/u;

// Reported speech apart too, run only on a text with a reporting verb (see REPORTING_HINT).
const REPORTED = new RegExp(REPORTED_CUE, 'gu');
// The inverted order ("…," said Maya) is sought in the same texts: a reporting verb after a space, and
// a capital after one.
const INVERTED = new RegExp(INVERTED_CUE, 'gu');
// With no capital after a space, a text can hold reported speech only at its start ("Maya said …"): an
// answer typed in lower case is settled by one anchored test, where the verb alone ("i think", "they
// said") sent half of a survey's answers to the search.
const REPORTED_AT_START = new RegExp(String.raw`^[^\p{L}\n]{0,3}${CUED_NAME}[ \t]+(?:${BETWEEN_NAME_AND_VERB}[ \t]+)?${REPORTING_VERB}${NOT_WORD_AFTER}`, 'u');

const LOWER_ROLES = LOWER_ROLE_WORDS.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
// The role words that took a lower-case surname before this list grew: after an article too ("the coach
// brandvold said"), where the others take none ("the elder ones said").
const FIRST_LOWER_ROLES: ReadonlySet<string> = new Set(['coach', 'principal', 'counsellor', 'counselor']);
// A surname typed in lower case after a role word, a rank or a title (see LOWER_ROLE_WORDS), as students
// type it: before a reporting verb ("coach brandvold said", "Coach brandvold told us", "sergeant dhillon
// said we could"), the verb after makes the word a person, where "coach bus" or "the principal office"
// alone are words; not a word that is a word before a verb ("the coach also said", "the counsellor lady
// said", "the principal secretary said"; see lowerRoleNamed). With no verb after it ("i asked coach
// brandvold for help"), only a word that is no English word (see englishWord): "coach bus", "coach
// class", "sergeant pepper", "the principal reason" stay.
const LOWER_ROLE_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?<lrole>${LOWER_ROLES})(?<lgap>\.?[ \t]+)(?<low>\p{Ll}(?:[\p{Ll}'’-]*\p{Ll})?)(?![\p{L}\p{M}\p{N}_])(?=(?<lverb>[ \t]+(?:${BETWEEN_NAME_AND_VERB}[ \t]+)?${REPORTING_VERB}${NOT_WORD_AFTER})|)`,
  'gu',
);
// Lower-case words between a role word and a verb that are no surname: fillers and adverbs, people and
// the adults around a role ("the coach kinda said", "the nurse lady said", "the principal secretary told us").
const NOT_LOWER_SURNAMES: ReadonlySet<string> = new Set(
  (
    'kinda sorta lowkey highkey def prob probs jus legit straight often usually already again first last next ' +
    'lady guy man woman person dude people herself himself there here today yesterday secretary assistant office ' +
    'staff team crew lol tho though who would will did does could should can might must may has had have was is not ' +
    // the shorthand of texting, no word of wink's lexicon, after a role word with no verb ("coach ngl was mad")
    'im ur gonna wanna gotta ngl tbh idk imo smh omg lmao bc cuz rn btw irl fyi ppl abt tmrw prolly tryna finna yall sum thx pls plz ty'
  ).split(' '),
);
// The adverbs reported speech allows between a name and its verb ("the counsellor never told us", "the coach
// later said"): no surname either.
const ADVERB_BEFORE_VERB = new RegExp(String.raw`^${BETWEEN_NAME_AND_VERB}$`);
// An article before a role word makes it a noun, not a title (the "the coach bus"; "the sergeant dhillon" is not how one is named).
const ARTICLE_BEFORE = /(?:^|[^\p{L}\p{N}_])(?:[Aa]n?|[Tt]he)[ \t]+$/u;

/** Whether a word, lower case, is a surname that is also a word a name is never by ("white", "english"; see neverSurname). */
const wordSurname = (word: string): boolean => neverName(word) && !neverSurname(word);

/**
 * Whether a lower-case word after a role word is a surname ("brandvold"; not "also", "lady", "kinda"), nor
 * a function word misspelt or without its apostrophe ("my coach dosent care", "my coach alot"; see misspeltWord).
 */
function lowerRoleNamed(word: string): boolean {
  if (word.length === 1) return true;
  return !NOT_LOWER_SURNAMES.has(word) && !misspeltWord(word) && !ADVERB_BEFORE_VERB.test(word) && !word.endsWith('ly') && !REPORTING_WORD.test(word) && (mayNameSpeaker(word) || wordSurname(word)) && roleNamed(word);
}

// Words before "miss" that make it the verb ("i miss toronto", "gonna miss ppl", "really miss kaur's
// class" is the verb too): a subject, an auxiliary or an adverb. After one, no title.
const MISS_AS_VERB_AFTER: ReadonlySet<string> = new Set(
  'i we you u ya they he she it who will would shall should could can cant can’t can\'t wont won’t won\'t might may must do dont don’t don\'t does doesnt didnt didn’t didn\'t to gonna gunna wanna going really still totally so just also never always def lowkey kinda sorta ll i\'ll i’ll we\'ll we’ll already truly honestly deeply definitely lol ngl'.split(' '),
);
// Words before "miss" that make it a title with no verb after its name ("i asked miss kaur for help",
// "we had miss kaur for math", "thanks to miss kaur", "my teacher is miss kaur"): one a person follows.
const MISS_AS_TITLE_AFTER: ReadonlySet<string> = new Set(
  'with from by for asked ask asking told tell telling and thanks thank had have has got get our my is was emailed texted called met saw see like love loved liked helped'.split(' '),
);

// Words that "to" follows before a person, where "to miss" is otherwise the verb ("going to miss toronto").
const TO_A_PERSON: ReadonlySet<string> = new Set('thanks talk talked talking spoke speak speaking listen listened write wrote writing reach reached went go out shoutout said say explained sent gave'.split(' '));

// Verbs a person's name is the subject of, after "miss" and a word that is no English word: the name is
// the title's ("Miss kaur helped me", "Miss kaur is the best", "miss kaur always helps us"), where after
// the verb it is the object, a place or a thing ("Miss vancouver so much", "Miss toronto lol"). Only the
// forms a singular subject takes, none a plural or "I" takes too ("help", "make", "dont"), nor "lets"
// ("Miss vancouver lets go back": "let's" without its apostrophe), nor "cant" or "wont", which open a
// clause whose "I" is dropped as often ("Miss vancouver cant wait to go back").
const NAME_SUBJECT_VERBS: ReadonlySet<string> = new Set(
  (
    "is was has had does did isnt wasnt hasnt doesnt didnt isn't wasn't hasn't doesn't didn't will would can could should might must " +
    'gave gives let helped helps made makes taught teaches showed shows cared cares knew knows tried tries took takes gets got ' +
    'marked marks graded grades yelled yells wants wanted likes liked loves loved treats treated understood understands'
  ).split(' '),
);
// The word after a name, and the word after that, for an adverb between the name and its verb ("miss kaur always helps").
const TWO_WORDS_AFTER = /^[ \t]+([\p{L}'’]+)(?:[ \t]+([\p{L}'’]+))?/u;

/**
 * Whether the words after a name (`after`) open its verb: one of NAME_SUBJECT_VERBS or a reporting verb,
 * or an adverb reported speech allows and one of them ("is the best", "helped me", "always helps us").
 */
function subjectVerbAfter(after: string): boolean {
  const m = TWO_WORDS_AFTER.exec(after);
  if (m === null) return false;
  const key = (word: string): string => word.toLowerCase().replace(/’/g, "'");
  const verb = (word: string): boolean => NAME_SUBJECT_VERBS.has(key(word)) || REPORTING_WORD.test(key(word));
  if (verb(m[1]!)) return true;
  return ADVERB_BEFORE_VERB.test(key(m[1]!)) && m[2] !== undefined && verb(m[2]);
}

/**
 * Whether "miss" at `offset` of `text` is a title ("miss kaur"), not the verb ("i miss toronto"): before
 * a verb (`verb`: a reporting verb, or one of subjectVerbAfter's), where no subject, auxiliary or adverb
 * is before it ("Miss kaur helped me", "Miss kaur is the best" opening a text); with none, only after a
 * word a person follows (see MISS_AS_TITLE_AFTER). "Miss vancouver so much" opening a text stays: it
 * drops its "I".
 */
function missTitle(text: string, offset: number, verb: boolean): boolean {
  const m = /(?:([\p{L}'’]+)[ \t]+)?([\p{L}'’]+)[ \t]*$/u.exec(text.slice(Math.max(0, offset - 40), offset));
  const before = m?.[2]?.toLowerCase();
  // "to" after a word one speaks or writes to is a person's ("talked to miss kaur", "thanks to miss kaur")
  if (before === 'to' && TO_A_PERSON.has(m?.[1]?.toLowerCase() ?? '')) return true;
  if (verb) return before === undefined || !MISS_AS_VERB_AFTER.has(before);
  return before !== undefined && MISS_AS_TITLE_AFTER.has(before);
}

// The titles, among the role words, that stand before a name only, as "Miss" and "Sir" do: before a verb
// a singular subject takes, a surname that is also a word is the name's ("Miss brown helped me", "coach
// jordan is the best"; see nameWord), where the other role words make a thing with a word ("elder care
// is", "sergeant pepper was").
const NAME_ONLY_TITLES: ReadonlySet<string> = new Set(['miss', 'sir', 'coach', 'dr', 'prof', 'professor']);

/**
 * Whether a word, lower case, that is an English word too is a person's name where a title makes it one:
 * a listed given name ("jordan", "lee", "grace"; not one that reads as a describing word, "happy") or a
 * name that is also a word ("brown", "white", "summer"; see COMMON_WORD_NAMES). "home", "lunch", "bus",
 * "class" are none.
 */
function nameWord(word: string): boolean {
  return COMMON_WORD_NAMES.has(word) || (isGivenName(word) && !describingName(word));
}

// A possessed noun, a word or two, after a name's "'s" ("Miss kaur's class was the best", "Miss kaur's
// math class is fun"): the verb after it makes the name a subject's, as after the name itself.
const POSSESSED_NOUN = /^[ \t]+\p{Ll}+(?:[ \t]+\p{Ll}+)?/u;

/**
 * Whether the words after a name with its possessive (`after`, from the "'s" on, or from the word's end
 * for one typed without its apostrophe, "kaurs class") are a noun of one or two words and a verb a
 * singular subject takes ("class was the best"; see subjectVerbAfter); not "rain so much".
 */
function possessedSubjectVerb(after: string): boolean {
  const one = /^[ \t]+\p{Ll}+/u.exec(after);
  if (one === null) return false;
  if (subjectVerbAfter(after.slice(one[0].length))) return true;
  const two = POSSESSED_NOUN.exec(after)!;
  return two[0].length > one[0].length && subjectVerbAfter(after.slice(two[0].length));
}

/** A lower-case surname after a role word: where it starts and ends in the text (a possessive after it is kept). */
interface LowerRoleName {
  start: number;
  end: number;
}

/**
 * Where the lower-case surnames after a text's role words are (see LOWER_ROLE_NAME): before a reporting
 * verb, a word lowerRoleNamed takes; with none, one of three letters or more that is no English word
 * too, after no article, or after a title that stands before a name only, a name that is a word too
 * before a verb its subject takes (see NAME_ONLY_TITLES, nameWord). After "miss", only where it is a
 * title (see missTitle), and there a name that is a word too.
 */
function lowerRoleNames(text: string): LowerRoleName[] {
  const found: LowerRoleName[] = [];
  LOWER_ROLE_NAME.lastIndex = 0;
  for (let m = LOWER_ROLE_NAME.exec(text); m !== null; m = LOWER_ROLE_NAME.exec(text)) {
    const g = m.groups as { lrole: string; lgap: string; low: string; lverb?: string };
    const offset = m.index;
    const role = g.lrole.toLowerCase();
    // A possessive is not the surname's ("coach [name]'s speech").
    const possessive = /['’]s$/u.exec(g.low)?.[0] ?? '';
    const low = possessive === '' ? g.low : g.low.slice(0, -possessive.length);
    const article = ARTICLE_BEFORE.test(text.slice(Math.max(0, offset - 6), offset));
    if (article && !(FIRST_LOWER_ROLES.has(role) && g.lverb !== undefined)) continue;
    if (!lowerRoleNamed(low)) continue;
    const after = text.slice(offset + m[0].length, offset + m[0].length + 60);
    // A verb after the name, or after its possessive and the noun it owns ("Miss kaur's class was the
    // best", "Miss kaurs class was"), makes the name its subject.
    const subject = possessive === '' ? subjectVerbAfter(after) || (/s$/u.test(low) && !englishWord(low) && possessedSubjectVerb(after)) : possessedSubjectVerb(after);
    const verb = g.lverb !== undefined || subject;
    // After "miss", a verb after the name makes the name its subject, and "miss" a title ("Miss kaur helped me").
    const title = role === 'miss' && missTitle(text, offset, verb);
    if (role === 'miss' && !title) continue;
    // A word of the lexicon is a name after a title that stands before names only, before its verb
    // ("Miss brown helped me", "coach jordan is the best"), and after "miss" as a title ("i asked miss lee").
    const wordNamed = nameWord(low) && (role === 'miss' || (NAME_ONLY_TITLES.has(role) && subject));
    if (g.lverb === undefined && (low.length < 3 || (englishWord(low) && !wordNamed))) continue;
    const start = offset + g.lrole.length + g.lgap.length;
    found.push({ start, end: start + low.length });
  }
  return found;
}

// A role word or a name in capitals, as a text typed in capitals has them ("MISS KAUR HELPED ME", "DR
// PATEL SAID", "MISS kaur", "coach KIM"): sought in the text in lower case (see redactLowerRoleNames).
const CAPS_ROLE_HINT = new RegExp(String.raw`(?<![\p{L}\p{N}_])(?:(?:${LOWER_ROLE_WORDS.map((w) => w.toUpperCase()).join('|')})\.?[ \t]+\p{L}|(?:${LOWER_ROLES})\.?[ \t]+\p{Lu}{2})`, 'u');

/**
 * A text with the lower-case surnames after its role words redacted ("coach [name] said", "i asked coach
 * [name] for help", "Miss [name]'s class was the best"; see lowerRoleNames), and those of a role word
 * or a name typed in capitals, read as in lower case ("MISS [name] HELPED ME", "DR [name] SAID", "MISS
 * [name] helped me"; a capitalised name after a capitalised title is the first pass's).
 */
function redactLowerRoleNames(text: string): string {
  let spans = lowerRoleNames(text);
  if (CAPS_ROLE_HINT.test(text)) {
    const lower = text.toLowerCase();
    // Only where lower case keeps every letter where it was ("İ" does not).
    if (lower.length === text.length) {
      const inCaps = (start: number, end: number): boolean => !/\p{Ll}/u.test(text.slice(start, end));
      const caps = lowerRoleNames(lower).filter((s) => {
        const role = /(\p{L}+)\.?[ \t]+$/u.exec(text.slice(Math.max(0, s.start - 20), s.start));
        return role !== null && (inCaps(s.start - role[0].length, s.start) || inCaps(s.start, s.end));
      });
      if (caps.length > 0) spans = [...spans, ...caps].sort((a, b) => a.start - b.start);
    }
  }
  if (spans.length === 0) return text;
  let out = '';
  let kept = 0;
  for (const s of spans) {
    if (s.start < kept) continue;
    out += `${text.slice(kept, s.start)}[name]`;
    kept = s.end;
  }
  return out + text.slice(kept);
}

// Two people joined by "and" or "&" ("[name] and Lexi helped me", "Jay and Lexi", "Jay & Lexi"), or by
// "with" ("[name] with Lexi"): a name on no roster and after no cue, known by its company (see pairNamed).
const NAME_PAIR = new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}_'’])(?<pa>\[name\]|${CAP_WORD})(?<pgap>[ \t]+(?<pjoin>and|&|with)[ \t]+)(?<pb>\[name\]|${CAP_WORD})${NOT_WORD_AFTER}`, 'gu');
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}\p{M}'’-]*[ \t]+$/u;
const CAPITALISED_AFTER = /^[ \t]+\p{Lu}\p{Ll}/u;
// Whether a text may hold such a pair: a capital or a placeholder after the joining word.
const NAME_PAIR_HINT = /[ \t](?:and|&|with)[ \t]+[\p{Lu}[]/u;

/** Whether a word is a given name of the short forms' table, or a short form of one that is no word ("Katherine", "Alex", "Lexi"; see nicknames.ts). */
function listedGivenName(word: string): boolean {
  return isAnyCaseShortForm(word) || nicknamesOf([word.toLowerCase()]).length > 0;
}

// A day's short form, beside a name a time and no person ("Sat with Lexi", "Mon and Wed").
const DAY_SHORT_FORMS: ReadonlySet<string> = new Set(['Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun']);

/** Whether a capitalised word beside another name can be a person's name: see mayNameSpeaker; no writer quoted, no acronym, no rank ("Col. [name]"), no day. */
function pairWordNamed(word: string): boolean {
  return !inCapitals(word) && !DAY_SHORT_FORMS.has(word) && mayNameSpeaker(word) && !quotedAuthor([word]) && !schoolWord(word) && !isRoleOrTitle(word) && !isRoleOrTitle(`${word}.`);
}

/**
 * Which words of a pair are names: beside a name already redacted, a word that can be a name ("[name]
 * and Lexi", not "[name] and Mom", "[name] and Science", "[name] and Google"); after "with" only a listed
 * given name ("[name] with Lexi"; "[name] with Minecraft" is kept). Two words, where one is a listed
 * given name and the other can be a name too ("Jay and Lexi", "Lexi and Jay"; not "Romeo and Juliet",
 * "Rose and Ivy", "Tom and Jerry": neither is a listed name that is no word), or a day ("Sat with Lexi").
 */
function pairNamed(a: string, b: string, join: string): [boolean, boolean] {
  const placeholder = (w: string): boolean => w === '[name]';
  const named = join === 'with' ? (w: string) => listedGivenName(w) && pairWordNamed(w) : pairWordNamed;
  if (placeholder(a) || placeholder(b)) return [!placeholder(a) && placeholder(b) && named(a), placeholder(a) && !placeholder(b) && named(b)];
  // One listed name takes its neighbour, a place or a brand too ("Victoria and Vancouver", "Ben and Jerry"):
  // a name kept would be worse than a place lost.
  const both = pairWordNamed(a) && pairWordNamed(b) && (listedGivenName(a) || listedGivenName(b));
  return [both, both];
}

// The capitalised word after a pair's second word, which makes the two a full name ("[name] and Lexi
// Chen"), where a third does not follow ("[name] and Lexi Chen Wong" is left whole).
const FULL_NAME_AFTER = new RegExp(String.raw`^[ \t]+(${CAP_WORD})${NOT_WORD_AFTER}(?![ \t]+\p{Lu}\p{Ll})`, 'u');
// The capitalised word before a pair's first word ("Lexi Chen and [name]"), with what stands before it.
const FULL_NAME_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}_'’-])(${CAP_WORD})[ \t]+$`, 'u');
// Words that make a place, a school or a program of a capitalised word before them ("[name] and Career
// Prep", "[name] and Riverside Secondary", "[name] and Stanley Park"), never a surname there.
const NOT_SURNAMES_IN_PAIR: ReadonlySet<string> = new Set([...NAME_OF_A_PLACE_ENDS, ...'prep game online docs classroom crossing'.split(' ')]);
// Nouns of a plural's ending ("Minecraft Dungeons", "Google Docs"): a surname after a first name that is no listed given name must not look so.
const PLURAL_ENDING = /[^aeiousy'’]s$/u;

/**
 * Whether two capitalised words beside a redacted name make a full name ("[name] and Lexi Chen", "Lexi Chen
 * and [name]"): a first name that is a listed given name (see listedGivenName) or no English word (see
 * englishWord; "Career Prep", "Google Docs" are kept), and a word after it that can be a surname (see
 * surnameAfterName), no word of a place, a school or a program, and no plural after a first name unlisted.
 */
function fullNameInPair(first: string, last: string): boolean {
  // A surname that is also a word is the name's here as after a known first name ("Lexi White"; see surnameAfterName).
  if (!pairWordNamed(first) || inCapitals(last) || isRoleOrTitle(last) || !surnameAfterName(last) || NOT_SURNAMES_IN_PAIR.has(last.toLowerCase())) return false;
  if (listedGivenName(first)) return true;
  return !englishWord(first.toLowerCase()) && !PLURAL_ENDING.test(last);
}

/**
 * A text with the names of its pairs redacted ("[name] and [name] helped me"; see pairNamed), a run of
 * them in turn ("Jay and Lexi and Sam"), and a full name beside a name redacted ("[name] and Lexi Chen",
 * "Lexi Chen and [name]"; see fullNameInPair).
 */
function redactPairs(text: string): string {
  let out = '';
  let kept = 0;
  // Where a name just redacted starts: the next pair of a run opens with it ("Lexi" of "Jay and Lexi and Sam").
  let namedAt = -1;
  NAME_PAIR.lastIndex = 0;
  for (let m = NAME_PAIR.exec(text); m !== null; m = NAME_PAIR.exec(text)) {
    const g = m.groups as { pa: string; pgap: string; pjoin: string; pb: string };
    const second = m.index + g.pa.length + g.pgap.length;
    NAME_PAIR.lastIndex = second;
    // A word already redacted as a full name's surname ("Chen" of "[name] and Lexi Chen and Sam") opens its pair as a name.
    if (m.index < kept && m.index !== namedAt) continue;
    const pair = pairNamed(m.index === namedAt ? '[name]' : g.pa, g.pb, g.pjoin);
    // A run of capitalised words ("Sarah Connor and [name]", "[name] and Lexi Chen") is a full name only
    // where its two words make one (see fullNameInPair); any other run is left whole, for inspect's list.
    let aStart = m.index;
    let na = pair[0] && m.index !== namedAt;
    if (na && CAPITALISED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) {
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      const full = FULL_NAME_BEFORE.exec(before);
      const start = full === null ? -1 : m.index - (before.length - full.index);
      // A sentence's first word before it that is a function word ("Then Lexi and [name]") leaves it a name alone.
      const opener = full !== null && atSentenceStart(text, start) && FUNCTION_WORDS.has(full[1]!.toLowerCase());
      na = full !== null && start >= kept && (opener || (!CAPITALISED_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && fullNameInPair(full[1]!, g.pa)));
      if (!opener) aStart = start;
    }
    let bEnd = second + g.pb.length;
    const after = text.slice(bEnd, bEnd + 40);
    let nb = pair[1];
    if (nb && CAPITALISED_AFTER.test(after)) {
      const full = FULL_NAME_AFTER.exec(after);
      nb = full !== null && fullNameInPair(g.pb, full[1]!);
      if (nb) bEnd += full![0].length;
    }
    if (na) {
      out += text.slice(kept, aStart) + '[name]';
      kept = m.index + g.pa.length;
    }
    if (nb) {
      out += text.slice(kept, second) + '[name]';
      kept = bEnd;
      // The next pair opens with this name's last word ("Chen and Sam").
      namedAt = bEnd === second + g.pb.length ? second : bEnd - (FULL_NAME_AFTER.exec(after)![1]!.length);
    }
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/** Whether a text may hold reported speech; `capitalInside` says whether it has a capital after a space. */
function mayReport(text: string, capitalInside: boolean): boolean {
  return capitalInside ? REPORTING_HINT.test(text) : REPORTED_AT_START.test(text);
}

/**
 * The words of a reported-speech match at `index` of `text`, and which of them are names (see
 * reportedNameWords): the word before them is looked at, a determiner or a preposition there ("The
 * Principal said", "from Surrey told") making them no name.
 */
function reportedAt(text: string, index: number, g: Groups): { words: string[]; names: boolean[]; joined: boolean; listed: ListedSpeaker[] } {
  const words = g.r2 === undefined ? [g.r1!] : [g.r1!, g.r2];
  const joined = g.rgap !== undefined && /\S/.test(g.rgap);
  // The word before, or '' after a comma or a quote inside a sentence; undefined where one starts.
  const before = atSentenceStart(text, index) ? undefined : (/([\p{L}'’]+)[ \t]*$/u.exec(text.slice(Math.max(0, index - 32), index))?.[1]?.toLowerCase() ?? '');
  // Past forms are past participles too ("Questions asked in class"), save "wrote".
  const pastForm = !g.rverb!.startsWith('wrote') && !/s$/.test(g.rverb!.split(/[ \t]/)[0]!);
  const listed = listedSpeakers(g.rlist, before, pastForm);
  // After a list, the last speaker opens nothing: judged as one named among others.
  const last = listed.length > 0 ? reportedNameWords(words, joined, '', false) : reportedNameWords(words, joined, before, pastForm);
  return { words, names: capsSecond(words, last, joined), joined, listed };
}

/**
 * A speaker of a list before the last ("Maya Chen" of "Maya Chen and Jordan agreed", "Then Maya" of "Then
 * Maya and Jordan agreed"): its words, which of them are names, and what follows it.
 */
interface ListedSpeaker {
  words: string[];
  names: boolean[];
  separator: string;
}

/** A listed speaker as written, its names as [name] ("Then [name]"). */
function listedText(l: ListedSpeaker): string {
  if (l.names.every(Boolean)) return '[name]';
  return l.words.map((w, i) => (l.names[i] ? '[name]' : w)).join(' ');
}

/** The speakers of a reported list (see REPORTED_LIST), each judged as one speaker (see reportedNameWords). */
function listedSpeakers(list: string | undefined, before: string | undefined, pastForm: boolean): ListedSpeaker[] {
  if (list === undefined || list === '') return [];
  const out: ListedSpeaker[] = [];
  for (const m of list.matchAll(/([^\s,]+(?:[ \t]+(?!(?:and|&)[ \t])[^\s,]+)?)([ \t]*,[ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+)/gu)) {
    const words = m[1]!.split(/[ \t]+/);
    const names = out.length === 0 ? reportedNameWords(words, false, before, pastForm) : reportedNameWords(words, false, '', false);
    out.push({ words, names, separator: m[2]! });
  }
  return out;
}

/** The words of an inverted reported-speech match ("…," said Maya Chen), and which of them are names (see invertedNameWords). */
function invertedAt(text: string, end: number, g: Groups): { words: string[]; names: boolean[]; joined: boolean } {
  const words = g.i2 === undefined ? [g.i1!] : [g.i1!, g.i2];
  const joined = g.igap !== undefined && /\S/.test(g.igap);
  // After a comma alone the words must end the clause: "…, wrote Minecraft stories" names no one.
  if (g.iverb!.startsWith(',') && !endsInvertedSpeaker(text.slice(end, end + 40))) return { words, names: words.map(() => false), joined };
  return { words, names: capsSecond(words, invertedNameWords(words, joined), joined), joined };
}

/**
 * A speaker's second word in capitals is a surname only after a name, and only where it can be one
 * ("Maya LOPEZ said"; not "Then NASA said", "Maya OK said"; see capsNamed). Joined by "and", it is a
 * speaker of its own, a name wherever it can be one, whatever the first is ("Mom and JORDAN said").
 */
function capsSecond(words: readonly string[], names: boolean[], joined: boolean): boolean[] {
  if (words.length < 2 || !inCapitals(words[1]!)) return names;
  const first = names[0]!;
  return [first, (joined || first) && capsNamed(words[1]!)];
}

/** A text with the names after its reporting verbs redacted (`"…," said [name]`, `…, says [name] and Mom`). */
function redactInverted(text: string): string {
  return text.replace(INVERTED, (whole: string, ...rest: unknown[]) => {
    const g = rest[rest.length - 1] as Groups;
    const { names, joined } = invertedAt(text, (rest[rest.length - 3] as number) + whole.length, g);
    if (!names[0] && !names[1]) return whole;
    if (names.length === 1) return `${g.iverb}[name]`;
    if (joined) return `${g.iverb}${names[0] ? '[name]' : g.i1}${g.igap}${names[1] ? '[name]' : g.i2}`;
    return `${g.iverb}[name]${names[1] ? '' : `${g.igap}${g.i2}`}`;
  });
}

/** A text with the names before and after its reporting verbs redacted ("[name] said", "Then [name] asked", `"…," said [name]`); `reports`, where the caller knows it, says whether it may hold any (see mayReport). */
function redactReported(text: string, capitalInside: boolean, reports = mayReport(text, capitalInside)): string {
  if (!reports) return text;
  // With no capital after a space, no name can follow a verb.
  const inverted = capitalInside ? redactInverted(text) : text;
  return inverted.replace(REPORTED, (whole: string, ...rest: unknown[]) => {
    const g = rest[rest.length - 1] as Groups;
    const { names, joined, listed } = reportedAt(inverted, rest[rest.length - 3] as number, g);
    if (!names.includes(true) && !listed.some((l) => l.names.includes(true))) return whole;
    const list = listed.map((l) => `${listedText(l)}${l.separator}`).join('');
    if (names.length === 1) return `${list}${names[0] ? '[name]' : g.r1}`;
    // Two speakers joined by "and", each a name or not ("[name] and Mom said").
    if (joined) return `${list}${names[0] ? '[name]' : g.r1}${g.rgap}${names[1] ? '[name]' : g.r2}`;
    if (names[0]) return `${list}[name]${names[1] ? '' : `${g.rgap}${g.r2}`}`;
    return `${list}${names[1] ? `${g.r1}${g.rgap}[name]` : `${g.r1}${g.rgap}${g.r2}`}`;
  });
}

/** A cued word as a name to redact elsewhere: without a possessive, undefined when it is not a name. */
function cuedWord(word: string | undefined, isName: (word: string) => boolean, surname = false): string | undefined {
  if (word === undefined) return undefined;
  const bare = word.replace(/['’]s$/u, '');
  // A surname may be a word never a name otherwise ("Maya White"; see neverSurname).
  return isName(bare) && !(surname ? neverSurname : neverName)(bare.toLowerCase()) ? bare : undefined;
}

/**
 * The names a cue introduces anywhere in `texts` ("my friend Sofia Ruiz", "I'm Maya Lopez", "like Ava
 * said", "Maya said", "Jordan told us"), each in full and each of its words. Whoever is introduced once is the same person wherever
 * else the folder names them ("Sofia said that too", "Ruiz is her last name"), so these are redacted
 * from every text, though only where capitalised, as a roster's surnames are (see makeRedactor's
 * `parts`): a cue is a guess, and a guessed word must not take an ordinary word from every answer.
 * Sorted, distinct, as written.
 */
export function cuedNames(texts: Iterable<string>, kept: ReadonlySet<string> = new Set()): string[] {
  const found = new Set<string>();
  const add = (g: Groups, isName: (word: string) => boolean): void => {
    if (g.like !== undefined && likeAuthor(g)) return;
    // A byline's role word or title ("Principal Okafor said", "Coach Kim wrote") is no name: the word
    // after it is, alone (the redactor keeps the role word; see role-titles.ts).
    const role = g.b1 !== undefined && g.b2 !== undefined && isRoleOrTitle(g.b1);
    const first = cuedWord(role ? g.b2 : (g.c1 ?? g.l1 ?? g.s1 ?? g.b1), isName);
    if (first === undefined) return;
    found.add(first);
    if (role) return;
    const second = cuedWord(g.c2 ?? g.l2 ?? g.s2 ?? g.b2, g.cue !== undefined ? cueSurname(g.cue, isName) : (word) => surnameAfter(word, isName), true);
    if (second !== undefined) found.add(second).add(`${first} ${second}`);
  };
  // A reported speaker's words that are names, and a first name and surname together as one.
  const addSpeaker = (speaker: readonly string[], named: readonly boolean[], together: boolean): void => {
    speaker.forEach((word, i) => named[i] && found.add(word));
    if (together && named.length === 2 && named.every(Boolean)) found.add(speaker.join(' '));
  };
  // The listed given names of pairs ("Lexi" of "Jay and Lexi"), kept apart until every text is read: a word the folder writes as a place's is none.
  const paired = new Set<string>();
  const all: string[] = [];
  for (const text of texts) {
    all.push(text);
    if (mayHoldByline(text)) for (const match of text.matchAll(BYLINES)) add(match.groups as Groups, looksLikeOwnName);
    const capital = CAPITAL_AFTER_SPACE.test(text);
    if (mayReport(text, capital)) {
      for (const match of text.matchAll(REPORTED)) {
        const { words, names, joined, listed } = reportedAt(text, match.index, match.groups as Groups);
        addSpeaker(words, names, !joined);
        for (const l of listed) addSpeaker(l.words, l.names, true);
      }
      if (capital) {
        for (const match of text.matchAll(INVERTED)) {
          const { words, names, joined } = invertedAt(text, match.index + match[0].length, match.groups as Groups);
          addSpeaker(words, names, !joined);
        }
      }
    }
    if (!capital || !CAPITALISED_WORD_AFTER_SPACE.test(text)) continue;
    // A bare name's surname ("Ruiz" of "I agree with Sofia Ruiz"; see bare-names.ts).
    for (const name of bareSurnames(text, kept)) found.add(name);
    if (NAME_PAIR_HINT.test(text)) for (const name of pairNames(text)) paired.add(name);
    for (const match of text.matchAll(CUES)) {
      const g = match.groups as Groups;
      add(g, g.self !== undefined ? looksLikeOwnName : g.cue !== undefined ? cueNamed(g.cue) : looksLikeName);
    }
  }
  const places = writtenAsPlaces(new Set([...paired].filter((n) => !n.includes(' '))), all);
  for (const name of paired) if (!name.split(' ').some((w) => places.has(w))) found.add(name);
  return [...found].sort();
}

/**
 * The names a pair gives the whole folder ("Jay and Lexi", "Priya and Lexi Chen"): of the words pairNamed
 * takes, only a listed given name (see listedGivenName), with the surname of a full name it opens (see
 * fullNameInPair) and the two together. Its neighbour, which may be a place or a game ("Victoria and
 * Vancouver", "Lexi and Fortnite"), is lost in that pair only.
 */
function pairNames(text: string): string[] {
  const out: string[] = [];
  NAME_PAIR.lastIndex = 0;
  for (let m = NAME_PAIR.exec(text); m !== null; m = NAME_PAIR.exec(text)) {
    const g = m.groups as { pa: string; pgap: string; pjoin: string; pb: string };
    NAME_PAIR.lastIndex = m.index + g.pa.length + g.pgap.length;
    const pair = pairNamed(g.pa, g.pb, g.pjoin);
    const end = NAME_PAIR.lastIndex + g.pb.length;
    const full = pair[1] ? FULL_NAME_AFTER.exec(text.slice(end, end + 40)) : null;
    if (pair[0] && listedGivenName(g.pa) && !CAPITALISED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) out.push(g.pa);
    if (!pair[1] || !listedGivenName(g.pb)) continue;
    if (full === null) {
      if (!CAPITALISED_AFTER.test(text.slice(end, end + 40))) out.push(g.pb);
    } else if (fullNameInPair(g.pb, full[1]!)) out.push(g.pb, full[1]!, `${g.pb} ${full[1]}`);
  }
  return out;
}

/** Which of `names` the folder writes after a word of place ("in Victoria", "to Victoria", "from Regina"): places there, no names of the folder's. One scan of the texts for all of them. */
function writtenAsPlaces(names: ReadonlySet<string>, texts: readonly string[]): Set<string> {
  const places = new Set<string>();
  if (names.size === 0) return places;
  const place = new RegExp(String.raw`(?<![\p{L}\p{N}_])(?:[Ii]n|[Tt]o|[Ff]rom|[Aa]t|[Nn]ear|[Ii]nto|[Aa]round|[Aa]cross|[Tt]hrough|[Vv]isit(?:ed|ing)?|[Dd]owntown|[Ss]outh|[Nn]orth|[Ee]ast|[Ww]est)[ \t]+(${[...names].map(escapeWord).join('|')})${NOT_WORD_AFTER}`, 'gu');
  for (const text of texts) for (const m of text.matchAll(place)) places.add(m[1]!);
  return places;
}

/** Options of {@link makeRedactor}. */
export interface RedactorOptions {
  /** Whether texts that hold no piece of any name skip the name pass (default true; tests turn it off). */
  prefilter?: boolean;
  /**
   * The texts the redactor will be given, or most of them: only the names they can hold are compiled
   * into the pattern used on them. A text with a word none of them has is matched against every name,
   * so this never changes what is redacted, only what is compiled.
   */
  texts?: Iterable<string>;
  /**
   * Words, lower case, never taken for a bare name (see bare-names.ts): the words of the folder's
   * attribute values and questions, and the bare names it writes as places ("moved to Victoria").
   */
  kept?: ReadonlySet<string>;
}

// Fewer names compile in a blink: the texts are not read ahead for them.
const FILTER_MIN_NAMES = 2000;

/** The name pass (URLs, placeholders and names) and the hashtag pass, undefined without names. */
interface NamePatterns {
  namePass?: RegExp;
  hashtagPass?: RegExp;
}

/** The patterns of the name and hashtag passes for `names` and, for hashtags, `joined` (see joinedNames). */
function namePatterns(names: readonly string[], joined: readonly string[]): NamePatterns {
  const nameSource = compileNames(names);
  // The hashtags have their own pass, run only on texts with a "#": as one more alternative of the name
  // pass it would be tried at every position of every text.
  const hashtagSource = compileNames(joined);
  return {
    // Run on folded text (see foldText), which is in lower case.
    ...(nameSource ? { namePass: new RegExp(`(${URL})|(\\[(?:${PLACEHOLDER_WORDS})\\])|${NOT_WORD_BEFORE}(?:${nameSource})(s?)${NOT_WORD_AFTER}`, 'gu') } : {}),
    ...(hashtagSource ? { hashtagPass: new RegExp(`(${URL})|#(?:${hashtagSource})${NOT_WORD_AFTER}`, 'gu') } : {}),
  };
}

/** `make()`, called once, on first use. */
function lazily<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/**
 * Build a redactor for one corpus.
 *
 * `names` are every roster name and speaker label ("Priya Sandhu", "Priya"); `parts` are the words of
 * the longer ones ("Priya", "Sandhu": see {@link nameParts}). All are compiled once into a single
 * trie-shaped regex, so redacting is one pass per text whatever the roster size. Matching is whole-word,
 * longest name first, case-insensitive, and forgives accents, curly apostrophes and hyphen variants.
 * Names that are also common English words (Grace, Will, Hope …) and parts that are not names on their
 * own are replaced only when capitalised (a surname Small or Rice must not take "small classes" or
 * "rice" from a text), and at a sentence start a common-word name is read as the word where the word
 * after makes it one ("Will you help?", "Mark my words", "Grace period"; see readsAsWord). One-letter
 * initials and role labels ("Facilitator", "Student") are not treated as names. A hyphenated name broken
 * at a line's end ("Jean-⏎Luc") is still the name; so is a full name run together in a hashtag
 * ("#mayalopez"), a name in Chinese, Japanese or Korean script without its space or in either order
 * ("王芳" for "芳 王"), and a capitalised name with an "s" inside a sentence before a lower-case word
 * ("Mayas idea", a possessive without its apostrophe; see keepPlural).
 *
 * Independently of the roster it replaces: a title and surname ("Mr. Dhillon", "Ms Lee") by `[name]`;
 * emails by `[email]`; North American phone numbers by `[phone]`; @handles by `[handle]`; and, as a
 * conservative heuristic, capitalised words right after a cue that nearly always introduces a person
 * ("my friend Sam", "her sister Maya", "a kid named Jonah", "his name is Theo", "like Ava said"), or
 * right before a reporting verb ("Maya said", "Jordan told us"; see reportedNameWords) or right after one
 * that follows a quote or a comma (`"It's unfair," said Maya`; see invertedNameWords). The heuristic
 * prefers precision: acronyms, sentence words, days and months after a cue are left alone,
 * "named"/"called" count only after a person noun, so "a program called Youth TRAIN" survives, and
 * "Everyone said", "Mom says", "The Principal said" keep their words.
 * URLs are kept verbatim (and names inside them are not touched), save a link to a social media profile,
 * whose profile part is a handle ("instagram.com/[handle]"; see redactSocialUrl).
 */
export function makeRedactor(names: readonly string[], parts: readonly string[] = [], options: RedactorOptions = {}): (text: string) => string {
  const whole = new Set(names.map(nameWordKey));
  const kept = options.kept ?? new Set<string>();
  // A short form of a given name that is no word ("Sammy", "Alex", "Kat") is found in any case, as the given name is.
  const capitalOnly = new Set(parts.filter((p) => !isAnyCaseShortForm(p)).map(nameWordKey).filter((p) => !whole.has(p)));
  // Names in Chinese, Japanese or Korean script are written without a space, family name first or last.
  const all = [...names, ...parts, ...unspacedOrders(names)];
  const joined = joinedNames(names);
  const named = all.length > 0;
  // Compiled on first use: a big roster's pattern takes V8 a second or more to compile.
  const every = lazily(() => namePatterns(all, joined));
  // The pieces of the texts to come, and the pattern of only the names they can hold: a district roster
  // holds tens of thousands of names, and a survey mentions a few hundred of them.
  const seen = options.texts === undefined || all.length < FILTER_MIN_NAMES ? undefined : textPieces(options.texts);
  const likely = seen === undefined ? every : lazily(() => namePatterns(all.filter((n) => mayOccur(n, seen)), joined.filter((n) => mayOccur(n, seen))));
  // A text whose every piece was among the texts announced can hold only the names they can hold.
  const patternsFor = (text: string): NamePatterns => (seen !== undefined && onlyPieces(text, seen) ? likely() : every());
  // Tests turn the pre-check off to show it never changes the result.
  const pieces = options.prefilter === false ? undefined : namePieces(all);
  const particles = surnameParticles(names);
  const surnames = surnameKeys(names, whole);
  // The one-word names, for a name glued to an address's ending ("Priya.Me"; see gluedName).
  const single = new Set([...whole, ...parts.map(nameWordKey)].filter((key) => !key.includes(' ')));
  // The one-word names and their pieces run together, for a hashtag's words ("#teamPriya", "#JeanLucRocks"; see redactCamelHashtags).
  const hashtagKeys = lazily(() => {
    const keys = new Map<string, boolean>();
    for (const key of single) if (!COMMON_WORD_NAMES.has(key)) keys.set(key.replace(/[-‐‑–'\s]/g, ''), capitalOnly.has(key));
    return keys;
  });
  /**
   * A known name before an address's ending with no space ("I worked with Priya.Me and Dev", "ask
   * Jordan.com lol": a sentence run into the next, or a name typed as a link) is the name, as anywhere
   * else (see keepAsWord), where the address is only that word and its ending: a real link ("www.",
   * "://", a path, a sub-domain) is kept as written.
   */
  const gluedName = (address: string, input: string, start: number): string | undefined => {
    const m = WORD_AND_ENDING.exec(address);
    if (m === null || !single.has(nameWordKey(m[1]!)) || keepAsWord(m[1]!, input, start, capitalOnly)) return undefined;
    return `[name]${m[2]}`;
  };
  // A surname redacted takes the particles its name has before it ("de Souza" → [name], not "de [name]").
  const withParticles = (input: string, start: number, end: number, name = input.slice(start, end)) => ({ replacement: '[name]', start: particleStart(input, start, name, particles), end });

  return (text: string): string => {
    if (text === '') return text;
    const at = text.includes('@');
    const digits = /\d/.test(text);
    let out = text;
    // Titles, cued names and "like … said" all need a capital after a space, or a title typed in lower
    // case; emails and handles an "@" or an app's name; phones a digit; a social profile's link a ".com/" or ".net/". A
    // text with none of these (most answers) cannot change in the first pass.
    const capital = CAPITAL_AFTER_SPACE.test(text);
    // Without a capital after a space, one scan says whether an app's name or a role word may be there.
    const appOrRole = !capital && APP_OR_ROLE_HINT.test(text);
    if (at || digits || capital || LOWER_TITLE_HINT.test(text) || mayHoldSocialUrl(text) || (appOrRole && APP_HINT.test(text))) {
      const passOne = PASS_ONE[(at ? 2 : 0) + (digits ? 1 : 0)]!;
      out = text.replace(passOne, (whole: string, ...rest: unknown[]) => redactPassOne(whole, rest[rest.length - 1] as Groups));
    }
    // A role word before a name needs a capital after a space too, and a role word's end before it: the
    // full pattern tried at every position of every such answer cost a 200,000-answer survey half a second.
    if (capital && ROLE_HINT.test(out)) out = redactRoleTitles(out);
    out = redactBylines(out);
    out = redactAttribution(out);
    // Without names (a survey keyed by student numbers) there is nothing for either pass to find, and no
    // text need be read for a name's pieces (a scan of every text: a sixth of the bench's run).
    const hashtagPass = named && out.includes('#') ? patternsFor(out).hashtagPass : undefined;
    if (hashtagPass) out = replaceFolded(out, hashtagPass, (match) => (match[1] !== undefined ? undefined : '#[name]'));
    if (named && out.includes('#')) out = redactCamelHashtags(out, hashtagKeys());
    // The name pass tries the names at every position, which a big roster makes slow; a text that holds
    // no piece of any name (most) cannot change in it.
    const namePass = named && (pieces === undefined || mayHoldName(out, pieces)) ? patternsFor(out).namePass : undefined;
    if (namePass) {
      out = replaceFolded(out, namePass, ([, url, placeholder, s], input, start, end) => {
        if (url !== undefined) return gluedName(input.slice(start, end), input, start);
        if (placeholder !== undefined) return undefined;
        const whole = input.slice(start, end);
        // "Mayas": the name with an "s" after it.
        if (s === 's') return keepPlural(whole, input, start, capitalOnly) ? undefined : withParticles(input, start, end, input.slice(start, end - 1));
        if (keepAsWord(whole, input, start, capitalOnly)) return undefined;
        // A surname is followed by no surname of its own: "Young Leaders club", "Chase Bank" keep the word after.
        return { ...withParticles(input, start, end), end: surnames.has(nameWordKey(whole)) ? end : surnameEnd(input, end) };
      });
    }
    // After the names known: a known name's pieces ("Jean-⏎Luc") are the name pass's to join.
    // (A name put in by the passes before is "[name]": no capital after a space that the text lacked.)
    // A role and a surname typed in lower case before a reporting verb ("coach [name] said"): the verb is
    // sought where a capital after a space sends the text to reported speech anyway, or a role word is there.
    // A role word and a surname typed in lower case ("coach [name] said", "i asked coach [name]"): a text
    // without a capital after a space is sought only where the apps' and roles' hint found a role word.
    if (capital || appOrRole) out = redactLowerRoleNames(out);
    out = redactReported(out, capital, capital ? REPORTING_HINT.test(out) : undefined);
    // A listed given name that is no English word, bare ("I agree with Sofia"; see bare-names.ts): after
    // reported speech, which reads a list of speakers whole ("Maya, Jordan, and Dev agreed").
    out = redactBareNames(out, kept);
    // A pair's words are capitalised, so a text without a capital after a space holds none.
    if (capital && NAME_PAIR_HINT.test(out)) out = redactPairs(out);
    // A name typed in lower case after a cue ("my friend [name]", "i sat with [name]", "ask [name]"; see lower-cues.ts).
    out = redactLowerCuedNames(out);
    // "[name] [name]" from a first and last name matched separately reads as one person, and so does a
    // name and the initial of its surname ("Sam T." → "[name]").
    return out.includes('[name]') ? out.replace(/\[name\](?:\s*\[name\])+/g, '[name]').replace(NAME_AND_INITIAL, '[name]') : out;
  };
}

// A hashtag of words run together with capitals between them ("#teamPriya", "#JeanLucRocks"), not in an address.
const CAMEL_HASHTAG = /(?<![\p{L}\p{N}_/&#])#([\p{L}\p{M}\p{N}_]*\p{Ll}[\p{L}\p{M}\p{N}_]*)/gu;
// A hashtag's words: a capital and the small letters after it, or small letters alone.
const CAMEL_WORD = /\p{Lu}[\p{Ll}\p{M}]*|\p{Ll}[\p{Ll}\p{M}]*|[\p{N}_]+|\p{Lu}+(?!\p{Ll})/gu;

/**
 * A text with the names inside its hashtags of several words replaced ("#teamPriya" → "#team[name]",
 * "#JeanLucRocks" → "#[name]Rocks"): a name is one of its words, or two or three run together, that is
 * a known one-word name (`keys`, run together, saying whether it is capital-only; see hashtagKeys). A
 * capital-only name must be capitalised there; a name that is also a word (Grace, Hope) is left alone.
 */
function redactCamelHashtags(text: string, keys: ReadonlyMap<string, boolean>): string {
  if (keys.size === 0) return text;
  return text.replace(CAMEL_HASHTAG, (whole: string, tag: string) => {
    const words = tag.match(CAMEL_WORD) ?? [];
    if (words.length < 2) return whole;
    let out = '';
    let changed = false;
    for (let i = 0; i < words.length; i++) {
      let taken = 0;
      for (let n = Math.min(3, words.length - i); n >= 1 && taken === 0; n--) {
        const run = words.slice(i, i + n);
        const capitalOnly = keys.get(foldName(run.join('').toLowerCase()));
        if (capitalOnly === undefined || (capitalOnly && !/^\p{Lu}/u.test(run[0]!))) continue;
        taken = n;
      }
      if (taken === 0) {
        out += words[i];
        continue;
      }
      out += out.endsWith('[name]') ? '' : '[name]';
      changed = true;
      i += taken - 1;
    }
    return changed ? `#${out}` : whole;
  });
}

// A name and one capital with a full stop after it, its surname's initial ("[name] T. was helpful"); not
// a middle initial before a surname or a school's next word ("Sir [name] A. Macdonald Secondary").
const NAME_AND_INITIAL = /\[name\][ \t]+\p{Lu}\.(?![\p{L}\p{N}])(?![ \t]+\p{Lu}\p{Ll})/gu;

/**
 * The keys (see nameWordKey) of the surnames of `names` ("Rivers" of "Summer Rivers", "Sandhu" of "Sandhu,
 * Priya"), save a word that is a given name or a name of one word too (`whole`): the word after a surname
 * is not taken for a surname of its own (see surnameEnd).
 */
function surnameKeys(names: readonly string[], whole: ReadonlySet<string>): Set<string> {
  const keys = new Set<string>();
  for (const name of names) {
    const comma = name.indexOf(',');
    const spaced = name.normalize('NFC').trim().split(/\s+/);
    // Before a comma; after the first word that is no role or title ("Summer Rivers", "Ms. Jane Rivers");
    // or the one word after a title ("Ms. Kaur").
    const head = roleHeadLength(spaced);
    const body = spaced.slice(head);
    const rest = comma >= 0 ? name.slice(0, comma) : body.length >= 2 ? body.slice(1).join(' ') : head > 0 ? body.join(' ') : '';
    for (const word of nameWords(rest)) {
      const key = nameWordKey(word);
      if (!whole.has(key)) keys.add(key);
    }
  }
  return keys;
}

/**
 * The particles each surname has before it in `names` ("Ana de Souza" and "de Souza, Ana": souza → de;
 * "Pieter van der Berg": berg → van der), by {@link nameWordKey} of the surname, lower case, longest first.
 */
function surnameParticles(names: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const name of names) {
    const words = name.normalize('NFC').trim().split(/[\s,]+/);
    for (let i = 0; i < words.length; i++) {
      let j = i;
      while (j < words.length && PARTICLE_WORD.has(canonicalName(words[j]!))) j++;
      if (j === i || j === words.length) continue;
      const key = nameWordKey(words[j]!);
      const run = words.slice(i, j).map(canonicalName).join(' ');
      const list = out.get(key) ?? out.set(key, []).get(key)!;
      if (!list.includes(run)) list.push(run);
      i = j;
    }
  }
  for (const list of out.values()) list.sort((a, b) => b.length - a.length);
  return out;
}
const PARTICLE_WORD: ReadonlySet<string> = new Set(NAME_PARTICLES);

/**
 * Where a surname matched at `start` begins with its particles: at the particles a roster or speaker name
 * writes before it ("I asked de Souza" for Ana de Souza), in any case, right before it; else `start`. A
 * particle before another surname, or before none ("de" in a French answer, "the van"), is a word.
 */
function particleStart(text: string, start: number, match: string, particles: ReadonlyMap<string, string[]>): number {
  const runs = particles.get(nameWordKey(match));
  if (runs === undefined) return start;
  const before = text.slice(Math.max(0, start - 40), start);
  for (const run of runs) {
    const m = new RegExp(`${run.split(' ').map(escapeWord).join('\\s+')}\\s+$`, 'iu').exec(before);
    if (m === null) continue;
    const at = start - (before.length - m.index);
    // The run must be whole words: "Rode Souza" does not end in "de".
    if (at > 0 && /[\p{L}\p{M}\p{N}_'’]/u.test(text[at - 1]!)) continue;
    return at;
  }
  return start;
}

function escapeWord(word: string): string {
  return word.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

// A capitalised word right after a name, on the same line: "Maya Chen" where only Maya is known.
const WORD_AFTER_NAME = new RegExp(String.raw`^[ \t]+(${ANY_CAP_WORD})${NOT_WORD_AFTER}`, 'u');

/**
 * Where a name that ends at `end` of `text` ends with its surname: a known first name followed by a
 * capitalised word that can be a name ("Maya Chen said", where the roster or a speaker label knows only
 * Maya) takes that word too, without its possessive ("Maya Chen's idea"), since a surname next to a
 * first name names the student as surely as the roster would. Words that are never names ("Maya
 * Science", "Maya Anything else?" in unpunctuated captions) are left.
 */
function surnameEnd(text: string, end: number): number {
  const after = WORD_AFTER_NAME.exec(text.slice(end, end + 64));
  if (after === null) return end;
  const word = after[1]!.replace(/['’]s$/u, '');
  if (!surnameAfterName(word)) return end;
  return end + after[0].length - (after[1]!.length - word.length);
}

/**
 * Replace the matches of a name pattern, which is run on the text folded (see foldText) and so finds a
 * name however its letters are typed. `decide` is given each match, the text and where the match is
 * in it, and says what replaces it, or undefined to keep it.
 */
function replaceFolded(
  text: string,
  pattern: RegExp,
  decide: (match: RegExpExecArray, text: string, start: number, end: number) => string | { replacement: string; start?: number; end: number } | undefined,
): string {
  const fold = foldText(text);
  let out = '';
  let kept = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(fold.folded); match !== null; match = pattern.exec(fold.folded)) {
    const start = textIndex(fold, match.index);
    if (start < kept) continue;
    const decided = decide(match, text, start, textIndex(fold, match.index + match[0].length));
    if (decided === undefined) continue;
    const { replacement, end } = typeof decided === 'string' ? { replacement: decided, end: textIndex(fold, match.index + match[0].length) } : decided;
    // A replacement may begin before the match (a surname's particles), never inside what was replaced.
    const from = typeof decided === 'string' || decided.start === undefined ? start : Math.max(decided.start, kept);
    out += text.slice(kept, from) + replacement;
    kept = end;
  }
  return kept === 0 && out === '' ? text : out + text.slice(kept);
}

// Scripts written without spaces between a family and a given name.
const UNSPACED_SCRIPT = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\s]+$/u;

/**
 * The other ways a name in Chinese, Japanese or Korean script is written: without its space, and family
 * name first or last ("芳 王" from First and Last Name columns → "芳王", "王芳", "王 芳").
 */
function unspacedOrders(names: Iterable<string>): string[] {
  const out: string[] = [];
  for (const name of names) {
    const words = name.trim().split(/\s+/);
    if (words.length < 2 || !UNSPACED_SCRIPT.test(name)) continue;
    const reversed = [...words].reverse();
    out.push(words.join(''), reversed.join(''), reversed.join(' '));
  }
  return out;
}

/** Names of two words or more run together, as a hashtag writes them ("Maya Lopez" → "MayaLopez"). */
function joinedNames(names: Iterable<string>): string[] {
  const out: string[] = [];
  for (const name of names) {
    const words = name.trim().split(/\s+/);
    if (words.length >= 2 && !UNSPACED_SCRIPT.test(name)) out.push(words.join(''));
  }
  return out;
}

// Runs of letters, marks and digits: the pieces words are made of, whatever joins them.
const PIECE = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Every piece of every spelling of every name, folded (see spellings), and the pieces of each word run
 * together ("Mary-Kate" gives mary, kate and marykate; "O'Neil" gives o, neil and oneil). Whatever the
 * name pass matches (a name, with its apostrophe, hyphen and space variants, in folded text) holds one
 * of them as a piece of the folded text, so a text without any cannot change in that pass.
 */
function namePieces(names: Iterable<string>): Set<string> {
  const pieces = new Set<string>();
  for (const name of names) {
    for (const spelling of spellings(name)) {
      for (const word of spelling.split(' ')) {
        const parts = word.match(PIECE) ?? [];
        for (const part of parts) pieces.add(part);
        if (parts.length > 1) pieces.add(parts.join(''));
      }
    }
  }
  return pieces;
}

const BETWEEN_PIECES = /[^\p{L}\p{M}\p{N}]+/u;

/** Whether `text` has a piece of some name (see namePieces): only then can the name pass change it. */
function mayHoldName(text: string, pieces: ReadonlySet<string>): boolean {
  for (const piece of piecesOf(text)) {
    if (pieces.has(piece)) return true;
    // "Mayas idea": a name with an "s" after it (see keepPlural).
    if (piece.endsWith('s') && piece.length > 2 && pieces.has(piece.slice(0, -1))) return true;
  }
  return false;
}

/** A text's pieces (see namePieces), folded as the name pass reads them. */
function piecesOf(text: string): string[] {
  return foldName(text).split(BETWEEN_PIECES);
}

/**
 * Every piece of `texts`, and each piece ending in "s" without it ("Mayas idea"; see keepPlural), with
 * the placeholders' words, which the first pass writes into a text.
 */
function textPieces(texts: Iterable<string>): Set<string> {
  const seen = new Set<string>(PLACEHOLDER_WORDS.split('|'));
  for (const text of texts) {
    for (const piece of piecesOf(text)) {
      seen.add(piece);
      if (piece.endsWith('s') && piece.length > 2) seen.add(piece.slice(0, -1));
    }
  }
  return seen;
}

/** Whether every piece of `text` is in `seen` (see textPieces). */
function onlyPieces(text: string, seen: ReadonlySet<string>): boolean {
  for (const piece of piecesOf(text)) if (!seen.has(piece)) return false;
  return true;
}

/**
 * Whether a name can be matched in a text whose pieces are all in `seen`: in one of its spellings, each
 * word is matched with its pieces apart (a space or an apostrophe between them is matched by one), so
 * every piece must be there, or all of them run together ("OBrien": an apostrophe may be left out); a
 * hyphen may be left out too ("JeanLuc"), so a hyphenated word needs only one of its pieces.
 */
function mayOccur(name: string, seen: ReadonlySet<string>): boolean {
  return spellings(name).some((spelling) =>
    spelling.split(' ').every((word) => {
      const pieces = word.match(PIECE) ?? [];
      if (pieces.length === 0) return true;
      if (seen.has(pieces.join(''))) return true;
      return word.includes('-') ? pieces.some((p) => seen.has(p)) : pieces.every((p) => seen.has(p));
    }),
  );
}

// Words of a name that are not names themselves: titles, particles ("van", "de") and suffixes.
const NOT_NAME_PARTS = new Set([...HONORIFICS, ...NAME_SUFFIXES, ...NAME_PARTICLES]);

/**
 * The words of a name, as written, that can name the person on their own: no titles, particles, initials
 * or role words, nor a role or a rank heading it ("Principal Okafor", "Staff Sergeant Moberly"); a hyphenated word, then each of its parts ("Nguyen-Tran", "Nguyen", "Tran"), since a
 * double-barrelled surname or given name is often said by one of them ("Nguyen is my last name", "Mary").
 */
function* nameWords(name: string): Generator<string> {
  const usable = (word: string): boolean => {
    const canonical = canonicalName(word);
    return !NOT_NAME_PARTS.has(canonical) && isMatchableName(canonical);
  };
  const words = name.normalize('NFC').trim().split(/[\s,]+/);
  // A role, a rank or a title heading the name is no word of it ("Principal Okafor", "Staff Sergeant Moberly"; see roleHeadLength).
  for (const raw of words.slice(roleHeadLength(words))) {
    const word = raw.replace(/\.+$/, '');
    if (!usable(word)) continue;
    yield word;
    const pieces = word.split(HYPHENS);
    if (pieces.length > 1) for (const piece of pieces) if (usable(piece)) yield piece;
  }
}
const HYPHENS = /[-‐‑–]/;

/**
 * The words of every name of two words or more, or hyphenated, that can stand for the person alone
 * ("Priya Sandhu" → "Priya", "Sandhu"; "Ms. Chen" → "Chen"; "Mary-Kate" → "Mary-Kate", "Mary", "Kate"):
 * people are named by first name or surname far more often than in full. Sorted, distinct, as written.
 */
export function nameParts(names: Iterable<string>): string[] {
  const parts = new Set<string>();
  for (const name of names) if (/\S\s+\S|\S[-‐‑–]\S/.test(name.trim())) for (const word of nameWords(name)) parts.add(word);
  return [...parts].sort();
}

/**
 * The given names among {@link nameParts}: the first word of "Priya Sandhu", the word after the comma of
 * "Sandhu, Priya", but never after a title ("Ms. Chen" has none). Students call each other by first name,
 * often in lower case ("me and priya"), and a given name is rarely also an ordinary word (those that are,
 * Grace or Will, stay capital-only), so given names are matched in any case; surnames, which more often
 * are words (Small, Rice), only when capitalised. Sorted, distinct, as written.
 */
export function givenNames(names: Iterable<string>): string[] {
  const given = new Set<string>();
  for (const name of names) {
    const comma = name.indexOf(',');
    const words = (comma >= 0 ? name.slice(comma + 1) : name).trim().split(/\s+/);
    if (comma < 0 && words.length < 2) continue;
    const first = words[0]?.replace(/\.+$/, '') ?? '';
    // After a title or a role word ("Ms. Chen", "Principal Okafor", "Nurse Amy") no word is a given name matched in any case.
    if (NOT_NAME_PARTS.has(canonicalName(first)) || (comma < 0 && roleHeadLength(words) > 0)) continue;
    const [word] = [...nameWords(first)];
    if (word !== undefined) given.add(word);
  }
  return [...given].sort();
}

/** The key a single word of a name is compared by: canonical, folded and without apostrophes ("Zoë", "ZOE" and "zoe" alike; "OBrien" as "O'Brien"; see foldName). */
export function nameWordKey(word: string): string {
  // Without apostrophes, as a name may be typed ("OBrien" is O'Brien's word, a surname as much as hers).
  return foldName(canonicalName(word)).replace(/'/g, '');
}

/** The keys (see {@link nameWordKey}) of every word of `names` that can name a person on its own. */
export function nameWordKeys(names: Iterable<string>): Set<string> {
  const keys = new Set<string>();
  for (const name of names) for (const word of nameWords(name)) keys.add(nameWordKey(word));
  return keys;
}

/** Whether a name is also a modal verb (Will, May), kept at a sentence's start before a pronoun ("Will we …?"). */
export function isModalName(name: string): boolean {
  return MODAL_NAMES.has(canonicalName(name));
}

/** Whether a name is also a common English word (Grace, Will), matched only when capitalised. */
export function isCommonWordName(name: string): boolean {
  return COMMON_WORD_NAMES.has(canonicalName(name));
}

const WORDS_AND_PLACEHOLDERS = new RegExp(`\\[(?:${PLACEHOLDER_WORDS})\\]|[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*`, 'gu');

/**
 * The share of a text's words that are placeholders ([name], [email] …), from 0 to 1; 0 for empty text.
 * Quote selection uses it to skip texts that are mostly redactions.
 */
export function placeholderShare(text: string): number {
  const words = text.match(WORDS_AND_PLACEHOLDERS) ?? [];
  if (words.length === 0) return 0;
  const placeholders = words.filter((w) => w.startsWith('[')).length;
  return placeholders / words.length;
}
