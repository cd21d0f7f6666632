// The other commands through the built binary: agree (exit codes, --compare in the report) and
// codebook init/check (the printed codebook loads back and checks clean).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SAMPLE, reflect, tempDir } from './helpers.js';

const CODING = path.join(ROOT, 'fixtures/personalization-2016-coding');

describe('reflect agree against the sample human coding', () => {
  let responses: string;
  beforeAll(() => {
    const out = path.join(tempDir(), 'out');
    expect(reflect(['analyze', SAMPLE, '--out', out, '-q']).code).toBe(0);
    responses = path.join(out, 'responses.csv');
  });

  it('prints a tidy CSV with one row per theme and an overall row', () => {
    const run = reflect(['agree', path.join(CODING, 'human-coded.csv'), responses, '--reference', 'human-coded', '--format', 'csv']);
    expect(run.code).toBe(0);
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    const [means, pooled] = rows.slice(-2) as [Record<string, string>, Record<string, string>];
    expect([means.theme_id, pooled.theme_id]).toEqual(['(mean over themes)', '(pooled over themes)']);
    expect(pooled.responses).toBe('148');
    // The tuning-set figures the README reports: a change to the codebook or the matcher shows up here.
    expect([means.kappa, pooled.f1, means.macro_f1]).toEqual(['0.8612', '0.875', '0.8701']);
  });

  it('gives the held-out figures the README reports, ahead of the plain-keyword baseline', () => {
    const keywordOut = path.join(tempDir(), 'keyword');
    expect(reflect(['analyze', SAMPLE, '--out', keywordOut, '-q', '--matcher', 'keyword']).code).toBe(0);
    const overall = (file: string): Record<string, string> => {
      const run = reflect(['agree', path.join(CODING, 'human-coded-heldout.csv'), file, '--reference', 'human-coded-heldout', '--format', 'csv']);
      expect(run.code).toBe(0);
      // the figures of the means row, and those of the pooled row where it has them
      const [means, pooled] = (parse(run.stdout, { columns: true }) as Record<string, string>[]).slice(-2) as [Record<string, string>, Record<string, string>];
      expect([means.theme_id, pooled.theme_id]).toEqual(['(mean over themes)', '(pooled over themes)']);
      return { ...means, ...Object.fromEntries(Object.entries(pooled).filter(([, v]) => v !== '')) };
    };
    const lemma = overall(responses);
    const keyword = overall(path.join(keywordOut, 'responses.csv'));
    expect(lemma.responses).toBe('147');
    expect([lemma.kappa, lemma.f1, lemma.macro_f1]).toEqual(['0.7501', '0.7932', '0.764']);
    expect([keyword.kappa, keyword.f1, keyword.macro_f1]).toEqual(['0.5881', '0.6379', '0.6068']);
  });

  it('exits 1 with one line when mean kappa is below --min-kappa', () => {
    const run = reflect(['agree', path.join(CODING, 'human-coded.csv'), responses, '--min-kappa', '0.99', '--format', 'json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/kappa .* below --min-kappa 0\.99/);
    expect(JSON.parse(run.stdout).overall).toBeDefined();
  });

  it('--ci: intervals around the tuning-set figures, in JSON', () => {
    const run = reflect(['agree', path.join(CODING, 'human-coded.csv'), responses, '--reference', 'human-coded', '--format', 'json', '--ci', '--resamples', '200']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.intervals).toMatchObject({ resamples: 200, units: 148 });
    const point = report.overall.reference[0];
    const interval = report.intervals.overall.reference[0];
    for (const figure of ['microF1', 'macroF1']) {
      expect(interval[figure].low).toBeLessThan(point[figure]);
      expect(interval[figure].high).toBeGreaterThan(point[figure]);
    }
  });

  it('analyze --compare --ci adds the intervals to the method section; --ci alone is a usage error', () => {
    const run = reflect(['analyze', SAMPLE, '--format', 'md', '--compare', path.join(CODING, 'human-coded.csv'), '--ci', '--resamples', '100']);
    expect(run.code).toBe(0);
    const method = run.stdout.slice(run.stdout.indexOf('## Method'));
    expect(method).toMatch(/Bootstrap 95% confidence intervals \(100 resamples of the 148 responses coded by both coders\) were \d\.\d\d–\d\.\d\d for mean kappa/);
    const alone = reflect(['analyze', SAMPLE, '--format', 'md', '--ci']);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toMatch(/^error: --ci gives confidence intervals for the --compare figures; add --compare FILE/);
  });

  it('puts the agreement figures in the report with analyze --compare', () => {
    const run = reflect(['analyze', SAMPLE, '--format', 'md', '--compare', path.join(CODING, 'human-coded.csv')]);
    expect(run.code).toBe(0);
    const method = run.stdout.slice(run.stdout.indexOf('## Method'));
    expect(method).toMatch(/kappa/i);
    expect(method).toMatch(/human-coded/);
  });
});

describe('reflect codebook', () => {
  it('init prints a codebook that loads back and checks clean', () => {
    const init = reflect(['codebook', 'init']);
    expect(init.code).toBe(0);
    const file = path.join(tempDir(), 'codebook.yml');
    writeFileSync(file, init.stdout);
    const check = reflect(['codebook', 'check', '--codebook', file]);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/21 themes, OK/);
  });

  it('check exits 2 naming the file and line of a bad regex', () => {
    const file = path.join(tempDir(), 'bad.yml');
    writeFileSync(file, 'themes:\n  - id: pace\n    label: Pace\n    regex: ["/own (pace/"]\n');
    const check = reflect(['codebook', 'check', '--codebook', file]);
    expect(check.code).toBe(2);
    expect(check.stderr).toMatch(/bad\.yml:4: /);
    expect(readFileSync(file, 'utf8')).toContain('own (pace');
  });
});

describe('reflect codebook try', () => {
  it('tags each text given and shows its evidence: words, offsets, pattern, expansion, negation, hypothetical', () => {
    const run = reflect(['codebook', 'try', 'I freeze up before tests', "I'm not stressed, but if we had smaller classes it would help", 'the weather was nice']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        '"I freeze up before tests"',
        "  mental-health  \"freeze up\" at 2–11, phrase 'freeze up' (synonym expansion of 'anxiety')",
        "  grades         \"tests\" at 19–24, word 'test'",
        '"I\'m not stressed, but if we had smaller classes it would help"',
        "  mental-health  \"stressed\" at 8–16, word 'stress' (negated)",
        "  class-size     \"smaller classes\" at 32–47, phrase 'small class' (hypothetical)",
        '"the weather was nice"',
        '  no theme',
        '',
      ].join('\n'),
    );
  });

  it('reads texts one per line from stdin, with the user\'s codebook, and prints JSON', () => {
    const dir = tempDir();
    const book = path.join(dir, 'book.yml');
    writeFileSync(book, 'themes:\n  - id: food\n    label: Food\n    words: [lunch, cafeteria]\n');
    const run = reflect(['codebook', 'try', '--codebook', book, '--json'], ROOT, {}, 'Better food in the cafeteria\n\nno lunch today, no [name]\n');
    expect(run.code).toBe(0);
    const results = JSON.parse(run.stdout) as { text: string; themes: { themeId: string; evidence: { text: string }[] }[] }[];
    expect(results.map((r) => [r.text, r.themes.map((t) => `${t.themeId}: ${t.evidence.map((e) => e.text).join(', ')}`)])).toEqual([
      ['Better food in the cafeteria', ['food: cafeteria']],
      ['no lunch today, no [name]', ['food: lunch']],
    ]);
  });

  it('says when a theme that does not count negated mentions matched only negated ones, instead of a bare "no theme"', () => {
    const book = path.join(ROOT, 'fixtures/codebook/negation/codebook.yml');
    const run = reflect(['codebook', 'try', '--no-expand', '--codebook', book, "I'm not stressed at all", 'no bullying here, and I am never anxious', 'I am stressed, not anxious']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        '"I\'m not stressed at all"',
        '  no theme',
        '  stress  not coded: every mention is negated (count_negated: false)',
        "          \"stressed\" at 8–16, word 'stress' (negated)",
        '"no bullying here, and I am never anxious"',
        "  bullying  \"bullying\" at 3–11, word 'bully' (negated)",
        '  stress    not coded: every mention is negated (count_negated: false)',
        "            \"anxious\" at 33–40, word 'anxious' (negated)",
        '"I am stressed, not anxious"',
        "  stress  \"stressed\" at 5–13, word 'stress'",
        "          \"anxious\" at 19–26, word 'anxious' (negated)",
        '',
      ].join('\n'),
    );
    const json = JSON.parse(reflect(['codebook', 'try', '--no-expand', '--json', '--codebook', book, 'not anxious']).stdout) as { themes: unknown[]; uncounted: { themeId: string }[] }[];
    expect(json.map((r) => [r.themes.length, r.uncounted.map((t) => t.themeId)])).toEqual([[0, ['stress']]]);
  });

  it('exits 2 with one line when there is nothing to try', () => {
    const run = reflect(['codebook', 'try'], ROOT, {}, '');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('error: no texts to try: stdin was empty\n');
  });
});
