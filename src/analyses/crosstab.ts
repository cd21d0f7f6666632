// Theme-by-group crosstabs: how often each group of students raised each theme, with small cells suppressed.

import type { Coding, CrosstabRow, Participant, Response } from '../model.js';
import { NOT_STATED } from '../corpus/normalise.js';
import {
  type AttributeGroups,
  attributeKeys,
  compareAttributes,
  groupsOf,
  groupsOfAtLeast,
  printedGroups,
  type StudentGroups,
  scaleDisplayOrder,
  studentsOf,
  type SuppressedGroups,
} from './demographics.js';
import { roundRatio } from '../util/percent.js';
import { cannotProtect, isSmallTotal, labelBounds, suppressCells } from './suppression.js';
import { type LinkedCell, type LinkedSum, nestedSums, suppressLinked } from './linked-suppression.js';
import { themeParticipation, type ThemeParticipation } from './participation.js';

/** Fewest distinct stated values an attribute must have to be broken down by default. */
const CROSSTAB_MIN_VALUES = 2;
/** Most distinct stated values an attribute may have to be broken down by default (more is a list, not groups). */
const CROSSTAB_MAX_VALUES = 20;
/** Fewest groups of {@link breakdownGroupFloor} students or more an attribute must have to be broken down by default. */
const CROSSTAB_MIN_GROUPS = 2;
/** Fewest students a group needs to count toward {@link CROSSTAB_MIN_GROUPS}, however low `--min-cell` is set. */
const CROSSTAB_MIN_GROUP_SIZE = 5;

/**
 * The size a group must reach to count toward a default breakdown: the small-cell threshold, and never
 * under 5. Where fewer than two groups reach it (14 homerooms among 15 students), every row of the
 * breakdown is a small cell: hundreds of rows of "<5", or with `--min-cell 0` each student's themes
 * listed by their homeroom, and nothing to compare.
 */
function breakdownGroupFloor(minCell: number): number {
  return Math.max(minCell, CROSSTAB_MIN_GROUP_SIZE);
}

// Attributes that name people or are one-off identifiers are never a default breakdown: a crosstab by
// facilitator would print names, and by date or id would be a list, not a comparison.
const NOT_A_BREAKDOWN = /(^|[.-])(name|names|facilitator|facilitators|interviewer|moderator|id|email|date|time|timestamp)$/;

/**
 * The attributes broken down by default: every attribute of the students (including `source.<key>`)
 * with 2 to 20 distinct stated values, at least two groups (`Not stated` among them) of
 * {@link breakdownGroupFloor} students or more, except names, ids and dates. In
 * {@link compareAttributes} order. `--by` adds any other. `grouped`: the same students' groups, to reuse.
 */
export function defaultBreakdownAttributes(students: Participant[], minCell = 5, grouped?: StudentGroups): string[] {
  return defaultBreakdowns(students, minCell, grouped).map((g) => g.attribute);
}

/**
 * The groups of the default breakdown attributes ({@link defaultBreakdownAttributes}), each grouped once.
 * A transcript's `source.school` that groups the students exactly as their `school` does (focus groups
 * alone, whose front matter gave every speaker both) is left out: it is the same breakdown twice, which
 * the report would list as "compared across school and school".
 */
function defaultBreakdowns(students: Participant[], minCell: number, groups?: StudentGroups): AttributeGroups[] {
  const breakdowns: AttributeGroups[] = [];
  const floor = breakdownGroupFloor(minCell);
  for (const attribute of attributeKeys(students, true, groups)) {
    if (NOT_A_BREAKDOWN.test(attribute)) continue;
    const grouped = groupsOf(students, attribute, groups);
    const stated = grouped.groups.filter((g) => g.value !== NOT_STATED).length;
    if (stated < CROSSTAB_MIN_VALUES || stated > CROSSTAB_MAX_VALUES) continue;
    if (groupsOfAtLeast(grouped, floor, true) >= CROSSTAB_MIN_GROUPS) breakdowns.push(grouped);
  }
  return breakdowns.filter((b) => {
    if (!b.attribute.startsWith('source.')) return true;
    const own = breakdowns.find((o) => o.attribute === b.attribute.slice('source.'.length));
    return own === undefined || !sameGroups(own, b);
  });
}

