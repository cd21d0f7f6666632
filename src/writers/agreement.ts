// Renders an AgreementReport: terminal table, tidy CSV, JSON, and the Markdown paragraph for a report's method.
import Table from 'cli-table3';
import { Chalk, type ChalkInstance } from 'chalk';
import type { AgreementIntervals, AgreementReport, Interval, ReferenceScore, ThemeAgreement } from '../model.js';
import { formatCsv, type CsvValue } from './csv-table.js';
import { capitalise, listOf, plural } from '../util/text.js';
import { terminalText } from '../util/controls.js';
import { shownWidth, wrapToWidth } from './terminal.js';
import { escapeCell, escapeMarkdown } from './markdown-escape.js';

export interface AgreementTableOptions {
  /** Colour functions; a level-0 chalk (the default) prints plain text. */
  chalk?: ChalkInstance;
  /** The terminal's width in columns, where the table is printed to one; none for a pipe or a file. */
  columns?: number;
}

/**
 * `v` rounded half away from zero to `digits` decimals. Float noise is dropped first, so 0.575 (stored
 * as 0.57499999…) rounds to 0.58 as a reader checking by hand expects, and −0 prints as 0.
 */
function roundTo(v: number, digits: number): number {
  const f = 10 ** digits;
  const scaled = Number((Math.abs(v) * f).toPrecision(12));
  const r = (Math.sign(v) * Math.round(scaled)) / f;
  return r === 0 ? 0 : r;
}

/** Fixed decimals for display; "—" when undefined. */
function fixed(v: number | null, digits: number): string {
  return v === null ? '—' : roundTo(v, digits).toFixed(digits);
}

/** Kappa, alpha, precision …: three decimals in the terminal. */
function fixed3(v: number | null): string {
  return fixed(v, 3);
}

/** Two decimals for prose and Markdown tables. */
function fixed2(v: number | null): string {
  return fixed(v, 2);
}

/** A 0–1 share as a percentage with one decimal; "—" when undefined. */
function pct(v: number | null): string {
  return v === null ? '—' : `${fixed(v * 100, 1)}%`;
}

/** Rounded for CSV, so files do not carry float noise (0.30000000000000004); null stays blank. */
function round(v: number | null, digits: number): number | null {
  return v === null ? null : roundTo(v, digits);
}

/**
 * An interval for reading: "0.80–0.89", or "-0.05 to 0.30" when a bound is negative (a dash between
 * them would read as a minus); "—" when no interval was given.
 */
function span(iv: Interval, show: (v: number) => string): string {
  if (iv.low === null || iv.high === null) return '—';
  const low = show(iv.low);
  const high = show(iv.high);
  // Decided on the text: −0.001 shows as 0.00 and takes the dash.
  return low.startsWith('-') || high.startsWith('-') ? `${low} to ${high}` : `${low}–${high}`;
}

/** An interval of a 0–1 share as percentages: "41.5–58.5%". */
function pctSpan(iv: Interval): string {
  return iv.low === null || iv.high === null ? '—' : `${fixed(iv.low * 100, 1)}–${fixed(iv.high * 100, 1)}%`;
}

/** "95% bootstrap CI (1000 resamples of 147 responses)". */
function intervalsHead(iv: AgreementIntervals): string {
  return `${iv.level * 100}% bootstrap CI (${iv.resamples} resamples of ${plural(iv.units, 'response')})`;
}

/**
 * The terminal lines of the intervals: the headline figures in one line (with one coder against the
 * reference, its micro P/R/F1 and macro F1 first), then a line per coder when several are compared.
 */
function intervalLines(report: AgreementReport, iv: AgreementIntervals): string[] {
  const o = iv.overall;
  const perCoder = o.reference.map(
    (r) => `micro P/R/F1 ${span(r.microPrecision, fixed2)} / ${span(r.microRecall, fixed2)} / ${span(r.microF1, fixed2)}, macro F1 ${span(r.macroF1, fixed2)}`,
  );
  const means = `mean kappa ${span(o.meanKappa, fixed2)}, mean alpha ${span(o.meanAlpha, fixed2)}, exact match ${pctSpan(o.exactMatch)}`;
  if (perCoder.length === 1) return [`${intervalsHead(iv)}: ${perCoder[0]}, ${means}.`];
  return [`${intervalsHead(iv)}: ${means}.`, ...o.reference.map((r, i) => `  ${terminalText(r.coder)} against ${terminalText(report.reference ?? '')}: ${perCoder[i]}.`)];
}

