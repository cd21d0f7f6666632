// Reading coding files: wide and long layouts, BOM and CRLF, line numbers in errors and warnings.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import ExcelJS from 'exceljs';
import { codingRecords, coderNames, parseCodingFile, parseUnitsFile, rollUpThemes, splitThemes, themesAsIds } from '../../src/analyses/coding-files.js';
import { InputError } from '../../src/util/errors.js';

const fixture = (p: string): string => readFileSync(new URL(`../../fixtures/agreement/${p}`, import.meta.url), 'utf8');

/** The InputError `fn` throws. */
function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('wide files', () => {
  test("reflect's responses.csv shape with a BOM, CRLF and a multi-line text cell", () => {
    // The file keeps its BOM when read as utf8 by Node; parseCodingFile must drop it, or the first
    // header would be "\uFEFFresponse_id" and not found.
    const text = fixture('reference/human.csv');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const c = parseCodingFile(text, 'coders/human.csv');
    expect(c.coder).toBe('human');
    expect(c.file).toBe('coders/human.csv');
    expect(c.layout).toBe('wide');
    expect(c.warnings).toEqual([]);
    // Lines: header 1, r1 2, r2 3, r3 4, r4 5–6 (quoted line break), r5 7, r6 8, r7 9, r8 10.
    expect(c.units.map(({ responseId, themes, line }) => ({ responseId, themes, line }))).toEqual([
      { responseId: 'r1', themes: ['a', 'b'], line: 2 },
      { responseId: 'r2', themes: ['a'], line: 3 },
      { responseId: 'r3', themes: [], line: 4 },
      { responseId: 'r4', themes: ['b', 'c'], line: 5 },
      { responseId: 'r5', themes: ['a'], line: 7 },
      { responseId: 'r6', themes: [], line: 8 },
      { responseId: 'r7', themes: ['c'], line: 9 },
      { responseId: 'r8', themes: ['a', 'b'], line: 10 },
    ]);
    expect(c.themeLines).toEqual({ a: 2, b: 2, c: 5 });
    // The text column is kept for the disagreements file, quoted line break and all.
    expect(c.units.map((u) => u.text)).toEqual([
      'Too much homework, and the "tests" pile up',
      'Homework every night',
      'I liked the field trip',
      'My friends helped me\nwhen I was stressed',
      'Homework',
      'Nothing to add',
      'Counsellor was great',
      'Homework and tests',
    ]);
  });

  test('theme separators ; , | with spaces and repeats; headers matched ignoring case and spacing', () => {
    expect(splitThemes(' b ; a | b | c ;; ')).toEqual(['a', 'b', 'c']);
    expect(splitThemes(' b , a,b ,, ')).toEqual(['a', 'b']);
    const c = parseCodingFile('Response ID,Themes\nx1,"b, a"\n\nx2,  \n', 'rater-2.csv');
    expect(c.coder).toBe('rater-2');
    expect(c.units).toEqual([
      { responseId: 'x1', themes: ['a', 'b'], line: 2 },
      { responseId: 'x2', themes: [], line: 4 },
    ]);
  });

  test("a response id as responses.csv writes it, with the formula guard's ', is the id reflect reads; so is one a spreadsheet saved without it", () => {
    // A source file named "-survey.csv" or "@home.csv": responses.csv writes its ids "'-survey.csv:r1:q1".
    const written = "response_id,text,themes\n'-survey.csv:r1:q1,'=cmd,a\n'@home.csv:r2:q1,hi,b\nit's.csv:r3:q1,x,\n";
    const c = parseCodingFile(written, 'responses.csv');
    expect(c.units.map((u) => [u.responseId, u.text])).toEqual([
      ['-survey.csv:r1:q1', '=cmd'],
      ['@home.csv:r2:q1', 'hi'],
      ["it's.csv:r3:q1", 'x'],
    ]);
    expect(parseUnitsFile(written, 'responses.csv')).toEqual(['-survey.csv:r1:q1', '@home.csv:r2:q1', "it's.csv:r3:q1"]);
    expect(parseCodingFile(written.replaceAll("\n'", '\n'), 'saved.csv').units.map((u) => u.responseId)).toEqual(c.units.map((u) => u.responseId));
  });

  test('a label with a comma is one theme in a cell that separates themes with ; or |, or in a cell of its own', () => {
    const themes = [
      { id: 'relationships', label: 'Relationships with adults' },
      { id: 'passion-purpose', label: 'Passions, goals and purpose' },
    ];
    const text = 'response_id,themes\nr1,"Relationships with adults; Passions, goals and purpose"\nr2,"Passions, goals and purpose | relationships"\nr3,"passions, goals and purpose"\nr4,"relationships, passion-purpose"\n';
    const c = parseCodingFile(text, 'a.csv', themes);
    expect(c.units.map((u) => [u.responseId, u.themes])).toEqual([
      ['r1', ['Passions, goals and purpose', 'Relationships with adults']],
      ['r2', ['Passions, goals and purpose', 'relationships']],
      ['r3', ['passions, goals and purpose']],
      ['r4', ['passion-purpose', 'relationships']],
    ]);
    expect(themesAsIds(c, themes).units.map((u) => u.themes)).toEqual([['passion-purpose', 'relationships'], ['passion-purpose', 'relationships'], ['passion-purpose'], ['passion-purpose', 'relationships']]);
    // Without the codebook a cell with no ; or | is still a list, as coders list ids.
    expect(parseCodingFile(text, 'a.csv').units[2]!.themes).toEqual(['goals and purpose', 'passions']);
    // Separators mixed by hand: a piece that is no theme, but whose comma-separated parts are, is those.
    const mixed = parseCodingFile('response_id,themes\nr1,"relationships, passion-purpose; Relationships with adults"\n', 'm.csv', themes);
    expect(mixed.units[0]!.themes).toEqual(['Relationships with adults', 'passion-purpose', 'relationships']);
  });

  test('a row without a response_id is skipped with a warning at its line; blank rows are ignored', () => {
    const c = parseCodingFile('response_id,themes\nr1,a\n,b\n , \nr2,\n', 'h.csv');
    expect(c.units.map((u) => u.responseId)).toEqual(['r1', 'r2']);
    expect(c.warnings).toEqual([{ file: 'h.csv', line: 3, message: 'row has no response_id; skipped' }]);
  });

  test('a response listed twice is an error naming both lines', () => {
    const e = inputError(() => parseCodingFile('response_id,themes\nr1,a\nr2,\r\nr1,b\n', 'human.csv'));
    expect(e.exitCode).toBe(3);
    expect(e.file).toBe('human.csv');
    expect(e.line).toBe(4);
    expect(e.describe()).toBe(
      "human.csv:4: response_id 'r1' is listed twice (first at line 2); a file with a themes column has one row per response",
    );
  });
});

