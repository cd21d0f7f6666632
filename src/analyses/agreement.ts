// Inter-coder agreement per theme: percent agreement, Cohen's kappa, Krippendorff's alpha and P/R/F1.
import type {
  AgreementReport,
  CoderCodings,
  OverallAgreement,
  PairAgreement,
  ReferenceScore,
  ReferenceSummary,
  ThemeAgreement,
  Warning,
} from '../model.js';
import { UsageError } from '../util/errors.js';
import { suggest } from '../util/suggest.js';
import { andMore, byCodeUnits } from '../util/text.js';
import { dict, own } from '../util/own.js';

/** What shapes an agreement report beyond the codings themselves. */
export interface AgreementOptions {
  /** Name of the reference coder: P/R/F1 of every other coder are computed against it. */
  reference?: string;
  /** Theme ids in codebook order; when given, themes are reported in this order and unknown ids warned of. */
  themes?: string[];
  /** Theme id → label, for writers. */
  labels?: Record<string, string>;
  /** Response ids that were coded by every coder of a long file (as from `--units FILE`). */
  units?: string[];
}

/** A 2×2 table of two coders' present (1) / absent (0) values on the units both coded. */
export interface BinaryTable {
  /** Both 1. */
  both: number;
  /** First coder 1, second 0. */
  firstOnly: number;
  /** First coder 0, second 1. */
  secondOnly: number;
  /** Both 0. */
  neither: number;
}

/** Cohen's kappa with its parts; `kappa` is null (and `note` says why) where it is undefined. */
export interface KappaResult {
  kappa: number | null;
  /** Observed agreement p_o; null without units. */
  observed: number | null;
  /** Agreement expected by chance from each coder's own rates, p_e; null without units. */
  expected: number | null;
  note?: string;
}

/**
 * Cohen's kappa for two coders and a binary code: κ = (p_o − p_e) / (1 − p_e), where p_e uses each
 * coder's own marginal rates. Undefined (null, with a note) when there are no units, or when p_e = 1:
 * both coders gave every unit the same value, so there is nothing for chance to be corrected against.
 */
export function cohenKappa(table: BinaryTable): KappaResult {
  const { both, firstOnly, secondOnly, neither } = table;
  const n = both + firstOnly + secondOnly + neither;
  if (n === 0) return { kappa: null, observed: null, expected: null, note: 'no response was coded by both coders' };
  const observed = (both + neither) / n;
  const firstYes = (both + firstOnly) / n;
  const secondYes = (both + secondOnly) / n;
  const expected = firstYes * secondYes + (1 - firstYes) * (1 - secondYes);
  // Compare with a tolerance: p_e is a sum of products of fractions and can land a hair off 1.
  if (Math.abs(1 - expected) < 1e-12) {
    const value = both > 0 ? 'present' : 'absent';
    return {
      kappa: null,
      observed,
      expected: 1,
      note: `both coders marked the theme ${value} in every response they both coded, so chance agreement is 1 and kappa is undefined`,
    };
  }
  return { kappa: (observed - expected) / (1 - expected), observed, expected };
}

/** Krippendorff's alpha with the size of the data it rests on. */
export interface AlphaResult {
  alpha: number | null;
  /** Pairable values: values in units that at least two coders coded (n in Krippendorff's notation). */
  pairable: number;
  note?: string;
}

/**
 * Krippendorff's alpha for nominal data, any number of coders, missing values allowed.
 *
 * `units[u]` holds the values the coders gave unit u, `null`/`undefined` where a coder did not code it.
 * Built from the coincidence matrix: each unit with m_u ≥ 2 values adds 1/(m_u − 1) for every ordered
 * pair of values from different coders; units with fewer than two values are not pairable and are left
 * out. With n_c the row totals and n their sum, α = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k.
 * Undefined (null, with a note) when no unit is pairable or when every pairable value is the same.
 */
