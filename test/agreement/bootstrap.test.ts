// Bootstrap intervals of the agreement figures: hand-checkable cases, the resampled alignment against
// figures computed directly from the codings, the figures of the coded alignment against each statistic
// computed unit by unit, determinism, and figures too often undefined.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  agreementFigures,
  alignCodings,
  codeAlignment,
  cohenKappa,
  computeAgreement,
  figuresOver,
  krippendorffAlphaNominal,
  type Alignment,
  type BinaryTable,
} from '../../src/analyses/agreement.js';
import { bootstrapAgreement, intervalOf, pairableUnits, percentile, resampleAlignment } from '../../src/analyses/bootstrap.js';
import { parseCodingFile } from '../../src/analyses/coding-files.js';
import type { CoderCodings } from '../../src/model.js';
import { mulberry32 } from '../../src/util/random.js';

/** A wide coder from `responseId → themes`; a response left out was not coded by this coder. */
function coder(name: string, units: Record<string, string[]>): CoderCodings {
  return {
    coder: name,
    file: `${name}.csv`,
    layout: 'wide',
    units: Object.entries(units).map(([responseId, themes], i) => ({ responseId, themes: [...themes].sort(), line: i + 2 })),
    themeLines: {},
    warnings: [],
  };
}

/** `n` responses r1…rn, each given the themes `themesOf(i)` (i from 0). */
function responses(n: number, themesOf: (i: number) => string[]): Record<string, string[]> {
  return Object.fromEntries(Array.from({ length: n }, (_, i) => [`r${i + 1}`, themesOf(i)]));
}

describe('percentile and intervalOf', () => {
  test('linear interpolation between order statistics, position (n − 1)·p', () => {
    // (4 − 1)·0.5 = 1.5: halfway between 2 and 3. (4 − 1)·0.025 = 0.075: 1 + 0.075·(2 − 1).
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([1, 2, 3, 4], 0.025)).toBeCloseTo(1.075, 12);
    expect(percentile([1, 2, 3, 4], 0.975)).toBeCloseTo(3.925, 12);
    expect(percentile([7], 0.975)).toBe(7);
    // Equal neighbours give the value itself, not a float a hair off it.
    expect(percentile([0.1, 0.1, 0.1], 0.3)).toBe(0.1);
  });

  test('undefined values are left out up to 5% of resamples; above that, no interval and a note', () => {
    const values = (nulls: number) => [...Array.from({ length: 100 - nulls }, (_, i) => i / 100), ...new Array<null>(nulls).fill(null)];
    const five = intervalOf(values(5));
    expect(five.defined).toBe(95);
    expect(five.low).toBeCloseTo(percentile(values(5).slice(0, 95) as number[], 0.025), 12);
    expect(five.note).toBe('undefined in 5 of 100 resamples, left out');
    const six = intervalOf(values(6));
    expect(six).toMatchObject({ low: null, high: null, defined: 94 });
    expect(six.note).toMatch(/^undefined in 6 of 100 resamples \(more than 5%\)/);
    expect(intervalOf([null, null])).toEqual({ low: null, high: null, defined: 0, note: 'undefined in every resample' });
  });
});

describe('mulberry32', () => {
  test('the same seed gives the same sequence, in [0, 1); another seed another one', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(8)()).not.toBe(xs[0]);
  });
});