describe("a coder who has not finished: blank rows, and 'none' for no theme", () => {
  // Copies of reflect's responses.csv for the first 24 responses of the sample; both coders did the
  // first 12. sam wrote 'None' where no theme applies, kim left those cells blank.
  test("a file that writes 'none' for no theme reads its blank rows as not coded, with one warning", () => {
    const c = parseCodingFile(fixture('unfinished/sam.csv'), 'coders/sam.csv');
    expect(c.units.map((u) => u.responseId)).toEqual(parseUnitsFile(fixture('unfinished/reflect.csv'), 'reflect.csv').slice(0, 12));
    // 'None' (line 11) is coded with no theme, not a theme called None.
    expect(c.units[9]).toMatchObject({ responseId: 'focus-group-alternate.txt:t14', themes: [], line: 11 });
    expect(Object.keys(c.themeLines)).not.toContain('None');
    expect(c.units[0]!.themes).toEqual(['Relationships']);
    expect(c.units[7]!.themes).toEqual(['alternate-programs', 'mental-health']);
    expect(c.warnings).toEqual([
      {
        file: 'coders/sam.csv',
        line: 14,
        message: "12 rows have a blank themes cell and are read as not coded, since the file writes 'none' (line 11) for a response coded with no theme; left out",
      },
    ]);
  });

  test('the no-theme words: none, no theme(s), no code(s) and dashes, in any case; not NA or n/a', () => {
    const c = parseCodingFile('response_id,Code 1,Code 2\nr1,No Theme,\nr2,  -  ,\nr3,NONE,\nr4,NA,\nr5,n/a,\nr6,,\n', 'h.csv');
    expect(c.units.map((u) => [u.responseId, u.themes])).toEqual([
      ['r1', []],
      ['r2', []],
      ['r3', []],
      ['r4', ['NA']],
      ['r5', ['n/a']],
    ]);
    // In a long file 'none' lists a response coded with no theme.
    expect(parseCodingFile('response_id,theme_id\nr1,pace\nr2,none\n', 'l.csv').units.map((u) => u.themes)).toEqual([['pace'], []]);
  });

  test('a file without the word keeps blank = no theme, and warns of a long blank run at its end', () => {
    const c = parseCodingFile(fixture('unfinished/kim.csv'), 'coders/kim.csv');
    expect(c.units).toHaveLength(24);
    expect(c.units[9]!.themes).toEqual([]);
    expect(c.warnings).toEqual([
      {
        file: 'coders/kim.csv',
        line: 14,
        message:
          "the last 12 of 24 rows have a blank themes cell, read as coded with no theme; if the coder did not get to them, delete those rows, or write 'none' where a response was coded with no theme (blank cells are then read as not coded)",
      },
    ]);
    // reflect's own responses.csv ends with a blank or two, as any does: no warning.
    expect(parseCodingFile(fixture('unfinished/reflect.csv'), 'reflect.csv').warnings).toEqual([]);
  });
});

