// The default codebook reads a class voting on which novel to read as choice (the coding rules: "picking
// topics, novels or groups"), as it reads picking or deciding which; and "community" naming where people
// come from or live (people from our communities, the local community) as no feeling of belonging.
import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/codebook/load.js';
import { compileCodebook } from '../../src/codebook/compile.js';
import { tagText } from '../../src/analyses/tagging.js';

const defaultThemeIds = async (): Promise<(text: string) => string[]> => {
  const compiled = compileCodebook(await loadCodebook(), { expansions: true, matcher: 'lemma' });
  return (text) => tagText(text, compiled).map((c) => c.themeId);
};

describe('the default codebook', () => {
  it('reads voting on which thing to learn as choice, and as student voice', async () => {
    const ids = await defaultThemeIds();
    expect(ids('Sometimes we vote on which novel to read as a class.')).toEqual(['choice', 'student-voice']);
    expect(ids('we voted for which unit to do next')).toEqual(['choice', 'student-voice']);
    // … while a vote on its own is still voice alone
    expect(ids('students should get a vote on the dress code')).toEqual(['student-voice']);
  });

  it('does not read a community people come from or live in as belonging; a community one feels part of still is', async () => {
    const ids = await defaultThemeIds();
    expect(ids('More people from our communities teaching, not just visiting once a year')).not.toContain('community-belonging');
    expect(ids('we clean up parks in the local community')).not.toContain('community-belonging');
    expect(ids('community members came in to talk')).not.toContain('community-belonging');
    expect(ids('There is a real sense of community here')).toEqual(['community-belonging']);
    expect(ids('our school community is small and everyone knows each other')).toContain('community-belonging');
    expect(ids('I feel like part of the community at this school')).toContain('community-belonging');
  });
});
