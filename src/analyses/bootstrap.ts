// Percentile bootstrap confidence intervals for agreement figures: resample responses, recompute, take percentiles.
import type { AgreementIntervals, Interval, OverallIntervals, ThemeIntervals } from '../model.js';
import { mulberry32 } from '../util/random.js';
import { andMore } from '../util/text.js';
import { codeAlignment, figuresOver, referenceIndexOf, type AgreementFigures, type AgreementOptions, type Alignment } from './agreement.js';

/** Resamples when none are asked for: enough for stable 95% percentile bounds at two decimals. */
export const DEFAULT_RESAMPLES = 1000;
/** Fewest resamples accepted: with fewer, the 2.5th and 97.5th percentiles rest on two or three values. */
export const MIN_RESAMPLES = 100;
/** The fixed seed: any number would do, as long as it never changes between runs. */
const DEFAULT_SEED = 2016;
/** A figure undefined in more than this share of resamples gets no interval (see bootstrapAgreement). */
const MAX_UNDEFINED = 0.05;
const LEVEL = 0.95;

export interface BootstrapSettings {
  /** Number of resamples (default {@link DEFAULT_RESAMPLES}). */
  resamples?: number;
  /** Seed of the generator (default {@link DEFAULT_SEED}). */
  seed?: number;
}

/** Indices of the units coded by two or more coders: the only units any figure is computed from. */
export function pairableUnits(al: Alignment): number[] {
  const out: number[] = [];
  al.units.forEach((_, u) => {
    let coded = 0;
    for (const row of al.sets) if (row[u]) coded++;
    if (coded >= 2) out.push(u);
  });
  return out;
}

/**
 * The alignment of the units `picks` (indices into `al.units`, repeats allowed), in that order, every
 * coder's theme sets carried along. Themes stay those of `al`, so a theme no resampled response carries
 * is still a theme of the resample (undefined there, as on data where nobody applied it).
 */
export function resampleAlignment(al: Alignment, picks: readonly number[]): Alignment {
  return {
    coders: al.coders,
    units: picks.map((u) => al.units[u]!),
    sets: al.sets.map((row) => picks.map((u) => row[u] ?? null)),
    themes: al.themes,
    unusedThemes: al.unusedThemes,
    warnings: [],
  };
}

/**
 * The p-quantile (0–1) of ascending `sorted` values, interpolating linearly between order statistics
 * (Hyndman & Fan's type 7, R's and NumPy's default): position (n − 1)·p.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error('percentile of no values');
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  const x = sorted[lo]!;
  // Written so equal neighbours give that value exactly (no 0.9999999 from an all-ones sample).
  return sorted[hi] === x ? x : x + (h - lo) * (sorted[hi]! - x);
}

/**
 * A percentile interval from one figure's values over the resamples (null where it was undefined).
 * Undefined values are left out; when they are more than `maxUndefined` of the resamples, the remaining
 * ones are no longer a fair sample of the figure (they are the resamples where, say, a rare theme
 * happened to be drawn), so no interval is given.
 */
export function intervalOf(values: readonly (number | null)[], level = LEVEL, maxUndefined = MAX_UNDEFINED): Interval {
  const defined = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  const missing = values.length - defined.length;
  if (defined.length === 0) return { low: null, high: null, defined: 0, note: 'undefined in every resample' };
  if (missing > maxUndefined * values.length) {
    return {
      low: null,
      high: null,
      defined: defined.length,
      note: `undefined in ${missing} of ${values.length} resamples (more than ${maxUndefined * 100}%), so an interval from the others would be biased`,
    };
  }
  const tail = (1 - level) / 2;
  const interval: Interval = { low: percentile(defined, tail), high: percentile(defined, 1 - tail), defined: defined.length };
  if (missing > 0) interval.note = `undefined in ${missing} of ${values.length} resamples, left out`;
  return interval;
}

type Pick = (f: AgreementFigures) => number | null;

/**
 * The shape of the intervals, with `iv` called once per figure in a fixed order. Called twice by
 * bootstrapAgreement: first to list which figure each interval is of, then to fill the intervals in,
 * so the two can never disagree about the order.
 */
function shapeOf(themes: readonly string[], compared: readonly string[], iv: (pick: Pick) => Interval): { overall: OverallIntervals; themes: ThemeIntervals[] } {
  const overall: OverallIntervals = {
    exactMatch: iv((f) => f.overall.exactMatch),
    meanAgreement: iv((f) => f.overall.meanAgreement),
    meanKappa: iv((f) => f.overall.meanKappa),
    meanAlpha: iv((f) => f.overall.meanAlpha),
    reference: compared.map((coder, i) => ({
      coder,
      microPrecision: iv((f) => f.overall.reference[i]!.microPrecision),
      microRecall: iv((f) => f.overall.reference[i]!.microRecall),
      microF1: iv((f) => f.overall.reference[i]!.microF1),
      macroPrecision: iv((f) => f.overall.reference[i]!.macroPrecision),
      macroRecall: iv((f) => f.overall.reference[i]!.macroRecall),
      macroF1: iv((f) => f.overall.reference[i]!.macroF1),
    })),
  };
  const perTheme = themes.map((themeId, t) => ({
    themeId,
    agreement: iv((f) => f.themes[t]!.agreement),
    kappa: iv((f) => f.themes[t]!.kappa),
    alpha: iv((f) => f.themes[t]!.alpha),
    reference: compared.map((coder, i) => ({
      coder,
      precision: iv((f) => f.themes[t]!.reference[i]!.precision),
      recall: iv((f) => f.themes[t]!.reference[i]!.recall),
      f1: iv((f) => f.themes[t]!.reference[i]!.f1),
    })),
  }));
  return { overall, themes: perTheme };
}