describe('long files', () => {
  test("reflect's codings.csv shape: one row per response × theme, extra columns ignored", () => {
    const c = parseCodingFile(fixture('reference/reflect.csv'), 'out/reflect.csv');
    expect(c.layout).toBe('long');
    expect(c.coder).toBe('reflect');
    expect(c.units.map(({ responseId, themes, line }) => ({ responseId, themes, line }))).toEqual([
      { responseId: 'r1', themes: ['a', 'b'], line: 2 },
      { responseId: 'r2', themes: ['a', 'c'], line: 4 },
      { responseId: 'r4', themes: ['b'], line: 6 },
      { responseId: 'r5', themes: ['a'], line: 7 },
      { responseId: 'r7', themes: ['c'], line: 8 },
      { responseId: 'r8', themes: ['a', 'd'], line: 9 },
    ]);
    // The evidence column is kept per theme, for the disagreements file.
    expect(c.units[1]!.evidence).toEqual({ a: '...', c: '...' });
    expect(c.units.every((u) => u.text === undefined)).toBe(true);
    expect(c.themeLines).toEqual({ a: 2, b: 3, c: 5, d: 10 });
  });

  test('a `theme` column works too; a repeated coding counts once', () => {
    const c = parseCodingFile('theme,response_id\nb,r1\na,r1\nb,r1\n', 'x.csv');
    expect(c.units).toEqual([{ responseId: 'r1', themes: ['a', 'b'], line: 2 }]);
  });
});

