// Sheets that repeat another sheet's answers (the same survey exported as CSV and XLSX, an earlier download,
// a filtered export) are read once; sheets that merely share some answers are both read, with a warning.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { sameAnswers, type SheetToCompare } from '../../src/corpus/same-answers.js';
import { readCorpus } from '../../src/index.js';
import type { Column, Table } from '../../src/model.js';
import { tempDir } from '../cli/helpers.js';

const columns: Column[] = [
  { index: 0, header: 'id', role: 'id', reason: 'test' },
  { index: 1, header: 'Grade', role: 'attribute', attribute: 'grade', reason: 'test' },
  { index: 2, header: 'What else could schools do?', role: 'text', reason: 'test' },
];

function sheet(id: string, answers: string[], options: { skipFirst?: boolean } = {}): SheetToCompare {
  const table: Table = {
    type: 'table',
    columns,
    rows: answers.map((text, i) => ({ row: i + 1, line: i + 2, cells: [`S${i + 1}`, '10', text], ...(options.skipFirst && i === 0 ? { skipReason: 'Qualtrics survey preview' } : {}) })),
    isRoster: false,
  };
  return { id, table };
}

const ANSWERS = [
  'More electives in the afternoon please',
  'Flex blocks so I can catch up on math',
  'Smaller classes and more time with teachers',
  'Let us choose projects that matter to us',
  'A quiet room when things get stressful',
  'Later start times because the bus is early',
  'More hands on learning in the shop',
];

describe('sameAnswers', () => {
  it('counts a form sent twice as part of the export: four students, one of whom sent it twice, saved as CSV and XLSX, are read once', () => {
    const four = ANSWERS.slice(0, 4);
    const withResend = (id: string): SheetToCompare => {
      const s = sheet(id, [...four, four[0]!]);
      const last = s.table.rows[4]!;
      s.table.rows[4] = { ...last, cells: ['S1', '10', four[0]!], skipReason: 'the same student and answers as row 1', repeatOf: 1 };
      return s;
    };
    const found = sameAnswers([withResend('survey.csv'), withResend('survey.xlsx')]);
    expect([...found.skip.keys()]).toEqual(['survey.xlsx']);
    expect(found.warnings).toEqual([]);
  });

  it('skips a sheet with the same answers as another, in any order, keeping the shorter name', () => {
    const found = sameAnswers([sheet('survey.xlsx#Form Responses 1', [...ANSWERS].reverse()), sheet('survey.csv', ANSWERS)]);
    expect([...found.skip]).toEqual([['survey.xlsx#Form Responses 1', 'the same answers as survey.csv (the survey exported again); not read twice']]);
    expect(found.warnings).toEqual([]);
  });

  it('skips an earlier or filtered export whose answers are all in the larger one, whatever spacing', () => {
    const early = ANSWERS.slice(0, 5).map((a) => `  ${a.replace(/ /g, '  ')}\n`);
    const found = sameAnswers([sheet('early.csv', early), sheet('all.csv', ANSWERS)]);
    expect([...found.skip]).toEqual([
      ['early.csv', 'all 5 of its answers of four words or more are also in all.csv (an earlier or filtered export of the same survey); not read twice'],
    ]);
  });

  it('reads both where one answer differs, and warns that most are shared', () => {
    const edited = [...ANSWERS.slice(0, 6), 'I would like a later start and fewer tests'];
    const found = sameAnswers([sheet('a.csv', ANSWERS), sheet('b.csv', edited)]);
    expect(found.skip.size).toBe(0);
    expect(found.warnings).toEqual([
      { file: 'b.csv', message: '6 of its 7 answers of four words or more are also in a.csv; if the two are exports of the same survey, keep one, or those answers count twice' },
    ]);
  });

  it('counts an answer given twice in one sheet as two: a sheet with it once is contained, not the reverse', () => {
    const twice = [...ANSWERS, ANSWERS[0]];
    const found = sameAnswers([sheet('twice.csv', twice), sheet('once.csv', ANSWERS)]);
    expect([...found.skip.keys()]).toEqual(['once.csv']);
  });

  it('does not judge short answers or small sheets, which different surveys share by chance', () => {
    const short = ['Math', 'More breaks', 'Nothing really', 'idk', 'Better food', 'More breaks'];
    expect(sameAnswers([sheet('pre.csv', short), sheet('post.csv', short)]).skip.size).toBe(0);
    const four = ANSWERS.slice(0, 4);
    expect(sameAnswers([sheet('small.csv', four), sheet('all.csv', ANSWERS)]).skip.size).toBe(0);
  });

  it('reads a small sheet whose answers are all in another, and says so: a class of four saved as CSV and as XLSX', () => {
    const four = ANSWERS.slice(0, 4);
    const found = sameAnswers([sheet('class.xlsx', [...four].reverse()), sheet('class.csv', four), sheet('pre.csv', [ANSWERS[5]!, 'Math'])]);
    expect(found.skip.size).toBe(0);
    expect(found.warnings).toEqual([
      {
        file: 'class.xlsx',
        message: 'all 4 of its answers of four words or more are also in class.csv, too few to tell whether the two are one survey; if they are, keep one, or those answers count twice',
      },
    ]);
    const one = sameAnswers([sheet('pre.csv', [ANSWERS[0]!, 'Math']), sheet('post.csv', [ANSWERS[0]!, 'Art'])]);
    expect(one.warnings.map((w) => [w.file, w.message])).toEqual([
      ['post.csv', 'its one answer of four words or more is also in pre.csv, too few to tell whether the two are one survey; if they are, keep one, or those answers count twice'],
    ]);
  });

  it('leaves out rows a survey platform marks as tests, and follows a chain of exports to the one read', () => {
    const found = sameAnswers([
      sheet('week1.csv', ANSWERS.slice(0, 5)),
      sheet('week2.csv', ANSWERS.slice(0, 6)),
      sheet('final.csv', ['Preview answer that is not real at all', ...ANSWERS], { skipFirst: true }),
    ]);
    expect([...found.skip].map(([id, reason]) => [id, reason.split(' (')[0]])).toEqual([
      ['week2.csv', 'all 6 of its answers of four words or more are also in final.csv'],
      ['week1.csv', 'all 5 of its answers of four words or more are also in final.csv'],
    ]);
  });

  it('costs nothing with one sheet', () => {
    expect(sameAnswers([sheet('only.csv', ANSWERS)])).toEqual({ skip: new Map(), warnings: [] });
  });
});

