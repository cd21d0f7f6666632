// Serialises one table to CSV the way every reflect CSV is written: RFC 4180, UTF-8, a header row, cells
// neutralised against formula injection, and Excel's BOM + CRLF when asked.

export type CsvValue = string | number | boolean | null | undefined;

/**
 * One or more cells already written: made safe, quoted where needed, joined by commas. A row may hold it
 * in place of the values it was written from (see csvCells).
 */
export interface CsvCells {
  readonly written: string;
}

/** A row of a table: values, and cells already written in place of some of them. */
export type CsvRow = readonly (CsvValue | CsvCells)[];

export interface CsvOptions {
  /** Add a UTF-8 BOM and use CRLF line ends, so Excel opens the file with the right encoding. */
  excel?: boolean;
}

// OWASP: a cell starting with = + - @ tab or CR can run as a formula in a spreadsheet; a leading
// apostrophe makes it text. Plain numbers written as numbers are left alone so they stay numeric.
// Also after leading spaces (LibreOffice's "trim spaces" import, and Sheets, drop them first), and in the
// full-width forms ＝ ＋ － ＠ that a Japanese or Chinese keyboard types and CJK Excel reads as the
// operators. Tested on character codes rather than with a regex: it runs for every cell of every table.
function startsFormula(text: string): boolean {
  let c = text.charCodeAt(0);
  // Most cells start with a letter or digit: past '@' (64) and below the full-width forms, or digits.
  if ((c > 64 && c < 0xff0b) || (c >= 48 && c <= 57)) return false;
  for (let i = 1; c === 32 /* space */; i++) c = text.charCodeAt(i);
  return (
    c === 61 /* = */ || c === 43 /* + */ || c === 45 /* - */ || c === 64 /* @ */ || c === 9 /* tab */ || c === 13 /* CR */ ||
    c === 0xff1d /* ＝ */ || c === 0xff0b /* ＋ */ || c === 0xff0d /* － */ || c === 0xff20 /* ＠ */
  );
}

/**
 * A cell as it was before safeCell guarded it: `'=x` read back is `=x`. For files reflect wrote and a
 * coder edits (responses.csv as a coding sheet), whose ids must match those reflect reads; a spreadsheet
 * drops the `'` when it saves, so a file may hold either form.
 */
export function withoutFormulaGuard(cell: string): string {
  return cell.charCodeAt(0) === 39 /* ' */ && startsFormula(cell.slice(1)) ? cell.slice(1) : cell;
}

/** Neutralise one cell against formula injection. Negative numbers passed as numbers stay numbers. */
export function safeCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return startsFormula(value) ? `'${value}` : value;
}

// A cell is quoted only when it must be: it holds a quote, a comma or a line break (as csv-stringify did).
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell as RFC 4180 writes it: quoted (inner quotes doubled) only when it holds `"`, `,`, CR or LF. */
export function quoteCell(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** One cell as written: made safe, then quoted if it must be. A number's text never needs quotes. */
export function csvCell(value: CsvValue): string {
  return typeof value === 'number' ? safeCell(value) : quoteCell(safeCell(value));
}

/**
 * Cells written once, for values that recur on many rows of a large table (a theme's id and label): a
 * row holding the result skips making them safe and quoting them again.
 */
export function csvCells(values: readonly CsvValue[]): CsvCells {
  return { written: values.map(csvCell).join(',') };
}

/** One record: its cells made safe and quoted, joined by commas, ended by `eol`. */
function csvRecord(cells: CsvRow, eol: string): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    const text = typeof cell === 'object' && cell !== null ? cell.written : csvCell(cell);
    line = i > 0 ? `${line},${text}` : text;
  }
  return line + eol;
}

// Characters per chunk: chunks of some tens of KB, small enough to die young in V8's new space (a string
// over 128 KB goes to the large-object space, freed only by a full collection: peak memory grows). Counted
// in characters, not rows: a row of free text is ten times one of codes, and two bytes a character once
// any character of the chunk is outside Latin-1.
const CHUNK = 16384;

/** One CSV document in chunks (rows up to CHUNK characters each), so large tables stream to a file. */
export function* csvChunks(header: string[], rows: Iterable<CsvRow>, options: CsvOptions = {}): Generator<string> {
  const eol = options.excel ? '\r\n' : '\n';
  const batch: string[] = [(options.excel ? '\uFEFF' : '') + csvRecord(header, eol)];
  let size = 0;
  for (const row of rows) {
    const record = csvRecord(row, eol);
    batch.push(record);
    size += record.length;
    if (size >= CHUNK) {
      yield batch.join('');
      batch.length = 0;
      size = 0;
    }
  }
  if (batch.length > 0) yield batch.join('');
}

/** One CSV document: header plus rows, each cell made safe. */
export function formatCsv(header: string[], rows: Iterable<CsvRow>, options: CsvOptions = {}): string {
  return [...csvChunks(header, rows, options)].join('');
}
