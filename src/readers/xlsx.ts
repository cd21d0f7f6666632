// XLSX reader (exceljs): every worksheet with data, each read as its own sheet (responses on one, the
// roster on another) [x], hidden sheets marked as such (read-files.ts reads only a roster from them) [x], or the one named by --sheet [x]; cells as display text: rich text [x], hyperlinks
// [x], formulas → result [x] (none saved: blank, with a warning) [x], dates → ISO [x], numbers as shown (percent, fixed decimals) [x]; vertical
// merges filled down [x], except an answer's (its first row only, with a warning) [x]; header cells merged across columns, with or without sub-labels beneath [x]; then the same survey-quirk detection and column inference as CSV.
import type ExcelJS from 'exceljs';
import type { ReadResult, Table, Warning } from '../model.js';
import { firstFew } from '../util/text.js';
import { InputError } from '../util/errors.js';
import type { ReaderContext } from './index.js';
import { buildTable, type GridRow } from './table.js';
import { invalidOfficeFile } from './content.js';
import { missingWorkbookMessage, missingWorkbookPart } from './office-missing-part.js';

/**
 * Read one worksheet of an XLSX workbook into a Table: ctx.sheet ?? ctx.config.sheet by name
 * (case-insensitive), else the first. Throws an InputError for a file that is not an XLSX workbook,
 * an unknown sheet name (listing the sheets) or a sheet with no header row.
 */
export async function readXlsx(bytes: Uint8Array, ctx: ReaderContext): Promise<ReadResult> {
  const { grid, sheet, warnings: cells, uncalculated } = await readXlsxGrid(bytes, ctx.file, ctx.sheet ?? ctx.config.sheet);
  const { table, warnings } = buildTable(grid, ctx, sheet);
  return { format: 'xlsx', content: table, warnings: [...cells, ...formulaRows(table, warnings, grid, uncalculated, ctx.file)] };
}

/** One worksheet of a workbook read on its own: its table, or why it could not be read. */
export interface SheetRead {
  /** The sheet's id: the file's when it is the workbook's only sheet with data, else `file#Sheet name`. */
  id: string;
  sheet: string;
  /** Hidden in Excel (Format › Hide, or only by a macro): drop-down lists, lookups, an old copy of the answers. */
  hidden?: true;
  /** No sheet of the workbook holds a cell: a workbook saved empty, as empty as a CSV of no bytes. */
  empty?: true;
  result?: ReadResult;
  error?: InputError;
}

/**
 * Read every worksheet that holds data, each as its own table: a workbook often keeps one class per
 * sheet, or the roster beside the answers, and reading only the first would drop the rest unseen.
 * Sheets with no cell at all (Excel's empty "Sheet2") are passed over; a workbook with no data at all
 * comes back as one read marked `empty`. A sheet that cannot be read (no header row) comes
 * back with its error, so the others are still read. Throws an InputError for a file that is not a workbook.
 */
export async function readXlsxSheets(bytes: Uint8Array, ctx: ReaderContext): Promise<SheetRead[]> {
  const sheets = await loadSheets(bytes, ctx.file);
  const grids = sheets.map((sheet) => ({ sheet: sheet.name, ...sheetGrid(sheet), hidden: sheet.state === 'hidden' || sheet.state === 'veryHidden' }));
  const withData = grids.filter((g) => g.grid.length > 0);
  if (withData.length === 0) return [{ id: ctx.file, sheet: grids[0]!.sheet, empty: true }];
  const chosen = withData;
  return chosen.map(({ sheet, grid, uncalculated, hidden }) => {
    const id = chosen.length > 1 ? `${ctx.file}#${sheet}` : ctx.file;
    const flag = hidden ? { hidden: true as const } : {};
    try {
      const { table, warnings } = buildTable(grid, { ...ctx, file: id }, sheet);
      return { id, sheet, ...flag, result: { format: 'xlsx', content: table, warnings: [...uncalculatedWarnings(uncalculated, id), ...formulaRows(table, warnings, grid, uncalculated, id)] } };
    } catch (err) {
      if (err instanceof InputError) return { id, sheet, ...flag, error: err };
      throw err;
    }
  });
}

/** One worksheet's rows as display strings, with the cells holding a formula with no result saved. */
export interface SheetGrid {
  grid: GridRow[];
  sheet: string;
  warnings: Warning[];
  uncalculated: { address: string; row: number }[];
}

/**
 * The rows of one worksheet as display strings (see {@link readXlsx}): `wanted` by name
 * (case-insensitive), else the first. Also used by `reflect agree` for coding files kept in Excel.
 */