describe("coders' own sheets: codes, numbered code columns, labels", () => {
  test('a Codes column is wide, a Code column long; Code 1, Code 2 … are one wide column, a cell a theme', () => {
    const codes = parseCodingFile('Response ID,Excerpt,Codes\nr1,Too many tests,"grades; mental-health"\nr2,Nothing,\n', 'a.csv');
    expect(codes.layout).toBe('wide');
    expect(codes.units.map((u) => [u.responseId, u.themes])).toEqual([['r1', ['grades', 'mental-health']], ['r2', []]]);
    const long = parseCodingFile('response_id,code\nr1,Passions, goals and purpose\nr1,grades\n'.replace('Passions, goals and purpose', '"Passions, goals and purpose"'), 'b.csv');
    expect(long.layout).toBe('long');
    expect(long.units[0]!.themes).toEqual(['Passions, goals and purpose', 'grades']);
    const numbered = parseCodingFile(
      'Response ID,Excerpt,Code 1,Code 2,Code_3\nr1,Too many tests,Grades and assessment,"Passions, goals and purpose",\nr2,Nothing,,,\nr3,Money,,Funding and resources,\n',
      'c.csv',
    );
    expect(numbered.layout).toBe('wide');
    expect(numbered.units.map((u) => [u.responseId, u.themes])).toEqual([
      ['r1', ['Grades and assessment', 'Passions, goals and purpose']],
      ['r2', []],
      ['r3', ['Funding and resources']],
    ]);
  });

  test("themesAsIds turns the codebook's labels, and its ids in another case or spacing, into its ids", () => {
    const themes = [
      { id: 'mental-health', label: 'Mental health' },
      { id: 'funding', label: 'Funding & resources' },
      { id: 'purpose', label: 'Passions, goals and purpose' },
    ];
    const coder = parseCodingFile(
      'response_id,code,evidence\nr1,Mental Health,stressed\nr1,mental health,anxious\nr2,"Passions, goals and purpose",\nr2,funding and resources,money\nr3,Homework,\n',
      'coder.csv',
    );
    const mapped = themesAsIds(coder, themes);
    expect(mapped.units.map((u) => [u.responseId, u.themes])).toEqual([
      ['r1', ['mental-health']],
      ['r2', ['funding', 'purpose']],
      ['r3', ['Homework']],
    ]);
    expect(mapped.themeLines).toEqual({ 'mental-health': 2, purpose: 4, funding: 5, Homework: 6 });
    expect(mapped.units[0]!.evidence).toEqual({ 'mental-health': 'stressed' });
    // Ids as they are: the coder comes back unchanged.
    const ids = parseCodingFile('response_id,themes\nr1,mental-health;funding\n', 'ids.csv');
    expect(themesAsIds(ids, themes)).toBe(ids);
  });

  test('a label two themes share is left as written', () => {
    const coder = parseCodingFile('response_id,themes\nr1,Support\n', 'a.csv');
    const themes = [
      { id: 'support-staff', label: 'Support' },
      { id: 'peer-support', label: 'support' },
    ];
    expect(themesAsIds(coder, themes).units[0]!.themes).toEqual(['Support']);
  });
});

describe('roll-up to parent themes', () => {
  const themes = [
    { id: 'wellbeing', label: 'Wellbeing' },
    { id: 'stress', label: 'Stress', parent: 'wellbeing' },
    { id: 'exam-stress', label: 'Exam stress', parent: 'stress' },
    { id: 'schedule', label: 'Schedules' },
  ];

  test("a child theme also gives its parents, as reflect's responses.csv does, with the child's evidence", () => {
    const coder = parseCodingFile('response_id,code,evidence\nr1,exam-stress,finals\nr2,schedule,timetable\nr3,stress,\n', 'h.csv');
    const rolled = rollUpThemes(coder, themes);
    expect(rolled.units.map((u) => [u.responseId, u.themes])).toEqual([
      ['r1', ['exam-stress', 'stress', 'wellbeing']],
      ['r2', ['schedule']],
      ['r3', ['stress', 'wellbeing']],
    ]);
    expect(rolled.units[0]!.evidence).toEqual({ 'exam-stress': 'finals', stress: 'finals', wellbeing: 'finals' });
    expect(rolled.themeLines).toEqual({ 'exam-stress': 2, stress: 2, wellbeing: 2, schedule: 3 });
  });

  test("idempotent: a file already rolled up (reflect's own) comes back as it is", () => {
    const own = parseCodingFile('response_id,themes\nr1,wellbeing;stress;exam-stress\nr2,\n', 'responses.csv');
    expect(rollUpThemes(own, themes)).toBe(own);
    const once = rollUpThemes(parseCodingFile('response_id,themes\nr1,exam-stress\n', 'h.csv'), themes);
    expect(rollUpThemes(once, themes)).toBe(once);
  });
});

