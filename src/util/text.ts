// Small helpers for writing numbers and labels into English sentences, shared by every writer.

/** "1 theme", "4 themes" (an irregular plural may be given). */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}

const SMALL_NUMBERS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** A count in running text: words up to nine, figures from 10 (the usual style-guide rule). */
export function countInWords(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < SMALL_NUMBERS.length ? SMALL_NUMBERS[n] : String(n);
}

/** "one school", "four schools", "12 schools". */
export function counted(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${countInWords(n)} ${n === 1 ? singular : pluralForm}`;
}

/**
 * The one way the report lists things: "a", "a and b", "a, b and c" (or "a, b or c"). Where an item has a
 * comma of its own ("passions, goals and purpose (7 students)"), three or more are separated by
 * semicolons, with one before the "and" too: "a; b; and passions, goals and purpose". Joined with commas,
 * a reader cannot tell where one item ends. Two items are "a and b", with nothing else between them.
 *
 * `labels`: the items are bare theme labels, with no count after each to tell them apart, and an "and"
 * of a label's own ("equity and diversity") divides them as a comma would: such items count as having a
 * comma, and where the first of two has one, a comma closes it: "equity and diversity, and class size",
 * where "equity and diversity and class size" reads as three.
 */
export function listOf(parts: readonly string[], conjunction: 'and' | 'or' = 'and', options: { labels?: boolean } = {}): string {
  if (parts.length <= 1) return parts.join('');
  const last = parts[parts.length - 1];
  const compound = (p: string): boolean => p.includes(',') || (options.labels === true && /\s(?:and|or)\s/.test(p));
  if (parts.length === 2) return `${parts[0]}${options.labels && compound(parts[0]!) ? ',' : ''} ${conjunction} ${last}`;
  if (parts.some(compound)) return `${parts.slice(0, -1).join('; ')}; ${conjunction} ${last}`;
  return `${parts.slice(0, -1).join(', ')} ${conjunction} ${last}`;
}

/** Items named in a sentence, at most `max` of them: "a, b, c", or "a, b, c and 4 more". */
export function andMore(items: readonly string[], max: number): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}

/** Where a warning points at several rows or lines: "2, 5, 9", or the first five then "…". */
export function firstFew(items: readonly (string | number)[], max = 5): string {
  return items.length > max ? `${items.slice(0, max).join(', ')} …` : items.join(', ');
}

/**
 * Strings in code-unit order, as `<` orders them: the order of every sorted list reflect writes, the same
 * whatever the machine's locale.
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first letter in upper case. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// Proper adjectives keep their capital inside a sentence ("Indigenous ways of knowing").
const PROPER_START = /^(?:Indigenous|First Nations|Aboriginal|Métis|Inuit|English|French|Canadian|AVID|IB)\b/;

/** A theme label inside a sentence: "Mental health" → "mental health"; acronyms and proper adjectives kept. */
export function inSentence(label: string): string {
  if (PROPER_START.test(label) || !/^\p{Lu}\p{Ll}/u.test(label)) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** The text without accents and other combining marks ("Métis" → "Metis", "Zoë" → "Zoe"). */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** The UTF-16 index in `text` of code-point offset `codePoint` (evidence offsets count code points). */
export function utf16Index(text: string, codePoint: number): number {
  let cp = 0;
  let i = 0;
  while (i < text.length && cp < codePoint) {
    const c = text.codePointAt(i)!;
    i += c > 0xffff ? 2 : 1;
    cp++;
  }
  return i;
}