/** Whether two breakdowns put the same students in groups of the same values. */
function sameGroups(a: AttributeGroups, b: AttributeGroups): boolean {
  if (a.groups.length !== b.groups.length) return false;
  return a.groups.every((g, i) => {
    const h = b.groups[i]!;
    if (g.value !== h.value || g.members.length !== h.members.length) return false;
    const ids = new Set(g.members.map((m) => m.id));
    return h.members.every((m) => ids.has(m.id));
  });
}

/** The attributes to break down by: those asked for (deduplicated, in the usual order) or the default. */
export function breakdownAttributes(students: Participant[], minCell: number, attributes?: string[], grouped?: StudentGroups): string[] {
  return attributes ? [...new Set(attributes)].sort(compareAttributes) : defaultBreakdownAttributes(students, minCell, grouped);
}

/**
 * The groups to break down by, of the attributes asked for or of the default ones (see
 * {@link breakdownAttributes}), flagging groups whose size the demographics suppress, in the
 * demographics' order ({@link printedGroups}). `grouped`: the same students' groups, to reuse.
 */
export function breakdownsFor(students: Participant[], attributes: string[] | undefined, minCell: number, grouped?: StudentGroups): SuppressedGroups[] {
  return printedGroups(students, breakdownAttributes(students, minCell, attributes, grouped), minCell, undefined, grouped);
}

/**
 * Crosstab of themes by group: for each theme, attribute and value, the group's responses carrying the
 * theme, the group's students raising it, their percent of the group, and the ratio of the group's share
 * of the theme's students to its share of all students (1 = as often as everyone; null when nobody raised
 * the theme: 0 of 0 is no share, and a ratio of 0 there read as "this group raised it less than others").
 *
 * - Students only; a student missing the attribute is in the `Not stated` group; a student with several
 *   values of a multi-select attribute is in each of those groups.
 * - Attributes: `options.attributes`, or every attribute with 2–20 distinct stated values and two
 *   groups of 5 students or more ({@link defaultBreakdownAttributes}).
 * - Suppression, within each theme × attribute: participant counts below `minCell`, every cell of a group
 *   whose size the demographics suppress (`groupSuppressed`; even a 0, since "none of these 3" is a
 *   statement about each of them), and complementary cells so none can be worked back from the theme's
 *   total ({@link suppressCells}); and where breakdowns nest (schools in districts), more, so that no
 *   cell can be worked back from another breakdown's either ({@link suppressNestedCells}).
 * - Rows go by theme (in `themeIds` order), attribute and value (as in the demographics, where groups
 *   whose size is hidden follow the others, and a rating scale's values go in its order: only the rows
 *   are, the cells being suppressed in the groups' own order; {@link scaleDisplayOrder}).
 */
