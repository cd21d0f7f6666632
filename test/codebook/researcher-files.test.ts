// A researcher's own codebook as their tools keep it: a sheet with a title above its header, a workbook
// with a "Read me" sheet before the codebook, and `codebook check` given the codebook where the folder
// goes. Each was refused or, worse, passed over: the title row was taken for the header ("no 'theme'
// column (found: team_codebook_v2)"), the Read-me sheet for the codebook, and `check mine.yml` checked the
// built-in codebook against mine.yml read as a file of no responses, and said OK.
import { describe, expect, it, vi } from 'vitest';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { loadCodebook, parseCodebook } from '../../src/codebook/load.js';
import { reflect, tempDir } from '../cli/helpers.js';

const sheet = [
  'Personalisation 2016 — team codebook v2,,,,',
  ',,,,',
  'Theme,Pattern,Kind,Definition,Coder notes',
  'Flexible time,"flex block, own pace",phrase,Control over when they work,RA: keep',
  'Flexible time,deadline; extension,word,,',
  ',,,,',
  'Exams and grading,exam|test,word,,"JT: add ""report card""?"',
  'Exams and grading,grade 12,exclude,,',
];

describe('a codebook sheet with a title above its header', () => {
  it('reads past the title and blank rows to the header, rows keeping their lines', () => {
    const book = parseCodebook(`\uFEFF${sheet.join('\r\n')}\r\n`, 'team.csv');
    expect(book.themes.map((t) => [t.id, t.label, t.patterns.map((p) => p.value), t.exclusions])).toEqual([
      ['flexible-time', 'Flexible time', ['flex block', 'own pace', 'deadline', 'extension'], []],
      ['exams-and-grading', 'Exams and grading', ['exam', 'test'], ['grade 12']],
    ]);
    const bad = [...sheet.slice(0, 4), 'Flexible time,*,glob,,'].join('\n');
    expect(() => parseCodebook(bad, 'team.csv')).toThrow(/^theme 'flexible-time': glob '\*' has no letters or digits, so it would match any word/);
    try {
      parseCodebook(bad, 'team.csv');
    } catch (e) {
      expect((e as { line?: number }).line).toBe(5);
    }
  });

  it('a sheet with no header near the top still says which column is missing, at its first row', () => {
    expect(() => parseCodebook('Notes,Owner\nsee the drive,RA\nTheme,Pattern\nstress,stress\n', 'notes.csv')).toThrow("codebook has no 'theme' column (found: notes, owner)");
  });
});

