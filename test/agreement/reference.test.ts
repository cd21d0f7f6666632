// fixtures/agreement/reference: a human coder (wide, the reference) against reflect (long), four themes.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { alignCodings, computeAgreement, findDisagreements } from '../../src/analyses/agreement.js';
import { parseCodingFile } from '../../src/analyses/coding-files.js';
import { formatAgreementCsv, formatAgreementMarkdown, formatAgreementTable } from '../../src/writers/agreement.js';

const dir = new URL('../../fixtures/agreement/reference/', import.meta.url);
const read = (name: string) => parseCodingFile(readFileSync(new URL(name, dir), 'utf8'), name);
const human = read('human.csv');
const reflect = read('reflect.csv');

// The codings, response by response (reflect's file does not list r3 and r6: coded, no theme):
//        human   reflect
//   r1   a b     a b
//   r2   a       a c
//   r3   –       –
//   r4   b c     b
//   r5   a       a
//   r6   –       –
//   r7   c       c
//   r8   a b     a d
//
// Per theme, reflect against human (tp / fp / fn), agreement, kappa and alpha over the 8 responses:
//   a: 4/0/0  P 1    R 1    F1 1     agree 8/8  κ: p_o 1, p_e .5·.5+.5·.5 = .5 → 1
//                                              α: no disagreement → 1
//   b: 2/0/1  P 1    R 2/3  F1 4/5   agree 7/8  κ: p_e (3/8)(2/8)+(5/8)(6/8) = 36/64 → (.875−.5625)/.4375 = 5/7
//                                              α: D = 2 (r8), n_1 = 5, n_0 = 11 → 1 − 15·2/(2·5·11) = 8/11
//   c: 1/1/1  P .5   R .5   F1 .5    agree 6/8  κ: p_e (2/8)(2/8)+(6/8)(6/8) = 10/16 → (.75−.625)/.375 = 1/3
//                                              α: D = 4 (r2, r4), n_1 = 4, n_0 = 12 → 1 − 15·4/96 = 3/8
//   d: 0/1/0  P 0    R –    F1 0     agree 7/8  κ: p_e 0·(1/8) + 1·(7/8) = 7/8 = p_o → 0
//                                              α: D = 2, n_1 = 1, n_0 = 15 → 1 − 15·2/30 = 0
// Mean kappa (1 + 5/7 + 1/3 + 0)/4 = 43/84; mean alpha (1 + 8/11 + 3/8 + 0)/4 = 185/352;
// mean agreement (8 + 7 + 6 + 7)/32 = 28/32.
// Micro: tp 7, fp 2, fn 2 → P = R = F1 = 7/9.
// Macro over the 4 themes (each has a positive in one coder; d's undefined recall counts as 0):
//   P (1 + 1 + .5 + 0)/4 = .625, R (1 + 2/3 + .5 + 0)/4 = 13/24, F1 (1 + .8 + .5 + 0)/4 = .575.
// Exact match: r1 r3 r5 r6 r7 → 5/8.
describe('human against reflect', () => {
  const report = computeAgreement([human, reflect], { reference: 'human' });

  test('coders and units: the long file takes its units from the wide one', () => {
    expect(report.coders).toEqual([
      { name: 'human', file: 'human.csv', layout: 'wide', units: 8, codings: 9 },
      { name: 'reflect', file: 'reflect.csv', layout: 'long', units: 8, codings: 9 },
    ]);
    expect(report.units).toBe(8);
    expect(report.kappaMethod).toBe('cohen');
    expect(report.reference).toBe('human');
    expect(report.themes.map((t) => t.themeId)).toEqual(['a', 'b', 'c', 'd']);
    expect(report.warnings).toEqual([]);
  });

  test('per theme: agreement, kappa, alpha', () => {
    const byId = Object.fromEntries(report.themes.map((t) => [t.themeId, t]));
    expect(byId.a!.agreement).toBe(1);
    expect(byId.b!.agreement).toBe(7 / 8);
    expect(byId.c!.agreement).toBe(6 / 8);
    expect(byId.d!.agreement).toBe(7 / 8);
    expect(byId.a!.kappa).toBe(1);
    expect(byId.b!.kappa).toBeCloseTo(5 / 7, 12);
    expect(byId.c!.kappa).toBeCloseTo(1 / 3, 12);
    expect(byId.d!.kappa).toBeCloseTo(0, 12);
    expect(byId.a!.alpha).toBe(1);
    expect(byId.b!.alpha).toBeCloseTo(8 / 11, 12);
    expect(byId.c!.alpha).toBeCloseTo(3 / 8, 12);
    expect(byId.d!.alpha).toBeCloseTo(0, 12);
    expect(byId.c!.units).toBe(8);
    expect(byId.c!.applied).toEqual({ human: 2, reflect: 2 });
    expect(byId.b!.pairs).toEqual([{ coders: ['human', 'reflect'], units: 8, agreement: 7 / 8, kappa: byId.b!.kappa }]);
  });

  test('per theme: precision, recall, F1 and support against the reference', () => {
    const scores = report.themes.map((t) => t.reference[0]!);
    expect(scores.map((s) => [s.truePositives, s.falsePositives, s.falseNegatives, s.support])).toEqual([
      [4, 0, 0, 4],
      [2, 0, 1, 3],
      [1, 1, 1, 2],
      [0, 1, 0, 0],
    ]);
    expect(scores.map((s) => s.precision)).toEqual([1, 1, 0.5, 0]);
    expect(scores[1]!.recall).toBeCloseTo(2 / 3, 12);
    expect(scores[3]!.recall).toBeNull();
    expect(scores.map((s) => s.f1)).toEqual([1, 0.8, 0.5, 0]);
    expect(scores.every((s) => s.coder === 'reflect' && s.units === 8)).toBe(true);
  });

  test('overall: means, exact match, micro and macro', () => {
    const o = report.overall;
    expect(o.units).toBe(8);
    expect(o.exactMatches).toBe(5);
    expect(o.exactMatch).toBe(5 / 8);
    expect(o.meanAgreement).toBeCloseTo(28 / 32, 12);
    expect(o.meanKappa).toBeCloseTo(43 / 84, 12);
    expect(o.kappaThemes).toBe(4);
    expect(o.meanAlpha).toBeCloseTo(185 / 352, 12);
    expect(o.alphaThemes).toBe(4);
    const r = o.reference[0]!;
    expect([r.coder, r.truePositives, r.falsePositives, r.falseNegatives]).toEqual(['reflect', 7, 2, 2]);
    expect(r.microPrecision).toBeCloseTo(7 / 9, 12);
    expect(r.microRecall).toBeCloseTo(7 / 9, 12);
    expect(r.microF1).toBeCloseTo(7 / 9, 12);
    expect(r.macroPrecision).toBeCloseTo(0.625, 12);
    expect(r.macroRecall).toBeCloseTo(13 / 24, 12);
    expect(r.macroF1).toBeCloseTo(0.575, 12);
    expect(r.macroThemes).toBe(4);
  });

  test('the notes say how precision and recall were averaged', () => {
    expect(report.notes).toEqual([
      'Precision, recall and F1 are against human as the reference. Micro averages pool the counts over themes; macro averages are the mean over the themes either coder applied (themes neither applied are left out; an undefined precision or recall counts as 0).',
    ]);
  });

  test('disagreements: response order, then theme order', () => {
    expect(findDisagreements(alignCodings([human, reflect]))).toEqual([
      { responseId: 'r2', themeId: 'c', values: [0, 1] },
      { responseId: 'r4', themeId: 'c', values: [1, 0] },
      { responseId: 'r8', themeId: 'b', values: [1, 0] },
      { responseId: 'r8', themeId: 'd', values: [0, 1] },
    ]);
  });

  test('a codebook sets the order and labels; unknown ids are warned of at their first line', () => {
    const r = computeAgreement([human, reflect], {
      themes: ['c', 'a', 'b', 'e'],
      labels: { a: 'Workload', b: 'Assessment', c: 'Support', e: 'Money' },
    });
    expect(r.themes.map((t) => [t.themeId, t.label, t.inCodebook])).toEqual([
      ['c', 'Support', true],
      ['a', 'Workload', true],
      ['b', 'Assessment', true],
      ['d', undefined, false],
    ]);
    expect(r.unusedThemes).toEqual(['e']);
    expect(r.warnings).toEqual([{ file: 'reflect.csv', line: 10, message: "theme id 'd' is not in the codebook" }]);
    expect(r.notes).toContain('No coder applied codebook theme e; not reported.');
    // Without a reference there are no P/R/F1.
    expect(r.overall.reference).toEqual([]);
    expect(r.themes[0]!.reference).toEqual([]);
  });

  test('rendered as a table, CSV and Markdown (goldens; the numbers in them are checked above)', async () => {
    await expect(formatAgreementTable(report)).toMatchFileSnapshot('../../fixtures/agreement/reference/expected-table.txt');
    await expect(formatAgreementCsv(report)).toMatchFileSnapshot('../../fixtures/agreement/reference/expected.csv');
    await expect(formatAgreementMarkdown(report)).toMatchFileSnapshot('../../fixtures/agreement/reference/expected.md');
  });

  test('on a terminal narrower than the table, leaves columns out to fit and says which', () => {
    const whole = formatAgreementTable(report);
    const width = (text: string) => Math.max(...text.split('\n').map((l) => [...l].length));
    expect(whole).not.toContain('Left out');
    // Wide enough for the whole table: the same table.
    expect(formatAgreementTable(report, { columns: width(whole) })).toBe(whole);
    const narrow = formatAgreementTable(report, { columns: 75 });
    expect(width(narrow)).toBeLessThanOrEqual(75);
    expect(narrow.replace(/\n/g, ' ')).toMatch(/Left out to fit the terminal's 75 columns: TP\/FP\/FN, theme labels \(ids kept\)/);
    expect(narrow).toContain('Kappa');
    expect(narrow).not.toContain(' TP ');
  });
});
