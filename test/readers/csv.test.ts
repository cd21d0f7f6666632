// CSV/TSV reader: golden tables for every fixture under fixtures/readers/{csv,tsv}, encodings read to the
// same table, delimiter sniffing, and the files that cannot be read at all.
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { ReflectConfig, Table } from '../../src/model.js';
import { readCsv, sniffDelimiter } from '../../src/readers/csv.js';
import { decodeText } from '../../src/readers/encoding.js';
import { InputError } from '../../src/util/errors.js';

const root = path.resolve(import.meta.dirname, '../../fixtures/readers');

function read(format: 'csv' | 'tsv', name: string, config: ReflectConfig = {}, encoding?: string) {
  const file = `${name}/input.${format}`;
  const bytes = fs.readFileSync(path.join(root, format, file));
  return readCsv(new Uint8Array(bytes), { file, config, encoding });
}

function failure(fn: () => unknown): { error: string; message: string; exitCode: number } {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return { error: err.name, message: err.describe(), exitCode: err.exitCode };
    throw err;
  }
  throw new Error('expected an InputError');
}

const golden = (format: string, name: string): string => path.join(root, format, name, 'expected.json');

describe('readCsv goldens', () => {
  const cases = [
    'comma-utf8',
    'utf8-bom',
    'utf16le-bom',
    'utf16be-bom',
    'windows-1252',
    'semicolon',
    'crlf',
    'cr-mac',
    'quoted',
    'emoji',
    'broken-row',
    'roster',
  ];
  for (const name of cases) {
    it(name, async () => {
      const result = read('csv', name);
      await expect(JSON.stringify(result, null, 2) + '\n').toMatchFileSnapshot(golden('csv', name));
    });
  }

  it('tsv/basic', async () => {
    const result = read('tsv', 'basic');
    expect(result.format).toBe('tsv');
    await expect(JSON.stringify(result, null, 2) + '\n').toMatchFileSnapshot(golden('tsv', 'basic'));
  });

  it('a stray NUL or two near the top (a broken export) is text still, not binary data', () => {
    const bytes = new TextEncoder().encode('id,What helps?\nA1,Flex\u0000 time\nA2,Labs\u0000\n');
    const result = readCsv(bytes, { file: 'nul.csv', config: {} });
    expect((result.content as Table).rows.map((r) => r.cells[0])).toEqual(['A1', 'A2']);
  });

  it('binary data named .csv', async () => {
    const result = failure(() => read('csv', 'binary'));
    expect(result).toEqual({ error: 'InputError', message: 'binary/input.csv: binary data, not text', exitCode: 3 });
    await expect(JSON.stringify(result, null, 2) + '\n').toMatchFileSnapshot(golden('csv', 'binary'));
  });
});

