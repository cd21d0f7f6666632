// Small groups everywhere (fixtures/cli/small-groups: 31 students, schools of 9, 7, 6, 6 and 3, one
// non-binary student, districts of 23, 4 and 4): no suppressed count can be worked out from report.md and
// the CSVs, and every suppressed count is labelled truthfully, as the report labels it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/model.js';
import { ROOT, reflect, tempDir } from './helpers.js';

const FOLDER = path.join(ROOT, 'fixtures/cli/small-groups');
const MIN = 5;

type Row = Record<string, string>;
let out: string;
let analysis: Analysis;
const table = (name: string): Row[] => parse(readFileSync(path.join(out, `${name}.csv`), 'utf8'), { columns: true }) as Row[];

beforeAll(() => {
  out = tempDir();
  const run = reflect(['analyze', FOLDER, '--out', out, '--force', '--quiet']);
  expect(run.code, run.stderr).toBe(0);
  analysis = JSON.parse(readFileSync(path.join(out, 'analysis.json'), 'utf8')) as Analysis;
});

/** What a reader can tell of a printed count: its value, or the bounds its label gives. */
function bounds(label: string, cap: number, mayBeZero: boolean): [number, number] {
  if (label === `<${MIN}`) return [mayBeZero ? 0 : 1, Math.min(MIN - 1, cap)];
  if (label === 'hidden') return [MIN, cap];
  return [Number(label), Number(label)];
}

/** The labels of the cells below `MIN` that the total and the other cells' bounds pin to one value. */
function pinned(cells: { label: string; bounds: [number, number] }[], total: number): string[] {
  const lows = cells.reduce((s, c) => s + c.bounds[0], 0);
  const highs = cells.reduce((s, c) => s + c.bounds[1], 0);
  return cells
    .filter((c) => c.label === `<${MIN}` && c.bounds[0] < c.bounds[1])
    .filter((c) => Math.max(c.bounds[0], total - (highs - c.bounds[1])) >= Math.min(c.bounds[1], total - (lows - c.bounds[0])))
    .map((c) => c.label);
}

describe('a conference of small groups', () => {
  it('lists values whose count is hidden after the shown ones, by name, in report.md and demographics.csv alike', () => {
    const rows = table('demographics');
    const report = readFileSync(path.join(out, 'report.md'), 'utf8');
    for (const attribute of ['gender', 'school', 'district']) {
      const values = rows.filter((r) => r.attribute === attribute);
      const hidden = values.filter((r) => !/^\d+$/.test(r.count!)).map((r) => r.value);
      const shownLast = values.map((r) => /^\d+$/.test(r.count!)).lastIndexOf(true);
      const hiddenFirst = values.findIndex((r) => !/^\d+$/.test(r.count!));
      expect(hidden.length, attribute).toBeGreaterThan(0);
      if (shownLast >= 0) expect(hiddenFirst, attribute).toBeGreaterThan(shownLast);
      expect(hidden, attribute).toEqual([...hidden].sort());
    }
    // The appendix lists the values in the same order, with the same labels.
    const appendix = report.slice(report.indexOf('### Who took part'), report.indexOf('### Themes', report.indexOf('### Who took part')));
    const printed = [...appendix.matchAll(/^\| [^|]* \| ([^|]+) \| ([^|]+) \|/gm)].map((m) => `${m[1]!.trim()}=${m[2]!.trim()}`).slice(2);
    expect(printed).toEqual(rows.map((r) => `${r.value}=${r.count}`));
  });

  it('prints "<5" only for counts below 5 and "hidden" only for counts of 5 or more', () => {
    const label = (shown: string, truth: number, what: string): void => {
      if (shown === `<${MIN}`) expect(truth, what).toBeLessThan(MIN);
      else if (shown === 'hidden') expect(truth, what).toBeGreaterThanOrEqual(MIN);
      else expect(Number(shown), what).toBe(truth);
    };
    table('demographics').forEach((r, i) => label(r.count!, analysis.demographics[i]!.count, `${r.attribute}=${r.value}`));
    const crosstab = table('crosstab');
    expect(crosstab.length).toBe(analysis.crosstab.length);
    crosstab.forEach((r, i) => {
      const x = analysis.crosstab[i]!;
      const what = `${r.theme_id} ${r.attribute}=${r.value}`;
      label(r.group_participants!, x.groupParticipants, what);
      label(r.participants!, x.participants, what);
      // A hidden group's responses say nothing of their number: with the theme's response total, a
      // "<5" or "hidden" there would give back the group's students.
      if (x.suppressed) expect(r.responses, what).toBe('hidden');
      else label(r.responses!, x.responses, what);
    });
  });

  it('leaves no count under 5 that the total and the labels around it give back', () => {
    expect(recoverable(out)).toEqual([]);
  });

  it('nor does the sample conference (its golden CSVs)', () => {
    expect(recoverable(path.join(ROOT, 'fixtures/personalization-2016-expected'))).toEqual([]);
  });
});

/**
 * Every count under 5 in a folder's demographics.csv and crosstab.csv that a reader could work out from
 * the totals (the denominator; a theme's students in themes.csv) and the other cells' labels. Attributes
 * where a student can hold several values are passed over: their cells do not add up to the total.
 */
function recoverable(folder: string): string[] {
  const read = (name: string): Row[] => parse(readFileSync(path.join(folder, `${name}.csv`), 'utf8'), { columns: true }) as Row[];
  const found: string[] = [];
  const demographics = read('demographics');
  const multi = new Set<string>();
  for (const attribute of new Set(demographics.map((r) => r.attribute!))) {
    const rows = demographics.filter((r) => r.attribute === attribute);
    // A multi-select attribute's shown counts alone can add to more than its students.
    if (rows.reduce((n, r) => n + (/^\d+$/.test(r.count!) ? Number(r.count) : 1), 0) > Number(rows[0]!.denominator)) multi.add(attribute);
    if (multi.has(attribute)) continue;
    const cells = rows.map((r) => ({ label: r.count!, bounds: bounds(r.count!, Infinity, false) }));
    if (pinned(cells, Number(rows[0]!.denominator)).length > 0) found.push(attribute);
  }
  const totals = new Map(read('themes').map((t) => [t.theme_id!, Number(t.participants)]));
  const crosstab = read('crosstab');
  for (const key of new Set(crosstab.map((r) => `${r.theme_id}|${r.attribute}`))) {
    const [theme, attribute] = key.split('|') as [string, string];
    // A theme nobody raised is 0 in every group, as themes.csv says: nothing there to work out.
    if (totals.get(theme) === 0 || multi.has(attribute)) continue;
    const rows = crosstab.filter((r) => r.theme_id === theme && r.attribute === attribute);
    // A "<5" may be 0 in a group whose size is hidden, and anywhere once every cell is hidden (zeros are
    // hidden too when nothing else would do).
    const allHidden = rows.every((r) => !/^\d+$/.test(r.participants!));
    const cells = rows.map((r) => {
      const sizeShown = /^\d+$/.test(r.group_participants!);
      return { label: r.participants!, bounds: bounds(r.participants!, sizeShown ? Number(r.group_participants) : Infinity, !sizeShown || allHidden) };
    });
    if (pinned(cells, totals.get(theme)!).length > 0) found.push(key);
  }
  return found;
}
