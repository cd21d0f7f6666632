// Participant demographics: how many students gave each value of each attribute, with small cells suppressed.

import type { DemographicRow, Participant } from '../model.js';
import { NOT_STATED, splitMultiValue } from '../corpus/normalise.js';
import { roundRatio } from '../util/percent.js';
import { byCodeUnits } from '../util/text.js';
import { cannotProtect, isSmallTotal, suppressCells } from './suppression.js';
import { type LinkedCell, type LinkedSum, nestedSums, suppressLinked } from './linked-suppression.js';
import { isStudentNoun, roleNoun } from '../util/participant-nouns.js';
import { ROLE_ATTRIBUTE, severalRolesGiving } from './roles.js';
import { scaleOrder } from './rating-scales.js';

/** Attributes listed first, in this order; the rest follow alphabetically. */
const ATTRIBUTE_ORDER = ['gender', 'grade', 'age', 'school-level', 'school', 'district', 'indigenous', 'program'];

/** Attributes whose values are ordered as numbers (K first) rather than by count. */
const NUMERIC_ATTRIBUTES = new Set(['grade', 'age']);

/** Compare attribute keys: the preferred order first, then alphabetically. */
export function compareAttributes(a: string, b: string): number {
  const ia = ATTRIBUTE_ORDER.indexOf(a);
  const ib = ATTRIBUTE_ORDER.indexOf(b);
  if (ia !== ib) return (ia < 0 ? Infinity : ia) - (ib < 0 ? Infinity : ib);
  return byCodeUnits(a, b);
}

/** The students among the participants: facilitators are never counted. */
export function studentsOf(participants: Participant[]): Participant[] {
  return participants.filter((p) => p.role === 'student');
}

/** The values a participant holds for an attribute: one, several (multi-select), or `Not stated`. */
export function valuesOf(participant: Participant, attribute: string): string[] {
  return splitMultiValue(participant.attributes[attribute]);
}

const NUMERIC_VALUE = /^(K|\d+(\.\d+)?)$/;

function numericKey(value: string): number {
  if (value === 'K') return -1;
  const match = /^\d+(\.\d+)?/.exec(value);
  return match ? Number(match[0]) : Infinity;
}

/** Whether an attribute's values go in numeric order: grade, age, or stated values all numbers (or K). */
function isNumericAttribute(attribute: string, stated: string[]): boolean {
  const key = attribute.replace(/^source\./, '');
  return NUMERIC_ATTRIBUTES.has(key) || (stated.length > 0 && stated.every((v) => NUMERIC_VALUE.test(v)));
}

/**
 * The order an attribute's groups are counted and suppressed in. Grade, age, and any attribute whose
 * stated values are all numbers (or K), go in numeric order with K first; others by count, largest
 * first, then by name. `Not stated` is always last. A rating scale's values are counted in this order
 * too, and only written in the scale's ({@link scaleDisplayOrder}): which of two equal counts is hidden
 * depends on it.
 *
 * @param counts participants per value
 */
