// Reading the files found: every file comes back read, skipped or failed, with its reason.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listInputFiles } from '../../src/corpus/discover.js';
import { readFiles } from '../../src/corpus/read-files.js';

describe('readFiles', () => {
  it('reads a file that is byte for byte another once, the one with the shorter name', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'reflect-read-'));
    const survey = 'id,What else could schools do?\nS1,More electives and flex time\n';
    writeFileSync(path.join(dir, 'survey (1).csv'), survey);
    writeFileSync(path.join(dir, 'survey.csv'), survey);
    // The same size, other bytes: both read.
    writeFileSync(path.join(dir, 'other.csv'), survey.replace('S1', 'S2'));
    const reads = await readFiles(await listInputFiles(dir), { config: {} });
    expect(reads.map((r) => [r.id, r.status, r.reason ?? ''])).toEqual([
      ['other.csv', 'read', ''],
      ['survey (1).csv', 'skipped', 'the same file as survey.csv; not read twice'],
      ['survey.csv', 'read', ''],
    ]);
  });

  it('skips Office lock files, unsupported types and empty files, and reads the rest', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'reflect-read-'));
    writeFileSync(path.join(dir, 'answers.csv'), 'id,What else could schools do?\nS1,More electives and flex time\n');
    writeFileSync(path.join(dir, '~$answers.xlsx'), '\nJohn Doe\0\0');
    writeFileSync(path.join(dir, 'agenda.pdf'), '%PDF-1.4');
    writeFileSync(path.join(dir, 'empty.txt'), '');
    const reads = await readFiles(await listInputFiles(dir), { config: {} });
    expect(reads.map((r) => [r.id, r.status, r.reason ?? ''])).toEqual([
      ['agenda.pdf', 'skipped', 'unsupported file type (.pdf); copy its text into a .txt or .docx to have it read (a scan needs text recognition first)'],
      ['answers.csv', 'read', ''],
      ['empty.txt', 'skipped', 'empty file'],
      ['~$answers.xlsx', 'skipped', 'an Office lock file (left while the document is open in Word or Excel); not an input'],
    ]);
  });
});