export function krippendorffAlphaNominal(units: readonly (readonly (string | number | null | undefined)[])[]): AlphaResult {
  const totals = new Map<string, number>();
  let observedDisagreement = 0;
  let n = 0;
  for (const unit of units) {
    const values = unit.filter((v): v is string | number => v !== null && v !== undefined).map(String);
    const m = values.length;
    if (m < 2) continue;
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    let sameSquares = 0;
    for (const [v, count] of counts) {
      sameSquares += count * count;
      totals.set(v, (totals.get(v) ?? 0) + count);
    }
    observedDisagreement += unitDisagreement(m, sameSquares);
    n += m;
  }
  let squares = 0;
  for (const t of totals.values()) squares += t * t;
  return alphaFromSums(n, squares, observedDisagreement);
}

/**
 * One unit's Σ_{c≠k} of coincidences: all ordered pairs of its m values from different coders (m² − m)
 * less the matching ones (Σ n_uc² − m), each weighted 1/(m − 1).
 */
function unitDisagreement(m: number, sameSquares: number): number {
  return (m * m - sameSquares) / (m - 1);
}

/** Alpha from n (pairable values), Σ n_c² over the values and the summed unit disagreements. */
function alphaFromSums(n: number, squares: number, observedDisagreement: number): AlphaResult {
  if (n === 0) return { alpha: null, pairable: 0, note: 'no response was coded by two or more coders' };
  const expectedDisagreement = n * n - squares;
  if (expectedDisagreement === 0) {
    return {
      alpha: null,
      pairable: n,
      note: 'every pairable value is the same, so there is no variation to be reliable about and alpha is undefined',
    };
  }
  return { alpha: 1 - ((n - 1) * observedDisagreement) / expectedDisagreement, pairable: n };
}

/** Precision, recall and F1 from counts; each null where its denominator is 0. */
export function precisionRecall(tp: number, fp: number, fn: number): { precision: number | null; recall: number | null; f1: number | null } {
  return {
    precision: tp + fp > 0 ? tp / (tp + fp) : null,
    recall: tp + fn > 0 ? tp / (tp + fn) : null,
    // 2PR/(P+R) written with counts, so it is defined (as 0) when only one of P and R is.
    f1: tp + fp + fn > 0 ? (2 * tp) / (2 * tp + fp + fn) : null,
  };
}

/** Mean of the non-null values, or null when there are none. */
function meanOf(values: (number | null)[]): { mean: number | null; count: number } {
  const defined = values.filter((v): v is number => v !== null);
  if (defined.length === 0) return { mean: null, count: 0 };
  return { mean: defined.reduce((a, b) => a + b, 0) / defined.length, count: defined.length };
}

/** The codings lined up on one set of units: what every statistic is computed from. */
export interface Alignment {
  coders: string[];
  /** Response ids in the comparison, in order of first appearance. */
  units: string[];
  /** sets[c][u]: the themes coder c gave unit u, or null where c did not code it. */
  sets: (ReadonlySet<string> | null)[][];
  /** Themes at least one coder applied, in report order. */
  themes: string[];
  /** Codebook themes no coder applied. */
  unusedThemes: string[];
  warnings: Warning[];
}

/**
 * Line up the coders' codings on the units of the comparison: every response a wide file lists (plus
 * `options.units`). A wide file's coder did not code the units it does not list; a long file's coder
 * coded every unit, and a unit the long file does not mention carries no theme. Responses a long file
 * mentions outside the units are left out with a warning.
 *
 * @throws UsageError with fewer than two coders, or when no wide file (or units list) defines the units.
 */
