// Theme-by-group crosstabs: how often each group of students raised each theme, with small cells suppressed.

import type { Coding, CrosstabRow, Participant, Response } from '../model.js';
import { NOT_STATED } from '../corpus/normalise.js';
import {
  type AttributeGroups,
  attributesOf,
  compareAttributes,
  groupByAttribute,
  groupsOfAtLeast,
  studentsOf,
  suppressGroupSizes,
  type SuppressedGroups,
} from './demographics.js';
import { roundRatio } from './stats.js';
import { cannotProtect, isSmallTotal, suppressCells } from './suppression.js';
import { themeParticipation, type ThemeParticipation } from './participation.js';

/** Fewest distinct stated values an attribute must have to be broken down by default. */
export const CROSSTAB_MIN_VALUES = 2;
/** Most distinct stated values an attribute may have to be broken down by default (more is a list, not groups). */
export const CROSSTAB_MAX_VALUES = 20;
/** Fewest groups of {@link breakdownGroupFloor} students or more an attribute must have to be broken down by default. */
export const CROSSTAB_MIN_GROUPS = 2;
/** Fewest students a group needs to count toward {@link CROSSTAB_MIN_GROUPS}, however low `--min-cell` is set. */
export const CROSSTAB_MIN_GROUP_SIZE = 5;

/**
 * The size a group must reach to count toward a default breakdown: the small-cell threshold, and never
 * under 5. Where fewer than two groups reach it (14 homerooms among 15 students), every row of the
 * breakdown is a small cell: hundreds of rows of "<5", or with `--min-cell 0` each student's themes
 * listed by their homeroom, and nothing to compare.
 */
export function breakdownGroupFloor(minCell: number): number {
  return Math.max(minCell, CROSSTAB_MIN_GROUP_SIZE);
}

// Attributes that name people or are one-off identifiers are never a default breakdown: a crosstab by
// facilitator would print names, and by date or id would be a list, not a comparison.
const NOT_A_BREAKDOWN = /(^|[.-])(name|names|facilitator|facilitators|interviewer|moderator|id|email|date|time|timestamp)$/;

/**
 * Per theme, the students who raised it: participant id → number of their responses carrying the theme.
 * Codings of responses by anyone but a student are ignored.
 */
export function indexThemeParticipants(
  students: Participant[],
  responses: Response[],
  codings: Coding[],
  themeIds: string[],
): Map<string, Map<string, number>> {
  const { studentIndex, counts } = themeParticipation(students, responses, codings, themeIds);
  const index = new Map<string, Map<string, number>>(themeIds.map((id) => [id, new Map()]));
  themeIds.forEach((themeId, t) => {
    const byParticipant = index.get(themeId)!;
    for (const [id, s] of studentIndex) if (counts[t]![s]! > 0) byParticipant.set(id, counts[t]![s]!);
  });
  return index;
}

/**
 * The attributes broken down by default: every attribute of the students (including `source.<key>`)
 * with 2 to 20 distinct stated values, at least two groups (`Not stated` among them) of
 * {@link breakdownGroupFloor} students or more, except names, ids and dates. In
 * {@link compareAttributes} order. `--by` adds any other.
 */
export function defaultBreakdownAttributes(students: Participant[], minCell = 5): string[] {
  return defaultBreakdowns(students, minCell).map((g) => g.attribute);
}

/**
 * The groups of the default breakdown attributes ({@link defaultBreakdownAttributes}), each grouped once.
 * A transcript's `source.school` that groups the students exactly as their `school` does (focus groups
 * alone, whose front matter gave every speaker both) is left out: it is the same breakdown twice, which
 * the report would list as "compared across school and school".
 */
function defaultBreakdowns(students: Participant[], minCell: number): AttributeGroups[] {
  const breakdowns: AttributeGroups[] = [];
  const floor = breakdownGroupFloor(minCell);
  for (const attribute of attributesOf(students, true)) {
    if (NOT_A_BREAKDOWN.test(attribute)) continue;
    const grouped = groupByAttribute(students, attribute);
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
export function breakdownAttributes(students: Participant[], minCell: number, attributes?: string[]): string[] {
  return attributes ? [...new Set(attributes)].sort(compareAttributes) : defaultBreakdownAttributes(students, minCell);
}

/** Group the students by each attribute, flagging groups whose size the demographics suppress, in the demographics' order. */
export function breakdownGroups(students: Participant[], attributes: string[], minCell: number): SuppressedGroups[] {
  return attributes.map((attribute) => suppressGroupSizes(groupByAttribute(students, attribute), minCell)).filter((g) => !g.withheld);
}

/**
 * The groups to break down by: of the attributes asked for, or of the default ones (see
 * {@link breakdownAttributes}); the same as `breakdownGroups(students, breakdownAttributes(…), minCell)`,
 * with each attribute grouped once.
 */
export function breakdownsFor(students: Participant[], attributes: string[] | undefined, minCell: number): SuppressedGroups[] {
  if (attributes) return breakdownGroups(students, breakdownAttributes(students, minCell, attributes), minCell);
  return defaultBreakdowns(students, minCell)
    .map((grouped) => suppressGroupSizes(grouped, minCell))
    .filter((g) => !g.withheld);
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
 *   total ({@link suppressCells}).
 * - Rows go by theme (in `themeIds` order), attribute and value (as in the demographics, where groups
 *   whose size is hidden follow the others).
 */
export function computeCrosstab(
  participants: Participant[],
  responses: Response[],
  codings: Coding[],
  themeIds: string[],
  options: { minCell: number; attributes?: string[]; participation?: ThemeParticipation },
): CrosstabRow[] {
  const students = studentsOf(participants);
  const total = students.length;
  // As in the demographics: with fewer students than the threshold, any group would describe them.
  if (total === 0 || isSmallTotal(total, options.minCell)) return [];
  const breakdowns = breakdownsFor(students, options.attributes, options.minCell);
  const participation = options.participation ?? themeParticipation(students, responses, codings, themeIds);
  const themeIndex = new Map(participation.themeIds.map((id, t) => [id, t]));
  const noCounts = new Int32Array(participation.studentCount);
  // Group members as student indices, once, rather than looking ids up per theme.
  const memberIndices = breakdowns.map(({ groups }) => groups.map(({ members }) => memberIndicesOf(members, participation)));

  const rows: CrosstabRow[] = [];
  for (const themeId of themeIds) {
    const t = themeIndex.get(themeId);
    const counts = t === undefined ? noCounts : participation.counts[t]!;
    const themeTotal = t === undefined ? 0 : participation.raisers[t]!;
    breakdowns.forEach(({ attribute, groups, sizeSuppressed, multiSelect }, b) => {
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
      if (raised && !multiSelect && !zerosHidden && cannotProtect(raisers, options.minCell, suppressed, sizeSuppressed, caps)) return;
      groups.forEach(({ value, members }, i) => {
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
          ratio: themeTotal === 0 ? null : roundRatio(participantCount * total, themeTotal * size, 2),
          suppressed: suppressed[i]!,
        };
        if (sizeSuppressed[i]) row.groupSuppressed = true;
        rows.push(row);
      });
    });
  }
  return rows;
}

/** The student indices of a group's members (members unknown to the index point at no counts). */
export function memberIndicesOf(members: readonly Participant[], participation: ThemeParticipation): Int32Array {
  // An index past the students reads as undefined, which counts as "did not raise".
  const out = new Int32Array(members.length);
  for (let k = 0; k < members.length; k++) out[k] = participation.studentIndex.get(members[k]!.id) ?? participation.studentCount;
  return out;
}
