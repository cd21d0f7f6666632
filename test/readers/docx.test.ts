// Golden tests of the DOCX reader (fixtures/readers/docx/<case>/; the .docx files are built by
// make-docx-fixtures.ts), and unit tests of the HTML → paragraph step.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { paragraphsFromHtml, readDocx } from '../../src/readers/docx.js';
import { ReflectError } from '../../src/util/errors.js';

const dir = path.resolve(import.meta.dirname, '../../fixtures/readers/docx');

describe('readDocx golden', () => {
  for (const name of readdirSync(dir).sort()) {
    it(name, async () => {
      const bytes = readFileSync(path.join(dir, name, 'input.docx'));
      let value: unknown;
      try {
        value = await readDocx(bytes, { file: `docx/${name}/input.docx`, config: {} });
      } catch (error) {
        if (!(error instanceof ReflectError)) throw error;
        value = { error: error.name, message: error.describe(), exitCode: error.exitCode };
      }
      await expect(`${JSON.stringify(value, null, 2)}\n`).toMatchFileSnapshot(path.join(dir, name, 'expected.json'));
    });
  }
});

describe('readDocx', () => {
  it('throws an InputError for an empty file and for a zip that is not a Word document', async () => {
    await expect(readDocx(new Uint8Array(), { file: 'a.docx', config: {} })).rejects.toThrowError('empty file');
    // An empty zip archive: the end-of-central-directory record alone.
    const emptyZip = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
    await expect(readDocx(emptyZip, { file: 'b.docx', config: {} })).rejects.toThrowError('not a valid DOCX file');
  });
});

describe('paragraphsFromHtml', () => {
  it('numbers paragraphs, marks headings and bold runs, keeps soft breaks, decodes entities', () => {
    const html =
      '<h2>Part 1</h2><p></p><p><strong>Maya</strong><strong>:</strong> Fish &amp; chips<br />again</p>' +
      '<ul><li>item &lt;1&gt;</li></ul><table><tr><td><p>cell</p></td></tr></table>';
    expect(paragraphsFromHtml(html)).toEqual([
      { number: 1, text: '# Part 1' },
      { number: 2, text: '' },
      { number: 3, text: '**Maya:** Fish & chips\nagain' },
      { number: 4, text: 'item <1>' },
      { number: 5, text: 'cell' },
    ]);
  });
});