describe('encodings', () => {
  const base = fs.readFileSync(path.join(root, 'csv/comma-utf8/input.csv'), 'utf8');
  const reference = read('csv', 'comma-utf8');

  it('fixtures hold the bytes they are named for', () => {
    const bytes = (name: string): Buffer => fs.readFileSync(path.join(root, 'csv', name, 'input.csv'));
    const crlf = base.replace(/\n/g, '\r\n');
    expect(bytes('utf8-bom').equals(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf)]))).toBe(true);
    expect(bytes('utf16be-bom').equals(iconv.encode(base, 'utf-16be', { addBOM: true }))).toBe(true);
    expect(bytes('windows-1252').equals(iconv.encode(crlf, 'windows-1252'))).toBe(true);
    // Excel's "Unicode Text": UTF-16 LE with BOM, tab-delimited, CRLF.
    expect(bytes('utf16le-bom').subarray(0, 2)).toEqual(Buffer.from([0xff, 0xfe]));
    expect(iconv.decode(bytes('utf16le-bom'), 'utf-16le')).toContain('Student ID\tGrade\tGender');
  });

  it.each([
    ['utf8-bom', 'utf-8-bom'],
    ['utf16le-bom', 'utf-16le'],
    ['utf16be-bom', 'utf-16be'],
    ['windows-1252', 'windows-1252'],
  ])('%s reads to the same table as plain UTF-8', (name, encoding) => {
    const result = read('csv', name);
    expect(result.encoding).toBe(encoding);
    expect(result.content).toEqual(reference.content);
    expect(result.warnings).toEqual([]);
  });

  it('reads a short French or Spanish text saved as ANSI as Windows-1252, and Central European and Cyrillic text as chardet guesses', () => {
    const cases: [string, string][] = [
      ['title: Café à la crème\n', 'windows-1252'],
      ['¿Por qué? Demasiada tarea, señor.\n', 'windows-1252'],
      ['Příliš mnoho domácích úkolů, je to těžké.\n', 'windows-1250'],
      ['Zbyt dużo zadań domowych, to jest trudne.\n', 'windows-1250'],
      ['Слишком много домашней работы, это трудно.\n', 'windows-1251'],
    ];
    for (const [text, encoding] of cases) expect(decodeText(iconv.encode(text, encoding)).text, encoding).toBe(text);
  });

  it('keeps accents and smart quotes from Windows-1252', () => {
    const table = read('csv', 'windows-1252').content as Table;
    expect(table.rows[2].cells[3]).toBe('École Lakeview');
    expect(table.rows[2].cells[4]).toBe('That my voice counts — the trustees said they would “take it back” to the board.');
  });

  it('a forced encoding wins over detection (ctx first, then config)', () => {
    const forced = read('csv', 'comma-utf8', { encoding: 'utf-8' }, 'windows-1252');
    expect(forced.encoding).toBe('windows-1252');
    expect((forced.content as Table).rows[2].cells[3]).toBe('Ã‰cole Lakeview');
    expect(read('csv', 'windows-1252', { encoding: 'windows-1252' }).encoding).toBe('windows-1252');
  });

  it('UTF-16 without a BOM reads when the encoding is named', () => {
    const bytes = iconv.encode('ID,Comment\nA1,Très bien\n', 'utf-16le');
    const result = readCsv(new Uint8Array(bytes), { file: 'x.csv', config: { encoding: 'UTF-16LE' } });
    expect((result.content as Table).rows[0].cells).toEqual(['A1', 'Très bien']);
  });

  it.each(['utf-16le', 'utf-16be'])('%s without a BOM is recognised, not taken for binary data', (encoding) => {
    const result = readCsv(new Uint8Array(iconv.encode(base, encoding)), { file: 'comma-utf8/input.csv', config: {} });
    expect(result.encoding).toBe(encoding);
    expect(result.content).toEqual(reference.content);
    expect(result.warnings).toEqual([]);
  });

  it('UTF-8 with a few bad bytes stays UTF-8, with a warning naming their lines', () => {
    const bytes = Buffer.from(base.replace('Talking', 'Talk\uffffing'), 'utf8');
    // A byte that is never UTF-8 (0xff) in place of the character above, and a lead byte cut short on line 6.
    const broken = Buffer.concat([bytes.subarray(0, bytes.indexOf(Buffer.from('\uffff'))), Buffer.from([0xff]), bytes.subarray(bytes.indexOf(Buffer.from('\uffff')) + 3)]);
    const withCut = Buffer.concat([broken.subarray(0, broken.lastIndexOf('Better')), Buffer.from([0xc3]), broken.subarray(broken.lastIndexOf('Better'))]);
    const result = readCsv(new Uint8Array(withCut), { file: 'x.csv', config: {} });
    expect(result.encoding).toBe('utf-8');
    const rows = (result.content as Table).rows;
    expect(rows[1].cells[4]).toBe('Talk\ufffding to students from other schools made me realise we all want a say in how things are run.');
    expect(rows[2].cells[3]).toBe('École Lakeview');
    expect(rows[4].cells[5]).toBe('\ufffdBetter mental health support, like a counsellor who’s actually free.');
    expect(result.warnings.map((w) => [w.line, w.message])).toEqual([
      [3, "bytes that are not UTF-8 on lines 3, 6; read as UTF-8, each shown as '\ufffd' (save the file as UTF-8, or give --encoding)"],
    ]);
  });

  it('Mac Roman (Excel for Mac) reads to the same table, its curly quotes and accents intact', () => {
    const result = readCsv(new Uint8Array(iconv.encode(base, 'macintosh')), { file: 'comma-utf8/input.csv', config: {} });
    expect(result.encoding).toBe('macintosh');
    expect(result.content).toEqual(reference.content);
  });

  it('two files joined into one: the BOM between them is dropped and the repeated header is no respondent', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const utf16 = iconv.encode(base, 'utf-16le', { addBOM: true });
    for (const joined of [Buffer.concat([bom, Buffer.from(base), bom, Buffer.from(base)]), Buffer.concat([utf16, utf16])]) {
      const table = readCsv(new Uint8Array(joined), { file: 'x.csv', config: {} }).content as Table;
      expect(table.rows.map((r) => [r.cells[0], r.skipReason])).toEqual([
        ...['S01', 'S02', 'S03', 'S04', 'S05'].map((id) => [id, undefined]),
        ['Student ID', 'the header row again (two files joined into one?), not a respondent'],
        // the same students' same answers again: read once (S04 answered nothing, so nothing counts twice)
        ...['S01', 'S02', 'S03', 'S04', 'S05'].map((id, i) => [id, id === 'S04' ? undefined : `the same student and answers as row ${i + 1} (the form sent twice, or the rows pasted in again)`]),
      ]);
    }
  });

  it('an unknown forced encoding is an InputError naming it', () => {
    expect(failure(() => read('csv', 'comma-utf8', { encoding: 'klingon-8' }))).toEqual({
      error: 'InputError',
      message: "comma-utf8/input.csv: unknown encoding 'klingon-8'",
      exitCode: 3,
    });
  });
});

