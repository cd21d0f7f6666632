// A codebook sheet's cell of patterns one a line names the line each pattern is on, even where the same
// words are written earlier in the row or in the cell.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { loadCodebook } from '../../src/codebook/load.js';
import { ConfigError } from '../../src/util/errors.js';
import { tempDir } from '../cli/helpers.js';

async function problems(file: string): Promise<string[]> {
  const e = await loadCodebook(file).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ConfigError);
  return (e as ConfigError).describe().split('\n');
}

describe('a pattern in a cell over several lines', () => {
  it('is found on its own line, not where the row wrote the same words before it', async () => {
    const file = path.join(tempDir('reflect-cb-pattern-lines-'), 'codebook.csv');
    // The label says /(te/ too, and the cell holds it twice: each is told on the line it is on.
    const rows = ['id,label,pattern', 'tests,Tests (/(te/ in the old sheet),"tests', '/(te/', 'exams', '/(te/"', 'sleep,Sleep,tired'];
    writeFileSync(file, rows.join('\n') + '\n');
    const told = await problems(file);
    expect(told.filter((l) => l.includes('/(te/'))).toEqual([
      `${file}:3: theme 'tests': regex /(te/ is not valid: unterminated group (a '(' has no ')')`,
      `${file}:5: theme 'tests': regex /(te/ is not valid: unterminated group (a '(' has no ')')`,
    ]);
  });
});
