// Loads a codebook file (YAML, JSON, CSV, an Excel workbook or REFI-QDA .qdc) or the default codebook into the model.
// Readers live in a registry by extension; each returns a spec that validate.ts checks and builds.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Codebook, Warning } from '../model.js';
import { ConfigError, ConfigErrors, fileErrorText, problemsOf } from '../util/errors.js';
import { buildCodebook, type CodebookSpec } from './validate.js';
import { parseJsonCodebook, parseYamlCodebook } from './parse-yaml.js';
import { codebookFromRows, findHeader, isCodebookCsv, parseCsvCodebook, type Row } from './parse-csv.js';
import { openXlsxGrids } from '../readers/xlsx.js';
import { parseQdcCodebook } from './parse-qdc.js';
import { decodeText } from '../readers/encoding.js';
import { own } from '../util/own.js';

type CodebookReader = (text: string, file: string, name: string) => CodebookSpec;

/** Codebook readers by file extension. */
export const codebookReaders: Record<string, CodebookReader> = {
  '.yml': parseYamlCodebook,
  '.yaml': parseYamlCodebook,
  '.json': parseJsonCodebook,
  '.csv': parseCsvCodebook,
  // a tab-separated export (Google Sheets' .tsv), read as the survey reader reads one
  '.tsv': parseCsvCodebook,
  '.tab': parseCsvCodebook,
  '.qdc': parseQdcCodebook,
};

/** Where the default codebook lives: src/codebook/ both from src/ (tests) and from dist/ (built). */
export const DEFAULT_CODEBOOK_URL = new URL('../../src/codebook/default-codebook.yml', import.meta.url);

/** The default codebook's YAML text, comments included. */
export async function readDefaultCodebookText(): Promise<string> {
  return fs.readFile(fileURLToPath(DEFAULT_CODEBOOK_URL), 'utf8');
}

/** Parse codebook text in the format its file name's extension says. */
export function parseCodebook(text: string, file: string, name = path.basename(file).replace(/\.[^.]+$/, '')): Codebook {
  const ext = path.extname(file).toLowerCase();
  const reader = own(codebookReaders, ext);
  if (!reader) {
    throw new ConfigError(`codebook format '${ext || '(none)'}' is not supported (use ${[...Object.keys(codebookReaders), '.xlsx'].join(', ')})`, { file });
  }
  return buildCodebook(reader(text.replace(/^\uFEFF/, ''), file, name));
}

/**
 * The rows of a workbook's codebook: its first worksheet, or, where that one has no theme and pattern
 * columns (a "Read me" sheet kept before the codebook), the first sheet that has them, said in a warning
 * and named as `sheet`; with the workbook's warnings (formulas saved without their result, read as blank).
 */
async function codebookSheet(bytes: Buffer, file: string): Promise<{ rows: Row[]; warnings: Warning[]; sheet?: string }> {
  // The workbook is loaded once, each sheet read from it as it is looked at.
  let workbook;
  try {
    workbook = await openXlsxGrids(bytes, file);
  } catch (e) {
    throw new ConfigError((e as Error).message, { file });
  }
  const sheet = (name?: string) => {
    const read = workbook.grid(name);
    return { ...read, rows: read.grid.map((r): Row => ({ record: r.cells, line: r.line })) };
  };
  const first = sheet();
  if (findHeader(first.rows) !== undefined) return first;
  for (const other of workbook.sheets.filter((n) => n !== first.sheet)) {
    const read = sheet(other);
    if (findHeader(read.rows) === undefined) continue;
    const said: Warning = { file, message: `the codebook was read from sheet '${read.sheet}': the first sheet, '${first.sheet}', has no theme and pattern columns` };
    return { rows: read.rows, warnings: [said, ...read.warnings], sheet: read.sheet };
  }
  // no sheet is a codebook: the first sheet's missing column is told
  return first;
}

