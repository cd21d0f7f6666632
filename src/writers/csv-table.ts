// Serialises one table to CSV the way every reflect CSV is written: RFC 4180, UTF-8, a header row, cells
// neutralised against formula injection, and Excel's BOM + CRLF when asked.

export type CsvValue = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** Add a UTF-8 BOM and use CRLF line ends, so Excel opens the file with the right encoding. */
  excel?: boolean;
}

// OWASP: a cell starting with = + - @ tab or CR can run as a formula in a spreadsheet; a leading
// apostrophe makes it text. Plain numbers written as numbers are left alone so they stay numeric.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralise one cell against formula injection. Negative numbers passed as numbers stay numbers. */
export function safeCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return FORMULA_START.test(value) ? `'${value}` : value;
}

// A cell is quoted only when it must be: it holds a quote, a comma or a line break (as csv-stringify did).
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell as RFC 4180 writes it: quoted (inner quotes doubled) only when it holds `"`, `,`, CR or LF. */
export function quoteCell(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** One record: its cells made safe and quoted, joined by commas, ended by `eol`. */
function csvRecord(cells: readonly CsvValue[], eol: string): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) line += ',';
    line += quoteCell(safeCell(cells[i]));
  }
  return line + eol;
}

const BATCH = 500;

/** One CSV document in chunks (a batch of rows each), so large tables stream to a file. */
export function* csvChunks(header: string[], rows: Iterable<CsvValue[]>, options: CsvOptions = {}): Generator<string> {
  const eol = options.excel ? '\r\n' : '\n';
  let batch: string[] = [(options.excel ? '\uFEFF' : '') + csvRecord(header, eol)];
  for (const row of rows) {
    batch.push(csvRecord(row, eol));
    if (batch.length >= BATCH) {
      yield batch.join('');
      batch = [];
    }
  }
  if (batch.length > 0) yield batch.join('');
}

/** One CSV document: header plus rows, each cell made safe. */
export function formatCsv(header: string[], rows: Iterable<CsvValue[]>, options: CsvOptions = {}): string {
  return [...csvChunks(header, rows, options)].join('');
}
