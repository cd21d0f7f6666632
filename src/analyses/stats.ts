// Statistics for reports: 2×2 tests (chi-square, Fisher's exact) and Holm's correction.

import { gammaln } from 'simple-statistics';

/**
 * Upper tail of the chi-square distribution, P(X ≥ x) for `df` degrees of freedom: the regularised upper
 * incomplete gamma function Q(df/2, x/2), by its series below a + 1 and Lentz's continued fraction above
 * (Numerical Recipes §6.2), so small p-values keep their relative precision.
 */
export function chiSquareSurvival(x: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`chiSquareSurvival: df must be positive, got ${df}`);
  if (Number.isNaN(x)) return NaN;
  if (x <= 0) return 1;
  if (x === Infinity) return 0;
  return upperIncompleteGammaRegularised(df / 2, x / 2);
}

const EPS = 1e-15;
const TINY = 1e-300;
const MAX_ITERATIONS = 10_000;

function upperIncompleteGammaRegularised(a: number, x: number): number {
  const logPrefix = -x + a * Math.log(x) - gammaln(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < MAX_ITERATIONS; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPS) break;
    }
    return Math.min(1, Math.max(0, 1 - sum * Math.exp(logPrefix)));
  }
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return Math.min(1, Math.max(0, Math.exp(logPrefix) * h));
}

/** The result of a chi-square test of a 2×2 table. */
export interface ChiSquareResult {
  /** Pearson's X², 1 degree of freedom. */
  statistic: number;
  pValue: number;
  /** Expected counts under independence, in the order a, b, c, d. */
  expected: [number, number, number, number];
}

/**
 * Pearson's chi-square test of independence for the 2×2 table
 *
 * ```
 *            raised   not
 *   group      a       b
 *   rest       c       d
 * ```
 *
 * without Yates' continuity correction. reflect only uses this test when every expected count is at
 * least 5 and hands smaller tables to {@link fisherExact2x2}; in that range the uncorrected test holds
 * its nominal level, while Yates' correction (an approximation to Fisher's test, which we run exactly
 * where it matters) is known to be too conservative (Campbell 2007, Statistics in Medicine 26:3661).
 * Pass `{ yates: true }` to reproduce R's `chisq.test` default.
 *
 * A table with an empty row or column carries no evidence either way: statistic 0, p = 1.
 */
export function chiSquare2x2(a: number, b: number, c: number, d: number, options: { yates?: boolean } = {}): ChiSquareResult {
  checkTable(a, b, c, d);
  const n = a + b + c + d;
  const rows = [a + b, c + d];
  const cols = [a + c, b + d];
  const expected: [number, number, number, number] = n === 0
    ? [0, 0, 0, 0]
    : [(rows[0] * cols[0]) / n, (rows[0] * cols[1]) / n, (rows[1] * cols[0]) / n, (rows[1] * cols[1]) / n];
  if (rows[0] === 0 || rows[1] === 0 || cols[0] === 0 || cols[1] === 0) {
    return { statistic: 0, pValue: 1, expected };
  }
  // The closed form n(ad − bc)² / (row and column totals) avoids summing four rounded terms.
  let diff = Math.abs(a * d - b * c);
  if (options.yates) diff = Math.max(0, diff - n / 2);
  const statistic = (n * diff * diff) / (rows[0] * rows[1] * cols[0] * cols[1]);
  return { statistic, pValue: chiSquareSurvival(statistic, 1), expected };
}

/**
 * Two-sided Fisher's exact test for the 2×2 table (a b / c d): the probability, with all margins
 * fixed, of a table as likely as or less likely than the one observed (the sum of the hypergeometric
 * probabilities ≤ the observed one, with R's relative tolerance of 1e-7 so equal probabilities that
 * differ only by rounding count as equal).
 *
 * Probabilities are built by the ratio P(x+1)/P(x) outward from the mode, so tables with thousands of
 * participants neither overflow nor lose precision in factorials.
 */
export function fisherExact2x2(a: number, b: number, c: number, d: number): number {
  checkTable(a, b, c, d);
  const row1 = a + b;
  const col1 = a + c;
  const n = a + b + c + d;
  const low = Math.max(0, row1 + col1 - n);
  const high = Math.min(row1, col1);
  if (low === high) return 1;

  // P(x+1)/P(x) for the count x in the top-left cell.
  const ratio = (x: number): number => ((row1 - x) * (col1 - x)) / ((x + 1) * (n - row1 - col1 + x + 1));
  let mode = Math.floor(((row1 + 1) * (col1 + 1)) / (n + 2));
  mode = Math.min(high, Math.max(low, mode));

  const weight = new Float64Array(high - low + 1);
  weight[mode - low] = 1;
  for (let x = mode; x < high; x++) weight[x + 1 - low] = weight[x - low] * ratio(x);
  for (let x = mode; x > low; x--) weight[x - 1 - low] = weight[x - low] / ratio(x - 1);

  const observed = weight[a - low] * (1 + 1e-7);
  let total = 0;
  let tail = 0;
  // Summing smallest first keeps the tiny terms from vanishing in a large total.
  const sorted = Array.from(weight).sort((p, q) => p - q);
  for (const w of sorted) {
    total += w;
    if (w <= observed) tail += w;
  }
  return Math.min(1, tail / total);
}

function checkTable(...cells: number[]): void {
  for (const cell of cells) {
    if (!Number.isInteger(cell) || cell < 0) throw new RangeError(`2×2 table cells must be non-negative integers, got ${cell}`);
  }
}

/**
 * Holm's step-down adjustment for multiple comparisons: with the m p-values sorted ascending, the k-th
 * smallest (k from 0) becomes min(1, max over j ≤ k of (m − j) · p₍ⱼ₎). Controls the family-wise error
 * rate like Bonferroni and is never less powerful. Same values as R's `p.adjust(p, "holm")`.
 *
 * @returns adjusted p-values in the input order.
 */
export function holm(pValues: number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((_, i) => i).sort((i, j) => pValues[i] - pValues[j] || i - j);
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach((index, k) => {
    running = Math.max(running, Math.min(1, (m - k) * pValues[index]));
    adjusted[index] = running;
  });
  return adjusted;
}
