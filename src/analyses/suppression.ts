// Small-cell suppression: which counts of a table must be hidden so no small group can be recovered.
import type { Analysis, Corpus, Participant, Source } from '../model.js';
import { NOT_STATED } from '../util/no-answer.js';

// Complements tried, smallest first, for one that is enough alone.
const TRIED = 8;

/**
 * What a reader can tell of a hidden count from how it is printed: a count below `minCell` reads
 * "<minCell" (so it lies in 1 … minCell − 1, or from 0 for a cell hidden for a reason of its own, which
 * may be 0), a hidden count of `minCell` or more reads "hidden" (so it is at least `minCell`); and no
 * count can exceed its cap (a group's size, where the group's size is shown).
 */
export function labelBounds(count: number, minCell: number, forced: boolean, cap: number): [number, number] {
  return count < minCell ? [forced ? 0 : 1, Math.min(minCell - 1, cap)] : [minCell, cap];
}

/**
 * Decide which cells of one set of counts (the values of one attribute, or one theme across the values
 * of an attribute) to suppress.
 *
 * 1. Primary: every count from 1 to `minCell - 1` is suppressed. A count of 0 is never suppressed: it
 *    describes nobody, and hiding it would only blur the table.
 * 2. Cells flagged in `alsoSuppress` are suppressed whatever their count, zero included (a caller's own
 *    reason: in a crosstab, "0 of a group of 3" says something about each of the 3).
 * 3. Complementary: while a hidden count below `minCell` could still be worked out, a visible non-zero
 *    cell is suppressed as well: the smallest whose hiding is enough, else the smallest (ties: the
 *    earliest). A reader knows the hidden cells' sum (the total minus the cells left visible) and what
 *    each one's label says: "<5" is 1 to 4, "hidden" is 5 or more, and no cell exceeds `caps`. A small
 *    count is recoverable when those bounds leave it one value: one hidden cell alone (the total minus
 *    the rest gives it back), hidden cells that are all 1s, two "<5" cells adding to 8 (4 and 4), or a
 *    1 beside a "hidden" 5 adding to 6. Two hidden cells of 1 and 3 are safe: their sum is known, but
 *    not how it splits. (Requiring the hidden cells to add up to at least `minCell` as well was tried:
 *    on real rosters it hid the male share of a 70/25 gender split to protect one non-binary student
 *    and three blanks, which cost every reader the headline figure.)
 *
 * When no visible non-zero cell is left to add, every non-zero cell ends up suppressed, and if a small
 * count could still be worked out (the total is as many as the "<5" cells, so each is 1), the zeros are
 * suppressed too. That happens when the total itself is below `minCell`: then the total is the small
 * cell, and the caller must not print it either where it describes a group (see {@link isSmallTotal}).
 *
 * `minCell` 0 (or 1) turns suppression off. The input is not changed.
 *
 * @param caps per cell, the most it can be as far as a reader knows (a crosstab cell's group size, when
 *   that size is shown); none by default.
 * @returns one flag per count, true where the count must be hidden.
 */
export function suppressCells(counts: number[], minCell: number, alsoSuppress?: boolean[], caps?: (number | undefined)[]): boolean[] {
  const suppressed = counts.map((count, i) => alsoSuppress?.[i] === true || (count > 0 && count < minCell));
  if (minCell <= 1 && !suppressed.some(Boolean)) return suppressed;

  const recoverable = (): boolean => isRecoverable(counts, minCell, suppressed, alsoSuppress, caps);

  while (recoverable()) {
    const candidates = counts
      .map((count, i) => ({ count, i }))
      .filter(({ count, i }) => !suppressed[i] && count > 0)
      .sort((a, b) => a.count - b.count || a.i - b.i);
    if (candidates.length === 0) break;
    let next = candidates[0]!.i;
    // Only the few smallest are tried: enough in practice, and it keeps a long list of values cheap.
    for (const { i } of candidates.slice(0, TRIED)) {
      suppressed[i] = true;
      const enough = !recoverable();
      suppressed[i] = false;
      if (enough) {
        next = i;
        break;
      }
    }
    suppressed[next] = true;
  }
  // Nothing non-zero is left to hide, and a small count can still be worked out: a theme three students
  // raised, one in each of three groups, reads "<5" three times beside zeros. Its zeros are hidden too,
  // so no "<5" can be taken to be at least 1. (When every count is 0, the total says so: nothing to protect.)
  if (counts.some((count) => count > 0) && recoverable()) counts.forEach((count, i) => {
    if (count === 0) suppressed[i] = true;
  });
  return suppressed;
}

