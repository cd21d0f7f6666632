// Stems of French and Spanish words, for a codebook written in one of them: the Snowball (Porter)
// stemmers natural ships, so that `anxieux` matches "anxieuse" and `seul` "seules", where the English
// lemmatizer kept each word whole. Each stemmer is loaded on first use, by its own file: natural's
// top-level import prints to stdout, and an English codebook never loads either.
import { createRequire } from 'node:module';
import type { CodebookLanguage } from '../model.js';

export type { CodebookLanguage };

/** The languages whose words are matched by stem. */
export type StemmedLanguage = Exclude<CodebookLanguage, 'English'>;

const STEMMER_FILES: Record<StemmedLanguage, string> = {
  French: 'natural/lib/natural/stemmers/porter_stemmer_fr.js',
  Spanish: 'natural/lib/natural/stemmers/porter_stemmer_es.js',
};

const stemmers = new Map<StemmedLanguage, (word: string) => string>();
const caches = new Map<StemmedLanguage, Map<string, string>>();

function stemmer(language: StemmedLanguage): (word: string) => string {
  let stem = stemmers.get(language);
  if (stem === undefined) {
    const require = createRequire(import.meta.url);
    const loaded = require(STEMMER_FILES[language]) as { stem: (word: string) => string };
    stem = (word) => loaded.stem(word);
    stemmers.set(language, stem);
  }
  return stem;
}

/** Longer words are their own stem (a pasted hash or a run of one key), as for the English lemmatizer. */
const MAX_STEM_LENGTH = 64;

/**
 * The stem of one lower-cased word in `language` (`anxieuses` → `anxieux`, `élèves` → `élev`,
 * `exámenes` → `examen`), accents kept as the stemmer left them. Words with no letter, or longer than
 * MAX_STEM_LENGTH, are their own stem. Cached per word.
 */
export function stem(word: string, language: StemmedLanguage): string {
  let cache = caches.get(language);
  if (cache === undefined) caches.set(language, (cache = new Map()));
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const result = word.length <= MAX_STEM_LENGTH && /\p{L}/u.test(word) ? stemmer(language)(word) || word : word;
  cache.set(word, result);
  return result;
}
