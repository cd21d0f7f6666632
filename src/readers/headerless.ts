// Tells a sheet saved without its header row: the first row is then a student's answers, which would be
// read as the questions (a student's words as a heading of the report) and that student left out.

/** How many rows below the first are compared with it. */
const SAMPLE_ROWS = 50;
const NUMBER = /^[-+]?\d+(?:[.,]\d+)?$/;

/** A short value's shape, letters as `a` and digits as `9`: `S01` and `S02` are both `a99`. */
const shape = (value: string): string => value.replace(/\p{L}/gu, 'a').replace(/\d/g, '9');

/** How a first-row cell looks like the values below it rather than a header over them, if it does. */
type Likeness = 'number' | 'value' | 'id';

function likeness(cell: string, below: string[]): Likeness | undefined {
  if (cell === '' || below.length === 0) return undefined;
  const lower = cell.toLowerCase();
  // A value its column repeats among others ("Female" over Male, Female …): a header never names one of
  // its answers, but for a checkbox option's column, which holds its header or nothing ("Tutoring").
  const same = below.filter((v) => v.toLowerCase() === lower).length;
  if (cell.length <= 30 && same > 0 && same < below.length) return 'value';
  // A number over a column of numbers (a grade, an age).
  if (NUMBER.test(cell)) return below.filter((v) => NUMBER.test(v)).length >= below.length * 0.8 ? 'number' : undefined;
  // An id over ids of its shape ("S01" over S02, S03 …), each different.
  if (cell.length <= 12 && /\d/.test(cell)) {
    const s = shape(cell);
    const shaped = below.filter((v) => shape(v) === s);
    if (shaped.length >= below.length * 0.8 && new Set([lower, ...shaped.map((v) => v.toLowerCase())]).size === shaped.length + 1) return 'id';
  }
  return undefined;
}

/**
 * The first-row cells that show a sheet has no header row, or undefined for a sheet that has one: two
 * columns or more whose first cell is a value of the kind below it (one its column repeats, a number over
 * numbers, an id shaped like the ids below), not all of them numbers (a table of figures by year has
 * headers `2016`, `2017`). At least three rows must be below to compare with, the header repeated
 * lower down aside.
 */
export function firstRowIsData(first: string[], rows: Iterable<string[]>): string[] | undefined {
  // The header again further down (two exports joined into one) is no value under it.
  const again = (r: string[]): boolean => first.every((c, i) => c.trim().toLowerCase() === (r[i] ?? '').trim().toLowerCase());
  // The first rows only: a survey of 50,000 rows is not read through to sample 50.
  const sample: string[][] = [];
  for (const r of rows) {
    if (again(r)) continue;
    sample.push(r);
    if (sample.length === SAMPLE_ROWS) break;
  }
  if (sample.length < 3) return undefined;
  const found: { cell: string; kind: Likeness }[] = [];
  first.forEach((raw, i) => {
    const cell = raw.trim();
    const below = sample.map((r) => (r[i] ?? '').trim()).filter((v) => v !== '');
    const kind = likeness(cell, below);
    if (kind) found.push({ cell, kind });
  });
  if (found.length < 2 || found.every((f) => f.kind === 'number')) return undefined;
  return found.map((f) => f.cell);
}
