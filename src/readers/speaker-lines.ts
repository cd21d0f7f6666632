// The shared parser of speaker-labelled lines, used by the text, Markdown, DOCX and subtitle readers:
// what a speaker label looks like, when a label-like line really starts a turn, and how lines become
// turns. Supports `Name: text`, `**Name:** text`, `**Name**: text`, `__Name:__ text`, `[Name] text`,
// `NAME: text`, `Name Surname: text`, `Lopez, Maya: text`, `Ms. Chen: text`, `S3: text`, `Student A:`, `J.S.:`, `Q:`/`A:`, `I:`/`R:`, `Name (Gr 10): text`, `Student 3 (Gr 10): text`, `Student1: text`, `Student (Maya): text`, `Name (Counsellor): text`, timestamps before the name
// (`[00:01:02] Name:`, `(00:12) Name:`, `00:12 Name:`) or after it (`Name (00:12):`, `Name [1:02:03]:`,
// Zoom's `[Name] 10:02:33`, Rev's `Name: (00:12)`), blocks headed by a name and a time on a line of their
// own (Otter.ai's `Name  0:12`, `[0:12] Name`, `00:00:12 Name`, `Name (00:12)`, or Trint's time on one line and
// the name on the next) with the words below, Markdown headings, rules and
// list markers (never turn text), a time alone on a line (Google Meet's `00:05:00`) and Otter's and
// Meet's footers (never turn text), a class's writing in one file with each part headed `Name: Maya Lopez`
// or `# Maya Lopez` (one turn of hers per paragraph), and plain prose with no labels at all (one turn per paragraph).
import type { Turn, Warning } from '../model.js';
import { DATE_ALONE, isReflectionTitle, isTranscriptTitle, listedName, mayBeName, nameAlone, namesByWords, splitBylines, subjectAlone, titleAbove, writerHeading } from './bylines.js';
import { noteTurns } from './notes.js';
import { asksQuestion, labelledQuestion } from './section-headings.js';
import { readWebPage } from './web-page.js';
import { capitalisedAlternation, HONORIFICS, isAdultRole, isAnyoneLabel, isGroupLabel, isNumberedPerson, NAME_PARTICLES, NAME_SUFFIXES, NUMBERED_PEOPLE } from '../util/names.js';
import { firstFew } from '../util/text.js';
import { TS } from '../util/clock-time.js';

/** One physical line of a text file, or one line of a DOCX paragraph. */
export interface SourceLine {
  text: string;
  /** 1-based line (DOCX: paragraph number) reported in turns and warnings. */
  line: number;
  /** An item of a numbered list whose number is not in `text` (a Word document's, which Word numbers). */
  numbered?: true;
}

/** A line that is shaped like a speaker label, before the file-wide decision whether it is one. */
export interface LabelMatch {
  /** The name as written, whitespace collapsed. */
  speaker: string;
  /** The words after the label (may be empty: Otter headers, `Name:` alone on a line). */
  text: string;
  /** Seconds, from a timestamp before or after the name. */
  start?: number;
  /** A name in the label's aside that is not the speaker (`P1 (Maya):`, `Facilitator (Ms. Kaur):`). */
  alias?: string;
  /** An adult's or a facilitator's role in the aside after the speaker's name (`Priya Sandhu (Counsellor):`). */
  role?: string;
  /**
   * Whether the label's shape alone makes it a label: bold, bracketed, timestamped, Otter, an id like
   * S3, ALL CAPS, a role word, or two words or more. A plain one-word `Word:` is weak: see {@link acceptLabels}.
   */
  strong: boolean;
  /**
   * The name is written in lower case (`maya lopez:`, a Zoom display name as a student typed it): never
   * strong, and a label only where the name is one otherwise (see {@link acceptLabels}).
   */
  lowerCase?: true;
  /**
   * The line names whose writing follows, not who speaks (`Name: Maya Lopez` opening each student's
   * part of a class's reflections in one document): `speaker` is the name, and each paragraph below,
   * up to the next label, is a turn of theirs.
   */
  author?: true;
  /**
   * A line of a Zoom chat log (`00:03:40 From Maya Lopez to Everyone:`): `public` when sent to everyone,
   * `private` when sent to one person (a direct message, never analysed).
   */
  chat?: 'public' | 'private';
  /**
   * The name is one capital letter (`Q:`, `A:`, `I:`, `R:`): a label only where the file uses letters
   * consistently (see {@link acceptLabels}), since "A: …" also opens a list's item and "I: …" a sentence.
   */
  letter?: true;
  /** A label written `Lopez, Maya` and read as `Maya Lopez`: its two names as written (see pairLabels). */
  parts?: [string, string];
}

export { TS };
const TS_AFTER = String.raw`(?:\s*[\[(](${TS})[\])])?`;
const LEADING_TS = new RegExp(String.raw`^(?:\[(${TS})\]|\((${TS})\)|(${TS}))\s*(?:[-–—|]\s*)?`);
const BOLD_INSIDE = new RegExp(String.raw`^(\*\*|__)([^*_:]{1,40}?)${TS_AFTER}\s*:\s*\1\s*(.*)$`);
const BOLD_OUTSIDE = new RegExp(String.raw`^(\*\*|__)([^*_:]{1,40}?)${TS_AFTER}\s*\1${TS_AFTER}\s*:(?:\s+|$)(.*)$`);
const BRACKETED = /^\[([^\]:]{1,40})\]\s*(?::(?:\s+|$))?\s*(.*)$/;
// The colon must be followed by a space or the end of the line, so `https://…` and `10:30` are not labels.
// A name may carry an aside in brackets: `Jordan Okafor (Gr 10):`, `Student (Maya):` (see splitAside).
const PLAIN = new RegExp(String.raw`^([^:\[\]()*_#>|]{1,40}?(?:\s*\([^():\[\]]{1,30}\))?)${TS_AFTER}\s*:(?:\s+|$)(.*)$`);
const TS_THEN_TEXT = new RegExp(String.raw`^(${TS})(?:\s+(.*))?$`);
const OTTER = new RegExp(String.raw`^(\S.{0,39}?)(?:\s{2,}|\t)\s*(${TS})\s*$`);
// A block's header with the time in brackets after the name: `Maya Lopez (00:12)`, `Maya Lopez [0:12]`.
const HEADER_TS_AFTER = new RegExp(String.raw`^(\S.{0,39}?)\s*[\[(](${TS})[\])]$`);
// Rev puts the time after the colon: `Maya Lopez: (00:12)`, the words on the next line.
const TS_OPENING_TEXT = new RegExp(String.raw`^[\[(](${TS})[\])]\s*`);

// A Zoom chat log's message, after its time: `From Maya Lopez to Everyone:` (the words on the lines below,
// indented) or, in older logs, `From Maya Lopez : words` on one line; `to Ms. Kaur (Direct Message)` or
// `(Privately)` for a message to one person. Some versions write `To Everyone:`.
const CHAT = /^From\s+(.+?)(?:\s+[Tt]o\s+(.+?))?\s*:(?:\s+|$)(.*)$/;
const CHAT_TO_EVERYONE = /^Everyone\b/i;
// The date newer Zoom clients put before a chat message's time: `2025-03-11 14:10:02 From Maya Lopez to Everyone:`.
const CHAT_DATE = new RegExp(String.raw`^\d{4}-\d{2}-\d{2}\s+(?=${TS}\s+From\s)`);
// A cloud recording's saved chat (`…_RecordingnewChat.txt`): time, name and words apart by tabs,
// `00:10:44<tab>Maya Lopez:<tab>words`.
const CHAT_TABBED = new RegExp(String.raw`^(${TS})\t[ ]*([^\t:]{1,60}?)[ ]*:(?:\t(.*))?$`);
// What Zoom writes into a chat message that is not the sender's words: a reaction to another message, the
// quoted message a reply answers (`Replying to "…":` over the words, or without the colon, before them or
// over them: the quote whole, or cut short with "..."), and the reactions newer clients list under a
// message, one a line (`Maya Lopez:👍`), a name that may be no speaker's.
const CHAT_REACTION = /^(?:Reacted to|Removed a .{1,8} reaction from) ".*" ?(?:with .{1,8})?$/;
const CHAT_REPLYING = /^Replying to (?:".*":|"(?:[^"]*|.*?(?:\.\.\.|…))"(?=\s|$))\s*/;
const CHAT_REACTOR = /^[^:]{1,60}:\s?(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f)+$/u;

const HEADING = /^#{1,6}(?:\s|$)/;
const RULE = /^(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|(?:=\s*){3,})$/;
const MARKDOWN_BLOCK_MARKER = /^\s*(?:>\s*)*(?:[-*+]\s+|\d{1,3}[.)]\s+)?/;
// A list item's marker: a bullet (Word's and Google Docs' pasted ones too) or a number. A dash other than
// "-" is left out: "– A student" under a quote is its attribution, not a point of its own.
const LIST_ITEM = /^\s*(?:[-*+•◦▪▫‣⁃∙●○■□➢➤►✓✔]\s+|\d{1,3}[.)]\s+)/u;
// The footers Otter.ai and Google Meet add to every export, and the title, heading and notice Meet writes
// above the talk ("Grade 10 focus group (2024-03-14 15:05 GMT-7) - Transcript", `Transcript`, "This
// editable transcript was computer generated …"); they are not anyone's words.
const FOOTER =
  /^(?:Transcribed by https?:\/\/otter\.ai\/?|(?:Meeting|Transcription) ended after \d{1,2}:\d{2}(?::\d{2})?\b.*|.*\(\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}[^)]*\) - Transcript|Transcript|This editable transcript was computer generated\b.*)$/i;
