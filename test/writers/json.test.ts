import { describe, expect, it } from 'vitest';
import { jsonChunks, writeJson } from '../../src/writers/json.js';
import type { Analysis } from '../../src/model.js';

const analysis = {
  schemaVersion: '1.0.0',
  title: 'T',
  corpus: {
    folder: 'f',
    sources: [],
    participants: [{ id: 'S1', role: 'student', name: 'Priya Sandhu', attributes: { gender: 'Female' }, sources: ['a.csv'] }],
    questions: [{ id: 'q1', text: 'Why?' }],
    responses: [
      { id: 'a.csv:r1:q1', sourceId: 'a.csv', locator: 'row 1, q1', participantId: 'S1', questionId: 'q1', text: 'Because 🎉\n"quoted"' },
      { id: 'a.csv:r2:q1', sourceId: 'a.csv', locator: 'row 2, q1', participantId: 'S1', questionId: 'q1', text: 'Two' },
    ],
    context: [],
    warnings: [],
  },
  codebook: { name: 'default', themes: [] },
  codings: [{ responseId: 'a.csv:r1:q1', themeId: 'choice', evidence: [{ text: 'x', start: 0, end: 1, pattern: 'x', kind: 'word' }] }],
  themes: [],
  questions: [],
  demographics: [],
  crosstab: [],
  findings: [],
  settings: { minCell: 5, by: [], expansions: true },
  warnings: [],
} as unknown as Analysis;

describe('writeJson', () => {
  it('streams exactly what JSON.stringify would write, without names', () => {
    const { name: _n, ...p } = analysis.corpus.participants[0];
    const expected = `${JSON.stringify({ ...analysis, corpus: { ...analysis.corpus, participants: [p] } }, null, 2)}\n`;
    expect(writeJson(analysis)).toBe(expected);
    expect(writeJson(analysis)).not.toContain('Priya');
  });

  it('yields the big arrays an element at a time', () => {
    const chunks = [...jsonChunks(analysis)];
    expect(chunks.filter((c) => c.includes('"id": "a.csv:r'))).toHaveLength(2);
  });
});

describe('jsonChunks in batches', () => {
  it('writes the same bytes whatever the batch size', () => {
    const many = {
      ...analysis,
      corpus: { ...analysis.corpus, responses: Array.from({ length: 7 }, (_, i) => ({ ...analysis.corpus.responses[i % 2]!, id: `a.csv:r${i}:q1` })) },
      codings: [...analysis.codings, { responseId: 'a.csv:r2:q1', themeId: 'x', evidence: [] }, undefined],
    } as unknown as Analysis;
    const whole = [...jsonChunks(many)].join('');
    for (const batch of [2, 3, 7, 100]) expect([...jsonChunks(many, { batch })].join('')).toBe(whole);
    expect(JSON.parse(whole).corpus.responses).toHaveLength(7);
  });
});
