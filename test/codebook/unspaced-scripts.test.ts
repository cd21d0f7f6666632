// Chinese, Japanese and Thai are written without spaces between words: a pattern in those scripts matches
// wherever its characters stand in a row, and a regex's \b holds beside each of their characters, where a
// word pattern matched only a whole run between punctuation (never a word inside a sentence) and \b never
// held at all, so patterns added "in that language" (as the README advises) silently coded nothing.
import { describe, expect, it } from 'vitest';
import { parseCodebook } from '../../src/codebook/load.js';
import { compileCodebook } from '../../src/codebook/compile.js';
import { tagText } from '../../src/analyses/tagging.js';
import { tryCodebook } from '../../src/codebook/try.js';

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

describe('context words and mixed scripts without spaces', () => {
  const mixed = parseCodebook(
    [
      'themes:',
      '  - id: stress',
      '    label: Stress',
      '    words: [压力]',
      '    not_near: [锅, 空气]',
      '  - id: exams',
      '    label: Exams',
      '    words: [試験, stress]',
      '    not_near: [ストレス解消, 考试]',
      '  - id: ai',
      '    label: AI',
      '    words: [AI学习, 学习AI]',
    ].join('\n'),
    'mine.yml',
  );
  const compiled = compileCodebook(mixed, { expansions: false, matcher: 'lemma' });
  const themes = (text: string) => tagText(text, compiled).map((c) => c.themeId);

  it('a not_near word in Chinese or Japanese cancels a match in its sentence, wherever its characters stand', () => {
    expect(themes('学习压力很大')).toEqual(['stress']);
    expect(themes('我家的压力锅坏了')).toEqual([]);
    expect(themes('空气压力很低')).toEqual([]);
    expect(themes('明日の試験が心配です')).toEqual(['exams']);
    expect(themes('試験の後でストレス解消をした')).toEqual([]);
  });

  it('only in the same sentence: 。 ！ ？ end one, as a full stop does', () => {
    expect(themes('学习压力很大，锅坏了')).toEqual([]);
    expect(themes('我家的锅坏了。学习压力很大')).toEqual(['stress']);
    expect(themes('我家的锅坏了！学习压力很大')).toEqual(['stress']);
    expect(themes('学习压力很大？锅坏了')).toEqual(['stress']);
  });

  it('a context word in a script without spaces cancels a match in English, and one inside the match itself does not', () => {
    expect(themes('I feel stress before the 考试')).toEqual([]);
    expect(themes('I feel stress. The 考试 was fine')).toEqual(['exams']);
    expect(themes('so much stress')).toEqual(['exams']);
  });

  it('a pattern mixing Latin and Chinese keeps the word boundary of its Latin end', () => {
    expect(themes('我用AI学习数学')).toEqual(['ai']);
    expect(themes('我收到MAIL学习资料')).toEqual([]);
    expect(themes('我们学习AI技术')).toEqual(['ai']);
    expect(themes('我们学习AIM技术')).toEqual([]);
    expect(themes('use ai学习 daily')).toEqual(['ai']);
  });

  it('codebook try names the context word that cancelled a match in those scripts', () => {
    const [tried] = tryCodebook(['我家的压力锅坏了'], compiled);
    expect(tried!.themes).toEqual([]);
    expect(tried!.cancelled?.map((c) => [c.themeId, c.evidence.text, c.notNear])).toEqual([['stress', '压力', ['锅']]]);
  });
});

describe('a Latin word inside Chinese, Japanese or Korean', () => {
  const tech = parseCodebook(
    ['themes:', '  - id: tech', '    label: Technology', '    words: [AI, iPad, laptop]', '  - id: stress', '    label: Stress', '    words: [stress]'].join('\n'),
    'mine.yml',
  );
  const compiled = compileCodebook(tech, { expansions: false, matcher: 'lemma' });
  const coded = (text: string) => tagText(text, compiled).map((c) => `${c.themeId}:${c.evidence.map((e) => `${e.text}@${e.start}-${e.end}${e.negated ? ' negated' : ''}`).join('+')}`);

  it('is matched by a word pattern, its offsets in code points past an emoji', () => {
    expect(coded('我们用AI学习')).toEqual(['tech:AI@3-5']);
    expect(coded('😀用iPad上课')).toEqual(['tech:iPad@2-6']);
    expect(coded('AIを使ってlaptopsで勉強')).toEqual(['tech:AI@0-2+laptops@6-13']);
    expect(coded('iPad로 공부했다')).toEqual(['tech:iPad@0-4']);
    // a longer Latin word is still not the pattern
    expect(coded('我收到MAIL')).toEqual([]);
  });

  it('a negation does not reach past a full-width ！ or ？ into the next sentence', () => {
    expect(coded('I am not happy！Stress is everywhere')).toEqual(['stress:Stress@15-21']);
    expect(coded('I am not stressed？')).toEqual(['stress:stressed@9-17 negated']);
  });
});
