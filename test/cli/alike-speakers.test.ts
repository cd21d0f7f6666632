// An anonymised focus group, every student's turn labelled `Student:`, beside a one-to-one interview
// labelled the same way: the group's turns are counted as several students, the interview's as one.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { reflect, ROOT, tempDir, type Run } from './helpers.js';

const GROUP = [
  'Focus group, Riverside Secondary, grade 10 students, May 2024',
  '',
  'Interviewer: What would you change about how school works?',
  'Student: Honestly the timetable. Four classes a day is a lot.',
  "Student: I'd want more choice in what courses we take.",
  "Student: Yeah, and more time with the counsellor, she's always booked.",
  'Interviewer: What gets in the way of learning?',
  'Student: Stress. Everyone is stressed about grades all the time.',
  'Student: Having to work after school. I work at a grocery store twenty hours a week.',
  '',
].join('\n');

// A one-to-one interview, its student labelled `Student:` as an anonymised group's are.
const INTERVIEW = readFileSync(path.join(ROOT, 'fixtures/cli/talk/interview-grade11.txt'), 'utf8');

let out: string;
let run: Run;

beforeAll(() => {
  const input = path.join(tempDir('alike-'), 'talk');
  mkdirSync(input, { recursive: true });
  writeFileSync(path.join(input, 'riverside.txt'), GROUP);
  writeFileSync(path.join(input, 'interview-grade11.txt'), INTERVIEW);
  out = path.join(input, '..', 'out');
  run = reflect(['analyze', input, '--out', out]);
  expect(run.code, run.stderr).toBe(0);
});

const rows = (file: string): Record<string, string>[] => parse(readFileSync(path.join(out, file), 'utf8'), { columns: true });

describe('a focus group whose students are all labelled alike', () => {
  it("counts each of the group's turns as another student, and the interview's as one", () => {
    const speakers = (file: string) => new Set(rows('responses.csv').filter((r) => r.source === file).map((r) => r.participant_id));
    expect(speakers('riverside.txt').size).toBe(5);
    expect(speakers('interview-grade11.txt').size).toBe(1);
    expect(run.stdout + run.stderr).toContain('7 responses from 6 students');
  });

  it('warns, naming the file and saying the counts are at most these', () => {
    expect(run.stderr).toContain(
      "warning: riverside.txt: every student's turn is labelled 'Student', so the transcript does not tell its students apart: each of its 5 turns is counted as another student's",
    );
    expect(run.stderr).toContain('so its counts of students are at most these');
    expect(run.stderr).not.toMatch(/interview-grade11\.txt: every student's turn/);
  });

  it('says so in the background, and gives no count of speakers for the focus groups', () => {
    const report = readFileSync(path.join(out, 'report.md'), 'utf8');
    // The interview is no focus group (corpus/interview.ts): the one focus group's transcript is the one labelled alike.
    expect(report).toContain('Six students took part. They spoke in one focus group and one interview.');
    expect(report).toContain(
      'The focus group’s transcript labels every student alike, so each of its turns was counted as another student’s: a student who spoke twice is counted twice.',
    );
    expect(report).toContain('In one focus group and one interview, students spoke 7 times.');
  });
});
