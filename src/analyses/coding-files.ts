// Reads coding files for `reflect agree`: wide (response_id + themes) or long (response_id + theme_id),
// as CSV (comma or semicolon separated), TSV or an XLSX workbook's first sheet.
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { CodedUnit, CoderCodings, Warning } from '../model.js';
import { sniffDelimiter } from '../readers/csv.js';
import { detectContent, type Content } from '../readers/content.js';
import { decodeText, looksBinary } from '../readers/encoding.js';
import { readXlsxGrid } from '../readers/xlsx.js';
import { detectFormat } from '../readers/index.js';
import { codingHeaderKey, DETAIL_KEYS, EVIDENCE_KEYS, LONG_KEYS, NUMBERED_KEY, RESPONSE_KEYS, SEGMENT_KEYS, TEXT_KEYS, WIDE_KEYS } from '../readers/coding-columns.js';
import { InputError } from '../util/errors.js';
// The formula guard's inverse: responses.csv, a coding file, is written with it (ids starting with = + - @).
import { withoutFormulaGuard } from '../writers/csv-table.js';
import { dict, own } from '../util/own.js';
import { byCodeUnits } from '../util/text.js';

/**
 * Characters that separate theme ids in a wide file's `themes` cell: `;` and `|`, and, in a cell holding
 * neither, commas (see {@link themeCellParts}).
 */
const THEME_SEPARATORS = /[;|]/;

/** One row of a coding file. */
export interface CodingRecord {
  cells: string[];
  /** 1-based line (CSV, TSV) or sheet row (XLSX) where the record starts. */
  line: number;
}

/**
 * The rows of a coding file from its bytes, by the format of its name (as for inputs): an XLSX
 * workbook's first sheet, or delimited text in any encoding reflect reads (see readRecords).
 */
export async function codingRecords(bytes: Uint8Array, file: string): Promise<CodingRecord[]> {
  const content = detectContent(bytes);
  const named = detectFormat(file);
  const problem = notACodingSheet(content, named) ?? notCodingsByName(file);
  if (problem) throw new InputError(problem, { file });
  // A workbook named .csv (a download renamed) is read as the workbook it is.
  const workbook = content?.kind === 'zip' && content.holds === 'xlsx';
  if (named === 'xlsx' || workbook) return (await readXlsxGrid(bytes, file)).grid;
  if (looksBinary(bytes)) throw new InputError(`binary data, not text; ${SAVE_CODINGS}`, { file });
  return readRecords(decodeText(bytes).text, file);
}

