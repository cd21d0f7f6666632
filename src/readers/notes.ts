// A note-taker's notes of a focus group: a title ("Focus group notes, Riverside Secondary"), then a line
// or a bullet per point, each saying who said it ("Student 3 said that the flex block helps.", "S2 thinks
// tests are too close together.", "- Student 1: wants more electives", "One student mentioned …"). Read
// as prose, such a file was one student's reflection: every point one author's, the lines run together,
// the title a response. Read as notes, each point is a response of the student its label or id names
// (`Student 3`, `S2`), or of the file's one unidentified speaker, and the title is none. Only where the
// file reads as such notes throughout.
import type { Turn } from '../model.js';
import { HONORIFICS } from '../util/names.js';
import { isIdLabel, isRoleLabel, looksLikeName, parseLabel, stripInlineMarkdown } from './speaker-lines.js';

// What a note-taker writes after who spoke: reporting and attitude verbs, never "is" or "helps", with
// which a reflection's "Flex Block helps me" would read as a note.
const REPORTED = new RegExp(
  String.raw`^(.{1,40}?)\s+(?:(?:also|really|strongly|then|both|all)\s+)?(?:said|says|thinks|thought|feels|felt|mentioned|suggested|noted|explained|added|agreed|disagreed|wants|wanted|likes|liked|loves|loved|dislikes|disliked|hates|hated|asked|shared|described|commented|pointed out|argued|believes|believed|wishes|wished|finds|found|prefers|preferred|enjoys|enjoyed|reported|stated|complained|worries|worried|hopes|hoped|would like|talked about|spoke about|brought up|raised|admitted|noticed|suggests|mentions|adds|agrees|disagrees|explains|notes|shares|asks)\b`,
  'u',
);
// Who a note names without a label: one student or several, unnamed. Their points are the unidentified speaker's.
const UNNAMED = /^(?:(?:one|a|another|the other|a third|a fourth|some|several|many|most|two|three|four|a few|few|all|both|other|the)\s+(?:of the\s+)?(?:students?|participants?|girls?|boys?|kids?|people|others?|group)|every(?:one|body)|they|he|she|students|participants|the group|the class|others)$/i;
// Role words that say a student spoke, not which one.
const UNNAMED_ROLES = new Set(['student', 'participant', 'respondent', 'speaker', 'unknown']);
// A bullet or a number opening a point.
const ITEM = /^\s*(?:[-*+•◦▪‣⁃∙●○■□➢➤►]\s+|\d{1,3}[.)]\s+)/u;
// Most words in a title: a heading, not a point.
const TITLE_WORDS = 15;
const MIN_POINTS = 3;

/** One point of the notes: the student it names, if by a label, and the words kept as the response. */
interface Point {
  index: number;
  speaker?: string;
  /** A person's name the point gives its speaker by, not kept as the speaker (see noteTurns). */
  name?: string;
  text: string;
  /** Written as reported speech ("Student 3 said …"), not as a bullet's label (`- Student 1: …`). */
  reported: boolean;
}

