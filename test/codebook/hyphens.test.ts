// A user's patterns with hyphens and apostrophes match the text however a student wrote it: with or
// without the hyphen, with a straight or curly apostrophe, in any case; a negated mention of a theme
// that does not count them is left out.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadCodebook } from '../../src/codebook/load.js';
import { compileCodebook, type CompileOptions } from '../../src/codebook/compile.js';
import { tagText } from '../../src/analyses/tagging.js';

const file = path.resolve(import.meta.dirname, '../../fixtures/codebook/hyphens/codebook.yml');

/** `theme "evidence"` for each coding of each text. */
async function tag(texts: string[], options: CompileOptions = { expansions: false, matcher: 'lemma' }): Promise<string[][]> {
  const compiled = compileCodebook(await loadCodebook(file), options);
  return texts.map((text) => tagText(text, compiled).flatMap((c) => c.evidence.map((e) => `${c.themeId} "${e.text}"${e.negated ? ' negated' : ''}`)));
}

describe('hyphens and apostrophes in a user codebook', () => {
  it('a hyphenated pattern matches the word written with the hyphen, with a space, or joined', async () => {
    expect(await tag(['my well-being', 'my well‑being', 'my well being', 'my wellbeing', 'Selfcare matters', 'Self care matters'])).toEqual([
      ['wellbeing "well-being"'],
      ['wellbeing "well‑being"'],
      ['wellbeing "well being"'],
      ['wellbeing "wellbeing"'],
      ['wellbeing "Selfcare"'],
      ['wellbeing "Self care"'],
    ]);
  });

  it('a pattern written joined matches the word a student hyphenated', async () => {
    expect(await tag(['I check my e-mail', 'On-line classes', 'my e-mail address', 'my email address'])).toEqual([
      ['technology "e-mail"'],
      ['technology "On-line"'],
      ['technology "e-mail address"'],
      ['technology "email address"'],
    ]);
  });

  it('straight and curly apostrophes match alike', async () => {
    expect(await tag(["I don't feel okay", 'I don’t feel okay', 'I DONT FEEL OKAY'])).toEqual([
      ['wellbeing "don\'t feel okay"'],
      ['wellbeing "don’t feel okay"'],
      ['wellbeing "DONT FEEL OKAY"'],
    ]);
  });

  it('a negated mention does not code a theme that does not count them, and is flagged for one that does', async () => {
    expect(await tag(['my well-being is not a priority here', 'there is no well-being programme', 'we never use e-mail'])).toEqual([
      ['wellbeing "well-being"'],
      [],
      ['technology "e-mail" negated'],
    ]);
  });

  it('the keyword baseline matches only as written', async () => {
    expect(await tag(['my wellbeing', 'I check my e-mail', 'my well-being'], { expansions: false, matcher: 'keyword' })).toEqual([[], [], ['wellbeing "well-being"']]);
  });
});
