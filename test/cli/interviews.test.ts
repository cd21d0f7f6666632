// One-to-one interviews beside focus groups and a survey: the report names each for what it is ("one
// focus group and one interview"), and an interview's one student gives no hidden count back.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { reflect, ROOT, tempDir, type Run } from './helpers.js';

// A one-to-one interview, its student labelled `Student:` as an anonymised group's are.
const INTERVIEW = readFileSync(path.join(ROOT, 'fixtures/cli/talk/interview-grade11.txt'), 'utf8');

/** A focus group of named students at `school`, led by a facilitator. */
function focusGroup(school: string, speakers: [string, string, string]): string {
  const [a, b, c] = speakers;
  return [
    '---',
    `school: ${school}`,
    'date: 2024-05-14',
    '---',
    `Focus group, ${school}`,
    '',
    'Facilitator: What would you change about how school works?',
    `${a}: Honestly I'd want more choice in what courses we take.`,
    `${b}: Yeah, and more time with the counsellor, she's always booked.`,
    `${c}: Stress is the big thing. Everyone is stressed about grades.`,
    'Facilitator: What gets in the way of learning?',
    `${a}: Having to work after school. I work at a grocery store twenty hours a week.`,
    `${b}: The timetable. Four classes a day is a lot.`,
    '',
  ].join('\n');
}

const ANSWERS = [
  'More time for projects and less homework.',
  'I wish we had more choice in our courses.',
  'The timetable is too packed and I feel stressed.',
  'More support from the counsellor.',
  'Later start times so we can sleep.',
  'Less stress about grades.',
];

/** A survey of one question, a row a student of each school in `schools` (name, students). */
function survey(schools: [string, number][]): string {
  const rows: string[] = [];
  for (const [school, size] of schools) for (let i = 0; i < size; i++) rows.push(`S${String(rows.length + 1).padStart(2, '0')},${school},${ANSWERS[rows.length % ANSWERS.length]}`);
  return ['id,school,What would you change about how school works?', ...rows, ''].join('\n');
}

/** `files` (name, text) in a folder, analysed; the run and its output folder. */
function analyse(name: string, files: [string, string][]): { run: Run; out: string } {
  const input = path.join(tempDir(name), 'forum');
  mkdirSync(input, { recursive: true });
  for (const [file, text] of files) writeFileSync(path.join(input, file), text);
  const out = path.join(input, '..', 'out');
  const run = reflect(['analyze', input, '--out', out]);
  expect(run.code, run.stderr).toBe(0);
  return { run, out };
}

const read = (out: string, file: string): string => readFileSync(path.join(out, file), 'utf8');

describe('a focus group, an interview and a survey', () => {
  let run: Run;
  let out: string;
  beforeAll(() => {
    ({ run, out } = analyse('interview-', [
      ['focus-group-riverside.txt', focusGroup('Riverside Secondary', ['Maya', 'Jordan', 'Priya'])],
      ['interview-grade11.txt', INTERVIEW],
      ['exit-survey.csv', survey([['Riverside Secondary', 12]])],
    ]));
  });

  it('says in the background that they took part in one focus group and one interview', () => {
    const report = read(out, 'report.md');
    expect(report).toContain('16 students from one school took part. They filled in reflection sheets and took part in one focus group and one interview.');
    expect(report).toContain(
      'A focus group interview and an individual interview were then held in May 2024; the focus group was with secondary school students.',
    );
    expect(report).not.toContain('two focus groups');
  });

  it('names the talk’s section for both, and the Method’s responses', () => {
    const report = read(out, 'report.md');
    expect(report).toContain('### In the focus group and the interview\n\nIn one focus group and one interview, 4 students spoke 7 times.');
    expect(report).toContain('Each response (an answer on a reflection sheet or a student’s turn in a focus group or an interview) was tagged');
    expect(run.stdout).toContain('12 reflection sheets, 2 transcripts (1 focus group, 1 interview); 19 responses from 16 students');
  });

  it('marks the interview in analysis.json, and keeps sources.csv’s columns', () => {
    const json = JSON.parse(read(out, 'analysis.json')) as { corpus: { sources: { id: string; interview?: boolean }[] } };
    expect(json.corpus.sources.filter((s) => s.interview).map((s) => s.id)).toEqual(['interview-grade11.txt']);
    const sources = parse(read(out, 'sources.csv'), { columns: true }) as Record<string, string>[];
    expect(Object.keys(sources[0]!)).toEqual(['file', 'kind', 'format', 'encoding', 'status', 'sheets', 'empty_sheets', 'rows_skipped', 'turns', 'responses', 'reason', 'session', 'title']);
    expect(sources.find((s) => s.file === 'interview-grade11.txt')!.kind).toBe('transcript');
  });

  it('signs the interview’s quotes by no grade, though its title gives one', () => {
    const report = read(out, 'report.md');
    expect(report).toContain('> “I get really stressed by the end of the day and I can\'t focus.”\n>\n> — A student, in answer to “Why is that?”');
    expect(report).not.toMatch(/grade 11/i);
  });
});

