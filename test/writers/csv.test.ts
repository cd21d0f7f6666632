import { describe, expect, it } from 'vitest';
import { csvCells, formatCsv, quoteCell, safeCell } from '../../src/writers/csv-table.js';

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
    // after spaces, which some importers trim first
    ['  =1+1', "'  =1+1"],
    [' -x', "' -x"],
    // full-width forms, which CJK Excel reads as the operators
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠cmd', "'＠cmd"],
    ['  ', '  '],
    ['', ''],
    ['12', '12'],
    ['日本語', '日本語'],
    ['1＝1', '1＝1'],
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

describe('quoteCell (RFC 4180, as csv-stringify writes it)', () => {
  it('quotes only cells with a quote, comma, CR or LF, doubling inner quotes', async () => {
    const { stringify } = await import('csv-stringify/sync');
    const cells = ['', 'plain', 'a,b', 'say "hi"', '"', 'two\nlines', 'cr\rhere', 'crlf\r\n', ' spaced ', 'semi;colon', "'=1", 'tab\there', 'Montréal 🎉', '""', ',', '\n'];
    for (const eol of ['\n', '\r\n']) {
      const expected = stringify([cells, ['x', ...cells]], { record_delimiter: eol, quoted_match: /[\r\n",]/ });
      const cells2 = ['x', ...cells];
      expect(formatCsv(cells, [cells2], { excel: eol === '\r\n' })).toBe(`${eol === '\r\n' ? '\uFEFF' : ''}${expected}`);
    }
    expect(quoteCell('a"b')).toBe('"a""b"');
    expect(quoteCell('ab')).toBe('ab');
  });
});

describe('csvCells (cells written once, for a row to hold)', () => {
  it('writes what the values would make in a row, guard and quotes included', () => {
    const values = ['=1', 'a,b', 'say "hi"', 3, -2, undefined, null, true, 'two\nlines', 'Montréal 🎉'];
    expect(formatCsv(['h'], [['x', csvCells(values), 'y']])).toBe(formatCsv(['h'], [['x', ...values, 'y']]));
  });
});
