// XLSX reader: golden tables for the first-sheet and named-sheet workbooks (built by
// make-xlsx-fixtures.ts), cell kinds as display text, sheet selection and unreadable workbooks.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReflectConfig, Table } from '../../src/model.js';
import ExcelJS from 'exceljs';
import { readXlsx, readXlsxSheets } from '../../src/readers/xlsx.js';
import { InputError } from '../../src/util/errors.js';

const root = path.resolve(import.meta.dirname, '../../fixtures/readers');

function read(name: string, config: ReflectConfig = {}, sheet?: string) {
  const file = `${name}/input.xlsx`;
  return readXlsx(new Uint8Array(fs.readFileSync(path.join(root, 'xlsx', file))), { file, config, sheet });
}

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof InputError) return err.describe();
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('readXlsx goldens', () => {
  it('first-sheet: the first worksheet when no sheet is named', async () => {
    const result = await read('first-sheet');
    await expect(JSON.stringify(result, null, 2) + '\n').toMatchFileSnapshot(path.join(root, 'xlsx/first-sheet/expected.json'));
  });

  it('named-sheet: the sheet named in the config file, matched case-insensitively', async () => {
    const result = await read('named-sheet', { sheet: 'responses' });
    await expect(JSON.stringify(result, null, 2) + '\n').toMatchFileSnapshot(path.join(root, 'xlsx/named-sheet/expected.json'));
  });
});

describe('a teacher\'s own sheet with a header merged across columns', () => {
  it('merged-header: golden', async () => {
    const result = await read('merged-header');
    await expect(JSON.stringify(result, null, 2) + '\n').toMatchFileSnapshot(path.join(root, 'xlsx/merged-header/expected.json'));
  });

  it('"Name" merged over first and last names, with sub-labels under it: both are names, and the sub-labels are not a respondent', async () => {
    const table = (await read('merged-header')).content as Table;
    expect(table.columns.slice(0, 3).map((c) => [c.header, c.role])).toEqual([
      ['Student', 'ignore'],
      ['Name - First', 'name'],
      ['Name - Last', 'name'],
    ]);
    // Sheet rows: 1–2 titles, 3 blank, 4–5 header, 6–10 students, 11 totals.
    expect(table.rows.map((r) => [r.row, r.line, r.cells[1]])).toEqual([
      [1, 6, 'Amira'],
      [2, 7, 'Brandon'],
      [3, 8, 'Chloe'],
      [4, 9, 'Diego'],
      [5, 10, 'Emma'],
      [6, 11, ''],
    ]);
    // No family name reaches a column that is printed.
    const printed = table.columns.filter((c) => c.role === 'attribute' || c.role === 'id');
    for (const row of table.rows) for (const c of printed) expect(['Haddad', 'Liu', 'Martin', 'Santos', 'Tremblay']).not.toContain(row.cells[c.index]);
  });

  it('a header merged across columns with no sub-labels names every column it covers', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['Name', null, 'What did you learn?', 'Gender']);
    ws.mergeCells('A1:B1');
    ws.addRow(['Amira', 'Haddad', 'That the council votes on things way before the public meeting.', 'F']);
    ws.addRow(['Brandon', 'Liu', 'You have to know who to email or nothing happens.', 'M']);
    ws.addRow(['Chloe', 'Martin', 'Budget is the real power. Everything else is talk.', 'F']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const table = (await readXlsx(bytes, { file: 'names.xlsx', config: {} })).content as Table;
    expect(table.columns.map((c) => [c.header, c.role])).toEqual([
      ['Name', 'name'],
      ['Name', 'name'],
      ['What did you learn?', 'text'],
      ['Gender', 'attribute'],
    ]);
    expect(table.rows.map((r) => r.cells[0])).toEqual(['Amira', 'Brandon', 'Chloe']);
  });
});

