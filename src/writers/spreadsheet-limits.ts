// Where reflect's CSV tables hold more than a spreadsheet can: a cell over Excel's 32,767 characters, a
// table over its 1,048,576 rows. The CSVs keep everything (R, pandas and csvkit read them whole); these
// warnings say where Excel, which cuts the rest off when it opens the file, would not show it all.
import type { Analysis, Warning } from '../model.js';
import { CSV_TABLES, type CsvTable } from './csv.js';

/** The most characters (UTF-16 units, as Excel counts) an Excel cell holds; LibreOffice Calc holds as many. */
export const EXCEL_MAX_CELL = 32_767;
/** The most rows an Excel or LibreOffice Calc sheet holds, the header row included. */
export const EXCEL_MAX_ROWS = 1_048_576;

/** The data rows of each CSV table (one per unit; the header is one more). */
const DATA_ROWS: Record<CsvTable, (a: Analysis) => number> = {
  responses: (a) => a.corpus.responses.length,
  codings: (a) => a.codings.length,
  themes: (a) => a.themes.length,
  demographics: (a) => a.demographics.length,
  crosstab: (a) => a.crosstab.length,
  sources: (a) => a.corpus.sources.length,
};

const thousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

/**
 * A warning for each response whose text (responses.csv's `text`) is longer than an Excel cell holds, and
 * for each of `tables` with more rows than an Excel sheet has.
 */
export function spreadsheetLimitWarnings(analysis: Analysis, tables: readonly CsvTable[] = CSV_TABLES): Warning[] {
  const warnings: Warning[] = [];
  if (tables.includes('responses')) {
    for (const r of analysis.corpus.responses) {
      if (r.text.length <= EXCEL_MAX_CELL) continue;
      warnings.push({
        file: r.sourceId,
        ...(r.line !== undefined ? { line: r.line } : {}),
        message:
          `response ${r.id} is ${thousands(r.text.length)} characters long, more than the ${thousands(EXCEL_MAX_CELL)} an Excel cell holds: ` +
          'Excel cuts it short when it opens responses.csv; R, pandas and analysis.json read it whole',
      });
    }
  }
  for (const table of tables) {
    const rows = DATA_ROWS[table](analysis) + 1;
    if (rows <= EXCEL_MAX_ROWS) continue;
    warnings.push({
      message:
        `${table}.csv has ${thousands(rows)} rows with its header, more than the ${thousands(EXCEL_MAX_ROWS)} an Excel sheet holds: ` +
        `Excel opens only the first ${thousands(EXCEL_MAX_ROWS)}; read it in R or pandas, or filter it before opening it in a spreadsheet`,
    });
  }
  return warnings;
}
