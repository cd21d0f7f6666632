// Tests for analyze()'s onStage callback, where the CLI collects garbage: called once per stage, in
// order, and changing nothing in the analysis.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, type AnalyzeStage } from '../../src/index.js';
import { ROOT } from './helpers.js';

describe('analyze onStage', () => {
  it('reports read, tagged and analysed once each, in order, and the analysis is the same without it', async () => {
    const folder = path.join(ROOT, 'fixtures/personalization-2016');
    const stages: AnalyzeStage[] = [];
    const watched = await analyze({ folder, by: ['school-level'], onStage: (stage) => stages.push(stage) });
    expect(stages).toEqual(['read', 'tagged', 'analysed']);
    const plain = await analyze({ folder, by: ['school-level'] });
    expect(JSON.stringify(watched)).toBe(JSON.stringify(plain));
  });
});
