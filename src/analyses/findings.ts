// "Interesting findings": groups of students who raised a theme markedly more or less often than the others.

import type { Coding, CrosstabRow, Finding, Participant, ParticipantNoun, Response } from '../model.js';
import { NOT_STATED } from '../corpus/normalise.js';
import { breakdownMembers, breakdownsFor, computeCrosstab } from './crosstab.js';
import { indexCodings, themeParticipation, type CodingIndex, type StudentCounts, type ThemeParticipation } from './participation.js';
import { studentsOf, type SuppressedGroups } from './demographics.js';
import { chiSquare2x2, fisherExact2x2, holm } from './stats.js';
import { formatPercent } from '../util/percent.js';
import { groupPhrase, otherGroupPhrase } from '../util/group-phrase.js';
import type { AttributeLabels } from '../util/labels.js';
import { capitalise, inSentence } from '../util/text.js';
import { foldMirrorFindings } from './mirror-findings.js';

/** Expected counts below this send a 2×2 table to Fisher's exact test instead of chi-square. */
const MIN_EXPECTED = 5;

/** Options of {@link findGroupDifferences}. */
export interface FindingOptions {
  minCell: number;
  /** Who took part, for the sentences' "female teachers" (default students). */
  noun?: ParticipantNoun;
  attributes?: string[];
  alpha?: number;
  /** The crosstab computed with the same `minCell` and attributes, to reuse instead of recomputing. */
  crosstab?: CrosstabRow[];
  /** Theme participation of the same students, responses, codings and themes, to reuse. */
  participation?: ThemeParticipation;
  /** The same codings resolved against the same responses and themes ({@link indexCodings}), to reuse. */
  index?: CodingIndex;
  /** The groups of the same students, `minCell` and attributes ({@link breakdownsFor}), to reuse. */
  breakdowns?: SuppressedGroups[];
  /** Their members as student indices of `participation` ({@link breakdownMembers}), to reuse. */
  members?: Int32Array[][];
  /** The names of attributes a survey's wording gives (a grid question's rows: Analysis `attributeLabels`). */
  attributeLabels?: AttributeLabels;
}

interface Comparison {
  themeId: string;
  attribute: string;
  value: string;
  /** The other group, when the attribute has exactly two single-valued groups. */
  otherValue?: string;
  groupCount: number;
  groupTotal: number;
  restCount: number;
  restTotal: number;
  test: Finding['test'];
  statistic?: number;
  pValue: number;
  order: number;
  /** The group's students, as student indices. */
  members: Int32Array;
}

/**
 * Groups that raised a theme significantly more or less often than the other students.
 *
 * For each theme, attribute (as in the crosstab) and value, students are split into a 2×2 table: in the
 * group or not, raised the theme or not (counting participants, not responses). The "rest" is the other
 * students who stated a value for the attribute: `Not stated` is neither tested nor lumped in with the
 * rest, so "female vs others" means female vs male, non-binary … students who said. When an attribute
 * has exactly two single-valued groups the two comparisons are one table seen from either side, so it is
 * tested once, from the side of the group that raised the theme more.
 *
 * Each table gets Fisher's exact test when an expected count is below 5, otherwise Pearson's chi-square
 * without continuity correction (see {@link chiSquare2x2}). Holm's correction runs over every test made;
 * findings are the comparisons with adjusted p < `alpha` (default 0.05).
 *
 * Nothing is tested for a group whose crosstab cell is suppressed (or whose size is), where the rest's
 * count or size would give back a suppressed cell (the `Not stated` one, or another group's), for a
 * group or rest smaller than `minCell`, or where no stated student or every stated student raised the theme
 * (no test is possible, so none counts towards the correction).
 *
 * Sorted by adjusted p, then theme order, attribute order and value order. A finding that only restates
 * an earlier one ("secondary students raised it less" where every raiser was in an alternate program) is
 * kept, with `foldedInto` naming the earlier finding's group, for the report to leave out: see
 * {@link foldMirrorFindings}.
 */