describe('a lone focus group at a school of 3 and an interview, beside a survey of the other schools', () => {
  // Dogwood's 3 speakers and the interview's one student: "4 students spoke" less the one interview gave
  // Dogwood's 3 back, which the table of who took part prints as "<5"; so did "15 reflection sheets" of 19.
  let out: string;
  beforeAll(() => {
    ({ out } = analyse('interview-lone-', [
      ['focus-group-dogwood.txt', focusGroup('Dogwood Secondary', ['Jess', 'Dakota', 'Marcus'])],
      ['interview-grade11.txt', INTERVIEW],
      ['survey.csv', survey([['Cedar Secondary', 8], ['Birch Secondary', 7]])],
    ]));
  });

  it('counts neither the speakers nor the sheets', () => {
    const report = read(out, 'report.md');
    expect(report).toMatch(/\| Dogwood Secondary \| <5 \|/);
    expect(report).toContain('19 students from three schools took part. They filled in reflection sheets and took part in one focus group and one interview.');
    expect(report).toContain('In one focus group and one interview, students spoke 7 times.');
    expect(report).not.toMatch(/\d+ students? spoke|15 reflection sheets|\| survey\.csv \| sheet \| read \| 15 \|/);
    const sources = parse(read(out, 'sources.csv'), { columns: true }) as Record<string, string>[];
    expect(sources.find((s) => s.file === 'survey.csv')).toMatchObject({ sheets: 'hidden', responses: 'hidden' });
  });
});

describe('an interview alone', () => {
  let run: Run;
  let out: string;
  beforeAll(() => {
    ({ run, out } = analyse('interview-alone-', [['interview-grade11.txt', INTERVIEW]]));
  });

  it('is an interview throughout, its student "the student"', () => {
    const report = read(out, 'report.md');
    expect(report).toContain('One student took part. They spoke in one interview.');
    expect(report).toContain('### In the interview\n\nIn the interview, the student spoke twice.');
    expect(report).toContain('Each response (a student’s turn in an interview) was tagged');
    expect(report).not.toMatch(/focus group/i);
    expect(run.stdout).toContain('1 transcript (1 interview); 2 responses from 1 student');
  });
});

describe('a focus group where one student spoke, nothing saying interview', () => {
  it('stays a focus group', () => {
    const talk = ['Facilitator: What would you change about how school works?', 'Maya: Honestly the timetable. Four classes a day is a lot.', ''].join('\n');
    const { out } = analyse('one-speaker-', [['riverside-session.txt', talk]]);
    const report = read(out, 'report.md');
    expect(report).toContain('One student took part. They spoke in one focus group.');
    expect(report).toContain('### In the focus group');
    expect(report).not.toMatch(/interview/i);
  });
});