describe("exports from QDA tools (NVivo, MAXQDA, ATLAS.ti)", () => {
  // A MAXQDA "Coded segments" export of the sample coded with reflect's codebook imported as a .qdc.
  const maxqda = [
    'Color,Document group,Document name,Code,Begin,End,Weight score,Segment,Comment',
    '#e41a1c,Sheets,reflection-sheets,Wellbeing\\Mental health,3,3,0,"I have really bad anxiety and the flexible hours help",',
    '#377eb8,Transcripts,focus-group-middle,Assessment\\Grades and assessment,7,7,0,Tests. My stomach hurts before tests.,',
  ].join('\n');

  test('a coded-segments export without response ids says what it is and which column it needs', () => {
    const e = inputError(() => parseCodingFile(maxqda, 'maxqda-export.csv'));
    expect(e.exitCode).toBe(3);
    expect(e.describe()).toBe(
      'maxqda-export.csv:1: this looks like a coded-segments export from a QDA tool (one row per coded segment; found: Color, Document group, Document name, Code, Begin, End, Weight score, Segment, Comment), ' +
        "which does not say which response each segment is part of; `reflect agree` matches each segment to its response by its text when reflect's responses.csv is given " +
        "among the files or with --units (e.g. --units reflect-report/responses.csv), or add a response_id column and the file is read as one row per response × theme",
    );
    // A table that is not an export keeps the general message.
    expect(inputError(() => parseCodingFile('Student,Comment\nS01,fine\n', 'notes.csv')).describe()).toMatch(/^notes\.csv:1: expected a response_id column/);
  });

  test('with response ids added, code paths are read by their last level where the whole path is no theme', () => {
    const withIds = maxqda
      .split('\n')
      .map((line, i) => `${['response_id', 'focus-group-alternate.txt:t11', 'focus-group-middle.txt:t7'][i]},${line}`)
      .join('\n')
      .concat('\nfocus-group-middle.txt:t7,#000000,Transcripts,focus-group-middle,Codes > Wellbeing > Stresss,7,7,0,stomach hurts,\n');
    const c = themesAsIds(parseCodingFile(withIds, 'maxqda-export.csv'), [
      { id: 'mental-health', label: 'Mental health' },
      { id: 'grades', label: 'Grades and assessment' },
    ]);
    expect(c.layout).toBe('long');
    expect(c.units.map((u) => [u.responseId, u.themes])).toEqual([
      ['focus-group-alternate.txt:t11', ['mental-health']],
      // A path whose last level is no theme either is kept as written, and reported as not in the codebook.
      ['focus-group-middle.txt:t7', ['Codes > Wellbeing > Stresss', 'grades']],
    ]);
  });
});

