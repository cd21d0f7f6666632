// Names written bare in a focus group whose speakers are numbered, with no roster and no cue ("I agree with
// Sofia."): a listed given name that is no English word is a name wherever it stands, and no output names
// it; the places, the school and the public figure its speakers name are kept, and `inspect` still lists
// the places kept for a person to read.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reflect, tempDir } from './helpers.js';

const TRANSCRIPT = [
  '---',
  'school: Burnaby North Secondary',
  'date: 2017-02-09',
  '---',
  'Facilitator: What makes learning harder for you?',
  'Student 1: Tests. I moved to Victoria last year and the tests there were different. My old school was way harder on that.',
  'Student 2: I agree with Sofia. And the tests, I freeze up before tests.',
  'Student 3: Emma Ruiz sits next to me in math and she gets the same way before every test we have.',
  'Student 1: Ruiz is right about that, everyone gets nervous before a unit test here.',
  'Facilitator: What helps you learn in a way that fits you?',
  'Student 2: Noah and I study together at lunch. Like Nelson Mandela said, education is the most powerful weapon.',
  'Student 3: Our school trip to Victoria for Victoria Day was the best thing we did, we learned so much that week.',
  'Student 1: Burnaby North has a good robotics club and the teachers there let us go at our own pace.',
].join('\n');

let folder: string;
let out: string;
beforeAll(() => {
  folder = tempDir('reflect-bare-');
  writeFileSync(path.join(folder, 'focus-group.txt'), TRANSCRIPT + '\n');
  out = tempDir('reflect-bare-out-');
  const run = reflect(['analyze', folder, '--out', out, '--force', '--quiet']);
  expect(run.code, run.stderr).toBe(0);
});

describe('a name written bare, with no roster and no cue', () => {
  it('is named in no output, nor its surname wherever else the folder writes it', () => {
    for (const file of readdirSync(out)) expect(readFileSync(path.join(out, file), 'utf8'), file).not.toMatch(/Sofia|Emma|Ruiz|Noah/);
    const responses = readFileSync(path.join(out, 'responses.csv'), 'utf8');
    expect(responses).toContain('I agree with [name]. And the tests, I freeze up before tests.');
    expect(responses).toContain('[name] sits next to me in math');
    expect(responses).toContain('[name] is right about that');
    expect(responses).toContain('[name] and I study together at lunch.');
  });

  it('keeps the places, the school and the public figure its speakers name', () => {
    const responses = readFileSync(path.join(out, 'responses.csv'), 'utf8');
    expect(responses).toContain('I moved to Victoria last year');
    expect(responses).toContain('Our school trip to Victoria for Victoria Day was the best thing');
    expect(responses).toContain('Burnaby North has a good robotics club');
    expect(responses).toContain('Like Nelson Mandela said');
  });

  it('leaves inspect a place kept to list, and no bare name', () => {
    const run = reflect(['inspect', folder, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const listed = (JSON.parse(run.stdout) as { mayBeNames: { text: string }[] }).mayBeNames.map((n) => n.text);
    expect(listed).toContain('Victoria');
    for (const name of ['Sofia', 'Emma', 'Ruiz', 'Noah', 'Emma Ruiz']) expect(listed).not.toContain(name);
  });
});

describe("a question's words", () => {
  it('spare no bare name its answers write: a header may name a student', () => {
    const survey = tempDir('reflect-bare-q-');
    writeFileSync(path.join(survey, 'survey.csv'), "id,What did you think of Sofia's idea?\nS1,I agree with Sofia on the timetable\nS2,Sofia is right about the bell schedule\n");
    const outQ = tempDir('reflect-bare-q-out-');
    const run = reflect(['analyze', survey, '--out', outQ, '--force', '--quiet']);
    expect(run.code, run.stderr).toBe(0);
    const responses = readFileSync(path.join(outQ, 'responses.csv'), 'utf8');
    expect(responses).toContain('I agree with [name] on the timetable');
    expect(responses).toContain('[name] is right about the bell schedule');
    for (const file of readdirSync(outQ)) expect(readFileSync(path.join(outQ, file), 'utf8'), file).not.toMatch(/Sofia/);
  });
});
