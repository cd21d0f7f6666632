// Sheets kept in a folder per group (`folders: [school]`): where a group is small, no file's counts in
// report.md or sources.csv give its size back, which the table of who took part withholds.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { reflect, tempDir } from './helpers.js';

let out: string;
let dir: string;

/** A sheet of `n` students, one answer each. */
function sheet(file: string, prefix: string, n: number): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const rows = Array.from({ length: n }, (_, i) => `${prefix}${i + 1},${i % 2 === 0 ? 'Female' : 'Male'},More flex time and smaller classes`);
  writeFileSync(file, ['id,gender,What would help you learn?', ...rows, ''].join('\n'));
}

beforeAll(() => {
  dir = tempDir('group-folders');
  const input = path.join(dir, 'forum');
  // Alder 12 students, Birch 3: the demographics read Alder "hidden" and Birch "<5".
  sheet(path.join(input, 'alder', 'sheet.csv'), 'A', 12);
  sheet(path.join(input, 'birch', 'sheet.csv'), 'B', 3);
  writeFileSync(path.join(input, 'reflect.config.yml'), 'folders: [school]\n');
  out = path.join(dir, 'out');
  const run = reflect(['analyze', input, '--out', out, '--quiet']);
  expect(run.code, run.stderr).toBe(0);
});

describe('sheets in a folder per group, one group small', () => {
  it('withholds every such sheet\'s counts in the report and in sources.csv', () => {
    const report = readFileSync(path.join(out, 'report.md'), 'utf8');
    expect(report).toMatch(/\| Birch \| <5 \|/);
    expect(report).toContain('| birch/sheet.csv | sheet | read | hidden |');
    expect(report).toContain('| alder/sheet.csv | sheet | read | hidden |');
    expect(report).not.toMatch(/\| (?:alder|birch)\/sheet\.csv \| sheet \| read \| \d/);
    const sources = parse(readFileSync(path.join(out, 'sources.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    for (const file of ['alder/sheet.csv', 'birch/sheet.csv']) {
      expect(sources.find((s) => s.file === file)).toMatchObject({ sheets: 'hidden', responses: 'hidden' });
    }
    // The analyst's file keeps them.
    const analysis = JSON.parse(readFileSync(path.join(out, 'analysis.json'), 'utf8')) as { corpus: { sources: { id: string; responses: number }[] } };
    expect(analysis.corpus.sources.find((s) => s.id === 'birch/sheet.csv')!.responses).toBe(3);
  });

  it('shows them with suppression off', () => {
    const open = path.join(dir, 'open');
    const run = reflect(['analyze', path.join(dir, 'forum'), '--out', open, '--quiet', '--min-cell', '0']);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(path.join(open, 'report.md'), 'utf8')).toContain('| birch/sheet.csv | sheet | read | 3 |');
  });
});
