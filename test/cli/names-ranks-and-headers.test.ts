// Adults named by a military or police rank ("Major General Thornbury", "Lieutenant Colonel Ashdown",
// "Captain Reyes"), and a header's or front matter's name headed by a role word (`author: Nurse Amy`,
// `teacher: Staff Sergeant Moberly`): no output names them, the rank is kept before "[name]", and the
// role word heading a header's name is no name, so "The Nurse came" keeps its word.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reflect, tempDir } from './helpers.js';

const SURVEY = [
  'Student Name,Grade,What helped you learn this year?',
  'Liam Beaumont,11,Major General Thornbury visited for Remembrance Day and Staff Sergeant Vukovic talked about careers',
  'Zara Fairbanks,11,Lieutenant Colonel Ashdown said the cadets need more funding. Captain Reyes ran the drill',
  'Omar Haddad,12,"Detective Lam talked about online safety, the Major Project was hard and General Motors came to the career fair"',
];
const TRANSCRIPT = [
  '---',
  'school: Riverside Secondary',
  'author: Nurse Amy',
  'teacher: Staff Sergeant Moberly',
  '---',
  'Facilitator: What helped you this year?',
  'Maya: The Nurse came to our class. Sergeant Moberly was nice.',
  'Jordan: Amy is great. I liked the Sergeant too, and the Sergeant Major.',
  'Facilitator: Thanks.',
].join('\n');

let out: string;
let stdout: string;
let stderr: string;
beforeAll(() => {
  const folder = tempDir('reflect-ranks-');
  writeFileSync(path.join(folder, 'survey.csv'), SURVEY.join('\n') + '\n');
  writeFileSync(path.join(folder, 'cadets.md'), TRANSCRIPT + '\n');
  out = tempDir('reflect-ranks-out-');
  const run = reflect(['analyze', folder, '--out', out, '--force']);
  expect(run.code, run.stderr).toBe(0);
  ({ stdout, stderr } = run);
});

const PLANTED = /Thornbury|Vukovic|Ashdown|Reyes|\bLam\b|Moberly|\bAmy\b/;

describe('an adult named by a rank', () => {
  it('is named in no output, the terminal included; the rank is kept', () => {
    for (const file of readdirSync(out)) expect(readFileSync(path.join(out, file), 'utf8'), file).not.toMatch(PLANTED);
    expect(stdout + stderr).not.toMatch(PLANTED);
    const responses = readFileSync(path.join(out, 'responses.csv'), 'utf8');
    expect(responses).toContain('Major General [name] visited for Remembrance Day and Staff Sergeant [name] talked about careers');
    expect(responses).toContain('Lieutenant Colonel [name] said the cadets need more funding. Captain [name] ran the drill');
    expect(responses).toContain('Detective [name] talked about online safety, the Major Project was hard and General Motors came to the career fair');
  });
});

describe("a header's name headed by a role word", () => {
  it('redacts the name and keeps the role word in every answer', () => {
    const responses = readFileSync(path.join(out, 'responses.csv'), 'utf8');
    expect(responses).toContain('The Nurse came to our class. Sergeant [name] was nice.');
    expect(responses).toContain('[name] is great. I liked the Sergeant too, and the Sergeant Major.');
  });
});
