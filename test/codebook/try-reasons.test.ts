// `codebook try` gives every reason a match of a pattern did not count: a match held by a longer match of
// another theme may also be cancelled by the theme's exclusion or context words, or negated in a theme
// that does not count negated mentions; each reason is told, none hides another.
import { describe, expect, it } from 'vitest';
import { parseCodebook } from '../../src/codebook/load.js';
import { compileCodebook } from '../../src/codebook/compile.js';
import { tryCodebook } from '../../src/codebook/try.js';
import { formatTried } from '../../src/commands/codebook.js';

const book = parseCodebook(
  [
    'themes:',
    '  - id: relationships',
    '    label: Relationships',
    '    count_negated: false',
    '    words: [{ value: support, not_near: [funding, money] }, mentor]',
    '  - id: support-staff',
    '    label: Support staff',
    '    phrases: [support worker, educational assistant]',
    '  - id: wellbeing',
    '    label: Wellbeing',
    '    words: [stress, anxiety]',
    '    exclude: [stress ball]',
    '  - id: sensory-tools',
    '    label: Sensory tools',
    '    phrases: [stress ball, fidget toy]',
  ].join('\n'),
  'mine.yml',
);
const compiled = compileCodebook(book, { expansions: false, matcher: 'lemma' });

const reasons = (texts: string[]) =>
  tryCodebook(texts, compiled).map((t) => [
    ...(t.cancelled ?? []).map((c) => ({ theme: c.themeId, text: c.evidence.text, exclusion: c.exclusion, notNear: c.notNear, longer: c.longer?.pattern })),
    ...(t.hidden ?? []).map((h) => ({ theme: h.themeId, text: h.evidence.text, negated: h.evidence.negated, longer: h.longer.pattern })),
  ]);

describe('codebook try: a match both hidden by a longer match and cancelled', () => {
  it('tells the not_near words found and the longer match that holds it', () => {
    expect(reasons(['My support worker helped me apply for funding'])).toEqual([
      [{ theme: 'relationships', text: 'support', exclusion: undefined, notNear: ['funding'], longer: 'support worker' }],
    ]);
  });

  it('tells the exclusion and the longer match of another theme that holds it', () => {
    expect(reasons(['I squeeze a stress ball in class'])).toEqual([[{ theme: 'wellbeing', text: 'stress', exclusion: 'stress ball', notNear: undefined, longer: 'stress ball' }]]);
  });

  it('tells a hidden match that is negated in a theme that does not count negated mentions', () => {
    expect(reasons(['We have no support worker this year'])).toEqual([[{ theme: 'relationships', text: 'support', negated: true, longer: 'support worker' }]]);
  });

  it('keeps telling a match with one reason as before', () => {
    expect(reasons(['my support worker helped', 'the stress ball helps with stress', 'support with money was hard'])).toEqual([
      [{ theme: 'relationships', text: 'support', negated: undefined, longer: 'support worker' }],
      [{ theme: 'wellbeing', text: 'stress', exclusion: 'stress ball', notNear: undefined, longer: 'stress ball' }],
      [{ theme: 'relationships', text: 'support', exclusion: undefined, notNear: ['money'], longer: undefined }],
    ]);
  });

  it('prints every reason on the match\'s line', () => {
    expect(formatTried(tryCodebook(['My support worker helped me apply for funding', 'We have no support worker this year'], compiled))).toBe(
      [
        '"My support worker helped me apply for funding"',
        "  support-staff  \"support worker\" at 3–17, phrase 'support worker'",
        "  relationships  not counted: \"support\" at 3–10, word 'support', not_near 'funding' in its sentence; and inside the longer match 'support worker' of support-staff",
        '"We have no support worker this year"',
        "  support-staff  \"support worker\" at 11–25, phrase 'support worker' (negated)",
        "  relationships  not counted: \"support\" at 11–18, word 'support' (negated), inside the longer match 'support worker' of support-staff; and negated, which count_negated: false does not count",
        '',
      ].join('\n'),
    );
  });
});

describe('codebook try: a parent theme names the sub-theme its rolled-up evidence came from', () => {
  const family = parseCodebook(
    [
      'themes:',
      '  - id: wellbeing',
      '    label: Wellbeing',
      '    words: [wellbeing]',
      '  - id: stress',
      '    label: Stress',
      '    parent: wellbeing',
      '    words: [stress]',
      '  - id: exam-stress',
      '    label: Exam stress',
      '    parent: stress',
      '    phrases: [exam pressure]',
    ].join('\n'),
    'family.yml',
  );
  const tried = tryCodebook(['my wellbeing suffers from stress and exam pressure'], compileCodebook(family, { expansions: false, matcher: 'lemma' }));

  it('marks each rolled-up piece with the sub-theme whose own pattern found it, in --json, and leaves its own unmarked', () => {
    const by = new Map(tried[0]!.themes.map((t) => [t.themeId, t.evidence.map((e) => [e.text, e.via])]));
    expect(by.get('wellbeing')).toEqual([['wellbeing', undefined], ['stress', ['stress']], ['exam pressure', ['exam-stress']]]);
    expect(by.get('stress')).toEqual([['stress', undefined], ['exam pressure', ['exam-stress']]]);
    expect(by.get('exam-stress')).toEqual([['exam pressure', undefined]]);
    // the JSON of --json carries it as "via"
    expect(JSON.parse(JSON.stringify(tried))[0].themes[0].evidence[1].via).toEqual(['stress']);
  });

  it('says it in the text', () => {
    expect(formatTried(tried)).toBe(
      [
        '"my wellbeing suffers from stress and exam pressure"',
        "  wellbeing    \"wellbeing\" at 3–12, word 'wellbeing'",
        "               \"stress\" at 26–32, word 'stress' (via sub-theme stress)",
        "               \"exam pressure\" at 37–50, phrase 'exam pressure' (via sub-theme exam-stress)",
        "  stress       \"stress\" at 26–32, word 'stress'",
        "               \"exam pressure\" at 37–50, phrase 'exam pressure' (via sub-theme exam-stress)",
        "  exam-stress  \"exam pressure\" at 37–50, phrase 'exam pressure'",
        '',
      ].join('\n'),
    );
  });
});