export function findGroupDifferences(
  participants: Participant[],
  responses: Response[],
  codings: Coding[],
  themes: { id: string; label: string }[],
  options: FindingOptions,
): Finding[] {
  const alpha = options.alpha ?? 0.05;
  const students = studentsOf(participants);
  if (students.length === 0) return [];
  const themeIds = themes.map((t) => t.id);
  const breakdowns = options.breakdowns ?? breakdownsFor(students, options.attributes, options.minCell);
  const attributes = breakdowns.map((b) => b.attribute);
  const participation = options.participation ?? themeParticipation(students, responses, codings, themeIds);
  const crosstab = options.crosstab ?? computeCrosstab(participants, responses, codings, themeIds, { minCell: options.minCell, attributes, participation, breakdowns });
  const cells = new Map<string, CrosstabRow>();
  for (const row of crosstab) cells.set(cellKey(row.themeId, row.attribute, row.value), row);
  const themeIndex = new Map(participation.themeIds.map((id, t) => [id, t]));
  const noCounts = new Int32Array(participation.studentCount);
  const breakdownMembersOf = options.members ?? breakdownMembers(breakdowns, participation);

  // Per attribute, once for every theme: the stated groups' members and the distinct stated students.
  // (A member unknown to the participation is indexed past the students: marked too, as it is counted.)
  const marked = new Uint8Array(participation.studentCount + 1);
  const signatures = new GroupSignatures();
  const stated = breakdowns.map(({ attribute, groups, multiSelect }, b) => {
    const kept = groups.flatMap((g, i) => (g.value === NOT_STATED ? [] : [i]));
    const members = kept.map((i) => breakdownMembersOf[b]![i]!);
    marked.fill(0);
    const ids: number[] = [];
    for (const list of members) {
      for (let k = 0; k < list.length; k++) {
        if (marked[list[k]!] === 1) continue;
        marked[list[k]!] = 1;
        ids.push(list[k]!);
      }
    }
    // The same students can form a group under two attributes (the alternate school level and the one
    // alternate school): one test, one finding, under the attribute that comes first.
    // Where no student is in two groups, the stated students who raised a theme are the groups' raisers added up.
    const disjoint = members.reduce((n, list) => n + list.length, 0) === ids.length;
    const signed = members.map((list) => signatures.of(ids.length, list));
    return { attribute, multiSelect, groups: kept.map((i) => groups[i]!), members, signatures: signed, ids: Int32Array.from(ids), disjoint };
  });

  const comparisons: Comparison[] = [];
  for (const themeId of themeIds) {
    const t = themeIndex.get(themeId);
    const counts = t === undefined ? noCounts : participation.counts[t]!;
    const tested = new Set<number>();
    for (const { attribute, multiSelect, groups, members, signatures, ids, disjoint } of stated) {
      const statedTotal = ids.length;
      const counted = groups.map((g, i) => ({
        value: g.value,
        total: g.members.length,
        count: raisersAmong(members[i]!, counts),
      }));
      let statedRaisers = 0;
      if (disjoint) for (const g of counted) statedRaisers += g.count;
      else statedRaisers = raisersAmong(ids, counts);
      if (statedRaisers === 0 || statedRaisers === statedTotal) continue;

      let candidates = counted;
      const binary = !multiSelect && counted.length === 2;
      if (binary) {
        // Cross-multiplied rate comparison: the first group unless the second raised it strictly more often.
        const [first, second] = counted;
        candidates = [second.count * first.total > first.count * second.total ? second : first];
      }
      for (const group of candidates) {
        const at = groups.findIndex((g) => g.value === group.value);
        const signature = signatures[at]!;
        if (tested.has(signature)) continue;
        const cell = cells.get(cellKey(themeId, attribute, group.value));
        if (!cell || cell.suppressed || cell.groupSuppressed) continue;
        if (binary && counted.some((g) => cells.get(cellKey(themeId, attribute, g.value))?.suppressed)) continue;
        if (!restIsPublished(themeId, attribute, group.value, groups, multiSelect, cells)) continue;
        const restTotal = statedTotal - group.total;
        const restCount = statedRaisers - group.count;
        if (group.total === 0 || restTotal === 0) continue;
        if (group.total < options.minCell || restTotal < options.minCell) continue;

        tested.add(signature);
        const a = group.count;
        const b = group.total - a;
        const c = restCount;
        const d = restTotal - c;
        const chi = chiSquare2x2(a, b, c, d);
        const useFisher = chi.expected.some((e) => e < MIN_EXPECTED);
        comparisons.push({
          themeId,
          attribute,
          value: group.value,
          otherValue: binary ? counted.find((g) => g !== group)?.value : undefined,
          groupCount: a,
          groupTotal: group.total,
          restCount: c,
          restTotal,
          test: useFisher ? 'fisher-exact' : 'chi-square',
          statistic: useFisher ? undefined : chi.statistic,
          pValue: useFisher ? fisherExact2x2(a, b, c, d) : chi.pValue,
          order: comparisons.length,
          members: members[at]!,
        });
      }
    }
  }

  const adjusted = holm(comparisons.map((c) => c.pValue));
  const labels = new Map(themes.map((t) => [t.id, t.label]));
  const significant = comparisons
    .map((comparison, i) => ({ comparison, adjustedP: adjusted[i] }))
    .filter(({ adjustedP }) => adjustedP < alpha)
    .sort((x, y) => x.adjustedP - y.adjustedP || x.comparison.order - y.comparison.order);
  const findingThemes = new Set(significant.map(({ comparison }) => comparison.themeId));
  const settingOnly =
    findingThemes.size === 0
      ? new Map<string, Uint8Array>()
      : settingOnlyRaisers(codings, options.index ?? indexCodings(responses, codings, themeIds), participation, findingThemes);
  const findings = significant.map(({ comparison, adjustedP }) =>
    toFinding(comparison, adjustedP, labels.get(comparison.themeId) ?? comparison.themeId, alpha, settingOnly.get(comparison.themeId), options.minCell, options.noun?.plural, options.attributeLabels),
  );
  return foldMirrorFindings(findings, new Set(stated.filter((s) => s.multiSelect).map((s) => s.attribute)), alpha);
}

