// Reading the files found: every file comes back read, skipped or failed, with its reason.
import { gzipSync } from 'node:zlib';
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listInputFiles } from '../../src/corpus/discover.js';
import { readFiles } from '../../src/corpus/read-files.js';
import type { Table } from '../../src/model.js';
import { tempDir } from '../cli/helpers.js';

const workbook = (name: string): string => path.resolve(import.meta.dirname, '../../fixtures/readers/xlsx', name, 'input.xlsx');

describe('readFiles', () => {
  it('gives a file found unreadable while listing as failed, and one found not an input as skipped', async () => {
    const reads = await readFiles(
      [
        { id: 'groups/', absolute: '/nowhere/groups', size: 0, problem: 'a folder that cannot be read (EACCES); its files are not read', failed: true },
        { id: 'broken.txt', absolute: '/nowhere/broken.txt', size: 0, problem: 'a symbolic link to nothing (ENOENT)' },
      ],
      { config: {} },
    );
    expect(reads.map((r) => [r.id, r.status, r.reason])).toEqual([
      ['groups/', 'failed', 'a folder that cannot be read (EACCES); its files are not read'],
      ['broken.txt', 'skipped', 'a symbolic link to nothing (ENOENT)'],
    ]);
  });

  it('reads a file that is byte for byte another once, the one with the shorter name', async () => {
    const dir = tempDir('reflect-read-');
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
    const dir = tempDir('reflect-read-');
    writeFileSync(path.join(dir, 'answers.csv'), 'id,What else could schools do?\nS1,More electives and flex time\n');
    writeFileSync(path.join(dir, '~$answers.xlsx'), '\nJohn Doe\0\0');
    writeFileSync(path.join(dir, 'agenda.pdf'), '%PDF-1.4');
    writeFileSync(path.join(dir, 'empty.txt'), '');
    // A Zoom cloud recording's folder: the audio beside the transcript.
    writeFileSync(path.join(dir, 'GMT20231015-180102_Recording.m4a'), Buffer.from([0, 0, 0, 0x20, 0x66, 0x74, 0x79, 0x70]));
    const reads = await readFiles(await listInputFiles(dir), { config: {} });
    expect(reads.map((r) => [r.id, r.status, r.reason ?? ''])).toEqual([
      [
        'GMT20231015-180102_Recording.m4a',
        'skipped',
        'unsupported file type (.m4a); a recording: reflect reads its transcript (.vtt, .srt, .txt or .docx, as Zoom, Teams or Otter export it), not the audio',
      ],
      ['agenda.pdf', 'skipped', 'unsupported file type (.pdf); copy its text into a .txt or .docx to have it read (a scan needs text recognition first)'],
      ['answers.csv', 'read', ''],
      ['empty.txt', 'skipped', 'empty file'],
      ['~$answers.xlsx', 'skipped', 'an Office lock file (left while the document is open in Word or Excel); not an input'],
    ]);
  });

  it('reads a file by what it holds where its name says otherwise, and says why it cannot read the rest', async () => {
    const dir = tempDir('reflect-read-');
    const survey = 'id,What else could schools do?\nS1,More electives and flex time\n';
    copyFileSync(workbook('merged-header'), path.join(dir, 'workbook-named.csv'));
    copyFileSync(workbook('named-sheet'), path.join(dir, 'macros.xlsm'));
    copyFileSync(workbook('first-sheet'), path.join(dir, 'template.xltx'));
    writeFileSync(path.join(dir, 'text-named.xlsx'), survey);
    // Excel saves a workbook with a password as an encrypted OLE container, not a zip.
    writeFileSync(path.join(dir, 'locked.xlsx'), Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]));
    writeFileSync(path.join(dir, 'packed.csv'), gzipSync(survey));
    writeFileSync(path.join(dir, 'survey.csv.gz'), gzipSync(survey.replace('S1', 'S2')));
    writeFileSync(path.join(dir, 'survey.zip'), Buffer.from('504b0304', 'hex'));
    writeFileSync(path.join(dir, 'page.csv'), '<!DOCTYPE html>\n<html><body>Sign in, please</body></html>\n');
    writeFileSync(path.join(dir, 'data.csv'), '[{"id": "S1", "answer": "More electives, flex time"}]\n');
    const reads = await readFiles(await listInputFiles(dir), { config: {} });
    expect(reads.map((r) => [r.id, r.status, r.format, r.reason ?? r.result!.warnings[0]?.message])).toEqual([
      ['data.csv', 'failed', 'csv', 'JSON, not a table: export the data as .csv or .xlsx to have it read'],
      [
        'locked.xlsx',
        'failed',
        'xlsx',
        'a password-protected workbook (or an old .xls named .xlsx): remove the password in Excel (File › Info › Protect Workbook) or save it as .xlsx, to have it read',
      ],
      ['macros.xlsm#Instructions', 'read', 'xlsx', 'no data rows under the header; nothing to read'],
      ['macros.xlsm#Responses', 'read', 'xlsx', undefined],
      ['packed.csv', 'failed', 'csv', 'compressed with gzip, not a plain file; decompress it to have it read'],
      ['page.csv', 'failed', 'csv', 'a web page (HTML), not a table: a sign-in or error page saved in place of the export?'],
      ['survey.csv.gz', 'skipped', 'gz', 'unsupported file type (.gz); decompress it into the folder to have it read'],
      ['survey.zip', 'skipped', 'zip', 'unsupported file type (.zip); unzip it into the folder to have its files read'],
      ['template.xltx#Reflections', 'read', 'xlsx', undefined],
      ['template.xltx#Roster', 'read', 'xlsx', undefined],
      ['text-named.xlsx', 'read', 'csv', 'named .xlsx but holds text; read as CSV'],
      ['workbook-named.csv', 'read', 'xlsx', 'named .csv but is an Excel workbook; read as one'],
    ]);
    const rows = (id: string) => (reads.find((r) => r.id === id)!.result!.content as Table).rows.length;
    expect(rows('workbook-named.csv')).toBe(6);
    expect(rows('macros.xlsm#Responses')).toBe(4);
    expect(rows('text-named.xlsx')).toBe(1);
  });

  it('counts rows the reader could not read among the skipped, so every row is accounted for', async () => {
    const dir = tempDir('reflect-read-');
    // Row 2 has too many fields; row 3 opens a quote it never closes.
    writeFileSync(path.join(dir, 's.csv'), 'id,What helps?\nS1,Flex time\nS2,Smaller classes, more teachers, fewer tests\nS3,"Choice in projects\n');
    const { readCorpus } = await import('../../src/index.js');
    const corpus = await readCorpus(dir);
    expect(corpus.sources.map((s) => [s.id, s.sheets, s.rowsSkipped, s.responses])).toEqual([['s.csv', 1, 2, 1]]);
    expect(corpus.warnings.filter((w) => w.message.endsWith('the row was skipped')).map((w) => w.row)).toEqual([2, 3]);
  });

  it('says so when a sheet has a header and no rows under it (an export made before anyone answered)', async () => {
    const dir = tempDir('reflect-read-');
    writeFileSync(path.join(dir, 'survey.csv'), 'id,What helps?\n');
    const [read] = await readFiles(await listInputFiles(dir), { config: {} });
    expect([read!.status, read!.result!.warnings]).toEqual(['read', [{ file: 'survey.csv', line: 1, message: 'no data rows under the header; nothing to read' }]]);
  });
});
