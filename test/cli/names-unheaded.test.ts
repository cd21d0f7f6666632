// A teacher's own end-of-term sheet (fixtures/cli/names-unheaded): students' full names under "Student",
// one student who sent the form twice, and a "Which teacher helped you most?" answered in every way
// students name their teachers. No student's name, and no teacher's, is printed anywhere.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, reflect, tempDir } from './helpers.js';

const FOLDER = path.join(ROOT, 'fixtures/cli/names-unheaded');
const sheet = parse(readFileSync(path.join(FOLDER, 'term-reflection.csv'), 'utf8'), { columns: true }) as Record<string, string>[];

let out: string;
beforeAll(() => {
  out = tempDir();
  const run = reflect(['analyze', FOLDER, '--out', out, '--quiet']);
  expect(run.code, run.stderr).toBe(0);
});

describe('people named under headers reflect does not know', () => {
  it('inspect reads the students as names and the teachers as unused, and says why', () => {
    const run = reflect(['inspect', FOLDER]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/ Student +name +values look like people's names \(100%\)/);
    expect(run.stdout).toMatch(/ Which teacher helped you most\? +ignore +values are people's names with a title \(58%\)/);
  });

  it('prints no student name and no teacher name in any output', () => {
    const surnames = new Set(sheet.flatMap((r) => [r.Student, r['Which teacher helped you most?']]).flatMap((name) => name.split(' ').slice(1)));
    surnames.delete('math');
    surnames.delete('teacher');
    expect([...surnames].sort()).toEqual(['Brar', 'Chen', 'Delorme', 'Dhillon', 'Gill', 'Kaur', 'Lopez', 'Martin', 'Nguyen', 'Osei', 'Sandhu', 'Sidhu', 'Singh', 'Thomas', 'Whitehorse', 'chen']);
    for (const file of readdirSync(out)) {
      const text = readFileSync(path.join(out, file), 'utf8');
      for (const surname of surnames) expect(text, `${file}: ${surname}`).not.toMatch(new RegExp(`\\b${surname}\\b`));
    }
  });

  it('counts the student who sent the form twice once, and their repeated answer once, the row accounted for', () => {
    const responses = parse(readFileSync(path.join(out, 'responses.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    // row 9 is row 1 again (the same student, grade and answer): skipped, with a warning, and counted in rows_skipped
    expect(responses).toHaveLength(sheet.length - 1);
    expect(new Set(responses.map((r) => r.participant_id)).size).toBe(new Set(sheet.map((r) => r.Student)).size);
    const sources = parse(readFileSync(path.join(out, 'sources.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(sources.map((s) => [s.file, s.sheets, s.rows_skipped])).toEqual([['term-reflection.csv', String(sheet.length - 1), '1']]);
    const warnings = (JSON.parse(readFileSync(path.join(out, 'analysis.json'), 'utf8')) as { warnings: { row?: number; message: string }[] }).warnings;
    expect(warnings).toContainEqual(expect.objectContaining({ row: 9, message: 'the same student and answers as row 1 (the form sent twice, or the rows pasted in again); not analysed' }));
  });
});