export function alignCodings(coders: CoderCodings[], options: AgreementOptions = {}): Alignment {
  if (coders.length < 2) throw new UsageError(`agreement needs two or more coders; got ${coders.length}`);
  const names = coders.map((c) => c.coder);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup !== undefined) throw new UsageError(`two coders are both named '${dup}'; coder names must be unique`);
  if (!options.units && !coders.some((c) => c.layout === 'wide')) {
    throw new UsageError(
      'every coding file is long (one row per response and theme), which lists only the themes present, so the ' +
        'responses coded with no theme are unknown; give at least one file with a themes column (one row per ' +
        "response, e.g. reflect's responses.csv) or list the responses with --units FILE",
    );
  }

  const unitIndex = new Map<string, number>();
  const units: string[] = [];
  const addUnit = (id: string): void => {
    if (!unitIndex.has(id)) {
      unitIndex.set(id, units.length);
      units.push(id);
    }
  };
  for (const id of options.units ?? []) addUnit(id);
  for (const c of coders) if (c.layout === 'wide') for (const u of c.units) addUnit(u.responseId);

  const warnings: Warning[] = [];
  const empty: ReadonlySet<string> = new Set();
  const sets = coders.map((c) => {
    const row: (ReadonlySet<string> | null)[] = new Array(units.length).fill(c.layout === 'long' ? empty : null);
    const outside: { id: string; line: number }[] = [];
    for (const u of c.units) {
      const i = unitIndex.get(u.responseId);
      if (i === undefined) outside.push({ id: u.responseId, line: u.line });
      else row[i] = new Set(u.themes);
    }
    if (outside.length > 0) {
      const first = outside[0]!;
      const what = outside.length === 1 ? `response '${first.id}' is` : `${outside.length} responses (first '${first.id}') are`;
      warnings.push({
        file: c.file,
        line: first.line,
        message: `${what} not among the responses of the wide coding files${options.units ? ' or the units file' : ''}; left out`,
      });
    }
    return row;
  });

  const used = new Set<string>();
  for (const row of sets) for (const s of row) if (s) for (const t of s) used.add(t);
  const order = options.themes ?? [];
  const known = new Set(order);
  const themes = [...order.filter((t) => used.has(t)), ...[...used].filter((t) => !known.has(t)).sort(byName)];
  const unusedThemes = order.filter((t) => !used.has(t));

  if (options.themes) {
    // A typo is the usual reason: name the id or label meant.
    const candidates = [...order, ...order.map((t) => own(options.labels, t) ?? t)];
    for (const c of coders) {
      const unknown = Object.keys(c.themeLines)
        .filter((t) => !known.has(t))
        .sort((a, b) => c.themeLines[a]! - c.themeLines[b]! || byCodeUnits(a, b));
      for (const t of unknown) {
        warnings.push({ file: c.file, line: c.themeLines[t], message: `theme id '${t}' is not in the codebook${suggest(t, candidates)}` });
      }
    }
  }
  return { coders: names, units, sets, themes, unusedThemes, warnings };
}

/** Alphabetical ignoring case, then by code unit, so the order is the same on every machine. */
function byName(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return byCodeUnits(a, b);
}

/** Whether two theme sets hold the same ids. */
function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const t of a) if (!b.has(t)) return false;
  return true;
}

/** Code of a unit a coder did not code, beside 1 (theme present) and 0 (absent). */
const NOT_CODED = 2;

/**
 * An alignment as flat arrays, built once and read by every figure. Per theme, each unit is reduced to
 * its pattern: the coders' values on it (1 present, 0 absent, {@link NOT_CODED}), numbered in order of
 * first appearance. Every figure of a theme is a sum over units of what their pattern gives, so a
 * theme's figures come from how often each pattern occurs: the bootstrap computes them a thousand times
 * over resampled units, and theme sets and arrays per unit made each of those as slow as reading the files.
 */
export interface CodedAlignment {
  /** Per theme (the alignment's order): per unit, the number of its pattern. */
  patterns: Uint32Array[];
  /** Per theme: `values[t][p * coders + c]` is coder c's value in pattern p. */
  values: Uint8Array[];
  /** Per unit: how many coders coded it. */
  coded: Uint8Array;
  /** Per unit: 1 when every coder who coded it gave the same theme set. */
  exact: Uint8Array;
}