/**
 * Per theme of `themeIds`, the students whose every coding of it rests on references to their own
 * setting alone ("here" in an alternate program carries alternate programs): what they raised, the
 * setting gave them. A finding that such a group raised the theme more is partly of the tagging's making.
 * Per student index of `participation`, {@link SETTING_ONLY} for such a student.
 */
function settingOnlyRaisers(codings: readonly Coding[], index: CodingIndex, participation: ThemeParticipation, themeIds: ReadonlySet<string>): Map<string, Uint8Array> {
  const position = new Map(index.themeIds.map((id, t) => [id, t]));
  // Per theme of the index asked for, per student: how they raised it, from the setting, in their own words, or both (bits).
  const ways: (Uint8Array | undefined)[] = index.themeIds.map(() => undefined);
  const out = new Map<string, Uint8Array>();
  for (const id of themeIds) {
    const t = position.get(id);
    if (t !== undefined) out.set(id, (ways[t] ??= new Uint8Array(participation.studentCount)));
  }
  const { themeOf, responseOf } = index;
  const { studentOf } = participation;
  for (let k = 0; k < codings.length; k++) {
    const t = themeOf[k]!;
    const way = t < 0 ? undefined : ways[t];
    if (way === undefined || responseOf[k]! < 0) continue;
    const s = studentOf[responseOf[k]!]!;
    if (s < 0) continue;
    const evidence = codings[k]!.evidence;
    way[s]! |= evidence.length > 0 && evidence.every((e) => e.setting !== undefined) ? SETTING_ONLY : OWN_WORDS;
  }
  return out;
}

/** How a student raised a theme ({@link settingOnlyRaisers}): only by their setting's themes, or (also) in their own words. */
const SETTING_ONLY = 1;
const OWN_WORDS = 2;

/** Numbers naming groups of students: the same number for the same students (of as many stated). */
class GroupSignatures {
  private readonly seen: { stated: number; sorted: Int32Array }[] = [];

  /** The number of the group `members` (student indices), among `stated` students who stated a value. */
  of(stated: number, members: Int32Array): number {
    const sorted = members.slice().sort();
    const same = this.seen.findIndex((g) => g.stated === stated && g.sorted.length === sorted.length && g.sorted.every((s, k) => s === sorted[k]));
    return same >= 0 ? same : this.seen.push({ stated, sorted }) - 1;
  }
}

/**
 * Whether the finding's "rest" (its count of raisers and its size) can already be worked out from the
 * published tables, so printing it gives nothing hidden away. A reader knows the theme's total of
 * students and the number of students, so the rest is the total less the group less `Not stated`: known
 * when `Not stated` is shown (or absent). Otherwise it is a sum of the other groups, known only when the
 * attribute is single-valued and each of them is shown. Without this, "5 of 77 against 5 of 7" beside a
 * theme total of 12 gives back the 2 hidden `Not stated` students who raised it.
 */
function restIsPublished(
  themeId: string,
  attribute: string,
  value: string,
  groups: readonly { value: string }[],
  multiSelect: boolean,
  cells: ReadonlyMap<string, CrosstabRow>,
): boolean {
  const shown = (v: string): boolean => {
    const row = cells.get(cellKey(themeId, attribute, v));
    return row !== undefined && !row.suppressed && !row.groupSuppressed;
  };
  const notStated = cells.get(cellKey(themeId, attribute, NOT_STATED));
  if (notStated === undefined || shown(NOT_STATED)) return true;
  return !multiSelect && groups.every((g) => g.value === value || shown(g.value));
}

