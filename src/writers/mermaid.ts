// Mermaid chart helpers for the Markdown report: bar charts as `xychart-beta` blocks, which GitHub,
// GitLab and most Markdown previewers render from a ```mermaid fence.
import { terminalText } from '../util/controls.js';

/** One bar chart: a category per bar, one value per category. */
export interface BarChart {
  title: string;
  categories: string[];
  values: number[];
  /** Label of the value axis ("Students", "% of group"). */
  valueLabel: string;
  /** Top of the value axis; defaults to a round number just above the largest value. */
  max?: number;
  /** Bars left to right instead of bottom to top: easier to read with long category labels. */
  horizontal?: boolean;
}

// Longer category labels crowd the axis; they are shortened at a word boundary.
export const MAX_LABEL = 32;

/**
 * A Mermaid string literal: double quotes and backticks inside become single quotes (Mermaid has no
 * escape for them), `%%` is written `% %`, line breaks become spaces.
 */
export function mermaidString(text: string): string {
  // A string opening with a backtick is a Markdown string to Mermaid, which then reads to the end of the
  // line for its closing backtick and fails the whole chart. `%%{…}%%` is a directive wherever it stands,
  // inside a string too: a label `%%{init: {'theme':'dark'}}%%` restyled the chart and vanished from it.
  const safe = text.replace(/["`]/g, "'").replace(/%(?=%)/g, '% ').replace(/[\r\n]+/g, ' ').trim();
  return `"${terminalText(safe)}"`;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The longest start of `text` of at most `max` UTF-16 units that ends between two characters as a reader sees them. */
function headOf(text: string, max: number): string {
  let end = 0;
  for (const { index, segment } of graphemes.segment(text)) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}

/** Shorten a label to `max` characters at a word boundary, ending with "…". */
export function shortLabel(text: string, max = MAX_LABEL): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  // A label without a space to cut at (Chinese, Japanese) is cut between characters: cut by UTF-16 unit,
  // an emoji lost half of its pair, which report.md then wrote as "�", and an accent its letter.
  const cut = headOf(t, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

/** A round axis maximum at or above `value`: 1, 2 or 5 times a power of ten (at least 1). */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/** Numbers as Mermaid reads them: integers plain, others with at most one decimal. */
function number(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1).replace(/\.0$/, '');
}

/** A fenced ```mermaid block drawing `chart` as an `xychart-beta` bar chart. */
export function barChart(chart: BarChart): string {
  if (chart.categories.length !== chart.values.length) {
    throw new Error(`barChart: ${chart.categories.length} categories but ${chart.values.length} values`);
  }
  const max = chart.max ?? niceMax(Math.max(0, ...chart.values));
  return [
    '```mermaid',
    `xychart-beta${chart.horizontal ? ' horizontal' : ''}`,
    `    title ${mermaidString(chart.title)}`,
    `    x-axis [${chart.categories.map((c) => mermaidString(shortLabel(c))).join(', ')}]`,
    `    y-axis ${mermaidString(chart.valueLabel)} 0 --> ${number(max)}`,
    `    bar [${chart.values.map(number).join(', ')}]`,
    '```',
  ].join('\n');
}
