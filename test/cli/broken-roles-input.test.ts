// A roster the user named that gives no roster (a workbook cut short, an empty file, a header alone) is
// refused with the file's name, exit 2, where one found in the folder by itself is warned of as any file.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { reflect, tempDir } from './helpers.js';

/** A school's roster workbook, 300 students, as an SIS export. */
async function rosterWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Roster');
  ws.addRow(['Student ID', 'First Name', 'Last Name', 'Grade', 'School']);
  for (let i = 1; i <= 300; i++) ws.addRow([`S${String(i).padStart(3, '0')}`, `Given${i}`, `Family${i}`, 9 + (i % 4), 'Riverside Secondary']);
  await wb.xlsx.writeFile(file);
}

function forum(): string {
  const dir = tempDir('reflect-roster-named-');
  writeFileSync(path.join(dir, 'answers.csv'), 'id,What did you learn?\nS001,Flex block helped me catch up in math.\nS002,I liked choosing my own project.\n');
  return dir;
}

describe('--roster naming a file that gives no roster', () => {
  it('refuses a workbook cut short (its first 60%), naming it, exit 2, before writing anything', async () => {
    const dir = forum();
    const full = path.join(tempDir('reflect-roster-file-'), 'roster.xlsx');
    await rosterWorkbook(full);
    const bytes = readFileSync(full);
    const cut = path.join(path.dirname(full), 'roster-cut.xlsx');
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const out = path.join(tempDir('reflect-roster-out-'), 'report');
    const run = reflect(['analyze', dir, '--roster', cut, '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`error: cannot use the roster ${cut}: cut short: the file ends before its zip directory (a download or copy that did not finish?); copy or download it again to have it read\n`);
    expect(run.stdout).toBe('');
    // The whole workbook is read.
    expect(reflect(['analyze', dir, '--roster', full, '--format', 'md']).code).toBe(0);
  });

  it('refuses an empty roster file and one with a header alone', () => {
    const dir = forum();
    const empty = path.join(tempDir('reflect-roster-empty-'), 'roster.csv');
    writeFileSync(empty, '');
    expect(reflect(['analyze', dir, '--roster', empty, '--format', 'md'])).toMatchObject({ code: 2, stderr: `error: cannot use the roster ${empty}: empty file\n` });
    writeFileSync(empty, 'Student ID,Grade,School\n');
    expect(reflect(['analyze', dir, '--roster', empty, '--format', 'md'])).toMatchObject({
      code: 2,
      stderr: `error: cannot use the roster ${empty}: no row of ids, names or attributes under its header\n`,
    });
  });

  it('refuses a roster: in the config file alike, at its line; one found in the folder by itself is a file warned of', async () => {
    const dir = forum();
    const full = path.join(tempDir('reflect-roster-file-'), 'roster.xlsx');
    await rosterWorkbook(full);
    const bytes = readFileSync(full);
    writeFileSync(path.join(dir, 'roster.xlsx'), bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const found = reflect(['analyze', dir, '--format', 'md']);
    expect(found.code).toBe(0);
    expect(found.stderr).toContain('warning: roster.xlsx: not read: cut short');
    writeFileSync(path.join(dir, 'reflect.config.yml'), 'title: Forum\nroster: roster.xlsx\n');
    const named = reflect(['analyze', dir, '--format', 'md']);
    expect(named.code).toBe(2);
    expect(named.stderr).toBe('error: reflect.config.yml:2: cannot use the roster roster.xlsx: cut short: the file ends before its zip directory (a download or copy that did not finish?); copy or download it again to have it read\n');
  });
});
