// Expansion by word-embedding neighbours (src/codebook/embedding-expansions.ts): marked as such in the
// evidence, off with expansions: false and in the keyword baseline, and below curated synonyms.
import { describe, expect, it } from 'vitest';
import { loadCodebook, parseCodebook } from '../../src/codebook/load.js';
import { compileCodebook, type CompileOptions } from '../../src/codebook/compile.js';
import { createExpander } from '../../src/codebook/expansions.js';
import { EMBEDDING_EXPANSIONS } from '../../src/codebook/embedding-expansions.js';
import { tagText } from '../../src/analyses/tagging.js';
import { lemma } from '../../src/nlp/lemma.js';
import type { Codebook, Pattern } from '../../src/model.js';

const EXPAND: CompileOptions = { expansions: true, matcher: 'lemma' };

function book(yaml: string): Codebook {
  return parseCodebook(yaml, 'inline.yml');
}

const worry = book('themes:\n  - id: mental-health\n    label: M\n    words: [worry]\n');

describe('embedding expansions', () => {
  it('reach a theme through a neighbour of its word, marked embedding in the evidence', () => {
    expect(EMBEDDING_EXPANSIONS.worry.map(([w]) => w)).toContain('fear');
    expect(tagText('My biggest fear is failing', compileCodebook(worry, EXPAND))).toEqual([
      { themeId: 'mental-health', evidence: [{ text: 'fear', start: 11, end: 15, pattern: 'fear', kind: 'word', expansion: 'embedding', expandedFrom: 'worry' }] },
    ]);
    expect(compileCodebook(worry, EXPAND).themes[0].patterns.find((p) => p.value === 'fear')).toEqual({ kind: 'word', value: 'fear', expansion: 'embedding', expandedFrom: 'worry' });
  });

  it('match by lemma, like every word', () => {
    const yaml = 'themes:\n  - id: funding\n    label: F\n    words: [funding]\n';
    expect(tagText('They gave us two grants', compileCodebook(book(yaml), EXPAND)).map((c) => c.evidence.map((e) => [e.text, e.expansion]))).toEqual([[['grants', 'embedding']]]);
  });

  it('are off with expansions: false and in the keyword baseline', () => {
    expect(tagText('My biggest fear is failing', compileCodebook(worry, { expansions: false, matcher: 'lemma' }))).toEqual([]);
    expect(tagText('My biggest fear is failing', compileCodebook(worry, { expansions: true, matcher: 'keyword' }))).toEqual([]);
    expect(compileCodebook(worry, { expansions: false, matcher: 'lemma' }).themes[0].patterns.map((p) => p.value)).toEqual(['worry']);
  });

  it('do not add what the theme or the synonym list already has: a word on both lists is a synonym', () => {
    const normalise = (v: string): string => v.split(/[\s-]+/).map(lemma).join(' ');
    const expand = createExpander(normalise, { synonyms: { worry: ['anxious', 'fear'] }, embeddings: { worry: [['fear', 0.8], ['dread', 0.7], ['worries', 0.9]], stress: [['strain', 0.7]] } });
    const own: Pattern[] = [{ kind: 'word', value: 'worry' }];
    const theme = { id: 't', label: 'T', patterns: own, exclusions: [], countNegated: true };
    expect(expand(theme, own).map((p) => [p.value, p.expansion])).toEqual([
      ['anxious', 'synonym'],
      ['fear', 'synonym'],
      ['dread', 'embedding'],
    ]);
  });

  it('keep the default codebook precise: a known neighbour codes its theme, and everyday words stay uncoded', async () => {
    const compiled = compileCodebook(await loadCodebook(), EXPAND);
    const coded = (text: string): [string, string | undefined][] => tagText(text, compiled).flatMap((c) => c.evidence.map((e): [string, string | undefined] => [c.themeId, e.expansion]));
    expect(coded('my uncle drives me home')).toEqual([['home-life', 'embedding']]);
    expect(coded('The loneliness gets to me')).toEqual([['mental-health', 'embedding']]);
    expect(coded('I pay attention and spend time on it, the class was fun')).toEqual([]);
    // `mental` (once a neighbour of stress and depression) is an adjective of the mind, rejected on review
    expect(coded('We do mental math every morning')).toEqual([]);
  });
});

describe('the generated list', () => {
  it('holds plain data: lower-case neighbours with a similarity at or above the threshold, none equal to its head', () => {
    for (const [head, list] of Object.entries(EMBEDDING_EXPANSIONS)) {
      expect(list.length).toBeGreaterThan(0);
      for (const [word, similarity] of list) {
        expect(word).toMatch(/^[a-z][a-z'-]*$/);
        expect(word).not.toBe(head);
        expect(similarity).toBeGreaterThanOrEqual(0.6);
        expect(similarity).toBeLessThanOrEqual(1);
      }
    }
  });
});
