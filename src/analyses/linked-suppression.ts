// Small-cell suppression across counts that share totals: a school's size inside its district's, a
// theme's students by school inside the same theme's students by district.
import type { Participant } from '../model.js';
import { splitMultiValue } from '../corpus/normalise.js';
import type { AttributeGroups } from './demographics.js';

// Complements tried, smallest first: more than suppressCells tries, as the sums of nested attributes
// often leave the small ones no help (a district's other schools are all in its own sum).
const TRIED = 40;

/**
 * One count as a reader meets it: its true value, whether it is hidden, and what its label tells a reader
 * when it is (`lo` … `hi`: "<5" is 1 … 4, "hidden" 5 or more, no more than its group).
 */
export interface LinkedCell {
  count: number;
  hidden: boolean;
  lo: number;
  hi: number;
  /** Whether a reader must not work the count out; by default, a count below `minCell`. */
  protect?: boolean;
}

/**
 * A sum a reader can form from the printed tables: the cells `plus` add up to `total` when it is a
 * number (an attribute's groups add up to every student), or to the cell `total` (a district's schools
 * add up to the district).
 */
export interface LinkedSum {
  plus: number[];
  total: number | { cell: number };
}

/**
 * The hidden cells to protect (below `minCell`, by default) whose value a reader can still work out from the visible ones, the
 * labels and the sums, by narrowing every cell's bounds through every sum until nothing changes. A label
 * that already says the value (a "<2" is 1) is not counted. Bounds narrowed this way are what a reader
 * with a pencil can reach; an exact linear-programming audit could occasionally narrow them further.
 */
function pinnedCells(cells: readonly LinkedCell[], sums: readonly LinkedSum[], minCell: number): number[] {
  const lo = cells.map((c) => (c.hidden ? c.lo : c.count));
  const hi = cells.map((c) => (c.hidden ? c.hi : c.count));
  // Each pass narrows some bound by at least 1, and no bound is wider than the largest count.
  for (let changed = true, passes = 0; changed && passes < 1000; passes++) {
    changed = false;
    for (const sum of sums) {
      // Σ plus − minus = constant
      const minus = typeof sum.total === 'number' ? undefined : sum.total.cell;
      const constant = typeof sum.total === 'number' ? sum.total : 0;
      let low = 0;
      let high = 0;
      for (const i of sum.plus) {
        low += lo[i]!;
        high += hi[i]!;
      }
      if (minus !== undefined) {
        low -= hi[minus]!;
        high -= lo[minus]!;
      }
      const narrow = (i: number, from: number, to: number): void => {
        if (from > lo[i]!) {
          lo[i] = from;
          changed = true;
        }
        if (to < hi[i]!) {
          hi[i] = to;
          changed = true;
        }
      };
      // A term's value is the constant less the others' sum, whose range is the whole range less its own.
      for (const i of sum.plus) narrow(i, constant - (high - hi[i]!), constant - (low - lo[i]!));
      if (minus !== undefined) narrow(minus, low + hi[minus]! - constant, high + lo[minus]! - constant);
    }
  }
  return cells
    .map((c, i) => i)
    .filter((i) => {
      const cell = cells[i]!;
      return cell.hidden && (cell.protect ?? cell.count < minCell) && cell.lo < cell.hi && lo[i]! >= hi[i]!;
    });
}

/**
 * Hide more cells until no small count can be worked out ({@link pinnedCells}): each time, of the visible
 * non-zero cells that share a sum with a cell still pinned, the smallest whose hiding is enough, else
 * the one that leaves the fewest pinned (ties: the smaller, then the earlier). `label(i)` gives a cell's bounds once hidden. Cells are changed in
 * place.
 *
 * @returns the cells still pinned when no such cell is left to hide (empty when all are protected).
 */
export function suppressLinked(
  cells: LinkedCell[],
  sums: readonly LinkedSum[],
  minCell: number,
  label: (i: number) => [number, number],
): number[] {
  const hide = (i: number, hidden: boolean): void => {
    const cell = cells[i]!;
    cell.hidden = hidden;
    [cell.lo, cell.hi] = hidden ? label(i) : [cell.count, cell.count];
  };
  for (;;) {
    const pinned = pinnedCells(cells, sums, minCell);
    if (pinned.length === 0) return [];
    const near = new Set<number>();
    for (const sum of sums) {
      const members = typeof sum.total === 'number' ? sum.plus : [...sum.plus, sum.total.cell];
      if (members.some((i) => pinned.includes(i))) for (const i of members) if (!cells[i]!.hidden && cells[i]!.count > 0) near.add(i);
    }
    const candidates = [...near].sort((a, b) => cells[a]!.count - cells[b]!.count || a - b).slice(0, TRIED);
    if (candidates.length === 0) return pinned;
    // The smallest enough alone, else the smallest that leaves the fewest pinned: hiding the smallest
    // regardless hid a district's every small school before the one a larger sum pinned.
    let next = candidates[0]!;
    let fewest = Infinity;
    for (const i of candidates) {
      hide(i, true);
      const left = pinnedCells(cells, sums, minCell).length;
      hide(i, false);
      if (left < fewest) [next, fewest] = [i, left];
      if (left === 0) break;
    }
    hide(next, true);
  }
}

/**
 * The sums that attributes nesting in one another give a reader: where every student of some groups of
 * one attribute (Birch and Cedar schools) holds one value of another (the Langley district) and they are
 * all of that value's students, those groups add up to it. Multi-select attributes, whose students
 * count in several groups, are left out.
 *
 * @param cellOf the cell index of group `g` of attribute `a` (of `attributes`), or undefined for a group
 *   not printed.
 */
export function nestedSums(attributes: readonly AttributeGroups[], cellOf: (a: number, g: number) => number | undefined): LinkedSum[] {
  const single = attributes.map((grouped, a) => ({ grouped, a })).filter(({ grouped }) => !grouped.multiSelect);
  // Per attribute, a student's group, read from the student's value as groupByAttribute read it (a map
  // of every student by id, built per attribute and per call, was 0.4 s of a 50,000-student survey).
  const groupOf = single.map(({ grouped }) => {
    const index = new Map(grouped.groups.map((g, k) => [g.value, k]));
    const byRaw = new Map<string | undefined, number | undefined>();
    return (m: Participant): number | undefined => {
      const raw = m.attributes[grouped.attribute];
      if (!byRaw.has(raw)) byRaw.set(raw, index.get(splitMultiValue(raw)[0]!));
      return byRaw.get(raw);
    };
  });
  const sums: LinkedSum[] = [];
  single.forEach((parent, p) => {
    single.forEach((child, c) => {
      if (p === c) return;
      // The parent group each child group lies wholly inside, if any.
      const inside = child.grouped.groups.map((g) => {
        const first = g.members[0] === undefined ? undefined : groupOf[p]!(g.members[0]);
        return first !== undefined && g.members.every((m) => groupOf[p]!(m) === first) ? first : undefined;
      });
      parent.grouped.groups.forEach((group, v) => {
        const children = inside.flatMap((at, k) => (at === v ? [k] : []));
        const covered = children.reduce((n, k) => n + child.grouped.groups[k]!.members.length, 0);
        // A parent group of one child group is the same students twice: still a sum (9 = 9).
        if (children.length === 0 || covered !== group.members.length) return;
        const total = cellOf(parent.a, v);
        const plus = children.map((k) => cellOf(child.a, k));
        if (total === undefined || plus.some((i) => i === undefined)) return;
        sums.push({ plus: plus as number[], total: { cell: total } });
      });
    });
  });
  return sums;
}
