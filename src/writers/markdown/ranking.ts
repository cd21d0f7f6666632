// How many themes a sentence of the report names: the leading few, with ties kept together or left out.

// Themes named in a sentence about a question, a group or the focus groups …
export const LEADING = 3;
// … and how many more may be named when they tie with the last of those.
const TIED_EXTRA = 2;

/**
 * The first LEADING of `items` (sorted by `count`, highest first), and those after them tied with the
 * last, so a sentence never names one of several themes tied for a place and leaves out the others.
 * When more are tied than TIED_EXTRA allows, the tied group is left out instead (the sentence names
 * fewer themes, each truly ahead of the rest); when the tie reaches the top, none is named (see
 * {@link tiedAtTop}: the sentence says that no theme stood out).
 */
export function leadingWithTies<T>(items: readonly T[], count: (item: T) => number): T[] {
  if (items.length <= LEADING) return [...items];
  const last = count(items[LEADING - 1]!);
  let end = LEADING;
  while (end < items.length && count(items[end]!) === last) end++;
  if (end <= LEADING + TIED_EXTRA) return items.slice(0, end);
  let start = LEADING - 1;
  while (start > 0 && count(items[start - 1]!) === last) start--;
  return items.slice(0, start);
}

/** How many of `items` (sorted by `count`, highest first) tie for the top place. */
export function tiedAtTop<T>(items: readonly T[], count: (item: T) => number): number {
  let n = 0;
  while (n < items.length && count(items[n]!) === count(items[0]!)) n++;
  return n;
}