// A student or a participant by number, in the forms a note-taker writes one in (`S2`, `St. 2`, `Stu 2`,
// `Student 2`, `student #2`, `student two`, `P2`, `Participant 2`): the role's first letter and the number.
// A number in words is apart from the role ("student two"), or "Stone" and "Sten" would be S1 and S10.
const NUMBERED = /^(s|st\.?|stu\.?|student|p|part\.?|participant)(?:\s*#?\s*(\d{1,3})|(?:\s+#?|#|(?<=\.))\s*(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))$/i;
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** The student or participant a subject names by number, as one key for all its forms (`s2`, `p2`), or undefined. */
function numberKey(who: string): string | undefined {
  const m = NUMBERED.exec(who.trim().replace(/\s+/g, ' '));
  if (!m) return undefined;
  const n = m[2] !== undefined ? Number(m[2]) : NUMBER_WORDS.indexOf(m[3]!.toLowerCase()) + 1;
  return `${m[1]![0]!.toLowerCase()}${n}`;
}

/** How a numbered student is written by default, where the notes never write them `S2` or `Student 2`. */
function numberLabel(key: string): string {
  return `${key[0] === 'p' ? 'Participant' : 'Student'} ${key.slice(1)}`;
}

/** Who a point's subject is: a label's speaker, a name, or no one in particular; undefined for no subject. */
function subject(words: string): { speaker?: string; name?: string } | undefined {
  const who = words.trim();
  if (UNNAMED.test(who)) return {};
  // `St. 2` and `student two` are no labels' shapes, but are a student's as surely as `S2` is.
  if (numberKey(who) !== undefined) return { speaker: who.replace(/\s+/g, ' ') };
  const label = parseLabel(`${who}: .`);
  if (label === undefined || label.speaker.split(' ').length > 3) return undefined;
  const speaker = label.speaker;
  const first = speaker.split(' ')[0]!.toLowerCase().replace(/\.$/, '');
  // A label or an id (`Student 3`, `S2`, `Participant B`): the speaker, as their label is in a transcript.
  if (isIdLabel(speaker) || (isRoleLabel(speaker) && /\s(?:\d{1,3}|\p{Lu})$/u.test(speaker))) return { speaker };
  // A student by role alone (`Student`, `Participant`) is no one in particular.
  if (isRoleLabel(speaker) && UNNAMED_ROLES.has(first)) return {};
  // A role that leads or joins talk (`Facilitator`, `Teacher`) or a title (`Ms. Kaur`): found as staff.
  if (isRoleLabel(speaker) || HONORIFICS.includes(first)) return { speaker };
  return looksLikeName(speaker) ? { name: speaker } : undefined;
}

/** The point a line holds, or undefined. */
function point(line: string, index: number, markdown: boolean): Point | undefined {
  const item = ITEM.test(line);
  const content = (markdown ? stripInlineMarkdown(line) : line).replace(ITEM, '').replace(/\s+/g, ' ').trim();
  const reported = REPORTED.exec(content);
  const said = reported ? subject(reported[1]!) : undefined;
  if (said) return { index, ...said, text: content, reported: true };
  // A bullet's label (`- Student 1: wants more electives`): the label says who, the words are the point.
  const label = item ? parseLabel(content) : undefined;
  const by = label && label.text !== '' ? subject(label.speaker) : undefined;
  return by && label ? { index, ...by, text: label.text, reported: false } : undefined;
}

/**
 * The turns of a note-taker's notes, and the names of people its points give their speakers by, or
 * undefined where the lines are not such notes. Notes throughout: a title at most (a line, not a point,
 * before the first), then nothing but points and the lines a point wraps onto (no blank line between,
 * the next word in lower case); three points or more, two of them reported speech, of two subjects or
 * more. A point naming its student by a label or an id, a role or a title is that speaker's; one
 * naming no one ("One student said …") or a person by name ("Maya said …") is the file's unidentified
 * speaker's (a name in prose may be someone spoken of), its words kept whole. `texts` holds the lines'
 * texts, `filled` whether each is a line of words (not blank, not a heading or a rule).
 */
export function noteTurns(texts: readonly string[], lines: readonly number[], filled: readonly boolean[], markdown: boolean): { turns: Turn[]; names: string[] } | undefined {
  const points: Point[] = [];
  let title = false;
  let last: Point | undefined;
  for (const [i, text] of texts.entries()) {
    if (!filled[i]) {
      if (text.trim() === '') last = undefined;
      continue;
    }
    const p = point(text, i, markdown);
    if (p) {
      points.push(p);
      last = p;
    } else if (last && /^\p{Ll}/u.test(text.trim()) && !ITEM.test(text)) {
      last.text = `${last.text} ${text.trim().replace(/\s+/g, ' ')}`;
    } else if (points.length === 0 && !title && text.trim().split(/\s+/).length <= TITLE_WORDS && !/[.!?]$/.test(text.trim())) {
      title = true;
    } else {
      return undefined;
    }
  }
  const subjects = new Set(points.map((p) => (p.speaker !== undefined ? (numberKey(p.speaker) ?? p.speaker.toLowerCase()) : (p.name ?? '').toLowerCase())));
  if (points.length < MIN_POINTS || points.filter((p) => p.reported).length < 2 || subjects.size < 2) return undefined;
  const speakers = oneLabelEach(points.flatMap((p) => (p.speaker !== undefined ? [p.speaker] : [])));
  const turns = points.map((p): Turn => ({ ...(p.speaker !== undefined ? { speaker: speakers.get(p.speaker)! } : {}), text: p.text, line: lines[p.index]! }));
  const names = [...new Set(points.flatMap((p) => (p.name !== undefined ? [p.name] : [])))];
  return { turns, names };
}

/**
 * Each speaker label of the notes mapped to the one its student goes by: one student written several ways
 * (`S2`, `Student 2`, `St. 2`, `student two`) is one speaker, under the first of their labels written as
 * an id or a role and a number (`S2`, `Student 2`), else `Student 2`; any other label is kept as written.
 */
function oneLabelEach(labels: readonly string[]): Map<string, string> {
  const chosen = new Map<string, string>();
  for (const label of labels) {
    const key = numberKey(label);
    if (key !== undefined && !chosen.has(key) && /^(?:\p{Lu}{1,3}\d{1,3}|\p{Lu}\p{Ll}+ \d{1,3})$/u.test(label)) chosen.set(key, label);
  }
  return new Map(
    labels.map((label) => {
      const key = numberKey(label);
      return [label, key === undefined ? label : (chosen.get(key) ?? numberLabel(key))];
    }),
  );
}
