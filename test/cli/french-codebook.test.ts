// A French survey (fixtures/codebook/french-survey) run through `reflect codebook check` and `reflect
// analyze` with a French codebook the user wrote without declaring its language: the language is judged
// and said, the words are matched by French stem, and only the responses in another language are warned of.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { reflect, ROOT, tempDir } from './helpers.js';

const FIXTURE = path.join(ROOT, 'fixtures/codebook/french-survey');
const CODEBOOK = path.join(FIXTURE, 'codebook.yml');

describe('a French codebook on a French survey', () => {
  it('codebook check says the language it judged and how to declare it', () => {
    const run = reflect(['codebook', 'check', '--codebook', CODEBOOK]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[1]).toBe('  language: French (judged from its words; write "language: french" at the codebook\'s top to say so); words matched by French stem, accents or none');
    const json = JSON.parse(reflect(['codebook', 'check', '--codebook', CODEBOOK, '--json']).stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ language: 'French', languageInferred: true, valid: true });
    // the built-in codebook is English, judged so, and says nothing of it
    expect(reflect(['codebook', 'check']).stdout).not.toContain('language:');
  });

  it('codes feminine, plural and unaccented forms, warns of no French response, and names no student', () => {
    const out = path.join(tempDir('reflect-french-out-'), 'report');
    const run = reflect(['analyze', path.join(FIXTURE, 'responses'), '--codebook', CODEBOOK, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('seem to be in');
    expect(run.stderr).not.toContain('seems to be in');
    const rows = parse(readFileSync(path.join(out, 'responses.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const themes = Object.fromEntries(rows.map((r) => [r.text, r.themes]));
    expect(themes['Les examens me rendent très anxieuse et je dors mal.']).toBe('charge;anxiete');
    expect(themes["Je me sens seule a l'ecole."]).toBe('isolement;ecole');
    expect(themes['Les horaires flexibles m’aident beaucoup.'] ?? themes["Les horaires flexibles m'aident beaucoup."]).toBe('horaire');
    const report = readFileSync(path.join(out, 'report.md'), 'utf8');
    expect(report).toContain('The codebook is in French: words were reduced to their French stems');
    expect(report).not.toContain('seemed to be in');
    for (const name of ['Camille', 'Tremblay', 'Léa', 'Gagnon', 'Hugo', 'Côté']) expect(report).not.toContain(name);
  });

  it('warns of a response in English, the codebook’s patterns being French', () => {
    const input = tempDir('reflect-french-');
    mkdirSync(path.join(input, 'in'));
    copyFileSync(path.join(FIXTURE, 'responses/reponses.csv'), path.join(input, 'in/reponses.csv'));
    writeFileSync(
      path.join(input, 'in/reponses.csv'),
      readFileSync(path.join(input, 'in/reponses.csv'), 'utf8') + '2024-05-01 09:30,Sam Smith,École secondaire Laval,11,I think the teachers should give us more time for the project.,Nothing.\n',
    );
    const out = path.join(input, 'out');
    const run = reflect(['analyze', path.join(input, 'in'), '--codebook', CODEBOOK, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("warning: reponses.csv:6: a response (row 5, q1) seems to be in English; the codebook's patterns are French, so it carries a theme only where the codebook has patterns in English");
    expect(readFileSync(path.join(out, 'report.md'), 'utf8')).toContain('One response (10%) seemed to be in English; the codebook’s patterns are French,');
  });

  it('with the built-in English codebook, warns of every untagged answer of the French sheet, the short ones too', () => {
    const out = path.join(tempDir('reflect-french-en-'), 'report');
    const run = reflect(['analyze', path.join(FIXTURE, 'responses'), '--out', out]);
    expect(run.code).toBe(0);
    // 8 answers: one carries a theme by the English codebook's `anxi*` ("anxieuse"), and the 7 others are
    // French, where 4 were judged alone ("Un horaire plus souple." is too short to judge without its question)
    expect(run.stderr).toContain("warning: reponses.csv:2: 7 responses (the first: row 1, q1) seem to be in French; the codebook's patterns are English,");
  });
});