/** csv-parse's errors for quotes that do not pair up. */
const QUOTE_ERRORS = new Set(['CSV_QUOTE_NOT_CLOSED', 'CSV_INVALID_CLOSING_QUOTE', 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE']);

const SAVE_CODINGS = 'save the codings as .csv or .xlsx to have them read';

/** What a file holds, by detectContent's kind (and what a zip or OLE file holds), where that is no sheet of codings. */
const NOT_CODINGS: Record<string, string> = {
  'zip:docx': 'a Word document',
  'zip:pptx': 'a PowerPoint presentation',
  'zip:odt': 'an OpenDocument text (.odt)',
  'zip:ods': 'an OpenDocument spreadsheet (.ods)',
  'zip:iwork': 'a Pages or Numbers document',
  'zip:archive': 'a zip archive',
  'ole:doc': 'a Word 97–2003 document (.doc)',
  'ole:xls': 'an Excel 97–2003 workbook (.xls)',
  'ole:ppt': 'a PowerPoint presentation',
  'ole:other': 'an older Office file',
  gzip: 'a gzip-compressed file',
  pdf: 'a PDF',
  rtf: 'an RTF document',
  html: 'a web page (HTML)',
};

/**
 * Why a file is no coding sheet, by what its bytes hold (see detectContent), said as read-files says it
 * of an input: a workbook cut short, a Word, PDF or older Office file. Undefined where it may be one.
 */
function notACodingSheet(content: Content | undefined, named: string | undefined): string | undefined {
  if (content === undefined) return undefined;
  if (content.kind === 'zip' && content.truncated) {
    return 'cut short: the file ends before its zip directory (a download or copy that did not finish?); copy or download it again to have it read';
  }
  if (content.kind === 'zip' && content.holds === 'xlsx') return undefined;
  if (content.kind === 'ole' && content.holds === 'encrypted') {
    return 'a password-protected workbook: remove the password in Excel (File › Info › Protect Workbook › Encrypt with Password, then clear it) and save it, to have it read';
  }
  const key = content.kind === 'zip' || content.kind === 'ole' ? `${content.kind}:${content.holds}` : content.kind;
  const what = own(NOT_CODINGS, key);
  if (what === undefined) return undefined;
  return `${what}${named ? ` named .${named}` : ''}, not a sheet of codings; ${SAVE_CODINGS}`;
}

/**
 * Why a file is no coding sheet, by its name: a codebook (`reflect agree human.csv codebook.yml`, the
 * codebook given among the coders' files) or a JSON document (analysis.json), which read as a table gave
 * "expected a response_id column … found: themes:". Undefined for any other name.
 */
function notCodingsByName(file: string): string | undefined {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.yml' || ext === '.yaml' || ext === '.qdc') {
    return `a codebook (${ext}), not a sheet of codings; give a codebook with --codebook, and each coder's codings as a .csv, .tsv or .xlsx file`;
  }
  if (ext === '.json') {
    return "a JSON file (a codebook, or reflect's analysis.json?), not a sheet of codings; give a codebook with --codebook, and each coder's codings as a .csv, .tsv or .xlsx file (reflect's own are its responses.csv)";
  }
  return undefined;
}

/**
 * Parse delimited text into records with the line each starts on. The delimiter is sniffed as a survey
 * sheet's is (comma, semicolon as Excel writes in much of Europe, or tab), tab winning a tie for a .tsv name.
 */
function readRecords(text: string, file: string): CodingRecord[] {
  const tsv = detectFormat(file) === 'tsv';
  // csv-parse miscounts lines in CRLF files with blank lines; line numbers are only needed for
  // messages, and cell values are read ignoring line ends inside the text, so normalise first.
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let parsed: { record: string[]; raw: string; info: { lines: number } }[];
  const delimiter = sniffDelimiter(normalised, tsv);
  try {
    parsed = parse(normalised, { delimiter, relax_column_count: true, skip_empty_lines: true, info: true, raw: true }) as unknown as typeof parsed;
  } catch (err) {
    const e = err as Error & { lines?: number; code?: string };
    // csv-parse says where the file ended, inside the quote, or where the next quote closed it: the
    // line to fix is the one the record starts on.
    if (QUOTE_ERRORS.has(e.code ?? '')) {
      const line = failedRecordLine(normalised, { delimiter, relax_column_count: true, skip_empty_lines: true });
      throw new InputError(
        `not a readable ${tsv ? 'TSV' : 'CSV'} file: the quotes of the row that starts on this line do not pair up (a '"' missing at the end of a cell, or text after its closing quote), so the rows after it cannot be told apart`,
        { file, line },
      );
    }
    throw new InputError(`not a readable ${tsv ? 'TSV' : 'CSV'} file: ${e.message}`, { file, line: e.lines });
  }
  return parsed.map(({ record, raw, info }) => {
    // info.lines is where the record ends; the raw text (less skipped blank lines before it and its own
    // line end) says how many lines a quoted multi-line cell took.
    const body = raw.replace(/^\n+/, '').replace(/\n$/, '');
    const spanned = body.split('\n').length - 1;
    return { cells: record, line: info.lines - spanned };
  });
}

/**
 * The line (1-based) where the record that csv-parse could not read starts: the first filled line after
 * the last record it read. An unclosed quote runs on to the end of the file, or to the next quote, and
 * csv-parse names that line; the record's own line is the one to fix.
 */
function failedRecordLine(text: string, options: Record<string, unknown>): number {
  let after = 0;
  try {
    parse(text, { ...options, info: true, on_record: (_record: string[], info: { lines: number }) => {
      after = info.lines;
      return null;
    } });
  } catch {
    // the error is the one being reported
  }
  const lines = text.split('\n');
  let line = after + 1;
  while (line < lines.length && lines[line - 1]!.trim() === '') line++;
  return line;
}

/** Index of the first header whose key is one of `keys`, or -1. */
function findColumn(headerKeys: string[], keys: string[]): number {
  for (const key of keys) {
    const i = headerKeys.indexOf(key);
    if (i >= 0) return i;
  }
  return -1;
}

/** A coder's name for a file: its base name without the extension. */
function coderNameOf(file: string): string {
  const base = path.basename(file);
  const ext = path.extname(base);
  return ext && ext !== base ? base.slice(0, -ext.length) : base;
}

/**
 * Names for the coders of `files`, unique: the base name without extension; where two files share it,
 * the shortest trailing part of their paths that tells them apart, else a `#2`, `#3` … suffix.
 */
export function coderNames(files: string[]): string[] {
  const names = files.map(coderNameOf);
  const clash = (name: string): boolean => names.filter((n) => n === name).length > 1;
  const partsOf = (file: string, name: string): string[] => {
    const parts = path.normalize(file).split(/[\\/]+/).filter(Boolean);
    parts[parts.length - 1] = name;
    return parts;
  };
  return names.map((name, i) => {
    if (!clash(name)) return name;
    const parts = partsOf(files[i]!, name);
    const others = files.filter((_, j) => j !== i && names[j] === name).map((f) => partsOf(f, name));
    // Up to the longest of the paths, a shorter one standing whole: B.csv beside alice/B.csv is B (its
    // whole path) where it was B#2, its folders having run out before the other's.
    const longest = Math.max(parts.length, ...others.map((p) => p.length));
    for (let take = 2; take <= longest; take++) {
      const candidate = parts.slice(-take).join('/');
      if (!others.some((p) => p.slice(-take).join('/') === candidate)) return candidate;
    }
    const nth = names.slice(0, i + 1).filter((n) => n === name).length;
    return nth === 1 ? name : `${name}#${nth}`;
  });
}

/**
 * Split a themes cell into sorted, unique theme ids (see {@link themeCellParts}); `known` tells a theme
 * the codebook names, by id or label.
 */
export function splitThemes(cell: string, oneTheme = false, known?: (value: string) => boolean): string[] {
  const ids = themeCellParts(cell, oneTheme, known).filter((s) => !isNoTheme(s));
  return [...new Set(ids)].sort();
}

/**
 * The values in a themes cell, trimmed, blanks left out. A label may hold a comma ("Passions, goals and
 * purpose"), so commas split only a cell that could not hold such a label as one: not a cell holding one
 * theme (a long file's, or one of numbered columns), nor one whose themes are separated by `;` or `|`
 * ("Relationships with adults; Passions, goals and purpose"), nor one that is wholly a theme `known` to
 * the codebook. Otherwise commas split, as coders list ids ("stress, sleep").
 */
function themeCellParts(cell: string, oneTheme: boolean, known?: (value: string) => boolean): string[] {
  const byComma = !oneTheme && !THEME_SEPARATORS.test(cell) && !(known?.(cell.trim()) ?? false);
  const parts = cell
    .split(byComma ? ',' : THEME_SEPARATORS)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (byComma || oneTheme || known === undefined) return parts;
  // Separators mixed by hand ("stress, sleep; choice"): a piece that is no theme of the codebook, but
  // whose comma-separated parts all are, is those themes.
  return parts.flatMap((p) => {
    if (!p.includes(',') || known(p)) return [p];
    const pieces = p.split(',').map((s) => s.trim()).filter((s) => s !== '');
    return pieces.every(known) ? pieces : [p];
  });
}

/**
 * What a coder writes for "coded, and no theme applies", so that a blank cell can mean "not coded yet":
 * `none`, `no theme(s)`, `no code(s)` or a dash, in any case. (Not `NA` or `n/a`: R writes NA for a
 * missing value, and "not applicable" is read both ways.)
 */
const NO_THEME = new Set(['none', 'no theme', 'no themes', 'no code', 'no codes', '-', '–', '—']);
function isNoTheme(value: string): boolean {
  return NO_THEME.has(value.trim().toLowerCase().replace(/\s+/g, ' '));
}

// A run of blank themes cells at the end of a file at least this long (and this share of its rows)
// looks like responses the coder did not get to, not responses coded with no theme.
const TRAILING_BLANKS_MIN = 10;
const TRAILING_BLANKS_SHARE = 0.1;

/**
 * Parse one coding file, as delimited text (CSV or TSV) or as the records {@link codingRecords}
 * read. `name` is the file as named by the user: it is used in messages and gives the coder's name (its
 * base name without extension).
 *
 * Wide files (a `themes` or `codes` column, ids joined by `;`, `,` or `|`; or numbered columns "Code 1",
 * "Code 2" … with a theme in each filled one) list every response the coder coded; an empty cell means
 * coded with no theme, unless the file writes `none` (see {@link isNoTheme}) for that anywhere: then a
 * blank row is a response not coded, and left out. Long files (a `theme_id`, `theme` or `code` column) hold one row per
 * response × theme. A `text` column gives each response's text and an `evidence` column (codings.csv)
 * the evidence of each of its themes, for the disagreements file; every other column is ignored. When a
 * file has both a themes and a theme_id column, it is read as wide. A file with neither is read as a
 * matrix when it has them: one column per theme, headed by its id, marked 1, x or yes where the coder
 * gave the theme (0, no or blank where not), one row per response, as coders often keep a spreadsheet;
 * it lists every response the coder coded, as a wide file does.
 *
 * `themes`, the codebook's, tell a label with a comma in a themes cell of its own from a list (see
 * {@link themeCellParts}); the themes are still kept as written (see {@link themesAsIds}).
 *
 * @throws InputError for a file that is not CSV, lacks the columns, or (wide) lists a response twice.
 */
export function parseCodingFile(input: string | readonly CodingRecord[], name: string, themes?: readonly { id: string; label: string }[]): CoderCodings {
  const records = typeof input === 'string' ? readRecords(input, name) : input;
  const header = records[0];
  const expected = 'expected a response_id column and a themes, codes or theme_id column, numbered code columns (Code 1, Code 2 …), or one column per theme marked 1 or x';
  if (!header) throw new InputError(`the file is empty; ${expected}`, { file: name, line: 1 });
  const keys = header.cells.map(codingHeaderKey);
  const idCol = findColumn(keys, RESPONSE_KEYS);
  const wideCol = findColumn(keys, WIDE_KEYS);
  // "Code 1", "Code 2" …: together, one wide themes column.
  const numbered = wideCol >= 0 ? [] : keys.flatMap((k, i) => (NUMBERED_KEY.test(k) ? [i] : []));
  const wideCols = wideCol >= 0 ? [wideCol] : numbered;
  const longCol = wideCols.length > 0 ? -1 : findColumn(keys, LONG_KEYS);
  const textCol = findColumn(keys, TEXT_KEYS);
  const evidenceCol = findColumn(keys, EVIDENCE_KEYS);
  // A coder's sheet often ends with a row summing each theme column (Total, 3, 5, 2 …): no response, and
  // in a one-column-per-theme sheet its counts above 1 made every such column 'not a mark', so the
  // coder's codings of those themes were dropped and compared as never given.
  const totalsRows = idCol >= 0 ? records.slice(1).filter((r) => TOTALS_ID.test(withoutFormulaGuard((r.cells[idCol] ?? '').trim()))) : [];
  const body = totalsRows.length > 0 ? records.filter((r) => !totalsRows.includes(r)) : records;
  const matrix = idCol >= 0 && wideCols.length === 0 && longCol < 0 ? matrixColumns(body, keys, [idCol, textCol, evidenceCol], name) : undefined;
  if (idCol < 0 || (wideCols.length === 0 && longCol < 0 && matrix === undefined)) {
    const found = header.cells.map((h) => h.trim()).filter((h) => h !== '');
    if (idCol < 0 && (wideCols.length > 0 || longCol >= 0) && keys.some((k) => SEGMENT_KEYS.includes(k))) {
      // A QDA tool's export: the codes are there, but not which response each segment belongs to.
      throw new InputError(
        `this looks like a coded-segments export from a QDA tool (one row per coded segment; found: ${found.join(', ')}), which does not say ` +
          "which response each segment is part of; `reflect agree` matches each segment to its response by its text when reflect's responses.csv is given " +
          "among the files or with --units (e.g. --units reflect-report/responses.csv), or add a response_id column and the file is read as one row per response × theme",
        { file: name, line: header.line },
      );
    }
    throw new InputError(`${expected}; found: ${found.length ? found.join(', ') : '(no column names)'}`, {
      file: name,
      line: header.line,
    });
  }
  const layout = wideCols.length > 0 || matrix ? 'wide' : 'long';
  const idOf = themes ? themeIdOf(themes) : undefined;
  const known = idOf ? (value: string): boolean => idOf(value) !== undefined : undefined;
  const themeCols = wideCols.length > 0 ? wideCols : [longCol];

  const warnings: Warning[] = [
    ...totalsRows.map((r): Warning => ({ file: name, line: r.line, message: `row '${(r.cells[idCol] ?? '').trim()}' is read as the sheet's totals row, not a response; left out` })),
    ...(matrix?.warnings ?? []),
  ];
  const units = new Map<string, CodedUnit>();
  const themeLines = dict<number>();
  // A wide file that writes `none` for a response coded with no theme keeps blank cells for responses
  // not coded (yet); one that never does uses a blank cell for "no theme", as reflect's responses.csv.
  const rows = body.slice(1).filter(({ cells }) => !cells.every((c) => c.trim() === ''));
  const themesCell = (cells: string[]): string => themeCols.map((i) => cells[i] ?? '').join(';');
  // A matrix whose coder fills every theme column of a row they code, writing 0 (or no) where a theme was
  // not given, keeps rows left wholly blank for responses not coded (yet), as a themes cell does with
  // `none`. One that mixes 0s and blanks within rows uses a blank for "not given".
  const blankThemes = matrix
    ? (cells: string[]): boolean => matrix.columns.every((c) => (cells[c.index] ?? '').trim() === '')
    : (cells: string[]): boolean => themeCols.every((i) => (cells[i] ?? '').trim() === '');
  const byRows = layout === 'wide';
  const filledRows = matrix
    ? rows.filter(({ cells }) => !blankThemes(cells)).every(({ cells }) => matrix.columns.every((c) => (cells[c.index] ?? '').trim() !== ''))
    : false;
  const noneLine = !byRows
    ? undefined
    : matrix
      ? filledRows
        ? rows.find(({ cells }) => matrix.columns.some((c) => isExplicitNo(cells[c.index] ?? '')))?.line
        : undefined
      : rows.find(({ cells }) => themeCellParts(themesCell(cells), themeCols[0] !== wideCol, known).some(isNoTheme))?.line;
  const notCoded: number[] = [];
  for (const { cells, line } of rows) {
    const responseId = withoutFormulaGuard((cells[idCol] ?? '').trim());
    if (responseId === '') {
      warnings.push({ file: name, line, message: 'row has no response_id; skipped' });
      continue;
    }
    if (noneLine !== undefined && blankThemes(cells)) {
      notCoded.push(line);
      continue;
    }
    // A long row normally names one theme; "a;b" there is read as both rather than refused.
    const themes = matrix
      ? matrix.columns.filter((c) => isMarked(cells[c.index] ?? '')).map((c) => c.theme).sort()
      : splitThemes(themesCell(cells), themeCols[0] !== wideCol, known);
    for (const id of themes) if (themeLines[id] === undefined) themeLines[id] = line;
    const existing = units.get(responseId);
    if (existing) {
      if (layout === 'wide') {
        throw new InputError(
          `response_id '${responseId}' is listed twice (first at line ${existing.line}); a file with a themes column has one row per response`,
          { file: name, line },
        );
      }
      existing.themes = [...new Set([...existing.themes, ...themes])].sort();
      addDetails(existing, cells, themes, textCol, evidenceCol);
    } else {
      const unit: CodedUnit = { responseId, themes, line };
      addDetails(unit, cells, themes, textCol, evidenceCol);
      units.set(responseId, unit);
    }
  }
  if (noneLine !== undefined && notCoded.length > 0) {
    const rowsWord = notCoded.length === 1 ? '1 row has' : `${notCoded.length} rows have`;
    const why = matrix
      ? `a blank cell in every theme column and ${notCoded.length === 1 ? 'is' : 'are'} read as not coded, since every row coded fills each theme column, with 0 or no (line ${noneLine}) where a theme was not given`
      : `a blank themes cell and ${notCoded.length === 1 ? 'is' : 'are'} read as not coded, since the file writes 'none' (line ${noneLine}) for a response coded with no theme`;
    warnings.push({ file: name, line: notCoded[0], message: `${rowsWord} ${why}; left out` });
  } else if (byRows) {
    warnings.push(...trailingBlanks(rows, idCol, blankThemes, name, matrix !== undefined));
  }
  return { coder: coderNameOf(name), file: name, layout, units: [...units.values()], themeLines, warnings };
}

/**
 * A warning when a wide file ends with a long run of blank themes cells, read as coded with no theme:
 * that is how a sheet looks when the coder stopped part-way, and it would count every response they
 * did not get to as a disagreement with the coders who gave it a theme.
 */
function trailingBlanks(rows: readonly CodingRecord[], idCol: number, blank: (cells: string[]) => boolean, file: string, matrix: boolean): Warning[] {
  const coded = rows.filter(({ cells }) => (cells[idCol] ?? '').trim() !== '');
  let run = 0;
  while (run < coded.length && blank(coded[coded.length - 1 - run]!.cells)) run++;
  if (run < TRAILING_BLANKS_MIN || run < coded.length * TRAILING_BLANKS_SHARE) return [];
  const first = coded[coded.length - run]!.line;
  const where = run === coded.length ? `every row (${run}) has` : `the last ${run} of ${coded.length} rows have`;
  return [{
    file,
    line: first,
    message: matrix
      ? `${where} a blank cell in every theme column, read as coded with no theme; if the coder did not get to them, ` +
        'delete those rows, or fill every theme column of a row coded, with 0 where a theme was not given (wholly blank rows are then read as not coded)'
      : `${where} a blank themes cell, read as coded with no theme; if the coder did not get to them, ` +
        "delete those rows, or write 'none' where a response was coded with no theme (blank cells are then read as not coded)",
  }];
}

/** A response_id cell naming a spreadsheet's totals row: Total, Totals, Sum, Count, Grand total (any case, a colon after). */
const TOTALS_ID = /^(?:grand\s+)?(?:totals?|sum|count)\s*:?$/i;

// The marks a coder puts in a theme's column of a matrix: given, or not given (a blank cell is not given).
const GIVEN = new Set(['1', 'x', 'yes', 'y', 'true', '✓', '✔', '☑', '✗', '✘']);
const NOT_GIVEN = new Set(['', '0', 'no', 'n', 'false', '-']);
const isMarked = (cell: string): boolean => GIVEN.has(cell.trim().toLowerCase());
/** A mark written for "not given" (0, no …), as opposed to a cell left blank. */
const isExplicitNo = (cell: string): boolean => {
  const key = cell.trim().toLowerCase();
  return key !== '' && NOT_GIVEN.has(key);
};
const isMark = (cell: string): boolean => {
  const key = cell.trim().toLowerCase();
  return GIVEN.has(key) || NOT_GIVEN.has(key);
};

/**
 * The theme columns of a matrix: every column but the id, text and evidence and those about the response
 * (participant, notes …; see DETAIL_KEYS) whose cells are all marks. Undefined when there is none, or no
 * cell is marked in any (a table of something else). A column that mixes marks with other values is
 * left out with a warning: its header may be a theme the coder wrote notes under.
 */
function matrixColumns(records: readonly CodingRecord[], keys: string[], used: number[], file: string): { columns: { index: number; theme: string }[]; warnings: Warning[] } | undefined {
  const header = records[0]!;
  const columns: { index: number; theme: string }[] = [];
  const warnings: Warning[] = [];
  let marked = false;
  header.cells.forEach((cell, index) => {
    const theme = cell.trim();
    if (theme === '' || used.includes(index) || DETAIL_KEYS.includes(keys[index]!)) return;
    const values = records.slice(1).map((r) => r.cells[index] ?? '');
    const odd = values.findIndex((v) => !isMark(v));
    if (odd < 0) {
      columns.push({ index, theme });
      if (values.some(isMarked)) marked = true;
    } else if (values.some(isMarked)) {
      warnings.push({ file, line: records[odd + 1]!.line, message: `column '${theme}' holds '${values[odd]!.trim()}', not a mark (1, x, yes; 0, no or blank): not read as a theme` });
    }
  });
  return marked ? { columns, warnings } : undefined;
}

/** A row's text (the first non-blank one) and the evidence cell of each theme it names, onto its unit. */
function addDetails(unit: CodedUnit, cells: string[], themes: string[], textCol: number, evidenceCol: number): void {
  const text = textCol >= 0 ? withoutFormulaGuard((cells[textCol] ?? '').trim()) : '';
  if (text !== '' && unit.text === undefined) unit.text = text;
  const evidence = evidenceCol >= 0 ? (cells[evidenceCol] ?? '').trim() : '';
  if (evidence === '') return;
  for (const theme of themes) (unit.evidence ??= dict())[theme] ??= evidence;
}

/**
 * Read the response ids of a units file: any table with a `response_id` column (reflect's responses.csv
 * is one), in order, without duplicates.
 *
 * @throws InputError when there is no response_id column.
 */
export function parseUnitsFile(input: string | readonly CodingRecord[], name: string): string[] {
  const records = typeof input === 'string' ? readRecords(input, name) : input;
  const header = records[0];
  if (!header) throw new InputError('the file is empty; expected a response_id column', { file: name, line: 1 });
  const idCol = findColumn(header.cells.map(codingHeaderKey), RESPONSE_KEYS);
  if (idCol < 0) {
    const found = header.cells.map((h) => h.trim()).filter((h) => h !== '');
    throw new InputError(`expected a response_id column; found: ${found.join(', ') || '(no column names)'}`, {
      file: name,
      line: header.line,
    });
  }
  const ids = new Set<string>();
  for (const { cells } of records.slice(1)) {
    const id = withoutFormulaGuard((cells[idCol] ?? '').trim());
    if (id !== '') ids.add(id);
  }
  return [...ids];
}

/**
 * reflect's own codings as a coder, for `reflect analyze --compare FILE`: every response is a unit
 * (reflect coded them all), carrying the themes of its codings. Lines are response positions (1-based).
 */
export function coderFromCodings(
  name: string,
  responseIds: readonly string[],
  codings: readonly { responseId: string; themeId: string }[],
): CoderCodings {
  const themesOf = new Map<string, Set<string>>();
  for (const c of codings) {
    let set = themesOf.get(c.responseId);
    if (!set) themesOf.set(c.responseId, (set = new Set()));
    set.add(c.themeId);
  }
  const themeLines = dict<number>();
  const units: CodedUnit[] = responseIds.map((responseId, i) => {
    const themes = [...(themesOf.get(responseId) ?? [])].sort();
    for (const t of themes) if (themeLines[t] === undefined) themeLines[t] = i + 1;
    return { responseId, themes, line: i + 1 };
  });
  return { coder: name, file: name, layout: 'wide', units, themeLines, warnings: [] };
}

/**
 * A coder's themes written as the codebook's labels ("Mental health", "Timetables and schedules") or as
 * its ids in another case or spacing ("Mental Health", "mental health" for `mental-health`), turned into
 * the codebook's ids, as coders name codes in their own sheets. A label two themes share is left as
 * written, and so is a value matching no theme (the agreement report then says it is not in the codebook).
 */
export function themesAsIds(coder: CoderCodings, themes: readonly { id: string; label: string }[]): CoderCodings {
  const named = themeIdOf(themes);
  return renameThemes(coder, (value) => named(value) ?? value);
}

/**
 * The coders with every theme written differently only in case or spacing ("Stress", "stress", "peer
 * support" and "peer-support", as {@link themeKey} compares) written one way: as the codebook id `ids`
 * names so, else as the first file (in the order given) first writes it. Coders keeping their own codes
 * write them by hand, and without a codebook to read them against, "Stress" beside "stress" was two
 * themes, each coder disagreeing with the other on every response, with no word. Each value read as
 * another is warned of, at its first line.
 */
export function sameThemeSpellings(coders: readonly CoderCodings[], ids: readonly string[] = []): CoderCodings[] {
  const isId = new Set(ids);
  const spelling = new Map<string, { theme: string; file: string; line?: number }>();
  for (const id of ids) if (!spelling.has(themeKey(id))) spelling.set(themeKey(id), { theme: id, file: '' });
  for (const c of coders) {
    const themes = Object.keys(c.themeLines).sort((a, b) => c.themeLines[a]! - c.themeLines[b]! || byCodeUnits(a, b));
    for (const t of themes) if (!spelling.has(themeKey(t))) spelling.set(themeKey(t), { theme: t, file: c.file, line: c.themeLines[t] });
  }
  const spelt = (value: string): string => (isId.has(value) ? value : spelling.get(themeKey(value))?.theme ?? value);
  return coders.map((c) => {
    const renamed = renameThemes(c, spelt);
    if (renamed === c) return c;
    const warnings = Object.keys(c.themeLines)
      .filter((t) => spelt(t) !== t)
      .sort((a, b) => c.themeLines[a]! - c.themeLines[b]! || byCodeUnits(a, b))
      .map((t): Warning => {
        const first = spelling.get(themeKey(t))!;
        const where = first.file === '' ? 'the codebook id' : `as ${first.file} writes it first (line ${first.line})`;
        return { file: c.file, line: c.themeLines[t], message: `theme '${t}' is read as '${first.theme}', ${where}: they differ only in case or spacing` };
      });
    return { ...renamed, warnings: [...renamed.warnings, ...warnings] };
  });
}

/** A coder with each theme value `idOf` renames renamed (the same object when it renames none). */
function renameThemes(coder: CoderCodings, idOf: (value: string) => string): CoderCodings {
  if (Object.keys(coder.themeLines).every((t) => idOf(t) === t)) return coder;
  const themeLines = dict<number>();
  for (const [t, line] of Object.entries(coder.themeLines)) {
    const id = idOf(t);
    themeLines[id] = Math.min(line, themeLines[id] ?? line);
  }
  const units = coder.units.map((u): CodedUnit => {
    const mapped: CodedUnit = { ...u, themes: [...new Set(u.themes.map(idOf))].sort() };
    if (u.evidence) {
      const evidence = dict<string>();
      for (const [t, e] of Object.entries(u.evidence)) evidence[idOf(t)] ??= e;
      mapped.evidence = evidence;
    }
    return mapped;
  });
  return { ...coder, units, themeLines };
}

/**
 * A coder's codings rolled up to the codebook's parent themes, as reflect's tagger rolls its own up: a
 * response given a theme is also given every ancestor of it, and a parent reached so takes the evidence
 * of its first child that has some where the coder gave it none. Without this a coder who gives the child
 * themes exactly as reflect does would disagree with reflect's `responses.csv` on every parent.
 * Idempotent: a file already rolled up (reflect's own) comes back unchanged, as the same object.
 */
export function rollUpThemes(coder: CoderCodings, themes: readonly { id: string; parent?: string }[]): CoderCodings {
  const ancestors = ancestorIds(themes);
  if (ancestors.size === 0) return coder;
  const rolled = (ids: readonly string[]): string[] => [...new Set(ids.flatMap((t) => [t, ...(ancestors.get(t) ?? [])]))].sort();
  if (coder.units.every((u) => rolled(u.themes).length === u.themes.length)) return coder;
  const themeLines = Object.assign(dict<number>(), coder.themeLines);
  for (const [t, line] of Object.entries(coder.themeLines)) {
    for (const a of ancestors.get(t) ?? []) themeLines[a] = Math.min(line, themeLines[a] ?? line);
  }
  const units = coder.units.map((u): CodedUnit => {
    const themesNow = rolled(u.themes);
    if (themesNow.length === u.themes.length) return u;
    const unit: CodedUnit = { ...u, themes: themesNow };
    if (u.evidence) {
      const evidence = Object.assign(dict<string>(), u.evidence);
      for (const t of u.themes) for (const a of ancestors.get(t) ?? []) if (evidence[t] !== undefined) evidence[a] ??= evidence[t];
      unit.evidence = evidence;
    }
    return unit;
  });
  return { ...coder, units, themeLines };
}

/** Each theme with a parent → its ancestors, nearest first (a cycle, which validation refuses, is cut). */
function ancestorIds(themes: readonly { id: string; parent?: string }[]): Map<string, string[]> {
  const parentOf = new Map(themes.flatMap((t) => (t.parent !== undefined ? [[t.id, t.parent] as const] : [])));
  const out = new Map<string, string[]>();
  for (const id of parentOf.keys()) {
    const chain: string[] = [];
    for (let p = parentOf.get(id); p !== undefined && p !== id && !chain.includes(p); p = parentOf.get(p)) chain.push(p);
    if (chain.length > 0) out.set(id, chain);
  }
  return out;
}

/**
 * The codebook id a coder's value names (see {@link themesAsIds}); undefined when it names none, or is a
 * label two themes share.
 */
function themeIdOf(themes: readonly { id: string; label: string }[]): (value: string) => string | undefined {
  // Keys of ids first, then of labels; a key two themes share (null) names neither.
  const byId = new Map<string, string | null>();
  const byLabel = new Map<string, string | null>();
  const add = (map: Map<string, string | null>, key: string, id: string) => map.set(key, map.has(key) && map.get(key) !== id ? null : id);
  for (const t of themes) add(byId, themeKey(t.id), t.id);
  for (const t of themes) add(byLabel, themeKey(t.label), t.id);
  const ids = new Set(themes.map((t) => t.id));
  const lookUp = (value: string): string | null | undefined => {
    const key = themeKey(value);
    return byId.has(key) ? byId.get(key) : byLabel.get(key);
  };
  return (value) => {
    if (ids.has(value)) return value;
    // A QDA tool's code path ("Codes\Wellbeing\Mental health", "Wellbeing > Stress") names the code last.
    const leaf = value.split(CODE_PATH).at(-1)!;
    return lookUp(value) ?? (leaf !== value ? lookUp(leaf) : undefined) ?? undefined;
  };
}

/** Between the levels of a code path as QDA tools export it: `\`, ` > ` or `::`. */
const CODE_PATH = /\\|\s>\s|::/;

/** A theme's id or label as compared: case, spacing, hyphens, underscores and "&" for "and" do not matter. */
function themeKey(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/&/g, ' and ').replace(/[\s_\-‐‑–—/]+/g, ' ').trim();
}

