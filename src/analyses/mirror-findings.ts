// Findings that only restate another: with three or more groups, "students in alternate programs raised
// it far more often (8 of 9 against 0 of 81)" makes "secondary students raised it far less often (0 of
// 56 against 8 of 34)" true as well, and the second sentence tells a reader nothing the first did not.
import type { Finding } from '../model.js';

/**
 * The findings, with `foldedInto` set on each whose difference an earlier finding (the list is sorted by
 * adjusted p, so the clearer difference leads) wholly explains.
 *
 * Finding B is folded into finding A when both are about the same theme and attribute, the attribute is
 * single-valued (so its groups split the students who stated it, and B's rest is A's group plus the
 * students outside both), A is not itself folded, and the students outside both groups raised the theme
 * exactly as often as B's did. Then, leaving A's students aside, B differs from no one: all of B's
 * difference from its rest is A's group. Exact, by cross-multiplying counts; in practice it is the case
 * where the groups outside A hold all or none of the raisers. A multi-select attribute's groups overlap,
 * so nothing of it is folded.
 *
 * Nothing is removed and no p-value changes: Holm's correction has counted every test made.
 */
export function foldMirrorFindings(findings: readonly Finding[], multiSelect: ReadonlySet<string>): Finding[] {
  const kept: Finding[] = [];
  return findings.map((b) => {
    if (multiSelect.has(b.attribute)) return b;
    const a = kept.find((k) => k.themeId === b.themeId && k.attribute === b.attribute && k.value !== b.value && restates(b, k));
    if (a === undefined) {
      kept.push(b);
      return b;
    }
    return { ...b, foldedInto: a.value };
  });
}

/** Whether the students outside both groups raised the theme at exactly the rate of `b`'s group. */
function restates(b: Finding, a: Finding): boolean {
  const outsideTotal = b.restTotal - a.groupTotal;
  const outsideCount = b.restCount - a.groupCount;
  if (outsideTotal < 0 || outsideCount < 0) return false;
  return b.groupCount * outsideTotal === outsideCount * b.groupTotal;
}
