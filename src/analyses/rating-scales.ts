// Rating scales a survey's closed questions answer on (agreement, frequency, satisfaction …): recognised
// from an attribute's values, so that its groups are listed in the scale's own order, not by count.
import { byCodeUnits } from '../util/text.js';

/**
 * One scale, its levels from the positive end to the negative, as a survey lists them: each level's
 * wordings, normalised ({@link normaliseLevel}). Levels a few scales share (`neutral`, `unsure`) sit at
 * the middle of each.
 */
type Scale = readonly (readonly string[])[];

const MIDDLE = ['neutral', 'unsure', 'not sure', 'undecided', 'neither', 'no opinion', 'in between', 'in the middle'];

const SCALES: readonly Scale[] = [
  // Agreement: five points, or seven with "somewhat".
  [
    ['strongly agree', 'completely agree', 'totally agree', 'fully agree'],
    ['agree'],
    ['somewhat agree', 'slightly agree', 'mostly agree', 'tend to agree', 'partly agree', 'agree somewhat', 'mildly agree'],
    ['neither agree nor disagree', 'neither agree or disagree', 'agree nor disagree', ...MIDDLE],
    ['somewhat disagree', 'slightly disagree', 'mostly disagree', 'tend to disagree', 'partly disagree', 'disagree somewhat', 'mildly disagree'],
    ['disagree'],
    ['strongly disagree', 'completely disagree', 'totally disagree'],
  ],
  // Frequency.
  [
    ['always', 'all the time', 'all of the time'],
    ['almost always', 'nearly always'],
    ['most of the time', 'very often', 'most days'],
    ['often', 'frequently', 'a lot of the time'],
    ['usually'],
    ['sometimes', 'some of the time', 'occasionally', 'once in a while'],
    ['rarely', 'seldom', 'not often', 'a little of the time'],
    ['almost never', 'hardly ever', 'nearly never'],
    ['never', 'none of the time'],
  ],
  // Satisfaction.
  [
    ['very satisfied', 'extremely satisfied', 'completely satisfied'],
    ['satisfied', 'mostly satisfied'],
    ['somewhat satisfied', 'slightly satisfied'],
    ['neither satisfied nor dissatisfied', 'neither satisfied or dissatisfied', ...MIDDLE],
    ['somewhat dissatisfied', 'slightly dissatisfied'],
    ['dissatisfied', 'unsatisfied', 'not satisfied'],
    ['very dissatisfied', 'extremely dissatisfied', 'very unsatisfied', 'completely dissatisfied'],
  ],
  // Quality.
  [
    ['excellent', 'outstanding'],
    ['very good'],
    ['good'],
    ['fair', 'average', 'okay', 'ok', 'satisfactory', ...MIDDLE],
    ['poor', 'bad', 'below average'],
    ['very poor', 'very bad', 'terrible'],
  ],
  // Likelihood.
  [
    ['extremely likely', 'very likely', 'definitely', 'definitely will'],
    ['likely', 'probably', 'probably will'],
    ['somewhat likely', 'slightly likely'],
    ['neither likely nor unlikely', 'neither likely or unlikely', 'maybe', ...MIDDLE],
    ['somewhat unlikely', 'slightly unlikely'],
    ['unlikely', 'not likely', 'probably not', 'probably will not'],
    ['very unlikely', 'extremely unlikely', 'not at all likely', 'definitely not', 'definitely will not'],
  ],
  // Importance.
  [
    ['extremely important', 'very important', 'essential'],
    ['important', 'quite important'],
    ['moderately important', 'fairly important'],
    ['somewhat important', 'slightly important', 'a little important', ...MIDDLE],
    ['not very important', 'of little importance', 'low importance'],
    ['not important', 'not at all important', 'unimportant', 'not important at all'],
  ],
];

// Answers that give no point of a scale ("Don't know", "N/A"): a scale may offer one beside its points,
// and it follows them.
const OFF_SCALE = new Set(['don t know', 'dont know', 'do not know', 'i don t know', 'not applicable', 'n a', 'na', 'prefer not to say', 'prefer not to answer', 'no answer', 'does not apply']);

// A point of a numbered rating, with or without its anchor: "1", "5 - Extremely", "1 = Never", "3 (Sometimes)".
const NUMBERED = /^(\d{1,2})(?:\s*(?:[-–—:=.)]|\()\s*\S.*)?$/;

/** A value as a scale's wording: lower case, letters and digits only, single spaces. */
function normaliseLevel(value: string): string {
  return value
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Each scale as wording → its place.
const PLACES: readonly Map<string, number>[] = SCALES.map((scale) => new Map(scale.flatMap((words, place) => words.map((w) => [w, place] as const))));

/**
 * Where each value stands on the one rating scale all of them belong to ({@link SCALES}, or a numbered
 * rating with anchors such as "1 - Not at all" … "5 - Extremely"), or undefined where they share none: a
 * Yes/No question, school names, or an agreement scale with a value of its own. A "Don't know" or "N/A"
 * beside a scale's points is placed after them. At least two values must be points of the scale; the
 * first scale that holds them all is taken.
 *
 * @returns per value, its place (smaller first), in the order of `values`.
 */
export function scalePlaces(values: readonly string[]): number[] | undefined {
  const words = values.map(normaliseLevel);
  const onScale = words.filter((w) => !OFF_SCALE.has(w));
  if (onScale.length < 2) return undefined;
  const after = (place: (w: string) => number): number[] => words.map((w) => (OFF_SCALE.has(w) ? Number.MAX_SAFE_INTEGER : place(w)));
  const numbers = values.map((v) => NUMBERED.exec(v.trim()));
  // A numbered rating has an anchor on some point: plain numbers alone are already ordered as numbers.
  if (numbers.every((m, i) => m !== null || OFF_SCALE.has(words[i]!)) && numbers.some((m) => m?.[0] !== m?.[1])) {
    return after((w) => Number(/^\d+/.exec(w)![0]));
  }
  const scale = PLACES.find((places) => onScale.every((w) => places.has(w)));
  return scale ? after((w) => scale.get(w)!) : undefined;
}

/**
 * The indices of `values` in their scale's order ({@link scalePlaces}), values at one place ("Neutral"
 * and "Unsure") by name, so that nothing of their counts shows; undefined where they are not one scale's.
 */
export function scaleOrder(values: readonly string[]): number[] | undefined {
  const places = scalePlaces(values);
  if (!places) return undefined;
  return values.map((_, i) => i).sort((a, b) => places[a]! - places[b]! || byCodeUnits(values[a]!, values[b]!) || a - b);
}
