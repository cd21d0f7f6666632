// A homeroom named for its teacher ("Ms Patel's class", "Patel 10A") is shown as "Class 1", "Class 2" in
// every output: no table, CSV or analysis.json names the teacher; a school keeps its name.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

describe("a homeroom named for its teacher in a transcript's front matter", () => {
  it("keeps two teachers' classes apart as numbered groups, where both were \"[name]'s class\"", () => {
    const folder = tempDir('reflect-homerooms-fm-');
    ["Ms Patel's class", "Mr Osei's class", 'Room 12'].forEach((room, i) => {
      const talk = [
        '---',
        'school: Riverside Secondary',
        `homeroom: ${room}`,
        '---',
        'Facilitator: What helps you learn?',
        'Student 1: More time to finish projects would help me learn.',
        'Student 2: I like choosing my own topics for projects.',
        'Facilitator: Anything else?',
        'Student 1: Flexible schedules help me focus.',
        'Student 2: Teachers who know us make a real difference.',
      ];
      writeFileSync(path.join(folder, `focus-group-${i + 1}.txt`), talk.join('\n') + '\n');
    });
    const byRoom = tempDir('reflect-homerooms-fm-out-');
    const run = reflect(['analyze', folder, '--out', byRoom, '--force', '--by', 'source.homeroom', '--min-cell', '1']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('2 values of homeroom name a person');
    for (const file of readdirSync(byRoom)) expect(readFileSync(path.join(byRoom, file), 'utf8'), file).not.toMatch(/Patel|Osei/);
    const report = readFileSync(path.join(byRoom, 'report.md'), 'utf8');
    expect(report).toContain('- **Homeroom 1** (2 students)');
    expect(report).toContain('- **Homeroom 2** (2 students)');
    expect(report).toContain('- **Room 12** (2 students)');
    expect(report).not.toContain("[name]'s class");
  });
});

describe('sheets kept in a folder per homeroom, each named for its teacher', () => {
  it("are counted apart as numbered homerooms, and no path, table or CSV names the teacher", () => {
    const folder = tempDir('reflect-homeroom-folders-');
    ["Ms Patel's class", "Mr Osei's class", 'Room 12'].forEach((room, r) => {
      mkdirSync(path.join(folder, room));
      const rows = ['Student ID,Grade,What helps you learn?'];
      for (let i = 0; i < 6; i++) rows.push(`S${r}${i},${10 + (i % 2)},${ANSWERS[(i + r) % 4]}`);
      writeFileSync(path.join(folder, room, 'survey.csv'), rows.join('\n') + '\n');
    });
    writeFileSync(path.join(folder, 'reflect.config.yml'), 'folders: [homeroom]\n');
    const byFolder = tempDir('reflect-homeroom-folders-out-');
    const run = reflect(['analyze', folder, '--out', byFolder, '--force', '--by', 'homeroom', '--min-cell', '1']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/Patel|Osei/);
    for (const file of readdirSync(byFolder)) expect(readFileSync(path.join(byFolder, file), 'utf8'), file).not.toMatch(/Patel|Osei/);
    const demographics = readFileSync(path.join(byFolder, 'demographics.csv'), 'utf8');
    expect(demographics).toContain('homeroom,Homeroom 1,6,');
    expect(demographics).toContain('homeroom,Homeroom 2,6,');
    expect(demographics).toContain('homeroom,Room 12,6,');
    expect(readFileSync(path.join(byFolder, 'responses.csv'), 'utf8')).toContain("[name]'s class/survey.csv");
  });
});
