// Tests for the large tables of an analysis (codings.csv, responses.csv), whose cells that recur from row
// to row are written once: every cell must read as if made safe and quoted on its own row.
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { writeCsvTable } from '../../src/writers/csv.js';
import type { Analysis, Evidence } from '../../src/model.js';

const word = (text: string, start: number, extra: Partial<Evidence> = {}): Evidence => ({ text, start, end: start + 1, pattern: text, kind: 'word', ...extra });
const shared = [word('=cost', 0, { negated: true })];

const analysis = {
  corpus: {
    questions: [
      { id: 'q1', text: 'Why, "really"?' },
      { id: 'q2', text: '=2+2' },
    ],
    responses: [
      { id: 'a.csv:r1:q1', sourceId: 'a,b.csv', locator: 'row 1, q1', participantId: '@S1', questionId: 'q1', text: 'Because 🎉\n"quoted"' },
      { id: 'a.csv:r1:q2', sourceId: 'a,b.csv', locator: 'row 1, q2', participantId: '@S1', questionId: 'q2', text: '-minus' },
      { id: 'a.csv:r2:q1', sourceId: 'a,b.csv', locator: 'row 2, q1', participantId: 'S2', questionId: 'q1', text: 'plain' },
      { id: 't.txt:t1', sourceId: 't.txt', locator: 'turn 1 (line 3)', participantId: 'S2', text: 'a turn' },
      { id: 't.txt:t3', sourceId: 't.txt', locator: 'turn 3 (line 5)', participantId: 'S2', text: 'an answer', asked: '-What, "really"?' },
      { id: 'b.csv:r1:q9', sourceId: 'b.csv', locator: 'row 1, q9', participantId: 'S2', questionId: 'q9', text: 'no such question' },
    ],
  },
  codebook: {
    themes: [
      { id: 'cost', label: 'Cost, "money"' },
      { id: '+plus', label: '=label' },
    ],
  },
  codings: [
    { responseId: 'a.csv:r1:q1', themeId: 'cost', evidence: shared },
    {
      responseId: 'a.csv:r1:q1',
      themeId: '+plus',
      evidence: [
        word('a,b', 0, { expansion: 'synonym', expandedFrom: '-from', hypothetical: true }),
        word('"q"', 3, { setting: 'program: =Alt, "x"' }),
        word('c', 5, { expansion: 'embedding', expandedFrom: '-from', setting: 'program: =Alt, "x"' }),
      ],
    },
    { responseId: 'a.csv:r1:q2', themeId: 'cost', evidence: shared },
    { responseId: 'a.csv:r2:q1', themeId: 'unknown', evidence: [word('x', 2)] },
    { responseId: 'gone', themeId: 'cost', evidence: shared },
  ],
} as unknown as Analysis;

const rows = (table: 'codings' | 'responses'): string[][] => parse(writeCsvTable(analysis, table), { relax_column_count: false }) as string[][];

describe('codings.csv', () => {
  it('writes each coding as its own row would be, cells made safe and quoted', () => {
    expect(rows('codings')).toEqual([
      ['response_id', 'participant_id', 'theme_id', 'theme_label', 'evidence', 'offsets', 'patterns', 'negated', 'hypothetical', 'expansion', 'setting', 'expanded_from'],
      ['a.csv:r1:q1', "'@S1", 'cost', 'Cost, "money"', "'=cost", '0..1', "'=cost", 'yes', 'no', 'no', '', ''],
      // Flags that differ between pieces of evidence are given per piece, in the order of the offsets.
      ['a.csv:r1:q1', "'@S1", "'+plus", "'=label", 'a,b; "q"; c', '0..1; 3..4; 5..6', 'a,b; "q"; c', 'no', 'yes; no; no', 'yes; no; yes', 'program: =Alt, "x"', "'-from"],
      ['a.csv:r1:q2', "'@S1", 'cost', 'Cost, "money"', "'=cost", '0..1', "'=cost", 'yes', 'no', 'no', '', ''],
      ['a.csv:r2:q1', 'S2', 'unknown', '', 'x', '2..3', 'x', 'no', 'no', 'no', '', ''],
      ['gone', '', 'cost', 'Cost, "money"', "'=cost", '0..1', "'=cost", 'yes', 'no', 'no', '', ''],
    ]);
  });
});

describe('responses.csv', () => {
  it('writes each response as its own row would be, cells made safe and quoted', () => {
    expect(rows('responses')).toEqual([
      ['response_id', 'source', 'locator', 'participant_id', 'question_id', 'question', 'text', 'themes'],
      ['a.csv:r1:q1', 'a,b.csv', 'row 1, q1', "'@S1", 'q1', 'Why, "really"?', 'Because 🎉\n"quoted"', 'cost;+plus'],
      ['a.csv:r1:q2', 'a,b.csv', 'row 1, q2', "'@S1", 'q2', "'=2+2", "'-minus", 'cost'],
      ['a.csv:r2:q1', 'a,b.csv', 'row 2, q1', 'S2', 'q1', 'Why, "really"?', 'plain', 'unknown'],
      ['t.txt:t1', 't.txt', 'turn 1 (line 3)', 'S2', '', '', 'a turn', ''],
      // A turn in talk: the facilitator's question it answers, under no question id.
      ['t.txt:t3', 't.txt', 'turn 3 (line 5)', 'S2', '', "'-What, \"really\"?", 'an answer', ''],
      ['b.csv:r1:q9', 'b.csv', 'row 1, q9', 'S2', 'q9', '', 'no such question', ''],
    ]);
  });
});