describe('bootstrapAgreement', () => {
  test('perfect agreement gives [1, 1] for every overall figure', () => {
    // 30 responses, theme t on every other one and u on every third, coded alike by both coders. A
    // resample without (or with only) t-responses has undefined kappa for t; with 30 draws that is
    // about 2·0.5^30, so every resample is defined and every value is 1.
    const units = responses(30, (i) => [...(i % 2 === 0 ? ['t'] : []), ...(i % 3 === 0 ? ['u'] : [])]);
    const al = alignCodings([coder('a', units), coder('b', units)]);
    const iv = bootstrapAgreement(al, { reference: 'a' }, { resamples: 200 });
    const one = { low: 1, high: 1, defined: 200 };
    expect(iv.overall).toMatchObject({ exactMatch: one, meanAgreement: one, meanKappa: one, meanAlpha: one });
    expect(iv.overall.reference[0]).toMatchObject({ coder: 'b', microPrecision: one, microRecall: one, microF1: one, macroF1: one });
    expect(iv.themes.map((t) => t.kappa)).toEqual([one, one]);
    expect(iv).toMatchObject({ method: 'percentile-bootstrap', level: 0.95, resamples: 200, units: 30, maxUndefined: 0.05 });
    expect(iv.notes).toHaveLength(1);
    expect(iv.notes[0]).toMatch(/^Confidence intervals are 95% percentile bootstrap intervals: the 30 responses coded by two or more coders were drawn with replacement 200 times \(seed 2016\)/);
  });

  test('each interval contains its point estimate, and is deterministic', () => {
    // Two coders who disagree now and then: b misses t on every fifth response and adds u on every seventh.
    const a = responses(60, (i) => [...(i % 2 === 0 ? ['t'] : []), ...(i % 3 === 0 ? ['u'] : [])]);
    const b = responses(60, (i) => [...(i % 2 === 0 && i % 5 !== 0 ? ['t'] : []), ...(i % 3 === 0 || i % 7 === 0 ? ['u'] : [])]);
    const coders = [coder('a', a), coder('b', b)];
    const report = computeAgreement(coders, { reference: 'a' });
    const al = alignCodings(coders, { reference: 'a' });
    const iv = bootstrapAgreement(al, { reference: 'a' });
    const o = report.overall;
    const r = o.reference[0]!;
    const pairs = [
      [o.exactMatch, iv.overall.exactMatch],
      [o.meanKappa, iv.overall.meanKappa],
      [o.meanAlpha, iv.overall.meanAlpha],
      [r.microF1, iv.overall.reference[0]!.microF1],
      [r.macroF1, iv.overall.reference[0]!.macroF1],
    ] as const;
    for (const [point, interval] of pairs) {
      expect(interval.low).not.toBeNull();
      expect(interval.low!).toBeLessThanOrEqual(point!);
      expect(interval.high!).toBeGreaterThanOrEqual(point!);
      expect(interval.high!).toBeGreaterThan(interval.low!);
    }
    expect(iv.resamples).toBe(1000);
    expect(bootstrapAgreement(al, { reference: 'a' })).toEqual(iv);
    expect(bootstrapAgreement(al, { reference: 'a' }, { seed: 1 }).overall.reference[0]!.microF1).not.toEqual(iv.overall.reference[0]!.microF1);
  });

  test('a figure undefined in many resamples gets no interval, with a note', () => {
    // Only r1 carries a theme: kappa (and so mean kappa) is defined only in resamples that draw r1,
    // and a resample of 20 misses it with probability (19/20)^20 ≈ 36%.
    const units = responses(20, (i) => (i === 0 ? ['rare'] : []));
    const al = alignCodings([coder('a', units), coder('b', { ...units, r1: [] })]);
    const iv = bootstrapAgreement(al, {}, { resamples: 500 });
    expect(iv.overall.meanKappa).toMatchObject({ low: null, high: null });
    expect(iv.overall.meanKappa.defined).toBeGreaterThan(250);
    expect(iv.overall.meanKappa.defined).toBeLessThan(400);
    expect(iv.overall.meanKappa.note).toMatch(/^undefined in \d+ of 500 resamples \(more than 5%\)/);
    expect(iv.themes[0]!.kappa.low).toBeNull();
    expect(iv.notes).toContainEqual(expect.stringMatching(/^No interval for mean kappa: undefined in \d+ of 500 resamples/));
    expect(iv.notes).toContainEqual(expect.stringMatching(/^2 per-theme intervals \(in the CSV and JSON\) are not given.*: rare kappa, rare alpha\.$/));
    // Exact match is defined in every resample: its interval stands.
    expect(iv.overall.exactMatch.low).not.toBeNull();
  });

  test('only responses coded by two or more coders are resampled', () => {
    // c did not code r3 and r4; a coded r5 alone: r5 is in no statistic and is never drawn.
    const a = { r1: ['t'], r2: [], r3: ['t'], r4: [], r5: ['t'] };
    const b = { r1: ['t'], r2: ['t'], r3: ['t'], r4: [] };
    const c = { r1: ['t'], r2: [] };
    const al = alignCodings([coder('a', a), coder('b', b), coder('c', c)]);
    expect(pairableUnits(al).map((u) => al.units[u])).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(bootstrapAgreement(al, {}, { resamples: 100 }).units).toBe(4);
  });
});

