// A pilot survey with one respondent (fixtures/cli/one-respondent): fewer students than the small-cell
// threshold, so no output may say what the student's gender, grade, school, district or Indigenous
// identity is, not even as "<5" beside the value or as "none self-identified as Indigenous".
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, reflect, tempDir } from './helpers.js';

const FOLDER = path.join(ROOT, 'fixtures/cli/one-respondent');

describe('a survey with a single respondent', () => {
  let out: string;
  let stdout: string;
  beforeAll(() => {
    out = tempDir();
    const run = reflect(['analyze', FOLDER, '--out', out, '--force', '--by', 'school']);
    expect(run.code, run.stderr).toBe(0);
    stdout = run.stdout;
  });

  const files = ['report.md', 'demographics.csv', 'crosstab.csv', 'themes.csv'];

  it.each(['Serpentine Heights', 'Surrey', 'Female', 'Indigenous'])('never names the student’s %s', (value) => {
    for (const file of files) {
      const text = readFileSync(path.join(out, file), 'utf8');
      // The codebook's theme descriptions mention Indigenous perspectives; what is checked is the student.
      const about = value === 'Indigenous' ? text.replace(/Indigenous perspectives/g, '') : text;
      expect(about.toLowerCase(), file).not.toContain(value.toLowerCase());
    }
    expect(stdout.toLowerCase()).not.toContain(value.toLowerCase());
  });

  it('says why the appendix has no breakdown, and still counts the student and the answers', () => {
    const report = readFileSync(path.join(out, 'report.md'), 'utf8');
    expect(report).toContain('One student from one school in one district took part.');
    expect(report).toMatch(/### Who took part\n\nDemographic details are not shown: fewer than five students took part/);
    expect(readFileSync(path.join(out, 'demographics.csv'), 'utf8').trim().split('\n')).toHaveLength(1);
    expect(report).toContain('their 3 answers were read');
  });
});
