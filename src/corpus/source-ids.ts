// File names as they are published: a file named after a participant ("interview-Maria-Lopez.docx") would
// print the name in sources.csv, in every response id and in analysis.json, so the name is replaced
// with [name] there ("interview-[name].docx"), as in the texts.
import { isCommonWordName, nameWordKey, nameWordKeys } from './redact.js';
import { roleNamed } from '../util/role-titles.js';
import { inCapitals, SCHOOL_NAMED_FOR_IN_PATH, schoolWord } from '../util/name-words.js';
import { englishWord } from '../nlp/english-words.js';
import { describingName, isGivenName } from '../util/given-names.js';
import { isRoleOrTitle } from '../util/role-titles.js';
import { byCodeUnits } from '../util/text.js';
import { neverName, TITLE_WORDS } from '../util/names.js';

// Runs of letters (with inner apostrophes): the words of a path, whatever separates them (- _ . / space).
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
// A name in full, "Maria-Lopez" or "Maria_Lopez", becomes one [name].
const RUN = /\[name\](?:[-_. ]+\[name\])+/g;

// A capitalised word of a path ("Osei", "McKay", "O'Neil"), to its end whatever the case of its letters
// after the first two ("McDONALD", "MacKENZIE", "O'NEIL"), or in capitals ("PATEL"; see roleNamed); a
// hyphen parts words in a file's name. A word cut at an inner capital failed to match, and the whole
// surname stayed in the path.
const PATH_NAME = String.raw`(?:\p{Lu}['’])?\p{Lu}[\p{L}\p{M}]+(?:['’](?![Ss](?![\p{L}\p{M}]))[\p{L}\p{M}]+)*`;
// A title and the capitalised word after it, with a second one that can be a name ("Mrs. Jane Porter"), spaced, hyphenated or run together ("Ms Patel's class/",
// "interview-Mr-Osei.docx", "MrOsei-notes.txt"): an adult's name, on no roster, as a title makes it in a text.
// In capitals only MR and MRS: "MS" before a word is a middle school's or Microsoft's ("MS Survey.xlsx",
// "MSWord-export.docx"), as the texts keep "MS Survey". Run together with digits after it ("MsLee2",
// "reflect-test-DrAbq1") it is still read as a title and a name: a code that looks like one loses a few
// letters, where a teacher's file named so would otherwise keep the name. A school named for a person is a school's name, kept whole ("Sir John A. Macdonald
// Secondary/"), as the texts keep it and as the school attribute shows it.
const TITLED = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?<title>${TITLE_WORDS}|MRS|MR)\.?(?:[-_ ]+|(?=\p{Lu}\p{Ll}))(?!${SCHOOL_NAMED_FOR_IN_PATH})(?<word>${PATH_NAME})(?:(?<gap>[-_ ]+)(?<second>${PATH_NAME}))?(?![\p{L}\p{M}])`,
  'gu',
);

/**
 * `id` with a title and the name after it as [name] ("Ms Patel's class" → "[name]'s class"); "Coach Bus" is
 * kept (see roleNamed), and Coach kept before a name, as in the texts ("Coach Kim notes" → "Coach [name] notes").
 */
function withoutTitledNames(id: string): string {
  return id.replace(TITLED, (whole: string, ...rest: unknown[]) => {
    const g = rest[rest.length - 1] as { title: string; word: string; gap?: string; second?: string };
    const coach = /^coach$/i.test(g.title);
    // "Coach Bus", "Mr-NOTES": a word a role or a title is not followed by as a name (see roleNamed).
    if ((coach || inCapitals(g.word)) && !roleNamed(g.word)) return whole;
    const title = coach ? whole.slice(0, whole.indexOf(g.word, g.title.length)) : '';
    return `${title}${g.second === undefined || !roleNamed(g.second) ? `[name]${g.second === undefined ? '' : `${g.gap}${g.second}`}` : '[name]'}`;
  });
}

// Two capitalised words of a path, spaced or joined by "-" or "_" ("Interview with Maya Lopez.vtt",
// "check-in_Jamal_Wright.docx"): a person's name in full, as a transcript named after whom it records
// has it, where its speakers are labelled "Speaker 1" and no roster names them (see fullName).
const TWO_WORDS = new RegExp(String.raw`(?<![\p{L}\p{M}])(?<first>\p{Lu}\p{Ll}+)(?<gap>[-_ ]+)(?<second>${PATH_NAME})(?![\p{L}\p{M}])`, 'gu');
const SCHOOL_AT = new RegExp(SCHOOL_NAMED_FOR_IN_PATH, 'uy');
const MONTHS_AND_DAYS = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);

/**
 * Whether two capitalised words of a path are a person's name in full: the first a given name or a word
 * that is no English word, the second a surname's, as the texts read a full name beside a redacted one
 * ("Maya Lopez", "Kwame Asante", "Jamal Wright", "Harriet Okafor"): both no English word, or one a listed
 * given name that is no describing word and the other no English word, or a listed given name that is
 * no English word before any capitalised word. Not a month or a day, a school's word, a title or a role,
 * nor, after a word that is no listed given name, a plural ("Grace Hall", "Mark Scheme", "Summer School",
 * "April Report", "Focus Group", "Minecraft Dungeons", "Los Angeles" are kept; "Hong Kong" is lost).
 */
function fullName(first: string, second: string): boolean {
  const [a, b] = [first.toLowerCase(), second.toLowerCase()];
  if (inCapitals(second) || MONTHS_AND_DAYS.has(a) || MONTHS_AND_DAYS.has(b)) return false;
  if ([first, second].some((w) => schoolWord(w) || isRoleOrTitle(w) || neverName(w.toLowerCase()))) return false;
  const given = (w: string) => isGivenName(w) && !describingName(w);
  const [wordA, wordB] = [englishWord(a), englishWord(b)];
  // After a word no list holds as a given name, a plural's ending is a thing's ("Minecraft Dungeons", "Los Angeles").
  if (!given(first) && /s$/.test(b)) return false;
  return (!wordA && !wordB) || (given(first) && !wordB) || (given(first) && !wordA);
}

/** `id` with each full name of two capitalised words (see fullName) as [name]. */
function withoutFullNames(id: string): string {
  let out = '';
  let from = 0;
  TWO_WORDS.lastIndex = 0;
  for (let m = TWO_WORDS.exec(id); m; m = TWO_WORDS.exec(id)) {
    const { first, gap, second } = m.groups as { first: string; gap: string; second: string };
    // A school named for a person is a school's name, kept whole ("Dr Charles Best Secondary School/").
    SCHOOL_AT.lastIndex = m.index;
    const school = SCHOOL_AT.exec(id);
    if (school) {
      TWO_WORDS.lastIndex = m.index + school[0].length;
    } else if (fullName(first, second)) {
      out += `${id.slice(from, m.index)}[name]`;
      from = m.index + m[0].length;
    } else {
      // The second word may open a name of its own ("Interview - Harriet Okafor").
      TWO_WORDS.lastIndex = m.index + first.length + gap.length;
    }
  }
  return out + id.slice(from);
}

/**
 * The published id of each source id whose path holds a person's name (ids without one are not in the
 * map). A word of the path that is a word of one of `names` (not a title, particle or initial) becomes
 * [name]; a name that is also a common word (Grace, Will) only when capitalised; and so does a title and
 * the capitalised word after it, a teacher's name ("Ms Patel's class/" → "[name]'s class/"). Ids that
 * would be published alike are told apart by " (2)", " (3)" … before the extension, in id order.
 */
export function publishedSourceIds(ids: readonly string[], names: Iterable<string>): Map<string, string> {
  const words = nameWordKeys(names);
  const renamed = new Map<string, string>();
  const taken = new Set(ids);
  const isName = (w: string): boolean => words.size > 0 && words.has(nameWordKey(w)) && (!isCommonWordName(w) || /^\p{Lu}/u.test(w));
  for (const id of [...ids].sort()) {
    const published = withoutFullNames(withoutTitledNames(id))
      .replace(WORD, (w) => (isName(w) || isRunTogether(w, isName) ? '[name]' : w))
      .replace(RUN, '[name]');
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
