// Phrasal verbs a pronoun object splits: "hand in" is written "hand it in", "freak out" "it freaks me
// out", "leave out" "they left me out". A pronoun object must stand between the verb and its particle
// ("hand in the essay" but never "hand in it"), so a two-word phrase ending in a particle is matched with
// one in between too.

/** Adverb particles that end an English phrasal verb. */
const PARTICLES: ReadonlySet<string> = new Set(['up', 'out', 'off', 'down', 'in', 'on', 'back', 'over', 'away', 'through', 'around']);

/** Object pronouns, the objects that go between a verb and its particle. */
export const OBJECT_PRONOUNS: readonly string[] = ['it', 'me', 'us', 'you', 'him', 'her', 'them'];

/**
 * Whether the words of a phrase (lower-cased, as written) are a verb and its particle, "hand in",
 * which a pronoun object may split: two words, the second a particle and the first not.
 */
export function isSeparable(words: readonly string[]): boolean {
  return words.length === 2 && PARTICLES.has(words[1]!) && !PARTICLES.has(words[0]!);
}
