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

/**
 * A teacher's own sheet: two title rows, "Name" merged over first and last names with sub-labels under
 * it, the other headers merged down over both header rows, dates typed as text, a hidden column of the
 * teacher's notes and a totals row with a formula.
 */
async function mergedHeader(): Promise<void> {
  const wb = workbook();
  const ws = wb.addWorksheet('Period 3');
  ws.addRow(['Ms. Okafor – Gr 10 Socials – Reflection on the mock council']);
  ws.addRow(['Collected Thursday, typed up by Ms. Okafor']);
  ws.addRow([]);
  ws.addRow(['Student', 'Name', null, 'Date', 'Gender', 'Hours volunteered', 'What did you learn about how decisions get made?', 'Notes']);
  ws.addRow([]);
  ws.getCell('B5').value = 'First';
  ws.getCell('C5').value = 'Last';
  ws.mergeCells('B4:C4');
  for (const col of ['A', 'D', 'E', 'F', 'G', 'H']) ws.mergeCells(`${col}4:${col}5`);
  ws.addRow(['S1', 'Amira', 'Haddad', 'March 3', 'F', 4, 'That the council votes on things way before the public meeting even happens.', 'good insight']);
  ws.addRow(['S2', 'Brandon', 'Liu', 'March 3', 'M', 2, 'You have to know who to email or nothing happens.', null]);
  ws.addRow(['S3', 'Chloe', 'Martin', 'March 4', 'F', 6, 'Budget is the real power. Everything else is talk.', 'follow up']);
  ws.addRow(['S4', 'Diego', 'Santos', 'March 4', 'M', 0, 'Not much, it was kind of boring until the debate.', null]);
  ws.addRow(['S5', 'Emma', 'Tremblay', 'March 5', 'F', 3, 'That students can speak at the board meeting if they sign up a week ahead.', 'share with admin']);
  ws.addRow(['Total', null, null, null, null, { formula: 'SUM(F6:F10)', result: 15 }]);
  ws.getColumn('H').hidden = true;
  await save(wb, 'merged-header');
}

/**
 * A Microsoft Forms export (Responses → Open in Excel): Id, times, "anonymous" in Email, a blank Name,
 * checkbox answers as options each followed by ";", a Likert question as one column per statement, a
 * 1–5 rating and a student number asked on the form.
 */
async function microsoftForms(): Promise<void> {
  const wb = workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['Id', 'Start time', 'Completion time', 'Email', 'Name', 'Last modified time', 'What grade are you in?', 'Which clubs do you belong to?', 'I feel heard at school', 'Teachers ask for my opinion', 'How would you rate today (1-5)?', 'Student number', 'What was the best part of today?']);
  const answers: (string | number)[][] = [
    ['Grade 9', 'Drama;Robotics;', 'Agree', 'Neutral', 4, 230011, 'Meeting the trustees and asking them real questions.'],
    ['Grade 10', 'Robotics;', 'Strongly agree', 'Agree', 5, 230012, 'The student panel about mental health days.'],
    ['Grade 9', 'Art club;Drama;', 'Disagree', 'Disagree', 2, 230013, 'Free pizza and leaving class early.'],
    ['Grade 11', '', 'Neutral', 'Agree', 3, 230014, 'Talking in small groups with kids from other schools.'],
    ['Grade 10', 'Robotics;Art club;', 'Agree', 'Strongly agree', 4, 230015, 'Designing the poster campaign about vaping.'],
    ['Grade 11', 'Drama;', 'Strongly disagree', 'Neutral', 1, 230016, 'Honestly nothing, it felt like a show.'],
  ];
  answers.forEach((row, i) => {
    const start = new Date(Date.UTC(2024, 3, 18, 16, i * 3, 5));
    const end = new Date(Date.UTC(2024, 3, 18, 16, i * 3 + 2, 40));
    ws.addRow([i + 1, start, end, 'anonymous', null, end, ...row]);
    for (const col of ['B', 'C', 'F']) ws.getCell(`${col}${i + 2}`).numFmt = 'm/d/yy h:mm:ss';
  });
  await save(wb, path.join('..', 'surveys', 'microsoft-forms'));
}

await firstSheet();
await namedSheet();
await mergedHeader();
await microsoftForms();
