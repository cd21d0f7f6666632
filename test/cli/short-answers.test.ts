// A school climate survey as Google Forms exports it (fixtures/cli/short-answers: 40 students), whose open
// questions are answered in a few words that repeat ("idk", "more time", "Fix the wifi"): every such answer
// is a response, and no student's words are printed as a demographic value.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, reflect, tempDir } from './helpers.js';

const FOLDER = path.join(ROOT, 'fixtures/cli/short-answers');
const SHEET = path.join(FOLDER, 'climate-survey.csv');

type Row = Record<string, string>;
let out: string;
const table = (name: string): Row[] => parse(readFileSync(path.join(out, `${name}.csv`), 'utf8'), { columns: true }) as Row[];
const sheet = parse(readFileSync(SHEET, 'utf8'), { columns: true }) as Row[];

beforeAll(() => {
  out = tempDir();
  const run = reflect(['analyze', FOLDER, '--out', out, '--quiet']);
  expect(run.code, run.stderr).toBe(0);
});

describe('short answers to open questions', () => {
  const OPEN = ['Why?', 'What would make your school better?', 'Comments', 'Anything else you want to tell us?'];

  it('inspect reads each open question as text, and says why', () => {
    const run = reflect(['inspect', FOLDER]);
    expect(run.code).toBe(0);
    const line = (header: string): string => run.stdout.split('\n').find((l) => l.includes(` ${header} `))!;
    expect(line('Why?')).toMatch(/ text +the header asks for an answer in words \("why"\), not a choice/);
    expect(line('What would make your school better?')).toMatch(/ text +.*; school is mentioned in passing$/);
    expect(line('Comments')).toMatch(/ text +the header asks for an answer in words \("comments"\)/);
    expect(line('Anything else you want to tell us?')).toMatch(/ text +the header asks for an answer in words \("anything else"\)/);
    // The closed questions stay what they were.
    expect(line('Which elective do you want next year?')).toMatch(/ attribute \(Which elective do you want next year\) /);
    expect(line('Do you feel you have a say in how you learn?')).toMatch(/ attribute /);
  });

  it('keeps every answer the students gave as a response: the sparse "Anything else?" too', () => {
    const responses = table('responses');
    for (const question of OPEN) {
      const given = sheet.filter((r) => r[question] !== '').map((r) => [r['Student number'], r[question]].join(' '));
      const read = responses.filter((r) => r.question === question).map((r) => [r.participant_id, r.text].join(' '));
      // Each non-blank answer, "idk", "no" and "nothing" included (README, Sheets), is its student's response.
      expect(read.length, question).toBeGreaterThan(0);
      expect(read.sort(), question).toEqual(given.sort());
    }
    expect(responses.filter((r) => r.text === 'Fix the wifi').map((r) => r.participant_id)).toEqual(['410203', '410217', '410236']);
  });

  it('prints no answer to an open question as a demographic or crosstab value', () => {
    const attributes = new Set(table('demographics').map((r) => r.attribute));
    // The elective (12 choices of 3 or 4 students each) is left out too, though no open question: each of its rows would read "<5".
    expect([...attributes].sort()).toEqual(['do-you-feel-you-have-a-say-in-how-you-learn', 'gender', 'grade']);
    const typed = new Set(OPEN.flatMap((q) => sheet.map((r) => r[q].toLowerCase())).filter((v) => v !== ''));
    const printed = [...table('demographics'), ...table('crosstab')].map((r) => r.value.toLowerCase());
    expect(printed.filter((v) => typed.has(v) && !['no'].includes(v))).toEqual([]);
    expect(readFileSync(path.join(out, 'report.md'), 'utf8')).not.toMatch(/\| (?:Why|Comments|School) \|/);
  });
});
