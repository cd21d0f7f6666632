// A Word transcript whose zip opens but whose text part is not XML, or ends partway through: said as the
// document's text damaged, apart from a zip cut short, and accounted for in sources.csv as failed.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/readers/docx.js';
import { reflect, tempDir } from '../cli/helpers.js';

async function focusGroup(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('Facilitator: What helps you learn?'),
          new Paragraph('Maya: The flex block, mostly, because I can catch up.'),
          new Paragraph('Jordan: Smaller classes and teachers who know us.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

async function withPart(buf: Buffer, part: string, change: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buf);
  zip.file(part, change(await zip.file(part)!.async('string')));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const REPAIR = ', though the file opens as a zip; open it in Word, which offers to repair it, and save it again to have it read';

describe('a .docx whose document.xml is damaged', () => {
  it('says the text part is not XML, naming the part', async () => {
    const bytes = await withPart(await focusGroup(), 'word/document.xml', () => 'garbage written over the part \u0000\u0001');
    await expect(readDocx(bytes, { file: 'group.docx', config: {} })).rejects.toThrowError(`the document's text is damaged: its part word/document.xml is not XML${REPAIR}`);
  });

  it('says the text part ends partway through where it was cut short inside', async () => {
    const bytes = await withPart(await focusGroup(), 'word/document.xml', (xml) => xml.slice(0, Math.floor(xml.length * 0.6)));
    await expect(readDocx(bytes, { file: 'group.docx', config: {} })).rejects.toThrowError(
      `the document's text is damaged: its part word/document.xml ends partway through, as a part cut short while saving does${REPAIR}`,
    );
  });

  it('names another damaged part as the document’s, not its text', async () => {
    const bytes = await withPart(await focusGroup(), 'word/styles.xml', (xml) => xml.slice(0, 200));
    await expect(readDocx(bytes, { file: 'group.docx', config: {} })).rejects.toThrowError(/^the document is damaged: its part word\/styles\.xml ends partway through/);
  });

  it('keeps a zip cut short apart, and lists both as failed in sources.csv beside the file read', async () => {
    const dir = tempDir('reflect-docx-damage-');
    const good = await focusGroup();
    writeFileSync(path.join(dir, 'group-1.docx'), good);
    writeFileSync(path.join(dir, 'group-2.docx'), await withPart(good, 'word/document.xml', (xml) => xml.slice(0, Math.floor(xml.length * 0.6))));
    writeFileSync(path.join(dir, 'group-3.docx'), good.subarray(0, Math.floor(good.length * 0.6)));
    const out = path.join(tempDir('reflect-docx-damage-out-'), 'report');
    const run = reflect(['analyze', dir, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("warning: group-2.docx: not read: the document's text is damaged: its part word/document.xml ends partway through");
    expect(run.stderr).toContain('warning: group-3.docx: not read: cut short: the file ends before its zip directory');
    const sources = parse(readFileSync(path.join(out, 'sources.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(sources.map((s) => [s.file, s.status])).toEqual([
      ['group-1.docx', 'read'],
      ['group-2.docx', 'failed'],
      ['group-3.docx', 'failed'],
    ]);
  });
});

describe('a Word package missing its text part', () => {
  async function without(buf: Buffer, part: string, rename?: string): Promise<Buffer> {
    const zip = await JSZip.loadAsync(buf);
    const content = await zip.file(part)!.async('nodebuffer');
    zip.remove(part);
    if (rename !== undefined) zip.file(rename, content);
    return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  }

  it('is said to be a Word document missing its text part, with what to do, where a zip of photos stays a zip archive', async () => {
    const dir = tempDir('reflect-docx-missing-');
    const good = await focusGroup();
    writeFileSync(path.join(dir, 'group-1.docx'), good);
    writeFileSync(path.join(dir, 'group-2.docx'), await without(good, 'word/document.xml'));
    // its relationships name a text part the package does not hold
    const zip = await JSZip.loadAsync(good);
    zip.file('_rels/.rels', (await zip.file('_rels/.rels')!.async('string')).replace('word/document.xml', 'word/main.xml'));
    zip.remove('word/document.xml');
    writeFileSync(path.join(dir, 'group-3.docx'), await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const photos = new JSZip();
    photos.file('IMG_0001.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));
    photos.file('IMG_0002.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 4, 5, 6]));
    writeFileSync(path.join(dir, 'photos.docx'), await photos.generateAsync({ type: 'nodebuffer' }));
    const out = path.join(tempDir('reflect-docx-missing-out-'), 'report');
    const run = reflect(['analyze', dir, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      "warning: group-2.docx: not read: a Word document missing its text part (word/document.xml): it holds Word's other parts but not the one with the document's text (a save, copy or zip that did not finish?); copy the original .docx again, or save it again from the program that made it, to have it read",
    );
    expect(run.stderr).toContain('warning: group-3.docx: not read: a Word document missing its text part (word/main.xml, named by _rels/.rels)');
    expect(run.stderr).toContain('warning: photos.docx: not read: a zip archive named .docx, not a Word document; unzip it into the folder to have its files read');
    expect(run.stderr).not.toContain('group-2.docx: not read: a zip archive');
    const sources = parse(readFileSync(path.join(out, 'sources.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(sources.map((s) => [s.file, s.status])).toEqual([
      ['group-1.docx', 'read'],
      ['group-2.docx', 'failed'],
      ['group-3.docx', 'failed'],
      ['photos.docx', 'failed'],
    ]);
  });
});
