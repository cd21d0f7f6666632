// The tokenizer: words, code point offsets (stable across emoji), sentences and clauses.
import { describe, expect, it } from 'vitest';
import { createTokens, tokenize, words } from '../../src/nlp/tokenize.js';
import { Lexicon } from '../../src/nlp/lexicon.js';
import { inflectionBases, lemma } from '../../src/nlp/lemma.js';

function table(text: string) {
  const t = tokenize(text);
  return Array.from({ length: t.count }, (_, i) => [t.lexicon.words[t.ids[i]], t.start[i], t.end[i], t.sentence[i], t.clause[i]]);
}

describe('tokenize', () => {
  it('lower-cases words and folds typographic apostrophes', () => {
    expect(words('I Don’t LIKE the Timetable’s bells')).toEqual(['i', "don't", 'like', 'the', "timetable's", 'bells']);
  });

  it('gives offsets in code points, stable across emoji', () => {
    expect(table('😭😭 so stressed 📚 tests')).toEqual([
      ['so', 3, 5, 0, 0],
      ['stressed', 6, 14, 0, 0],
      ['tests', 17, 22, 0, 0],
    ]);
    const t = tokenize('😭 ok');
    expect([t.start16[0], t.end16[0]]).toEqual([3, 5]);
    // A letter outside the BMP (two UTF-16 units) inside a word counts as one code point.
    expect(table('x𝒜b 😭 ok')).toEqual([
      ['x𝒜b', 0, 3, 0, 0],
      ['ok', 6, 8, 0, 0],
    ]);
  });

  it('splits hyphenated words within a clause, and breaks clauses at punctuation and spaced dashes', () => {
    expect(table('one-on-one, time - really')).toEqual([
      ['one', 0, 3, 0, 0],
      ['on', 4, 6, 0, 0],
      ['one', 7, 10, 0, 0],
      ['time', 12, 16, 0, 1],
      ['really', 19, 25, 0, 2],
    ]);
  });

  it('ends sentences at . ! ? and line breaks, but not inside 2.5', () => {
    expect(table('Marks are 2.5 out of 5! Why?\nNo')).toEqual([
      ['marks', 0, 5, 0, 0],
      ['are', 6, 9, 0, 0],
      ['2', 10, 11, 0, 0],
      ['5', 12, 13, 0, 0],
      ['out', 14, 17, 0, 0],
      ['of', 18, 20, 0, 0],
      ['5', 21, 22, 0, 0],
      ['why', 24, 27, 1, 1],
      ['no', 29, 31, 2, 2],
    ]);
  });

  it('reads a Latin word or a number inside Chinese, Japanese or Korean as a word of its own, offsets in code points', () => {
    expect(table('我们用AI学习')).toEqual([
      ['我们用', 0, 3, 0, 0],
      ['ai', 3, 5, 0, 0],
      ['学习', 5, 7, 0, 0],
    ]);
    // an emoji and a character of the supplementary planes (two UTF-16 units each) before it
    expect(table('😀用iPad上课𠀀3次')).toEqual([
      ['用', 1, 2, 0, 0],
      ['ipad', 2, 6, 0, 0],
      ['上课𠀀', 6, 9, 0, 0],
      ['3', 9, 10, 0, 0],
      ['次', 10, 11, 0, 0],
    ]);
    const t = tokenize('😀用iPad上课');
    expect([t.start16[1], t.end16[1]]).toEqual([3, 7]);
    expect(words('AIを使ってiPad로 공부했다 ภาษาไทยABC')).toEqual(['ai', 'を使って', 'ipad', '로', '공부했다', 'ภาษาไทย', 'abc']);
    // a word of one script keeps its inner apostrophe; accents and digits stay in the word
    expect(words("don't café2 学习")).toEqual(["don't", 'café2', '学习']);
  });

  it('ends a sentence at 。 ！ ？ as at . ! ?, and a clause at 、 ， ； ：', () => {
    expect(table('学习好！不过？AI。Not happy！Stress，exams、ok')).toEqual([
      ['学习好', 0, 3, 0, 0],
      ['不过', 4, 6, 1, 1],
      ['ai', 7, 9, 2, 2],
      ['not', 10, 13, 3, 3],
      ['happy', 14, 19, 3, 3],
      ['stress', 20, 26, 4, 4],
      ['exams', 27, 32, 4, 5],
      ['ok', 33, 35, 4, 6],
    ]);
  });

  it('does not end a sentence at the full stop of a title before a name, Mr. or Mme.', () => {
    const sentences = (text: string) => Array.from(tokenize(text).sentence.slice(0, tokenize(text).count));
    expect(sentences('If Mr. Boyd and Mme. Roy help. Ok')).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    // the name's own full stop, and a word that merely ends like a title, still end one
    expect(sentences('I asked Mrs. Lee. Then drums. Ok')).toEqual([0, 0, 0, 0, 1, 1, 2]);
  });

  it('reads letters outside ASCII and keeps ids stable in one lexicon', () => {
    const lexicon = new Lexicon();
    expect(words("Halq'eméylem Stó:lō élèves", lexicon)).toEqual(["halq'eméylem", 'stó', 'lō', 'élèves']);
    const t = tokenize('ÉLÈVES élèves', createTokens(lexicon));
    expect(t.ids[0]).toBe(t.ids[1]);
    expect(lexicon.size).toBe(4);
  });

  it('grows its buffers for long texts', () => {
    const t = tokenize(Array.from({ length: 1000 }, (_, i) => `w${i % 7}`).join(' '), createTokens(new Lexicon(), 4));
    expect(t.count).toBe(1000);
    expect(t.lexicon.size).toBe(7);
    expect(t.end[999]).toBe(1000 * 3 - 1);
  });
});

describe('lemmas', () => {
  it('maps inflections to one lemma', () => {
    expect(['timetables', 'stressed', 'stressing', 'classes', 'went', 'counsellors', "student's"].map(lemma)).toEqual([
      'timetable',
      'stress',
      'stress',
      'class',
      'go',
      'counselor',
      'student',
    ]);
  });

  it('keeps a word too long for any language as it is, without asking wink (its regexes are quadratic in length)', () => {
    const run = 'a'.repeat(200_000);
    expect(lemma(run)).toBe(run);
    expect(lemma(`${'ab'.repeat(40)}s`)).toBe(`${'ab'.repeat(40)}s`);
  });

  it('offers inflectional bases for words wink keeps whole', () => {
    expect(inflectionBases('caring')).toEqual(['car', 'care']);
    expect(inflectionBases('exploratories')).toEqual(['exploratory']);
    expect(inflectionBases('panicked')).toEqual(['panick', 'panicke', 'panic']);
  });
});
