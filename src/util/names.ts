// The small words around people's names, shared by every module that reads or hides names: the titles
// adults in schools are called by, the suffixes after a surname, and the particles inside one.

/** Titles an adult is called by (Ms. Kaur, Coach Reid, Sir), lower case, without the dot. */
export const HONORIFICS: readonly string[] = [
  'mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'prof', 'professor', 'mister', 'madam', 'madame', 'mademoiselle',
  'monsieur', 'mme', 'mlle', 'sir', 'coach',
];

/** Suffixes after a surname (King Jr.), lower case, without the dot. */
export const NAME_SUFFIXES: readonly string[] = ['sr', 'jr'];

/** Particles inside a name ("Ana de Souza", "Ludwig van Beethoven"), lower case. */
export const NAME_PARTICLES: readonly string[] = [
  'de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'bin', 'binti', 'al', 'el', 'ten', 'ter', 'dos', 'das', 'y',
];

/** `words` as a regex alternation, each capitalised as names are written ("Mr|Mrs|…"); no group. */
export function capitalisedAlternation(words: readonly string[]): string {
  return words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|');
}
