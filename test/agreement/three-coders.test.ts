// fixtures/agreement/three-coders: three wide files, one theme, responses some coders did not code.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { alignCodings, computeAgreement } from '../../src/analyses/agreement.js';
import { bootstrapAgreement } from '../../src/analyses/bootstrap.js';
import { parseCodingFile } from '../../src/analyses/coding-files.js';
import { formatAgreementMarkdown, formatAgreementTable } from '../../src/writers/agreement.js';

const dir = new URL('../../fixtures/agreement/three-coders/', import.meta.url);
const coders = ['a.csv', 'b.csv', 'c.csv'].map((f) => parseCodingFile(readFileSync(new URL(f, dir), 'utf8'), f));

// Theme t (1 present, 0 absent, – not listed by that coder's file = not coded):
//        a  b  c
//   u1   1  1  1
//   u2   1  0  1
//   u3   0  0  0
//   u4   0  0  –
//   u5   1  –  0
//   u6   –  1  –     one coder only: not pairable
//
// Pairs, over the responses both coded:
//   a–b: u1–u4  both 1, a-only 1, b-only 0, neither 2; p_o 3/4; p_e .5·.25 + .5·.75 = .5 → κ = .5
//   a–c: u1 u2 u3 u5  both 2, a-only 1, c-only 0, neither 1; p_o 3/4; p_e .75·.5 + .25·.5 = .5 → κ = .5
//   b–c: u1 u2 u3  both 1, b-only 0, c-only 1, neither 1; p_o 2/3; p_e (1/3)(2/3)+(2/3)(1/3) = 4/9
//        → κ = (2/3 − 4/9)/(5/9) = 0.4
// Light's kappa (mean pairwise) = 1.4/3 = 0.4666…; mean pairwise agreement (3/4 + 3/4 + 2/3)/3 = 13/18.
// Alpha (derived step by step in statistics.test.ts, same data): 3/7.
// Exact match over u1–u5 (u6 is single-coded): u1, u3, u4 → 3/5.
describe('three coders with missing codings', () => {
  const report = computeAgreement(coders);
  const t = report.themes[0]!;

  test('pairwise kappa and agreement, Light’s kappa, alpha', () => {
    expect(report.kappaMethod).toBe('mean-pairwise');
    expect(t.pairs.map((p) => [p.coders.join('–'), p.units])).toEqual([
      ['a–b', 4],
      ['a–c', 4],
      ['b–c', 3],
    ]);
    expect(t.pairs[0]!.kappa).toBeCloseTo(0.5, 12);
    expect(t.pairs[1]!.kappa).toBeCloseTo(0.5, 12);
    expect(t.pairs[2]!.kappa).toBeCloseTo(0.4, 12);
    expect(t.kappa).toBeCloseTo(1.4 / 3, 12);
    expect(t.agreement).toBeCloseTo(13 / 18, 12);
    expect(t.alpha).toBeCloseTo(3 / 7, 12);
    expect(t.units).toBe(5);
    // Over u1–u5, the responses the row's figures are computed on: b's t on u6 (single-coded) is not
    // among them; every coder's codings in all are report.coders[].codings, below.
    expect(t.applied).toEqual({ a: 3, b: 1, c: 2 });
  });

  test('overall and notes', () => {
    expect(report.units).toBe(6);
    expect(report.overall.units).toBe(5);
    expect(report.overall.exactMatches).toBe(3);
    expect(report.overall.exactMatch).toBe(0.6);
    expect(report.overall.meanKappa).toBeCloseTo(1.4 / 3, 12);
    expect(report.coders.map((c) => [c.name, c.units, c.codings])).toEqual([
      ['a', 5, 3],
      ['b', 5, 2],
      ['c', 4, 2],
    ]);
    expect(report.notes).toEqual([
      "With 3 coders, kappa is the mean of the pairwise Cohen's kappas (Light's kappa) and percent agreement the mean of the pairwise agreements; alpha uses all coders at once.",
      '1 response was coded by one coder only and is left out of every statistic: there is nothing to compare it with.',
    ]);
  });

  test('with a reference, every other coder is scored against it', () => {
    // Against a: b over u1–u4 tp 1 (u1), fp 0, fn 1 (u2); c over u1 u2 u3 u5 tp 2, fp 0, fn 1 (u5).
    const r = computeAgreement(coders, { reference: 'a' });
    expect(r.themes[0]!.reference.map((s) => [s.coder, s.units, s.truePositives, s.falsePositives, s.falseNegatives])).toEqual([
      ['b', 4, 1, 0, 1],
      ['c', 4, 2, 0, 1],
    ]);
    expect(r.overall.reference.map((s) => [s.coder, s.microPrecision, s.microRecall])).toEqual([
      ['b', 1, 0.5],
      ['c', 1, 2 / 3],
    ]);
    // Two compared coders: a second table with one row per theme and coder.
    const table = formatAgreementTable(r);
    expect(table).toContain('Against a as the reference:');
    expect(table).toMatch(/│ t\s+│ c\s+│\s+1\.000 │\s+0\.667 │\s+0\.800 │\s+2 │\s+0 │\s+1 │/);
    expect(table).toContain('Mean kappa');
  });

  test('intervals with several coders against a reference: a line each; a negative bound reads "to"', () => {
    const report = computeAgreement(coders, { reference: 'a' });
    report.intervals = bootstrapAgreement(alignCodings(coders, { reference: 'a' }), { reference: 'a' }, { resamples: 200 });
    // u6 (one coder only) is not drawn: 5 responses.
    expect(report.intervals.units).toBe(5);
    const lines = formatAgreementTable(report).trimEnd().split('\n');
    expect(lines.at(-3)).toMatch(/^95% bootstrap CI \(200 resamples of 5 responses\): mean kappa \S+, mean alpha -\d\.\d\d to \d\.\d\d, exact match [\d.]+–[\d.]+%\.$/);
    expect(lines.at(-2)).toMatch(/^  b against a: micro P\/R\/F1 .*, macro F1 —\.$/);
    expect(lines.at(-1)).toMatch(/^  c against a: micro P\/R\/F1 /);
    expect(formatAgreementMarkdown(report)).toMatch(/No interval for b's macro F1: undefined in \d+ of 200 resamples \(more than 5%\)/);
  });
});