describe('line ends', () => {
  it('CRLF, CR and LF give the same rows and lines', () => {
    const crlf = read('csv', 'crlf').content as Table;
    const cr = read('csv', 'cr-mac').content as Table;
    expect(cr).toEqual(crlf);
    expect(crlf.rows.map((r) => [r.row, r.line])).toEqual([
      [1, 2],
      [2, 4],
      [4, 6],
    ]);
    expect(crlf.rows[0].cells[2]).toBe('Meeting students from the north.\nWe never get to do that.');
  });
});

describe('files that cannot be read', () => {
  const ctx = { file: 'sheets/x.csv', config: {} };
  it('an empty file', () => {
    expect(failure(() => readCsv(new Uint8Array(), ctx)).message).toBe('sheets/x.csv: empty file');
    expect(failure(() => readCsv(new TextEncoder().encode(' \n\r\n'), ctx)).message).toBe('sheets/x.csv: empty file');
  });
  it('a file of blank records has no header row', () => {
    expect(failure(() => readCsv(new TextEncoder().encode(',,\n,,\n'), ctx)).message).toBe(
      'sheets/x.csv: no header row: the file has no data',
    );
  });
});

describe('rows that are hard to read', () => {
  const readText = (text: string) => readCsv(new TextEncoder().encode(text), { file: 'hand-made.csv', config: {} });

  it('bare quotes inside unquoted cells are kept as written, without losing rows', () => {
    const result = readText('ID,Comment\nA1,he said "hi" to me\nA2,"quoted, properly"\nA3,5" of snow\n');
    expect((result.content as Table).rows.map((r) => r.cells)).toEqual([
      ['A1', 'he said "hi" to me'],
      ['A2', 'quoted, properly'],
      ['A3', '5" of snow'],
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('line numbers stay right across blank lines, spaces after quotes and line breaks in cells', () => {
    const text = 'ID,Comment\n\nA1, "two\nlines" \n   \nA2,"three\n\nlines"\nA3,"x"\nA4,last';
    const rows = (readText(text).content as Table).rows;
    expect(rows.map((r) => [r.row, r.line, r.cells[0]])).toEqual([
      [2, 3, 'A1'],
      [4, 6, 'A2'],
      [5, 9, 'A3'],
      [6, 10, 'A4'],
    ]);
    // The same file with a broken record at the end takes the slow path, which must agree.
    const slow = (readText(`${text}\nA5,"open`).content as Table).rows;
    expect(slow.map((r) => [r.row, r.line, r.cells[0]])).toEqual(rows.map((r) => [r.row, r.line, r.cells[0]]));
  });

  it('spaces around quoted cells are allowed', () => {
    const result = readText('ID, "Comment"\nA1, "yes, really" \n');
    expect((result.content as Table).rows[0].cells).toEqual(['A1', 'yes, really']);
  });

  it('a quote left open at the end of the file loses only its own line', () => {
    const result = readText('ID,Comment\nA1,fine\nA2,"never closed\nA3,also fine\n');
    expect((result.content as Table).rows.map((r) => [r.row, r.line, r.cells[0]])).toEqual([
      [1, 2, 'A1'],
      [3, 4, 'A3'],
    ]);
    expect(result.warnings).toEqual([
      { file: 'hand-made.csv', line: 3, row: 2, message: 'a quoted cell that starts on this line is never closed; the row was skipped' },
    ]);
  });

  it('trailing empty cells beyond the header are not extra fields; a cell under no header is', () => {
    const result = readText('ID,Comment,\nA1,fine,,\nA2,fine,extra\n');
    const table = result.content as Table;
    expect(table.columns.map((c) => c.header)).toEqual(['ID', 'Comment']);
    expect(table.rows.map((r) => r.cells)).toEqual([['A1', 'fine']]);
    expect(result.warnings.map((w) => [w.line, w.message])).toEqual([
      [3, 'expected 2 fields, found 3 (an unquoted delimiter or line break?); the row was skipped'],
    ]);
  });

  it('a filled column with no header is read, with a warning naming it', () => {
    const result = readText('ID,,Comment\nA1,North,fine\nA2,South,good\n');
    expect(result.warnings).toEqual([
      { file: 'hand-made.csv', line: 1, message: 'column 2 has no header; read as attribute (few distinct short values (2))' },
    ]);
  });

  it('two text columns under one header, or under none, ask two questions (so no two answers share an id)', () => {
    const text =
      'ID,,Comments,comments\nA1,We read three whole books,I liked the group work a lot,The teacher was helpful with feedback\n' +
      'A2,I wrote a long story this term,Too much homework every night,More breaks between classes please\n';
    const result = readText(text);
    const table = result.content as Table;
    expect(table.columns.map((c) => [c.role, c.question ?? c.header])).toEqual([
      ['id', 'ID'],
      ['text', 'column 2'],
      ['text', 'Comments'],
      ['text', 'comments (column 4)'],
    ]);
    expect(result.warnings.map((w) => [w.line, w.message])).toEqual([
      [1, 'columns 3 and 4 ask the same question "comments"; read as two questions, the second as "comments (column 4)"'],
      [1, expect.stringMatching(/^column 2 has no header; read as text/)],
    ]);
  });

  it('a sheet saved without its header row: the first student is a student, not the questions', () => {
    const result = readText(
      'S01,Female,10,I liked having choice in what we studied.\nS02,Male,11,The flex block lets me catch up.\n' +
        'S03,Female,10,Teachers know us by name here.\nS04,Male,12,I work at my own pace online.\n',
    );
    const table = result.content as Table;
    expect(table.rows.map((r) => [r.row, r.line, r.cells[0]])).toEqual([
      [1, 1, 'S01'],
      [2, 2, 'S02'],
      [3, 3, 'S03'],
      [4, 4, 'S04'],
    ]);
    // No student's answer becomes a question (a heading of the report); unheaded attributes stay apart,
    // and a column of genders is the gender, by its values.
    expect(table.columns.map((c) => [c.role, c.question ?? c.header, c.attribute])).toEqual([
      ['ignore', '', undefined],
      ['attribute', '', 'gender'],
      ['attribute', '', 'column-3'],
      ['text', 'column 4', undefined],
    ]);
    expect(result.warnings.map((w) => [w.line, w.message])).toEqual([
      [
        1,
        'the first row holds answers, not a header ("S01", "Female", "10" are values like those below them); every row is read as a student\'s, its columns named by number: add a header row naming the questions',
      ],
    ]);
  });

  it('a header is a header: numbers over numbers alone (a table by year), or a first row unlike the rows below', () => {
    const byYear = readText('School,2016,2017\nRiverside,12,14\nHillcrest,9,11\nLakeview,20,18\n');
    expect((byYear.content as Table).columns.map((c) => c.header)).toEqual(['School', '2016', '2017']);
    const sheet = readText('ID,Gender,Grade,What helps?\nS01,Female,10,Time to finish\nS02,Male,11,Choice\nS03,Female,10,Flex block\n');
    expect((sheet.content as Table).columns.map((c) => c.header)).toEqual(['ID', 'Gender', 'Grade', 'What helps?']);
    expect(sheet.warnings).toEqual([]);
  });

  it('a title line above the header is passed over', () => {
    const table = readText('Grade 9 reflections, spring 2024\n\nID;Comment\nA1;fine\n').content as Table;
    expect(table.columns.map((c) => c.header)).toEqual(['ID', 'Comment']);
    expect(table.rows).toEqual([{ row: 1, line: 4, cells: ['A1', 'fine'] }]);
  });

  it("a list of answers, one with an unquoted comma, keeps its header and that answer whole", () => {
    // The comma's record is wider than the rest, but the records below it are one cell again: no header
    // under three lines of title.
    const lines = ['Reflection', 'I wish we had more time for projects', 'The timetable is too rigid', 'More counsellors please, I am so stressed before exams', 'more flex'];
    const result = readText(lines.join('\n') + '\n');
    const table = result.content as Table;
    expect(table.columns.map((c) => [c.header, c.role])).toEqual([['Reflection', 'text']]);
    expect(table.rows.map((r) => [r.line, r.cells])).toEqual([
      [2, ['I wish we had more time for projects']],
      [3, ['The timetable is too rigid']],
      [4, ['More counsellors please, I am so stressed before exams']],
      [5, ['more flex']],
    ]);
    expect(result.warnings).toEqual([]);
    // Semicolons are a student's too, in a list of answers.
    expect((readText('Reflection\nmore time; less homework\nflex\n').content as Table).rows.map((r) => r.cells)).toEqual([['more time; less homework'], ['flex']]);
  });

  it('a title line above a header whose width carries on below is still passed over', () => {
    const table = readText('Forum reflections\nSpring 2024\nID,Comment\nA1,fine\nA2,more time\n').content as Table;
    expect(table.columns.map((c) => c.header)).toEqual(['ID', 'Comment']);
    expect(table.rows.map((r) => r.cells)).toEqual([['A1', 'fine'], ['A2', 'more time']]);
  });

  it('a summary row under the data (Total, Average, n =) is listed as skipped, not read as a respondent', () => {
    const table = readText('ID,Grade,What helps?\nS1,10,Time\nS2,11,Choice\nTotal responses: 2,,\nAverage,10.5,\nTotal Kane,12,Flex\n').content as Table;
    expect(table.rows.map((r) => [r.cells[0], r.skipReason])).toEqual([
      ['S1', undefined],
      ['S2', undefined],
      ['Total responses: 2', 'a summary row ("Total responses: 2"), not a respondent'],
      ['Average', 'a summary row ("Average"), not a respondent'],
      // An answer beside it: a respondent, whatever the first cell says.
      ['Total Kane', undefined],
    ]);
  });

  it("a teacher's summary row in the name column ('Class average', 'Overall') is skipped, not read as a student named Class", () => {
    const table = readText('Name,Grade,What helped?,What got in the way?\nMaya Okafor,9,Group work,Missing class\nJordan Lee,9,Flex block,My phone\nClass average,9,,\nOverall,,,\nSchool totals,,,\n').content as Table;
    expect(table.rows.map((r) => [r.cells[0], r.skipReason])).toEqual([
      ['Maya Okafor', undefined],
      ['Jordan Lee', undefined],
      ['Class average', 'a summary row ("Class average"), not a respondent'],
      ['Overall', 'a summary row ("Overall"), not a respondent'],
      ['School totals', 'a summary row ("School totals"), not a respondent'],
    ]);
  });

  it('a sheet with neither text nor people is a table, not a roster', () => {
    const table = readText('School,District\nRiverside,North\nLakeview,South\n').content as Table;
    expect(table.isRoster).toBe(false);
    expect(table.columns.map((c) => c.role)).toEqual(['attribute', 'attribute']);
  });
});

describe('a form sent twice', () => {
  const table = (csv: string): Table => readCsv(new TextEncoder().encode(csv), { file: 'responses.csv', config: {} }).content as Table;

  it('a later row with the same student and answers, at another time, is skipped, the first row named', () => {
    const rows = table(
      [
        'Timestamp,Email Address,What did you enjoy about personalized learning this term?,Grade',
        '2016/10/03 8:00:00 AM MDT,maya@sd.ca,Jordan and I worked on the robotics project and it was amazing,Grade 9',
        '2016/10/04 8:00:00 AM MDT,priya@sd.ca,My friend helped me when I got stuck on the math unit,Grade 10',
        '2016/10/09 9:12:00 AM MDT,maya@sd.ca,Jordan and I worked on the robotics project and it was amazing,Grade 9',
        '2016/10/09 9:30:00 AM MDT,priya@sd.ca,My friend helped me when I got stuck on the math unit and the science unit too,Grade 10',
      ].join('\n'),
    ).rows;
    expect(rows.map((r) => r.skipReason)).toEqual([
      undefined,
      undefined,
      'the same student and answers as row 1 (the form sent twice, or the rows pasted in again)',
      // another answer: the student's second thoughts, read
      undefined,
    ]);
  });

  it('rows naming no student are never compared: two students may write the same words', () => {
    const rows = table(['Grade,What would you change?', '9,More time for projects', '9,More time for projects'].join('\n')).rows;
    expect(rows.map((r) => r.skipReason)).toEqual([undefined, undefined]);
    // nor are rows named "anonymous", as Microsoft Forms names everyone when anyone may answer
    const anonymous = table(['Name,What would you change?', 'anonymous,More time for projects', 'Anonymous,More time for projects'].join('\n')).rows;
    expect(anonymous.map((r) => r.skipReason)).toEqual([undefined, undefined]);
  });
});

describe('sniffDelimiter', () => {
  it('picks the delimiter that is consistent across records', () => {
    expect(sniffDelimiter('a;b;c\n1;2,5;x\n3;4,5;y\n')).toBe(';');
    expect(sniffDelimiter('a,b\n1,"x;y;z"\n2,"p;q;r"\n')).toBe(',');
    expect(sniffDelimiter('id\tanswer\n1\tyes, and no\n2\tfine, thanks\n')).toBe('\t');
  });
  it('ignores delimiters inside quotes, line breaks included', () => {
    expect(sniffDelimiter('"a,b";c\n"1,\n2";3\n')).toBe(';');
  });
  it('looks past a title line with no delimiter', () => {
    expect(sniffDelimiter('Grade 9 reflections\n\nID;Comment\nA1;yes, fine\n')).toBe(';');
  });
  it('falls back to the file name for a single column', () => {
    expect(sniffDelimiter('answer\nyes\n')).toBe(',');
    expect(sniffDelimiter('answer\nyes\n', true)).toBe('\t');
  });
});

describe('config overrides reach the table', () => {
  it('a column named in the config file takes the role given there', () => {
    const table = read('csv', 'comma-utf8', { columns: { school: 'ignore', 'STUDENT ID': { role: 'name' } } }).content as Table;
    expect(table.columns.map((c) => [c.header, c.role, c.reason])).toEqual([
      ['Student ID', 'name', 'config file'],
      ['Grade', 'attribute', 'header names grade'],
      ['Gender', 'attribute', 'header names gender'],
      ['School', 'ignore', 'config file'],
      ['What did you learn at the conference?', 'text', expect.stringMatching(/^answers are free text/)],
      ['What would you change about your school?', 'text', expect.stringMatching(/^answers are free text/)],
    ]);
  });
});

describe('large plain UTF-8 files (read from their bytes, sniffed from their first records)', () => {
  // Sheets past the 64 KiB the reader decodes for sniffing, with the same content as a BOM, CRLF or
  // Windows-1252 file, which take the decoding path: both paths must read the same table.
  const header = 'id;grade;What helped you learn?\n';
  const row = (i: number) => `S${i};10;"Line one of answer ${i}, with a comma\nand a second line; café 😭"\n`;
  const body = header + Array.from({ length: 2000 }, (_, i) => row(i)).join('');
  const readText = (bytes: Uint8Array, encoding?: string) => readCsv(bytes, { file: 'big.csv', config: {}, encoding });

  it('reads the same table as the decoding path, sniffing the delimiter right', () => {
    const plain = readText(new Uint8Array(Buffer.from(body, 'utf8')));
    expect(Buffer.byteLength(body)).toBeGreaterThan(1 << 17);
    expect(plain.encoding).toBe('utf-8');
    const table = plain.content as Table;
    expect(table.columns.map((c) => c.role)).toEqual(['id', 'attribute', 'text']);
    expect(table.rows).toHaveLength(2000);
    expect(table.rows[1999]).toEqual({ row: 2000, line: 4000, cells: ['S1999', '10', 'Line one of answer 1999, with a comma\nand a second line; café 😭'] });
    const crlf = readText(new Uint8Array(Buffer.from(body.replace(/\n/g, '\r\n'), 'utf8')));
    expect(crlf.content).toEqual(plain.content);
    expect(crlf.warnings).toEqual(plain.warnings);
    const bom = readText(new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body, 'utf8')])));
    expect(bom.encoding).toBe('utf-8-bom');
    expect(bom.content).toEqual(plain.content);
    const forced = readText(new Uint8Array(Buffer.from(body, 'utf8')), 'utf-8');
    expect(forced.content).toEqual(plain.content);
  });

  it('still reports a file of blank lines as empty', () => {
    expect(failure(() => readText(new Uint8Array(Buffer.from(' \n'.repeat(50000), 'utf8')))).message).toContain('empty file');
  });
});
