// Did-you-mean: how far a typed name is from the names it may have meant.

/**
 * Optimal string alignment distance: Levenshtein (a letter wrong, missing or extra) plus two adjacent
 * letters swapped counting as one slip, so `lable` is one from `label`.
 */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** ` (did you mean 'x'?)` for the closest candidate within reach (case ignored), or ''; `quote` quotes it. */
export function suggest(value: string, candidates: readonly string[], quote = "'"): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  const v = value.toLowerCase();
  for (const c of candidates) {
    const d = editDistance(v, c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  const reach = v.length <= 3 ? 1 : Math.max(2, Math.floor(v.length / 4));
  return best !== undefined && bestDistance <= reach && bestDistance < v.length ? ` (did you mean ${quote}${best}${quote}?)` : '';
}
