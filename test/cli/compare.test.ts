// analyze --compare with a coder's own sheet: labels instead of ids, numbered code columns, and a long
// file, whose unlisted responses count as coded with no theme (said in a warning).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../../src/index.js';
import { ROOT, SAMPLE, tempDir } from './helpers.js';

const HUMAN = path.join(ROOT, 'fixtures/personalization-2016-coding/human-coded.csv');

describe('analyze --compare with a coder sheet in labels', () => {
  let byIds: Analysis;
  let labelOf: Record<string, string>;
  let rows: { response_id: string; themes: string }[];
  beforeAll(async () => {
    byIds = await analyze({ folder: SAMPLE, compare: HUMAN });
    labelOf = Object.fromEntries(byIds.codebook.themes.map((t) => [t.id, t.label]));
    rows = parse(readFileSync(HUMAN), { bom: true, columns: true }) as typeof rows;
  });

  it('scores a sheet of labels in Code 1, Code 2 … columns exactly as the file of ids', async () => {
    const width = Math.max(...rows.map((r) => r.themes.split(';').length));
    const header = ['Response ID', ...Array.from({ length: width }, (_, i) => `Code ${i + 1}`)];
    const lines = rows.map((r) => {
      const labels = r.themes.split(';').filter(Boolean).map((t) => labelOf[t]!.toUpperCase());
      return [r.response_id, ...Array.from({ length: width }, (_, i) => labels[i] ?? '')].map((c) => `"${c}"`).join(',');
    });
    const file = path.join(tempDir(), 'coder-b.csv');
    writeFileSync(file, [header.join(','), ...lines].join('\n'));
    const byLabels = await analyze({ folder: SAMPLE, compare: file });
    expect(byLabels.agreement!.overall).toEqual(byIds.agreement!.overall);
    expect(byLabels.agreement!.themes.map((t) => t.kappa)).toEqual(byIds.agreement!.themes.map((t) => t.kappa));
    expect(byLabels.corpus.warnings.filter((w) => w.file === 'coder-b.csv')).toEqual([]);
  });

  it('warns that a long file counts every response it does not mention as coded with no theme', async () => {
    const lines = rows.flatMap((r) => r.themes.split(';').filter(Boolean).map((t) => `${r.response_id},"${labelOf[t]}"`));
    const file = path.join(tempDir(), 'coder-c.csv');
    writeFileSync(file, ['response_id,code', ...lines].join('\n'));
    const long = await analyze({ folder: SAMPLE, compare: file });
    expect(long.corpus.warnings.filter((w) => w.file === file).map((w) => w.message)).toEqual([
      'lists codings only (one row per response and theme), so every response reflect read is taken as coded by it, those it does not mention with no theme; if the coder coded only some responses, give one row per response (a themes column, or Code 1, Code 2 … columns)',
    ]);
    // Every response read is a unit, not only the 148 the coder coded.
    expect(long.agreement!.units).toBe(long.corpus.responses.length);
  });
});

describe('analyze --compare with a file from an older run', () => {
  it('names the response ids reflect did not read, and scores only the responses it did', async () => {
    // human-coded.csv with the reflection sheets under the name they had in an older run.
    const text = readFileSync(HUMAN, 'utf8');
    const file = path.join(tempDir(), 'coder-2015.csv');
    writeFileSync(file, text.replaceAll('reflection-sheets.csv:', 'reflection-sheets-2015.csv:'));
    const renamed = (text.match(/^reflection-sheets\.csv:/gm) ?? []).length;
    expect(renamed).toBeGreaterThan(0);
    const old = await analyze({ folder: SAMPLE, compare: file });
    const warnings = old.corpus.warnings.filter((w) => w.file === file);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(
      new RegExp(`^${renamed} of its 148 responses are not among the responses reflect read, so they are left out: 'reflection-sheets-2015\\.csv:r\\d+:q\\d+' \\(line \\d+\\), .* and ${renamed - 3} more; if the file comes from an older run`),
    );
    // The responses compared are those reflect read; the renamed ones are not counted as coded by the file alone.
    expect(old.agreement!.units).toBe(old.corpus.responses.length);
    expect(old.agreement!.coders[0]!.units).toBe(148 - renamed);
  });
});

describe('analyze --compare with a codebook that has parent themes', () => {
  it("rolls the file's child themes up to their parents, as reflect rolls its own codings up", async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'data'));
    writeFileSync(path.join(dir, 'data/sheet.csv'), 'Student ID,What is hard at school?\n1,I am stressed about the timetable\n2,I am always tired\n3,Homework\n');
    writeFileSync(
      path.join(dir, 'cb.yml'),
      'themes:\n  - id: wellbeing\n    label: Wellbeing\n  - id: stress\n    label: Stress\n    parent: wellbeing\n    words: [stress]\n' +
        '  - id: sleep\n    label: Sleep\n    parent: wellbeing\n    words: [tired]\n  - id: schedule\n    label: Schedules\n    words: [timetable]\n',
    );
    writeFileSync(path.join(dir, 'human.csv'), 'response_id,themes\nsheet.csv:r1:q1,stress;schedule\nsheet.csv:r2:q1,sleep\nsheet.csv:r3:q1,\n');
    const a = await analyze({ folder: path.join(dir, 'data'), codebook: path.join(dir, 'cb.yml'), compare: path.join(dir, 'human.csv') });
    expect(a.codings.filter((c) => c.themeId === 'wellbeing')).toHaveLength(2);
    expect(a.agreement!.overall.exactMatch).toBe(1);
    expect(a.agreement!.themes.find((t) => t.themeId === 'wellbeing')!.applied).toEqual({ human: 2, reflect: 2 });
  });
});
