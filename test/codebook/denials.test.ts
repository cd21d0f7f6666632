// A pattern with a denial in it (`can't afford`, `do not understand`, `won't`) keeps the denial: it codes
// the denial however a student wrote it (can't, cant, cannot, can not), never the words without it, where
// the `n't` was read away and `can't afford` coded "we can afford it".
import { describe, expect, it } from 'vitest';
import { parseCodebook } from '../../src/codebook/load.js';
import { compileCodebook, type CompileOptions } from '../../src/codebook/compile.js';
import { anotherWordPatterns } from '../../src/codebook/check.js';
import { tagText } from '../../src/analyses/tagging.js';

const yaml = `themes:
  - id: cost
    phrases: [can't afford, do not understand, teacher doesn’t care]
  - id: refusal
    words: [won't, isnt]
`;

/** `theme "evidence"` for each coding of each text. */
function tag(texts: string[], options: CompileOptions = { expansions: false, matcher: 'lemma' }): string[][] {
  const compiled = compileCodebook(parseCodebook(yaml, 'codebook.yml'), options);
  return texts.map((text) => tagText(text, compiled).flatMap((c) => c.evidence.map((e) => `${c.themeId} "${e.text}"${e.negated ? ' negated' : ''}`)));
}

describe('denials in a user codebook', () => {
  it('a contraction in a pattern codes the denial however it is written, and not the words without it', () => {
    expect(tag(['we can afford it', "I can't afford it", 'I cant afford it', 'I cannot afford it', 'I can not afford it', 'I can’t afford it'])).toEqual([
      [],
      ['cost "can\'t afford"'],
      ['cost "cant afford"'],
      ['cost "cannot afford"'],
      ['cost "can not afford"'],
      ['cost "can’t afford"'],
    ]);
  });

  it('a denial written out in a pattern codes its contraction too', () => {
    expect(tag(['I understand now', 'I do not understand', "I don't understand", 'I dont understand', 'I do understand'])).toEqual([
      [],
      ['cost "do not understand"'],
      ['cost "don\'t understand"'],
      ['cost "dont understand"'],
      [],
    ]);
  });

  it('a curly apostrophe in the pattern, and a word of its own, keep the denial alike', () => {
    expect(tag(['the teacher does care', 'the teacher does not care', 'the teacher doesnt care', 'I will go', "I won't go", 'it is fine', "it isn't fine", 'it is not fine'])).toEqual([
      [],
      ['cost "teacher does not care"'],
      ['cost "teacher doesnt care"'],
      [],
      ['refusal "won\'t"'],
      [],
      ['refusal "isn\'t"'],
      ['refusal "is not"'],
    ]);
  });

  it('the keyword baseline matches the contraction as written', () => {
    expect(tag(['we can afford it', "I can't afford it", 'I cannot afford it'], { expansions: false, matcher: 'keyword' })).toEqual([[], ['cost "can\'t afford"'], []]);
  });

  it('a word with a denial is not said to be read as another word', () => {
    expect(anotherWordPatterns(parseCodebook(yaml, 'codebook.yml'))).toEqual([]);
  });
});
