// File names as they are published: a file named after a participant ("interview-Maria-Lopez.docx") would
// print the name in sources.csv, in every response id and in analysis.json, so the name is replaced
// with [name] there ("interview-[name].docx"), as in the texts.
import { isCommonWordName, nameWordKey, nameWordKeys } from './redact.js';
import { byCodeUnits } from '../util/text.js';

// Runs of letters (with inner apostrophes): the words of a path, whatever separates them (- _ . / space).
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
// A name in full, "Maria-Lopez" or "Maria_Lopez", becomes one [name].
const RUN = /\[name\](?:[-_. ]+\[name\])+/g;

/**
 * The published id of each source id whose path holds a person's name (ids without one are not in the
 * map). A word of the path that is a word of one of `names` (not a title, particle or initial) becomes
 * [name]; a name that is also a common word (Grace, Will) only when capitalised. Ids that would be
 * published alike are told apart by " (2)", " (3)" … before the extension, in id order.
 */
export function publishedSourceIds(ids: readonly string[], names: Iterable<string>): Map<string, string> {
  const words = nameWordKeys(names);
  const renamed = new Map<string, string>();
  if (words.size === 0) return renamed;
  const taken = new Set(ids);
  const isName = (w: string): boolean => words.has(nameWordKey(w)) && (!isCommonWordName(w) || /^\p{Lu}/u.test(w));
  for (const id of [...ids].sort()) {
    const published = id.replace(WORD, (w) => (isName(w) || isRunTogether(w, isName) ? '[name]' : w)).replace(RUN, '[name]');
    if (published === id) continue;
    let unique = published;
    for (let n = 2; taken.has(unique); n++) unique = withSuffix(published, ` (${n})`);
    taken.add(unique);
    renamed.set(id, unique);
  }
  return renamed;
}

/**
 * Whether a word is names run together at their capitals, as a file is named after a student
 * ("MariaLopez", "KateOBrien", "ZoeSmithJones"): it splits, at capitals only, into words that are each
 * a name's. Splitting elsewhere would find names in ordinary words ("Ann" and "Ex" in "Annex").
 */
function isRunTogether(word: string, isName: (w: string) => boolean): boolean {
  const chars = [...word];
  const cuts = chars.flatMap((c, i) => (i > 0 && /\p{Lu}/u.test(c) ? [i] : []));
  if (cuts.length === 0) return false;
  const ends = [...cuts, chars.length];
  // reached[k]: the first k characters are names run together (k = 0 or a cut).
  const reached = new Set([0]);
  for (const from of [0, ...cuts]) {
    if (!reached.has(from)) continue;
    for (const to of ends) if (to > from && isName(chars.slice(from, to).join(''))) reached.add(to);
  }
  return reached.has(chars.length);
}

/**
 * `path` with `suffix` before its extension ("a/b.txt" → "a/b (2).txt"), or after a workbook's sheet
 * ("a.xlsx#[name]" → "a.xlsx#[name] (2)": the file is one, its sheets several).
 */
function withSuffix(path: string, suffix: string): string {
  if (path.includes('#')) return `${path}${suffix}`;
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  return dot > slash + 1 ? `${path.slice(0, dot)}${suffix}${path.slice(dot)}` : `${path}${suffix}`;
}

/**
 * The order in which copies of one input are kept (byte-identical files, or sheets holding the same
 * answers): the shortest id first, "survey.csv" before "survey (1).csv", then by id. The first is read.
 */
export function keptCopyFirst(a: string, b: string): number {
  return a.length - b.length || byCodeUnits(a, b);
}

/** A source id's folder (relative to the input folder, '' at its top) and its file name without the extension. */
export function idParts(id: string): { folder: string; stem: string } {
  const slash = id.lastIndexOf('/');
  const base = id.slice(slash + 1);
  const dot = base.lastIndexOf('.');
  return { folder: slash < 0 ? '' : id.slice(0, slash), stem: dot > 0 ? base.slice(0, dot) : base };
}
