// Blocks headed by a name and a time set apart by one space, as Webex writes its transcripts
// (`Dana Reyes 00:00:03`, the words on the lines below). Otter's two spaces (`Name  0:12`) are a header
// on their own; one space is also how prose notes a time ("Practice 3:30"), so such lines are read as
// headers only where the file reads as blocks throughout. Read as prose, the file was one author's
// reflection, the speakers' names in its text and the facilitator's questions counted as answers.
import { isIdLabel, isRoleLabel, looksLikeName, namesTakeTurns, parseLabel, parseTimestamp, TS, type SourceLine } from './speaker-lines.js';

const ONE_SPACE = new RegExp(String.raw`^(\S.{0,39}?) (${TS})$`);

/** A header found: its line's index, the name, and the time in seconds. */
interface Header {
  index: number;
  name: string;
  start: number;
}

// Filled lines before the first header that may be a title and a date, no more.
const MAX_LINES_BEFORE = 2;

/**
 * Whether a name is a speaker's as a meeting shows it: a display name in full (`Dana Reyes`), or a
 * label or an id (`Speaker 2`, `S3`), never a single word that a note of the day's plan opens with.
 */
function speakerShaped(name: string): boolean {
  return looksLikeName(name) && (name.split(/\s+/).length >= 2 || isIdLabel(name) || isRoleLabel(name));
}

/** The header a line holds (a name, one space, a time; words on the next line, or the one after a Word document's empty paragraph), or undefined. */
function header(lines: readonly SourceLine[], i: number): Header | undefined {
  const text = lines[i]!.text.trim();
  const m = ONE_SPACE.exec(text);
  const next = lines[lines[i + 1]?.text.trim() === '' ? i + 2 : i + 1]?.text.trim();
  if (!m || next === undefined || next === '' || parseLabel(text) !== undefined || !speakerShaped(m[1]!)) return undefined;
  const start = parseTimestamp(m[2]!);
  return start === undefined ? undefined : { index: i, name: m[1]!, start };
}

/**
 * `lines` with one-space block headers written as Otter's (`Dana Reyes  00:00:03`), for the speaker-line
 * parser, or `lines` as they were. Only where the file reads as such blocks: three headers or more, of
 * two names or more (display names in full, or labels), one of them coming back, their times never
 * going back, and nothing before the first but a title and a date.
 */
export function withSpacedTimes(lines: readonly SourceLine[]): SourceLine[] {
  const found = lines.flatMap((_, i) => header(lines, i) ?? []);
  if (!namesTakeTurns(found.map((h) => h.name)) || found.some((h, k) => k > 0 && h.start < found[k - 1]!.start)) return [...lines];
  if (lines.slice(0, found[0]!.index).filter((l) => l.text.trim() !== '').length > MAX_LINES_BEFORE) return [...lines];
  const out = [...lines];
  for (const h of found) out[h.index] = { ...lines[h.index]!, text: lines[h.index]!.text.trim().replace(ONE_SPACE, '$1  $2') };
  return out;
}