export function orderValues(attribute: string, counts: Map<string, number>): string[] {
  const stated = [...counts.keys()].filter((v) => v !== NOT_STATED);
  stated.sort(
    isNumericAttribute(attribute, stated)
      ? (a, b) => numericKey(a) - numericKey(b) || byCodeUnits(a, b)
      : (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || byCodeUnits(a, b),
  );
  return counts.has(NOT_STATED) ? [...stated, NOT_STATED] : stated;
}

/**
 * The order a table lists an attribute's groups in, as indices of `groups`, where it is not theirs: the
 * values of one rating scale ("Strongly agree" … "Strongly disagree", "Always" … "Never": see
 * analyses/rating-scales.ts) in the scale's own order, `Not stated` last; undefined for any other
 * attribute. Applied only as the rows are written: the groups are counted and suppressed in their own
 * order ({@link orderValues}, {@link suppressAttributeGroups}), whose ties decide which of two equal
 * counts a complementary suppression hides, so the scale's order changes nothing that is hidden. Nor
 * does it tell anything of a hidden size, as a count's order would: a value's place on the scale is
 * its wording's.
 */
export function scaleDisplayOrder(groups: readonly { value: string }[]): number[] | undefined {
  const stated = groups.flatMap((g, i) => (g.value === NOT_STATED ? [] : [i]));
  const order = scaleOrder(stated.map((i) => groups[i]!.value));
  if (!order) return undefined;
  return [...order.map((k) => stated[k]!), ...groups.flatMap((g, i) => (g.value === NOT_STATED ? [i] : []))];
}

/** One attribute's values among the students: who holds each, in display order. */
export interface AttributeGroups {
  attribute: string;
  /** Whether some student holds more than one value (a multi-select attribute). */
  multiSelect: boolean;
  groups: { value: string; members: Participant[] }[];
  /**
   * Those left out of the groups: in a forum of several roles, the people whose Role column names
   * another role than a student's, for an attribute only a student has ({@link STUDENT_ATTRIBUTES}).
   * Absent where no one is left out.
   */
  outside?: Participant[];
}

/**
 * Attributes that describe a student alone: a teacher's grade is the grade they teach, a parent's their
 * child's, and a teacher's program the one they teach in. In a forum of several roles they are the
 * students' (see {@link nonStudents}); where everyone is a teacher, the grade they teach is theirs.
 */
export const STUDENT_ATTRIBUTES: ReadonlySet<string> = new Set(['grade', 'program']);

/**
 * The people whose Role column names another role than a student's (teacher, parent, staff member),
 * where the forum has students beside them: someone whose role is a student's, or who has no Role
 * column at all (a students' sheet beside a staff sheet with one). Empty otherwise: a forum of teachers
 * alone has only their grades to describe. A role cell that says none (`Other`, `N/A`) leaves its
 * person among the students, as they are signed.
 */
export function nonStudents(people: readonly Participant[]): Set<Participant> {
  // A forum's people share a handful of role values: each is read once.
  const kind = new Map<string | undefined, 'student' | 'other' | 'none'>();
  const kindOf = (raw: string | undefined): 'student' | 'other' | 'none' => {
    let k = kind.get(raw);
    if (k === undefined) {
      const noun = raw === undefined ? undefined : roleNoun(raw);
      k = raw === undefined || (noun !== undefined && isStudentNoun(noun)) ? 'student' : noun === undefined ? 'none' : 'other';
      kind.set(raw, k);
    }
    return k;
  };
  const outside = new Set<Participant>();
  let students = false;
  for (const p of people) {
    const k = kindOf(p.attributes[ROLE_ATTRIBUTE]);
    if (k === 'other') outside.add(p);
    else if (k === 'student') students = true;
  }
  return students ? outside : new Set();
}

/**
 * Group students by their values of one attribute (a student missing the attribute is `Not stated`;
 * a multi-select student is in each of their groups), in {@link orderValues} order. For an attribute only
 * a student has ({@link STUDENT_ATTRIBUTES}), the people of other roles in a forum of several are left out
 * (`outside`): their grade is not a student's.
 */
export function groupByAttribute(students: Participant[], attribute: string): AttributeGroups {
  const members = new Map<string, Participant[]>();
  // Students share a handful of raw values: each is split once.
  const split = new Map<string | undefined, string[]>();
  let multiSelect = false;
  const others = STUDENT_ATTRIBUTES.has(attribute) ? nonStudents(students) : new Set<Participant>();
  const outside: Participant[] = [];
  for (const student of students) {
    if (others.has(student)) {
      outside.push(student);
      continue;
    }
    const raw = student.attributes[attribute];
    let values = split.get(raw);
    if (!values) split.set(raw, (values = splitMultiValue(raw)));
    if (values.length > 1) multiSelect = true;
    for (const value of values) {
      const list = members.get(value);
      if (list) list.push(student);
      else members.set(value, [student]);
    }
  }
  const counts = new Map([...members].map(([value, list]) => [value, list.length]));
  const groups = orderValues(attribute, counts).map((value) => ({ value, members: members.get(value) ?? [] }));
  return outside.length > 0 ? { attribute, multiSelect, groups, outside } : { attribute, multiSelect, groups };
}

/**
 * The students grouped by each of their attributes (`source.*` included), in {@link compareAttributes}
 * order: grouped once for every table of a run, which would otherwise group them again each.
 */
export type StudentGroups = ReadonlyMap<string, AttributeGroups>;

/** Group the students by every attribute they have (see {@link StudentGroups}). */
export function groupStudents(students: Participant[]): StudentGroups {
  return new Map(attributesOf(students, true).map((attribute) => [attribute, groupByAttribute(students, attribute)]));
}

/** An attribute's groups: from `grouped` (of the same students) where given, else grouped now. */
export function groupsOf(students: Participant[], attribute: string, grouped?: StudentGroups): AttributeGroups {
  return grouped?.get(attribute) ?? groupByAttribute(students, attribute);
}

/** {@link attributesOf}, from `grouped` (of the same students) where given. */
export function attributeKeys(students: Participant[], includeSource: boolean, grouped?: StudentGroups): string[] {
  return grouped ? [...grouped.keys()].filter((key) => includeSource || !key.startsWith('source.')) : attributesOf(students, includeSource);
}

/**
 * How many of an attribute's groups have `size` members or more; `withNotStated`: the `Not stated`
 * group counts too (a breakdown compares it with the others; a list of who took part does not).
 */
export function groupsOfAtLeast(grouped: AttributeGroups, size: number, withNotStated: boolean): number {
  return grouped.groups.filter((g) => g.members.length >= size && (withNotStated || g.value !== NOT_STATED)).length;
}

/**
 * The attribute keys present among the students, in {@link compareAttributes} order. `source.<key>`
 * attributes describe where a student spoke, not who they are, so they are left out unless asked for.
 */
export function attributesOf(students: Participant[], includeSource = false): string[] {
  const keys = new Set<string>();
  for (const student of students) {
    for (const key of Object.keys(student.attributes)) {
      if (includeSource || !key.startsWith('source.')) keys.add(key);
    }
  }
  return [...keys].sort(compareAttributes);
}

/** One attribute's groups with the small-cell suppression of their sizes, in display order. */
export interface SuppressedGroups extends AttributeGroups {
  /** Per group: its size is suppressed. */
  sizeSuppressed: boolean[];
  /**
   * Suppression cannot protect the sizes (5 and 1 of 6 students: "hidden" and "<5" give the 1 back),
   * so the attribute is not shown or broken down at all.
   */
  withheld: boolean;
}

/**
 * Suppress the sizes of several attributes' groups ({@link suppressCells}) and put the groups in the
 * order they are shown. The attributes are suppressed together, as the tables print them side by side:
 * where one nests in another (schools in districts), a district's size less its other schools' gives
 * back a school hidden in its own list, so more is hidden until none can be ({@link suppressLinked}); an
 * attribute that cannot be protected that way is withheld.
 *
 * Ordered by count, a hidden size would show through its place: a school listed between one of 7 and one
 * of 6 has 6 or 7 students, its name sorts it to one of them, and the total less the rest then gives back
 * the small school it was hidden to protect. So groups whose size is hidden follow the others, by name
 * (`Not stated` stays last). Numeric values (grades) keep their numeric order, which says nothing of
 * their sizes.
 */
function suppressAttributeGroups(groupings: readonly AttributeGroups[], minCell: number): SuppressedGroups[] {
  const flags = groupings.map((grouped) => suppressCells(grouped.groups.map((g) => g.members.length), minCell));
  // A student of a multi-select attribute is in several groups, so the sizes' sum gives nothing back.
  const withheld = groupings.map(
    (grouped, a) => !grouped.multiSelect && cannotProtect(grouped.groups.map((g) => g.members.length), minCell, flags[a]!),
  );
  if (minCell > 1) suppressNestedSizes(groupings, flags, withheld, minCell);
  return groupings.map((grouped, a) => inShownOrder(grouped, flags[a]!, withheld[a]!));
}

/**
 * Hide more group sizes where attributes nest ({@link suppressAttributeGroups}), changing `flags` and
 * `withheld` in place.
 */
function suppressNestedSizes(groupings: readonly AttributeGroups[], flags: boolean[][], withheld: boolean[], minCell: number): void {
  // Without nesting, each attribute's own suppression is enough (and a large survey skips the work).
  if (nestedSums(groupings, () => 0).length === 0) return;
  for (;;) {
    const cells: LinkedCell[] = [];
    const place: { a: number; g: number }[] = [];
    const index = groupings.map((grouped, a) =>
      grouped.groups.map((group, g) => {
        if (withheld[a]) return undefined;
        const hidden = flags[a]![g]!;
        place.push({ a, g });
        return cells.push({ count: group.members.length, hidden, lo: 0, hi: 0 }) - 1;
      }),
    );
    // Each attribute's groups add up to the people it is of: everyone, or the students alone ({@link printedGroups}).
    const totals = groupings.map((grouped) => (grouped.multiSelect ? 0 : grouped.groups.reduce((n, g) => n + g.members.length, 0)));
    const students = Math.max(0, ...totals);
    const label = (i: number): [number, number] => (cells[i]!.count < minCell ? [1, minCell - 1] : [minCell, students]);
    cells.forEach((cell, i) => ([cell.lo, cell.hi] = cell.hidden ? label(i) : [cell.count, cell.count]));
    const sums: LinkedSum[] = groupings.flatMap((grouped, a) =>
      withheld[a] || grouped.multiSelect ? [] : [{ plus: index[a]! as number[], total: totals[a]! }],
    );
    sums.push(...nestedSums(groupings, (a, g) => index[a]![g]));
    const pinned = suppressLinked(cells, sums, minCell, label);
    cells.forEach((cell, i) => (flags[place[i]!.a]![place[i]!.g] = cell.hidden));
    if (pinned.length === 0) return;
    // The finest attribute holding a pinned size is withheld (schools before their districts), then the rest are tried again.
    const finest = pinned.map((i) => place[i]!.a).sort((a, b) => groupings[b]!.groups.length - groupings[a]!.groups.length || a - b)[0]!;
    withheld[finest] = true;
  }
}

/** An attribute's groups in the order they are shown, with their suppression flags ({@link suppressAttributeGroups}). */
function inShownOrder(grouped: AttributeGroups, suppressed: boolean[], withheld: boolean): SuppressedGroups {
  const stated = grouped.groups.filter((g) => g.value !== NOT_STATED).map((g) => g.value);
  if (!suppressed.some(Boolean) || isNumericAttribute(grouped.attribute, stated)) return { ...grouped, sizeSuppressed: suppressed, withheld };
  const place = (i: number): number => (grouped.groups[i]!.value === NOT_STATED ? 2 : suppressed[i] ? 1 : 0);
  const order = grouped.groups
    .map((_, i) => i)
    .sort((a, b) => place(a) - place(b) || (place(a) === 1 ? byCodeUnits(grouped.groups[a]!.value, grouped.groups[b]!.value) : a - b));
  return { ...grouped, groups: order.map((i) => grouped.groups[i]!), sizeSuppressed: order.map((i) => suppressed[i]!), withheld };
}

/**
 * The attributes the demographics list by default: every attribute of the students but `source.*`,
 * except one none of whose stated values reaches `minCell` (14 homerooms among 15 students), which
 * would read `<5` row after row, a list of one student's value after another.
 */
function listedAttributes(students: Participant[], minCell: number, groups?: StudentGroups): string[] {
  return attributeKeys(students, false, groups).filter((attribute) => {
    const grouped = groupsOf(students, attribute, groups);
    return !grouped.groups.some((g) => g.value !== NOT_STATED) || groupsOfAtLeast(grouped, minCell, false) > 0;
  });
}

/**
 * Whether a breakdown of the students alone may leave the people of other roles out: its total, the
 * number of students, is printed beside its shares, so only where the roles' rows already say it (every
 * role of the students is shown, none hidden to protect another's small count), or nothing is hidden.
 */
function studentsShown(suppressed: readonly SuppressedGroups[], minCell: number): boolean {
  if (minCell <= 1) return true;
  const outside = new Set(suppressed.find((g) => g.outside)?.outside ?? []);
  const roles = suppressed.find((g) => g.attribute === ROLE_ATTRIBUTE);
  if (!roles || roles.withheld) return false;
  return roles.groups.every((g, i) => !roles.sizeSuppressed[i] || (g.members[0] !== undefined && outside.has(g.members[0])));
}

/**
 * A student attribute's groups with the people of other roles counted as `Not stated` (they gave no
 * student's value), where leaving them out would give their small number away ({@link studentsShown}).
 */
function withOutsideNotStated(grouped: AttributeGroups): AttributeGroups {
  if (!grouped.outside) return grouped;
  const { outside, ...rest } = grouped;
  const stated = rest.groups.filter((g) => g.value !== NOT_STATED);
  const notStated = [...(rest.groups.find((g) => g.value === NOT_STATED)?.members ?? []), ...outside];
  return { ...rest, groups: [...stated, { value: NOT_STATED, members: notStated }] };
}

/**
 * The groups of `attributes` with their sizes suppressed as every table prints them: together with the
 * attributes printed `alongside` (by default those the demographics list, {@link listedAttributes}), so
 * that the demographics and every crosstab hide the same sizes, however they nest. Attributes that
 * cannot be protected are left out. `grouped`: the same students' groups ({@link groupStudents}), to reuse.
 */
export function printedGroups(
  students: Participant[],
  attributes: readonly string[],
  minCell: number,
  alongside?: readonly string[],
  grouped?: StudentGroups,
): SuppressedGroups[] {
  const all = [...new Set([...(alongside ?? listedAttributes(students, minCell, grouped)), ...attributes])].sort(compareAttributes);
  const groupings = all.map((attribute) => groupsOf(students, attribute, grouped));
  let suppressed: SuppressedGroups[];
  if (!groupings.some((g) => g.outside)) suppressed = suppressAttributeGroups(groupings, minCell);
  else {
    // The roles are suppressed with them, printed or not: whether the students' number is shown there
    // decides whether a breakdown of them alone may be printed ({@link studentsShown}).
    const withRoles = all.includes(ROLE_ATTRIBUTE) ? groupings : [...groupings, groupsOf(students, ROLE_ATTRIBUTE, grouped)];
    suppressed = suppressAttributeGroups(withRoles, minCell);
    if (!studentsShown(suppressed, minCell)) suppressed = suppressAttributeGroups(withRoles.map(withOutsideNotStated), minCell);
  }
  const wanted = new Set(attributes);
  // A grade no student gave (a forum of parents and staff) is no breakdown of them: "Not stated, 100%".
  const unstated = (g: SuppressedGroups): boolean => STUDENT_ATTRIBUTES.has(g.attribute) && nonStudents(students).size > 0 && g.groups.every((v) => v.value === NOT_STATED);
  // A grade given by teachers and parents, and no student: the grade taught beside a child's, not one attribute.
  const mixed = (g: SuppressedGroups): boolean => STUDENT_ATTRIBUTES.has(g.attribute) && severalRolesGiving(students, g.attribute) !== undefined;
  return suppressed.filter((g) => wanted.has(g.attribute) && !g.withheld && !unstated(g) && !mixed(g));
}

/**
 * Participant demographics: for each attribute of the students (facilitators are never counted), how
 * many hold each value and what percent of all students that is.
 *
 * - The denominator is every student participant; a student without the attribute counts as `Not stated`.
 *   In a forum of several roles, a grade or program is the students' alone, and its denominator theirs
 *   ({@link groupByAttribute}); where that would give away a small role's count, the others are
 *   `Not stated` there instead ({@link studentsShown}).
 *   With fewer students than `minCell` there are no rows: every value would describe one of them.
 * - Percentages are whole numbers, each rounded on its own (half up), so equal counts show equal
 *   percents and an attribute's shares may add to 99 or 101. In a multi-select attribute (a student may
 *   hold several values, stored joined by "; ") each value is counted, so the shares can add to more than
 *   100; every row of such an attribute is marked `multiSelect`.
 * - Rows go by attribute ({@link compareAttributes}), then value ({@link orderValues}), except that values
 *   whose count is suppressed follow the others, by name ({@link suppressAttributeGroups}), and that the
 *   values of a rating scale go in the scale's order ({@link scaleDisplayOrder}).
 * - Counts below `minCell` are suppressed, with complementary suppression so the total cannot give one
 *   back ({@link suppressCells}); `Not stated` follows the same rule. Suppressed rows keep their true
 *   count and percent: writers print `<minCell` in their place. An attribute that suppression cannot
 *   protect (5 and 1 of 6 students) has no rows ({@link cannotProtect}).
 * - By default an attribute none of whose stated values reaches `minCell` (14 homerooms among 15
 *   students) has no rows either: each would read `<5`, a list of one student's value after another.
 *
 * - Sizes are suppressed together with the crosstab's breakdowns (`options.linked`), so that a school
 *   hidden here is hidden there too, and a district's size cannot give back one of its schools
 *   ({@link printedGroups}).
 *
 * @param options.attributes attribute keys to report (default: all but `source.*`), in any order.
 * @param options.linked the attributes the crosstab breaks down by, whose sizes it prints too.
 * @param options.grouped the students' groups ({@link groupStudents}), to reuse.
 */
export function computeDemographics(
  participants: Participant[],
  options: { minCell: number; attributes?: string[]; linked?: string[]; grouped?: StudentGroups },
): DemographicRow[] {
  const students = studentsOf(participants);
  const everyone = students.length;
  // Fewer students than the threshold: every value listed would describe one of them (a survey of one
  // student would print that student's gender, grade and school), so no breakdown is given.
  if (everyone === 0 || isSmallTotal(everyone, options.minCell)) return [];
  const attributes = options.attributes ? [...new Set(options.attributes)].sort(compareAttributes) : listedAttributes(students, options.minCell, options.grouped);

  const rows: DemographicRow[] = [];
  // Listed attributes are printed beside the crosstab's; attributes asked for, beside those alone.
  const alongside = options.attributes ? (options.linked ?? []) : undefined;
  for (const { attribute, multiSelect, groups, sizeSuppressed: suppressed, outside } of printedGroups(students, [...attributes, ...(options.linked ?? [])], options.minCell, alongside, options.grouped)) {
    if (!attributes.includes(attribute)) continue;
    // A grade of the students alone is a share of the students (see groupByAttribute).
    const denominator = everyone - (outside?.length ?? 0);
    const counts = groups.map((g) => g.members.length);
    // Each percent rounded on its own: equal counts show equal percents, and the shares may add to 99.9
    // or 100.1 (the report, in whole percents, says 99 or 101). Apportioning the rounding to make 100 gave
    // two groups of 7 students 24% and 23%. One decimal, as the themes' and crosstab's: the report and
    // the terminal round again to whole percents from the counts.
    const percents = counts.map((count) => roundRatio(count * 100, denominator, 1));
    const order = scaleDisplayOrder(groups) ?? groups.map((_, i) => i);
    order.forEach((i) => {
      const group = groups[i]!;
      const row: DemographicRow = {
        attribute,
        value: group.value,
        count: counts[i],
        percent: percents[i],
        denominator,
        suppressed: suppressed[i],
      };
      if (multiSelect) row.multiSelect = true;
      rows.push(row);
    });
  }
  return rows;
}
