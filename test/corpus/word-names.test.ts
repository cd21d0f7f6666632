// Tests for reading a name that is also a word at a sentence start: the word, or the name.
import { describe, expect, it } from 'vitest';
import { readsAsWord } from '../../src/corpus/word-names.js';

describe('readsAsWord', () => {
  it('reads the word before a determiner, a possessive, or a noun it makes a phrase with', () => {
    expect(readsAsWord('mark', ' my words')).toBe(true);
    expect(readsAsWord('hope', ' this helps')).toBe(true);
    expect(readsAsWord('grace', ' period was short')).toBe(true);
    expect(readsAsWord('summer', ' break')).toBe(true);
  });

  it('reads a name that is no verb or time before a determiner or a possessive as the name: "Grace my friend helped"', () => {
    expect(readsAsWord('grace', ' my friend helped me')).toBe(false);
    expect(readsAsWord('grace', ' our class rep')).toBe(false);
    expect(readsAsWord('summer', ' this year was fun')).toBe(true);
    expect(readsAsWord('cook', ' the rice first')).toBe(true);
    expect(readsAsWord('drew', ' the map in class')).toBe(true);
  });

  it('reads the word before a pronoun only for a name that is also a verb', () => {
    expect(readsAsWord('will', ' you help?')).toBe(true);
    expect(readsAsWord('hope', ' you like it')).toBe(true);
    expect(readsAsWord('grace', ' you are right')).toBe(false);
  });

  it('reads the name before its verb, a comma, an end, a capital, a function word or a bidding', () => {
    for (const after of [' said so', ' thinks so', ' helped me', ' went home', ' is kind', ', come here', '.', ' Chen', ' and I', ' from grade 10', ' go ahead', ' really tried', ' laughing', '\nperiod', '']) {
      expect(readsAsWord('grace', after), after).toBe(false);
    }
  });
});