describe('cells as display text', () => {
  it('rich text, hyperlinks, formulas, dates, percentages, fixed decimals, booleans and merges', async () => {
    const table = (await read('first-sheet')).content as Table;
    expect(table.sheet).toBe('Reflections');
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['S01', '2024-04-18', '10', 'Riverside Secondary', 'That everyone gets stressed about exams, not only the top students.', 'portfolio S01', '95%', '12.50', 'TRUE'],
      ['S02', '2024-04-18', '11', 'Riverside Secondary', 'Budget talks are boring until you see where the money for clubs goes.', 'portfolio S02', '88%', '13.75', 'TRUE'],
      ['S03', '2024-04-19 13:30', '12', 'École Lakeview', 'More co-op placements and fewer worksheets in Grade 12.', 'portfolio S03', '100%', '15.00', 'FALSE'],
    ]);
    expect(table.rows.map((r) => [r.row, r.line])).toEqual([
      [1, 2],
      [2, 3],
      [3, 4],
    ]);
  });

  it('says which formulas have no result saved (a workbook a program wrote), where their answers went blank without a word', async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('Responses');
    ws.addRow(['Student ID', 'What did you learn today?']);
    ws.addRow(['S1', 'That other schools run flex blocks at lunch']);
    // A script joined two halves of each answer with a formula, and saved no result: Excel would show it.
    ws.addRow(['S2', null]);
    ws.getCell('B3').value = { formula: 'CONCAT("The trustees listened ","to us about mental health")' } as ExcelJS.CellFormulaValue;
    ws.addRow(['S3', null]);
    ws.getCell('B4').value = { formula: 'CONCAT("More choice ","of electives")', result: 'More choice of electives' };
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const [sheet] = await readXlsxSheets(bytes, { file: 'program.xlsx', config: {} });
    expect((sheet!.result!.content as Table).rows.map((r) => r.cells[1])).toEqual(['That other schools run flex blocks at lunch', '', 'More choice of electives']);
    const warning = {
      file: 'program.xlsx',
      line: 3,
      message:
        'a cell holds a formula with no result saved (B3), read as blank: the workbook was written by a program that does not calculate; open it in Excel or LibreOffice and save it to have it read',
    };
    expect(sheet!.result!.warnings).toEqual([warning]);
    expect((await readXlsx(bytes, { file: 'program.xlsx', config: {} })).warnings).toEqual([warning]);
  });

  it('a note typed right of the header is a column with no header, not a broken row that loses its answers', async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('Answers');
    ws.addRow(['Student ID', 'Grade', 'What did you learn?']);
    ws.addRow(['S1', '10', 'How to plan a project with my group']);
    // A teacher's note two columns past the last header, in one row only.
    ws.addRow(['S2', '11', 'That I like choosing what to study', null, 'absent twice']);
    ws.addRow(['S3', '10', 'More about the trades program at our school']);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const result = await readXlsx(bytes, { file: 'notes.xlsx', config: {} });
    const table = result.content as Table;
    expect(table.rows.map((r) => [r.row, r.cells[2], r.cells[4]])).toEqual([
      [1, 'How to plan a project with my group', ''],
      [2, 'That I like choosing what to study', 'absent twice'],
      [3, 'More about the trades program at our school', ''],
    ]);
    expect(table.unreadableRows).toBeUndefined();
    expect(result.warnings.map((w) => [w.line, w.message])).toEqual([[1, expect.stringMatching(/^column 5 has no header; read as /)]]);
  });
});

describe('cells merged down over several rows', () => {
  it("gives an answer to the merge's first row only, with a warning naming the sheet and range; a school merged down stays shared", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Answers');
    ws.addRow(['Student ID', 'School', 'What did you learn today?', 'What would you change?']);
    ws.addRow(['S1', 'Riverside Secondary', 'That the council votes on things before the public meeting.', 'More time for projects']);
    ws.addRow(['S2', null, null, 'Smaller classes in math']);
    ws.addRow(['S3', null, 'Budget is the real power. Everything else is talk.', null]);
    ws.addRow(['S4', 'Lakeview', 'You have to know who to email or nothing happens.', null]);
    ws.addRow(['S5', 'Lakeview', 'Nothing much, it was the same as last year.', 'Fewer worksheets']);
    // A school merged down over its three students; one answer over two rows; another, written once for
    // three students who said the same, over three rows and two columns.
    ws.mergeCells('B2:B4');
    ws.mergeCells('C2:C3');
    ws.mergeCells('D4:E6');
    ws.getCell('D4').value = 'More field trips';
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    for (const result of [await readXlsx(bytes, { file: 'book.xlsx', config: {} }), (await readXlsxSheets(bytes, { file: 'book.xlsx', config: {} }))[0]!.result!]) {
      const table = result.content as Table;
      expect(table.columns.map((c) => c.role)).toEqual(['id', 'attribute', 'text', 'text']);
      expect(table.rows.map((r) => r.cells.slice(0, 4))).toEqual([
        ['S1', 'Riverside Secondary', 'That the council votes on things before the public meeting.', 'More time for projects'],
        ['S2', 'Riverside Secondary', '', 'Smaller classes in math'],
        ['S3', 'Riverside Secondary', 'Budget is the real power. Everything else is talk.', 'More field trips'],
        ['S4', 'Lakeview', 'You have to know who to email or nothing happens.', ''],
        ['S5', 'Lakeview', 'Nothing much, it was the same as last year.', ''],
      ]);
      expect(result.warnings).toEqual([
        {
          file: 'book.xlsx',
          line: 2,
          message: `sheet 'Answers', cells C2:C3: an answer to "What did you learn today?" merged over 2 rows is read as the answer of its first row only, not of row 3 below`,
        },
        {
          file: 'book.xlsx',
          line: 4,
          message: `sheet 'Answers', cells D4:E6: an answer to "What would you change?" merged over 3 rows is read as the answer of its first row only, not of rows 5, 6 below`,
        },
      ]);
    }
  });
});

