// Small-cell suppression: which counts of a table must be hidden so no small group can be recovered.

/**
 * Decide which cells of one set of counts (the values of one attribute, or one theme across the values
 * of an attribute) to suppress.
 *
 * 1. Primary: every count from 1 to `minCell - 1` is suppressed. A count of 0 is never suppressed: it
 *    describes nobody, and hiding it would only blur the table.
 * 2. Cells flagged in `alsoSuppress` are suppressed whatever their count, zero included (a caller's own
 *    reason: in a crosstab, "0 of a group of 3" says something about each of the 3).
 * 3. Complementary: while the suppressed cells could still be worked out from the total and the cells
 *    left visible, the smallest visible non-zero cell is suppressed as well (ties: the earliest). That is
 *    the case while only one cell is suppressed (total minus the rest gives it back), and while they
 *    are all 1s (k hidden non-zero cells summing to k can only be 1 each). Two hidden cells of 1 and 3
 *    are safe: their sum is known, but not how it splits. (Requiring the hidden cells to add up to at
 *    least `minCell` as well was tried: on real rosters it hid the male share of a 70/25 gender split
 *    to protect one non-binary student and three blanks, which cost every reader the headline figure.)
 *
 * When no visible non-zero cell is left to add, every non-zero cell ends up suppressed. That happens
 * when the total itself is below `minCell`: then the total is the small cell, and the caller must not
 * print it either (see {@link isSmallTotal}).
 *
 * `minCell` 0 (or 1) turns suppression off. The input is not changed.
 *
 * @returns one flag per count, true where the count must be hidden.
 */
export function suppressCells(counts: number[], minCell: number, alsoSuppress?: boolean[]): boolean[] {
  const suppressed = counts.map((count, i) => alsoSuppress?.[i] === true || (count > 0 && count < minCell));
  if (minCell <= 1 && !suppressed.some(Boolean)) return suppressed;

  const recoverable = (): boolean => {
    let hidden = 0;
    let sum = 0;
    suppressed.forEach((s, i) => {
      if (s) {
        hidden += 1;
        sum += counts[i];
      }
    });
    if (hidden === 0) return false;
    return hidden === 1 || sum === hidden;
  };

  while (recoverable()) {
    let next = -1;
    counts.forEach((count, i) => {
      if (!suppressed[i] && count > 0 && (next < 0 || count < counts[next])) next = i;
    });
    if (next < 0) break;
    suppressed[next] = true;
  }
  return suppressed;
}

/** Whether a total (a denominator) is itself a small cell that must not be printed. */
export function isSmallTotal(total: number, minCell: number): boolean {
  return total > 0 && total < minCell;
}
