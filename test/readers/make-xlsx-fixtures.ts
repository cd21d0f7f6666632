// Writes the XLSX reader fixtures with exceljs, so their contents are reviewable as code. Run from the
// repository root after changing this file, then regenerate the goldens with `npx vitest run -u test/readers/xlsx.test.ts`:
//   npx tsc test/readers/make-xlsx-fixtures.ts --module nodenext --target es2022 --esModuleInterop \
//     --skipLibCheck --outDir node_modules/.cache/reflect-gen && node node_modules/.cache/reflect-gen/make-xlsx-fixtures.js
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';

const root = path.join('fixtures', 'readers', 'xlsx');

// Fixed workbook metadata, so regenerated files differ only in the zip timestamps.
function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'reflect fixtures';
  wb.created = new Date(Date.UTC(2024, 3, 18));
  wb.modified = new Date(Date.UTC(2024, 3, 18));
  return wb;
}

async function save(wb: ExcelJS.Workbook, name: string): Promise<void> {
  const dir = path.join(root, name);
  fs.mkdirSync(dir, { recursive: true });
  await wb.xlsx.writeFile(path.join(dir, 'input.xlsx'));
}

/** A reflection workbook using every kind of cell value, with a roster on the second sheet. */
async function firstSheet(): Promise<void> {
  const wb = workbook();
  const ws = wb.addWorksheet('Reflections');
  ws.addRow(['Student ID', 'Session date', 'Grade', 'School', 'What did you learn?', 'Portfolio', 'Attendance', 'Hours', 'Consent']);
  ws.getRow(1).font = { bold: true };
  const day = new Date(Date.UTC(2024, 3, 18));
  ws.addRow(['S01', day, 10, 'Riverside Secondary', null, null, 0.95, null, true]);
  ws.addRow(['S02', day, 11, null, 'Budget talks are boring until you see where the money for clubs goes.', null, 0.875, null, true]);
  ws.addRow(['S03', new Date(Date.UTC(2024, 3, 19, 13, 30)), 12, 'École Lakeview', null, null, 1, null, false]);
  // Rich text: part of the answer in bold, as a student typed it in Excel.
  ws.getCell('E2').value = {
    richText: [
      { text: 'That ' },
      { text: 'everyone', font: { bold: true } },
      { text: ' gets stressed about exams, not only the top students.' },
    ],
  };
  // A formula whose result is the answer text.
  ws.getCell('E4').value = {
    formula: 'CONCAT("More ","co-op placements and fewer worksheets in Grade 12.")',
    result: 'More co-op placements and fewer worksheets in Grade 12.',
  };
  // Hyperlinks show their text.
  ws.getCell('F2').value = { text: 'portfolio S01', hyperlink: 'https://portfolio.example.org/s01' };
  ws.getCell('F3').value = { text: 'portfolio S02', hyperlink: 'https://portfolio.example.org/s02' };
  ws.getCell('F4').value = { text: 'portfolio S03', hyperlink: 'https://portfolio.example.org/s03' };
  for (const r of [2, 3, 4]) {
    ws.getCell(`B${r}`).numFmt = 'yyyy-mm-dd';
    ws.getCell(`G${r}`).numFmt = '0%';
    ws.getCell(`H${r}`).value = { formula: `C${r}*1.25`, result: (ws.getCell(`C${r}`).value as number) * 1.25 };
    ws.getCell(`H${r}`).numFmt = '0.00';
  }
  // The school is merged down over the two Riverside students.
  ws.mergeCells('D2:D3');

  const roster = wb.addWorksheet('Roster');
  roster.addRow(['Student ID', 'First Name', 'Last Name']);
  roster.addRow(['S01', 'Maya', 'Chen']);
  await save(wb, 'first-sheet');
}

/** A workbook whose answers are on a named sheet after an instructions sheet. */
async function namedSheet(): Promise<void> {
  const wb = workbook();
  const intro = wb.addWorksheet('Instructions');
  intro.addRow(['Fill in one row per student. Do not change the headers.']);
  const ws = wb.addWorksheet('Responses');
  // A title row and a blank row above the header, as teachers often leave them.
  ws.getCell('A1').value = 'Grade 9–10 reflections, spring 2024';
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.addRow([]);
  ws.addRow(['Student ID', 'Gender', 'Grade', 'What is one thing you want adults to understand about students?']);
  ws.addRow(['L01', 'Female', '9', 'We are not lazy, most of us work after school and still do homework.']);
  ws.addRow(['L02', 'Male', '9', 'Phones are how we stay connected with friends who moved away.']);
  ws.addRow(['L03', 'Female', '10', '']);
  ws.addRow(['L04', 'Two-spirit', '10', 'That asking for help with mental health takes a lot of courage.']);
  await save(wb, 'named-sheet');
}

await firstSheet();
await namedSheet();
