import { describe, expect, it } from 'vitest';
import { formatCsv, safeCell } from '../../src/writers/csv-table.js';

describe('safeCell (formula injection)', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1 555 0100', "'+1 555 0100"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\tindent', "'\tindent"],
    ['\rreturn', "'\rreturn"],
    ['plain text', 'plain text'],
    ['a = b', 'a = b'],
  ])('%j → %j', (input, expected) => {
    expect(safeCell(input)).toBe(expected);
  });

  it('leaves numbers as numbers, negative ones included', () => {
    expect(safeCell(-3)).toBe('-3');
    expect(safeCell(12.5)).toBe('12.5');
    expect(safeCell(undefined)).toBe('');
  });
});

describe('formatCsv', () => {
  it('quotes only where RFC 4180 needs it', () => {
    expect(formatCsv(['id', 'text'], [['r1', 'said "hi", then left'], ['r2', 'two\nlines'], ['r3', 'Montréal 🎉']])).toBe(
      'id,text\nr1,"said ""hi"", then left"\nr2,"two\nlines"\nr3,Montréal 🎉\n',
    );
  });

  it('writes a BOM and CRLF for Excel', () => {
    expect(formatCsv(['a'], [['=1']], { excel: true })).toBe("\uFEFFa\r\n'=1\r\n");
  });
});