// What Microsoft Teams writes into a transcript saved as a Word document that no one said: who started
// and stopped the transcription (a name, at the talk's start and end), and, under the meeting's title,
// when it started ("November 24, 2026, 3:02PM") and how long it ran ("12m 4s", "1h 3m 20s").
const TRANSCRIPTION_EVENT = /^\S.{0,60}? (?:started|stopped) transcription$/;
const MEETING_START = new RegExp(String.raw`^(.+?),?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?$`);
const MEETING_LENGTH = /^(?:\d{1,2}h(?:\s*\d{1,2}m)?(?:\s*\d{1,2}s)?|\d{1,2}m(?:\s*\d{1,2}s)?|\d{1,2}s)$/;

/** A meeting's start ("November 24, 2026, 3:02PM") or length ("12m 4s") alone on a line. */
function meetingTime(text: string): boolean {
  if (MEETING_LENGTH.test(text)) return true;
  const start = MEETING_START.exec(text);
  return start !== null && DATE_ALONE.test(start[1]!);
}

// A time alone on a line: Google Meet's mark every few minutes, some tools' paragraph stamps.
const TIME_ONLY = new RegExp(String.raw`^(?:\[${TS}\]|\(${TS}\)|${TS})$`);

// Capitalised or, in labels written in capitals ("MS. KAUR:", as screenplays and many transcribers write them), all caps.
const TITLE = new RegExp(
  `^(?:${capitalisedAlternation([...HONORIFICS, ...NAME_SUFFIXES])}|${[...HONORIFICS, ...NAME_SUFFIXES].map((w) => w.toUpperCase()).join('|')})\\.?$`,
);
// An initial, or a person's initials run together (`J.S.`), as researchers label speakers to hide them.
const INITIAL = /^(?:\p{Lu}\.){1,3}$/u;
const SINGLE_INITIAL = /^\p{Lu}\.$/u;
// One capital letter: a speaker by letter, after a role (`Student A`) or alone (`Q:`, `A:`, `I:`, `R:`).
const LETTER = /^\p{Lu}$/u;
const WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;
const ID = /^(?!Q\d)\p{Lu}{1,3}\d{1,3}$/u;
const NUMBER = /^\d{1,3}$/;
const PARTICLE = new RegExp(`^(?:${NAME_PARTICLES.join('|')})$`);

/** Speaker labels that name a role; always labels, whatever their shape. */
const ROLE_WORDS = new Set([
  'facilitator', 'co-facilitator', 'interviewer', 'interviewee', 'moderator', 'host', 'researcher',
  'teacher-facilitator', 'student', 'participant', 'respondent', 'speaker', 'teacher', 'unknown',
]);

// Words that start prose written as `Word: …` (notes, reflection-sheet prompts, transcriber asides) or
// that no name contains. A label containing one of them is never a speaker, which is what keeps
// "Note: the bus was late" inside a speaker's turn. Common given names (Grace, Will, May …) are left out.
const PROSE_WORDS = new Set(
  `a about action actions activity addendum advice after afternoon agenda aim all also an and answer
  answers anyway applause are aside at attendance attendees background basically be because before best
  big bonus break but btw by caveat challenge challenges claim class comment comments conclusion connections
  context correction criteria crosstalk date definition description details did disclaimer dislike
  dislikes do does done duration e.g edit edited end english evidence example examples explanation extra
  fact facts feedback feelings final finally first for fun fyi goal goals grade grow glow has have he
  her highlights hint his homework honestly how however i i.e idea ideas if important in inaudible info
  information is it item items its key laughter laughs learning lesson like likes link location lol main
  math maths me minus misc monday morning music my nb next no noise not note notes now objective
  observation observations of ok okay on or other others our outcome outcomes overall overlapping p.s
  pause period personally plus point points pro pros cons problem prompt ps purpose question questions
  quote re reason reasoning reasons recording reflection reflections reminder remember response result
  results science score second see session she side silence so solution source step steps strengths
  subject success summary sunday takeaway takeaways task that the their then there these they thing things
  think third this thoughts thursday time tip tips title to today todo tomorrow topic total transcribed
  transcriber transcript transcription tuesday unclear unit update was we website wednesday weaknesses
  well were what when where which who why wins with wish wishes wonders worst yes yesterday you your
  saturday friday yeah yep nope um uh hmm wait maybe sure right exactly totally thanks thank sorry hi hello hey oh
  some interesting thoughtful finding findings responses part section chapter overview introduction intro
  recommendation recommendations method methods methodology appendix acknowledgements acknowledgments
  theme themes barrier barriers conclusions general`.split(/\s+/),
);

/** Seconds for `m:ss`, `mm:ss` or `h:mm:ss` (fractions after `.` or `,`), rounded to milliseconds. */
export function parseTimestamp(value: string): number | undefined {
  const m = /^(\d+):(\d{2})(?::(\d{2}))?(?:[.,](\d{1,3}))?$/.exec(value.trim());
  if (!m) return undefined;
  const [h, min, s] = m[3] === undefined ? [0, +m[1], +m[2]] : [+m[1], +m[2], +m[3]];
  if (min > 59 || s > 59) return undefined;
  const ms = m[4] === undefined ? 0 : +m[4].padEnd(3, '0');
  return Math.round((h * 3600 + min * 60 + s) * 1000 + ms) / 1000;
}

/**
 * Whether `label` looks like a speaker's name or id: 1–4 words, each capitalised, ALL CAPS, an id (S3,
 * P12), a number after a word ("Student 3"), a title (Ms.), an initial (J.) or a name particle (de, van);
 * no sentence punctuation and no prose word (Note, Also, Example …).
 */
export function looksLikeName(label: string): boolean {
  const words = label.trim().split(/\s+/);
  if (label.trim().length === 0 || label.length > 40 || words.length > 4) return false;
  // A voice the transcriber numbers (`Other 2`, `Voice 1`) is a speaker, though "other" opens prose
  // ("Other: see notes", "Other ideas: …"): only the word with a number, and capitalised as labels are.
  if (words.length === 2 && WORD.test(words[0]!) && isNumberedPerson(label)) return true;
  // A letter after a role is its id, as a number would be: "Student A" is student A, not "a".
  const lettered = (w: string, i: number) => i > 0 && LETTER.test(w) && isRoleLabel(words[0]!);
  // An initial is no word of prose ("A. Nguyen" is not "a"), but initials that spell one are: "P.S.", "N.B.".
  if (words.some((w, i) => !SINGLE_INITIAL.test(w) && !lettered(w, i) && PROSE_WORDS.has(w.toLowerCase().replace(/\./g, '')))) return false;
  const first = words[0];
  if (!(WORD.test(first) || ID.test(first) || TITLE.test(first) || INITIAL.test(first))) return false;
  if (PARTICLE.test(words[words.length - 1]) && words.length > 1) return false;
  return words.every(
    (w, i) => WORD.test(w) || ID.test(w) || INITIAL.test(w) || (i > 0 && (NUMBER.test(w) || PARTICLE.test(w))) || TITLE.test(w) || lettered(w, i),
  );
}

/**
 * Whether the names heading a file's lines (one per header found) read as people taking turns: three
 * headers or more, of two names or more, one of them coming back (in any case). A file's few lines of
 * the same shape by chance, a day's plan or a template's fields, do not.
 */
export function namesTakeTurns(names: readonly string[]): boolean {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name.toLowerCase(), (counts.get(name.toLowerCase()) ?? 0) + 1);
  return names.length >= 3 && counts.size >= 2 && [...counts.values()].some((n) => n >= 2);
}

/** Whether a label is an id a transcriber gives a speaker (`S3`, `P12`). */
export function isIdLabel(label: string): boolean {
  return ID.test(label.trim());
}

/** Whether a label names a role (Facilitator, Interviewer, Student 3 …). */
export function isRoleLabel(label: string): boolean {
  const first = label.trim().split(/\s+/)[0].toLowerCase();
  return ROLE_WORDS.has(first) || first.split('-').some((part) => ROLE_WORDS.has(part) && part !== 'co');
}

