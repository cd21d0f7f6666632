// Reader for plain-text and Markdown transcripts and written reflections (.txt, .md): YAML front matter
// [x], a header of `Key: value` lines instead (School, Date, Transcriber, Name …) [x], speaker labels in
// every common style [x] (see speaker-lines.ts), timestamps before/after names [x], Otter.ai exports [x],
// Markdown headings/rules/bold names [x], names without a colon (`MAYA` above the words, `**Maya** I
// agree`; see bare-names.ts) [x], prompts in bold on a line of their own (never turns) [x],
// continuation lines [x], a class's reflections in one file, each part headed `Name: …` or `# Name`
// [x], a note-taker's notes of a focus group ("Student 3 said …", `- S2: …`; see notes.ts) [x], Webex's
// one-space block headers (`Dana Reyes 00:00:03`; see spaced-times.ts) [x], text with no labels at all
// read as a written reflection, one turn per paragraph [x]; any
// encoding decodeText knows.
import path from 'node:path';
import type { ReadResult, Warning } from '../model.js';
import { ConfigError, InputError } from '../util/errors.js';
import { decodeText, decodingWarnings, looksBinary, UnknownEncodingError, type Decoded } from './encoding.js';
import { readFrontMatter, speakerNames } from './front-matter.js';
import { readHeaderBlock } from './header-block.js';
import type { ReaderContext } from './index.js';
import { readCsv } from './csv.js';
import { withBareNames } from './bare-names.js';
import { withSpacedTimes } from './spaced-times.js';
import { parseTurns, transcriptOf } from './prose.js';
import { parseLabel, tabbedLabel, withAuthors } from './speaker-lines.js';

/**
 * Decode a text file for a reader, with the warnings the decoding raised (bytes that are not UTF-8), or
 * throw: InputError for an empty file or binary data, ConfigError for an encoding name that does not exist.
 */
export function decodeTextFile(bytes: Uint8Array, ctx: ReaderContext): Decoded & { warnings: Warning[] } {
  if (bytes.length === 0) throw new InputError('empty file', { file: ctx.file });
  if (looksBinary(bytes)) throw new InputError('binary data, not text', { file: ctx.file });
  let decoded: Decoded;
  try {
    decoded = decodeText(bytes, ctx.encoding ?? ctx.config.encoding);
  } catch (error) {
    if (error instanceof UnknownEncodingError) throw new ConfigError(error.message, { file: ctx.file });
    throw error;
  }
  if (decoded.text.trim() === '') throw new InputError('empty file', { file: ctx.file });
  return { ...decoded, warnings: decodingWarnings(decoded, ctx.file) };
}

/** Split text into lines on any line ending (LF, CRLF, CR). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * Whether lines are a table with tab-separated columns: the first filled line has tabs and is no speaker
 * label ("Maya:<tab>I agree"), and nearly every filled line has as many (a quoted cell may hold a line break).
 */
function isTabTable(lines: string[]): boolean {
  const filled = lines.filter((l) => l.trim() !== '');
  const tabs = (line: string): number => line.split('\t').length - 1;
  const columns = filled.length >= 2 ? tabs(filled[0]!) : 0;
  if (columns === 0 || parseLabel(filled[0]!) !== undefined) return false;
  if (columns === 1 && speakersByTab(filled)) return false;
  return filled.filter((l) => tabs(l) === columns).length >= 0.8 * filled.length;
}

/**
 * Whether two tab-separated columns are speakers and their words (`Maya Lopez<tab>I agree`, a transcript
 * laid out with a hanging indent): the first line reads as a speaker's label, and its name comes back in
 * the first column below it, as a header never does in its own column. Read as a sheet, the first
 * speaker's name was a column header and the others its values: a demographic of students' names.
 */
function speakersByTab(filled: readonly string[]): boolean {
  if (tabbedLabel(filled[0]!) === filled[0]) return false;
  const first = filled[0]!.split('\t')[0]!.trim();
  return filled.slice(1).some((l) => l.split('\t')[0]!.trim() === first);
}

/** Read a .txt or .md file into a Transcript (speaker-labelled talk, or a written reflection). */
export function readText(bytes: Uint8Array, ctx: ReaderContext): ReadResult {
  const ext = path.extname(ctx.file).toLowerCase();
  const format = ext === '.md' || ext === '.markdown' ? 'md' : 'txt';
  const { text, encoding, warnings: decoding } = decodeTextFile(bytes, ctx);
  const lines = splitLines(text);
  // Excel saves a sheet as "Text (Tab delimited)" or "Unicode Text" with a .txt name: it is a sheet.
  if (format === 'txt' && isTabTable(lines)) return readCsv(bytes, ctx, true);
  const front = readFrontMatter(lines, ctx.file);
  // Without `---` front matter, a header of `Key: value` lines plays its part.
  const header = front.bodyStart === 0 ? readHeaderBlock(lines) : undefined;
  if (header) front.attributes = header.attributes;
  const body = lines
    .map((t, i) => ({ text: t.includes('\t') ? tabbedLabel(t) : t, line: i + 1 }))
    .filter((_, i) => i >= front.bodyStart && !(header && i >= header.start && i < header.end));
  const sourceLines = withBareNames(withSpacedTimes(body));
  const options = { file: ctx.file, knownSpeakers: speakerNames(front.attributes), markdown: format === 'md' };
  const parsed = parseTurns(sourceLines, options, front.attributes.title);
  const warnings = [...decoding, ...front.warnings, ...parsed.warnings];
  if (parsed.turns.length === 0) warnings.push({ file: ctx.file, message: 'no text found after the front matter' });
  return {
    format,
    encoding,
    content: transcriptOf(withAuthors(front.attributes, parsed.authors, parsed.mentioned), parsed),
    warnings,
  };
}
