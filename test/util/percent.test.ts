// Tests for percentages in words and figures: exact rounding, and shares never written 0% or 100% when not so.

import { describe, expect, it } from 'vitest';
import { formatPercent, percentInWords, roundRatio } from '../../src/util/percent.js';

describe('roundRatio', () => {
  it('rounds halves up exactly, where floating point would not', () => {
    // 1/8 = 0.125 → 0.13 (0.125 * 100 is 12.5 exactly, but 0.285 is stored as 0.28499…).
    expect(roundRatio(1, 8, 2)).toBe(0.13);
    expect(roundRatio(57, 200, 2)).toBe(0.29); // 0.285
    expect(roundRatio(1, 3, 1)).toBe(0.3);
    expect(roundRatio(2, 3, 0)).toBe(1);
    expect(roundRatio(500, 6, 1)).toBe(83.3); // 5 of 6 as a percent
    expect(roundRatio(1, 0, 1)).toBe(0);
  });
});

describe('formatPercent', () => {
  it('never writes 0% or 100% for a share that is not', () => {
    expect(formatPercent(5, 6)).toBe('83%');
    expect(formatPercent(1, 300)).toBe('<1%');
    expect(formatPercent(299, 300)).toBe('>99%');
    expect(formatPercent(0, 300)).toBe('0%');
  });
});

describe('percentInWords', () => {
  it('says in words what formatPercent writes as a symbol', () => {
    expect(percentInWords(5, 6)).toBe('83%');
    expect(percentInWords(1, 300)).toBe('less than 1%');
    expect(percentInWords(299, 300)).toBe('more than 99%');
    expect(percentInWords(300, 300)).toBe('100%');
    expect(percentInWords(0, 300)).toBe('0%');
  });
});
