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

  it('reads FORCE_COLOR=false as chalk and Node do, as off', () => {
    expect(wantsColour({ isTTY: true }, { FORCE_COLOR: 'false' })).toBe(false);
  });

  it('does not colour a dumb terminal, unless FORCE_COLOR asks', () => {
    expect(wantsColour({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
    expect(wantsColour({ isTTY: true }, { TERM: 'dumb', FORCE_COLOR: '1' })).toBe(true);
    expect(wantsColour({ isTTY: true }, { TERM: 'xterm-256color' })).toBe(true);
  });
});
