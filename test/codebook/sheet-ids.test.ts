// Theme ids a spreadsheet codebook (CSV, Excel) makes from the names in its theme column, as a team keeps
// one: numbered in outline form to order the codes, capitalised, accented. The ids must be those a .qdc
// export of the same codes makes, and an id the sheet writes as one (an `id` column, a label column
// beside the theme column, `exam_stress`) is kept as written.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { loadCodebook, parseCodebook } from '../../src/codebook/load.js';
import { reflect, tempDir } from '../cli/helpers.js';

const NAMES = ['1. Wellbeing', '1.1 Mental health', '1.2 Sleep', '2. Funding', '2.3.1 Grade 9 supports', '(a) 21st-century skills', 'A. Other', 'B. Other', 'Santé mentale'];
const IDS = ['wellbeing', 'mental-health', 'sleep', 'funding', 'grade-9-supports', '21st-century-skills', 'other', 'b-other', 'sante-mentale'];

const sheet = [
  ['Code', 'Keywords', 'Parent'],
  ['1. Wellbeing', '', ''],
  ['1.1 Mental health', 'stress, anxiety', '1. Wellbeing'],
  ['1.2 Sleep', 'tired; sleep', 'Wellbeing'],
  ['2. Funding', 'money, budget', ''],
  ['2.3.1 Grade 9 supports', 'grade 9 supports', ''],
  ['(a) 21st-century skills', 'coding', ''],
  ['A. Other', 'misc', ''],
  ['B. Other', 'etc', ''],
  ['Santé mentale', 'santé', ''],
];
const csv = sheet.map((r) => r.map((c) => (/[,;]/.test(c) ? `"${c}"` : c)).join(',')).join('\r\n') + '\r\n';

function qdc(names: string[]): string {
  const codes = names.map((n, i) => `    <Code guid="g${i}" name="${n}" isCodable="true"><Description>Keywords: w${i}</Description></Code>`);
  return ['<?xml version="1.0" encoding="utf-8"?>', '<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="NVivo 14">', '  <Codes>', ...codes, '  </Codes>', '</CodeBook>', ''].join('\n');
}

describe('ids from the names in a sheet codebook', () => {
  it('are made as a .qdc makes them: outline number left out, lower case, hyphens, accents folded; the label as written', () => {
    const book = parseCodebook(csv, 'Codebook.csv');
    expect(book.themes.map((t) => t.id)).toEqual(IDS);
    expect(book.themes.map((t) => t.label)).toEqual(NAMES);
    // a parent written by the name as numbered, or without its number, is that theme
    expect(book.themes.filter((t) => t.parent).map((t) => [t.id, t.parent])).toEqual([
      ['mental-health', 'wellbeing'],
      ['sleep', 'wellbeing'],
    ]);
    const exported = parseCodebook(qdc(NAMES), 'Codebook.qdc');
    expect(exported.themes.map((t) => [t.id, t.label])).toEqual(book.themes.map((t) => [t.id, t.label]));
  });

  it('are the same from an Excel workbook, whose problems name the sheet and row', async () => {
    const { default: Excel } = await import('exceljs');
    const workbook = new Excel.Workbook();
    const ws = workbook.addWorksheet('Codes');
    ws.addRow(['Team codebook, March']);
    for (const r of sheet) ws.addRow(r);
    const file = path.join(tempDir('reflect-sheet-ids-'), 'Codebook.xlsx');
    await workbook.xlsx.writeFile(file);
    const book = await loadCodebook(file);
    expect(book.themes.map((t) => t.id)).toEqual(IDS);
    expect(book.themes.map((t) => t.label)).toEqual(NAMES);
  });

  it('keep a theme named "Funding" apart from no other, and "Funding" and "funding" one theme', () => {
    const book = parseCodebook('Theme,Pattern\nFunding,money\nMental health,stress\nfunding,budget\nMENTAL HEALTH,worry\n', 'c.csv');
    expect(book.themes.map((t) => [t.id, t.label, t.patterns.map((p) => p.value)])).toEqual([
      ['funding', 'Funding', ['money', 'budget']],
      ['mental-health', 'Mental health', ['stress', 'worry']],
    ]);
  });

  it('keep an id the sheet writes as written: an id column, a label column beside the theme, a lower-case id', () => {
    const byId = parseCodebook('id,pattern\nFunding,money\nLGBTQ_support,gsa\n', 'c.csv');
    expect(byId.themes.map((t) => t.id)).toEqual(['Funding', 'LGBTQ_support']);
    const labelled = parseCodebook('theme,label,pattern\nFunding,Money matters,money\n1.2-timetables,Timetables,timetable\n', 'c.csv');
    expect(labelled.themes.map((t) => [t.id, t.label])).toEqual([
      ['Funding', 'Money matters'],
      ['1.2-timetables', 'Timetables'],
    ]);
    const written = parseCodebook('theme,pattern\nexam_stress,exam*\n21st-century,coding\n', 'c.csv');
    expect(written.themes.map((t) => t.id)).toEqual(['exam_stress', '21st-century']);
  });

  it('let reflect agree --codebook match a coder who wrote labels, numbered or not, with one who wrote ids', () => {
    const dir = tempDir('reflect-sheet-ids-agree-');
    writeFileSync(path.join(dir, 'codebook.csv'), csv);
    writeFileSync(path.join(dir, 'ana.csv'), 'response_id,themes\nr1,1.1 Mental health; 2. Funding\nr2,Grade 9 supports\nr3,santé mentale\nr4,B. Other\n');
    writeFileSync(path.join(dir, 'reflect.csv'), 'response_id,themes\nr1,mental-health;funding\nr2,grade-9-supports\nr3,sante-mentale\nr4,b-other\n');
    const run = reflect(['agree', 'ana.csv', 'reflect.csv', '--codebook', 'codebook.csv', '--format', 'json'], dir);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as { themes: { themeId: string; agreement: number }[] };
    expect(report.themes.map((t) => [t.themeId, t.agreement])).toEqual([
      ['wellbeing', 1],
      ['mental-health', 1],
      ['funding', 1],
      ['grade-9-supports', 1],
      ['b-other', 1],
      ['sante-mentale', 1],
    ]);
  });
});
