// A lone focus group at a school too small to show, beside a survey of the other schools: the report's
// total less the sheets it counts gave the focus group's students back, and so the school's size, which
// the table of who took part prints as "<5" and the focus group's section no longer counts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { reflect, tempDir } from './helpers.js';

const ANSWERS = [
  ['We get flex block to catch up on work', 'More time for outside credit'],
  ['Choice boards in science and english', 'Let us choose when to do tests'],
  ['Online courses let me work at my own pace', 'Smaller classes would help'],
  ['Teachers let us pick projects', 'More counsellors to talk to about careers'],
  ['Advisory time helps plan my week', 'Change the timetable so it is not so rushed'],
];

/**
 * A survey of `schools` (name, students), two questions each answered, and a transcript of `speakers` at
 * `at`; the survey asks each student's gender unless `gender` is false (the transcript never says it).
 */
function folder(name: string, schools: [string, number][], speakers: string[], at = 'Dogwood Secondary', gender = true): string {
  const input = path.join(tempDir(name), 'forum');
  mkdirSync(input, { recursive: true });
  const rows: string[] = [];
  let n = 0;
  for (const [school, size] of schools) {
    for (let i = 0; i < size; i++, n++) rows.push(`S${String(n + 1).padStart(3, '0')},${gender ? `${n % 2 === 0 ? 'F' : 'M'},` : ''}${school},${ANSWERS[n % 5]![0]},${ANSWERS[n % 5]![1]}`);
  }
  writeFileSync(path.join(input, 'survey.csv'), [`id,${gender ? 'gender,' : ''}school,What is happening in your school to personalise learning?,What else could schools do?`, ...rows, ''].join('\n'));
  // Two rounds, each speaker once a round: one speaker's turns in a row would be one turn.
  const turns = [...speakers.map((s, i) => `${s}: ${ANSWERS[i % 5]![0]}, and the timetable is really rushed.`), ...speakers.map((s, i) => `${s}: ${ANSWERS[(i + 2) % 5]![1]}.`)];
  writeFileSync(
    path.join(input, 'focus-group-dogwood.txt'),
    ['---', `school: ${at}`, 'date: 2017-02-02', 'facilitator: Facilitator', '---', 'Facilitator: What does learning look like here?', ...turns, ''].join('\n'),
  );
  const out = path.join(input, '..', 'out');
  const run = reflect(['analyze', input, '--out', out, '--quiet']);
  expect(run.code, run.stderr).toBe(0);
  return out;
}

const read = (out: string, file: string): string => readFileSync(path.join(out, file), 'utf8');
const rows = (out: string, file: string): Record<string, string>[] => parse(read(out, file), { columns: true }) as Record<string, string>[];

/** Every count report.md and the shareable CSVs print that says how many filled in the sheets or answered. */
function sheetCounts(out: string): string[] {
  const report = read(out, 'report.md');
  return [
    ...[...report.matchAll(/filled in (\d+) reflection sheets/g)].map((m) => m[1]!),
    ...[...report.matchAll(/their (\d+) answers/g)].map((m) => m[1]!),
    ...[...report.matchAll(/Of the (\d+) answers to this question/g)].map((m) => m[1]!),
    ...[...report.matchAll(/\| survey\.csv \| sheet \| read \| (\d+) \|/g)].map((m) => m[1]!),
    ...[...report.matchAll(/(\d+) students? spoke/g)].map((m) => m[1]!),
    ...rows(out, 'sources.csv').filter((s) => s.kind === 'sheet').flatMap((s) => [s.sheets!, s.responses!].filter((v) => /^\d+$/.test(v))),
  ];
}