/** The flat arrays of an alignment (see {@link CodedAlignment}). */
export function codeAlignment(al: Alignment): CodedAlignment {
  const k = al.coders.length;
  const units = al.units.length;
  const patterns: Uint32Array[] = [];
  const values: Uint8Array[] = [];
  const unit = new Uint8Array(k);
  for (const theme of al.themes) {
    const patternOf = new Uint32Array(units);
    const numbers = new Map<number | string, number>();
    const seen: number[] = [];
    for (let u = 0; u < units; u++) {
      // The values as a number in base 3 (exact up to 33 coders), as a string beyond.
      let digits = 0;
      for (let c = 0; c < k; c++) {
        const set = al.sets[c]![u];
        unit[c] = set ? (set.has(theme) ? 1 : 0) : NOT_CODED;
        digits = digits * 3 + unit[c]!;
      }
      const key = k <= 33 ? digits : unit.join('');
      let p = numbers.get(key);
      if (p === undefined) {
        numbers.set(key, (p = numbers.size));
        seen.push(...unit);
      }
      patternOf[u] = p;
    }
    patterns.push(patternOf);
    values.push(Uint8Array.from(seen));
  }
  const coded = new Uint8Array(units);
  const exact = new Uint8Array(units);
  for (let u = 0; u < units; u++) {
    const sets = al.sets.map((row) => row[u]).filter((s): s is ReadonlySet<string> => s !== null && s !== undefined);
    coded[u] = sets.length;
    exact[u] = sets.every((s) => sameSet(s, sets[0]!)) ? 1 : 0;
  }
  return { patterns, values, coded, exact };
}

/** The 2×2 table of coders j and i from that of i and j. */
function transposed(t: BinaryTable): BinaryTable {
  return { both: t.both, firstOnly: t.secondOnly, secondOnly: t.firstOnly, neither: t.neither };
}

/**
 * Per-theme statistics over the units `picks` (indices into the alignment's units, repeats allowed, in
 * the order their figures are summed) of a coded alignment.
 */
