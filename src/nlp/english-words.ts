// The English words wink's model knows (87,593 of them, names common enough to be words among them:
// Jordan, Lee, Brown), read from its lexicon once, on first use. Shared by the redactor (a lower-case
// word is taken for a surname only where it is none of them, so a role word's ordinary neighbour, "coach
// bus", "principal reason", stays) and the readers (a line that can be a person's name).
//
// The words are taken from the model's core file, which wink-nlp has already loaded by the time a text
// is read (~15 ms for the set), where the model's own loader, `core()`, would copy and unpack the whole
// model again (~100 ms). A test checks that the two give the same words, so a later version of the model
// that moves or changes the file is caught before it ships.
import { createRequire } from 'node:module';

const CORE_FILE = 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';

let words: ReadonlySet<string> | undefined;

/** Whether a word, lower case, is an English word of wink's lexicon ("bus", "yelled", "lee"; not "brandvold", "dhillon", "kaur"). */
export function englishWord(word: string): boolean {
  words ??= lexiconWords();
  return words.has(word);
}

function lexiconWords(): ReadonlySet<string> {
  const require = createRequire(import.meta.url);
  const core = require(CORE_FILE) as { features: { lexeme: { list: string[] } } };
  return new Set(core.features.lexeme.list);
}