/**
 * 95% percentile bootstrap intervals for every figure computeAgreement reports (but the counts and the
 * pairwise kappas of three or more coders): the units coded by two or more coders are drawn with
 * replacement, as many as there are, `resamples` times; each resample's figures are computed by
 * agreementFigures, as on the data; each interval runs from the 2.5th to the 97.5th percentile of its
 * figure's values. A figure undefined in a resample (a kappa where the resample has no variation, a
 * mean over no defined theme) is left out of that figure's values, and gets no interval (null, with a
 * note) when that happens in more than {@link MAX_UNDEFINED} of the resamples.
 *
 * Pure and deterministic: the draws come from mulberry32 seeded with `settings.seed`. The alignment is
 * coded once (see codeAlignment); each resample then costs a count per unit and theme.
 */
export function bootstrapAgreement(al: Alignment, options: AgreementOptions = {}, settings: BootstrapSettings = {}): AgreementIntervals {
  const resamples = settings.resamples ?? DEFAULT_RESAMPLES;
  const seed = settings.seed ?? DEFAULT_SEED;
  const referenceIndex = referenceIndexOf(al.coders, options.reference);
  const compared = referenceIndex < 0 ? [] : al.coders.filter((_, c) => c !== referenceIndex);
  const pool = pairableUnits(al);

  const picks: Pick[] = [];
  const empty: Interval = { low: null, high: null, defined: 0 };
  shapeOf(al.themes, compared, (pick) => {
    picks.push(pick);
    return empty;
  });
  const values: (number | null)[][] = picks.map(() => new Array<number | null>(resamples));
  const random = mulberry32(seed);
  // Each resample's figures are those of resampleAlignment(al, drawn), computed from the alignment coded once.
  const coded = codeAlignment(al);
  const drawn = new Int32Array(pool.length);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < pool.length; i++) drawn[i] = pool[Math.floor(random() * pool.length)]!;
    const figures = figuresOver(al, coded, drawn, referenceIndex, options);
    for (let k = 0; k < picks.length; k++) values[k]![r] = picks[k]!(figures);
  }
  let next = 0;
  const shape = shapeOf(al.themes, compared, () => intervalOf(values[next++]!));

  return {
    method: 'percentile-bootstrap',
    level: LEVEL,
    resamples,
    seed,
    units: pool.length,
    maxUndefined: MAX_UNDEFINED,
    ...shape,
    notes: intervalNotes(shape, { resamples, seed, units: pool.length }),
  };
}

/** The method in a sentence, then every overall interval not given or resting on fewer resamples, then per-theme gaps. */
function intervalNotes(shape: { overall: OverallIntervals; themes: ThemeIntervals[] }, run: { resamples: number; seed: number; units: number }): string[] {
  const notes = [
    `Confidence intervals are ${LEVEL * 100}% percentile bootstrap intervals: the ${run.units} responses coded by two or more coders were drawn with replacement ${run.resamples} times (seed ${run.seed}), every figure was recomputed on each resample as on the data, with the same themes, and each interval runs from the 2.5th to the 97.5th percentile of its figure's values. A figure undefined in a resample is left out of that figure's values, and gets no interval when that happens in more than ${MAX_UNDEFINED * 100}% of resamples.`,
  ];
  const o = shape.overall;
  const overall: [string, Interval][] = [
    ['exact match', o.exactMatch],
    ['mean agreement', o.meanAgreement],
    ['mean kappa', o.meanKappa],
    ['mean alpha', o.meanAlpha],
    ...o.reference.flatMap((r): [string, Interval][] => [
      [`${r.coder}'s micro precision`, r.microPrecision],
      [`${r.coder}'s micro recall`, r.microRecall],
      [`${r.coder}'s micro F1`, r.microF1],
      [`${r.coder}'s macro precision`, r.macroPrecision],
      [`${r.coder}'s macro recall`, r.macroRecall],
      [`${r.coder}'s macro F1`, r.macroF1],
    ]),
  ];
  // A figure undefined on the data is undefined in every resample; the report already says why.
  const fewer = new Map<number, string[]>();
  for (const [name, iv] of overall) {
    if (iv.defined === 0 || !iv.note) continue;
    if (iv.low === null) notes.push(`No interval for ${name}: ${iv.note}.`);
    else fewer.set(run.resamples - iv.defined, [...(fewer.get(run.resamples - iv.defined) ?? []), name]);
  }
  if (fewer.size > 0) {
    const groups = [...fewer].map(([missing, names]) => `${names.join(', ')} (undefined in ${missing} of ${run.resamples})`);
    notes.push(`Some intervals rest on fewer resamples, the figure being undefined in the others: ${groups.join('; ')}.`);
  }
  const missing: string[] = [];
  for (const t of shape.themes) {
    const figures: [string, Interval][] = [
      ['agreement', t.agreement],
      ['kappa', t.kappa],
      ['alpha', t.alpha],
      ...t.reference.flatMap((r): [string, Interval][] => [
        [`precision (${r.coder})`, r.precision],
        [`recall (${r.coder})`, r.recall],
        [`F1 (${r.coder})`, r.f1],
      ]),
    ];
    for (const [name, iv] of figures) if (iv.low === null && iv.defined > 0) missing.push(`${t.themeId} ${name}`);
  }
  if (missing.length > 0) {
    const list = andMore(missing, 5);
    notes.push(
      `${missing.length} per-theme ${missing.length === 1 ? 'interval' : 'intervals'} (in the CSV and JSON) ${missing.length === 1 ? 'is' : 'are'} not given, the figure being undefined in more than ${MAX_UNDEFINED * 100}% of resamples (as for a theme few responses carry): ${list}.`,
    );
  }
  return notes;
}
