// Warnings for CSV tables that hold more rows, or longer cells, than an Excel sheet can.
import { describe, expect, it } from 'vitest';
import { EXCEL_MAX_CELL, EXCEL_MAX_ROWS, spreadsheetLimitWarnings } from '../../src/writers/spreadsheet-limits.js';
import type { Analysis } from '../../src/model.js';

// A province-wide survey's counts: the tables are only counted, so arrays of that length stand in for them.
function analysisWith(counts: { responses: number; codings: number }): Analysis {
  return {
    corpus: { responses: new Array(counts.responses), sources: [] },
    codings: new Array(counts.codings),
    themes: [],
    demographics: [],
    crosstab: [],
  } as unknown as Analysis;
}

describe('spreadsheetLimitWarnings: rows', () => {
  it('warns of a table with more rows than an Excel sheet, its header counted, and not of one that just fits', () => {
    // codings: 1,048,576 data rows + header; responses: exactly a full sheet with its header.
    const a = analysisWith({ responses: EXCEL_MAX_ROWS - 1, codings: EXCEL_MAX_ROWS });
    // The responses themselves are not looked at unless responses.csv is written.
    const warnings = spreadsheetLimitWarnings(a, ['codings', 'themes']);
    expect(warnings.map((w) => w.message)).toEqual([
      'codings.csv has 1,048,577 rows with its header, more than the 1,048,576 an Excel sheet holds: Excel opens only the first 1,048,576; read it in R or pandas, or filter it before opening it in a spreadsheet',
    ]);
    expect(spreadsheetLimitWarnings(a, ['themes'])).toEqual([]);
  });
});

describe('spreadsheetLimitWarnings: cells', () => {
  const response = (id: string, length: number) => ({ id, sourceId: 'essays.csv', line: 4, locator: 'row 3, q1', participantId: 'S3', text: 'a'.repeat(length) });

  it('warns of a text one character over the limit, with its file and line, and not of one at it', () => {
    const a = { corpus: { responses: [response('essays.csv:r2:q1', EXCEL_MAX_CELL), response('essays.csv:r3:q1', EXCEL_MAX_CELL + 1)], sources: [] }, codings: [], themes: [], demographics: [], crosstab: [] } as unknown as Analysis;
    const warnings = spreadsheetLimitWarnings(a);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: 'essays.csv', line: 4 });
    expect(warnings[0]!.message).toMatch(/^response essays\.csv:r3:q1 is 32,768 characters long/);
    expect(spreadsheetLimitWarnings(a, ['codings'])).toEqual([]);
  });
});
