// Serialises one table to CSV the way every reflect CSV is written: RFC 4180 via csv-stringify, UTF-8,
// a header row, cells neutralised against formula injection, and Excel's BOM + CRLF when asked.
import { stringify } from 'csv-stringify/sync';

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

const BATCH = 5000;

/** One CSV document in chunks (a batch of rows each), so large tables stream to a file. */
export function* csvChunks(header: string[], rows: Iterable<CsvValue[]>, options: CsvOptions = {}): Generator<string> {
  const settings = { record_delimiter: options.excel ? '\r\n' : '\n', quoted_match: /[\r\n",]/ } as const;
  let batch: string[][] = [header.map(safeCell)];
  let first = true;
  const flush = () => {
    const body = stringify(batch, settings);
    batch = [];
    if (first && options.excel) {
      first = false;
      return `\uFEFF${body}`;
    }
    first = false;
    return body;
  };
  for (const row of rows) {
    batch.push(row.map(safeCell));
    if (batch.length >= BATCH) yield flush();
  }
  if (batch.length > 0 || first) yield flush();
}

/** One CSV document: header plus rows, each cell made safe. */
export function formatCsv(header: string[], rows: Iterable<CsvValue[]>, options: CsvOptions = {}): string {
  return [...csvChunks(header, rows, options)].join('');
}