export async function readXlsxGrid(bytes: Uint8Array, file: string, wanted?: string): Promise<SheetGrid> {
  return (await openXlsxGrids(bytes, file)).grid(wanted);
}

/**
 * A workbook loaded once, its sheets' names in order and each sheet's rows read on asking (`wanted` by
 * name, case-insensitive, else the first; see {@link readXlsxGrid}): for a reader that looks at more than
 * one sheet, as a codebook kept after a "Read me" sheet is looked for, where loading the workbook again
 * for each sheet took as long again each time. Throws an InputError for a file that is not a workbook.
 */
export async function openXlsxGrids(bytes: Uint8Array, file: string): Promise<{ sheets: string[]; grid(wanted?: string): SheetGrid }> {
  const sheets = await loadSheets(bytes, file);
  return {
    sheets: sheets.map((s) => s.name),
    grid(wanted) {
      const sheet = wanted === undefined ? sheets[0]! : sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
      if (!sheet) {
        const names = sheets.map((s) => `'${s.name}'`).join(', ');
        throw new InputError(`no sheet named '${wanted}'; the workbook has ${names}`, { file });
      }
      const { grid, uncalculated } = sheetGrid(sheet);
      return { grid, sheet: sheet.name, warnings: uncalculatedWarnings(uncalculated, file), uncalculated };
    },
  };
}

/**
 * The table's warnings, with the rows that hold nothing but formulas with no result saved (read as
 * blank, and so passed over as blank rows) counted as skipped, so every row of the sheet is accounted
 * for: a sheet of such rows alone is said to be one, not a sheet with no data rows under its header.
 */
function formulaRows(table: Table, warnings: Warning[], grid: readonly GridRow[], uncalculated: readonly { row: number }[], file: string): Warning[] {
  if (uncalculated.length === 0) return warnings;
  const rows = new Set(uncalculated.map((c) => c.row));
  const blank = grid.filter((g) => rows.has(g.line) && g.cells.every((c) => c.trim() === '')).map((g) => g.line);
  if (blank.length === 0) return warnings;
  table.unreadableRows = (table.unreadableRows ?? 0) + blank.length;
  const n = blank.length;
  const said = `${n === 1 ? '1 row holds' : `${n} rows hold`} nothing but formulas with no result saved (row${n === 1 ? '' : 's'} ${firstFew(blank)}), read as blank`;
  if (table.rows.length === 0) {
    return [
      ...warnings.filter((w) => w.message !== 'no data rows under the header; nothing to read'),
      { file, line: blank[0], message: `${said}: nothing to read until the workbook is opened in Excel or LibreOffice and saved; counted as skipped` },
    ];
  }
  return [...warnings, { file, line: blank[0], message: `${said}; counted as skipped` }];
}

/**
 * The warning for formulas the file holds without their result: a workbook written by a program (a
 * script's openpyxl or exceljs, a student information system) rather than saved by a spreadsheet, which
 * calculates them. Read as blank, an answer made by a formula would be lost without a word.
 */
function uncalculatedWarnings(cells: { address: string; row: number }[], file: string): Warning[] {
  if (cells.length === 0) return [];
  const n = cells.length;
  return [
    {
      file,
      line: cells[0]!.row,
      message: `${n === 1 ? 'a cell holds a formula' : `${n} cells hold formulas`} with no result saved (${firstFew(cells.map((c) => c.address))}), read as blank: the workbook was written by a program that does not calculate; open it in Excel or LibreOffice and save it to have ${n === 1 ? 'it' : 'them'} read`,
    },
  ];
}

/** The worksheets of a workbook (at least one), or an InputError naming the file. */
async function loadSheets(bytes: Uint8Array, file: string): Promise<ExcelJS.Worksheet[]> {
  const where = { file };
  // Loaded on first use: exceljs takes a third of a second to import, and most folders hold no XLSX.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  // A workbook refused: said to be missing its workbook part where it is (see missingWorkbookPart), else as `otherwise` says.
  const refused = async (otherwise: string): Promise<InputError> => {
    const missing = await missingWorkbookPart(bytes);
    return new InputError(missing !== undefined ? missingWorkbookMessage(missing) : otherwise, where);
  };
  try {
    // exceljs declares its own Buffer type; any Node Buffer is accepted at run time.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    throw await refused(invalidOfficeFile(bytes, 'xlsx'));
  }
  const sheets = workbook.worksheets;
  // exceljs reads a package without xl/workbook.xml as a workbook of no sheets
  if (sheets.length === 0) throw await refused('not a valid XLSX file: the workbook has no worksheets');
  return sheets;
}