describe('sheet selection', () => {
  it('ctx.sheet wins over the config file', async () => {
    const table = (await read('first-sheet', { sheet: 'Reflections' }, 'Roster')).content as Table;
    expect(table.sheet).toBe('Roster');
    expect(table.isRoster).toBe(true);
    expect(table.columns.map((c) => c.role)).toEqual(['id', 'name', 'name']);
  });

  it('an unknown sheet name lists the sheets there are', async () => {
    expect(await failure(read('named-sheet', { sheet: 'Answers' }))).toBe(
      "named-sheet/input.xlsx: no sheet named 'Answers'; the workbook has 'Instructions', 'Responses'",
    );
  });

  it('a title line and a blank row above the header are passed over; rows are numbered after the header', async () => {
    const table = (await read('named-sheet', {}, 'Responses')).content as Table;
    expect(table.columns[0].header).toBe('Student ID');
    // Sheet rows: 1 title, 2 blank, 3 header, 4… answers.
    expect(table.rows.map((r) => [r.row, r.line, r.cells[0]])).toEqual([
      [1, 4, 'L01'],
      [2, 5, 'L02'],
      [3, 6, 'L03'],
      [4, 7, 'L04'],
    ]);
  });
});

describe('files that are not workbooks', () => {
  it('binary data that is not a zip', async () => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(root, 'csv/binary/input.csv')));
    expect(await failure(readXlsx(bytes, { file: 'photo.xlsx', config: {} }))).toBe(
      'photo.xlsx: not a valid XLSX file: it is not a zip package, as every .xlsx is (a file of another kind, renamed?)',
    );
  });

  it('a workbook damaged in a copy, its zip whole but its parts not: says Excel may repair it', async () => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(root, 'xlsx/first-sheet/input.xlsx')));
    bytes.fill(0, 600, 800);
    expect(await failure(readXlsx(bytes, { file: 'copied.xlsx', config: {} }))).toBe(
      'copied.xlsx: not a valid XLSX file: it is damaged (its parts cannot be read); open it in Excel, which offers to repair it, and save it again to have it read',
    );
  });

  it('a CSV saved with an .xlsx name', async () => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(root, 'csv/roster/input.csv')));
    expect(await failure(readXlsx(bytes, { file: 'roster.xlsx', config: {} }))).toMatch(/^roster\.xlsx: not a valid XLSX file: it is not a zip package/);
  });
});

describe('readXlsxSheets: every sheet with data', () => {
  it('reads each sheet with data as its own table, named file#sheet, passing over empty sheets', async () => {
    const file = 'first-sheet/input.xlsx';
    const sheets = await readXlsxSheets(new Uint8Array(fs.readFileSync(path.join(root, 'xlsx', file))), { file, config: {} });
    expect(sheets.map((s) => [s.id, s.sheet, s.result?.content.type === 'table' && s.result.content.isRoster])).toEqual([
      ['first-sheet/input.xlsx#Reflections', 'Reflections', false],
      ['first-sheet/input.xlsx#Roster', 'Roster', true],
    ]);
    // The first sheet reads as readXlsx reads it, but for the id in its warnings.
    expect(sheets[0]!.result!.content).toEqual((await read('first-sheet')).content);
  });

  it('keeps the file id for the only sheet with data; with two, each is listed under its own id', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Answers').addRows([['id', 'What else could schools do?'], ['S1', 'More electives and flex time'], ['S2', 'Smaller classes so teachers know us']]);
    wb.addWorksheet('Sheet2');
    const one = await readXlsxSheets(new Uint8Array(await wb.xlsx.writeBuffer()), { file: 'book.xlsx', config: {} });
    expect(one.map((s) => [s.id, s.result?.content.type === 'table' ? s.result.content.rows.length : s.error?.message])).toEqual([['book.xlsx', 2]]);

    wb.addWorksheet('Notes').addRow(['Spring forum 2024']);
    const two = await readXlsxSheets(new Uint8Array(await wb.xlsx.writeBuffer()), { file: 'book.xlsx', config: {} });
    expect(two.map((s) => [s.id, s.result?.content.type === 'table' ? s.result.content.rows.length : s.error?.message])).toEqual([
      ['book.xlsx#Answers', 2],
      ['book.xlsx#Notes', 0],
    ]);
  });
});
