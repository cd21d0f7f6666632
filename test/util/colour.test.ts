import { describe, expect, it } from 'vitest';
import { colourFor, wantsColour } from '../../src/util/colour.js';

describe('wantsColour', () => {
  it('colours a terminal', () => {
    expect(wantsColour({ isTTY: true }, {})).toBe(true);
  });

  it('never colours when NO_COLOR is set, even on a terminal (chalk alone would)', () => {
    expect(wantsColour({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(colourFor({ isTTY: true }, { NO_COLOR: '1' }).red('x')).toBe('x');
  });

  it('does not colour a pipe or a file', () => {
    expect(wantsColour({ isTTY: false }, {})).toBe(false);
    expect(wantsColour({}, {})).toBe(false);
  });

  it('follows FORCE_COLOR both ways', () => {
    expect(wantsColour({ isTTY: true }, { FORCE_COLOR: '0' })).toBe(false);
    expect(wantsColour({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(colourFor({ isTTY: false }, { FORCE_COLOR: '1' }).red('x')).toBe('\u001b[31mx\u001b[39m');
  });
});