export function computeCrosstab(
  participants: Participant[],
  responses: Response[],
  codings: Coding[],
  themeIds: string[],
  options: {
    minCell: number;
    attributes?: string[];
    participation?: ThemeParticipation;
    /** The groups of the same students, `minCell` and attributes ({@link breakdownsFor}), to reuse. */
    breakdowns?: SuppressedGroups[];
    /** Their members as student indices of `participation` ({@link breakdownMembers}), to reuse. */
    members?: Int32Array[][];
  },
): CrosstabRow[] {
  const students = studentsOf(participants);
  const total = students.length;
  // As in the demographics: with fewer students than the threshold, any group would describe them.
  if (total === 0 || isSmallTotal(total, options.minCell)) return [];
  const breakdowns = options.breakdowns ?? breakdownsFor(students, options.attributes, options.minCell);
  const participation = options.participation ?? themeParticipation(students, responses, codings, themeIds);
  const themeIndex = new Map(participation.themeIds.map((id, t) => [id, t]));
  const noCounts = new Int32Array(participation.studentCount);
  // Group members as student indices, once, rather than looking ids up per theme.
  const memberIndices = options.members ?? breakdownMembers(breakdowns, participation);
  const outsideIndices = breakdowns.map(({ outside }) => (outside ? memberIndicesOf(outside, participation) : undefined));

  // The sums nested breakdowns give a reader (a district's schools add up to it), the same for every
  // theme: cells are laid out breakdown after breakdown.
  const offsets: number[] = [];
  breakdowns.reduce((at, { groups }) => (offsets.push(at), at + groups.length), 0);
  const nested = nestedSums(breakdowns, (b, g) => offsets[b]! + g);
  const sizes = breakdowns.map(({ groups }) => groups.map((g) => g.members.length));

  const rows: CrosstabRow[] = [];
  for (const themeId of themeIds) {
    const t = themeIndex.get(themeId);
    const counts = t === undefined ? noCounts : participation.counts[t]!;
    const themeTotal = t === undefined ? 0 : participation.raisers[t]!;
    const tables: ThemeTable[] = breakdowns.map(({ groups, sizeSuppressed, multiSelect, outside }, b) => {
      const cells = memberIndices[b]!.map((members) => {
        let participantCount = 0;
        let responseCount = 0;
        for (let k = 0; k < members.length; k++) {
          const n = counts[members[k]!]!;
          if (n > 0) {
            participantCount += 1;
            responseCount += n;
          }
        }
        return { participantCount, responseCount };
      });
      // A group's size, where it is shown, caps what a reader can take its hidden cell to be.
      const raisers = cells.map((c) => c.participantCount);
      const caps = groups.map(({ members }, i) => (sizeSuppressed[i] ? undefined : members.length));
      const suppressed = suppressCells(raisers, options.minCell, sizeSuppressed, caps);
      // Nothing left to hide, and the theme's total (in themes.csv and the report) still gives a small
      // count back: 1 and 5 of its 6 students read "<5" and "hidden", so 1 and 5. Such a breakdown is
      // left out, as an attribute whose sizes cannot be protected is. (Where zeros were hidden too, a
      // "<5" may be 0, and the count is no longer pinned; a multi-select student counts in two groups; a
      // theme nobody raised has a total of 0 that says every cell already.)
      const zerosHidden = suppressed.some((hidden, i) => hidden && raisers[i] === 0 && !sizeSuppressed[i]);
      const raised = raisers.some((n) => n > 0);
      const dropped = raised && !multiSelect && !zerosHidden && cannotProtect(raisers, options.minCell, suppressed, sizeSuppressed, caps);
      // A breakdown of the students alone, in a forum of several roles (a grade: see groupByAttribute),
      // adds up to the students who raised the theme, not to everyone who did.
      let raisedBy = themeTotal;
      for (const k of outsideIndices[b] ?? []) if (counts[k]! > 0) raisedBy -= 1;
      return { cells, raisers, caps, sizeSuppressed, suppressed, multiSelect, dropped, raisedBy };
    });
    if (nested.length > 0 && themeTotal > 0 && options.minCell > 1) suppressNestedCells(tables, sizes, offsets, nested, themeTotal, options.minCell);
    breakdowns.forEach(({ attribute, groups, outside }, b) => {
      const { cells, sizeSuppressed, suppressed, dropped, raisedBy } = tables[b]!;
      if (dropped) return;
      const of = total - (outside?.length ?? 0);
      for (const i of scaleDisplayOrder(groups) ?? groups.map((_, g) => g)) {
        const { value, members } = groups[i]!;
        const size = members.length;
        const { participantCount, responseCount } = cells[i]!;
        const row: CrosstabRow = {
          themeId,
          attribute,
          value,
          groupParticipants: size,
          responses: responseCount,
          participants: participantCount,
          percentOfGroup: roundRatio(participantCount * 100, size, 1),
          // (p / T) / (g / N) = p·N / (T·g), rounded exactly from integers.
          ratio: raisedBy === 0 ? null : roundRatio(participantCount * of, raisedBy * size, 2),
          suppressed: suppressed[i]!,
        };
        if (sizeSuppressed[i]) row.groupSuppressed = true;
        rows.push(row);
      }
    });
  }
  return rows;
}

