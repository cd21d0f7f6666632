// Lemmas of single lower-cased words: wink-nlp's English lemmatizer run once per distinct word and
// cached, plus inflectional bases (stressed → stress, caring → care) where wink tags a word out of
// context as an adjective or noun and keeps it whole.
import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';
import type { ItsFunction } from 'wink-nlp';

type Wink = ReturnType<typeof winkNLP>;

let nlp: Wink | undefined;
const cache = new Map<string, string>();

/**
 * Longer words are their own lemma. The longest English words run to about 45 letters, and wink's
 * tokenizer tests every unknown word with a regex whose cost grows with the square of its length: a
 * pasted hash or a 300,000-letter run of one key took over a minute.
 */
const MAX_LEMMA_LENGTH = 64;

function instance(): Wink {
  // One instance for the process, loaded on first use (~70 ms for wink-nlp and its model), so commands
  // and runs that never lemmatise a word (inspect, agree, --help) do not pay for it.
  if (!nlp) {
    const require = createRequire(import.meta.url);
    const load = require('wink-nlp') as typeof winkNLP;
    nlp = load(require('wink-eng-lite-web-model'), ['pos']);
  }
  return nlp;
}

/**
 * The lemma of one lower-cased word (`timetables` → `timetable`, `went` → `go`, `counsellors` →
 * `counselor`). A possessive `'s` or `'` is dropped first; for clitic words (`don't`) the first part's
 * lemma is used. Words over MAX_LEMMA_LENGTH are not lemmatised. Cached per word.
 */
export function lemma(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  let base = word;
  if (base.length > 2 && base.endsWith("'s")) base = base.slice(0, -2);
  else if (base.length > 1 && base.endsWith("'")) base = base.slice(0, -1);
  let result = base;
  if (base.length <= MAX_LEMMA_LENGTH && /[a-z]/.test(base)) {
    const w = instance();
    const doc = w.readDoc(base);
    // the typings declare `its.lemma` with a narrower signature than `out` accepts
    const lemmas = doc.tokens().out(w.its.lemma as unknown as ItsFunction<string>) as string[];
    const first = lemmas[0];
    if (first && /[\p{L}\p{N}]/u.test(first)) result = first.toLowerCase();
  }
  cache.set(word, result);
  return result;
}

const VOWEL = /[aeiou]/;

/**
 * Bases an inflected form may come from (plural `-s`/`-es`/`-ies`, `-ed`, `-ing`), for words wink keeps
 * whole out of context (`exploratories`, `depressed`, `caring`, `panicked`). Candidates only: the
 * matcher keeps those that are codebook lemmas.
 */
export function inflectionBases(word: string): string[] {
  const out: string[] = [];
  const add = (b: string): void => {
    if (b.length >= 3 && VOWEL.test(b) && b !== word && !out.includes(b)) out.push(b);
  };
  if (word.endsWith('ies') && word.length > 4) add(word.slice(0, -3) + 'y');
  else if (/(?:s|x|z|ch|sh)es$/.test(word)) add(word.slice(0, -2));
  else if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith("'s") && word.length > 3) add(word.slice(0, -1));
  if (word.endsWith('ied') && word.length > 4) add(word.slice(0, -3) + 'y');
  if (word.endsWith('ed') && word.length > 4) {
    const stem = word.slice(0, -2);
    add(stem);
    add(stem + 'e');
    if (stem.endsWith('ck')) add(stem.slice(0, -1));
    if (stem.length > 3 && stem[stem.length - 1] === stem[stem.length - 2]) add(stem.slice(0, -1));
  }
  if (word.endsWith('ing') && word.length > 5) {
    const stem = word.slice(0, -3);
    add(stem);
    add(stem + 'e');
    if (stem.endsWith('ck')) add(stem.slice(0, -1));
    if (stem.length > 3 && stem[stem.length - 1] === stem[stem.length - 2]) add(stem.slice(0, -1));
  }
  return out;
}

/** Words lemmatised so far (for diagnostics and tests). */
export function lemmaCacheSize(): number {
  return cache.size;
}