describe('a lone focus group at a school of 3, beside a survey of the other schools', () => {
  // Cedar 8 students, Birch 7 on the survey; Dogwood's 3 only in its focus group: 18 in all. Before,
  // "18 students … filled in 15 reflection sheets", "their 30 answers", survey.csv's "30" (two questions)
  // and sources.csv's 15 sheets each gave 18 − 15 = 3 back: Dogwood's size.
  let out: string;
  beforeAll(() => {
    out = folder('lone-focus-group', [['Cedar Secondary', 8], ['Birch Secondary', 7]], ['Jess', 'Dakota', 'Marcus']);
  });

  it('prints the school as "<5" and the total', () => {
    const report = read(out, 'report.md');
    expect(report).toMatch(/\| Dogwood Secondary \| <5 \|/);
    expect(report).toMatch(/^18 students from three schools took part/m);
    expect(rows(out, 'demographics.csv').find((r) => r.value === 'Dogwood Secondary')).toMatchObject({ count: '<5' });
  });

  it('gives no count of the sheets or their answers, from which the total would give Dogwood’s 3 back', () => {
    const report = read(out, 'report.md');
    expect(sheetCounts(out)).toEqual([]);
    expect(report).not.toContain('15 reflection sheets');
    expect(report).not.toContain('30 answers');
    expect(report).toContain('They filled in reflection sheets and took part in one focus group.');
    expect(report).toContain('The reflection sheets asked two questions; their answers were read');
    expect(report).toContain('| survey.csv | sheet | read | hidden |');
    expect(report).toContain('the students who filled in none are all of one group of fewer than 5 students');
    expect(rows(out, 'sources.csv').find((s) => s.file === 'survey.csv')).toMatchObject({ sheets: 'hidden', responses: 'hidden' });
    // The focus group's speakers were already uncounted; its turns are no count of students.
    expect(report).toContain('In the focus group, students spoke 6 times.');
  });

  it('leaves no printed count equal to the total less one printed beside it', () => {
    // 18 − x = 3 for x = 15: no count of 15 (students, sheets or answers per question) may be printed.
    const report = read(out, 'report.md');
    expect(report).not.toMatch(/\b15\b/);
    const sources = read(out, 'sources.csv');
    expect(sources).not.toMatch(/,15,/);
  });
});

describe('a focus group of 2 at a school of 4, whose other 2 filled in the survey', () => {
  // 17 sheets of 19 students: the 2 who filled in none are both Dogwood's, which the focus group's
  // section does not count ("students spoke"); 19 − 17 gave them back.
  let out: string;
  beforeAll(() => {
    out = folder('focus-group-of-two', [['Cedar Secondary', 8], ['Birch Secondary', 7], ['Dogwood Secondary', 2]], ['Jess', 'Dakota']);
  });

  it('gives no count of the sheets or their answers', () => {
    const report = read(out, 'report.md');
    expect(report).toMatch(/\| Dogwood Secondary \| <5 \|/);
    expect(report).toMatch(/^19 students from three schools took part/m);
    expect(sheetCounts(out)).toEqual([]);
    expect(report).not.toContain('17 reflection sheets');
    expect(report).not.toContain('Of the 17 answers');
    expect(report).toContain('The answers to this question were most often about');
  });
});

describe('a focus group at a school large enough to show', () => {
  // Birch's 3 speakers beside its 7 on the survey: 10, no school hidden, so the sheets are counted. The
  // survey asks no gender here: the speakers' would be "Not stated", a group of 3 (see below).
  let out: string;
  beforeAll(() => {
    out = folder('focus-group-of-shown-school', [['Cedar Secondary', 8], ['Birch Secondary', 7]], ['Jess', 'Dakota', 'Marcus'], 'Birch Secondary', false);
  });

  it('counts the sheets, their answers and the focus group’s speakers as before', () => {
    const report = read(out, 'report.md');
    expect(report).toMatch(/\| Birch Secondary \| 10 \|/);
    expect(report).toContain('They filled in 15 reflection sheets and took part in one focus group.');
    expect(report).toContain('their 30 answers');
    expect(report).toContain('In the focus group, 3 students spoke 6 times.');
    expect(rows(out, 'sources.csv').find((s) => s.file === 'survey.csv')).toMatchObject({ sheets: '15', responses: '30' });
  });
});

describe('a focus group whose speakers gave no gender, beside a survey that asked it', () => {
  // Birch's 3 speakers, of a school large enough to show, are the gender table's 3 "Not stated", which it
  // prints as "fewer than five": "15 reflection sheets" of 18 students, or "3 students spoke", gave them back.
  let out: string;
  beforeAll(() => {
    out = folder('focus-group-no-gender', [['Cedar Secondary', 8], ['Birch Secondary', 7]], ['Jess', 'Dakota', 'Marcus'], 'Birch Secondary');
  });

  it('counts neither the sheets nor the speakers', () => {
    const report = read(out, 'report.md');
    expect(report).toContain('18 students from two schools took part; 44% identified as female and fewer than five students did not say.');
    expect(sheetCounts(out)).toEqual([]);
    expect(report).toContain('They filled in reflection sheets and took part in one focus group.');
    expect(report).toContain('In the focus group, students spoke 6 times.');
  });
});