/** Whether a name on its own is enough to make a label (id, ALL CAPS, role word, several words). */
function strongName(name: string): boolean {
  const words = name.split(' ');
  return (
    words.length > 1 ||
    ID.test(name) ||
    isRoleLabel(name) ||
    (/\p{Lu}.*\p{Lu}/u.test(name) && name === name.toUpperCase())
  );
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// An aside that gives a grade or a year (`Student 3 (Gr 10)`, `P2 (Year 9)`), not a name: as a name it
// would become the speaker, or an alias whose "Gr" was taken from every text.
const GRADE_ASIDE = /^(?:gr(?:ade)?|yr|year|form|g)\.?\s*\d{1,2}$|^\d{1,2}(?:st|nd|rd|th)\s+grade$/i;

/**
 * A role and its number written together, as some transcription services and spreadsheets export them
 * (`Student1`, `Participant12 (Gr 10)`, `Speaker2`), spaced as `Student 1` is, so the label is read as
 * one; any other word with a number (`Step1`, `Covid19`) is left as written.
 */
function spaceNumber(label: string): string {
  return label.replace(/^(\p{Lu}\p{Ll}+)(\d{1,3})(?=\s*\(|$)/u, (whole, word: string, number: string) => {
    const key = word.toLowerCase();
    return ROLE_WORDS.has(key) || NUMBERED_PEOPLE.has(key) ? `${word} ${number}` : whole;
  });
}

/**
 * A label's name and its bracketed aside, if any: `Jordan Okafor (Gr 10)` is Jordan Okafor; a role with a
 * name in brackets, `Student (Maya)`, is Maya (the person, so the name is linked and redacted); a name
 * with an adult's or a facilitator's role in brackets, `Priya Sandhu (Counsellor)`, is Priya Sandhu, with
 * the role kept to say she is staff.
 */
function splitAside(label: string): { speaker: string; aside: boolean; alias?: string; role?: string } {
  const m = /^(.*?)\s*\(([^()]{1,30})\)$/.exec(label);
  if (!m || m[1] === '') return { speaker: label, aside: false };
  const [, base, aside] = m as unknown as [string, string, string];
  const inner = collapse(aside);
  // The person stays the speaker, so every turn of theirs is found as staff, with or without the role
  // (`Priya Sandhu (Counsellor):` once, then `Priya Sandhu:`), and each adult is one speaker of their own.
  if (isStaffRole(inner) && !isRoleLabel(base) && !isAdultRole(base)) return { speaker: base, aside: true, role: inner };
  // An adult's role is no name to redact: `Teacher (Counsellor)` would take "counsellor" from every text.
  const isName = looksLikeName(inner) && !isRoleLabel(inner) && !isAdultRole(inner) && !ID.test(inner) && !GRADE_ASIDE.test(inner);
  // A student's role gives way to the name; a facilitator's role is kept, so they are still found as one.
  if (isName && isRoleLabel(base) && STUDENT_ROLES.has(base.trim().split(/\s+/)[0]!.toLowerCase())) return { speaker: inner, aside: true };
  // Otherwise a name in the aside is kept only to be redacted (`P1 (Maya):`, `Facilitator (Ms. Kaur):`,
  // `Parent (Mrs. Lopez):`), and to find an adult by the title in it.
  return { speaker: base, aside: true, ...(isName && (isRoleLabel(base) || isAdultRole(base) || ID.test(base.trim())) ? { alias: inner } : {}) };
}

/** Who a label or a voice tag names, as a turn keeps it (see {@link Turn}'s `speaker` and `alias`). */
export type LabelledSpeaker = Pick<LabelMatch, 'speaker' | 'alias' | 'role'>;

/**
 * The speaker a caption's voice tag names, as a label would: Teams writes the directory's display name,
 * so `Kaur, Harpreet` is Harpreet Kaur and `Maya Lopez (Guest)` or `Maya Lopez (she/her)` is Maya Lopez
 * (the same person as in a roster, a config file or another recording). A name in the aside of an id
 * or a role (`P1 (Maya)`, `Teacher (Ms. Chen)`) is the alias, as in a `P1 (Maya):` label: redacted, and
 * the role still says who speaks.
 */
export function voiceSpeaker(voice: string): LabelledSpeaker {
  const { speaker, alias, role } = splitAside(collapse(voice));
  if (alias !== undefined) return { speaker, alias };
  return { speaker: givenFirst(speaker) ?? speaker, ...(role !== undefined ? { role } : {}) };
}

/**
 * A name written surname first, `Lopez, Maya` (a school directory's display name, as Teams and Zoom
 * show it and their transcripts label turns), as `Maya Lopez`, so the speaker links to the roster and
 * their name is redacted in full; undefined for anything else. Each side must be a name on its own, so
 * prose that opens with a comma ("Honestly, I think:", "Well, yes:") is refused by the prose words.
 * A name in lower case (`lopez, maya`, typed by a student) is read the same way, and so is a surname
 * that opens with its particles in lower case, as a directory sorts it (`de Souza, Ana` → Ana de Souza,
 * `van der Berg, Pieter` → Pieter van der Berg).
 */
export function givenFirst(name: string): string | undefined {
  const m = /^([^,]+),\s*([^,]+)$/.exec(name);
  if (!m) return undefined;
  const isName = (part: string) => looksLikeName(part) || (part === part.toLowerCase() && looksLikeName(capitalise(part)));
  const isSurname = (part: string) => isName(part) || looksLikeName(withoutLeadingParticles(part));
  return isSurname(m[1]!.trim()) && isName(m[2]!.trim()) ? `${m[2]!.trim()} ${m[1]!.trim()}` : undefined;
}

/**
 * A surname without the particles it opens with (`de Souza` → Souza, `van der Berg` → Berg), or `''`
 * where nothing else is left: the rest must be a name on its own, so "de nada" stays prose.
 */
function withoutLeadingParticles(surname: string): string {
  const words = surname.split(/\s+/);
  let i = 0;
  while (i < words.length && PARTICLE.test(words[i]!)) i++;
  return i === 0 ? '' : words.slice(i).join(' ');
}

/** Role words for the people a transcript is of, not those who run it. */
const STUDENT_ROLES = new Set(['student', 'participant', 'respondent', 'speaker', 'interviewee']);

/** Whether an aside names the role of someone who is no student: an adult's (Teacher, Counsellor, Parent …) or a facilitator's. */
function isStaffRole(aside: string): boolean {
  const first = aside.split(' ')[0]!.toLowerCase();
  return isAdultRole(aside) || (isRoleLabel(aside) && !STUDENT_ROLES.has(first) && first !== 'unknown');
}

/**
 * A label's match, or undefined when the name does not look like one. A timestamp makes the label strong
 * unless `timeIsStrong` is false: a line that is only a time and a name could also be a note in prose
 * ("3:30 Practice"), so there the name must be strong on its own or recur (see acceptLabels).
 */
function label(name: string, text: string, ts: string | undefined, strongForm: boolean, timeIsStrong = true): LabelMatch | undefined {
  // A device's name for whoever joined on it (`Jamal's iPhone:`) names its owner.
  const owner = DEVICE_NAME.exec(collapse(name))?.[1];
  if (owner !== undefined) name = owner;
  const { speaker: written, aside, alias, role } = splitAside(spaceNumber(collapse(name)));
  const reordered = givenFirst(written);
  const speaker = reordered ?? written;
  // A chorus (`All:`, `Several students:`) is a turn of its own, though "all" opens prose too: as a
  // one-word label it needs other speakers in the file (see acceptLabels), never a strong shape alone.
  const group = /^\p{Lu}/u.test(speaker) && isGroupLabel(speaker);
  const letter = LETTER.test(speaker);
  const lowerCase = !group && !letter && !looksLikeName(speaker) && speaker === speaker.toLowerCase() && looksLikeName(capitalise(speaker));
  if (!group && !letter && !lowerCase && !looksLikeName(speaker)) return undefined;
  if (ts === undefined) {
    const opening = TS_OPENING_TEXT.exec(text);
    if (opening) [ts, text] = [opening[1], text.slice(opening[0].length)];
  }
  const start = ts === undefined ? undefined : parseTimestamp(ts);
  return {
    speaker,
    text,
    ...(start === undefined ? {} : { start }),
    ...(alias === undefined ? {} : { alias }),
    ...(role === undefined ? {} : { role }),
    // A name with a bracketed aside before a colon is a label's shape, not prose's.
    // Two names either side of a comma may also be prose ("Thanks, Maya: …"): the shape alone is not enough.
    strong: !lowerCase && !letter && (strongForm || aside || (timeIsStrong && start !== undefined) || (reordered === undefined && !group && strongName(speaker))),
    ...(lowerCase ? { lowerCase } : {}),
    ...(letter ? { letter } : {}),
    ...(reordered !== undefined ? { parts: written.split(',').map((p) => p.trim()) as [string, string] } : {}),
  };
}

// The name Zoom and Teams give someone who joined on a phone, tablet or laptop without naming themselves:
// the owner's name and the device ("Jamal's iPhone", "Maya's iPad (2)", "Sofia’s Galaxy A12").
const DEVICE_NAME =
  /^(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?)['’]s\s+(?:iPhone|iPad|iPod|iMac|MacBook(?:\s(?:Air|Pro))?|Mac|Galaxy(?:\s[\w+-]{1,12})?|Pixel(?:\s\w{1,6})?|Android|Chromebook|Surface(?:\s\w{1,6})?|Laptop|laptop|Phone|phone|Tablet|tablet|Computer|computer|PC)(?:\s*\(\d{1,2}\))?$/u;

/** Each word with a capital first letter: `maya lopez` → `Maya Lopez`. */
function capitalise(name: string): string {
  return name.replace(/(^|[\s-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

// A line saying whose writing follows (`Name: Maya Lopez`, `**Student name:** Jordan Okafor`).
const AUTHOR_LINE = /^(\*\*|__)?(name|student|student name|name of student|author|written by)\s*:\s*\1?\s*(.*)$/i;

/**
 * A line that names the author of the paragraphs below it and nothing else (`Name: Maya Lopez`), as a
 * class's reflections typed into one document head each student's part; undefined for any other line
 * (`Name: I forgot to write it`). `Student:` needs a name in full: `Student: Maya` may be a turn.
 */
export function parseAuthorLine(line: string): LabelMatch | undefined {
  const m = AUTHOR_LINE.exec(line.trim());
  if (!m) return undefined;
  const name = collapse(stripInlineMarkdown(m[3]!));
  if (!looksLikeName(name) || isRoleLabel(name) || ID.test(name)) return undefined;
  if (m[2]!.toLowerCase() === 'student' && name.split(' ').length < 2) return undefined;
  return { speaker: name, text: '', strong: true, author: true };
}

// Words of section headings that look like names ("Part Two", "Week One", "Field Trip").
const SECTION_WORDS = new Set(
  'part section chapter week day term unit lesson semester quarter trip project group work one two three four five six seven eight nine ten'.split(' '),
);

/** The person a heading names in full (`# Maya Lopez`), or undefined. */
function nameHeading(line: string): string | undefined {
  const name = collapse(stripInlineMarkdown(line.trim().replace(/^#{1,6}\s*/, '')));
  const words = name.split(' ');
  if (words.length < 2 || /\d/.test(name) || words.some((w) => SECTION_WORDS.has(w.toLowerCase()))) return undefined;
  return looksLikeName(name) && !isRoleLabel(name) ? name : undefined;
}

/**
 * The lines that head parts of a document with their writer's name (see {@link parseAuthorLine}):
 * `Name:` lines, two or more, or one with writing below it and nothing but a title above (a lone
 * `Name: Maya Lopez` under the writing is its signature: see bylines.ts); or, in writing with no
 * speaker labels and no `Name:` lines, headings that name people in full (`# Maya Lopez`), two or
 * more, every heading but a title above them. Such headings become text lines in `kinds`.
 */
function authorLines(lines: SourceLine[], kinds: Kind[]): (LabelMatch | undefined)[] {
  const found = lines.map((l, i) => (kinds[i] === 'text' ? parseAuthorLine(l.text) : undefined));
  const at = found.flatMap((m, i) => (m ? [i] : []));
  const text = (from: number, to: number) => kinds.slice(from, to).filter((k) => k === 'text').length;
  if (at.length === 1 && (text(0, at[0]!) > 1 || text(at[0]! + 1, lines.length) === 0)) return [];
  if (at.length > 0) return found;
  if (lines.some((l, i) => kinds[i] === 'text' && parseLabel(l.text) !== undefined)) return [];
  const headings = lines.flatMap((l, i) => (HEADING.test(l.text.trim()) ? [i] : []));
  const names = headings.map((i) => nameHeading(lines[i]!.text));
  const named = names.filter((n) => n !== undefined).length;
  if (named < 2 || names.slice(1).some((n) => n === undefined)) return [];
  for (const [k, i] of headings.entries()) {
    const name = names[k];
    if (name === undefined) continue;
    kinds[i] = 'text';
    found[i] = { speaker: name, text: '', strong: true, author: true };
  }
  return found;
}

// A speaker set apart from the words by a tab, not a colon (`Maya<tab>I liked it`), as a transcriber
// lays a transcript out in Word with a hanging indent; the name may be bold, with the tab inside the
// bold run or after it.
const TABBED = /^(\*\*|__)?([^\t:*_]{1,40}?)[ ]*(\*\*|__)?\t[\t ]*(\*\*|__)?(.*)$/;

/**
 * A line (a Word paragraph's first) with a tab after the speaker's name written as `Maya: …` (`**Maya:** …` when
 * bold), so the speaker-line parser decides whether it is a label as it does for a colon; else the line
 * as it is. Read as it was, the name ran into the words of a one-author reflection (`Maya I liked it`),
 * the facilitator's questions counted as answers. A line the parser reads already (Otter's `Maya<tab>0:12`)
 * and a table of contents' `Focus group 1<tab>3` are left alone.
 */
export function tabbedLabel(line: string): string {
  const m = TABBED.exec(line.trim());
  if (!m || parseLabel(line) !== undefined) return line;
  const [, open, name, close, after, text] = m as unknown as [string, string | undefined, string, string | undefined, string | undefined, string];
  // Bold around the name only: opened before it and closed right after it, before or after the tab.
  const bold = open !== undefined && (close === open) !== (after === open);
  if ((open !== undefined && !bold) || (open === undefined && (close ?? after) !== undefined)) return line;
  if (text.trim() === '' || /^\d+$/.test(text.trim())) return line;
  const label = bold ? `**${name}:** ${text}` : `${name}: ${text}`;
  return parseLabel(label)?.text === text.trim() ? label : line;
}


/** The speaker label a line starts with, if it has the shape of one (see {@link LabelMatch}). */
export function parseLabel(line: string): LabelMatch | undefined {
  let rest = line.trim();
  const dated = CHAT_DATE.exec(rest);
  if (dated) {
    const chat = parseLabel(rest.slice(dated[0].length));
    if (chat?.chat) return chat;
  }
  const tabbed = CHAT_TABBED.exec(rest);
  if (tabbed) {
    const match = label(tabbed[2]!, (tabbed[3] ?? '').trim(), tabbed[1], true);
    if (match) return { ...match, chat: 'public' };
  }
  let leading: string | undefined;
  const lead = LEADING_TS.exec(rest);
  if (lead) {
    leading = lead[1] ?? lead[2] ?? lead[3];
    rest = rest.slice(lead[0].length);
  } else {
    const otter = OTTER.exec(rest) ?? HEADER_TS_AFTER.exec(rest);
    const header = otter ? label(otter[1], '', otter[2], true) : undefined;
    if (header) return header;
  }
  if (leading !== undefined) {
    const chat = CHAT.exec(rest);
    const match = chat ? label(chat[1]!, chat[3]!, leading, true) : undefined;
    if (match) return { ...match, chat: chat![2] === undefined || CHAT_TO_EVERYONE.test(chat![2]) ? 'public' : 'private' };
  }
  let m = BOLD_INSIDE.exec(rest);
  if (m) return label(m[2], m[4], leading ?? m[3], true);
  m = BOLD_OUTSIDE.exec(rest);
  if (m) return label(m[2], m[5], leading ?? m[3] ?? m[4], true);
  m = BRACKETED.exec(rest);
  if (m) {
    // Zoom's text transcripts put the time after the bracketed name: `[Maya Chen] 10:02:33`.
    const after = TS_THEN_TEXT.exec(m[2]);
    return after && leading === undefined ? label(m[1], after[2] ?? '', after[1], true) : label(m[1], m[2], leading, true);
  }
  m = PLAIN.exec(rest);
  if (m) return label(m[1], m[3], leading ?? m[2], false);
  // A block's header: a time, then a name alone, the words on the lines below (`[0:12] Maya Lopez`).
  if (leading !== undefined) return label(rest, '', leading, false, false);
  return undefined;
}

/** Case- and spacing-insensitive key for comparing speaker names. */
export function speakerKey(name: string): string {
  return collapse(name).toLowerCase().replace(/\./g, '');
}


/**
 * Whether two labels name one speaker: the same label, and no two names beside it (`Teacher (Ms. Chen)`
 * and `Teacher (Mr. Osei)` are two people, whose turns are kept apart so that each name stays to redact).
 * Consecutive turns of one speaker are one turn, in captions and in text alike.
 */
export function sameSpeaker(a: { speaker?: string; alias?: string }, b: { speaker?: string; alias?: string }): boolean {
  if (a.speaker === undefined || b.speaker === undefined || speakerKey(a.speaker) !== speakerKey(b.speaker)) return false;
  return a.alias === undefined || b.alias === undefined || speakerKey(a.alias) === speakerKey(b.alias);
}

/**
 * Labels read as a name written surname first (`Maya, Jordan:` → "Jordan Maya") whose two names each
 * name another speaker of the file (`Maya:`, or the given name of `Maya Lopez:` or `Lopez, Maya:`): two
 * speakers answering together, `Maya and Jordan`, not a third.
 */
export function pairLabels(matches: (LabelMatch | undefined)[]): (LabelMatch | undefined)[] {
  return matches.map((m) =>
    m?.parts && otherThan(m, matches, m.parts[0]) && otherThan(m, matches, m.parts[1]) ? { ...m, speaker: `${m.parts[0]} and ${m.parts[1]}`, parts: undefined } : m,
  );
}

/** Whether some label other than `m`'s own names `name` (as the label, or as a speaker's given name). */
function otherThan(m: LabelMatch, matches: readonly (LabelMatch | undefined)[], name: string): boolean {
  const key = speakerKey(name);
  return matches.some(
    (o) => o !== undefined && speakerKey(o.speaker) !== speakerKey(m.speaker) && (o.parts ? speakerKey(o.parts[1]) === key : speakerKey(o.speaker) === key || speakerKey(o.speaker.split(' ')[0]!) === key),
  );
}

/**
 * Decide, for a whole file, which label-shaped lines start turns. Strong labels always do. A weak one
 * (a plain one-word `Word:`) does when the name is used as a label twice or more, is used elsewhere
 * as a strong label, is in `known` (names from front matter), or when the file already has other
 * speakers — so a student who speaks once is kept, while a prose word that opens one line of an
 * unlabelled reflection is not. Two or more different names that open at least half of the
 * `textLines` (non-blank lines) establish each other: a short exchange where everyone speaks once. Prose words (Note, Also, Example …) were already refused by
 * {@link looksLikeName}. A name in lower case (`maya lopez:`) is a label only where the file also
 * labels that speaker with capitals, where it opens two lines or more among other speakers, or where
 * labels of two speakers or more open half the `textLines` or more (a turn a line).
 */
export function acceptLabels(matches: (LabelMatch | undefined)[], known: string[] = [], textLines = Infinity): boolean[] {
  const letters = consistentLetters(matches);
  matches = matches.map((m) => (m?.letter && !letters.has(m.speaker) ? undefined : m));
  const counts = new Map<string, number>();
  const lowerCounts = new Map<string, number>();
  const established = new Set(known.map(speakerKey));
  for (const m of matches) {
    if (!m) continue;
    const key = speakerKey(m.speaker);
    if (m.lowerCase) {
      lowerCounts.set(key, (lowerCounts.get(key) ?? 0) + 1);
      continue;
    }
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (m.strong) established.add(key);
  }
  for (const [key, n] of counts) if (n >= 2) established.add(key);
  // Short talk where everyone speaks once: several different names opening most lines is a transcript.
  const labelLines = matches.filter(Boolean).length;
  if (counts.size >= 2 && labelLines * 2 >= textLines) for (const key of counts.keys()) established.add(key);
  const spoken = [...counts.keys()].filter((k) => established.has(k));
  const accepted = matches.map((m) => {
    if (!m || m.lowerCase) return false;
    const key = speakerKey(m.speaker);
    return m.strong || established.has(key) || spoken.length > 0;
  });
  // A name in lower case is a label where the file names that speaker with capitals too ("Maya Lopez:"
  // then "maya lopez:"), or, among other speakers, where it opens two lines or more (a display name
  // typed in lower case opens every one of its Zoom cues), or once where labels of two speakers or more
  // open half the file's lines or more (a turn a line, as Google Meet saves its talk: a student who
  // spoke once ran into the turn above, often the facilitator's, their name left in the words).
  const named = new Set(matches.flatMap((m, i) => (m && accepted[i] ? [speakerKey(m.speaker)] : [])));
  const turnPerLine = named.size >= 2 && accepted.filter(Boolean).length * 2 >= textLines;
  return matches.map((m, i) => {
    if (!m?.lowerCase) return accepted[i]!;
    const key = speakerKey(m.speaker);
    return named.has(key) || established.has(key) || turnPerLine || (named.size > 0 && (lowerCounts.get(key) ?? 0) >= 2);
  });
}

// Letters that label an interview's two sides: question and answer, interviewer and respondent.
const LETTER_PAIRS = [['Q', 'A'], ['I', 'R']];
// Letters that open prose too ("A: …" a list's item, "I: …" a sentence): labels only beside their pair.
const PROSE_LETTERS = new Set(['A', 'I']);

/**
 * The single-letter labels a file uses consistently: with the other letter of its pair (`Q:` and `A:`,
 * `I:` and `R:`), or, for a letter that is no word, on two lines or more (`B:` … `B:`). A file's
 * letters are all accepted or refused alike, so that a refused `A:` does not run into a `Q:` turn.
 */
function consistentLetters(matches: (LabelMatch | undefined)[]): Set<string> {
  const counts = new Map<string, number>();
  for (const m of matches) if (m?.letter) counts.set(m.speaker, (counts.get(m.speaker) ?? 0) + 1);
  const paired = (l: string) => LETTER_PAIRS.some((pair) => pair.includes(l) && pair.every((p) => counts.has(p)));
  const accepted = [...counts.keys()].filter((l) => paired(l) || (!PROSE_LETTERS.has(l) && counts.get(l)! >= 2));
  // A file's letters are all accepted or refused alike: once one speaks by a letter, so may one who speaks once.
  return new Set(accepted.length > 0 ? [...counts.keys()].filter((l) => !PROSE_LETTERS.has(l) || paired(l)) : []);
}

/** A chat message's line without what Zoom adds: a reaction is no words, a reply's quote is another's. */
function chatWords(line: string): string {
  return CHAT_REACTION.test(line) || CHAT_REACTOR.test(line) ? '' : line.replace(CHAT_REPLYING, '');
}

/** Remove inline Markdown (bold, emphasis, code, links, escapes) from a piece of turn text. */
export function stripInlineMarkdown(text: string): string {
  // Escaped characters are set aside first so `\*` never opens or closes emphasis.
  const escaped: string[] = [];
  return text
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, (_, ch: string) => `\uE000${escaped.push(ch) - 1}\uE001`)
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])/g, '$1$2')
    .replace(/(^|[^\w])_(?=\S)([^_]+?)(?<=\S)_(?!\w)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\uE000(\d+)\uE001/g, (_, i: string) => escaped[Number(i)]);
}

export interface ParseOptions {
  /** Path of the file, for warnings. */
  file: string;
  /** Speaker names known from front matter (participants, facilitator …). */
  knownSpeakers?: string[];
  /** Strip inline Markdown from turn text (Markdown files, DOCX converted to Markdown-like lines). */
  markdown?: boolean;
}

export interface ParsedTurns {
  turns: Turn[];
  warnings: Warning[];
  /** A written reflection's signed names ("— Maya Lopez"), taken out of its turns (see bylines.ts). */
  authors?: string[];
  /**
   * The lines are writing, not talk: a written reflection (no speaker labels), or a class's reflections
   * with each part headed by its author (`Name: Maya Lopez`, a heading per student) and no one speaking.
   */
  written?: true;
  /** Every turn is a chat message (a Zoom meeting's saved chat), not speech. */
  chat?: true;
  /** People a note-taker's notes name as who said a point ("Maya said …"), not kept as speakers (see notes.ts). */
  mentioned?: string[];
  /** The lines are a note-taker's notes of a focus group, each point a turn (see notes.ts). */
  notes?: true;
  /** The title above the talk ("Focus group 3 — Riverside, 12 March"), not a turn. */
  title?: string;
}

type Kind = 'blank' | 'break' | 'text';

// A line wholly in bold (Markdown, or a Word paragraph as the DOCX reader writes it).
const ALL_BOLD = /^(?:\*\*([^*]+)\*\*|__([^_]+)__)$/;
const MAX_PROMPT_WORDS = 12;
/** A prompt's end: a question, or a colon before the answer ("Goals for next term:"). */
const ASKS = /[?:？]$/;

/**
 * Whether a line is a prompt set in bold, as a reflection template or a typed-up sheet sets its
 * questions and headings over the writer's answers ("**What was hard for you, and why?**", "**Your
 * goals for next term:**", "**Reading**"): wholly bold, a question, a line ending in a colon, or a few
 * words with no sentence's end; and no speaker label (`**Maya:**` alone heads her words below). A bold
 * sentence ("**I finally finished it.**") is the writer's emphasis and stays text.
 */
export function isBoldPrompt(line: string): boolean {
  const m = ALL_BOLD.exec(line.trim());
  const inner = (m?.[1] ?? m?.[2])?.trim();
  if (!inner || parseLabel(line) !== undefined) return false;
  if (ASKS.test(inner)) return true;
  return !/[.!…"”')\]]$/.test(inner) && inner.split(/\s+/).length <= MAX_PROMPT_WORDS;
}

/**
 * The prompt a heading or bold line sets over the writing below it: a question, or a line ending in a
 * colon ("What helped you most?", "Goals for next term:"), without its markup and colon; undefined for
 * any other break (a title, a section heading, a rule), which ends the prompt above.
 */
function promptOf(line: string): string | undefined {
  const text = stripInlineMarkdown(line.trim().replace(/^#{1,6}\s+/, '')).trim();
  if (!ASKS.test(text) || text.split(/\s+/).length > 40) return undefined;
  return text.replace(/\s*:$/, '');
}

// A caption's timing alone on a line, as Microsoft Teams wrote its transcripts downloaded as Word
// documents (`0:0:5.230 --> 0:0:9.100`, hours, minutes and seconds unpadded), the name on the next line.
const TIMING_ONLY = /^(\d{1,2}):(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?\s*-->\s*\d{1,2}:\d{1,2}:\d{1,2}(?:[.,]\d{1,3})?$/;

/** The start of a timing line (`0:0:5.230 --> …`) as a timestamp the parser reads (`0:00:05.230`), or undefined. */
function timingStart(line: string): string | undefined {
  const m = TIMING_ONLY.exec(line);
  if (!m) return undefined;
  const [, h, min, sec, ms] = m as unknown as [string, string, string, string, string | undefined];
  return `${h}:${min.padStart(2, '0')}:${sec.padStart(2, '0')}${ms === undefined ? '' : `.${ms}`}`;
}

/**
 * A name alone on the line below a time alone, with words on the line after it: the header of a block
 * as Trint and Descript write one (`00:00:06`, `Speaker 2`, then what they said), or below a caption's
 * timing as Teams wrote one (`0:0:5.230 --> 0:0:9.100`, `Lopez, Maya`), read as if the time stood
 * before the name on one line (`[0:06] Speaker 2`).
 */
function headerUnderTime(lines: SourceLine[], kinds: Kind[], i: number): LabelMatch | undefined {
  // One empty line may stand between them, as one does between the paragraphs of a Word document.
  const empty = (j: number) => lines[j]?.text.trim() === '';
  const above = lines[empty(i - 1) ? i - 2 : i - 1]?.text.trim();
  const time = above === undefined ? undefined : TIME_ONLY.test(above) ? above : timingStart(above);
  if (time === undefined || kinds[empty(i + 1) ? i + 2 : i + 1] !== 'text') return undefined;
  const m = parseLabel(`${time} ${lines[i]!.text.trim()}`);
  return m !== undefined && m.text === '' ? m : undefined;
}

// A numbered list's item as typed (`1. `, `2) `).
const NUMBERED_ITEM = /^\s*\d{1,3}[.)]\s+/;

/** The index of the first line after `i` that is not blank (`kinds.length` where none is). */
function nextTextLine(kinds: readonly Kind[], i: number): number {
  let j = i + 1;
  while (j < kinds.length && kinds[j] === 'blank') j++;
  return j;
}

/**
 * In writing, the numbered questions with an answer below them, as a template's questions typed as a
 * numbered list are (`1. What helped you most?`, the student's words on the lines below): prompts, as a
 * bold question is, so the question is no response of the student's (it was one, coded and counted, or
 * the start of the answer's). Only where two or more are, each followed by writing that is no list item,
 * so that a list of a student's own questions stays their words.
 */
function numberedPrompts(lines: SourceLine[], kinds: Kind[]): Set<number> {
  const found = new Set<number>();
  const question = (i: number): boolean => {
    const l = lines[i];
    if (!l || kinds[i] !== 'text' || !(l.numbered || NUMBERED_ITEM.test(l.text))) return false;
    const words = stripInlineMarkdown(l.text.replace(NUMBERED_ITEM, '')).trim();
    return ASKS.test(words) && words.split(/\s+/).length <= MAX_PROMPT_WORDS * 2;
  };
  const nextText = (i: number): number => nextTextLine(kinds, i);
  // A bullet, not a number: a point someone added under the questions.
  const bullet = (i: number): boolean => kinds[i] === 'text' && !lines[i]!.numbered && LIST_ITEM.test(lines[i]!.text) && !NUMBERED_ITEM.test(lines[i]!.text);
  for (let i = 0; i < lines.length; i++) {
    if (!question(i)) continue;
    const j = nextText(i);
    if (kinds[j] === 'text' && !lines[j]!.numbered && !LIST_ITEM.test(lines[j]!.text)) found.add(i);
    // Questions numbered one under the other over a bulleted list of two points or more, as a shared
    // document (a PD day's Google Doc) sets its questions above the points people added: all of them
    // prompts, the points answering them together.
    const run = [i];
    let end = j;
    while (question(end)) {
      run.push(end);
      end = nextText(end);
    }
    if (run.length >= 2 && bullet(end) && bullet(nextText(end))) for (const r of run) found.add(r);
  }
  return found.size >= 2 ? found : new Set();
}

/**
 * In writing, the questions of a sheet typed out as text, each alone on its line at a paragraph's start
 * with the writer's answer below it, directly or after a blank line ("What helps you learn?" over "When we
 * get time in flex block."): prompts, as numbered and bold ones are, so a question is no response of the
 * writer's, nor the start of the answer's. A question as {@link asksQuestion} reads one, of 24 words at
 * most, not a list item; questions one under the other ask together. Only where two or more are answered,
 * or one is over a list of two points or more, so that a student's own question over a paragraph stays
 * their words; a question left unanswered among them (the sheet's last, its answer blank) is a prompt too.
 */
function questionPrompts(lines: SourceLine[], kinds: Kind[]): Set<number> {
  const asked: boolean[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const opens = i === 0 || kinds[i - 1] !== 'text' || asked[i - 1] === true;
    const text = stripInlineMarkdown(l.text).trim();
    asked[i] = kinds[i] === 'text' && opens && !l.numbered && !LIST_ITEM.test(l.text) && (asksQuestion(text, MAX_PROMPT_WORDS * 2) || labelledQuestion(text, MAX_PROMPT_WORDS * 2) !== undefined);
  }
  const nextText = (i: number): number => nextTextLine(kinds, i);
  const item = (j: number): boolean => kinds[j] === 'text' && (lines[j]!.numbered === true || LIST_ITEM.test(lines[j]!.text));
  let answered = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!asked[i]) continue;
    const j = nextText(i);
    // Over a list of two points or more ("What gets in the way?" over a class's sticky notes typed as
    // bullets), one question is enough: the points answer it.
    if (item(j) && item(nextText(j))) answered += 2;
    else if (kinds[j] === 'text' && !asked[j]) answered++;
  }
  return answered >= 2 ? new Set(asked.flatMap((a, i) => (a ? [i] : []))) : new Set();
}

/**
 * `lines` without their list markers where a plain-text file's turns are list items, as a note-taker
 * types a transcript as bullets (`- Maya: I think …`, `* Facilitator: …`, `• Jordan: …`, `1. Maya: …`);
 * else undefined. Only where the file reads as talk by the labels' own judgement ({@link acceptLabels}):
 * the labelled items are most of the file's lines of words, and their names take turns
 * ({@link namesTakeTurns}); so a bulleted list of a student's points (`- Reading: …`) stays writing.
 */
function listedTurns(lines: readonly SourceLine[], kinds: readonly Kind[], known: string[] | undefined): SourceLine[] | undefined {
  const items = lines.map((l, i) => kinds[i] === 'text' && LIST_ITEM.test(l.text));
  if (!items.some(Boolean)) return undefined;
  const stripped = lines.map((l, i) => (items[i] ? { ...l, text: l.text.replace(LIST_ITEM, '') } : l));
  const matches = pairLabels(stripped.map((l, i) => (items[i] ? parseLabel(l.text) : undefined)));
  const textLines = kinds.filter((k) => k === 'text').length;
  const accepted = acceptLabels(matches, known, textLines);
  const names = matches.flatMap((m, i) => (m && accepted[i] ? [m.speaker] : []));
  return names.length * 2 > textLines && namesTakeTurns(names) ? stripped : undefined;
}

function kindOf(text: string, markdown: boolean): Kind {
  const t = text.trim();
  // A time alone is no one's words; like a blank line it ends a paragraph but not a speaker's turn.
  if (t === '' || TIME_ONLY.test(t) || TIMING_ONLY.test(t) || meetingTime(t)) return 'blank';
  if (HEADING.test(t) || RULE.test(t) || FOOTER.test(t) || TRANSCRIPTION_EVENT.test(t)) return 'break';
  // A template's prompt is a heading in all but style: never the writer's words.
  if (markdown && isBoldPrompt(t)) return 'break';
  return 'text';
}

/**
 * The title above a transcript's talk: its first line of words read as one ("Focus group 3 — Riverside,
 * 12 March"), or a Markdown heading (a Word document's Title style) above everything else. Not anyone's
 * words, but the file's name for itself, kept for the sources list.
 */
function titleOf(body: SourceLine[], kinds: Kind[], title: number, clean: (t: string) => string): string | undefined {
  const at = title >= 0 ? title : kinds.findIndex((k) => k !== 'blank');
  if (at < 0 || (title < 0 && !HEADING.test(body[at]!.text.trim()))) return undefined;
  const text = clean(body[at]!.text.trim().replace(/^#{1,6}\s*/, '')).trim();
  return text === '' ? undefined : text;
}

/**
 * A written reflection's turns with the line that heads `turns[at]` (`body[line]`, the words going on
 * on the next line, no blank line between) a paragraph of its own, where `apart(head, rest, next)` says
 * the line is no part of the words: the writer's name (nameApart) or a title (titleApart). Else the
 * turns as they were.
 */
function lineApart(
  turns: Turn[],
  at: number,
  body: SourceLine[],
  line: number,
  clean: (t: string) => string,
  apart: (head: string, rest: string, next: SourceLine) => boolean,
): Turn[] {
  const opening = turns[at];
  const next = body[line + 1];
  if (!opening || !next || line < 0 || opening.line !== body[line]!.line) return turns;
  const head = clean(body[line]!.text);
  if (!opening.text.startsWith(`${head} `)) return turns;
  const rest = opening.text.slice(head.length + 1);
  if (!apart(head, rest, next)) return turns;
  return [...turns.slice(0, at), { ...opening, text: head }, { ...opening, text: rest, line: next.line }, ...turns.slice(at + 1)];
}

/**
 * A written reflection's turns with the writer's name apart from the words, where it heads the first
 * paragraph on a line of its own ("Maya", then the words on the next line): a paragraph of its own, for
 * splitBylines to take as the author's name. Else the turns as they were.
 */
function nameApart(turns: Turn[], body: SourceLine[], first: number, clean: (t: string) => string, file: string): Turn[] {
  return lineApart(turns, 0, body, first, clean, (head, rest) => writerHeading(head, [rest, ...turns.slice(1).map((t) => t.text)], file) !== undefined);
}

/**
 * A class's writing typed into one file with each student's part headed by their name alone on a line,
 * the writing directly under it ("Maya", then "I think the best part…") or in the next paragraph ("Maya",
 * a blank line, "I think…"): the turns as each student's, the name their writer (a participant, redacted
 * as an author's name is), no word of their answer; or undefined where the file is not so. Two
 * paragraphs or more must be headed so: a name alone by its shape and the paragraph under it
 * ({@link nameAlone}: "Stress" over "I get stressed" is a topic), over writing that is not a name alone
 * too (a list of names), and half of the headings so shaped at least, two at least, must be names by
 * their words ({@link namesByWords}: "Maya", "Kiara Brown", "Tanvir", "Xin Yi", words of no English word,
 * and "Jordan", "Sam" of the given names' list where no heading is a word no name can be; "Funding",
 * "Choice", "Law" are topics' headings), and no heading a word of the lexicon the file writes in lower
 * case elsewhere is one ("Funding" where another paragraph says "funding"). In a class so read, a heading no name
 * can be ("Funding", "Music") is no one's words and no student: its paragraph goes on with the student
 * above it, as a paragraph under no heading does; so a topic is never redacted from every file as a
 * name. Before the first name, a title or a date is dropped, other writing left out with a warning. A
 * single name over the first paragraph is the writer's (see nameApart).
 */
function nameParts(turns: readonly Turn[], body: readonly SourceLine[], clean: (t: string) => string, file: string): { turns: Turn[]; warnings: Warning[] } | undefined {
  // A turn's first line in the body: in a Word document a paragraph's lines and the blank after it share its number.
  const lineAt = new Map<number, number>();
  body.forEach((l, i) => {
    if (!lineAt.has(l.line)) lineAt.set(l.line, i);
  });
  // Per turn, its first line where writing follows it directly: the line that may head the turn.
  const headLines = turns.map((t) => {
    const at = lineAt.get(t.line);
    const next = at === undefined ? undefined : body[at + 1];
    return at === undefined || next === undefined || next.text.trim() === '' ? undefined : { head: clean(body[at]!.text), next };
  });
  // Per turn, the heading over its writing: a name alone by its shape, or a subject ("Music"), on its first
  // line with the writing under it (`rest`), or a paragraph of one line above the next turn's writing
  // ("Maya", a blank line, "I think…"; `alone`). Writing under a line that is a name alone too is a list of names.
  const heads = turns.map((t, k) => {
    const h = headLines[k];
    if (h === undefined) {
      // One line (no line of writing under it: see headLines), over writing that is no heading itself.
      const after = turns[k + 1];
      if (!lineAt.has(t.line) || after === undefined || !/\s/.test(after.text) || nameAlone(after.text, []) !== undefined || subjectAlone(after.text)) return undefined;
      const name = nameAlone(t.text, [after.text]);
      if (name !== undefined) return { name, alone: true as const };
      return subjectAlone(t.text) ? { name: t.text, alone: true as const, subject: true as const } : undefined;
    }
    if (!t.text.startsWith(`${h.head} `) || nameAlone(clean(h.next.text), []) !== undefined) return undefined;
    const rest = t.text.slice(h.head.length + 1);
    const name = nameAlone(h.head, [rest]);
    if (name !== undefined) return { name, rest, line: h.next.line };
    return subjectAlone(h.head) ? { name: h.head, rest, line: h.next.line, subject: true as const } : undefined;
  });
  // Words the file writes in lower case: a line of such a word that can be no name by itself is a topic's
  // heading ("Funding" where a paragraph says "funding"), as bare-names.ts reads a template's.
  const lowerWords = new Set(turns.flatMap((t) => t.text.match(/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu) ?? []));
  const topic = (name: string) => !mayBeName(name) && name.split(/\s+/).some((w) => lowerWords.has(w.toLowerCase()));
  const candidates = heads.flatMap((h, k) => (h && !h.subject ? [k] : []));
  const names = candidates.map((k) => heads[k]!.name);
  // Two names by their words at least, and half of the headings shaped as names: one student's piece
  // under their name with one topic's heading below ("Maya Okafor", "Funding") is one writer's, and
  // "Funding" no name to redact from every file. A listed given name that is also a word ("Jordan", "Sam")
  // counts where every name can be one (see namesByWords). Beside a subject's heading ("Music" over a
  // paragraph), a name that is also a word ("Hope") is a heading too.
  const subjects = heads.some((h) => h?.subject === true);
  const byWords = namesByWords(names, subjects).map((ok, i) => ok && !topic(names[i]!));
  const count = byWords.filter(Boolean).length;
  if (count < 2 || count * 2 < names.length) return undefined;
  // Which turns a student's name heads, once the file is a class's: each heading whose words can be a
  // name by any rule ("Jordan" beside "Care", "Hope" beside "Music"). One no name can be ("Funding",
  // "Teachers", "Law", "Music" among "Tanvir", "Ngozi") is a topic's, no one's words, its writing the student's above.
  const writers = new Set(candidates.filter((_, i) => byWords[i] || ((mayBeName(names[i]!) || listedName(names[i]!)) && !topic(names[i]!))));
  const parts: Turn[] = [];
  const left: number[] = [];
  let writer: string | undefined;
  turns.forEach((t, k) => {
    const head = heads[k];
    if (head && writers.has(k)) writer = head.name;
    if (head?.alone) return;
    const turn = head ? { ...t, text: head.rest, line: head.line } : t;
    if (writer !== undefined) parts.push({ ...turn, speaker: writer });
    else if (!isReflectionTitle(t.text) && !isTranscriptTitle(t.text) && !DATE_ALONE.test(t.text)) left.push(turn.line);
  });
  const n = left.length;
  const warnings: Warning[] =
    n === 0 ? [] : [{ file, line: left[0], message: `${n === 1 ? '1 paragraph' : `${n} paragraphs`} before the first student's name (a class's writing, each part headed by its writer's name) left out: no one's part` }];
  return { turns: parts, warnings };
}

/**
 * A written reflection's turns with its title apart from the words, where the title heads the first
 * paragraph (`turns[at]`, from `body[line]`) with the words on the next line and no blank line between
 * ("My reflection", then "I think the forum…"): a paragraph of its own, for splitBylines to drop as a
 * title. A first sentence that runs on over the line ("My reflection on the trip to" over "Vancouver…")
 * stays whole. Else the turns as they were.
 */
function titleApart(turns: Turn[], at: number, body: SourceLine[], line: number, clean: (t: string) => string): Turn[] {
  return lineApart(turns, at, body, line, clean, (head, _rest, next) => titleAbove(head, clean(next.text)));
}

/**
 * Front-matter attributes with the names a reflection was signed with as `author` (a key the corpus
 * treats as names: redacted from every text, never an attribute), unless the front matter has one; and
 * the people a note-taker's notes name (`mentioned`) added to `participants`, another such key.
 */
export function withAuthors(attributes: Record<string, string>, authors: string[] | undefined, mentioned: string[] = []): Record<string, string> {
  const named = mentioned.length === 0 ? attributes : { ...attributes, participants: [attributes.participants, ...mentioned].filter(Boolean).join(', ') };
  if (!authors || authors.length === 0 || named.author !== undefined) return named;
  return { ...named, author: authors.join(', ') };
}

/**
 * Turn lines into turns. With speaker labels: each accepted label starts a turn; lines without a label
 * (after blank lines too) continue the last speaker's turn, joined with one space; headings and rules
 * end a turn; text before the first label or after a heading is reported and left out. Without any
 * label: one turn per paragraph (blank lines, headings and rules separate paragraphs), no speaker.
 */
export function parseSpeakerLines(lines: SourceLine[], options: ParseOptions): ParsedTurns {
  const { file } = options;
  const clean = (t: string) => collapse(options.markdown ? stripInlineMarkdown(t) : t);
  const kinds = lines.map((l) => kindOf(l.text, options.markdown === true));
  // A note-taker's account ("Student 3 said …", "- S2: …") has no labels to accept: its own reading.
  const notes = noteTurns(lines.map((l) => l.text), lines.map((l) => l.line), kinds.map((k) => k === 'text'), options.markdown === true);
  if (notes) return { turns: notes.turns, warnings: [], notes: true, ...(notes.names.length > 0 ? { mentioned: notes.names } : {}) };
  // In Markdown a list item or quote may hold a turn (`- **Maya:** …`); its marker is not text. So it
  // is in plain text where the file's turns are list items (`- Maya: …`, `• Jordan: …`, `1. Maya: …`).
  const body = options.markdown ? lines.map((l) => ({ ...l, text: l.text.replace(MARKDOWN_BLOCK_MARKER, '') })) : (listedTurns(lines, kinds, options.knownSpeakers) ?? lines);
  const sectionHeads = authorLines(body, kinds);
  const matches = pairLabels(body.map((l, i) => (kinds[i] === 'text' ? (sectionHeads[i] ?? parseLabel(l.text) ?? headerUnderTime(body, kinds, i)) : undefined)));
  const textLines = kinds.filter((k) => k === 'text').length;
  const accepted = acceptLabels(matches, options.knownSpeakers, textLines);
  const labelled = accepted.some(Boolean);
  // A web page saved as text (a blog post and its comments): the site's furniture is no one's words, and
  // each comment is its writer's, whose name heads it (`Maya Lopez says:`).
  const page = labelled ? undefined : readWebPage(body.map((l) => clean(l.text.trim().replace(/^#{1,6}\s+/, ''))));
  if (page) for (const i of [...page.furniture, ...page.heads]) kinds[i] = 'blank';
  // A title above the talk ("Focus group, Riverside, 12 March"), the file's first line of words with
  // the first turn next: a heading, as `# …` or Word's Title style is, not someone's words lost.
  const first = kinds.indexOf('text');
  const title = labelled && first >= 0 && !accepted[first] && accepted[kinds.indexOf('text', first + 1)] === true && isTranscriptTitle(body[first]!.text) ? first : -1;

  const turns: Turn[] = [];
  const warnings: Warning[] = [];
  // `chat`: a chat message, whose reactions and quoted replies are not the sender's words.
  let current: { turn: Turn; parts: string[]; chat?: true } | undefined;
  let orphanReported = false;
  // Lines of private chat messages, left out (the first line of each message), and whether one is being skipped.
  const privateMessages: number[] = [];
  let inPrivate = false;
  // The author named by the last `Name: …` line: their part is one turn per paragraph, as a reflection's.
  let author: string | undefined;

  const close = () => {
    if (!current) return;
    const text = collapse(current.parts.join(' '));
    if (text === '' && current.chat) {
      // A reaction ("Reacted to … with 👍") and nothing else: no words to analyse, and no label to report.
    } else if (text === '') {
      // The line number says where; the label itself is a name, and warnings reach the terminal.
      warnings.push({ file, line: current.turn.line, message: 'speaker label with no text; skipped' });
    } else {
      turns.push({ ...current.turn, text });
    }
    current = undefined;
  };

  // In writing, the template's prompt above the paragraphs ("**What helped you most?**"): their question.
  let prompt: string | undefined;
  const withPrompt = (turn: Turn): Turn => (prompt !== undefined ? { ...turn, prompt } : turn);
  const numbered = labelled ? new Set<number>() : new Set([...numberedPrompts(lines, kinds), ...questionPrompts(lines, kinds)]);

  // Whether the paragraph being read is an item of an indented list (`  • …`).
  let indentedItem = false;
  body.forEach((l, i) => {
    const kind = kinds[i];
    if (kind !== 'text') indentedItem = false;
    if (page?.heads.has(i)) {
      close();
      prompt = undefined;
      return;
    }
    if (kind === 'break') {
      close();
      orphanReported = false;
      prompt = promptOf(l.text);
      return;
    }
    if (kind === 'blank') {
      if (!labelled || author !== undefined) close();
      return;
    }
    if (i === title) return;
    if (numbered.has(i)) {
      close();
      // Questions one under the other ask together: the writing below answers them all.
      const line = lines[i]!.text.replace(NUMBERED_ITEM, '');
      const asked = labelledQuestion(stripInlineMarkdown(line).trim(), MAX_PROMPT_WORDS * 2) ?? promptOf(line);
      let above = i - 1;
      while (above >= 0 && kinds[above] === 'blank') above--;
      prompt = numbered.has(above) && prompt !== undefined && asked !== undefined ? `${prompt} ${asked}` : asked;
      return;
    }
    const m = matches[i];
    if (labelled && m && accepted[i]) {
      const previous = current;
      close();
      inPrivate = m.chat === 'private';
      if (inPrivate) {
        privateMessages.push(l.line);
        return;
      }
      author = m.author ? m.speaker : undefined;
      prompt = undefined;
      if (author !== undefined) return;
      // A speaker's next paragraph with a label of its own (Otter's and Descript's exports label or time
      // each paragraph) goes on their turn where no one spoke between and no heading or rule came between:
      // a turn is a speaker's uninterrupted talk, as consecutive cues of one speaker are in captions. A
      // chat's messages stay one a turn, and so do turns under a label anyone may speak under (isAnyoneLabel).
      const last = turns[turns.length - 1];
      if (!m.chat && previous !== undefined && !previous.chat && last !== undefined && last.line === previous.turn.line && sameSpeaker(last, m) && !isAnyoneLabel(m.speaker)) {
        turns.pop();
        if (m.alias !== undefined) last.alias ??= m.alias;
        if (m.role !== undefined) last.role ??= m.role;
        current = { turn: last, parts: [last.text, clean(m.text)] };
        return;
      }
      const turn: Turn = { speaker: m.speaker, text: '', line: l.line };
      if (m.start !== undefined) turn.start = m.start;
      if (m.alias !== undefined) turn.alias = m.alias;
      if (m.role !== undefined) turn.role = m.role;
      current = m.chat ? { turn, parts: [chatWords(clean(m.text))], chat: true } : { turn, parts: [clean(m.text)] };
      return;
    }
    if (inPrivate) return;
    // In writing, each item of a list is a point of its own, its marker no part of it, as each bullet of
    // a Word document is.
    const writing = !labelled || author !== undefined;
    const item = writing && LIST_ITEM.test(lines[i]!.text);
    const indented = /^\s/.test(lines[i]!.text);
    // An indented list's point ends with its sentence where the next line starts at the margin: a
    // paragraph after the list, as a page copied from a browser sets one with no blank line above it
    // ("  • What challenges will we face?" over "I've included a graphic …").
    if (item || (writing && indentedItem && !indented && current && /[.?!:;"”’)]$/.test(current.parts[current.parts.length - 1] ?? ''))) close();
    indentedItem = item ? indented : indentedItem && indented;
    const words = item ? clean(l.text.replace(LIST_ITEM, '')) : clean(l.text);
    if (current) {
      current.parts.push(current.chat ? chatWords(words) : words);
    } else if (author !== undefined) {
      current = { turn: withPrompt({ speaker: author, text: '', line: l.line }), parts: [words] };
    } else if (labelled) {
      if (!orphanReported) {
        warnings.push({ file, line: l.line, message: 'text outside any speaker turn (no speaker label before it); left out' });
        orphanReported = true;
      }
    } else {
      const writer = page?.writers[i];
      current = { turn: withPrompt({ ...(writer ? { speaker: writer } : {}), text: '', line: l.line }), parts: [words] };
    }
  });
  close();
  if (privateMessages.length > 0) {
    const n = privateMessages.length;
    warnings.push({
      file,
      line: privateMessages[0],
      message: `${n === 1 ? '1 private chat message' : `${n} private chat messages`} (sent to one person, not to everyone${n === 1 ? '' : `, at lines ${firstFew(privateMessages)}`}) left out: not part of the group's talk`,
    });
  }
  // Author lines alone (no one speaks): a class's writing, one part per student.
  if (labelled && accepted.every((ok, i) => !ok || matches[i]?.author)) return { turns, warnings, written: true };
  // A meeting's saved chat: the same people as its transcript, so they are matched to it (sessions.ts).
  if (labelled) {
    const titled = titleOf(body, kinds, title, clean);
    const talk = { turns, warnings, ...(titled ? { title: titled } : {}) };
    return accepted.every((ok, i) => !ok || matches[i]?.chat) ? { ...talk, chat: true } : talk;
  }
  // A class's writing, each student's part headed by their name alone on a line.
  const parts = page ? undefined : nameParts(turns, body, clean, file);
  if (parts) return { turns: parts.turns, warnings: [...warnings, ...parts.warnings], written: true };
  // A written reflection: its byline and title are not answers.
  const named = nameApart(turns, body, first, clean, file);
  let apart = named === turns ? titleApart(turns, 0, body, first, clean) : titleApart(named, 1, body, first + 1, clean);
  // The writer's name a paragraph of its own ("Maya Lopez", a blank line), the title heading the next.
  if (apart === turns && turns.length > 1 && writerHeading(turns[0]!.text, turns.slice(1).map((t) => t.text), file) !== undefined) {
    apart = titleApart(turns, 1, body, body.findIndex((l) => l.line === turns[1]!.line), clean);
  }
  const { answers, authors: signed } = splitBylines(apart, file);
  const authors = [...new Set([...signed, ...(page?.authors ?? [])])];
  if (page && page.furniture.size > 0) warnings.push(furnitureWarning(file, [...page.furniture].sort((a, b) => a - b).map((i) => body[i]!.line)));
  return { turns: answers, warnings, ...(authors.length > 0 ? { authors } : {}), written: true };
}

/** The warning that accounts for a web page's furniture left out (`lines`, its line numbers), never quoting it: a line such as "Leave a Reply to Maya Lopez" names someone. */
function furnitureWarning(file: string, lines: number[]): Warning {
  const n = lines.length;
  return {
    file,
    line: lines[0],
    message: `${n === 1 ? "1 line of a web page's furniture" : `${n} lines of a web page's furniture`} (a comment form, sharing and like buttons, a post's title, a post's or a comment's date or byline, other posts' titles) left out, at line${n === 1 ? '' : 's'} ${firstFew(lines)}: the site's words, not anyone's writing`,
  };
}
