// Golden test of the whole report on the sample conference: report.md and the summary CSVs are pinned,
// so any change to reading, tagging, analysis or writing shows up as a reviewed diff.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
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

  it('codings.csv names the setting a reference stood for', () => {
    const rows = parse(readFileSync(path.join(out, 'codings.csv')), { columns: true }) as Record<string, string>[];
    const row = (id: string, theme: string) => rows.find((r) => r.response_id === id && r.theme_id === theme);
    // "Employers see Pathways on your transcript": the school's own name, in the alternate program's group
    expect(row('focus-group-alternate.txt:t21', 'alternate-programs')).toMatchObject({ evidence: 'Pathways', patterns: 'pathways', setting: 'program: Alternate program' });
    // "Let people know about places like this": on a sheet whose school level is Alternate Program
    expect(row('reflection-sheets.csv:r62:q2', 'alternate-programs')).toMatchObject({ evidence: 'places like this', setting: 'school-level: Alternate' });
    // a coding from words alone has no setting
    expect(rows.filter((r) => r.setting !== '').length).toBe(14);
    expect(row('reflection-sheets.csv:r1:q3', 'timetables')!.setting).toBe('');
  });

  it("codings.csv's offsets slice responses.csv's texts to the evidence, in a form no spreadsheet opens as a date", () => {
    const codings = parse(readFileSync(path.join(out, 'codings.csv')), { columns: true }) as Record<string, string>[];
    const responses = parse(readFileSync(path.join(out, 'responses.csv')), { columns: true }) as Record<string, string>[];
    const textOf = new Map(responses.map((r) => [r.response_id, [...r.text!]]));
    let pieces = 0;
    for (const c of codings) {
      const ranges = c.offsets!.split('; ');
      const evidence = c.evidence!.split('; ');
      // Excel reads `12-18` as 18 Dec and `3-7` as 7 Mar (so did reflect's offsets for one coding in six).
      for (const range of ranges) expect(range).toMatch(/^\d+\.\.\d+$/);
      if (evidence.length !== ranges.length) continue; // a piece of evidence holding "; " itself
      ranges.forEach((range, k) => {
        const [start, end] = range.split('..').map(Number);
        expect(textOf.get(c.response_id!)!.slice(start, end).join('')).toBe(evidence[k]);
        pieces++;
      });
    }
    expect(pieces).toBeGreaterThan(300);
  });
});
