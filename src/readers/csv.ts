// CSV and TSV reader: encodings [x] (BOMs, UTF-16, Windows-1252 via decodeText), delimiter sniffing
// (comma, semicolon, tab) [x], CRLF/LF/CR line ends [x], quoted fields with line breaks [x], broken rows as
// warnings [x], survey exports (Google Forms, Qualtrics, SurveyMonkey) [x].
import { isUtf8 } from 'node:buffer';
import { parse, type Options } from 'csv-parse/sync';
import type { ReadResult } from '../model.js';
import { InputError } from '../util/errors.js';
import { decodeText, decodingWarnings, looksBinary, UnknownEncodingError, type Decoded } from './encoding.js';
import type { ReaderContext } from './index.js';
import { buildTable, type GridRow } from './table.js';

/** The delimiters a sheet may use, in order of preference when the evidence ties. */
const DELIMITERS = [',', ';', '\t'] as const;
type Delimiter = (typeof DELIMITERS)[number];

// csv-parse's codes for a quote followed by more text before the delimiter (the second with rtrim on).
const CLOSING_QUOTE_ERRORS = new Set(['CSV_INVALID_CLOSING_QUOTE', 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE']);

/** Records looked at to sniff the delimiter. */
const SNIFF_RECORDS = 20;

/**
 * Read a CSV or TSV file into a Table. Throws an InputError only when the file cannot be read at all
 * (empty, binary, unknown forced encoding, no header row); broken rows become warnings. `isTsv` (by
 * default from the name: .tsv, .tab) makes the format TSV and tab the delimiter where the evidence ties.
 */
export function readCsv(bytes: Uint8Array, ctx: ReaderContext, isTsv = /\.(tsv|tab)$/i.test(ctx.file)): ReadResult {
  const where = { file: ctx.file };
  if (bytes.length === 0) throw new InputError('empty file', where);
  const forced = ctx.encoding ?? ctx.config.encoding;
  // UTF-16 without a BOM is full of NUL bytes; when the user names it, believe them.
  if (!/^utf-?16/i.test(forced ?? '') && looksBinary(bytes)) throw new InputError('binary data, not text', where);

  const format = isTsv ? 'tsv' : 'csv';
  // Plain UTF-8 without CRs (most files): the file's own bytes are already the text's UTF-8, so they
  // are parsed as they are, and only the first records are decoded, to sniff the delimiter. Decoding
  // the whole file would hold a second copy of it, at two bytes a character once it has one emoji.
  const plain = forced ? undefined : plainUtf8(bytes);
  const head = plain && firstRecords(plain.body, SNIFF_RECORDS);
  if (plain && head !== undefined) {
    notATable(head, ctx.file);
    const delimiter = sniffDelimiter(head, isTsv);
    const { table, warnings } = buildTable(parseRecords(plain.body, delimiter), ctx, undefined, delimiter);
    return { format, encoding: plain.encoding, content: table, warnings };
  }

  let decoded: Decoded;
  try {
    decoded = decodeText(bytes, forced);
  } catch (err) {
    if (err instanceof UnknownEncodingError) throw new InputError(err.message, where);
    throw err;
  }
  // One line-break convention from here on, so line numbers are right for CR-only (old Mac) files too;
  // line breaks inside quoted cells become "\n" as well.
  const text = decoded.text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new InputError('empty file', where);

  notATable(text, ctx.file);
  const delimiter = sniffDelimiter(text, isTsv);
  const { table, warnings } = buildTable(parseRecords(Buffer.from(text, 'utf8'), delimiter), ctx, undefined, delimiter);
  return { format, encoding: decoded.encoding, content: table, warnings: [...decodingWarnings(decoded, ctx.file), ...warnings] };
}

/**
 * Throw for a file that is plainly another format saved under a table's name: a web page (a sign-in or
 * error page saved in place of the export), XML, or JSON. Read as a table, its markup would be the
 * header and nothing would be said.
 */
function notATable(text: string, file: string): void {
  const start = text.slice(0, 200).trimStart();
  const found = /^<(?:!doctype html|html|head|body)\b/i.test(start)
    ? 'a web page (HTML), not a table: a sign-in or error page saved in place of the export?'
    : /^<\?xml\b/i.test(start)
      ? 'XML, not a table (an Excel 2003 XML spreadsheet?): save it as .xlsx or .csv to have it read'
      : /^[[{]\s*["{[]/.test(start)
        ? 'JSON, not a table: export the data as .csv or .xlsx to have it read'
        : undefined;
  if (found) throw new InputError(found, { file });
}

/**
 * The bytes of a file that is valid UTF-8 (after a UTF-8 BOM, if any) and holds no CR: exactly the
 * UTF-8 of the text decodeText would return, with no line breaks to change. Undefined for anything else.
 */
function plainUtf8(bytes: Uint8Array): { body: Buffer; encoding: 'utf-8' | 'utf-8-bom' } | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  const body = bom ? buf.subarray(3) : buf;
  // A NUL is valid UTF-8, but here it is UTF-16 without a BOM.
  if (body.includes(0x0d) || body.includes(0x00) || !isUtf8(body)) return undefined;
  return { body, encoding: bom ? 'utf-8-bom' : 'utf-8' };
}

/**
 * The start of a UTF-8 text, decoded: enough of it to hold `count` whole records (so sniffing it finds
 * what sniffing the whole text would), or all of it. Undefined when the text is blank, or the decoded
 * part is, so the caller takes the general path and reports it as the whole text would be.
 */
function firstRecords(body: Buffer, count: number): string | undefined {
  for (let size = 1 << 16; ; size *= 4) {
    if (size >= body.length) {
      const text = body.toString('utf8');
      return text.trim() === '' ? undefined : text;
    }
    // Never cut a character in two: step back over continuation bytes.
    let end = size;
    while (end > 0 && (body[end]! & 0xc0) === 0x80) end--;
    const head = body.toString('utf8', 0, end);
    if (head.trim() !== '' && countOutsideQuotes(head, count, false).length === count) return head;
  }
}

/**
 * The delimiter of a delimited text: the candidate whose count per record, outside quotes, is the same on
 * most of the first records (so a comma in a title line or in free text does not outvote a semicolon on
 * every row). More fields break near-ties; a .tsv name breaks exact ties towards tab.
 */
export function sniffDelimiter(text: string, tsvHint = false): Delimiter {
  const counts = countOutsideQuotes(text, SNIFF_RECORDS);
  let best: Delimiter | undefined;
  let bestScore = -1;
  const order: Delimiter[] = tsvHint ? ['\t', ',', ';'] : [...DELIMITERS];
  for (const d of order) {
    const perRecord = counts.map((c) => c[d]);
    const fields = mostCommonNonZero(perRecord);
    if (fields === 0) continue;
    const consistent = perRecord.filter((n) => n === fields).length / perRecord.length;
    const score = consistent * 1000 + Math.min(fields, 999);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best ?? (tsvHint ? '\t' : ',');
}

/** The most frequent non-zero number (the larger on a tie). */
function mostCommonNonZero(values: number[]): number {
  const tally = new Map<number, number>();
  for (const v of values) if (v > 0) tally.set(v, (tally.get(v) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [v, n] of tally) {
    if (n > bestCount || (n === bestCount && v > best)) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

/**
 * Per record (up to `limit`), how often each candidate delimiter occurs outside double quotes. With
 * `atEnd` false the text is only the start of one, so a last record without its line break is left out.
 */
function countOutsideQuotes(text: string, limit: number, atEnd = true): Record<Delimiter, number>[] {
  const records: Record<Delimiter, number>[] = [];
  let current: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  let blank = true;
  for (let i = 0; i < text.length && records.length < limit; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n') {
      if (!blank) records.push(current);
      current = { ',': 0, ';': 0, '\t': 0 };
      blank = true;
      continue;
    } else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) current[ch]++;
    if (ch !== ' ') blank = false;
  }
  if (atEnd && !blank && records.length < limit) records.push(current);
  return records;
}

/**
 * Split UTF-8 text (line breaks already "\n") into records with their starting line. Quotes are read strictly
 * (RFC 4180) so that a quote that is never closed is caught instead of swallowing the rows after it: such
 * a record is reported as a problem and reading resumes on the line after the one where it started. A
 * file with bare quotes inside unquoted cells (`he said "hi"`) is read leniently from there on.
 */
function parseRecords(bytes: Buffer, delimiter: Delimiter): GridRow[] {
  const grid: GridRow[] = [];
  // One buffer, sliced without copying, so resuming after a broken record costs nothing extra.
  const lineStarts = [0];
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) lineStarts.push(i + 1);
  const lineText = (line: number): string =>
    bytes.subarray(lineStarts[line - 1], lineStarts[line] ?? bytes.length).toString('utf8').replace(/\n$/, '');

  const base: Options = { delimiter, relax_column_count: true, skip_empty_lines: false, ltrim: true, rtrim: true };
  let lenient = false;
  let fromLine = 1;
  while (fromLine <= lineStarts.length) {
    const segment = parseSegment(bytes.subarray(lineStarts[fromLine - 1]), fromLine, { ...base, relax_quotes: lenient });
    for (const row of segment.rows) grid.push(row);
    if (!segment.error) break;
    const { nextLine } = segment;
    const { code, lines } = segment.error as { code?: string; lines?: number };
    const errorLine = (lines ?? 1) + fromLine - 1;
    if (code === 'INVALID_OPENING_QUOTE' && !lenient) {
      lenient = true;
      fromLine = nextLine;
    } else if (CLOSING_QUOTE_ERRORS.has(code ?? '') && errorLine === nextLine) {
      // `"Great" day`: a quote closes early on a one-line record; the cell is kept as written.
      const cells = parseLine(lineText(nextLine), { delimiter, relax_column_count: true, relax_quotes: true });
      grid.push(
        cells
          ? { line: nextLine, cells, note: 'a quoted cell has text after its closing quote; read as written' }
          : { line: nextLine, cells: [], problem: 'cannot read the quotes on this line' },
      );
      fromLine = nextLine + 1;
    } else {
      const problem =
        code === 'CSV_QUOTE_NOT_CLOSED' || code === 'CSV_MAX_RECORD_SIZE' || CLOSING_QUOTE_ERRORS.has(code ?? '')
          ? 'a quoted cell that starts on this line is never closed'
          : `cannot read this row (${code ?? (segment.error as Error).message})`;
      grid.push({ line: nextLine, cells: [], problem });
      fromLine = nextLine + 1;
    }
  }
  return grid;
}

/** Records parsed from one stretch of the file, and the error that ended it early, if any. */
interface Segment {
  rows: GridRow[];
  /** Line where the next record (or the failing one) starts. */
  nextLine: number;
  error?: unknown;
}

/** Parse from `fromLine` to the end, or to the first record that cannot be read. */
function parseSegment(bytes: Buffer, fromLine: number, options: Options): Segment {
  try {
    // Fast path, with no per-record callback (csv-parse's info objects cost as much as the parse): every
    // record takes one line plus the line breaks inside its quoted cells.
    const records = parse(bytes, options) as string[][];
    const rows: GridRow[] = [];
    let line = fromLine;
    for (const cells of records) {
      rows.push({ line, cells });
      line += 1;
      for (const cell of cells) for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) line++;
    }
    return { rows, nextLine: line };
  } catch {
    // Parse the stretch again, recording lines as csv-parse counts them, to keep the records before the error.
    const rows: GridRow[] = [];
    let nextLine = fromLine;
    try {
      parse(bytes, {
        ...options,
        on_record: (record: string[], info) => {
          rows.push({ line: nextLine, cells: record });
          nextLine = info.lines + fromLine;
          return null;
        },
      });
      return { rows, nextLine };
    } catch (error) {
      return { rows, nextLine, error };
    }
  }
}

/** One line parsed on its own, or undefined when even lenient quoting cannot read it. */
function parseLine(line: string, options: Options): string[] | undefined {
  try {
    const records = parse(line, options) as string[][];
    return records.length === 1 ? records[0] : undefined;
  } catch {
    return undefined;
  }
}
