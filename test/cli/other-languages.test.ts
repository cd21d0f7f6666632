// Short answers in French and Spanish on a sheet with short English ones, run through `reflect analyze`:
// the other languages are counted, warned of and said in the report's method; the English ones are not.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reflect, tempDir } from './helpers.js';

describe('short answers in another language', () => {
  it('are counted per language, warned of and said in the method, and short English answers are not', () => {
    const input = tempDir('reflect-languages-');
    writeFileSync(
      path.join(input, 'exit-slips.csv'),
      [
        'id,What could the school do better?',
        'S1,Trop de devoirs',
        'S2,No me gusta el horario',
        "S3,C'est trop long",
        'S4,Más tiempo libre',
        'S5,No',
        'S6,Me too',
        'S7,Trop',
        'S8,I like la musique class',
        'S9,OK',
        'S10,Cafe menu',
        'S11,More electives and a flexible timetable please',
      ].join('\n') + '\n',
    );
    const out = path.join(tempDir('reflect-languages-out-'), 'report');
    const run = reflect(['analyze', input, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('warning: exit-slips.csv:2: 2 responses (the first: row 1, q1) seem to be in French;');
    expect(run.stderr).toContain('warning: exit-slips.csv:3: 2 responses (the first: row 2, q1) seem to be in Spanish;');
    const json = JSON.parse(readFileSync(path.join(out, 'analysis.json'), 'utf8')) as { otherLanguages?: unknown };
    expect(json.otherLanguages).toEqual([
      { language: 'French', responses: 2 },
      { language: 'Spanish', responses: 2 },
    ]);
    const report = readFileSync(path.join(out, 'report.md'), 'utf8');
    expect(report).toContain('Two responses (18%) seemed to be in French and 2 in Spanish;');
  });
});
