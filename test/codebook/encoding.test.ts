// Codebooks saved in the encodings researchers' tools write: a CSV from Excel on Windows
// (Windows-1252) and a YAML file from Notepad's "Unicode" (UTF-16 LE) read as the same themes, with
// accented patterns that match.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../cli/helpers.js';
import { loadCodebook } from '../../src/codebook/load.js';
import { compileCodebook } from '../../src/codebook/compile.js';
import { tagText } from '../../src/analyses/tagging.js';

const dir = path.resolve(import.meta.dirname, '../../fixtures/codebook/encoding');

describe('codebook encodings', () => {
  for (const file of ['windows-1252.csv', 'utf-16.yml']) {
    it(`reads ${file} with its accents and typographic characters`, async () => {
      const book = await loadCodebook(path.join(dir, file));
      expect(book.themes.map((t) => [t.id, t.label, t.patterns.map((p) => p.value)])).toEqual([
        ['cafe', 'Café and canteen', ['café', 'cafétéria']],
        ['stress', 'Stress', ['panic attack', 'naïve']],
        ['wellbeing', 'Well–being', ['well–being']],
      ]);
      const compiled = compileCodebook(book, { expansions: false, matcher: 'lemma' });
      const tagged = ['Lunch at the café is too pricey', 'I had a panic attack', 'my well-being matters'].map((text) => tagText(text, compiled).map((c) => c.themeId));
      expect(tagged).toEqual([['cafe'], ['stress'], ['wellbeing']]);
    });
  }

  it('reads a codebook saved with old Mac line ends (CR alone), in YAML and in CSV', async () => {
    const folder = tempDir();
    const yaml = path.join(folder, 'cr.yml');
    writeFileSync(yaml, 'themes:\r  - id: a\r    label: A\r    words: [flex]\r');
    expect((await loadCodebook(yaml)).themes.map((t) => [t.id, t.patterns.map((p) => p.value)])).toEqual([['a', ['flex']]]);
    const csv = path.join(folder, 'cr.csv');
    writeFileSync(csv, 'theme,pattern\ra,flex\rb,stress\r');
    expect((await loadCodebook(csv)).themes.map((t) => [t.id, t.patterns.map((p) => p.value)])).toEqual([['a', ['flex']], ['b', ['stress']]]);
  });

  it('keeps the description of a Windows-1252 CSV intact', async () => {
    const book = await loadCodebook(path.join(dir, 'windows-1252.csv'));
    expect(book.themes[1]!.description).toBe('Feeling “stressed” before exams');
  });
});
