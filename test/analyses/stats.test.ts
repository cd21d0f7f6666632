// Tests for the statistics behind reports: chi-square, Fisher's exact test and Holm's correction.

import { describe, expect, it } from 'vitest';
import {
  chiSquare2x2,
  chiSquareSurvival,
  fisherExact2x2,
  holm,
} from '../../src/analyses/stats.js';

describe('chiSquareSurvival', () => {
  it('matches the chi-square critical values of statistical tables', () => {
    expect(chiSquareSurvival(3.841458820694124, 1)).toBeCloseTo(0.05, 12);
    expect(chiSquareSurvival(10.827566170662733, 1)).toBeCloseTo(0.001, 12);
    expect(chiSquareSurvival(18.307038053275146, 10)).toBeCloseTo(0.05, 12);
  });

  it('matches closed forms: Q = e^(−x/2) for 2 df, e^(−x/2)(1 + x/2) for 4 df, P(|Z| > z) for 1 df', () => {
    expect(chiSquareSurvival(2, 2)).toBeCloseTo(Math.exp(-1), 14);
    expect(chiSquareSurvival(10, 4)).toBeCloseTo(Math.exp(-5) * 6, 14);
    // X² = 4 is Z = 2: two-sided normal tail 0.0455003 (erfc(√2)).
    expect(chiSquareSurvival(4, 1)).toBeCloseTo(0.045500263896358, 13);
    // Below the series/continued-fraction switch: X² = 1 is Z = 1, tail 0.3173105.
    expect(chiSquareSurvival(1, 1)).toBeCloseTo(0.31731050786291, 13);
  });

  it('keeps relative precision in the far tail', () => {
    // erfc(√15) = 4.3204630578e-8; 3 df at 100: 1.5541594314e-21.
    expect(chiSquareSurvival(30, 1) / 4.3204630578274955e-8).toBeCloseTo(1, 9);
    expect(chiSquareSurvival(100, 3) / 1.5541594313896026e-21).toBeCloseTo(1, 8);
  });

  it('is 1 at zero and rejects a bad df', () => {
    expect(chiSquareSurvival(0, 1)).toBe(1);
    expect(() => chiSquareSurvival(1, 0)).toThrow(RangeError);
  });
});

describe('chiSquare2x2', () => {
  it('computes Pearson X² without continuity correction', () => {
    // 20 30 / 30 20: n(ad − bc)² / (50·50·50·50) = 100 · 500² / 6 250 000 = 4, p = P(|Z| > 2).
    const result = chiSquare2x2(20, 30, 30, 20);
    expect(result.statistic).toBe(4);
    expect(result.pValue).toBeCloseTo(0.0455002639, 9);
    expect(result.expected).toEqual([25, 25, 25, 25]);
  });

  it('gives the textbook expected counts and statistic', () => {
    // 10 20 / 30 40: expected 12, 18, 28, 42; X² = 4/12 + 4/18 + 4/28 + 4/42 = 0.793651.
    const result = chiSquare2x2(10, 20, 30, 40);
    expect(result.expected).toEqual([12, 18, 28, 42]);
    expect(result.statistic).toBeCloseTo(4 / 12 + 4 / 18 + 4 / 28 + 4 / 42, 12);
    expect(result.pValue).toBeCloseTo(0.372998484, 8);
  });

  it("applies Yates' correction when asked", () => {
    // |ad − bc| − n/2 = 500 − 50 = 450: X² = 100 · 450² / 6 250 000 = 3.24, p = P(|Z| > 1.8) = 0.0718606.
    const result = chiSquare2x2(20, 30, 30, 20, { yates: true });
    expect(result.statistic).toBeCloseTo(3.24, 12);
    expect(result.pValue).toBeCloseTo(0.0718606382, 9);
  });

  it('returns p = 1 for a table with an empty row or column', () => {
    expect(chiSquare2x2(0, 0, 3, 4)).toEqual({ statistic: 0, pValue: 1, expected: [0, 0, 3, 4] });
    expect(chiSquare2x2(5, 0, 7, 0).pValue).toBe(1);
  });
});

describe('fisherExact2x2', () => {
  it("reproduces Fisher's tea-tasting experiment: 3 1 / 1 3 → 34/70", () => {
    // Margins 4,4 / 4,4: P(3) = P(1) = 16/70, P(4) = P(0) = 1/70, P(2) = 36/70; ≤ 16/70 → 34/70.
    expect(fisherExact2x2(3, 1, 1, 3)).toBeCloseTo(34 / 70, 12);
  });

  it('sums both tails of equally unlikely tables', () => {
    // 0 5 / 5 0: P(0) = P(5) = 1/C(10,5) = 1/252 → 2/252.
    expect(fisherExact2x2(0, 5, 5, 0)).toBeCloseTo(2 / 252, 14);
    expect(fisherExact2x2(5, 0, 0, 5)).toBeCloseTo(2 / 252, 14);
  });

  it('matches the dieting example (1 9 / 11 3 → 41/14858 = 0.002759)', () => {
    expect(fisherExact2x2(1, 9, 11, 3)).toBeCloseTo(41 / 14858, 14);
  });

  it('gives a small p exactly for a lopsided table (5 1 / 4 56 → 173/2163304)', () => {
    expect(fisherExact2x2(5, 1, 4, 56) / (173 / 2163304)).toBeCloseTo(1, 10);
  });

  it('is 1 when the table is fixed by its margins, and symmetric under transposition', () => {
    expect(fisherExact2x2(0, 0, 3, 4)).toBe(1);
    expect(fisherExact2x2(2, 7, 8, 2)).toBeCloseTo(1063 / 46189, 13);
    expect(fisherExact2x2(2, 8, 7, 2)).toBeCloseTo(1063 / 46189, 13);
  });

  it('stays exact for large tables', () => {
    // 600 400 / 500 500: the exact sum over all 1001 tables, done in integers (Python's math.comb), is
    // 8.4537196744856e-06; the chi-square approximation (X² = 20.20) gives 6.97e-06.
    expect(fisherExact2x2(600, 400, 500, 500) / 8.453719674485641e-6).toBeCloseTo(1, 9);
    expect(chiSquare2x2(600, 400, 500, 500).statistic).toBeCloseTo(20.2020202, 6);
  });

  it('rejects non-integer cells', () => {
    expect(() => fisherExact2x2(1.5, 1, 1, 1)).toThrow(RangeError);
  });
});

describe('holm', () => {
  it('adjusts step-down and keeps the input order', () => {
    // Sorted: 0.005·4 = 0.02, 0.01·3 = 0.03, 0.03·2 = 0.06, 0.04·1 = 0.04 → raised to 0.06 (monotone).
    const adjusted = holm([0.01, 0.04, 0.03, 0.005]);
    expect(adjusted[0]).toBeCloseTo(0.03, 15);
    expect(adjusted[1]).toBeCloseTo(0.06, 15);
    expect(adjusted[2]).toBeCloseTo(0.06, 15);
    expect(adjusted[3]).toBeCloseTo(0.02, 15);
  });

  it('caps at 1 and handles ties and the empty list', () => {
    expect(holm([0.5, 0.5, 0.9])).toEqual([1, 1, 1]);
    expect(holm([0.02, 0.02])).toEqual([0.04, 0.04]);
    expect(holm([0.3])).toEqual([0.3]);
    expect(holm([])).toEqual([]);
  });
});