/**
 * Whether a hidden count below `minCell` can still be worked out from `suppressed` as printed: the
 * hidden cells' sum (the total less the cells left visible) and what each one's label says (see
 * {@link suppressCells}).
 */
function isRecoverable(counts: number[], minCell: number, suppressed: boolean[], alsoSuppress?: boolean[], caps?: (number | undefined)[]): boolean {
  let hidden = 0;
  let sum = 0;
  let lows = 0;
  let highs = 0;
  let unbounded = 0;
  let forced = false;
  const bounds: ([number, number] | undefined)[] = counts.map((count, i) => {
    if (!suppressed[i]) return undefined;
    const b = labelBounds(count, minCell, alsoSuppress?.[i] === true, caps?.[i] ?? Infinity);
    hidden += 1;
    sum += count;
    if (alsoSuppress?.[i] === true) forced = true;
    lows += b[0];
    if (b[1] === Infinity) unbounded += 1;
    else highs += b[1];
    return b;
  });
  if (hidden === 0) return false;
  // Hidden cells that are all 1s (a forced cell may be 0, so not when there is one).
  if (hidden === 1 || (sum === hidden && !forced)) return true;
  // A small count is pinned when the sum and the other cells' bounds leave it a single value. A label
  // that already says the value (a "<2" is 1) is not recovered by subtraction, and hiding more would
  // not help it.
  return counts.some((count, i) => {
    const b = bounds[i];
    if (!b || count >= minCell || b[0] === b[1]) return false;
    const othersHigh = unbounded > (b[1] === Infinity ? 1 : 0) ? Infinity : highs - (b[1] === Infinity ? 0 : b[1]);
    const low = Math.max(b[0], sum - othersHigh);
    const high = Math.min(b[1], sum - (lows - b[0]));
    return low >= high;
  });
}

/**
 * Whether suppression cannot protect a set of counts: with every cell it could hide hidden, a small
 * count can still be worked out from the total and the labels ("hidden", 5 or more, beside a "<5" in a
 * group of 6 is a 5 and a 1). Such a set must not be printed at all.
 */
export function cannotProtect(counts: number[], minCell: number, suppressed: boolean[], alsoSuppress?: boolean[], caps?: (number | undefined)[]): boolean {
  return minCell > 1 && suppressed.some(Boolean) && isRecoverable(counts, minCell, suppressed, alsoSuppress, caps);
}

/** Whether a total (a denominator) is itself a small cell that must not be printed. */
export function isSmallTotal(total: number, minCell: number): boolean {
  return total > 0 && total < minCell;
}

/**
 * The sheets whose counts the report and sources.csv withhold: where a sheet holds one group's students
 * and some group of that attribute is under the small-cell threshold (its `Not stated` among them),
 * every sheet of one group of the attribute, since the report's totals give one back from the others. A
 * sheet holds one group's students where it is kept in the group's folder (`folders:`), or where every
 * student on it gives the same value: a school of 3 in its own folder read `birch/sheet.csv … 3` beside
 * "Birch: <5", and so did a district's export a file per school (`dogwood-survey.csv`, 3 rows, 9
 * responses, beside "Dogwood Secondary: <5"; and Cedar's 6 rows beside its "hidden" gave Dogwood's 3 back
 * from the total), or a roster per school. Every sheet and roster where the students on none are all of
 * one small group ({@link sheetsBesideSmallTalk}): a lone focus group at a school of 3 beside the other
 * schools' survey, whose 15 rows and the total of 18 gave the 3 back. Only the attributes of `shown`
 * count, where it is given ({@link hiddenGroupAttributes}): a workbook's tab of 3 rows hides nothing where
 * no table shows its tab.
 */
export function withheldSources(corpus: Corpus, minCell: number, shown?: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  if (minCell <= 1) return out;
  // A sheet's responses are its students' answers, so many per student, and a roster's rows are its
  // students: a transcript's turns or a reflection's paragraphs say nothing of how many spoke or wrote.
  const sheets = corpus.sources.filter((s) => s.status === 'read' && (s.kind === 'sheet' || s.kind === 'roster'));
  if (sheets.length === 0) return out;
  const students = corpus.participants.filter((p) => p.role === 'student');
  const groups = groupSizes(students, minCell, shown);
  const { sizes, small } = groups;
  if (small.size === 0) return out;
  // Per sheet and small attribute, the one value its students give (null once two differ or one gives none).
  const ids = new Set(sheets.map((s) => s.id));
  const one = new Map<string, Map<string, string | null>>();
  for (const student of students) {
    for (const id of student.sources) {
      if (!ids.has(id)) continue;
      let values = one.get(id);
      if (!values) one.set(id, (values = new Map()));
      for (const key of small) {
        const raw = student.attributes[key];
        const value = raw === undefined ? null : group(key, raw);
        if (!values.has(key)) values.set(key, value);
        else if (values.get(key) !== value) values.set(key, null);
      }
    }
  }
  for (const s of sheets) {
    const inFolder = Object.entries(s.attributes).some(([key, value]) => small.has(key) && sizes.has(group(key, value)));
    const ofOneGroup = [...(one.get(s.id)?.values() ?? [])].some((value) => value !== null);
    if (inFolder || ofOneGroup) out.add(s.id);
  }
  const interviewed = interviewees(corpus);
  for (const kind of ['sheet', 'roster'] as const) {
    const ofKind = sheets.filter((s) => s.kind === kind);
    if (onNoneOfOneSmallGroup(students, ofKind, groups, interviewed)) for (const s of ofKind) out.add(s.id);
  }
  return out;
}