describe('matrix layout: one column per theme', () => {
  test('reads marks (1, x, yes, ✓) as given and 0, no and blanks as not, skipping text, notes and participant columns', () => {
    const c = parseCodingFile(
      'Response ID,Participant,Text,mental-health,funding,timetables,Notes\n' +
        'r1,S1,I am stressed,1,0,,unsure\n' +
        'r2,S2,no money,,X,no,\n' +
        'r3,S3,flex please,,,✓,\n' +
        'r4,S4,nothing,,,,\n',
      'coder-a.csv',
    );
    expect(c.layout).toBe('wide');
    expect(c.units.map((u) => [u.responseId, u.themes, u.text])).toEqual([
      ['r1', ['mental-health'], 'I am stressed'],
      ['r2', ['funding'], 'no money'],
      ['r3', ['timetables'], 'flex please'],
      ['r4', [], 'nothing'],
    ]);
    expect(c.warnings).toEqual([]);
  });

  test('a matrix whose coder fills every theme column with 1 or 0 reads wholly blank rows as not coded', () => {
    const c = parseCodingFile(
      'response_id,mental-health,funding,timetables\n' + 'r1,1,0,0\n' + 'r2,0,0,0\n' + 'r3,0,1,1\n' + 'r4,,,\n' + 'r5,,,\n',
      'coder-c.csv',
    );
    expect(c.units.map((u) => [u.responseId, u.themes])).toEqual([
      ['r1', ['mental-health']],
      ['r2', []],
      ['r3', ['funding', 'timetables']],
    ]);
    expect(c.warnings).toEqual([
      {
        file: 'coder-c.csv',
        line: 5,
        message:
          '2 rows have a blank cell in every theme column and are read as not coded, since every row coded fills each theme column, with 0 or no (line 2) where a theme was not given; left out',
      },
    ]);
  });

  test('a matrix left unfinished with blanks for "not given" is read as coded, with a warning about its blank tail', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `r${i + 3},,`);
    const c = parseCodingFile(['response_id,funding,pace', 'r1,1,', 'r2,,1', ...rows].join('\n'), 'coder-d.csv');
    expect(c.units).toHaveLength(14);
    expect(c.warnings.map((w) => w.message)).toEqual([
      'the last 12 of 14 rows have a blank cell in every theme column, read as coded with no theme; if the coder did not get to them, delete those rows, or fill every theme column of a row coded, with 0 where a theme was not given (wholly blank rows are then read as not coded)',
    ]);
  });

  test('a column mixing marks with other values is not a theme, and is reported at its first odd value', () => {
    const c = parseCodingFile('response_id,funding,pace\nr1,1,1\nr2,,maybe\n', 'coder-b.csv');
    expect(c.units.map((u) => u.themes)).toEqual([['funding'], []]);
    expect(c.warnings).toEqual([
      { file: 'coder-b.csv', line: 3, message: "column 'pace' holds 'maybe', not a mark (1, x, yes; 0, no or blank): not read as a theme" },
    ]);
  });

  test("a totals row at the foot of a matrix is left out, with a warning, and drops no theme column", () => {
    // Before, the counts 2 made funding a column 'not a mark' (its codings of r1 and r3 lost) and
    // 'Total' a response given pace.
    const c = parseCodingFile('response_id,funding,pace\nr1,1,0\nr2,0,1\nr3,1,0\nTotal,2,1\n', 'coder-t.csv');
    expect(c.units.map((u) => [u.responseId, u.themes])).toEqual([
      ['r1', ['funding']],
      ['r2', ['pace']],
      ['r3', ['funding']],
    ]);
    expect(c.warnings).toEqual([{ file: 'coder-t.csv', line: 5, message: "row 'Total' is read as the sheet's totals row, not a response; left out" }]);
    // Sum:, COUNT and Grand total name one too; a themes file's is left out alike.
    const wide = parseCodingFile('response_id,themes\nr1,funding\nSum:,3\nCOUNT,\nGrand Total,9\n', 'coder-w.csv');
    expect(wide.units.map((u) => u.responseId)).toEqual(['r1']);
    expect(wide.warnings.map((w) => w.line)).toEqual([3, 4, 5]);
  });

  test('a table with no marked column is not a matrix', () => {
    expect(inputError(() => parseCodingFile('response_id,grade\nr1,10\nr2,11\n', 'c.csv')).message).toMatch(/found: response_id, grade$/);
  });
});

