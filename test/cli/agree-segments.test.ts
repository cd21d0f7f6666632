// `reflect agree` run as a user runs it, on a MAXQDA and a Taguette export of coded segments beside
// reflect's responses.csv: figures on stdout, every segment accounted for on stderr.
import { describe, expect, test } from 'vitest';
import { reflect } from './helpers.js';

const DIR = 'fixtures/agreement/segments';

describe('reflect agree with coded-segments exports', () => {
  test('the exports are matched to the responses of --units, and every row is accounted for', () => {
    const r = reflect(['agree', `${DIR}/maxqda-coder.csv`, `${DIR}/taguette-coder.csv`, '--units', `${DIR}/responses.csv`, '--format', 'csv']);
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n');
    expect(rows[0]).toMatch(/^theme_id,/);
    const header = rows[0]!.split(',');
    const row = (id: string): Record<string, string> => Object.fromEntries(rows.find((l) => l.startsWith(`${id},`))!.split(',').map((v, i) => [header[i], v]));
    // 13 of 15 responses agree on relationships, κ = 44/74; pace agrees on all 15.
    expect(Number(row('relationships').kappa)).toBeCloseTo(44 / 74, 3);
    expect(Number(row('pace').kappa)).toBe(1);
    expect(r.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('note: No coder applied'))).toEqual([
      `warning: ${DIR}/maxqda-coder.csv:9: 1 of the 9 coded segments matched no response's text (row 9), so it is left out`,
      `warning: ${DIR}/maxqda-coder.csv:10: 1 of the 9 coded segments lies in several responses' texts that its document's name does not tell apart (row 10), so it is left out`,
      `warning: ${DIR}/taguette-coder.csv:9: 1 of the 8 coded segments gives no code (row 9), so it is left out`,
      `note: ${DIR}/maxqda-coder.csv: 7 of its 9 coded segments were found in the responses' texts (5 in one response's text, 1 in several, told apart by their document's name, 1 spanning consecutive turns), coding 7 responses; 2 left out (see the warnings)`,
      `note: ${DIR}/taguette-coder.csv: 7 of its 8 coded segments were found in the responses' texts (7 in one response's text), coding 6 responses; 1 left out (see the warnings)`,
    ]);
  });

  test('without the texts, exits 3 saying what to give', () => {
    const r = reflect(['agree', `${DIR}/maxqda-coder.csv`, `${DIR}/taguette-coder.csv`]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error: fixtures\/agreement\/segments\/maxqda-coder\.csv:1: a coded-segments export .* \(e\.g\. --units reflect-report\/responses\.csv\)\n$/);
  });
});
