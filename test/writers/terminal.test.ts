import { describe, expect, it } from 'vitest';
import { bar } from '../../src/writers/terminal.js';

describe('bar', () => {
  it('scales to the width in eighths of a cell', () => {
    expect(bar(10, 10, 4)).toBe('████');
    expect(bar(5, 10, 4)).toBe('██');
    expect(bar(1, 10, 4)).toBe('▍'); // 3.2 eighths → 3
    expect(bar(0, 10, 4)).toBe('');
  });

  it('always shows something for a non-zero value', () => {
    expect(bar(1, 1000, 4)).toBe('▏');
  });
});
