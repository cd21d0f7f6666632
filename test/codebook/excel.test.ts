// A CSV codebook as Excel saves it in much of Europe: UTF-8 with a BOM, ';'-separated, capitalised
// headers with QDA-tool names (Keywords), the researcher's own columns (Colour, Memo), blank rows
// between themes, and one row per theme with its patterns listed in a cell.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadCodebook, parseCodebook } from '../../src/codebook/load.js';
import { compileCodebook } from '../../src/codebook/compile.js';
import { tagText } from '../../src/analyses/tagging.js';
import { writeFileSync } from 'node:fs';
import { tempDir } from '../cli/helpers.js';
import { ConfigError, problemsOf } from '../../src/util/errors.js';

const file = path.resolve(import.meta.dirname, '../../fixtures/codebook/excel/semicolon-bom.csv');

describe('a CSV codebook saved from Excel', () => {
  it('reads themes, labels, descriptions and listed patterns, leaving its own columns alone', async () => {
    const book = await loadCodebook(file);
    expect(book.themes.map((t) => ({ id: t.id, label: t.label, description: t.description, patterns: t.patterns.map((p) => `${p.kind}:${p.value}`) }))).toEqual([
      {
        id: 'stress',
        label: 'Stress and worry',
        description: 'Feeling stressed or anxious at school',
        patterns: ['word:stress', 'word:anxiety', 'word:worried', 'phrase:panic attack', 'glob:overwhelm*'],
      },
      { id: 'money', label: 'Funding', description: 'Money for the school', patterns: ['word:funding', 'word:budget', 'word:fees'] },
      { id: 'timetables', label: 'Timetables and schedules', description: undefined, patterns: ['word:timetable', 'phrase:bell schedule', 'phrase:flex block'] },
    ]);
  });

  it('tags with every listed pattern', async () => {
    const compiled = compileCodebook(await loadCodebook(file), { expansions: false, matcher: 'lemma' });
    const texts = ['Exams give me anxiety', 'I feel overwhelmed', 'the fees are too high', 'our bell schedule changed'];
    expect(texts.map((t) => tagText(t, compiled).map((c) => c.themeId))).toEqual([['stress'], ['stress'], ['money'], ['timetables']]);
  });

  it('says which cells right of the header a row left out, as when a cell of patterns holds the separator without quotes', () => {
    const csv = ['\ufeffTheme;Keywords;Description;Colour', 'Mental health;stress; anxiety; worr*;Feeling stressed;red', 'Funding;"money; fees";Money;', ''].join('\r\n');
    const book = parseCodebook(csv, 'Codebook.csv');
    expect(book.themes.map((t) => [t.id, t.patterns.map((p) => p.value)])).toEqual([
      ['mental-health', ['stress']],
      ['funding', ['money', 'fees']],
    ]);
    expect(book.warnings).toEqual([
      {
        file: 'Codebook.csv',
        line: 2,
        message: `2 cells right of the header's last column are left out: 'Feeling stressed', 'red'; a cell that holds ';' must be in quotes ("stress; anxiety"), or the ';' splits it into the cells after it`,
      },
    ]);
  });

  it('reads a tab-separated sheet and an id column as the YAML key names it', () => {
    const book = parseCodebook('ID\tLabel\tPatterns\tNotes\nclass-size\tClass size\tclass size, crowded\tseen in 3 groups\n', 'tabs.csv');
    expect(book.themes.map((t) => [t.id, t.label, t.patterns.map((p) => p.value)])).toEqual([['class-size', 'Class size', ['class size', 'crowded']]]);
  });

  it('reads a sheet typed by hand with a space after each comma, a quoted cell too', () => {
    const book = parseCodebook('theme, pattern\nstress, stress\nstress, "worried, worry"\nmoney, "budget"\n', 'typed.csv');
    expect(book.themes.map((t) => [t.id, t.patterns.map((p) => p.value)])).toEqual([
      ['stress', ['stress', 'worried', 'worry']],
      ['money', ['budget']],
    ]);
  });

  it("takes a column headed 'Theme name' or 'Name', with no theme column, as the themes' names", () => {
    const csv = 'Theme name;Keywords;Definition\r\nMental health;"stress; anxiety";Feeling stressed\r\nFunding;budget;\r\n';
    const book = parseCodebook(csv, 'Codebook.csv');
    expect(book.themes.map((t) => [t.id, t.label, t.description, t.patterns.map((p) => p.value)])).toEqual([
      ['mental-health', 'Mental health', 'Feeling stressed', ['stress', 'anxiety']],
      ['funding', 'Funding', undefined, ['budget']],
    ]);
    expect(parseCodebook('Name,Keywords\nFunding,budget\n', 'named.csv').themes.map((t) => [t.id, t.label])).toEqual([['funding', 'Funding']]);
  });

  it("says a row's unquoted separator first where the cells it moved make the row's problem", () => {
    const csv = 'theme;pattern;parent\r\nwellbeing;feel;\r\nstress;stress; anxiety;wellbeing\r\n';
    let said: string[] = [];
    try {
      parseCodebook(csv, 'Codebook.csv');
    } catch (e) {
      said = problemsOf(e as ConfigError).map((p) => p.describe());
    }
    expect(said).toEqual([
      `Codebook.csv:3: a cell right of the header's last column is left out: 'wellbeing'; a cell that holds ';' must be in quotes ("stress; anxiety"), or the ';' splits it into the cells after it`,
      "Codebook.csv:3: theme 'stress' has unknown parent 'anxiety'",
    ]);
  });

  it('takes a theme written by its name (Mental health) as that label, with its slug as the id, also as a parent', () => {
    const csv = [
      '\ufeff"Pattern","THEME","Parent","Description"',
      '"stress; anxiety","Mental health",,"Feeling stressed"',
      ',,,',
      '"exam*|test anxiety","Exam stress","Mental Health",',
      '"teacher | mentor","Teacher relationships",,',
      '"worr*","Mental health",,',
      '',
    ].join('\r\n');
    const book = parseCodebook(csv, 'Codebook.csv');
    expect(book.themes.map((t) => [t.id, t.label, t.parent, t.patterns.map((p) => p.value)])).toEqual([
      ['mental-health', 'Mental health', undefined, ['stress', 'anxiety', 'worr*']],
      ['exam-stress', 'Exam stress', 'mental-health', ['exam*', 'test anxiety']],
      ['teacher-relationships', 'Teacher relationships', undefined, ['teacher', 'mentor']],
    ]);
    // a label column, left empty, gives way to the name; filled, it is the label
    const labelled = parseCodebook('theme,label,pattern\nMental health,,stress\nMoney matters,Funding,money\n', 'c.csv');
    expect(labelled.themes.map((t) => [t.id, t.label])).toEqual([['mental-health', 'Mental health'], ['money-matters', 'Funding']]);
    // a parent that names no theme is still an error, said as the sheet wrote it, and so is the theme it may mean
    expect(() => parseCodebook('theme,pattern,parent\nMental health,stress,\nExams,exam,Mental helth\n', 'c.csv')).toThrow(/unknown parent 'Mental helth' \(did you mean 'Mental health'\?\)/);
    expect(() => parseCodebook('theme,pattern,parent\nStress,stress,\nExams,exam,Stres\n', 'c.csv')).toThrow(/unknown parent 'Stres' \(did you mean 'Stress'\?\)/);
  });

  it('reads a Kind column as a sheet writes it: Words, Glob, Exclusion, not near', () => {
    const book = parseCodebook('Theme,Pattern,Kind\r\nstress,stress,Words\r\nstress,anxi*,Glob\r\nstress,stress ball,Exclusion\r\nstress,lego,not near\r\nstress,/\\bburn(ed)? out\\b/,Regexes\r\n', 'book.csv');
    const [theme] = book.themes;
    expect(theme!.patterns.map((p) => [p.kind, p.value, p.unlessNear])).toEqual([
      ['word', 'stress', ['lego']],
      ['glob', 'anxi*', ['lego']],
      ['regex', '/\\bburn(ed)? out\\b/', ['lego']],
    ]);
    expect(theme!.exclusions).toEqual(['stress ball']);
    expect(() => parseCodebook('theme,pattern,kind\na,x,keywords\n', 'book.csv')).toThrow("unknown kind 'keywords'");
  });

  it('reads a Sub-theme column: its themes roll up to the theme column, a blank theme cell is the one above', () => {
    const csv = ['Theme,Sub-theme,Keywords', 'Wellbeing,Stress,"stress, anxiety"', ',Sleep,"sleep; tired"', 'Money,,money', 'Money,School fees,fee', ''].join('\r\n');
    const book = parseCodebook(csv, 'themes.csv');
    expect(book.themes.map((t) => [t.id, t.label, t.parent ?? null, t.patterns.map((p) => p.value)])).toEqual([
      ['stress', 'Stress', 'wellbeing', ['stress', 'anxiety']],
      ['sleep', 'Sleep', 'wellbeing', ['sleep', 'tired']],
      ['money', 'Money', null, ['money']],
      ['school-fees', 'School fees', 'money', ['fee']],
      ['wellbeing', 'Wellbeing', null, []],
    ]);
    const compiled = compileCodebook(book, { expansions: false, matcher: 'lemma' });
    expect(tagText('so tired before the fees are due', compiled).map((c) => c.themeId)).toEqual(['sleep', 'money', 'school-fees', 'wellbeing']);
  });

  it('groups themes by a Category column: a named group becomes a parent theme, an existing theme is used by its label', () => {
    const book = parseCodebook(
      [
        'Theme,Label,Category,Keywords,Colour',
        'stress,Stress,Wellbeing,"stress, anxiety",red',
        'sleep,Sleep,wellbeing,"sleep, tired",red',
        'money,Funding,Resources,"money, budget",blue',
        'resources,Resources,,"supplies, equipment",blue',
        'timetable,Timetables,,timetable,green',
      ].join('\n'),
      'groups.csv',
    );
    expect(book.themes.map((t) => [t.id, t.label, t.parent ?? null, t.patterns.length])).toEqual([
      ['stress', 'Stress', 'wellbeing', 2],
      ['sleep', 'Sleep', 'wellbeing', 2],
      ['money', 'Funding', 'resources', 2],
      ['resources', 'Resources', null, 2],
      ['timetable', 'Timetables', null, 1],
      ['wellbeing', 'Wellbeing', null, 0],
    ]);
    // A parent column names theme ids: an unknown one stays an error, not a new theme.
    expect(() => parseCodebook('Theme,Parent,Keywords\nstress,wellbeing,stress\n', 'strict.csv')).toThrow(/wellbeing/);
  });

  it('a code named as its own category is the category: no parent, and the other codes of the category are its children', () => {
    const book = parseCodebook(
      ['Category,Code,Label,Keywords', 'Stress,stress,Stress,stress', 'Stress,exam-stress,Exam stress,exam', 'Mental Health,anxiety,Anxiety,anxious'].join('\n'),
      'catsame.csv',
    );
    expect(book.themes.map((t) => [t.id, t.parent ?? null])).toEqual([
      ['stress', null],
      ['exam-stress', 'stress'],
      ['anxiety', 'mental-health'],
      ['mental-health', null],
    ]);
    // In a parent column, which names theme ids, a theme its own parent is still an error.
    expect(() => parseCodebook('Theme,Parent,Keywords\nstress,stress,stress\n', 'strict.csv')).toThrow(/its own parent/);
  });
});

