// A forum's folder as organisers lay it out: one folder per year, the same sheet in each, reworded and
// renumbered the second year, and a config file that names the folders' level and maps the new wording.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE, reflect, tempDir, type Run } from './helpers.js';

describe('a forum with a folder per year', () => {
  let out: string;
  let run: Run;

  beforeAll(() => {
    const sample: string[][] = parse(readFileSync(path.join(SAMPLE, 'reflection-sheets.csv')), { bom: true });
    const [header, ...rows] = sample as [string[], ...string[][]];
    const dir = tempDir();
    const forum = path.join(dir, 'forum');
    mkdirSync(path.join(forum, '2016'), { recursive: true });
    mkdirSync(path.join(forum, '2017'), { recursive: true });
    writeFileSync(path.join(forum, '2016', 'reflection-sheets.csv'), stringify([header, ...rows.slice(0, 36)]));
    // The second year's sheet: numbered from S001 again, grade before gender, two questions reworded.
    const order = [0, 2, 1, 3, 4, 5, 6, 7, 8, 9];
    const header2017 = order.map((i) => header[i]!);
    header2017[7] = 'What is happening in your school right now to personalize learning?';
    header2017[9] = 'What gets in the way?';
    const rows2017 = rows.slice(36).map((r, n) => order.map((i) => (i === 0 ? `S${String(n + 1).padStart(3, '0')}` : r[i]!)));
    writeFileSync(path.join(forum, '2017', 'reflection-sheets.csv'), stringify([header2017, ...rows2017]));
    writeFileSync(
      path.join(forum, 'reflect.config.yml'),
      [
        'folders: [wave]',
        'by: [wave]',
        'columns:',
        '  What is happening in your school right now to personalize learning?: { role: text, question: "What is currently happening in your school to personalise learning?" }',
        '  What gets in teh way?: { role: text, question: "What are the barriers?" }',
        '',
      ].join('\n'),
    );
    out = path.join(dir, 'report');
    run = reflect(['analyze', forum, '--out', out]);
  });

  it('counts the second year\'s students, numbered from S001 again, as students of their own, and says so', () => {
    expect(run.code).toBe(0);
    // 72 students in all (the demographics below), three of whom handed in blank sheets.
    expect(run.stdout).toContain('72 reflection sheets (3 empty); 199 responses from 69 students');
    expect(run.stderr).toContain(
      'warning: 2017/reflection-sheets.csv: 35 of the 36 ids it shares with 2016/reflection-sheets.csv (S001, S002, S003, S004, S005 …) are students of another',
    );
  });

  it('reads each file\'s folder as its wave, for the demographics and a section by wave', () => {
    const demographics = readFileSync(path.join(out, 'demographics.csv'), 'utf8');
    expect(demographics).toContain('wave,2016,36,50,72\n');
    expect(demographics).toContain('wave,2017,36,50,72\n');
    const report = readFileSync(path.join(out, 'report.md'), 'utf8');
    expect(report).toContain('## By wave');
    expect(report).toMatch(/- \*\*2016\*\* \(36 students\)/);
    const crosstab: Record<string, string>[] = parse(readFileSync(path.join(out, 'crosstab.csv')), { columns: true });
    expect(new Set(crosstab.filter((r) => r.attribute === 'wave').map((r) => r.value))).toEqual(new Set(['2016', '2017']));
  });

  it('asks the reworded question as the first year\'s, and names the config line whose header no sheet has', () => {
    const report = readFileSync(path.join(out, 'report.md'), 'utf8');
    expect(report).toContain('### What is currently happening in your school to personalise learning?');
    expect(report).not.toContain('### What is happening in your school right now');
    expect(report).toContain('### What gets in the way?');
    expect(run.stderr).toContain(
      'warning: reflect.config.yml:5: columns: no sheet has a column "What gets in teh way?" (did you mean "What gets in the way?"?); this setting was not used',
    );
  });
});

describe('an output folder inside the input folder', () => {
  function forum(): string {
    const dir = path.join(tempDir(), 'forum');
    mkdirSync(path.join(dir, '2016'), { recursive: true });
    mkdirSync(path.join(dir, '2017'), { recursive: true });
    const sheet = readFileSync(path.join(SAMPLE, 'reflection-sheets.csv'), 'utf8').split('\n');
    writeFileSync(path.join(dir, '2016', 'reflection-sheets.csv'), sheet.slice(0, 37).join('\n') + '\n');
    // A Google Forms download keeps its name: responses.csv, as reflect names a file of its own.
    writeFileSync(path.join(dir, '2017', 'responses.csv'), [sheet[0], ...sheet.slice(37)].join('\n'));
    return dir;
  }

  it('is refused, even with --force, when it holds answers: they would be left out and could be overwritten', () => {
    const dir = forum();
    const before = readFileSync(path.join(dir, '2017', 'responses.csv'), 'utf8');
    const run = reflect(['analyze', dir, '--out', path.join(dir, '2017'), '--force']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `error: output folder ${path.join(dir, '2017')} is inside the input folder and holds files that are not a report of reflect's (responses.csv): they would be left out of the analysis and could be overwritten; choose another --out, such as ${path.join(dir, 'reflect-report')}\n`,
    );
    expect(readFileSync(path.join(dir, '2017', 'responses.csv'), 'utf8')).toBe(before);
  });

  it('is used when new, and again with --force once it holds that report, every sheet read each time', () => {
    const dir = forum();
    const out = path.join(dir, 'reports', 'spring');
    const first = reflect(['analyze', dir, '--out', out, '-q']);
    expect(first.code).toBe(0);
    const again = reflect(['analyze', dir, '--out', out, '--force', '-q']);
    expect(again.code).toBe(0);
    const sources: Record<string, string>[] = parse(readFileSync(path.join(out, 'sources.csv')), { columns: true });
    expect(sources.map((s) => [s.file, s.status, s.sheets])).toEqual([
      ['2016/reflection-sheets.csv', 'read', '36'],
      ['2017/responses.csv', 'read', '36'],
    ]);
  });
});
