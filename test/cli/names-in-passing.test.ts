// Names written in passing in a survey's answers: a roster name run into an address's ending by a missing
// space ("I worked with Priya.Me and Dev"), and adults named by their role ("Principal Okafor", "Counsellor
// Diaz"). No output names them; the role, and a place named with a role word, are kept.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reflect, tempDir } from './helpers.js';

const ROWS = [
  'Student Name,Grade,What helped you learn this year?',
  'Priya Sandhu,10,I worked with Jordan.com lol no I mean Jordan on the timetable project and it helped',
  'Jordan Okafor,10,"Group work helped, I worked with Priya.Me and Dev on it"',
  'Dev Malhotra,11,Thanks Priya.me too for the notes. The school site www.sd35.bc.ca/riverside has the schedule',
  'Maya Chen,11,More time to finish projects would help me learn. Counsellor Diaz helped me with my schedule',
  "Sam Wilson,10,Principal Okafor said we can't have phones but Nurse Amy and Officer Brown talked to us about safety",
  'Ava Brooks,11,"The Counsellor Office is always open, and our VP Mr Singh checked on us, said Pastor John"',
];

let out: string;
beforeAll(() => {
  const folder = tempDir('reflect-in-passing-');
  writeFileSync(path.join(folder, 'survey.csv'), ROWS.join('\n') + '\n');
  out = tempDir('reflect-in-passing-out-');
  const run = reflect(['analyze', folder, '--out', out, '--force', '--quiet']);
  expect(run.code, run.stderr).toBe(0);
});

describe('a roster name run into an address ending', () => {
  it('is named in no output; a real link is kept as written', () => {
    for (const file of readdirSync(out)) expect(readFileSync(path.join(out, file), 'utf8'), file).not.toMatch(/Priya|Jordan/i);
    const responses = readFileSync(path.join(out, 'responses.csv'), 'utf8');
    expect(responses).toContain('I worked with [name].Me and [name] on it');
    expect(responses).toContain('Thanks [name].me too for the notes. The school site www.sd35.bc.ca/riverside has the schedule');
    expect(responses).toContain('I worked with [name].com lol no I mean [name] on the timetable project');
  });
});

describe('an adult named by a role word', () => {
  it('is named in no output; the role, and a place named with one, are kept', () => {
    for (const file of readdirSync(out)) expect(readFileSync(path.join(out, file), 'utf8'), file).not.toMatch(/Okafor|Diaz|Amy|Brown|Singh|John\b/);
    const responses = readFileSync(path.join(out, 'responses.csv'), 'utf8');
    expect(responses).toContain("Principal [name] said we can't have phones but Nurse [name] and Officer [name] talked to us");
    expect(responses).toContain('The Counsellor Office is always open, and our VP [name] checked on us, said Pastor [name]');
    expect(responses).toContain('Counsellor [name] helped me with my schedule');
  });
});
