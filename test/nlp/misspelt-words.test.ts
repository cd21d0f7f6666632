import { describe, expect, it } from 'vitest';
import { englishWord } from '../../src/nlp/english-words.js';
import { MISSPELLINGS, misspeltWord } from '../../src/nlp/misspelt-words.js';
import { isGivenName } from '../../src/util/given-names.js';

describe('misspeltWord', () => {
  it('knows an auxiliary negative misspelt or without its apostrophe by its shape', () => {
    for (const word of ['dosent', 'doesent', 'dosnt', 'dident', 'didint', 'isent', 'wasint', 'havnt', 'arnt', 'wernt', 'couldent', 'shudnt', "dosen't", 'dont', 'cant']) {
      expect(misspeltWord(word), word).toBe(true);
    }
  });

  it('knows the listed misspellings, and takes no name nor ordinary word', () => {
    for (const word of ['realy', 'alot', 'becuase', 'definately', 'allways']) expect(misspeltWord(word), word).toBe(true);
    for (const word of ['kaur', 'dhillon', 'brandvold', 'priya', 'jordan', 'brent', 'vincent', 'durant', 'kent', 'bus', 'reilly', 'neva', 'sayed']) {
      expect(misspeltWord(word), word).toBe(false);
    }
  });

  it('lists only words that are no word of wink\'s lexicon and no listed given name', () => {
    const words = [...MISSPELLINGS];
    expect(words.filter((w) => englishWord(w))).toEqual([]);
    expect(words.filter((w) => isGivenName(w))).toEqual([]);
  });
});