/** "'a' (line 4), 'b' (line 9), 'c' (line 12) and 197 more". */
function someResponses(units: readonly CodedUnit[], max = 3): string {
  const shown = units.slice(0, max).map((u) => `'${u.responseId}' (line ${u.line})`).join(', ');
  return units.length > max ? `${shown} and ${units.length - max} more` : shown;
}

const OLDER_RUN = 'if the file comes from an older run (a source renamed, responses renumbered), its response ids need updating';

/**
 * A coder without the responses that are not in `known` (the responses reflect read, or a units file's),
 * with one warning that says how many and which: ids from an older run would otherwise be counted as
 * responses coded by this coder alone, and quietly left out of every figure.
 *
 * @param among what `known` is, for the warning: "the responses reflect read"
 */
export function keepKnownResponses(coder: CoderCodings, known: ReadonlySet<string>, among: string): CoderCodings {
  const unknown = coder.units.filter((u) => !known.has(u.responseId));
  if (unknown.length === 0) return coder;
  const units = coder.units.filter((u) => known.has(u.responseId));
  const total = coder.units.length;
  const what = unknown.length === 1 ? `1 of its ${total} responses is` : `${unknown.length} of its ${total} responses are`;
  const warning: Warning = {
    file: coder.file,
    line: unknown[0]!.line,
    message: `${what} not among ${among}, so ${unknown.length === 1 ? 'it is' : 'they are'} left out: ${someResponses(unknown)}; ${OLDER_RUN}`,
  };
  return { ...coder, units, warnings: [...coder.warnings, warning] };
}

