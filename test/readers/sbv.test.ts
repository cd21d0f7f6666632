// Golden tests of the SBV reader (fixtures/readers/sbv/<case>/), and its warnings and failures.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSbv } from '../../src/readers/sbv.js';
import { readSrt } from '../../src/readers/srt.js';
import { detectFormat } from '../../src/readers/index.js';

const dir = path.resolve(import.meta.dirname, '../../fixtures/readers/sbv');
const read = (text: string, file = 'talk.sbv') => readSbv(new TextEncoder().encode(text), { file, config: {} });
const turns = (text: string) => {
  const r = read(text);
  return r.content.type === 'transcript' ? r.content.turns : [];
};

describe('readSbv golden', () => {
  for (const name of readdirSync(dir).sort()) {
    it(name, async () => {
      const result = readSbv(readFileSync(path.join(dir, name, 'input.sbv')), { file: `sbv/${name}/input.sbv`, config: {} });
      await expect(`${JSON.stringify(result, null, 2)}\n`).toMatchFileSnapshot(path.join(dir, name, 'expected.json'));
    });
  }
});

describe('readSbv', () => {
  it('is the reader for .sbv files', () => {
    expect(detectFormat('interviews/Focus Group.SBV')).toBe('sbv');
  });

  it('reads `>> Name:` and `Name:` as speakers, cues of one speaker as one turn, with their timings', () => {
    expect(turns('0:00:01.000,0:00:03.500\n>> Maya: I liked the\nprojects.\n\n0:00:03.500,0:00:05.000\nmost of all.\n\n0:00:05.200,0:00:07.000\nJordan: Same here.\n')).toEqual([
      { speaker: 'Maya', text: 'I liked the projects. most of all.', line: 2, start: 1, end: 5 },
      { speaker: 'Jordan', text: 'Same here.', line: 9, start: 5.2, end: 7 },
    ]);
  });

  it('reads the same subtitles as SRT to the same turns and timings', () => {
    const srt = '1\n00:00:01,000 --> 00:00:03,500\nMaya: I liked the projects.\n\n2\n00:00:04,000 --> 00:01:02,250\nJordan: Same here.\n';
    const sbv = '0:00:01.000,0:00:03.500\nMaya: I liked the projects.\n\n0:00:04.000,0:01:02.250\nJordan: Same here.\n';
    const fromSrt = readSrt(new TextEncoder().encode(srt), { file: 't.srt', config: {} });
    const pairs = (r: ReturnType<typeof readSbv>) => (r.content.type === 'transcript' ? r.content.turns.map(({ line: _line, ...t }) => t) : []);
    expect(pairs(read(sbv))).toEqual(pairs(fromSrt));
  });

  it('warns at the line of a malformed timing, naming the file, and reads the other cues', () => {
    const result = read('0:00:01.000,0:00:03.000\nMaya: One.\n\n0:00:04.000-0:00:05.000\nJordan: Two.\n\n0:00:06.000,0:00:07.000\nPriya: Three.\n', 'fg/week 3.sbv');
    expect(result.warnings).toEqual([
      { file: 'fg/week 3.sbv', line: 4, message: 'malformed caption timing "0:00:04.000-0:00:05.000" (expected start,end such as 0:01:02.500,0:01:05.000); caption skipped' },
    ]);
    expect(turns('0:00:01.000,0:00:03.000\nMaya: One.\n\n0:00:04.000-0:00:05.000\nJordan: Two.\n\n0:00:06.000,0:00:07.000\nPriya: Three.\n').map((t) => t.speaker)).toEqual(['Maya', 'Priya']);
  });

  it('fails a file none of whose captions could be read, saying how many, where and why, without quoting its words', () => {
    const bytes = '0:00:01.000;0:00:03.000\nMaya Lopez: I learned to plan ahead.\n\n0:00:04.000;0:00:05.000\nJordan: Me too.\n';
    expect(() => read(bytes)).toThrowError(
      'no caption could be read: all 2 are malformed, at lines 1, 4 (line 1: malformed caption timing); an SBV caption is a timing line such as 0:01:02.500,0:01:05.000, then its text',
    );
  });

  it('throws an InputError for an empty file', () => {
    expect(() => readSbv(new Uint8Array(), { file: 'x.sbv', config: {} })).toThrowError('empty file');
  });
});
