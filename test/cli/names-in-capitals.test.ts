// Names partly or wholly in capitals in a class's answers and its folder's name ("Mr. Lee McDONALD", "my
// friend DeSHAWN", "Maya LOPEZ said", "Ms-PATEL-class/"): no output holds any part of them.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reflect, tempDir } from './helpers.js';

const ROWS = [
  'Student,What helped you learn this year?',
  'S1,Mr. Lee McDONALD helped me fix my essay intro and gave me more time',
  'S2,"Group work helped, my friend DeSHAWN and I did the poster together"',
  "S3,Mrs. MacKENZIE let us pick our own novel and my friend O'NEIL loved that",
  'S4,More time to finish projects. Maya LOPEZ said the same thing in class',
  "S5,Dr. PATEL's science labs were fun and Principal McDONALD visited",
  'S6,We read Dr. Seuss to the grade 1 buddies and Sergeant Major Dhillon talked about cadets',
];

let out: string;
beforeAll(() => {
  const folder = tempDir('reflect-capitals-');
  mkdirSync(path.join(folder, 'Ms-PATEL-class'));
  writeFileSync(path.join(folder, 'Ms-PATEL-class', 'survey.csv'), ROWS.join('\n') + '\n');
  out = tempDir('reflect-capitals-out-');
  const run = reflect(['analyze', folder, '--out', out, '--force', '--quiet']);
  expect(run.code, run.stderr).toBe(0);
});

describe('a name partly or wholly in capitals', () => {
  it('leaves no part of the name in any output, the folder\'s name included', () => {
    for (const file of readdirSync(out)) expect(readFileSync(path.join(out, file), 'utf8'), file).not.toMatch(/DONALD|SHAWN|KENZIE|NEIL|LOPEZ|PATEL|Dhillon/);
    const responses = readFileSync(path.join(out, 'responses.csv'), 'utf8');
    expect(responses).toContain('[name] helped me fix my essay intro');
    expect(responses).toContain('my friend [name] and I did the poster');
    expect(responses).toContain('[name] said the same thing in class');
    expect(responses).toContain("[name]'s science labs were fun and Principal [name] visited");
    expect(responses).toContain('We read Dr. Seuss to the grade 1 buddies and Sergeant Major [name] talked about cadets');
    expect(responses).toContain('[name]-class/survey.csv');
  });
});