describe('errors', () => {
  test('missing columns: what was expected and what was found, at line 1 (after a BOM)', () => {
    const e = inputError(() => parseCodingFile('\uFEFFid,text,codes\n1,hi,a\n', 'coder.csv'));
    expect(e.describe()).toBe(
      'coder.csv:1: expected a response_id column and a themes, codes or theme_id column, numbered code columns (Code 1, Code 2 …), or one column per theme marked 1 or x; found: id, text, codes',
    );
    const noTheme = inputError(() => parseCodingFile('response_id,text\nr1,hi\n', 'c.csv'));
    expect(noTheme.message).toMatch(/found: response_id, text$/);
  });

  test('an empty file', () => {
    expect(inputError(() => parseCodingFile('', 'empty.csv')).describe()).toBe(
      'empty.csv:1: the file is empty; expected a response_id column and a themes, codes or theme_id column, numbered code columns (Code 1, Code 2 …), or one column per theme marked 1 or x',
    );
  });

  test('broken CSV quoting is an InputError with a line', () => {
    const e = inputError(() => parseCodingFile('response_id,themes\nr1,"a\n', 'bad.csv'));
    expect(e.message).toMatch(/^not a readable CSV file/);
    expect(e.file).toBe('bad.csv');
  });

  test('a quote never closed is named at the line that opens it, not where the file ends', () => {
    const rows = Array.from({ length: 100 }, (_, i) => (i === 39 ? 'r40,"pace; grades' : `r${i + 1},"pace; ""grades"""`));
    const e = inputError(() => parseCodingFile(`response_id,themes\n${rows.join('\n')}\n`, 'coders/bad.csv'));
    expect(e.describe()).toBe(
      `coders/bad.csv:41: not a readable CSV file: the quotes of the row that starts on this line do not pair up (a '"' missing at the end of a cell, or text after its closing quote), so the rows after it cannot be told apart`,
    );
    // the last row's, running to the end of the file
    expect(inputError(() => parseCodingFile('response_id,themes\nr1,pace\n\nr2,"pace\nr3,grades\n', 'b.csv')).line).toBe(4);
  });
});

describe('units files and coder names', () => {
  test('parseUnitsFile reads the response_id column in order, once each', () => {
    expect(parseUnitsFile('text,response_id\nhi,r2\nyo,r1\nhi again,r2\n', 'responses.csv')).toEqual(['r2', 'r1']);
    expect(() => parseUnitsFile('id\n1\n', 'u.csv')).toThrow('expected a response_id column; found: id');
  });

  test('coder names are base names, told apart by their folders when equal', () => {
    expect(coderNames(['a/human.csv', 'reflect.csv'])).toEqual(['human', 'reflect']);
    expect(coderNames(['2023/coder.csv', '2024/coder.csv', 'other.csv'])).toEqual(['2023/coder', '2024/coder', 'other']);
    expect(coderNames(['x/coder.csv', 'x/coder.tsv'])).toEqual(['coder', 'coder#2']);
    // A path shorter than the other stands whole once its folders run out (these were B#2, and c for
    // x/alice/c.csv beside z/x/alice/c.csv, naming no folder at all).
    expect(coderNames(['alice/B.csv', 'B.csv'])).toEqual(['alice/B', 'B']);
    expect(coderNames(['x/alice/c.csv', 'y/alice/c.csv', 'z/x/alice/c.csv'])).toEqual(['x/alice/c', 'y/alice/c', 'z/x/alice/c']);
  });
});

