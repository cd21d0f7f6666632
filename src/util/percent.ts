// Percentages in words and figures, shared by the analyses' sentences and the writers: rounding halves
// away from zero, and shares that round to 0 or 100 without being so told as what they are.

/**
 * Round `numerator / denominator` to `decimals` places, halves away from zero, exactly for integer
 * inputs (no 0.285 → 0.28 surprises from binary floating point). A zero denominator gives 0.
 */
export function roundRatio(numerator: number, denominator: number, decimals = 0): number {
  if (denominator === 0) return 0;
  const scale = 10 ** decimals;
  const sign = Math.sign(numerator) * Math.sign(denominator);
  const num = Math.abs(numerator) * scale;
  const den = Math.abs(denominator);
  if (Number.isInteger(num) && Number.isInteger(den) && num * 2 + den <= Number.MAX_SAFE_INTEGER) {
    return (sign * Math.floor((2 * num + den) / (2 * den))) / scale;
  }
  return (sign * Math.round(num / den)) / scale;
}

/**
 * A whole-number percent for a sentence; shares that would round to 0 or 100 without being so are
 * written "<1%" and ">99%", so a sentence never says 0% of people did something some did.
 */
export function formatPercent(count: number, total: number): string {
  if (total === 0) return '0%';
  const percent = roundRatio(count * 100, total);
  if (count > 0 && percent === 0) return '<1%';
  if (count < total && percent === 100) return '>99%';
  return `${percent}%`;
}

/**
 * The same share in running prose, where "<1%" would read as a symbol: "less than 1%", "more than 99%",
 * "37%".
 */
export function percentInWords(count: number, total: number): string {
  const figure = formatPercent(count, total);
  return figure.replace(/^<1%$/, 'less than 1%').replace(/^>99%$/, 'more than 99%');
}