/**
 * Every non-empty row of a worksheet as display strings, padded to the sheet's used width, and the cells
 * holding a formula with no result saved (read as blank).
 */
function sheetGrid(sheet: ExcelJS.Worksheet): { grid: GridRow[]; uncalculated: { address: string; row: number }[] } {
  const grid: GridRow[] = [];
  const uncalculated: { address: string; row: number }[] = [];
  let width = 0;
  // Cells filled down from a merge above them, to be named by the merge's range once every row is seen.
  const down: { row: GridRow; col: number; master: string }[] = [];
  // Each merge's bottom-right corner, by its top-left (master) cell, from the cells it covers.
  const corner = new Map<string, { row: number; col: number }>();
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    const mergedFrom: number[] = [];
    const mergedDown: number[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = cellText(cell);
      const value = cell.value;
      if (value !== null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value) && (value as ExcelJS.CellFormulaValue).result === undefined) {
        uncalculated.push({ address: cell.address, row: rowNumber });
      }
      if (cell.isMerged && cell.master !== cell) {
        const at = corner.get(cell.master.address);
        corner.set(cell.master.address, { row: Math.max(rowNumber, at?.row ?? 0), col: Math.max(col, at?.col ?? 0) });
        if (cell.master.col !== cell.col) mergedFrom[col - 1] = Number(cell.master.col) - 1;
        else mergedDown.push(col - 1);
      }
    });
    const filled = Array.from({ length: cells.length }, (_, i) => cells[i] ?? '');
    while (filled.length && filled[filled.length - 1].trim() === '') filled.pop();
    width = Math.max(width, filled.length);
    const gridRow: GridRow = { line: rowNumber, cells: filled, ...(mergedFrom.length > 0 ? { mergedFrom } : {}) };
    for (const col of mergedDown) down.push({ row: gridRow, col, master: row.getCell(col + 1).master.address });
    grid.push(gridRow);
  });
  for (const { row, col, master } of down) {
    const end = corner.get(master)!;
    (row.mergedDown ??= [])[col] = `${master}:${columnLetters(end.col)}${end.row}`;
  }
  // XLSX rows end at their last filled cell; blanks to the right are not missing fields.
  for (const row of grid) while (row.cells.length < width) row.cells.push('');
  return { grid, uncalculated };
}

/** Excel's letters for a 1-based column number: 1 → A, 27 → AA. */
function columnLetters(n: number): string {
  let letters = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) letters = String.fromCharCode(65 + ((k - 1) % 26)) + letters;
  return letters;
}

/** A cell as the spreadsheet shows it. */
function cellText(cell: ExcelJS.Cell): string {
  // A merged range reports its master's value on every cell. Down a column that is the intent (a school
  // name merged over its students' rows); across a row it would repeat an answer, so only the first keeps it.
  if (cell.isMerged && cell.master !== cell && cell.master.col !== cell.col) return '';
  return valueText(cell.value, cell.numFmt);
}

function valueText(value: ExcelJS.CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value, numFmt);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) {
    const text = value.text as unknown;
    // exceljs keeps a styled link's text as rich text.
    if (text && typeof text === 'object') return valueText(text as ExcelJS.CellValue, numFmt);
    return typeof text === 'string' ? text : value.hyperlink;
  }
  if ('formula' in value || 'sharedFormula' in value) {
    return valueText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue, numFmt);
  }
  // A formula's error (#N/A from a VLOOKUP that found no one, #DIV/0!) is no value: a blank cell.
  if ('error' in value) return '';
  return '';
}

/** Numbers as shown: percentages and fixed decimals from the number format, else up to 15 significant digits. */
function numberText(value: number, numFmt: string | undefined): string {
  const format = (numFmt ?? '').split(';')[0];
  const decimals = /0\.(0+)/.exec(format)?.[1].length ?? 0;
  if (format.includes('%')) return `${(value * 100).toFixed(decimals)}%`;
  if (/0\.0/.test(format)) return value.toFixed(decimals);
  return String(Number(value.toPrecision(15)));
}

/** ISO date; with the time where the cell has one; time alone for Excel's time-only values (day 0). */
function dateText(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const h = date.getUTCHours();
  const m = date.getUTCMinutes();
  const s = date.getUTCSeconds();
  const time = `${pad(h)}:${pad(m)}${s ? `:${pad(s)}` : ''}`;
  if (day === '1899-12-30') return time;
  return h || m || s ? `${day} ${time}` : day;
}
