// englishWord: the words of wink's lexicon, read from the model's core file.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { englishWord } from '../../src/nlp/english-words.js';

describe('englishWord', () => {
  it('knows English words, and names common enough to be words, in lower case', () => {
    for (const word of ['bus', 'yelled', 'timetable', 'lee', 'jordan', 'brown']) expect(englishWord(word), word).toBe(true);
  });

  it('does not know surnames that are no English words, nor a word in capitals', () => {
    for (const word of ['brandvold', 'dhillon', 'kaur', 'Bus', '']) expect(englishWord(word), word).toBe(false);
  });

  it("knows exactly the words the model's own loader unpacks", () => {
    const require = createRequire(import.meta.url);
    const model = require('wink-eng-lite-web-model') as { core: () => { features: { lexeme: { list: string[]; hash: Record<string, number>; intrinsicSize: number } } } };
    const lexeme = model.core().features.lexeme;
    expect(lexeme.intrinsicSize).toBeGreaterThan(80_000);
    const missing = lexeme.list.slice(0, lexeme.intrinsicSize).filter((word) => !englishWord(word));
    expect(missing).toEqual([]);
    // Object's own keys are no words of the lexicon unless the model lists them.
    for (const word of ['constructor', 'hasownproperty', '__proto__']) expect(englishWord(word), word).toBe(Object.hasOwn(lexeme.hash, word));
  });
});
