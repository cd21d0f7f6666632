// Tests for analysis.json: the layout (indented structure, one record a line), round trips and batching.
import { readFileSync } from 'node:fs';
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
  const { name: _n, ...published } = analysis.corpus.participants[0]!;
  const withoutNames = { ...analysis, corpus: { ...analysis.corpus, participants: [published] } };

  it('parses back to the analysis, without names', () => {
    const json = writeJson(analysis);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(withoutNames)));
    expect(json).not.toContain('Priya');
    expect(json.endsWith('}\n')).toBe(true);
  });

  it('indents the document by two spaces and writes each record of a list on one line', () => {
    const lines = writeJson(analysis).split('\n');
    expect(lines.slice(0, 10)).toEqual([
      '{',
      '  "schemaVersion": "1.0.0",',
      '  "title": "T",',
      '  "corpus": {',
      '    "folder": "f",',
      '    "sources": [],',
      '    "participants": [',
      `      ${JSON.stringify(published)}`,
      '    ],',
      '    "questions": [',
    ]);
    const responses = lines.indexOf('    "responses": [');
    expect(lines.slice(responses + 1, responses + 4)).toEqual([
      `      ${JSON.stringify(analysis.corpus.responses[0])},`,
      `      ${JSON.stringify(analysis.corpus.responses[1])}`,
      '    ],',
    ]);
    const codings = lines.indexOf('  "codings": [');
    expect(lines.slice(codings + 1, codings + 3)).toEqual([`    ${JSON.stringify(analysis.codings[0])}`, '  ],']);
    // Objects other than the document and the corpus are indented as JSON.stringify(…, null, 2) does.
    expect(lines).toContain('    "minCell": 5,');
    expect(lines).toContain('    "by": [],');
  });

  it('round-trips a whole analysis (the Markdown writer\'s fixture), whatever the batch size', () => {
    const fixture = JSON.parse(readFileSync(new URL('../../fixtures/writers/markdown/basic/analysis.json', import.meta.url), 'utf8')) as Analysis;
    const written = writeJson(fixture);
    // Same data, same key order: nothing is lost, added or reordered by the layout (names aside).
    const participants = fixture.corpus.participants.map(({ name: _name, ...rest }) => rest);
    expect(JSON.stringify(JSON.parse(written))).toBe(JSON.stringify({ ...fixture, corpus: { ...fixture.corpus, participants } }));
    expect([...jsonChunks(fixture, { batch: 1000 })].join('')).toBe(written);
    // Each record line is one whole JSON value; there is one a response.
    const records = written.split('\n').filter((line) => /^ +\{"/.test(line));
    for (const line of records) expect(() => JSON.parse(line.replace(/,$/, ''))).not.toThrow();
    expect(records.filter((line) => line.startsWith('      {"id":') && line.includes('"sourceId"')).length).toBeGreaterThanOrEqual(fixture.corpus.responses.length);
  });

  it('yields the big arrays an element at a time', () => {
    const chunks = [...jsonChunks(analysis)];
    expect(chunks.filter((c) => c.includes('"id":"a.csv:r'))).toHaveLength(2);
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
    // An element JSON cannot hold is written as null, as inside any array.
    expect(JSON.parse(whole).codings.at(-1)).toBeNull();
  });
});

describe('jsonChunks: a batch stringified whole', () => {
  // Each record as JSON.stringify writes it alone, one a line: what any batch must come to.
  const oneByOne = (items: unknown[]) => `[\n    ${items.map((x) => JSON.stringify(x) ?? 'null').join(',\n    ')}\n  ]`;
  const codingsOf = (codings: unknown[]) => {
    const json = [...jsonChunks({ ...analysis, codings } as unknown as Analysis, { batch: 100 })].join('');
    return json.slice(json.indexOf('"codings": ') + '"codings": '.length, json.indexOf(',\n  "themes"'));
  };

  it('splits only between records, whatever their texts hold', () => {
    const codings = [
      { responseId: 'a', themeId: 't', evidence: [{ text: '},{"responseId":"b"}', start: 0, end: 1, pattern: 'x', kind: 'word' }] },
      { responseId: '},{"responseId":', themeId: '\\"},{"responseId":', evidence: [] },
      { responseId: 'c\n\u0007\ud800 \udfff 😭 \u2028', themeId: 't', evidence: [{ text: '"\\', start: 2, end: 3, pattern: '}', kind: 'word', negated: undefined }] },
    ];
    expect(codingsOf(codings)).toBe(oneByOne(codings));
    expect(JSON.parse(codingsOf(codings))).toEqual(JSON.parse(JSON.stringify(codings)));
  });

  it('writes records one by one when an object inside one begins as a record does, or the records begin differently', () => {
    const nested = [
      { responseId: 'a', themeId: 't', evidence: [{ responseId: 'x' }, { responseId: 'y' }] },
      { responseId: 'b', themeId: 't', evidence: [] },
    ];
    expect(codingsOf(nested)).toBe(oneByOne(nested));
    const mixed = [
      { responseId: 'a', themeId: 't', evidence: [] },
      { themeId: 't', responseId: 'b', evidence: [] },
      { responseId: undefined, themeId: 'u', evidence: [] },
      null,
      { responseId: 'c', themeId: 't', evidence: [], toJSON: (key: string) => ({ responseId: `coding ${key}` }) },
      { responseId: 'c', themeId: 't', evidence: [], toJSON: () => null },
      Object.create({ responseId: 'inherited' }) as object,
      { 1: 'index first', responseId: 'd' },
    ];
    for (let i = 1; i < mixed.length; i++) {
      const items = [mixed[0], mixed[i]];
      expect(codingsOf(items)).toBe(oneByOne(items));
    }
    // A record that does not begin as the others do, and an object inside another that does.
    const evidence = [{ text: 'x' }, { responseId: 'z' }];
    for (const odd of [Object.create({ responseId: 'inherited' }) as object, { responseId: 'd', themeId: 't', toJSON: () => ({}) }]) {
      const items = [{ responseId: 'a', themeId: 't', evidence }, odd];
      expect(codingsOf(items)).toBe(oneByOne(items));
    }
    const indexed = [{ 0: 'a', evidence: [{ text: 'x' }, { 0: 'z' }] }, ['b']];
    expect(codingsOf(indexed)).toBe(oneByOne(indexed));
  });
});