/** One theme by one attribute, before its rows are written: the counts and what is hidden. */
interface ThemeTable {
  cells: { participantCount: number; responseCount: number }[];
  raisers: number[];
  caps: (number | undefined)[];
  sizeSuppressed: boolean[];
  suppressed: boolean[];
  multiSelect: boolean;
  dropped: boolean;
  /** How many of the people the breakdown is of raised the theme: its cells' total. */
  raisedBy: number;
}

/**
 * Hide more of one theme's cells where breakdowns nest ({@link nestedSums}): a district's count of the
 * theme less its other schools' gives back a school's hidden in its own breakdown. Where that cannot
 * protect a count, the finest breakdown holding it is dropped for the theme. `tables` are changed in place.
 */
function suppressNestedCells(tables: ThemeTable[], breakdownSizes: number[][], offsets: number[], nested: LinkedSum[], themeTotal: number, minCell: number): void {
  const owner = tables.flatMap((table, b) => table.raisers.map((_, g) => ({ b, g })));
  for (;;) {
    const live = (i: number): boolean => !tables[owner[i]!.b]!.dropped;
    // A zero hidden beside the "<5"s it protects reads "<5" too, so a reader takes every "<5" of that
    // breakdown for 0 to 4, not only the zero's: with the theme's 1 student at a South school, North's 0
    // and South's 1 both read "<5", and South was taken to be "1 by its label" and so never protected,
    // while North's visible only school (0) gave North, and so South's 1, back.
    const hidesZero = tables.map((table) => table.suppressed.some((hidden, g) => hidden && table.raisers[g] === 0));
    const label = (i: number): [number, number] => {
      const { b, g } = owner[i]!;
      const table = tables[b]!;
      return labelBounds(table.raisers[g]!, minCell, table.sizeSuppressed[g]! || hidesZero[b]!, Math.min(table.caps[g] ?? Infinity, themeTotal));
    };
    const cells: LinkedCell[] = owner.map(({ b, g }, i) => {
      const count = tables[b]!.raisers[g]!;
      const hidden = tables[b]!.suppressed[g]!;
      const [lo, hi] = hidden ? label(i) : [count, count];
      // A small count, or any count of a small group ("none of these 3" is said of each); a group hidden
      // only so that a small one cannot be worked out is not small itself.
      const protect = (count > 0 && count < minCell) || (tables[b]!.sizeSuppressed[g]! && breakdownSizes[b]![g]! < minCell);
      return { count, hidden, lo, hi, protect };
    });
    const sums: LinkedSum[] = [
      ...tables.flatMap((table, b) =>
        table.dropped || table.multiSelect ? [] : [{ plus: table.raisers.map((_, g) => offsets[b]! + g), total: table.raisedBy }],
      ),
      ...nested.filter((sum) => sum.plus.every(live) && typeof sum.total !== 'number' && live(sum.total.cell)),
    ];
    const pinned = suppressLinked(cells, sums, minCell, label);
    cells.forEach((cell, i) => (tables[owner[i]!.b]!.suppressed[owner[i]!.g] = cell.hidden));
    if (pinned.length === 0) return;
    // The finest breakdown holding a pinned cell goes (schools before their districts), then the rest are tried again.
    const finest = pinned.map((i) => owner[i]!.b).sort((a, b) => tables[b]!.raisers.length - tables[a]!.raisers.length || a - b)[0]!;
    tables[finest]!.dropped = true;
  }
}

/** Per breakdown, per group (in their order), its members as student indices ({@link memberIndicesOf}). */
export function breakdownMembers(breakdowns: readonly AttributeGroups[], participation: ThemeParticipation): Int32Array[][] {
  return breakdowns.map(({ groups }) => groups.map(({ members }) => memberIndicesOf(members, participation)));
}

/** The student indices of a group's members (members unknown to the index point at no counts). */
export function memberIndicesOf(members: readonly Participant[], participation: ThemeParticipation): Int32Array {
  // An index past the students reads as undefined, which counts as "did not raise".
  const out = new Int32Array(members.length);
  for (let k = 0; k < members.length; k++) out[k] = participation.studentIndex.get(members[k]!.id) ?? participation.studentCount;
  return out;
}
