// Where each codebook problem is said to be, in each format: a text file's line (YAML, JSON, CSV, .qdc),
// a workbook's sheet and row, as Excel shows them. The same four mistakes in each: a theme twice (in a
// sheet, where a theme's rows are gathered, an id twice in another case), a theme with no patterns, a
// broken regex, an unknown parent.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { loadCodebook } from '../../src/codebook/load.js';
import { ConfigError, problemsOf } from '../../src/util/errors.js';
import { formatWarning } from '../../src/util/log.js';
import { tempDir } from '../cli/helpers.js';

async function problems(file: string): Promise<string[]> {
  const e = await loadCodebook(file).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ConfigError);
  return (e as ConfigError).describe().split('\n');
}

const SHEET = [
  ['id', 'label', 'pattern', 'parent'],
  ['stress', 'Stress', 'stress', ''],
  ['belonging', 'Belonging', '', ''],
  ['burnout', 'Burnout', '/burn(ed out/', ''],
  ['sleep', 'Sleep', 'tired', 'wellbeing'],
  ['Stress', 'Stress', 'worry', ''],
];

describe('codebook problems name the file and where in it', () => {
  it('a CSV codebook by line, a record over several lines by the line each pattern is on', async () => {
    const dir = tempDir('reflect-cb-lines-');
    const file = path.join(dir, 'codebook.csv');
    writeFileSync(file, ['id,label,pattern,parent', 'stress,Stress,"stress', 'worry', '/(a/"', ...SHEET.slice(2).map((r) => r.join(','))].join('\n') + '\n');
    expect(await problems(file)).toEqual([
      `${file}:4: theme 'stress': regex /(a/ is not valid: unterminated group (a '(' has no ')')`,
      `${file}:5: theme 'belonging' has no patterns (give them in the pattern column, a row each or separated by commas) and no child themes`,
      `${file}:6: theme 'burnout': regex /burn(ed out/ is not valid: unterminated group (a '(' has no ')')`,
      `${file}:7: theme 'sleep' has unknown parent 'wellbeing'`,
      `${file}:8: theme 'Stress' differs from theme 'stress' (line 2) only in case; give them different ids, or merge them`,
    ]);
  });

  it('a pattern of a cell over several lines on its own line, where the row wrote the same words before it', async () => {
    const file = path.join(tempDir('reflect-cb-pattern-lines-'), 'codebook.csv');
    // The label says /(te/ too, and the cell holds it twice: each is told on the line it is on.
    writeFileSync(file, ['id,label,pattern', 'tests,Tests (/(te/ in the old sheet),"tests', '/(te/', 'exams', '/(te/"', 'sleep,Sleep,tired'].join('\n') + '\n');
    expect((await problems(file)).filter((l) => l.includes('/(te/'))).toEqual([
      `${file}:3: theme 'tests': regex /(te/ is not valid: unterminated group (a '(' has no ')')`,
      `${file}:5: theme 'tests': regex /(te/ is not valid: unterminated group (a '(' has no ')')`,
    ]);
  });

  it('an Excel codebook by its sheet and row, in its problems and its warnings', async () => {
    const { default: Excel } = await import('exceljs');
    const workbook = new Excel.Workbook();
    const ws = workbook.addWorksheet('Codes');
    ws.addRow(['School wellbeing codebook, v3']);
    for (const r of SHEET) ws.addRow(r);
    const file = path.join(tempDir('reflect-cb-rows-'), 'Codebook.xlsx');
    await workbook.xlsx.writeFile(file);
    expect(await problems(file)).toEqual([
      `${file}#Codes: row 4: theme 'belonging' has no patterns (give them in the pattern column, a row each or separated by commas) and no child themes`,
      `${file}#Codes: row 5: theme 'burnout': regex /burn(ed out/ is not valid: unterminated group (a '(' has no ')')`,
      `${file}#Codes: row 6: theme 'sleep' has unknown parent 'wellbeing'`,
      `${file}#Codes: row 7: theme 'Stress' differs from theme 'stress' (row 3) only in case; give them different ids, or merge them`,
    ]);
    // the row number is still the problem's line, for --json
    const e = await loadCodebook(file).catch((err: ConfigError) => err);
    expect(problemsOf(e as ConfigError).map((p) => p.line)).toEqual([4, 5, 6, 7]);
    // a warning, a note typed right of the header, is said at its row too
    const ok = new Excel.Workbook();
    const sheet = ok.addWorksheet('Codes');
    sheet.addRow(['theme', 'pattern']);
    sheet.addRow(['stress', 'stress', 'check with Ana']);
    await ok.xlsx.writeFile(file);
    const book = await loadCodebook(file);
    expect(book.warnings!.map(formatWarning)).toEqual([
      `${file}#Codes: row 2: a cell right of the header's last column is left out: 'check with Ana'; give the column a header, or move them into a column the codebook reads`,
    ]);
  });

  it('YAML and JSON by line, the first of a theme written twice named by its line', async () => {
    const dir = tempDir('reflect-cb-yaml-');
    const yml = path.join(dir, 'codebook.yml');
    writeFileSync(yml, 'themes:\n  - id: stress\n    words: [stress]\n  - id: belonging\n  - id: burnout\n    regex: ["/burn(ed out/"]\n  - id: sleep\n    parent: wellbeing\n    words: [tired]\n  - id: stress\n    words: [worry]\n');
    expect(await problems(yml)).toEqual([
      `${yml}:4: theme 'belonging' has no patterns (give words, globs, phrases or regex) and no child themes`,
      `${yml}:6: theme 'burnout': regex /burn(ed out/ is not valid: unterminated group (a '(' has no ')')`,
      `${yml}:8: theme 'sleep' has unknown parent 'wellbeing'`,
      `${yml}:10: theme 'stress' is defined twice (first at line 2)`,
    ]);
    const json = path.join(dir, 'codebook.json');
    writeFileSync(json, '\ufeff{"themes": [\n  {"id": "stress", "words": ["stress"]},\n  {"id": "belonging"},\n  {"id": "stress", "words": ["worry"]}\n]}\n');
    expect(await problems(json)).toEqual([
      `${json}:3: theme 'belonging' has no patterns (give words, globs, phrases or regex) and no child themes`,
      `${json}:4: theme 'stress' is defined twice (first at line 2)`,
    ]);
  });
});