function themeAgreement(al: Alignment, coded: CodedAlignment, t: number, picks: ArrayLike<number>, referenceIndex: number, options: AgreementOptions): ThemeAgreement {
  const theme = al.themes[t]!;
  const k = al.coders.length;
  const patternOf = coded.patterns[t]!;
  const values = coded.values[t]!;
  const patterns = values.length / k;
  const occurs = new Int32Array(patterns);
  for (let p = 0; p < picks.length; p++) occurs[patternOf[picks[p]!]!]!++;

  // Per pattern: the pairwise tables (i < j), the count each coder applied, and alpha's sums. Only units
  // two or more coders coded count. Over the same responses as every other figure of the row: counted
  // over all a coder's responses, a tool that coded 295 beside a human's 147 showed 18 mental-health
  // codings against 7 true and false positives on the 147 compared.
  const counts = new Int32Array(k * k * 4);
  const appliedCounts = new Int32Array(k);
  const disagreement = new Float64Array(patterns);
  let pairable = 0;
  let ones = 0;
  let zeros = 0;
  let inexact = false;
  let observedDisagreement = 0;
  for (let q = 0; q < patterns; q++) {
    const n = occurs[q]!;
    const base = q * k;
    let m = 0;
    let present = 0;
    for (let c = 0; c < k; c++) {
      const v = values[base + c]!;
      if (v === NOT_CODED) continue;
      m++;
      present += v;
    }
    if (m < 2) continue;
    disagreement[q] = unitDisagreement(m, present * present + (m - present) * (m - present));
    // With four or more coders a unit's share can be a fraction with no exact binary form (1/3): then its
    // sum depends on the order of adding, and is made unit by unit below, as on the alignment.
    if (m > 3) inexact = true;
    if (n === 0) continue;
    pairable += n;
    ones += n * present;
    zeros += n * (m - present);
    // Halves and whole numbers: exact in any order and as products.
    if (m <= 3) observedDisagreement += n * disagreement[q]!;
    for (let i = 0; i < k; i++) {
      const a = values[base + i]!;
      if (a === NOT_CODED) continue;
      appliedCounts[i]! += n * a;
      for (let j = i + 1; j < k; j++) {
        const b = values[base + j]!;
        if (b === NOT_CODED) continue;
        // The table's cells in order: both, first only, second only, neither.
        counts[(i * k + j) * 4 + (a === 1 ? (b === 1 ? 0 : 1) : b === 1 ? 2 : 3)]! += n;
      }
    }
  }
  if (inexact) {
    observedDisagreement = 0;
    // Units of fewer than two coders add 0, which changes no sum.
    for (let p = 0; p < picks.length; p++) observedDisagreement += disagreement[patternOf[picks[p]!]!]!;
  }
  const applied = dict<number>();
  al.coders.forEach((name, c) => {
    applied[name] = appliedCounts[c]!;
  });

  const tableOf = (i: number, j: number): BinaryTable => {
    if (i > j) return transposed(tableOf(j, i));
    const at = (i * k + j) * 4;
    return { both: counts[at]!, firstOnly: counts[at + 1]!, secondOnly: counts[at + 2]!, neither: counts[at + 3]! };
  };

  const pairs: PairAgreement[] = [];
  const reference: ReferenceScore[] = [];
  for (let i = 0; i < k; i++) {
    for (let j = i + 1; j < k; j++) {
      const t = tableOf(i, j);
      const units = t.both + t.firstOnly + t.secondOnly + t.neither;
      const kappa = cohenKappa(t);
      pairs.push({
        coders: [al.coders[i]!, al.coders[j]!],
        units,
        agreement: kappa.observed,
        kappa: kappa.kappa,
        ...(kappa.note ? { kappaNote: kappa.note } : {}),
      });
    }
  }
  if (referenceIndex >= 0) {
    for (let c = 0; c < k; c++) {
      if (c === referenceIndex) continue;
      // Coder first, reference second: firstOnly = coder said present, reference absent.
      const t = tableOf(c, referenceIndex);
      const scores = precisionRecall(t.both, t.firstOnly, t.secondOnly);
      reference.push({
        coder: al.coders[c]!,
        units: t.both + t.firstOnly + t.secondOnly + t.neither,
        truePositives: t.both,
        falsePositives: t.firstOnly,
        falseNegatives: t.secondOnly,
        support: t.both + t.secondOnly,
        ...scores,
      });
    }
  }

  let kappa: number | null;
  let kappaNote: string | undefined;
  if (pairs.length === 1) {
    kappa = pairs[0]!.kappa;
    kappaNote = pairs[0]!.kappaNote;
  } else {
    const m = meanOf(pairs.map((p) => p.kappa));
    kappa = m.mean;
    if (m.count === 0) kappaNote = 'kappa is undefined for every pair of coders';
    else if (m.count < pairs.length) kappaNote = `mean of the ${m.count} of ${pairs.length} coder pairs for which kappa is defined`;
  }
  const alpha = alphaFromSums(ones + zeros, ones * ones + zeros * zeros, observedDisagreement);
  const label = own(options.labels, theme);
  return {
    themeId: theme,
    ...(label !== undefined ? { label } : {}),
    ...(options.themes ? { inCodebook: options.themes.includes(theme) } : {}),
    units: pairable,
    applied,
    agreement: meanOf(pairs.map((p) => p.agreement)).mean,
    kappa,
    ...(kappaNote ? { kappaNote } : {}),
    alpha: alpha.alpha,
    ...(alpha.note ? { alphaNote: alpha.note } : {}),
    pairs,
    reference,
  };
}

/** Micro and macro P/R/F1 of one coder against the reference, over every theme. */
function referenceSummary(coder: string, themes: ThemeAgreement[]): ReferenceSummary {
  const scores = themes.map((t) => t.reference.find((r) => r.coder === coder)!);
  const tp = scores.reduce((s, r) => s + r.truePositives, 0);
  const fp = scores.reduce((s, r) => s + r.falsePositives, 0);
  const fn = scores.reduce((s, r) => s + r.falseNegatives, 0);
  const micro = precisionRecall(tp, fp, fn);
  // A theme neither coder applied has nothing to score and is left out of the macro mean; where only
  // one of them applied it, the undefined precision (or recall) counts as 0, as F1 does.
  const scored = scores.filter((r) => r.truePositives + r.falsePositives + r.falseNegatives > 0);
  const avg = (pick: (r: ReferenceScore) => number | null): number | null =>
    scored.length === 0 ? null : scored.reduce((s, r) => s + (pick(r) ?? 0), 0) / scored.length;
  return {
    coder,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    microPrecision: micro.precision,
    microRecall: micro.recall,
    microF1: micro.f1,
    macroPrecision: avg((r) => r.precision),
    macroRecall: avg((r) => r.recall),
    macroF1: avg((r) => r.f1),
    macroThemes: scored.length,
  };
}

