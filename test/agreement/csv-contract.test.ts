// The agreement CSV as a script reads it: the README names every column in order and every row a run
// gives (theme rows, then the means row, then the pooled row, once per compared coder), so an analyst's
// script that looked for one "(overall)" row can be rewritten against it; the file is the same each run,
// and a theme id from a coder's file that a spreadsheet would run as a formula is written inert.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runAgree, type AgreeIO } from '../../src/commands/agree.js';
import { AGREEMENT_CI_CSV_COLUMNS, AGREEMENT_CSV_COLUMNS } from '../../src/writers/agreement.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');

function io(files: Record<string, string>): AgreeIO {
  return {
    async readFile(file) {
      const text = files[file];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
      return new TextEncoder().encode(text);
    },
    async writeFile() {
      throw new Error('nothing is written');
    },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: { NO_COLOR: '1' },
  };
}

const coders = {
  'a.csv': 'response_id,themes\nr1,stress; =cmd\nr2,stress\nr3,money\nr4,\nr5,-budget\n',
  'b.csv': 'response_id,themes\nr1,stress\nr2,money\nr3,money\nr4,stress\nr5,-budget\n',
  'c.csv': 'response_id,themes\nr1,=cmd\nr2,stress\nr3,\nr4,\nr5,money\n',
};

describe('the agreement CSV, as the README tells a script to read it', () => {
  it('the README lists the columns in their order, and those --ci adds', () => {
    expect(readme).toContain(`its columns are always, in this order, \`${AGREEMENT_CSV_COLUMNS.join(', ')}\``);
    const figures = AGREEMENT_CI_CSV_COLUMNS.filter((c) => c.endsWith('_ci_low')).map((c) => `\`${c.replace(/_ci_low$/, '')}\``);
    expect(readme).toContain(`${figures.slice(0, -1).join(', ')} and ${figures.at(-1)}, in that order`);
  });

  it('theme rows, then the means row, then the pooled row, each once per compared coder; same bytes each run; formulas inert', async () => {
    const files = ['a.csv', 'b.csv', 'c.csv'];
    const first = await runAgree(files, { reference: 'a', format: 'csv' }, io(coders));
    const again = await runAgree(files, { reference: 'a', format: 'csv' }, io(coders));
    expect(first.exitCode).toBe(0);
    expect(again.stdout).toBe(first.stdout);
    const rows = parse(first.stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...AGREEMENT_CSV_COLUMNS]);
    expect(rows.map((r) => [r.theme_id, r.coder, r.reference])).toEqual([
      ["'-budget", 'b', 'a'],
      ["'-budget", 'c', 'a'],
      ["'=cmd", 'b', 'a'],
      ["'=cmd", 'c', 'a'],
      ['money', 'b', 'a'],
      ['money', 'c', 'a'],
      ['stress', 'b', 'a'],
      ['stress', 'c', 'a'],
      ['(mean over themes)', 'b', 'a'],
      ['(mean over themes)', 'c', 'a'],
      ['(pooled over themes)', 'b', 'a'],
      ['(pooled over themes)', 'c', 'a'],
    ]);
    // the figures an old "(overall)" script read, each on the row the README names
    const means = rows.find((r) => r.theme_id === '(mean over themes)' && r.coder === 'b')!;
    const pooled = rows.find((r) => r.theme_id === '(pooled over themes)' && r.coder === 'b')!;
    expect([means.kappa !== '', means.macro_f1 !== '', means.f1, means.exact_match_percent]).toEqual([true, true, '', '']);
    expect([pooled.kappa, pooled.macro_f1, pooled.f1 !== '', pooled.exact_match_percent !== '', pooled.true_positives !== '']).toEqual(['', '', true, true, true]);
    // a negative kappa stays a number
    expect(rows.some((r) => /^-0\.\d+$/.test(r.kappa!))).toBe(true);
  });

  it('without --reference: the means row and the pooled row once each, coder and reference blank', async () => {
    const run = await runAgree(['a.csv', 'b.csv'], { format: 'csv' }, io(coders));
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.slice(-2).map((r) => [r.theme_id, r.coder, r.reference])).toEqual([
      ['(mean over themes)', '', ''],
      ['(pooled over themes)', '', ''],
    ]);
  });
});