describe('a codebook workbook with a Read-me sheet first', () => {
  it('reads the first sheet that has theme and pattern columns, and says so', async () => {
    const { default: Excel } = await import('exceljs');
    const workbook = new Excel.Workbook();
    const readMe = workbook.addWorksheet('Read me');
    readMe.addRow(['How to use this codebook']);
    readMe.addRow(['One row per pattern', 'kinds: word, phrase, glob']);
    const book = workbook.addWorksheet('Codebook');
    book.addRow(['Theme', 'Keywords']);
    book.addRow(['Stress', 'stress; anxiety']);
    const file = path.join(tempDir('reflect-readme-sheet-'), 'Codebook.xlsx');
    await workbook.xlsx.writeFile(file);
    const loaded = await loadCodebook(file);
    expect(loaded.themes.map((t) => [t.id, t.patterns.map((p) => p.value)])).toEqual([['stress', ['stress', 'anxiety']]]);
    expect(loaded.warnings?.map((w) => w.message)).toEqual(["the codebook was read from sheet 'Codebook': the first sheet, 'Read me', has no theme and pattern columns"]);
    // a problem there names the file, the sheet and the row, as a workbook's sheets of responses are named;
    // a hint is still said in a sheet's terms
    book.addRow(['Exam stress', 'exam*, *']);
    book.addRow(['Mental health', 'worry', 'Stres']);
    book.getRow(1).getCell(3).value = 'Parent';
    await workbook.xlsx.writeFile(file);
    const run = reflect(['codebook', 'check', '--codebook', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${file}#Codebook: row 3: theme 'exam-stress': glob '*' has no letters or digits`);
    expect(run.stderr).toContain(`${file}#Codebook: row 4: theme 'mental-health' has unknown parent 'Stres' (did you mean 'Stress'?)`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const json = reflect(['codebook', 'check', '--codebook', file, '--json']);
    expect(JSON.parse(json.stdout).problems.map((p: { file: string; line: number }) => [p.file, p.line])).toEqual([
      [`${file}#Codebook`, 3],
      [`${file}#Codebook`, 4],
    ]);
    // a workbook with no codebook sheet at all is told about its first
    workbook.removeWorksheet(book.id);
    await workbook.xlsx.writeFile(file);
    await expect(loadCodebook(file)).rejects.toThrow("codebook has no 'theme' column (found: how_to_use_this_codebook)");
  });

  it('loads the workbook once, however many sheets are looked at before the codebook', async () => {
    const { default: Excel } = await import('exceljs');
    const workbook = new Excel.Workbook();
    workbook.addWorksheet('Read me').addRow(['How to use this codebook']);
    workbook.addWorksheet('Notes').addRow(['Owner', 'RA']);
    const book = workbook.addWorksheet('Codebook');
    book.addRow(['Theme', 'Pattern']);
    book.addRow(['Stress', 'stress']);
    const file = path.join(tempDir('reflect-readme-sheets-'), 'Codebook.xlsx');
    await workbook.xlsx.writeFile(file);
    // every workbook's loader is one object's: counted there, each load of the file is seen
    const load = vi.spyOn(Object.getPrototypeOf(new Excel.Workbook().xlsx) as { load: () => Promise<unknown> }, 'load');
    try {
      const loaded = await loadCodebook(file);
      expect(loaded.themes.map((t) => t.id)).toEqual(['stress']);
      expect(loaded.warnings?.map((w) => w.message)).toEqual(["the codebook was read from sheet 'Codebook': the first sheet, 'Read me', has no theme and pattern columns"]);
      // it was loaded four times: for the first sheet, for the list of sheets, then for each sheet after the first
      expect(load).toHaveBeenCalledTimes(1);
    } finally {
      load.mockRestore();
    }
  });
});

describe('codebook check given a codebook where the folder goes', () => {
  it('says to give it with --codebook, exit 2, rather than checking the built-in codebook against it', () => {
    const dir = tempDir('reflect-check-file-');
    writeFileSync(path.join(dir, 'mine.yml'), 'themes:\n  - id: stress\n    words: [stress]\n');
    writeFileSync(path.join(dir, 'mine.json'), '{ "themes": [{ "id": "stress", "words": ["stress"] }] }');
    // a sheet whose definitions a survey reader would take for answers
    writeFileSync(path.join(dir, 'mine.csv'), 'Theme,Pattern,Definition\nStress,"stress, worry",Students describe feeling stressed or worried about school\n');
    for (const file of ['mine.yml', 'mine.json', 'mine.csv']) {
      const run = reflect(['codebook', 'check', file], dir);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(`${file} is a codebook, not a folder of responses: check it with \`reflect codebook check --codebook ${file}\``);
    }
    const run = reflect(['codebook', 'check', '--codebook', 'mine.yml'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^mine\.yml: 1 theme, OK/);
    // a file of responses is still linted against
    writeFileSync(path.join(dir, 'survey.csv'), 'id,What helps you learn?\nS1,Less stress and more choice\nS2,A quiet room\n');
    const survey = reflect(['codebook', 'check', '--codebook', 'mine.yml', 'survey.csv'], dir);
    expect(survey.code).toBe(0);
    expect(survey.stdout).toContain('2 responses; 1 (50%) carry no theme.');
  });
});
