// Golden tests of the SRT reader (fixtures/readers/srt/<case>/).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSrt } from '../../src/readers/srt.js';

const dir = path.resolve(import.meta.dirname, '../../fixtures/readers/srt');

describe('readSrt golden', () => {
  for (const name of readdirSync(dir).sort()) {
    it(name, async () => {
      const result = readSrt(readFileSync(path.join(dir, name, 'input.srt')), { file: `srt/${name}/input.srt`, config: {} });
      await expect(`${JSON.stringify(result, null, 2)}\n`).toMatchFileSnapshot(path.join(dir, name, 'expected.json'));
    });
  }
});

describe('readSrt', () => {
  it('reads UTF-16 subtitles with a BOM and CRLF line ends', () => {
    const text = '1\r\n00:00:01,000 --> 00:00:02,500\r\nZoë: Ça va.\r\n\r\n2\r\n00:00:03,000 --> 00:00:04,000\r\nLuc: Oui.\r\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(readSrt(bytes, { file: 'fr.srt', config: {} })).toEqual({
      format: 'srt',
      encoding: 'utf-16le',
      content: {
        type: 'transcript',
        attributes: {},
        turns: [
          { speaker: 'Zoë', text: 'Ça va.', line: 3, start: 1, end: 2.5 },
          { speaker: 'Luc', text: 'Oui.', line: 7, start: 3, end: 4 },
        ],
      },
      warnings: [],
    });
  });

  it('throws an InputError for an empty file', () => {
    expect(() => readSrt(new Uint8Array(), { file: 'x.srt', config: {} })).toThrowError('empty file');
  });

  it('fails a file none of whose subtitles could be read, saying how many, where and why', () => {
    const subtitle = (n: number): string => `${n}\n00:00:0${n},000 --> 0${n}.900\nMaya: In week ${n} I learned to plan ahead.\n`;
    const bytes = new TextEncoder().encode([1, 2, 3].map(subtitle).join('\n'));
    expect(() => readSrt(bytes, { file: 'fg.srt', config: {} })).toThrowError(
      'no subtitle could be read: all 3 are malformed, at lines 2, 6, 10 (line 2: malformed subtitle timing); an SRT subtitle is a timing line such as 00:01:02,500 --> 00:01:05,000, then its text',
    );
  });
});