/** Members (student indices) with at least one response carrying the theme. */
function raisersAmong(members: Int32Array, counts: StudentCounts): number {
  let n = 0;
  for (let k = 0; k < members.length; k++) if (counts[members[k]!]! > 0) n += 1;
  return n;
}

function cellKey(themeId: string, attribute: string, value: string): string {
  return `${themeId}\u0000${attribute}\u0000${value}`;
}

function toFinding(
  c: Comparison,
  adjustedP: number,
  label: string,
  alpha: number,
  settingOnly: Uint8Array | undefined,
  minCell: number,
  who?: string,
  labels?: AttributeLabels,
): Finding {
  // Compare rates by cross-multiplying: exact for integer counts.
  const groupSide = c.groupCount * c.restTotal;
  const restSide = c.restCount * c.groupTotal;
  const direction: Finding['direction'] = groupSide > restSide ? 'more' : 'less';
  const far = direction === 'more' ? groupSide >= 2 * restSide : 2 * groupSide <= restSide;
  const others = c.otherValue !== undefined ? otherGroupPhrase(c.attribute, c.otherValue, who, labels) : 'others';
  const test =
    c.test === 'fisher-exact'
      ? `Fisher's exact test, ${formatP(c.pValue, alpha)}`
      : `chi-square test, χ²(1) = ${(c.statistic ?? 0).toFixed(2)}, ${formatP(c.pValue, alpha)}`;
  const sentence =
    `${capitalise(groupPhrase(c.attribute, c.value, who, labels))} raised ${inSentence(label)} ${far ? 'far ' : ''}${direction} often than ${others}: ` +
    `${c.groupCount} of ${c.groupTotal} (${formatPercent(c.groupCount, c.groupTotal)}) against ` +
    `${c.restCount} of ${c.restTotal} (${formatPercent(c.restCount, c.restTotal)}); ` +
    `${test} (Holm-adjusted ${formatP(adjustedP, alpha)}).`;
  // Of a group that raised the theme more, those who raised it only by speaking of their own setting.
  let throughSetting = 0;
  if (direction === 'more' && settingOnly) for (const s of c.members) if (settingOnly[s] === SETTING_ONLY) throughSetting += 1;
  const finding: Finding = {
    themeId: c.themeId,
    attribute: c.attribute,
    value: c.value,
    direction,
    groupCount: c.groupCount,
    groupTotal: c.groupTotal,
    restCount: c.restCount,
    restTotal: c.restTotal,
    test: c.test,
    pValue: c.pValue,
    adjustedP,
    sentence: throughSetting > 0 ? `${sentence} ${settingSentence(throughSetting, c.groupCount, minCell)}` : sentence,
  };
  if (c.statistic !== undefined) finding.statistic = c.statistic;
  if (throughSetting > 0) finding.throughSetting = throughSetting;
  return finding;
}

/**
 * "Of these 8, fewer than 5 raised it only by speaking of their own setting …": how much of a finding the
 * setting's themes made. A count, or its complement, under `minCell` is not given: "fewer than 5", "most".
 */
function settingSentence(through: number, raisers: number, minCell: number): string {
  const ending = 'it only by speaking of their own setting (“here”, “the program”), which carries the theme.';
  if (through === raisers) return `All ${raisers} raised ${ending}`;
  const small = (n: number): boolean => minCell > 1 && n < minCell;
  const how = small(through) ? `fewer than ${minCell}` : small(raisers - through) ? 'most' : String(through);
  return `Of these ${raisers}, ${how} raised ${ending}`;
}

/**
 * "p = 0.0004", "p = 0.021", "p = 0.35", "p < 0.0001": two significant figures below 0.1, two decimals
 * above, trailing zeros dropped; never rounded across `alpha` (0.0496 is "0.0496", not "0.050").
 */
export function formatP(p: number, alpha = 0.05): string {
  if (p < 0.0001) return 'p < 0.0001';
  let digits = p < 0.1 ? 2 : 0;
  let text = p < 0.1 ? p.toPrecision(digits) : p.toFixed(2);
  while (p < alpha && Number(text) >= alpha && digits < 6) {
    digits += 1;
    text = p.toPrecision(digits);
  }
  if (text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  return `p = ${text}`;
}
