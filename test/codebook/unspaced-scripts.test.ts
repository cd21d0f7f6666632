// Chinese, Japanese and Thai are written without spaces between words: a pattern in those scripts matches
// wherever its characters stand in a row, and a regex's \b holds beside each of their characters, where a
// word pattern matched only a whole run between punctuation (never a word inside a sentence) and \b never
// held at all, so patterns added "in that language" (as the README advises) silently coded nothing.
import { describe, expect, it } from 'vitest';
import { parseCodebook } from '../../src/codebook/load.js';
import { compileCodebook } from '../../src/codebook/compile.js';
import { tagText } from '../../src/analyses/tagging.js';

const book = parseCodebook(
  [
    'themes:',
    '  - id: study',
    '    label: Study',
    '    words: [学习, 勉強, เรียน]',
    '    phrases: [数学 考试]',
    '  - id: stress',
    '    label: Stress',
    '    words: [压力]',
    '    exclude: [压力锅]',
    "    regex: ['\\bストレス\\b', '/\\bเครียด/', '\\bstress\\b', '\\bpas\\b']",
  ].join('\n'),
  'mine.yml',
);

const coded = (texts: string[], matcher: 'lemma' | 'keyword' = 'lemma') => {
  const compiled = compileCodebook(book, { expansions: false, matcher });
  return texts.map((text) => tagText(text, compiled).map((c) => `${c.themeId}:${c.evidence.map((e) => e.text).join('+')}`));
};

describe('patterns in scripts written without spaces', () => {
  it('a word or phrase matches inside a sentence, with its own characters as evidence', () => {
    expect(coded(['我喜欢学习数学', '数学考试太难了', '我 学习 很多', '勉強が好きです', 'ฉันชอบเรียนวิทยาศาสตร์'])).toEqual([
      ['study:学习'],
      ['study:数学考试'],
      ['study:学习'],
      ['study:勉強'],
      ['study:เรียน'],
    ]);
  });

  it('an exclusion holds there too, and two themes in one run of characters each count', () => {
    expect(coded(['我家的压力锅坏了', '学习压力很大'])).toEqual([[], ['study:学习', 'stress:压力']]);
  });

  it('a regex with \\b matches beside those characters; in Latin scripts \\b is unchanged', () => {
    expect(coded(['試験のストレスが多い', 'ストレス', 'ฉันเครียดมาก', 'I have stress', 'a stressful week', 'pasé'])).toEqual([
      ['stress:ストレス'],
      ['stress:ストレス'],
      ['stress:เครียด'],
      ['stress:stress'],
      [],
      [],
    ]);
  });

  it('the keyword baseline matches the words as written, inside a sentence too', () => {
    expect(coded(['我喜欢学习数学', '勉強が好きです'], 'keyword')).toEqual([['study:学习'], ['study:勉強']]);
  });
});