describe('TSV and XLSX coding files', () => {
  test('a semicolon-separated file (Excel in a European locale: BOM, CRLF) is read as the comma one is', async () => {
    const bytes = new TextEncoder().encode('\uFEFFresponse_id;text;themes\r\nr1;"Geld; Zeit";funding,timetables\r\nr2;Hallo;\r\n');
    const c = parseCodingFile(await codingRecords(bytes, 'excel-de.csv'), 'excel-de.csv');
    expect(c.units.map((u) => [u.responseId, u.themes, u.line, u.text])).toEqual([
      ['r1', ['funding', 'timetables'], 2, 'Geld; Zeit'],
      ['r2', [], 3, 'Hallo'],
    ]);
    expect(parseUnitsFile('response_id;themes\nr1;a\nr2;\n', 'units.csv')).toEqual(['r1', 'r2']);
    // reflect's own files keep commas, ';' between the themes of a cell notwithstanding.
    expect(parseCodingFile('response_id,themes\nr1,a;b\nr2,a;b;c\nr3,\n', 'responses.csv').units.map((u) => u.themes)).toEqual([['a', 'b'], ['a', 'b', 'c'], []]);
  });

  test('a .tsv file is read with tabs, so commas stay inside the themes cell', async () => {
    const bytes = new TextEncoder().encode('response_id\ttext\tthemes\nr1\tmoney, time\tfunding,timetables\nr2\thi\t\n');
    const c = parseCodingFile(await codingRecords(bytes, 'coder-b.tsv'), 'coder-b.tsv');
    expect(c.units.map((u) => [u.responseId, u.themes, u.line])).toEqual([
      ['r1', ['funding', 'timetables'], 2],
      ['r2', [], 3],
    ]);
  });

  test('an .xlsx workbook is read from its first sheet, with sheet rows as lines', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Coding');
    ws.addRow(['Response ID', 'Theme']);
    ws.addRow(['r1', 'funding']);
    ws.addRow([]);
    ws.addRow(['r1', 'choice']);
    ws.addRow(['', 'pace']);
    wb.addWorksheet('Notes').addRow(['response_id', 'themes']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const c = parseCodingFile(await codingRecords(bytes, 'rater.xlsx'), 'rater.xlsx');
    expect(c.layout).toBe('long');
    expect(c.units).toEqual([{ responseId: 'r1', themes: ['choice', 'funding'], line: 2 }]);
    expect(c.warnings).toEqual([{ file: 'rater.xlsx', line: 5, message: 'row has no response_id; skipped' }]);
    expect(parseUnitsFile(await codingRecords(bytes, 'rater.xlsx'), 'rater.xlsx')).toEqual(['r1']);
  });

  test('a file named .xlsx that is not a workbook is an InputError naming it', async () => {
    await expect(codingRecords(new TextEncoder().encode('response_id,themes\n'), 'coder.xlsx')).rejects.toThrow('not a valid XLSX file');
  });

  test('a workbook cut short, a .doc renamed, a PDF or binary data are said as what they are, not parsed as CSV', async () => {
    const cutShort = Buffer.concat([Buffer.from('PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000', 'latin1'), Buffer.alloc(400, 7)]);
    await expect(codingRecords(cutShort, 'coder.xlsx')).rejects.toThrow(/^cut short: the file ends before its zip directory/);
    const doc = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(500), Buffer.from('WordDocument\0', 'utf16le'), Buffer.alloc(500)]);
    await expect(codingRecords(doc, 'coder.xlsx')).rejects.toThrow('a Word 97–2003 document (.doc) named .xlsx, not a sheet of codings; save the codings as .csv or .xlsx to have them read');
    await expect(codingRecords(Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n'), 'coder.csv')).rejects.toThrow('a PDF named .csv, not a sheet of codings');
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d4948445200000010', 'hex'), Buffer.alloc(64, 3)]);
    await expect(codingRecords(png, 'coder.csv')).rejects.toThrow('binary data, not text; save the codings as .csv or .xlsx to have them read');
  });

  test("a codebook or a JSON file given among the coders' files is said as what it is, with where a codebook goes", async () => {
    // `reflect agree human.csv codebook.yml` read the YAML as a table: "expected a response_id column … found: themes:".
    const yaml = new TextEncoder().encode('themes:\n  - id: stress\n    words: [stress]\n');
    await expect(codingRecords(yaml, 'codebook.yml')).rejects.toThrow(
      "a codebook (.yml), not a sheet of codings; give a codebook with --codebook, and each coder's codings as a .csv, .tsv or .xlsx file",
    );
    await expect(codingRecords(yaml, 'Codebook.YAML')).rejects.toThrow('a codebook (.yaml), not a sheet of codings');
    await expect(codingRecords(new TextEncoder().encode('{"schemaVersion":"1.10.0"}'), 'analysis.json')).rejects.toThrow(
      "a JSON file (a codebook, or reflect's analysis.json?), not a sheet of codings; give a codebook with --codebook",
    );
    // A coding sheet whatever else it is named is read as ever.
    expect((await codingRecords(new TextEncoder().encode('response_id,themes\nr1,stress\n'), 'coder.txt')).length).toBe(2);
  });
});
