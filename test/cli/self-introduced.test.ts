// Captions that name no speaker (fixtures/cli/self-introduced): students say who they are as they speak
// ("Hi, I'm Maya Lopez"), then call each other by first name or surname alone, and hallway notes
// introduce a friend once ("My friend Sofia Ruiz") and name her bare after. No one's name is printed.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, reflect, tempDir } from './helpers.js';

const FOLDER = path.join(ROOT, 'fixtures/cli/self-introduced');
const NAMES = ['Maya', 'Lopez', 'Jordan', 'Dev', 'Sandhu', 'Sofia', 'Ruiz', 'Theo', 'Patel'];

let out: string;
beforeAll(() => {
  out = tempDir();
  const run = reflect(['analyze', FOLDER, '--out', out, '--quiet']);
  expect(run.code, run.stderr).toBe(0);
});

describe('names people introduce themselves and others by', () => {
  it('are in no output, wherever else the folder names them', () => {
    const files = readdirSync(out).sort();
    expect(files).toContain('analysis.json');
    for (const file of files) {
      const text = readFileSync(path.join(out, file), 'utf8');
      for (const name of NAMES) expect(text, `${file}: ${name}`).not.toMatch(new RegExp(`\\b${name}\\b`));
    }
  });

  it('leave what a student says of who they are, and ordinary words, as written', () => {
    const responses = readFileSync(path.join(out, 'responses.csv'), 'utf8');
    expect(responses).toContain("I'm Canadian but my family speaks Tagalog at home.");
    expect(responses).toContain("Hi, I'm [name], grade 10.");
    expect(responses).toContain('[name] is right about the timetable. [name] too.');
    expect(responses).toContain('[name] thinks the school should have a quiet room open at lunch.');
  });
});