describe('the resampled alignment against figures computed directly', () => {
  const dir = new URL('../../fixtures/agreement/reference/', import.meta.url);
  const read = (name: string) => parseCodingFile(readFileSync(new URL(name, dir), 'utf8'), name);
  const coders = [read('human.csv'), read('reflect.csv')];
  const options = { reference: 'human' };
  const al = alignCodings(coders, options);
  // The codings as plain data, straight from the files (see reference.test.ts for the table).
  const sets: Record<string, [string[], string[]]> = Object.fromEntries(
    coders[0]!.units.map((u) => [u.responseId, [u.themes, coders[1]!.units.find((v) => v.responseId === u.responseId)?.themes ?? []]]),
  );

  /** Micro F1 of reflect against human over `ids` (repeats counted each time), from the raw sets. */
  function microF1(ids: string[]): number | null {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const id of ids) {
      const [human, reflect] = sets[id]!;
      for (const t of reflect) if (human.includes(t)) tp++; else fp++;
      for (const t of human) if (!reflect.includes(t)) fn++;
    }
    return tp + fp + fn === 0 ? null : (2 * tp) / (2 * tp + fp + fn);
  }

  test('figures of a given resample: micro F1, exact match and a kappa by hand', () => {
    // r8 twice, r2, r2, r5: human a b / a / a / a, reflect a d / a c / a c / a.
    const picks = [7, 7, 1, 1, 4];
    const ids = picks.map((u) => al.units[u]!);
    expect(ids).toEqual(['r8', 'r8', 'r2', 'r2', 'r5']);
    const f = agreementFigures(resampleAlignment(al, picks), al.coders.indexOf('human'), options);
    // tp: a ×5 = 5; fp: d ×2, c ×2 = 4; fn: b ×2 = 2 → F1 = 10 / 16.
    expect(microF1(ids)).toBe(10 / 16);
    expect(f.overall.reference[0]!.microF1).toBe(10 / 16);
    // Only r5 gets the same set from both.
    expect(f.overall.exactMatch).toBe(1 / 5);
    // Theme c: human never, reflect on r2 twice → p_e = 1·(3/5) = 3/5 = p_o → κ = 0.
    expect(f.themes.find((t) => t.themeId === 'c')!.kappa).toBe(0);
    // Theme a is present in every response for both: undefined, as on data without variation.
    expect(f.themes.find((t) => t.themeId === 'a')!.kappa).toBeNull();
    expect(f.overall.units).toBe(5);
  });

  test('the micro F1 interval is the percentiles of micro F1 on the same draws, computed directly', () => {
    // The draws bootstrapAgreement makes: mulberry32(seed), one index per response of the pool.
    const pool = pairableUnits(al);
    const random = mulberry32(99);
    const values: (number | null)[] = [];
    for (let r = 0; r < 300; r++) {
      const ids = pool.map(() => al.units[pool[Math.floor(random() * pool.length)]!]!);
      values.push(microF1(ids));
    }
    const iv = bootstrapAgreement(al, options, { resamples: 300, seed: 99 });
    const expected = intervalOf(values);
    expect(iv.overall.reference[0]!.microF1).toEqual(expected);
    expect(expected.low!).toBeLessThan(7 / 9);
    expect(expected.high!).toBeGreaterThan(7 / 9);
  });
});

