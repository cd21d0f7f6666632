// The English words wink's model knows (87,593 of them, names common enough to be words among them:
// Jordan, Lee, Brown), read from its lexicon once, on first use (about 60 ms). Shared by the redactor
// (a lower-case word is taken for a surname only where it is none of them, so a role word's ordinary
// neighbour, "coach bus", "principal reason", stays) and the readers (a line that can be a person's name).
import { createRequire } from 'node:module';

let lexicon: { hash: Readonly<Record<string, number>>; size: number } | undefined;

/** Whether a word, lower case, is an English word of wink's lexicon ("bus", "yelled", "lee"; not "brandvold", "dhillon", "kaur"). */
export function englishWord(word: string): boolean {
  if (lexicon === undefined) {
    const require = createRequire(import.meta.url);
    const model = require('wink-eng-lite-web-model') as { core: () => { features: { lexeme: { hash: Record<string, number>; intrinsicSize: number } } } };
    const lexeme = model.core().features.lexeme;
    lexicon = { hash: lexeme.hash, size: lexeme.intrinsicSize };
  }
  const index = Object.hasOwn(lexicon.hash, word) ? lexicon.hash[word] : undefined;
  return index !== undefined && index < lexicon.size;
}