/**
 * Whether the students on none of `files` (a focus group's speakers who filled in no sheet) are all of
 * one group too small to show: their number is the total less the files' rows, so the files' counts
 * would give back what the focus group's own count withholds (a lone focus group at a school of 3 that
 * the table of who took part prints as "<5", beside sheets from the other schools). False where there
 * are no such files, or no such students.
 */
function onNoneOfOneSmallGroup(students: readonly Participant[], files: readonly Source[], groups: SmallGroups, interviewed: ReadonlySet<string>): boolean {
  if (files.length === 0) return false;
  const ids = new Set(files.map((s) => s.id));
  return ofOneSmallGroupBesideInterviews(students.filter((p) => !p.sources.some((id) => ids.has(id))), groups, interviewed);
}

/**
 * The ids of the students of the one-to-one interviews read (Source.interview; see corpus/interview.ts):
 * one student each, so how many they are is the number of interviews the report gives. Every file marked
 * counts, even one of talk in several files that the report counts as a focus group: a check more, never
 * one fewer.
 */
export function interviewees(corpus: Pick<Corpus, 'sources' | 'participants'>): Set<string> {
  const interviews = new Set(corpus.sources.filter((s) => s.status === 'read' && s.interview === true).map((s) => s.id));
  if (interviews.size === 0) return new Set();
  return new Set(corpus.participants.filter((p) => p.role === 'student' && p.sources.some((id) => interviews.has(id))).map((p) => p.id));
}

/**
 * {@link ofOneSmallGroupedAttribute} of `members`, and of them less the interviews' students
 * (`interviewed`, see {@link interviewees}): the report says how many interviews there were, one student
 * each, so a count of a lone focus group's 3 speakers and an interview's student, 4, gives the 3 back as
 * surely as 3 would.
 */
export function ofOneSmallGroupBesideInterviews(members: readonly Participant[], groups: SmallGroups, interviewed: ReadonlySet<string>): boolean {
  if (ofOneSmallGroupedAttribute(members, groups)) return true;
  if (interviewed.size === 0) return false;
  const others = members.filter((p) => !interviewed.has(p.id));
  return others.length > 0 && others.length < members.length && ofOneSmallGroupedAttribute(others, groups);
}

/**
 * Whether {@link withheldSources} withholds the sheets because the students on none are all of one small
 * group, rather than because a sheet holds one group's students: the report says why.
 */
export function sheetsBesideSmallTalk(corpus: Corpus, minCell: number, shown?: ReadonlySet<string>): boolean {
  if (minCell <= 1) return false;
  const sheets = corpus.sources.filter((s) => s.status === 'read' && s.kind === 'sheet');
  if (sheets.length === 0) return false;
  const students = corpus.participants.filter((p) => p.role === 'student');
  const groups = groupSizes(students, minCell, shown);
  return groups.small.size > 0 && onNoneOfOneSmallGroup(students, sheets, groups, interviewees(corpus));
}

/**
 * Whether the report may count the sheets filled in (the Background's "They filled in 15 reflection
 * sheets", the answers to them): not where some sheet's counts are withheld ({@link withheldSources}) and
 * some student is on no sheet, since the total less the sheets' rows would give back the students on
 * none or the withheld sheets' rows. Where every student is on a sheet the total says as much anyway.
 */
export function sheetsCountable(corpus: Corpus, withheld: ReadonlySet<string>): boolean {
  const sheets = new Set(corpus.sources.filter((s) => s.status === 'read' && s.kind === 'sheet').map((s) => s.id));
  if (![...withheld].some((id) => sheets.has(id))) return true;
  return corpus.participants.every((p) => p.role !== 'student' || p.sources.some((id) => sheets.has(id)));
}

// One group of one attribute, as a key: a value in any case is one group.
const group = (key: string, value: string): string => `${key}\u0000${value.toLowerCase()}`;