describe('figures from the coded alignment against the statistics computed unit by unit', () => {
  /** Per theme, the values each coder gave the units `picks` (null: not coded), read straight from the sets. */
  function valuesOf(al: Alignment, theme: string, picks: readonly number[]): (0 | 1 | null)[][] {
    return picks.map((u) => al.sets.map((row) => (row[u] ? (row[u]!.has(theme) ? 1 : 0) : null)));
  }

  /** The 2×2 table of coders i and j over `values`, counted directly. */
  function tableOf(values: (0 | 1 | null)[][], i: number, j: number): BinaryTable {
    const t = { both: 0, firstOnly: 0, secondOnly: 0, neither: 0 };
    for (const vs of values) {
      const [a, b] = [vs[i], vs[j]];
      if (a === null || b === null) continue;
      if (a === 1 && b === 1) t.both++;
      else if (a === 1) t.firstOnly++;
      else if (b === 1) t.secondOnly++;
      else t.neither++;
    }
    return t;
  }

  /** Every theme's alpha, pairwise kappas and applied counts over `picks`, exactly as computed directly. */
  function expectSameFigures(al: Alignment, picks: number[], reference: number): void {
    const f = figuresOver(al, codeAlignment(al), Int32Array.from(picks), reference);
    expect(f).toEqual(agreementFigures(resampleAlignment(al, picks), reference));
    al.themes.forEach((theme, t) => {
      const values = valuesOf(al, theme, picks);
      const compared = values.filter((vs) => vs.filter((v) => v !== null).length >= 2);
      const figures = f.themes[t]!;
      expect(figures.units).toBe(compared.length);
      const alpha = krippendorffAlphaNominal(values);
      expect(figures.alpha).toBe(alpha.alpha);
      al.coders.forEach((name, c) => expect(figures.applied[name]).toBe(compared.filter((vs) => vs[c] === 1).length));
      for (const pair of figures.pairs) {
        const [i, j] = pair.coders.map((name) => al.coders.indexOf(name)) as [number, number];
        expect(pair.kappa).toBe(cohenKappa(tableOf(values, i, j)).kappa);
      }
      for (const score of figures.reference) {
        const t2 = tableOf(values, al.coders.indexOf(score.coder), reference);
        expect([score.truePositives, score.falsePositives, score.falseNegatives]).toEqual([t2.both, t2.firstOnly, t2.secondOnly]);
      }
    });
  }

  /** `count` draws of `units` indices, repeats allowed, from a fixed seed. */
  function draws(units: number, count: number, seed: number): number[] {
    const random = mulberry32(seed);
    return Array.from({ length: count }, () => Math.floor(random() * units));
  }

  test('three coders who each left responses uncoded, on the data and on resamples', () => {
    const dir = new URL('../../fixtures/agreement/unfinished/', import.meta.url);
    const read = (name: string) => parseCodingFile(readFileSync(new URL(name, dir), 'utf8'), name);
    const al = alignCodings([read('kim.csv'), read('reflect.csv'), read('sam.csv')]);
    expectSameFigures(al, al.units.map((_, u) => u), 1);
    for (const seed of [1, 2, 3]) expectSameFigures(al, draws(al.units.length, al.units.length, seed), 0);
  });

  test('six coders, where a response’s share of alpha is a fraction with no exact binary form (1/3, 1/5)', () => {
    // Sums of thirds and fifths depend on the order of adding: the figures must add them unit by unit.
    const random = mulberry32(7);
    const themes = ['choice', 'pace', 'stress', 'money'];
    const coders = Array.from({ length: 6 }, (_, c) =>
      coder(
        `c${c}`,
        Object.fromEntries(
          Array.from({ length: 300 }, (_, i) => [`r${i + 1}`, themes.filter(() => random() < 0.3)]).filter(() => random() > 0.2),
        ),
      ),
    );
    const al = alignCodings(coders);
    expectSameFigures(al, al.units.map((_, u) => u), 2);
    for (const seed of [4, 5]) expectSameFigures(al, draws(al.units.length, 500, seed), -1);
  });
});