describe("a JSON or YAML codebook's regex is said as the regex engine reads it, at its file and line", () => {
  it('one backslash where the JSON (or YAML between double quotes) has two', async () => {
    const dir = tempDir('reflect-cb-backslashes-');
    const json = path.join(dir, 'codebook.json');
    // the JSON source holds \\bfoo( : the regex is \bfoo(
    writeFileSync(json, '{\n  "themes": [\n    { "id": "foo", "regex": ["\\\\bfoo("] }\n  ]\n}\n');
    expect(await problems(json)).toEqual([`${json}:3: theme 'foo': regex \\bfoo( is not valid: unterminated group (a '(' has no ')')`]);
    const yml = path.join(dir, 'codebook.yml');
    writeFileSync(yml, 'themes:\n  - id: foo\n    regex:\n      - "\\\\bfoo("\n      - \'\\bbar(\'\n      - \\bbaz(\n');
    expect(await problems(yml)).toEqual([
      `${yml}:4: theme 'foo': regex \\bfoo( is not valid: unterminated group (a '(' has no ')')`,
      `${yml}:5: theme 'foo': regex \\bbar( is not valid: unterminated group (a '(' has no ')')`,
      `${yml}:6: theme 'foo': regex \\bbaz( is not valid: unterminated group (a '(' has no ')')`,
    ]);
  });

  it('a \\b written once between double quotes, read as a backspace, is a problem that says how to write it, where it passed as a regex matching nothing', async () => {
    const dir = tempDir('reflect-cb-backspace-');
    const json = path.join(dir, 'codebook.json');
    writeFileSync(json, '{\n  "themes": [\n    { "id": "stress", "regex": ["\\bstress\\b"] }\n  ]\n}\n');
    expect(await problems(json)).toEqual([
      `${json}:3: theme 'stress': regex \\bstress\\b matches nothing: between double quotes, JSON reads its \\b as a backspace, not the regex's word boundary; write it "\\\\bstress\\\\b"`,
    ]);
    const yml = path.join(dir, 'codebook.yml');
    writeFileSync(yml, 'themes:\n  - id: stress\n    regex: ["\\bstress\\b"]\n');
    expect(await problems(yml)).toEqual([
      `${yml}:3: theme 'stress': regex \\bstress\\b matches nothing: between double quotes, YAML reads its \\b as a backspace, not the regex's word boundary; write it '\\bstress\\b', between single quotes, or "\\\\bstress\\\\b"`,
    ]);
    // written as the message says, each loads
    writeFileSync(json, '{ "themes": [{ "id": "stress", "regex": ["\\\\bstress\\\\b"] }] }\n');
    writeFileSync(yml, "themes:\n  - id: stress\n    regex: ['\\bstress\\b']\n");
    for (const file of [json, yml]) expect((await loadCodebook(file)).themes[0]!.patterns.map((p) => p.value)).toEqual(['\\bstress\\b']);
  });

  it('a regex escape JSON does not know (\\d written once) is named, with how JSON writes it, at its line', async () => {
    const json = path.join(tempDir('reflect-cb-bad-escape-'), 'codebook.json');
    writeFileSync(json, '{\n  "themes": [\n    { "id": "grades", "regex": ["grade \\d+"] }\n  ]\n}\n');
    expect(await problems(json)).toEqual([`${json}:3: not valid JSON: \\d is no escape JSON knows: in a JSON string a regex's backslash is written twice, "\\\\d" for the regex's \\d`]);
  });
});
