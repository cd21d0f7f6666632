// Tests for writeChunks, which encodes the output files' chunks into one reused buffer: the bytes must be
// exactly the chunks' UTF-8, whatever their sizes, with surrogate pairs never split.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeBuffers, writeChunks } from '../../src/commands/analyze.js';
import { tempDir } from '../cli/helpers.js';

const dir = tempDir('reflect-write-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function written(chunks: string[]): Promise<Buffer> {
  const file = path.join(dir, 'out.txt');
  await writeChunks(file, chunks);
  return readFileSync(file);
}

describe('writeChunks', () => {
  it('writes small chunks as their UTF-8, in order', async () => {
    const chunks = ['id,text\n', 'r1,Montréal 🎉\n', '', 'r2,"a ""b"""\n', 'é'];
    expect(await written(chunks)).toEqual(Buffer.from(chunks.join(''), 'utf8'));
  });

  it('writes chunks larger than its buffer, never splitting a surrogate pair', async () => {
    // Pairs at every offset around the piece boundaries (a piece is 2^18 units), and three-byte units.
    for (const shift of [0, 1]) {
      const big = `${'a'.repeat(shift)}${'🎉€'.repeat(300_000)}`;
      const chunks = ['start ', big, ' middle ', big.slice(1), 'x'.repeat(1 << 20), ' end'];
      expect((await written(chunks)).equals(Buffer.from(chunks.join(''), 'utf8'))).toBe(true);
    }
  });

  it('writes a lone surrogate as U+FFFD, as Node does', async () => {
    const chunks = ['a\uD83D', 'b\uDE00c'];
    expect(await written(chunks)).toEqual(Buffer.from(chunks.join(''), 'utf8'));
  });

  it('writes one file after another with the same buffers, each file only its own bytes', async () => {
    const buffers = writeBuffers();
    const first = ['é'.repeat(600_000), 'tail of the first'];
    const second = ['short'];
    await writeChunks(path.join(dir, 'a.txt'), first, buffers);
    await writeChunks(path.join(dir, 'b.txt'), second, buffers);
    expect(readFileSync(path.join(dir, 'a.txt')).equals(Buffer.from(first.join(''), 'utf8'))).toBe(true);
    expect(readFileSync(path.join(dir, 'b.txt'))).toEqual(Buffer.from('short', 'utf8'));
  });
});
