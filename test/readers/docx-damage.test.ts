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
