// The agreement statistics on hand-computed examples: Cohen's kappa, Krippendorff's alpha, P/R/F1.
import { describe, expect, test } from 'vitest';
import { cohenKappa, krippendorffAlphaNominal, precisionRecall } from '../../src/analyses/agreement.js';

describe('cohenKappa', () => {
  test('a 2×2 table of 20 responses', () => {
    // Coder 1 \ coder 2    present  absent
    //   present               6        2      (8)
    //   absent                3        9     (12)
    //                         (9)     (11)    n = 20
    // p_o = (6 + 9) / 20 = 0.75
    // p_e = (8/20)(9/20) + (12/20)(11/20) = 0.18 + 0.33 = 0.51
    // κ = (0.75 − 0.51) / (1 − 0.51) = 0.24 / 0.49 = 0.4897959…
    const r = cohenKappa({ both: 6, firstOnly: 2, secondOnly: 3, neither: 9 });
    expect(r.observed).toBeCloseTo(0.75, 12);
    expect(r.expected).toBeCloseTo(0.51, 12);
    expect(r.kappa).toBeCloseTo(0.24 / 0.49, 12);
    expect(r.kappa).toBeCloseTo(0.489796, 6);
    expect(r.note).toBeUndefined();
  });

  test('perfect agreement is 1; agreement at chance level is 0; systematic disagreement is negative', () => {
    expect(cohenKappa({ both: 5, firstOnly: 0, secondOnly: 0, neither: 15 }).kappa).toBe(1);
    // Both coders mark half the units, independently: p_o = 0.5 = p_e.
    expect(cohenKappa({ both: 5, firstOnly: 5, secondOnly: 5, neither: 5 }).kappa).toBe(0);
    // Never agree: p_o = 0, p_e = 0.5·0.5 + 0.5·0.5 = 0.5, κ = −0.5 / 0.5 = −1.
    expect(cohenKappa({ both: 0, firstOnly: 10, secondOnly: 10, neither: 0 }).kappa).toBe(-1);
  });

  test('undefined, not NaN, when expected agreement is 1 or there are no units', () => {
    const allAbsent = cohenKappa({ both: 0, firstOnly: 0, secondOnly: 0, neither: 20 });
    expect(allAbsent.kappa).toBeNull();
    expect(allAbsent.observed).toBe(1);
    expect(allAbsent.expected).toBe(1);
    expect(allAbsent.note).toMatch(/absent in every response.*chance agreement is 1/);
    const allPresent = cohenKappa({ both: 7, firstOnly: 0, secondOnly: 0, neither: 0 });
    expect(allPresent.kappa).toBeNull();
    expect(allPresent.note).toMatch(/present in every response/);
    const none = cohenKappa({ both: 0, firstOnly: 0, secondOnly: 0, neither: 0 });
    expect(none).toEqual({ kappa: null, observed: null, expected: null, note: 'no response was coded by both coders' });
  });
});