/** A theme as the tables name it: what a coder's file holds (each table makes it safe: terminalText, escapeCell). */
function themeName(t: ThemeAgreement): string {
  return t.label && t.label !== t.themeId ? `${t.label} (${t.themeId})` : t.themeId;
}

/** Coders compared with the reference, in report order. */
function comparedCoders(report: AgreementReport): string[] {
  return report.overall.reference.map((r) => r.coder);
}

function scoreOf(t: ThemeAgreement, coder: string): ReferenceScore | undefined {
  return t.reference.find((r) => r.coder === coder);
}

function plainTable(head: string[], aligns: ('left' | 'right')[], c: ChalkInstance): Table.Table {
  return new Table({
    head: head.map((h) => c.bold(h)),
    colAligns: aligns,
    style: { head: [], border: [], compact: true },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
}

/**
 * The two rows that end each table, each holding one kind of figure: means over themes (percent
 * agreement, kappa, alpha; macro precision, recall and F1) and figures over all themes at once (the
 * responses, each coder's codings, TP/FP/FN and micro precision, recall and F1; exact match in the CSV).
 * One `(overall)` row held both under one label.
 */
export const MEANS_ROW = '(mean over themes)';
export const POOLED_ROW = '(pooled over themes)';

/** The terminal table's first line: who coded how much, the coders' names (file names) shown safely (see terminalText). */
function headline(report: AgreementReport): string {
  const names = report.coders.map((c) => terminalText(c.name));
  const both = report.coders.length === 2 ? 'both' : 'two or more';
  return `${report.coders.length} coders (${names.join(', ')}), ${report.units} responses, ${report.overall.units} coded by ${both}`;
}

// What the terminal table leaves out, in turn, where the terminal is narrower than the table.
const NARROWER = ['TP/FP/FN', 'theme labels (ids kept)', 'response counts', 'percent agreement'];

/**
 * The table of themes (see {@link formatAgreementTable}) with the first `narrowed` of {@link NARROWER}
 * left out: the counts against the reference, the themes' labels, the counts of responses, then the
 * percent agreement (kappa and alpha kept).
 */
function themeTable(report: AgreementReport, c: ChalkInstance, narrowed: number): string {
  const names = report.coders.map((x) => x.name);
  const compared = comparedCoders(report);
  const inline = compared.length === 1 ? compared[0] : undefined;
  const counts = narrowed < 1;
  const labels = narrowed < 2;
  const sizes = narrowed < 3;
  const percent = narrowed < 4;
  const kappaHead = report.kappaMethod === 'cohen' ? 'Kappa' : 'Mean kappa';
  // Coders are named by their files, whose names may hold what a terminal would run: see terminalText.
  const head = ['Theme', ...(sizes ? ['Responses', ...names.map(terminalText)] : []), ...(percent ? ['Agreement'] : []), kappaHead, 'Alpha'];
  if (inline) head.push('Precision', 'Recall', 'F1', ...(counts ? ['TP', 'FP', 'FN'] : []));
  const aligns: ('left' | 'right')[] = ['left', ...head.slice(1).map(() => 'right' as const)];
  const table = plainTable(head, aligns, c);
  for (const t of report.themes) {
    const row = [terminalText(labels ? themeName(t) : t.themeId), ...(sizes ? [String(t.units), ...names.map((n) => String(t.applied[n] ?? 0))] : []), ...(percent ? [pct(t.agreement)] : []), fixed3(t.kappa), fixed3(t.alpha)];
    if (inline) {
      const s = scoreOf(t, inline)!;
      row.push(fixed3(s.precision), fixed3(s.recall), fixed3(s.f1), ...(counts ? [String(s.truePositives), String(s.falsePositives), String(s.falseNegatives)] : []));
    }
    table.push(row);
  }
  const o = report.overall;
  const meansRow = [c.bold(MEANS_ROW), ...(sizes ? ['', ...names.map(() => '')] : []), ...(percent ? [pct(o.meanAgreement)] : []), fixed3(o.meanKappa), fixed3(o.meanAlpha)];
  const pooledRow = [c.bold(POOLED_ROW), ...(sizes ? [String(o.units), ...names.map((n) => String(report.themes.reduce((s, t) => s + (t.applied[n] ?? 0), 0)))] : []), ...(percent ? [''] : []), '', ''];
  if (inline) {
    const r = o.reference[0]!;
    meansRow.push(fixed3(r.macroPrecision), fixed3(r.macroRecall), fixed3(r.macroF1), ...(counts ? ['', '', ''] : []));
    pooledRow.push(fixed3(r.microPrecision), fixed3(r.microRecall), fixed3(r.microF1), ...(counts ? [String(r.truePositives), String(r.falsePositives), String(r.falseNegatives)] : []));
  }
  table.push(meansRow, pooledRow);
  return table.toString();
}

/**
 * The report as a terminal table: one row per theme with how many responses each coder gave it,
 * percent agreement, kappa and alpha (and, with one coder against a reference, P/R/F1 and the counts),
 * a row of means over themes and one pooled over themes (see {@link MEANS_ROW}), then exact match and
 * micro/macro averages. Notes and warnings are not included: they belong on stderr. Where `columns` is
 * given (a terminal) and the table is wider, columns are left out to fit, and a line says which.
 */
export function formatAgreementTable(report: AgreementReport, options: AgreementTableOptions = {}): string {
  const c = options.chalk ?? new Chalk({ level: 0 });
  // On a terminal narrower than the whole table, columns are left out, the least needed first, until it fits.
  let narrowed = 0;
  let table = themeTable(report, c, 0);
  while (options.columns !== undefined && narrowed < NARROWER.length && shownWidth(table.slice(0, table.indexOf('\n'))) > options.columns) {
    table = themeTable(report, c, ++narrowed);
  }
  const o = report.overall;
  const compared = comparedCoders(report);
  const lines = [headline(report), table];
  if (narrowed > 0) lines.push(`Left out to fit the terminal's ${options.columns} columns: ${listOf(NARROWER.slice(0, narrowed))}; \`--format csv\` has every figure.`);
  lines.push(
    `Exact match: ${pct(o.exactMatch)} of responses (${o.exactMatches} of ${o.units}) got the same set of themes from every coder.`,
    `Means over themes: kappa over ${o.kappaThemes} of ${plural(report.themes.length, 'theme')}, alpha over ${o.alphaThemes}.`,
  );
  if (compared.length > 1) {
    const refTable = plainTable(['Theme', 'Coder', 'Precision', 'Recall', 'F1', 'TP', 'FP', 'FN'], ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right'], c);
    for (const t of report.themes) {
      for (const coder of compared) {
        const s = scoreOf(t, coder)!;
        refTable.push([terminalText(themeName(t)), terminalText(coder), fixed3(s.precision), fixed3(s.recall), fixed3(s.f1), String(s.truePositives), String(s.falsePositives), String(s.falseNegatives)]);
      }
    }
    for (const r of o.reference) refTable.push([c.bold(MEANS_ROW), terminalText(r.coder), fixed3(r.macroPrecision), fixed3(r.macroRecall), fixed3(r.macroF1), '', '', '']);
    for (const r of o.reference) {
      refTable.push([c.bold(POOLED_ROW), terminalText(r.coder), fixed3(r.microPrecision), fixed3(r.microRecall), fixed3(r.microF1), String(r.truePositives), String(r.falsePositives), String(r.falseNegatives)]);
    }
    lines.push('', `Against ${terminalText(report.reference ?? '')} as the reference:`, refTable.toString());
  }
  for (const r of o.reference) {
    lines.push(
      `${terminalText(r.coder)} against ${terminalText(report.reference ?? '')}: micro P/R/F1 ${fixed3(r.microPrecision)} / ${fixed3(r.microRecall)} / ${fixed3(r.microF1)}; ` +
        `macro ${fixed3(r.macroPrecision)} / ${fixed3(r.macroRecall)} / ${fixed3(r.macroF1)} over ${plural(r.macroThemes, 'theme')}.`,
    );
  }
  if (report.intervals) lines.push(...intervalLines(report, report.intervals));
  // The sentences under the tables broken to the terminal's width, as the tables fit it.
  return `${lines.map((l) => (l.includes('\n') ? l : wrapToWidth(l, options.columns))).join('\n')}\n`;
}

/**
 * Columns of the agreement CSV, in order. One row per theme (per compared coder when a reference is
 * named and there are several), then a `(mean over themes)` row and a `(pooled over themes)` row (one
 * each per compared coder). Each row holds one kind of figure; a cell that is not of its kind is blank.
 * Shares are percentages with two decimals; kappa, alpha, precision, recall and F1 have four; undefined
 * values are blank.
 *
 * - `theme_id`, `theme_label` (from the codebook, else blank), `in_codebook` (blank without a codebook)
 * - `responses`: responses coded by two or more coders (per theme and pooled)
 * - `percent_agreement`, `kappa`, `alpha`: per theme, and their means over themes
 * - `exact_match_percent`: pooled only
 * - `coder`, `reference`, `true_positives`, `false_positives`, `false_negatives`, `support` (reference
 *   positives), `precision`, `recall`, `f1`: against the reference, per theme and pooled (micro); blank without one
 * - `macro_precision`, `macro_recall`, `macro_f1`, `macro_themes`: on the means row only
 *
 * With intervals (`--ci`), {@link AGREEMENT_CI_CSV_COLUMNS} follow.
 */
export const AGREEMENT_CSV_COLUMNS = [
  'theme_id',
  'theme_label',
  'in_codebook',
  'responses',
  'percent_agreement',
  'kappa',
  'alpha',
  'exact_match_percent',
  'coder',
  'reference',
  'true_positives',
  'false_positives',
  'false_negatives',
  'support',
  'precision',
  'recall',
  'f1',
  'macro_precision',
  'macro_recall',
  'macro_f1',
  'macro_themes',
] as const;

/**
 * Columns added at the end of the agreement CSV when the report has intervals: the bounds of the
 * bootstrap interval of each figure column, `<column>_ci_low` and `<column>_ci_high`, in the figure
 * columns' order, rounded as they are. Blank where the figure column is blank or no interval was given.
 */
export const AGREEMENT_CI_CSV_COLUMNS = [
  'percent_agreement',
  'kappa',
  'alpha',
  'exact_match_percent',
  'precision',
  'recall',
  'f1',
  'macro_precision',
  'macro_recall',
  'macro_f1',
].flatMap((c) => [`${c}_ci_low`, `${c}_ci_high`]);

/** Bounds of an interval for CSV: a share as a percentage with two decimals, else four decimals. */
function bounds(iv: Interval | undefined, share = false): CsvValue[] {
  if (!iv) return [null, null];
  return share ? [round(iv.low === null ? null : iv.low * 100, 2), round(iv.high === null ? null : iv.high * 100, 2)] : [round(iv.low, 4), round(iv.high, 4)];
}

/** The report as one tidy CSV (columns: {@link AGREEMENT_CSV_COLUMNS}, then with intervals {@link AGREEMENT_CI_CSV_COLUMNS}). */
export function formatAgreementCsv(report: AgreementReport, options: { excel?: boolean } = {}): string {
  const rows: CsvValue[][] = [];
  // The interval cells of each row, pushed alongside it; joined on only when the report has intervals.
  const ci: CsvValue[][] = [];
  const iv = report.intervals;
  const none = bounds(undefined);
  const compared = comparedCoders(report);
  report.themes.forEach((t, ti) => {
    const base: CsvValue[] = [t.themeId, t.label ?? '', t.inCodebook, t.units, round(t.agreement === null ? null : t.agreement * 100, 2), round(t.kappa, 4), round(t.alpha, 4), null];
    const themeIv = iv?.themes[ti];
    const ciBase = themeIv ? [...bounds(themeIv.agreement, true), ...bounds(themeIv.kappa), ...bounds(themeIv.alpha), ...none] : [];
    if (compared.length === 0) {
      rows.push([...base, null, null, null, null, null, null, null, null, null, null, null, null, null]);
      ci.push([...ciBase, ...none, ...none, ...none, ...none, ...none, ...none]);
      return;
    }
    compared.forEach((coder, i) => {
      const s = scoreOf(t, coder)!;
      rows.push([...base, coder, report.reference, s.truePositives, s.falsePositives, s.falseNegatives, s.support, round(s.precision, 4), round(s.recall, 4), round(s.f1, 4), null, null, null, null]);
      const r = themeIv?.reference[i];
      ci.push([...ciBase, ...bounds(r?.precision), ...bounds(r?.recall), ...bounds(r?.f1), ...none, ...none, ...none]);
    });
  });
  const o = report.overall;
  const means: CsvValue[] = [MEANS_ROW, '', null, null, round(o.meanAgreement === null ? null : o.meanAgreement * 100, 2), round(o.meanKappa, 4), round(o.meanAlpha, 4), null];
  const pooled: CsvValue[] = [POOLED_ROW, '', null, o.units, null, null, null, round(o.exactMatch === null ? null : o.exactMatch * 100, 2)];
  const oi = iv?.overall;
  const ciMeans = oi ? [...bounds(oi.meanAgreement, true), ...bounds(oi.meanKappa), ...bounds(oi.meanAlpha), ...none] : [];
  const ciPooled = oi ? [...none, ...none, ...none, ...bounds(oi.exactMatch, true)] : [];
  if (o.reference.length === 0) {
    rows.push([...means, null, null, null, null, null, null, null, null, null, null, null, null, null]);
    ci.push([...ciMeans, ...none, ...none, ...none, ...none, ...none, ...none]);
    rows.push([...pooled, null, null, null, null, null, null, null, null, null, null, null, null, null]);
    ci.push([...ciPooled, ...none, ...none, ...none, ...none, ...none, ...none]);
  }
  o.reference.forEach((r, i) => {
    rows.push([...means, r.coder, report.reference, null, null, null, null, null, null, null, round(r.macroPrecision, 4), round(r.macroRecall, 4), round(r.macroF1, 4), r.macroThemes]);
    const ri = oi?.reference[i];
    ci.push([...ciMeans, ...none, ...none, ...none, ...bounds(ri?.macroPrecision), ...bounds(ri?.macroRecall), ...bounds(ri?.macroF1)]);
  });
  o.reference.forEach((r, i) => {
    rows.push([
      ...pooled,
      r.coder,
      report.reference,
      r.truePositives,
      r.falsePositives,
      r.falseNegatives,
      r.truePositives + r.falseNegatives,
      round(r.microPrecision, 4),
      round(r.microRecall, 4),
      round(r.microF1, 4),
      null,
      null,
      null,
      null,
    ]);
    const ri = oi?.reference[i];
    ci.push([...ciPooled, ...bounds(ri?.microPrecision), ...bounds(ri?.microRecall), ...bounds(ri?.microF1), ...none, ...none, ...none]);
  });
  if (!iv) return formatCsv([...AGREEMENT_CSV_COLUMNS], rows, { excel: options.excel });
  return formatCsv([...AGREEMENT_CSV_COLUMNS, ...AGREEMENT_CI_CSV_COLUMNS], rows.map((row, i) => [...row, ...ci[i]!]), { excel: options.excel });
}

/** The report as JSON (the AgreementReport as it is), pretty-printed. */
export function formatAgreementJson(report: AgreementReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

function countWord(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}


/**
 * The intervals in a sentence: the overall means and exact match, then micro and macro F1 per coder
 * against the reference. A figure undefined on the data is left out (the report says why); one that
 * got no interval says so, and the notes say why.
 */
function intervalSentence(report: AgreementReport, iv: AgreementIntervals): string {
  const o = report.overall;
  const phrase = (point: number | null, interval: Interval, text: string, name: string): string[] =>
    point === null ? [] : [interval.low === null ? `none for ${name}` : `${text} for ${name}`];
  const overall = [
    ...phrase(o.meanKappa, iv.overall.meanKappa, span(iv.overall.meanKappa, fixed2), 'mean kappa'),
    ...phrase(o.meanAlpha, iv.overall.meanAlpha, span(iv.overall.meanAlpha, fixed2), 'mean alpha'),
    ...phrase(o.exactMatch, iv.overall.exactMatch, pctSpan(iv.overall.exactMatch), 'exact match'),
  ];
  const parts = overall.length > 0 ? [listOf(overall)] : [];
  o.reference.forEach((r, i) => {
    const ri = iv.overall.reference[i]!;
    const f1 = [...phrase(r.microF1, ri.microF1, span(ri.microF1, fixed2), 'micro F1'), ...phrase(r.macroF1, ri.macroF1, span(ri.macroF1, fixed2), 'macro F1')];
    if (f1.length > 0) parts.push(`for ${escapeMarkdown(r.coder)}, ${listOf(f1)}`);
  });
  const intro = `Bootstrap ${iv.level * 100}% confidence intervals (${iv.resamples} resamples of the ${plural(iv.units, 'response')} coded by ${report.coders.length === 2 ? 'both coders' : 'two or more coders'})`;
  return parts.length === 0 ? `${intro} could not be computed: every figure is undefined.` : `${intro} were ${parts.join('; ')}.`;
}

/**
 * The report for a Markdown method section: a short paragraph (who coded what, how agreement was
 * measured, the headline numbers), a table per theme, and the notes. No heading: the caller places it.
 */
export function formatAgreementMarkdown(report: AgreementReport): string {
  const o = report.overall;
  // Coders are named after their files, and themes are what their files hold: both are written by
  // people, and a theme `<img src=x onerror=…>` went into report.md as HTML.
  const names = report.coders.map((c) => escapeMarkdown(c.name));
  const n = report.coders.length;
  const kappaName = report.kappaMethod === 'cohen' ? "Cohen's kappa" : "Light's kappa (the mean of pairwise Cohen's kappas)";
  const sentences: string[] = [];
  sentences.push(
    `${capitalise(countWord(n))} coders (${listOf(names)}) coded ${report.units} responses; ${o.units} were coded by ${n === 2 ? 'both' : 'two or more'}, and ${plural(report.themes.length, 'theme')} ${report.themes.length === 1 ? 'was' : 'were'} applied by at least one coder.`,
  );
  sentences.push(
    `Each theme was treated as present or absent in each response, and agreement measured per theme as percent agreement, ${kappaName} and Krippendorff's alpha (nominal).`,
  );
  const means: string[] = [];
  if (o.meanKappa !== null) means.push(`mean kappa was ${fixed2(o.meanKappa)} (over ${plural(o.kappaThemes, 'theme')})`);
  if (o.meanAlpha !== null) means.push(`mean alpha ${fixed2(o.meanAlpha)} (over ${o.alphaThemes})`);
  if (o.exactMatch !== null) means.push(`the coders gave exactly the same set of themes to ${pct(o.exactMatch)} of responses (${o.exactMatches} of ${o.units})`);
  if (means.length > 0) sentences.push(`${capitalise(means.join('; '))}.`);
  for (const r of o.reference) {
    sentences.push(
      `Taking ${escapeMarkdown(report.reference ?? '')} as the reference, ${escapeMarkdown(r.coder)} had a micro-averaged precision of ${fixed2(r.microPrecision)}, recall ${fixed2(r.microRecall)} and F1 ${fixed2(r.microF1)} (macro F1 ${fixed2(r.macroF1)} over ${plural(r.macroThemes, 'theme')}).`,
    );
  }
  if (report.intervals) sentences.push(intervalSentence(report, report.intervals));

  const compared = comparedCoders(report);
  const inline = compared.length === 1 ? compared[0] : undefined;
  const head = ['Theme', 'Responses', 'Agreement', 'Kappa', 'Alpha'];
  if (inline) head.push('Precision', 'Recall', 'F1');
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`];
  for (const t of report.themes) {
    const row = [escapeCell(themeName(t)), String(t.units), pct(t.agreement), fixed2(t.kappa), fixed2(t.alpha)];
    if (inline) {
      const s = scoreOf(t, inline)!;
      row.push(fixed2(s.precision), fixed2(s.recall), fixed2(s.f1));
    }
    lines.push(`| ${row.join(' | ')} |`);
  }
  // The two last rows as in the terminal table (see MEANS_ROW), in words.
  const meansRow = ['**Mean over themes**', '', pct(o.meanAgreement), fixed2(o.meanKappa), fixed2(o.meanAlpha)];
  const pooledRow = ['**Pooled over themes**', String(o.units), '', '', ''];
  if (inline) {
    const r = o.reference[0]!;
    meansRow.push(fixed2(r.macroPrecision), fixed2(r.macroRecall), fixed2(r.macroF1));
    pooledRow.push(fixed2(r.microPrecision), fixed2(r.microRecall), fixed2(r.microF1));
  }
  for (const row of [meansRow, pooledRow]) lines.push(`| ${row.join(' | ')} |`);

  const parts = [sentences.join(' '), lines.join('\n')];
  const notes = [...report.notes, ...(report.intervals?.notes ?? [])];
  if (notes.length > 0) parts.push(notes.map(escapeMarkdown).join(' '));
  return `${parts.join('\n\n')}\n`;
}

/** Format name → renderer; `--format` choices come from here. */
export const agreementWriters: Record<string, (report: AgreementReport, options: { chalk?: ChalkInstance; excel?: boolean; columns?: number }) => string> = {
  table: (r, o) => formatAgreementTable(r, { chalk: o.chalk, ...(o.columns !== undefined ? { columns: o.columns } : {}) }),
  csv: (r, o) => formatAgreementCsv(r, { excel: o.excel }),
  json: (r) => formatAgreementJson(r),
  md: (r) => formatAgreementMarkdown(r),
};
