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

describe('a workbook written by a script, its answers formulas with no result saved', () => {
  it('counts the rows of formulas alone as skipped and says why, not "no data rows under the header"', async () => {
    const dir = tempDir('reflect-formulas-');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Answers');
    ws.addRow(['Student ID', 'What did you learn?']);
    for (let i = 2; i <= 6; i++) {
      ws.getCell(`A${i}`).value = { formula: '"S"&ROW()' } as ExcelJS.CellFormulaValue;
      ws.getCell(`B${i}`).value = { formula: `Responses!B${i}` } as ExcelJS.CellFormulaValue;
    }
    // One row typed in by hand: read.
    ws.addRow(['S7', 'I learned to plan my time in flex block.']);
    await wb.xlsx.writeFile(path.join(dir, 'export.xlsx'));
    const out = path.join(tempDir('reflect-formulas-out-'), 'report');
    const run = reflect(['analyze', dir, '--out', out]);
    expect(run.stderr).toContain('warning: export.xlsx:2: 5 rows hold nothing but formulas with no result saved (rows 2, 3, 4, 5, 6), read as blank; counted as skipped');
    expect(readFileSync(path.join(out, 'sources.csv'), 'utf8')).toContain('\nexport.xlsx,sheet,xlsx,,read,1,0,5,0,1,');
    // With no row typed in, the sheet is said to hold formulas alone.
    ws.spliceRows(7, 1);
    await wb.xlsx.writeFile(path.join(dir, 'export.xlsx'));
    writeFileSync(path.join(dir, 'other.csv'), 'id,What did you learn?\nS1,Projects.\n');
    const alone = reflect(['analyze', dir, '--format', 'md']);
    expect(alone.stderr).toContain('warning: export.xlsx:2: 5 rows hold nothing but formulas with no result saved (rows 2, 3, 4, 5, 6), read as blank: nothing to read until the workbook is opened in Excel or LibreOffice and saved; counted as skipped');
    expect(alone.stderr).not.toContain('no data rows under the header');
  });
});
