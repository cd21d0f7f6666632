// Sheets kept in a folder per group (`folders: [school]`), or a sheet or roster per school with the
// school in a column: where a group is small, no file's counts in report.md or sources.csv give its size
// back, which the table of who took part withholds.
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

const ANSWERS = [
  'More flex time so I can catch up in math',
  'Smaller classes where the teacher knows my name',
  'Choosing my own project topics in science',
  'Less homework on weekends because of my job',
  'Field trips that connect to what we learn',
  'A quiet room to study at lunch',
  'Online courses I can do at my own pace',
];

describe('a sheet and a roster per school, the school in a column', () => {
  // A district's export, a file per school: Aspen 12 students, Birch 7, Dogwood 3. The table of who took
  // part reads Dogwood "<5" and Birch "hidden" (12 shown and the total of 22 would give 10 back); before,
  // dogwood-survey.csv's 3 rows and 3 responses, or Birch's 7 and the total, gave Dogwood's 3 back.
  let run: string;
  beforeAll(() => {
    const input = path.join(tempDir('school-files'), 'district');
    mkdirSync(input, { recursive: true });
    const schools = [['Aspen Secondary', 12], ['Birch Secondary', 7], ['Dogwood Secondary', 3]] as const;
    let n = 0;
    for (const [school, size] of schools) {
      const ids = Array.from({ length: size }, () => `S${String(++n).padStart(3, '0')}`);
      const key = school.split(' ')[0]!.toLowerCase();
      writeFileSync(path.join(input, `${key}-survey.csv`), ['Student ID,School,What would help you learn?', ...ids.map((id) => `${id},${school},${ANSWERS[Number(id.slice(1)) % ANSWERS.length]} (${id})`), ''].join('\n'));
      writeFileSync(path.join(input, `${key}-roster.csv`), ['Student ID,First Name,Last Name,School', ...ids.map((id, i) => `${id},Maya${i},Lopez${id},${school}`), ''].join('\n'));
    }
    run = path.join(input, '..', 'out');
    const done = reflect(['analyze', input, '--out', run, '--quiet']);
    expect(done.code, done.stderr).toBe(0);
  });

  it('withholds every such file\'s counts in the report and in sources.csv', () => {
    const report = readFileSync(path.join(run, 'report.md'), 'utf8');
    expect(report).toMatch(/\| Dogwood Secondary \| <5 \|/);
    expect(report).toMatch(/\| Birch Secondary \| hidden \|/);
    const sources = parse(readFileSync(path.join(run, 'sources.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const files = sources.filter((s) => /-(survey|roster)\.csv$/.test(s.file!));
    expect(files).toHaveLength(6);
    for (const s of files) expect(s, s.file).toMatchObject({ sheets: 'hidden', responses: 'hidden' });
    expect(report).not.toMatch(/\| \w+-(?:survey|roster)\.csv \| \w+ \| read \| \d/);
    expect(report).toContain('Files that each hold one group’s students (a folder per group, a sheet per school) show “hidden”');
  });
});
