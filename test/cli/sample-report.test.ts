// Golden test of the whole report on the sample conference: report.md and the summary CSVs are pinned,
// so any change to reading, tagging, analysis or writing shows up as a reviewed diff.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SAMPLE, reflect, tempDir } from './helpers.js';

const GOLDEN = path.join(ROOT, 'fixtures/personalization-2016-expected');
const FILES = ['report.md', 'themes.csv', 'demographics.csv', 'crosstab.csv', 'sources.csv'];

describe('the sample conference report', () => {
  let out: string;
  beforeAll(() => {
    out = path.join(tempDir(), 'report');
    const run = reflect(['analyze', SAMPLE, '--out', out, '--by', 'school-level', '--title', 'Student Voices on Personalized Learning, 2016–17']);
    expect(run.code).toBe(0);
  });

  it.each(FILES)('%s matches its golden file', async (file) => {
    await expect(readFileSync(path.join(out, file), 'utf8')).toMatchFileSnapshot(path.join(GOLDEN, file));
  });
});
