// The people a transcript's title says the talk is with ("Interview with Jordan Lee, 14 March", "Focus
// group with Maya, Dev and Sam", "Interview: Jordan Lee"): the interviewee of a transcript whose speakers
// are labelled `Student:` is named nowhere else, and the title is kept for sources.csv and analysis.json. Pure.
import { neverName } from '../util/names.js';
import { CAP_WORD, looksLikeName, NOT_WORD_BEFORE, nounLooking, schoolWord } from '../util/name-words.js';

// One person: one or two capitalised words.
const PERSON = String.raw`${CAP_WORD}(?:[ \t]+${CAP_WORD})?`;
// "with" (or "Interview:", "Interview —", "Interview of") and the people, listed with commas or "and",
// then the title's end or a mark ("…, 14 March", "… (Grade 10)"): "with Riverside students", the words
// going on in lower case, names a group, not people.
const WITH_PEOPLE = new RegExp(
  String.raw`${NOT_WORD_BEFORE}(?:with|[Ii]nterview(?:ee)?(?:[ \t]+of|[ \t]*[:—–-]))[ \t]+(?<people>${PERSON}(?:(?:[ \t]*,[ \t]*(?:and[ \t]+|&[ \t]+)?|[ \t]+(?:and|&)[ \t]+)${PERSON})*)(?=[ \t]*(?:$|[,.;:!?()[\]—–-]|\d))`,
  'gu',
);
// The words that make a school's or a program's name, not a person's ("with Riverside Secondary").
const INSTITUTION = new Set('secondary elementary collegiate academy college high middle junior senior institute program programme club council team group advisory'.split(' '));

/**
 * The names in the titles' "with …" ("Interview with Jordan Lee, 14 March" → Jordan Lee, Jordan, Lee),
 * each in full and each of its words, as cuedNames gives names a cue introduces; a person any of whose
 * words cannot be a name's (a day, a subject, a school's word) or that is one of `known` values (a
 * school, a program; lower case) is none. Sorted, distinct.
 */
export function titleNames(titles: Iterable<string>, known: ReadonlySet<string> = new Set()): string[] {
  const found = new Set<string>();
  for (const title of titles) {
    for (const m of title.matchAll(WITH_PEOPLE)) {
      for (const person of m.groups!.people!.split(/[ \t]*,[ \t]*(?:and[ \t]+|&[ \t]+)?|[ \t]+(?:and|&)[ \t]+/)) {
        const words = person.split(/[ \t]+/).map((w) => w.replace(/['’]s$/u, ''));
        if (known.has(words.join(' ').toLowerCase())) continue;
        if (!words.every((w) => named(w))) continue;
        for (const w of words) found.add(w);
        found.add(words.join(' '));
      }
    }
  }
  return [...found].sort();
}

function named(word: string): boolean {
  const key = word.toLowerCase();
  return looksLikeName(word) && !neverName(key) && !schoolWord(key) && !nounLooking(key) && !INSTITUTION.has(key);
}
