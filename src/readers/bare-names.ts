// Speaker names written without a colon or a tab: alone on a line in capitals, as a screenplay or a
// script sets them above the words (`FACILITATOR`, then what was said below), alone in bold above the
// words, in bold before them (`**Maya** I agree`, a Word document's bold name and a space), or alone
// in ordinary case above the words (`Maya Chen`, where such names take turns: see plainNames). Read as
// they were, the names ran into one author's reflection, printed in its responses, and the facilitator's
// questions counted as a student's answers. Such lines are rewritten as labels (`FACILITATOR:`,
// `**Maya:** I agree`) for the speaker-line parser, but only where the file reads as talk throughout.
import { HONORIFICS, neverName } from '../util/names.js';
import { namesSession } from './bylines.js';
import { isIdLabel, isRoleLabel, looksLikeName, namesTakeTurns, parseLabel, TS, type SourceLine } from './speaker-lines.js';

/** A bare name found on a line: the name, and the words after it on the same line (none when alone). */
interface BareName {
  index: number;
  name: string;
  words: string;
}

// A line wholly in bold, and a line opening with a bold run followed by words.
const BOLD_ALONE = /^(?:\*\*([^*]+)\*\*|__([^_]+)__)$/;
const BOLD_FIRST = /^(?:\*\*([^*]+)\*\*|__([^_]+)__)[ \t]+(\S.*)$/;
// A time or a caption's timing alone on a line: a name below one heads a block the speaker-line parser
// reads with its time (Trint's `00:00:06`, then `Maya Lopez`).
const TIME_ABOVE = new RegExp(String.raw`^(?:\[${TS}\]|\(${TS}\)|${TS})$|-->`);
/** Most words in a bare name: `MS. KAUR`, `STUDENT 3`, `Maya Lopez`. */
const MAX_WORDS = 3;

/** Whether `name` is shaped as a speaker's name: a few words, capitalised or an id, no closing punctuation. */
function nameShaped(name: string): boolean {
  const n = name.trim();
  return n.split(/\s+/).length <= MAX_WORDS && !/[:,;!?]$/.test(n) && looksLikeName(n);
}

/**
 * Whether a name says who speaks by a role that leads or joins talk, an id or a title (`Facilitator`,
 * `Student 3`, `S3`, `Ms. Kaur`), as a template's prompts never do. An adult's role (`Teacher`, `Parent`)
 * heads a template's comment and signature too, so it does not count.
 */
function namesRole(name: string): boolean {
  const first = name.split(/\s+/)[0]!.toLowerCase().replace(/\.$/, '');
  return (isRoleLabel(name) && first !== 'teacher') || isIdLabel(name) || HONORIFICS.includes(first);
}

/** The index of the next filled line after `i`, past one blank line at most (a Word document's paragraph gap). */
function nextFilled(lines: readonly SourceLine[], i: number): number | undefined {
  const j = lines[i + 1]?.text.trim() === '' ? i + 2 : i + 1;
  return lines[j] !== undefined && lines[j]!.text.trim() !== '' ? j : undefined;
}

/** The bare name a line holds, if any. */
function bareName(lines: readonly SourceLine[], i: number): BareName | undefined {
  const text = lines[i]!.text.trim();
  if (text === '' || parseLabel(text) !== undefined) return undefined;
  const alone = BOLD_ALONE.exec(text);
  const name = alone ? (alone[1] ?? alone[2])! : text;
  // Alone on its line, in bold or in capitals, with the words on the next line.
  if (alone || (name === name.toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(name))) {
    const next = nextFilled(lines, i);
    return next !== undefined && nameShaped(name) && !BOLD_ALONE.test(lines[next]!.text.trim()) ? { index: i, name: name.trim(), words: '' } : undefined;
  }
  const first = BOLD_FIRST.exec(text);
  const bold = first ? (first[1] ?? first[2])! : undefined;
  return bold !== undefined && nameShaped(bold) ? { index: i, name: bold.trim(), words: first![3]! } : undefined;
}

/**
 * The names in ordinary case alone on a line with words on the next (`Maya Chen`, then what she said), as
 * a transcriber types a transcript without colons; a name needs the words below it, and no line above it
 * that is a name too. Such lines are refused where a word of them is one the file also writes in lower
 * case ("Reading" where a student wrote "reading": a template's heading), or never a name ("Monday").
 */
function plainNames(lines: readonly SourceLine[]): BareName[] {
  const lower = new Set(lines.flatMap((l) => l.text.match(/(?<![\p{L}\p{M}'’-])\p{Ll}[\p{L}\p{M}'’-]*/gu) ?? []));
  const shaped = (i: number): string | undefined => {
    const text = lines[i]?.text.trim() ?? '';
    // A title above the talk ("Riverside Focus Group") is no name, and must not hide the name below it.
    if (text === '' || parseLabel(text) !== undefined || text === text.toUpperCase() || !nameShaped(text) || namesSession(text)) return undefined;
    const words = text.split(/\s+/).map((w) => w.toLowerCase().replace(/\.$/, ''));
    // A title (`Ms. Kaur`) is never a name on its own, but opens one.
    return words.some((w, k) => lower.has(w) || (neverName(w) && !(k === 0 && HONORIFICS.includes(w)))) ? undefined : text.replace(/\s+/g, ' ');
  };
  return lines.flatMap((_, i) => {
    const name = shaped(i);
    const next = name === undefined ? undefined : nextFilled(lines, i);
    if (name === undefined || next === undefined || shaped(next) !== undefined) return [];
    const above = lines[i - 1]?.text.trim() === '' ? i - 2 : i - 1;
    return above >= 0 && (shaped(above) !== undefined || TIME_ABOVE.test(lines[above]!.text.trim())) ? [] : [{ index: i, name, words: '' }];
  });
}

/**
 * `lines` with bare speaker names rewritten as labels, or `lines` as they were. Only where the file reads
 * as talk: three such lines or more, of two names or more, one of them coming back, and one of them a role,
 * an id or a title (`FACILITATOR`, `S3`, `MS. KAUR`): a template's prompts in bold (`**Reading** I read
 * three books`) or capitals (`READING`) come back in a class's document too, but name no one; and none
 * followed by a name alone (`**Student** Maya Lopez`, a template's field).
 */
export function withBareNames(lines: readonly SourceLine[]): SourceLine[] {
  const found = lines.flatMap((_, i) => bareName(lines, i) ?? []);
  // A name after the bold word (`**Student** Maya Lopez`) is a template's field filled in, not words said.
  const fields = found.some((f) => f.words !== '' && looksLikeName(f.words));
  const talk = !fields && namesTakeTurns(found.map((f) => f.name)) && found.some((f) => namesRole(f.name));
  // Names in ordinary case alone above the words (`Maya Chen`) name no role, but a name coming back
  // between blocks of words is talk: read so where they take turns (three or more, one coming back).
  const plain = talk || fields ? [] : plainNames(lines);
  if (!talk && !namesTakeTurns(plain.map((f) => f.name))) return [...lines];
  const out = [...lines];
  for (const f of plain) out[f.index] = { ...lines[f.index]!, text: `**${f.name}:**` };
  if (!talk) return out;
  // In bold, so the parser takes it as a label whatever its case, as it takes a bold `**Maya:**`.
  for (const f of found) out[f.index] = { ...lines[f.index]!, text: `**${f.name}:**${f.words === '' ? '' : ` ${f.words}`}` };
  return out;
}