describe('a codebook kept in an Excel workbook (.xlsx)', () => {
  it('reads its first worksheet as a CSV codebook is read, naming rows by their number', async () => {
    const { default: Excel } = await import('exceljs');
    const dir = tempDir('reflect-xlsx-codebook-');
    const workbook = new Excel.Workbook();
    const sheet = workbook.addWorksheet('Codebook');
    sheet.addRow(['Theme', 'Keywords', 'Description', 'Colour']);
    sheet.addRow(['Mental health', 'stress; anxiety | worr*', 'How students feel', 'red']);
    sheet.addRow([]);
    sheet.addRow(['Exam stress', 'exam*', '', 'blue']);
    sheet.addRow(['funding', 'money, fees', 'Money for the school', '']);
    const file = path.join(dir, 'Codebook.xlsx');
    await workbook.xlsx.writeFile(file);
    const book = await loadCodebook(file);
    expect(book.themes.map((t) => [t.id, t.label, t.description, t.patterns.map((p) => p.value)])).toEqual([
      ['mental-health', 'Mental health', 'How students feel', ['stress', 'anxiety', 'worr*']],
      ['exam-stress', 'Exam stress', undefined, ['exam*']],
      ['funding', 'funding', 'Money for the school', ['money', 'fees']],
    ]);
    const compiled = compileCodebook(book, { expansions: false, matcher: 'lemma' });
    expect(tagText('I worry about exams and fees', compiled).map((c) => c.themeId)).toEqual(['mental-health', 'exam-stress', 'funding']);

    // a problem names the row; a file that is no workbook says so
    sheet.getRow(4).getCell(2).value = 'exam*, *';
    await workbook.xlsx.writeFile(file);
    await expect(loadCodebook(file)).rejects.toMatchObject({ line: 4, message: "theme 'exam-stress': glob '*' has no letters or digits, so it would match any word; write the start of the words it stands for, as in 'stress*'" });
    const bad = path.join(dir, 'notes.xlsx');
    writeFileSync(bad, 'not a workbook');
    await expect(loadCodebook(bad)).rejects.toThrow(/not a valid XLSX file/);
  });
});