describe('a folder with the sample survey as CSV and as XLSX', () => {
  it('reads the answers once, and accounts for the XLSX as skipped with its reason', async () => {
    const sample = path.resolve('fixtures/personalization-2016/reflection-sheets.csv');
    const dir = tempDir('reflect-same-');
    copyFileSync(sample, path.join(dir, 'reflection-sheets.csv'));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Form Responses 1');
    for (const row of parse(readFileSync(sample), { bom: true }) as string[][]) {
      ws.addRow(row.map((cell) => (/^\d+$/.test(cell) ? Number(cell) : cell)));
    }
    writeFileSync(path.join(dir, 'reflection-sheets.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));

    const alone = await readCorpus(path.dirname(sample), {});
    const both = await readCorpus(dir, {});
    const xlsx = both.sources.find((s) => s.id === 'reflection-sheets.xlsx');
    expect(xlsx).toMatchObject({ kind: 'sheet', status: 'skipped', reason: 'the same answers as reflection-sheets.csv (the survey exported again); not read twice' });
    const sheetAnswers = (responses: typeof both.responses) => responses.filter((r) => r.sourceId === 'reflection-sheets.csv').length;
    expect(both.responses.length).toBe(sheetAnswers(both.responses));
    expect(sheetAnswers(both.responses)).toBe(sheetAnswers(alone.responses));
    expect(both.responses.map((r) => r.text)).toEqual(alone.responses.filter((r) => r.sourceId === 'reflection-sheets.csv').map((r) => r.text));
  });
});
