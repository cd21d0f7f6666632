// A CSV codebook laid out in blocks, as a spreadsheet with merged theme cells is saved: each theme written
// once, on the first row of its block, its other patterns on the rows below with the theme cell blank.
// Each blank cell is the theme above ("filled down"), with a note saying so; a blank on the first row,
// with nothing above, is still an error naming the file and row.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCodebook, parseCodebook } from '../../src/codebook/load.js';
import { ConfigError, problemsOf } from '../../src/util/errors.js';
import { reflect } from '../cli/helpers.js';

const file = path.resolve(import.meta.dirname, '../../fixtures/codebook/blocks/codebook.csv');

describe('a CSV codebook written in blocks', () => {
  it('reads each blank theme cell as the theme above', async () => {
    const book = await loadCodebook(file);
    expect(book.themes.map((t) => [t.id, t.label, t.patterns.map((p) => `${p.kind}:${p.value}`)])).toEqual([
      ['stress-and-anxiety', 'Stress and anxiety', ['word:stress', 'word:anxiety', 'word:worried', 'glob:overwhelm*']],
      ['funding-and-resources', 'Funding and resources', ['word:funding', 'word:budget', 'phrase:not enough money']],
      ['timetables', 'Timetables', ['word:timetable', 'phrase:bell schedule']],
    ]);
    expect(book.themes[0]!.description).toBe('Worry, pressure, feeling overwhelmed');
  });

  it('says once which rows it filled down, and as which themes', async () => {
    const book = await loadCodebook(file);
    expect(book.warnings?.map((w) => `${w.line}: ${w.message}`)).toEqual([
      "3: 6 blank theme cells were taken as the theme above (filled down, for a sheet that writes each theme once, on the first row of its block): rows 3–5 as 'Stress and anxiety', rows 7–8 as 'Funding and resources', row 10 as 'Timetables'",
    ]);
  });

  it('prints the note in `codebook check`, and passes', () => {
    const run = reflect(['codebook', 'check', '--codebook', file]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('3 themes, OK');
    expect(run.stderr).toContain("codebook.csv:3: 6 blank theme cells were taken as the theme above");
  });

  it('gives no note where every row names its theme', () => {
    const book = parseCodebook('theme,pattern\nstress,stress\nstress,anxiety\n', 'codebook.csv');
    expect(book.warnings).toBeUndefined();
    expect(book.themes[0]!.patterns.map((p) => p.value)).toEqual(['stress', 'anxiety']);
  });

  it('keeps a blank theme cell on the first data row an error naming the file and row', () => {
    let error: unknown;
    try {
      parseCodebook('Theme,Keyword\n,stress\nFunding,money\n,budget\n', 'codebook.csv');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(problemsOf(error as ConfigError).map((p) => p.describe())).toEqual(['codebook.csv:2: row has no theme id: its theme cell is blank, and no row above names a theme to fill it down from']);
  });
});
