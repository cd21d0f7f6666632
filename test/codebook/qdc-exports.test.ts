// REFI-QDA codebooks as the tools export them: MAXQDA (with a BOM, empty descriptions, sub-codes of
// different parents sharing a name), NVivo codes with no descriptions named with punctuation and
// outline numbers, and ATLAS.ti's 'GROUP: name' convention with code groups as <Sets>.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadCodebook } from '../../src/codebook/load.js';
import { compileCodebook } from '../../src/codebook/compile.js';
import { tagText } from '../../src/analyses/tagging.js';
import type { Codebook } from '../../src/model.js';

const dir = path.resolve(import.meta.dirname, '../../fixtures/codebook/qdc-exports');

const summary = (book: Codebook) => book.themes.map((t) => [t.id, t.label, t.parent ?? '', t.patterns.map((p) => `${p.kind}:${p.value}`).join(' | ')]);

function themesOf(book: Codebook, texts: string[]): string[][] {
  const compiled = compileCodebook(book, { expansions: false, matcher: 'lemma' });
  return texts.map((text) => tagText(text, compiled).map((c) => c.themeId));
}

describe('REFI-QDA codebooks from QDA tools', () => {
  it('MAXQDA: same-named sub-codes of different parents become distinct themes', async () => {
    const book = await loadCodebook(path.join(dir, 'maxqda.qdc'));
    expect(summary(book)).toEqual([
      ['teachers', 'Teachers', '', ''],
      ['teachers-positive', 'Positive (Teachers)', 'teachers', 'word:caring | word:helpful | phrase:know us'],
      ['teachers-negative', 'Negative (Teachers)', 'teachers', 'word:unfair | word:strict'],
      ['peers', 'Peers', '', ''],
      ['peers-positive', 'Positive (Peers)', 'peers', 'word:friends | word:kind'],
      ['peers-negative', 'Negative (Peers)', 'peers', 'word:bully | word:mean | phrase:left out'],
    ]);
    expect(themesOf(book, ['my teachers know us well', 'I was left out at lunch'])).toEqual([
      ['teachers', 'teachers-positive'],
      ['peers', 'peers-negative'],
    ]);
  });

  it('NVivo: a code without description is matched by the things its name lists', async () => {
    const book = await loadCodebook(path.join(dir, 'nvivo-no-descriptions.qdc'));
    expect(summary(book)).toEqual([
      ['mental-health-stress-anxiety', 'Mental health (stress, anxiety)', '', 'phrase:Mental health | phrase:stress | phrase:anxiety'],
      ['funding-resources', 'Funding / resources', '', 'phrase:Funding | phrase:resources'],
      ['1-3-timetables', '1.3 Timetables', '', 'phrase:Timetables'],
    ]);
    expect(themesOf(book, ['exam anxiety is real', 'we need more resources', 'the new timetable'])).toEqual([
      ['mental-health-stress-anxiety'],
      ['funding-resources'],
      ['1-3-timetables'],
    ]);
  });

  it("ATLAS.ti: a 'GROUP: name' code is matched by its name, not by the group prefix", async () => {
    const book = await loadCodebook(path.join(dir, 'atlas.qdc'));
    expect(summary(book)).toEqual([
      ['emo-anxiety', 'EMO: Anxiety', '', 'phrase:Anxiety'],
      ['emo-belonging', 'EMO: Belonging', '', 'phrase:Belonging'],
      ['learn-hands-on-projects', 'LEARN: Hands-on projects', '', 'phrase:hands-on | glob:project* | word:build'],
    ]);
    expect(themesOf(book, ['my emotions and my anxiety', 'a sense of belonging', 'we build things'])).toEqual([['emo-anxiety'], ['emo-belonging'], ['learn-hands-on-projects']]);
  });
});
