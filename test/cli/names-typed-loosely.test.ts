// Adults and classmates named as students type them: a role and a surname in lower case before a
// reporting verb ("coach brandvold said"), a rank in lower case ("general Okoro"), a rank of two words
// abbreviated ("Lt. Colonel Ashdown"), a First Nation's chief ("Chief Whitehorse"), and classmates on no
// roster named beside a roster name or a listed given name ("Jay and Lexi helped me"). No output names
// them; the role, the rank and the ordinary words around them ("the coach bus", "in general") are kept.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reflect, tempDir } from './helpers.js';

const SURVEY = [
  'Student Name,Grade,What helped you learn this year?',
  'Liam Beaumont,11,coach brandvold said we could stay late in the gym and that helped me. we took the coach bus to the tournament',
  'Zara Fairbanks,11,Lt. Colonel Ashdown spoke at the Remembrance Day assembly and we met general Okoro after. In general it was good',
  'Omar Haddad,12,"Chief Whitehorse came to talk about the treaties, and I learned a lot from him"',
  'Noor Siddiqui,10,Jay and Lexi helped me with the project and Liam and Taryn helped with the poster. We saw a jay and a crow on the field trip',
];

let out: string;
let stdout: string;
let stderr: string;
beforeAll(() => {
  const folder = tempDir('reflect-loose-names-');
  writeFileSync(path.join(folder, 'survey.csv'), SURVEY.join('\n') + '\n');
  out = tempDir('reflect-loose-names-out-');
  const run = reflect(['analyze', folder, '--out', out, '--force']);
  expect(run.code, run.stderr).toBe(0);
  ({ stdout, stderr } = run);
});

const PLANTED = /brandvold|Ashdown|Okoro|Whitehorse|\bJay\b|Lexi|Taryn/;

describe('names typed loosely', () => {
  it('are named in no output, the terminal included', () => {
    for (const file of readdirSync(out)) expect(readFileSync(path.join(out, file), 'utf8'), file).not.toMatch(PLANTED);
    expect(stdout + stderr).not.toMatch(PLANTED);
  });

  it('keep the role, the rank and the ordinary words around them', () => {
    const responses = readFileSync(path.join(out, 'responses.csv'), 'utf8');
    expect(responses).toContain('coach [name] said we could stay late in the gym and that helped me. we took the coach bus to the tournament');
    expect(responses).toContain('Lt. Colonel [name] spoke at the Remembrance Day assembly and we met general [name] after. In general it was good');
    expect(responses).toContain('Chief [name] came to talk about the treaties, and I learned a lot from him');
    expect(responses).toContain('[name] and [name] helped me with the project and [name] and [name] helped with the poster. We saw a jay and a crow on the field trip');
  });
});