/**
 * Whether `file` is a codebook file rather than responses (or a folder), by its extension and its head: a
 * YAML or .qdc file always; JSON with a `themes` list; a sheet (CSV, TSV, Excel) with theme and pattern
 * columns. A file of more than `maxBytes` is taken for responses without being read (a survey export of
 * megabytes). For a codebook given where the folder of responses goes (`codebook check mine.yml`,
 * `analyze codebook.csv`).
 */
export async function isCodebookFile(file: string, maxBytes = Infinity): Promise<boolean> {
  const stat = await fs.stat(file).catch(() => undefined);
  if (stat === undefined || !stat.isFile() || stat.size > maxBytes) return false;
  const ext = path.extname(file).toLowerCase();
  if (ext === '.yml' || ext === '.yaml' || ext === '.qdc') return true;
  if (!['.json', '.csv', '.tsv', '.tab', '.xlsx'].includes(ext)) return false;
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch {
    return false;
  }
  if (ext === '.xlsx') {
    try {
      return findHeader((await codebookSheet(bytes, file)).rows) !== undefined;
    } catch {
      return false;
    }
  }
  const text = decodeText(bytes).text.replace(/\r\n?/g, '\n');
  if (ext !== '.json') return isCodebookCsv(text, file);
  try {
    const value = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, 'themes');
  } catch {
    return false;
  }
}

/**
 * Load a codebook file, or the default codebook when `file` is absent. Every problem is a ConfigError
 * naming the file and line.
 */
export async function loadCodebook(file?: string): Promise<Codebook> {
  if (file === undefined) {
    return parseCodebook(await readDefaultCodebookText(), 'default-codebook.yml', 'default');
  }
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigError(code === 'ENOENT' ? 'codebook file not found' : `cannot read codebook: ${fileErrorText(e)}`, { file });
  }
  // A codebook kept in Excel: its first worksheet, read as a CSV codebook is, each row by its number.
  if (path.extname(file).toLowerCase() === '.xlsx') {
    const { rows, warnings, sheet } = await codebookSheet(bytes, file);
    // a problem on a later sheet names it, as a workbook's sheets of responses are named: `book.xlsx#Codebook:4`
    const named = sheet === undefined ? file : `${file}#${sheet}`;
    try {
      const spec = codebookFromRows(rows, named, path.basename(file).replace(/\.[^.]+$/, ''));
      if (warnings.length > 0) spec.warnings = [...(spec.warnings ?? []), ...warnings];
      const book = buildCodebook(spec);
      if (book.warnings !== undefined) book.warnings = book.warnings.map(warningAtRow);
      return book;
    } catch (e) {
      throw e instanceof ConfigError ? atRows(e) : e;
    }
  }
  // decoded as input files are: a spreadsheet saved on Windows may be Windows-1252 or UTF-16, not UTF-8
  // Line ends as YAML and CSV read them: a file saved with old Mac ends (CR alone) read as one line.
  return parseCodebook(decodeText(bytes).text.replace(/\r\n?/g, '\n'), file);
}

/**
 * A problem in a workbook's codebook, named by the sheet and the row Excel shows (`Codebook.xlsx#Codes: row
 * 4: …`), not as a line of a text file is (`Codebook.xlsx#Codes:4:`); `line` still holds the row number,
 * for `--json`.
 */
class RowError extends ConfigError {
  override describe(): string {
    if (this.line === undefined) return super.describe();
    return `${this.file ?? ''}: row ${this.line}: ${this.message}`;
  }
}

/** A workbook's codebook problems (one, or several together) as RowErrors. */
function atRows(e: ConfigError): ConfigError {
  const rows = problemsOf(e).map((p) => new RowError(p.message, { file: p.file, line: p.line }));
  return rows.length === 1 && !(e instanceof ConfigErrors) ? rows[0]! : new ConfigErrors(rows);
}

/** A workbook's codebook warning at a row: said as `Codebook.xlsx#Codes: row 4: …`, as its problems are. */
function warningAtRow(w: Warning): Warning {
  if (w.line === undefined) return w;
  const { line, ...rest } = w;
  return { ...rest, message: `row ${line}: ${w.message}` };
}