/** Resolve the reference coder's index (−1 without one), or throw listing the names. */
export function referenceIndexOf(coders: string[], reference: string | undefined): number {
  if (reference === undefined) return -1;
  const i = coders.indexOf(reference);
  if (i < 0) {
    throw new UsageError(`--reference '${reference}' is not one of the coders: ${coders.join(', ')}`);
  }
  return i;
}

/** Every figure of a report computed from an alignment, before notes are written. */
export interface AgreementFigures {
  themes: ThemeAgreement[];
  overall: OverallAgreement;
  /** Units coded by exactly one coder (left out of every statistic). */
  singleCoded: number;
}

/**
 * The per-theme and overall figures of an alignment. computeAgreement reports them once; the bootstrap
 * (bootstrap.ts) calls this on every resampled alignment, so both share one definition of each figure.
 *
 * @param referenceIndex index of the reference coder in `al.coders`, or −1 for none
 */
export function agreementFigures(al: Alignment, referenceIndex: number, options: AgreementOptions = {}): AgreementFigures {
  const every = new Int32Array(al.units.length);
  for (let u = 0; u < every.length; u++) every[u] = u;
  return figuresOver(al, codeAlignment(al), every, referenceIndex, options);
}

/**
 * The figures of {@link agreementFigures} over the units `picks` of the alignment (indices into its
 * units, repeats allowed, in order), from its flat arrays: the bootstrap codes the alignment once and
 * computes every resample from its draws, as if on the alignment of the drawn units.
 */
export function figuresOver(al: Alignment, coded: CodedAlignment, picks: ArrayLike<number>, referenceIndex: number, options: AgreementOptions = {}): AgreementFigures {
  const themes = al.themes.map((_, t) => themeAgreement(al, coded, t, picks, referenceIndex, options));

  let pairableUnits = 0;
  let exactMatches = 0;
  let singleCoded = 0;
  for (let p = 0; p < picks.length; p++) {
    const u = picks[p]!;
    if (coded.coded[u]! < 2) {
      if (coded.coded[u] === 1) singleCoded++;
      continue;
    }
    pairableUnits++;
    exactMatches += coded.exact[u]!;
  }

  const kappaMean = meanOf(themes.map((t) => t.kappa));
  const alphaMean = meanOf(themes.map((t) => t.alpha));
  const overall: OverallAgreement = {
    units: pairableUnits,
    exactMatches,
    exactMatch: pairableUnits > 0 ? exactMatches / pairableUnits : null,
    meanAgreement: meanOf(themes.map((t) => t.agreement)).mean,
    meanKappa: kappaMean.mean,
    kappaThemes: kappaMean.count,
    meanAlpha: alphaMean.mean,
    alphaThemes: alphaMean.count,
    reference: referenceIndex < 0 ? [] : al.coders.filter((_, c) => c !== referenceIndex).map((name) => referenceSummary(name, themes)),
  };
  return { themes, overall, singleCoded };
}

/**
 * Agreement between coders, theme by theme (present/absent per response) and overall.
 *
 * Per theme: percent agreement (mean over coder pairs, each over the responses both coded), Cohen's kappa
 * (two coders; the mean of pairwise kappas, Light's kappa, for more), Krippendorff's nominal alpha (all
 * coders at once; responses coded by one coder only are not pairable), and with a reference coder the
 * precision, recall and F1 of every other coder against it. Overall: the means of those over themes where
 * they are defined, micro (pooled counts) and macro (mean over themes either coder applied) P/R/F1, and
 * the exact-match rate: responses coded by two or more coders where all of them gave the same theme set.
 * `al` is the coders' alignment, when the caller has already made it (for bootstrap intervals or the
 * disagreements).
 *
 * @throws UsageError for fewer than two coders, no wide file or units list, or an unknown reference.
 */
