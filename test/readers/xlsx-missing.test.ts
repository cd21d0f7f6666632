// A workbook whose zip holds Excel's parts but not xl/workbook.xml (or the part its relationships name):
// said to be a workbook missing its workbook part, naming the file, wherever a workbook is read (a survey
// export in analyze, a codebook, a coder's codings in agree); a zip of photos named .xlsx stays a zip archive.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { detectContent } from '../../src/readers/content.js';
import { codingRecords } from '../../src/analyses/coding-files.js';
import { loadCodebook } from '../../src/codebook/load.js';
import { reflect, tempDir } from '../cli/helpers.js';

async function workbook(rows: string[][]): Promise<Buffer> {
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  const sheet = wb.addWorksheet('Responses');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function without(buf: Buffer, renameTo?: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buf);
  zip.remove('xl/workbook.xml');
  if (renameTo !== undefined) zip.file('_rels/.rels', (await zip.file('_rels/.rels')!.async('string')).replace('xl/workbook.xml', renameTo));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function photos(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('IMG_0001.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));
  zip.file('IMG_0002.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 4, 5, 6]));
  return zip.generateAsync({ type: 'nodebuffer' });
}

const SURVEY = [
  ['Response ID', 'What helped you learn this term?'],
  ['1', 'The flex block, because I could catch up on the maths I missed.'],
  ['2', 'Smaller classes and teachers who know us by name.'],
];

const MISSING =
  "a workbook missing its workbook part (xl/workbook.xml): it holds Excel's other parts but not the one that lists its sheets (a save, copy or zip that did not finish?); copy the original .xlsx again, or save it again from the program that made it, to have it read";

describe('an Excel package missing its workbook part', () => {
  it('is told from a zip archive by its bytes', async () => {
    expect(detectContent(await without(await workbook(SURVEY)))).toEqual({ kind: 'zip', holds: 'xlsx', truncated: false });
    expect(detectContent(await photos())).toEqual({ kind: 'zip', holds: 'archive', truncated: false });
  });

  it('is said so in analyze, naming the file, where a zip of photos stays a zip archive', async () => {
    const dir = tempDir('reflect-xlsx-missing-');
    const good = await workbook(SURVEY);
    writeFileSync(path.join(dir, 'survey-1.xlsx'), good);
    writeFileSync(path.join(dir, 'survey-2.xlsx'), await without(good));
    writeFileSync(path.join(dir, 'survey-3.xlsx'), await without(good, 'xl/main.xml'));
    writeFileSync(path.join(dir, 'photos.xlsx'), await photos());
    const out = path.join(tempDir('reflect-xlsx-missing-out-'), 'report');
    const run = reflect(['analyze', dir, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`warning: survey-2.xlsx: not read: ${MISSING}`);
    expect(run.stderr).toContain('warning: survey-3.xlsx: not read: a workbook missing its workbook part (xl/main.xml, named by _rels/.rels)');
    expect(run.stderr).toContain('warning: photos.xlsx: not read: a zip archive named .xlsx, not a workbook; unzip it into the folder to have its files read');
    expect(run.stderr).not.toContain('survey-2.xlsx: not read: a zip archive');
    expect(run.stderr).not.toContain('no worksheets');
    const sources = parse(readFileSync(path.join(out, 'sources.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(sources.map((s) => [s.file, s.status])).toEqual([
      ['photos.xlsx', 'failed'],
      ['survey-1.xlsx', 'read'],
      ['survey-2.xlsx', 'failed'],
      ['survey-3.xlsx', 'failed'],
    ]);
  });

  it('is said so of a codebook and of a coder’s codings', async () => {
    const dir = tempDir('reflect-xlsx-missing-codebook-');
    const codebook = path.join(dir, 'Codebook.xlsx');
    writeFileSync(codebook, await without(await workbook([['Theme', 'Keywords'], ['Flexible time', 'flex*']])));
    await expect(loadCodebook(codebook)).rejects.toMatchObject({ file: codebook, message: MISSING });
    const coder = await without(await workbook([['response_id', 'themes'], ['r1', 'flexible-time']]));
    await expect(codingRecords(coder, 'coder-a.xlsx')).rejects.toMatchObject({ file: 'coder-a.xlsx', message: MISSING });
    await expect(codingRecords(await photos(), 'coder-b.xlsx')).rejects.toThrow('a zip archive named .xlsx, not a sheet of codings');
  });
});
