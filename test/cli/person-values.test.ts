// A homeroom named for its teacher ("Ms Patel's class", "Patel 10A") is shown as "Class 1", "Class 2" in
// every output: no table, CSV or analysis.json names the teacher; a school keeps its name.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reflect, tempDir } from './helpers.js';

const ROOMS = ["Ms Patel's class", 'Mr. Osei homeroom', 'Patel 10A', 'Room 12'];
const ANSWERS = [
  'More time to finish projects would help me learn',
  'I like choosing my own topics for projects',
  'Flexible schedules help me focus on what matters',
  'Teachers who know us make a real difference',
];
let out: string;
let stderr: string;

beforeAll(() => {
  const folder = tempDir('reflect-homerooms-');
  const rows = ['Student ID,Grade,School,Homeroom,What helps you learn?'];
  for (let i = 0; i < 40; i++) rows.push(`S${1000 + i},${10 + (i % 2)},Dr. Charles Best Secondary,"${ROOMS[i % 4]}",${ANSWERS[(i * 3) % 4]}`);
  writeFileSync(path.join(folder, 'survey.csv'), rows.join('\n') + '\n');
  out = tempDir('reflect-homerooms-out-');
  const run = reflect(['analyze', folder, '--out', out, '--force']);
  expect(run.code, run.stderr).toBe(0);
  stderr = run.stderr;
});

describe('a homeroom named for its teacher', () => {
  it('is named in no output, and shown as a numbered class in the demographics', () => {
    for (const file of readdirSync(out)) expect(readFileSync(path.join(out, file), 'utf8'), file).not.toMatch(/Patel|Osei/);
    const demographics = readFileSync(path.join(out, 'demographics.csv'), 'utf8');
    expect(demographics).toContain('class,Class 1,10,');
    expect(demographics).toContain('class,Class 3,10,');
    expect(demographics).toContain('class,Room 12,10,');
    expect(readFileSync(path.join(out, 'report.md'), 'utf8')).toContain('| Class | Class 1 |');
  });

  it('is said once in a warning, and a school named for a person keeps its name', () => {
    expect(stderr).toContain('3 values of class name a person');
    expect(stderr.match(/name a person/g)).toHaveLength(1);
    expect(readFileSync(path.join(out, 'demographics.csv'), 'utf8')).toContain('Dr. Charles Best Secondary');
  });
});