describe('krippendorffAlphaNominal', () => {
  test("Krippendorff's published example: nominal, four observers, missing data, α = 0.743", () => {
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C (nominal data, any
    // number of observers, missing data). Units 1–12, observers A–D, null = missing:
    const A = [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null];
    const B = [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3];
    const C = [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null];
    const D = [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null];
    // Step by step. Per unit, Σ_{c≠k} o_uck = (m_u² − Σ_c n_uc²) / (m_u − 1):
    //   u2 {2,2,3,2}: (16 − 9 − 1)/3 = 2;  u6 {1,2,3,4}: (16 − 4)/3 = 4;  u8 {1,1,2,1}: (16 − 9 − 1)/3 = 2;
    //   every other unit is unanimous (0); u12 has one value and is not pairable.  Σ = 8.
    // Pairable values n = 3 (u1) + 8·4 (u2–u9) + 3 (u10) + 2 (u11) = 40.
    // n_c: value 1 → 9, 2 → 13, 3 → 10, 4 → 5, 5 → 3;  Σ n_c² = 81 + 169 + 100 + 25 + 9 = 384.
    // Σ_{c≠k} n_c n_k = n² − Σ n_c² = 1600 − 384 = 1216.
    // α = 1 − (n − 1)·8 / 1216 = 1 − 312/1216 = 0.7434210…   (published: 0.743)
    const units = A.map((_, u) => [A[u], B[u], C[u], D[u]]);
    const r = krippendorffAlphaNominal(units);
    expect(r.pairable).toBe(40);
    expect(r.alpha).toBeCloseTo(1 - 312 / 1216, 12);
    expect(r.alpha!.toFixed(3)).toBe('0.743');
  });

  test('a binary example with missing data; a unit with one value is left out', () => {
    // Three coders, one theme (1 present, 0 absent, null not coded):
    //   u1 1 1 1 · u2 1 0 1 · u3 0 0 0 · u4 0 0 – · u5 1 – 0 · u6 – 1 – (one value: not pairable)
    // Disagreement: u2 (9 − 2² − 1²)/2 = 2; u5 (4 − 1 − 1)/1 = 2; others 0 → Σ = 4.
    // n = 3 + 3 + 3 + 2 + 2 = 13; n_1 = 3 + 2 + 1 = 6, n_0 = 1 + 3 + 2 + 1 = 7; Σ_{c≠k} n_c n_k = 2·6·7 = 84.
    // α = 1 − 12·4/84 = 1 − 4/7 = 3/7 = 0.428571…
    const r = krippendorffAlphaNominal([
      [1, 1, 1],
      [1, 0, 1],
      [0, 0, 0],
      [0, 0, null],
      [1, null, 0],
      [null, 1, null],
    ]);
    expect(r.pairable).toBe(13);
    expect(r.alpha).toBeCloseTo(3 / 7, 12);
  });

  test('undefined without variation or without pairable units', () => {
    const same = krippendorffAlphaNominal([
      [0, 0],
      [0, 0],
      [0, null],
    ]);
    expect(same.alpha).toBeNull();
    expect(same.pairable).toBe(4);
    expect(same.note).toMatch(/no variation/);
    const lonely = krippendorffAlphaNominal([
      [1, null],
      [null, 0],
    ]);
    expect(lonely).toEqual({ alpha: null, pairable: 0, note: 'no response was coded by two or more coders' });
  });

  test('agrees with Cohen-style data: two coders, no missing, one disagreement in four', () => {
    // u1 (1,1) u2 (0,0) u3 (1,0) u4 (0,0): Σ disagreement = (4 − 1 − 1)/1 = 2 (u3 only);
    // n = 8, n_1 = 3, n_0 = 5, Σ_{c≠k} n_c n_k = 30; α = 1 − 7·2/30 = 1 − 14/30 = 0.5333…
    const r = krippendorffAlphaNominal([
      [1, 1],
      [0, 0],
      [1, 0],
      [0, 0],
    ]);
    expect(r.alpha).toBeCloseTo(16 / 30, 12);
  });
});

describe('precisionRecall', () => {
  test('from counts, with undefined parts null and F1 from counts', () => {
    // tp 2, fp 1, fn 3: P = 2/3, R = 2/5, F1 = 4/(4 + 1 + 3) = 0.5 (= 2·(2/3)(2/5)/((2/3)+(2/5)))
    const r = precisionRecall(2, 1, 3);
    expect(r.precision).toBeCloseTo(2 / 3, 12);
    expect(r.recall).toBeCloseTo(0.4, 12);
    expect(r.f1).toBeCloseTo(0.5, 12);
    // The coder applied a theme the reference never did: P = 0, R undefined, F1 = 0.
    expect(precisionRecall(0, 4, 0)).toEqual({ precision: 0, recall: null, f1: 0 });
    expect(precisionRecall(0, 0, 0)).toEqual({ precision: null, recall: null, f1: null });
  });
});