/**
 * A warning for each coding file that lists responses no other file lists, unless it lists every
 * response the others do (reflect's responses.csv beside coders who each took a sample): those responses
 * are compared with nothing. When such a response's text is that of a response another file lists
 * under another id, the warning says so, as files from two runs do after a source was renamed.
 */
export function unsharedResponses(coders: readonly CoderCodings[]): Warning[] {
  // A long file's coder coded every response of the comparison (those it does not mention with no
  // theme), so with one, no response is coded by one coder alone; what it adds is warned of on aligning.
  if (coders.some((c) => c.layout === 'long')) return [];
  const ids = coders.map((c) => new Set(c.units.map((u) => u.responseId)));
  const listers = new Map<string, number>();
  for (const set of ids) for (const id of set) listers.set(id, (listers.get(id) ?? 0) + 1);
  const alone = coders.map((c) => c.units.filter((u) => listers.get(u.responseId) === 1));
  // Text → the responses listed by one file alone that have it: a text two such responses share, in two
  // files, is one response under two ids. ("Yeah." and the like, said many times, prove nothing.)
  const byText = new Map<string, { coder: number; id: string }[]>();
  alone.forEach((units, c) => {
    for (const u of units) {
      if (u.text === undefined) continue;
      const key = textKey(u.text);
      (byText.get(key) ?? byText.set(key, []).get(key)!).push({ coder: c, id: u.responseId });
    }
  });
  const otherId = (u: CodedUnit, c: number): { coder: number; id: string } | undefined => {
    const same = u.text === undefined ? [] : byText.get(textKey(u.text)) ?? [];
    return same.length === 2 ? same.find((x) => x.coder !== c) : undefined;
  };
  // Ids another file alone lists, by their case- and spacing-free form: "U1" typed where the other has
  // "u1", or an apostrophe a spreadsheet kept before one, is likely the same response, never matched.
  const byLooseId = new Map<string, { coder: number; id: string }[]>();
  alone.forEach((units, c) => {
    for (const u of units) {
      const key = looseId(u.responseId);
      (byLooseId.get(key) ?? byLooseId.set(key, []).get(key)!).push({ coder: c, id: u.responseId });
    }
  });
  const nearId = (u: CodedUnit, c: number): { coder: number; id: string } | undefined => byLooseId.get(looseId(u.responseId))?.find((x) => x.coder !== c);
  const warnings: Warning[] = [];
  coders.forEach((coder, c) => {
    const units = alone[c]!;
    if (units.length === 0) return;
    const listsAll = ids.every((other, o) => o === c || [...other].every((id) => ids[c]!.has(id)));
    if (listsAll) return;
    const renamed = units.flatMap((u) => {
      const match = otherId(u, c);
      return match ? [{ u, match }] : [];
    });
    const total = coder.units.length;
    const what = units.length === 1 ? `1 of its ${total} responses is` : `${units.length} of its ${total} responses are`;
    const first = renamed[0];
    const near = units.flatMap((u) => {
      const match = nearId(u, c);
      return match ? [{ u, match }] : [];
    });
    const hint = first
      ? `; ${renamed.length === units.length ? (units.length === 1 ? 'it has' : 'they have') : `${renamed.length} of them have`} the text of a response another file lists under another id ('${first.u.responseId}' is '${first.match.id}' in ${coders[first.match.coder]!.file}): the files likely come from different runs, and the ids need matching`
      : near.length > 0
        ? `; ${near.length === units.length ? (units.length === 1 ? 'its id differs' : 'their ids differ') : `the ids of ${near.length} of them differ`} from another file's only in case, spacing or a leading apostrophe ('${near[0]!.u.responseId}' is '${near[0]!.match.id}' in ${coders[near[0]!.match.coder]!.file}): ids are matched exactly, so correct one file to the other`
        : `; ${OLDER_RUN}`;
    warnings.push({
      file: coder.file,
      line: units[0]!.line,
      message: `${what} in no other coding file, so no one else coded ${units.length === 1 ? 'it' : 'them'} and ${units.length === 1 ? 'it is' : 'they are'} left out: ${someResponses(units)}${hint}`,
    });
  });
  return warnings;
}

/** A response id without case, spacing or a spreadsheet's leading apostrophe, for a hint only. */
function looseId(id: string): string {
  return id.replace(/^['’]/, '').replace(/\s+/g, '').toLowerCase();
}

/** A response's text as compared across files: spacing and case do not matter. */
function textKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}
