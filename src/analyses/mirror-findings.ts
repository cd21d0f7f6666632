// Findings that only restate another: with three or more groups, "students in alternate programs raised
// it far more often (8 of 9 against 0 of 81)" makes "secondary students raised it far less often (0 of
// 56 against 8 of 34)" true as well, and the second sentence tells a reader nothing the first did not;
// nor does it where one middle school student raised it too (8 of 9 against 1 of 81, and 0 of 56
// against 9 of 34).
import type { Finding } from '../model.js';
import { fisherExact2x2 } from './stats.js';

/**
 * The findings, with `foldedInto` set on each whose difference an earlier finding (the list is sorted by
 * adjusted p, so the clearer difference leads) wholly explains.
 *
 * Finding B is folded into finding A when both are about the same theme and attribute, the attribute is
 * single-valued (so its groups split the students who stated it, and B's rest is A's group plus the
 * students outside both), A is not itself folded, the two go opposite ways (one group raised it more,
 * the other less), and the students outside both groups raised the theme as often as B's did: exactly
 * (by cross-multiplying counts), or near enough that Fisher's exact test of B's group against them finds
 * no difference at `alpha` (one middle school student of 25 against none of 56). Then, leaving A's
 * students aside, B differs from no one a test can tell: B's difference from its rest is A's group, and
 * B's sentence is A's seen from the other side. Where the students outside both differ from B's (20 of
 * 25 middle school students raised it, against none of 56 secondary), B's sentence says something A's
 * does not, and both are kept. The test is not adjusted for the number of comparisons, so a near
 * difference is more easily kept than folded. A multi-select attribute's groups overlap, so nothing of
 * it is folded.
 *
 * Nothing is removed and no p-value changes: Holm's correction has counted every test made.
 */
export function foldMirrorFindings(findings: readonly Finding[], multiSelect: ReadonlySet<string>, alpha = 0.05): Finding[] {
  const kept: Finding[] = [];
  return findings.map((b) => {
    if (multiSelect.has(b.attribute)) return b;
    const a = kept.find((k) => k.themeId === b.themeId && k.attribute === b.attribute && k.value !== b.value && restates(b, k, alpha));
    if (a === undefined) {
      kept.push(b);
      return b;
    }
    return { ...b, foldedInto: a.value };
  });
}

/**
 * Whether `b` goes the other way from `a`, and the students outside both groups raised the theme at the
 * rate of `b`'s group, exactly or as far as Fisher's exact test at `alpha` can tell.
 */
function restates(b: Finding, a: Finding, alpha: number): boolean {
  if (b.direction === a.direction) return false;
  const outsideTotal = b.restTotal - a.groupTotal;
  const outsideCount = b.restCount - a.groupCount;
  if (outsideTotal < 0 || outsideCount < 0 || outsideCount > outsideTotal) return false;
  if (b.groupCount * outsideTotal === outsideCount * b.groupTotal) return true;
  return fisherExact2x2(b.groupCount, b.groupTotal - b.groupCount, outsideCount, outsideTotal - outsideCount) >= alpha;
}
