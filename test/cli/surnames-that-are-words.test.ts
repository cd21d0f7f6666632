// A class's talk and writing naming students by a first name and a surname that is also a word ("Maya
// White", "Ana English"), signing with a surname partly in capitals ("— Maya McDONALD") or a role word
// ("Principal Okafor said"): no output holds any part of a participant's name, and the role word is kept.
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reflect, tempDir } from './helpers.js';

const TRANSCRIPT = [
  'Facilitator: What helped you learn this term?',
  'Maya: The flex block. I worked with Jordan Brown on the science fair and it really helped.',
  'Jordan: Same. Maya White and I finished early because we planned every week.',
  'Ana: Group work helped me. Sam Young explained the math when I was stuck.',
  'Sam: Honestly Ana English did most of the slides, she is really organised.',
  'Maya: Having more time to finish projects. Then we could actually revise.',
  '',
].join('\n');

const SURVEY = [
  'Student,What would you change about school?',
  'S1,More electives. My friend Lee Black wants a coding class too',
  'S2,Principal Okafor said',
  'S3,The Principal came to our class to talk about the new schedule and it was helpful',
  'S4,Longer lunch. Lee Black said the same thing',
  '',
].join('\n');

const SIGNED =
  'My reflection\n\nThis year I liked the flex blocks because I could catch up on math.\n\nNext year I want more electives and longer lunch.\n\n— Priya McDONALD, Gr 11\n';
const HEADED =
  "Dev O'NEIL\n\nThis term I learned that I work better when I plan my week on Sunday night.\n\nThe study group after school helped me catch up.\n\nNext term I want to try the robotics club.\n";

/** Every file under `dir`, its path relative to it. */
function files(dir: string, under = ''): string[] {
  return readdirSync(path.join(dir, under)).flatMap((name) => {
    const rel = path.join(under, name);
    return statSync(path.join(dir, rel)).isDirectory() ? files(dir, rel) : [rel];
  });
}

let out: string;
beforeAll(() => {
  const folder = tempDir('reflect-word-surnames-');
  writeFileSync(path.join(folder, 'focus-group.txt'), TRANSCRIPT);
  writeFileSync(path.join(folder, 'survey.csv'), SURVEY);
  mkdirSync(path.join(folder, 'reflections'));
  writeFileSync(path.join(folder, 'reflections', 'sheet-01.txt'), SIGNED);
  writeFileSync(path.join(folder, 'reflections', 'sheet-02.txt'), HEADED);
  out = tempDir('reflect-word-surnames-out-');
  const run = reflect(['analyze', folder, '--out', out, '--force', '--quiet']);
  expect(run.code, run.stderr).toBe(0);
});

describe('a surname that is also a word, a surname partly in capitals, a role word in a byline', () => {
  it('leaves no part of any participant\'s name in report.md, the CSVs or analysis.json', () => {
    const outputs = files(out);
    expect(outputs).toEqual(expect.arrayContaining(['report.md', 'analysis.json', 'responses.csv']));
    for (const file of outputs) {
      const text = readFileSync(path.join(out, file), 'utf8');
      for (const word of ['Maya', 'Jordan', 'Ana', 'Sam', 'White', 'Brown', 'English', 'Young', 'Lee', 'Black', 'Okafor', 'Priya', 'McDONALD', 'DONALD', 'Dev', "O'NEIL", 'NEIL']) {
        expect(text, `${file}: ${word}`).not.toMatch(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u'));
      }
    }
  });

  it('keeps the words around the names, and the role word before a name', () => {
    const responses = readFileSync(path.join(out, 'responses.csv'), 'utf8');
    expect(responses).toContain('I worked with [name] on the science fair');
    expect(responses).toContain('[name] and I finished early');
    expect(responses).toContain('Honestly [name] did most of the slides');
    expect(responses).toContain('Then we could actually revise.');
    expect(responses).toContain('Principal [name] said');
    expect(responses).toContain('The Principal came to our class');
    expect(responses).toContain('This year I liked the flex blocks');
    expect(responses).not.toContain('My reflection');
  });
});
