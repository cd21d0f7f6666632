// The status line on a terminal: rewritten in place, cleared at the end, absent off a terminal or when quiet.
import { describe, expect, it } from 'vitest';
import { terminalProgress } from '../../src/util/progress.js';

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
}

describe('terminalProgress', () => {
  it('rewrites one line in place and clears it once at the end', () => {
    const s = stream(true);
    const p = terminalProgress(s, false, {})!;
    p.files(1, 2);
    p.files(2, 2);
    p.stage('Tagging responses');
    p.end();
    p.end();
    expect(s.written).toEqual(['\r\u001b[KReading files: 1/2', '\r\u001b[KReading files: 2/2', '\r\u001b[KTagging responses…', '\r\u001b[K']);
  });

  it('writes nothing when nothing was shown', () => {
    const s = stream(true);
    terminalProgress(s, false, {})!.end();
    expect(s.written).toEqual([]);
  });

  it('is absent off a terminal and with --quiet', () => {
    expect(terminalProgress(stream(false))).toBeUndefined();
    expect(terminalProgress(stream(true), true)).toBeUndefined();
  });

  it('is absent on a dumb terminal, which cannot rewrite a line', () => {
    expect(terminalProgress(stream(true), false, { TERM: 'dumb' })).toBeUndefined();
    expect(terminalProgress(stream(true), false, { TERM: 'xterm' })).toBeDefined();
  });
});