/** Group sizes by attribute and value (see {@link smallGroups}). */
export interface SmallGroups {
  /** Students per group of an attribute, keyed by the attribute and the value in lower case. */
  sizes: Map<string, number>;
  /** The attributes with a group too small to show. */
  small: Set<string>;
  /** The smallest group a table shows. */
  minCell: number;
}

/**
 * The students of each value of each attribute, and the attributes with a group of 1 to `minCell` − 1 of
 * them, `Not stated` among them; none where fewer than `minCell` students took part in all, or with
 * `minCell` 1 or less. Only the attributes of `shown` count, where it is given.
 */
function groupSizes(students: readonly Participant[], minCell: number, shown?: ReadonlySet<string>): SmallGroups {
  const sizes = new Map<string, number>();
  const stated = new Map<string, number>();
  const small = new Set<string>();
  // Where no table hides a group (a large survey's), nothing can be given back: no student need be counted.
  if (minCell <= 1 || (shown !== undefined && shown.size === 0)) return { sizes, small, minCell };
  for (const student of students) {
    for (const [key, value] of Object.entries(student.attributes)) {
      if (shown !== undefined && !shown.has(key)) continue;
      const g = group(key, value);
      sizes.set(g, (sizes.get(g) ?? 0) + 1);
      stated.set(key, (stated.get(key) ?? 0) + 1);
    }
  }
  // Of fewer students than `minCell` in all, the tables show no group, and the total is printed anyway.
  if (students.length < minCell) return { sizes, small, minCell };
  for (const [g, n] of sizes) if (n < minCell) small.add(g.slice(0, g.indexOf('\u0000')));
  for (const [key, n] of stated) if (n < students.length && students.length - n < minCell) small.add(key);
  // Those who gave no value are the table's `Not stated` row, a group as any other (see ofOneSmallGroupedAttribute).
  for (const [key, n] of stated) if (n < students.length) sizes.set(group(key, NOT_STATED), (sizes.get(group(key, NOT_STATED)) ?? 0) + students.length - n);
  return { sizes, small, minCell };
}

/**
 * The group sizes of the students among `participants` (see groupSizes), counted once for every question
 * and focus group a report asks {@link ofOneSmallGroupedAttribute} of: only the attributes of `shown`
 * ({@link hiddenGroupAttributes}), so a survey whose tables hide no group counts no student.
 */
export function smallGroups(participants: readonly Participant[], minCell: number, shown: ReadonlySet<string>): SmallGroups {
  return groupSizes(participants.filter((p) => p.role === 'student'), minCell, shown);
}

/**
 * Whether `members` are all of one group of an attribute that has a group too small to show (`groups`,
 * see {@link smallGroups}), a group that is itself too small to show or that they are the whole of, so
 * that how many they are would give a hidden count back: a lone focus group's 3 speakers, all of one
 * alternate school that the table of who took part prints as "<5". A transcript's own `source.school`,
 * which every speaker shares, hides nothing where no table shows it. So with those who did not answer a
 * question, whose number the total less the answers gives, and with those who filled in no sheet, whose
 * number the total less the sheets gives: a lone focus group's speakers, or a part of one. Not a part of
 * a group large enough to show: the one student of a school of 8 who left a question blank gives no
 * hidden count back, and the question's answers are still counted.
 */
export function ofOneSmallGroupedAttribute(members: readonly Participant[], groups: SmallGroups): boolean {
  if (members.length === 0) return false;
  for (const key of groups.small) {
    // Members who gave no value are of the table's `Not stated` row: a focus group's speakers beside a
    // survey that asked their gender, the transcript not, are "Not stated: <5" as surely as a school of 3.
    const valueOf = (m: Participant): string => m.attributes[key] ?? NOT_STATED;
    const first = valueOf(members[0]!);
    if (!members.every((m) => group(key, valueOf(m)) === group(key, first))) continue;
    const size = groups.sizes.get(group(key, first)) ?? 0;
    if (size < groups.minCell || size === members.length) return true;
  }
  return false;
}

/**
 * The attributes that some table of `analysis` prints with a group hidden: a demographics row suppressed,
 * or a crosstab's group whose size is hidden. Counts of a file, a focus group or a question's answers
 * can give only those back.
 */
export function hiddenGroupAttributes(analysis: Pick<Analysis, 'demographics' | 'crosstab'>, minCell: number): Set<string> {
  const out = new Set<string>();
  for (const row of analysis.demographics) if (row.suppressed) out.add(row.attribute);
  for (const row of analysis.crosstab) if (row.groupSuppressed || (row.groupParticipants > 0 && row.groupParticipants < minCell)) out.add(row.attribute);
  return out;
}