export function computeAgreement(coders: CoderCodings[], options: AgreementOptions = {}, al: Alignment = alignCodings(coders, options)): AgreementReport {
  const referenceIndex = referenceIndexOf(al.coders, options.reference);
  const { themes, overall, singleCoded } = agreementFigures(al, referenceIndex, options);

  const notes: string[] = [];
  const kappaMethod = al.coders.length === 2 ? 'cohen' : 'mean-pairwise';
  if (kappaMethod === 'mean-pairwise') {
    notes.push(
      `With ${al.coders.length} coders, kappa is the mean of the pairwise Cohen's kappas (Light's kappa) and percent agreement the mean of the pairwise agreements; alpha uses all coders at once.`,
    );
  }
  if (singleCoded > 0) {
    notes.push(
      `${singleCoded} ${singleCoded === 1 ? 'response was' : 'responses were'} coded by one coder only and ${singleCoded === 1 ? 'is' : 'are'} left out of every statistic: there is nothing to compare ${singleCoded === 1 ? 'it' : 'them'} with.`,
    );
  }
  const noKappa = themes.filter((t) => t.kappa === null).map((t) => t.themeId);
  if (noKappa.length > 0) {
    notes.push(
      `Kappa is undefined for ${noKappa.length === 1 ? 'theme' : `${noKappa.length} themes`} ${andMore(noKappa, 5)}, where the coders gave every response they both coded the same value (so chance agreement is 1) or coded no response in common; ${noKappa.length === 1 ? 'it is' : 'they are'} left out of the mean kappa.`,
    );
  }
  const noAlpha = themes.filter((t) => t.alpha === null).map((t) => t.themeId);
  if (noAlpha.length > 0) {
    notes.push(`Alpha is undefined for ${andMore(noAlpha, 5)} (no variation in the values) and left out of the mean alpha.`);
  }
  if (referenceIndex >= 0) {
    notes.push(
      `Precision, recall and F1 are against ${al.coders[referenceIndex]} as the reference. Micro averages pool the counts over themes; macro averages are the mean over the themes either coder applied (themes neither applied are left out; an undefined precision or recall counts as 0).`,
    );
  }
  if (al.unusedThemes.length > 0) {
    notes.push(`No coder applied ${al.unusedThemes.length === 1 ? 'codebook theme' : `${al.unusedThemes.length} codebook themes`} ${andMore(al.unusedThemes, 5)}; not reported.`);
  }

  const unitsOf = (c: number): number => al.sets[c]!.filter((s) => s !== null).length;
  const codingsOf = (c: number): number => al.sets[c]!.reduce((sum, s) => sum + (s ? s.size : 0), 0);
  return {
    coders: coders.map((c, i) => ({ name: c.coder, file: c.file, layout: c.layout, units: unitsOf(i), codings: codingsOf(i) })),
    ...(referenceIndex >= 0 ? { reference: al.coders[referenceIndex] } : {}),
    kappaMethod,
    units: al.units.length,
    themes,
    unusedThemes: al.unusedThemes,
    overall,
    notes,
    warnings: [...coders.flatMap((c) => c.warnings), ...al.warnings],
  };
}

/** One response × theme on which the coders who coded the response disagree. */
export interface Disagreement {
  responseId: string;
  themeId: string;
  /** Per coder, in coder order: 1 present, 0 absent, null not coded. */
  values: (0 | 1 | null)[];
}

/**
 * Every response × theme where the coders who coded the response do not all agree, in response order
 * then theme order (the alignment's).
 */
export function findDisagreements(al: Alignment): Disagreement[] {
  const out: Disagreement[] = [];
  al.units.forEach((responseId, u) => {
    const coded = al.sets.map((row) => row[u] ?? null);
    if (coded.filter((s) => s !== null).length < 2) return;
    for (const themeId of al.themes) {
      const values = coded.map((s) => (s === null ? null : s.has(themeId) ? 1 : 0));
      const seen = values.filter((v) => v !== null);
      if (seen.some((v) => v !== seen[0])) out.push({ responseId, themeId, values });
    }
  });
  return out;
}
