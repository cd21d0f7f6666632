// Tests for small-cell suppression: primary, complementary, zeros, forced cells, and suppression turned off.

import { describe, expect, it } from 'vitest';
import { isSmallTotal, suppressCells } from '../../src/analyses/suppression.js';

describe('suppressCells', () => {
  it('suppresses nothing when every cell is large enough', () => {
    expect(suppressCells([36, 23, 5], 5)).toEqual([false, false, false]);
  });

  it('adds the next-smallest cell when exactly one is small (complementary)', () => {
    // 3 alone could be worked out from the total 62 − 36 − 23; hiding 23 too leaves 26 between two cells.
    expect(suppressCells([36, 23, 3], 5)).toEqual([false, true, true]);
  });

  it('needs no complement when two small cells already hide a total of at least minCell', () => {
    expect(suppressCells([40, 3, 2, 20], 5)).toEqual([false, true, true, false]);
  });

  it('needs no complement for two hidden cells whose split cannot be told (1 + 2)', () => {
    // The hidden pair adds up to 3, but 1 + 2 or 2 + 1 cannot be told apart: nothing more to hide.
    expect(suppressCells([40, 1, 2, 20], 5)).toEqual([false, true, true, false]);
  });

  it('adds a cell when the hidden cells are all 1s (k hidden non-zero cells summing to k)', () => {
    expect(suppressCells([1, 1, 60], 2)).toEqual([true, true, true]);
    expect(suppressCells([1, 1, 1, 1, 1, 100], 5)).toEqual([true, true, true, true, true, true]);
  });

  it('never suppresses or chooses a zero', () => {
    expect(suppressCells([0, 30, 4, 0, 12], 5)).toEqual([false, false, true, false, true]);
    expect(suppressCells([0, 0, 0], 5)).toEqual([false, false, false]);
  });

  it('breaks ties for the complement by position', () => {
    expect(suppressCells([8, 8, 2], 5)).toEqual([true, false, true]);
  });

  it('hides every non-zero cell when the total itself is small', () => {
    expect(suppressCells([2, 1, 0], 5)).toEqual([true, true, false]);
    expect(suppressCells([4], 5)).toEqual([true]);
    expect(isSmallTotal(4, 5)).toBe(true);
    expect(isSmallTotal(5, 5)).toBe(false);
    expect(isSmallTotal(0, 5)).toBe(false);
  });

  it('suppresses forced cells whatever their count, zero included, with complements', () => {
    // The group of the first cell is itself small: its 0 is hidden, and 7 with it, since the theme's
    // total minus 12 would give the 0 back.
    expect(suppressCells([0, 12, 7], 5, [true, false, false])).toEqual([true, false, true]);
  });

  it('is off with minCell 0 or 1', () => {
    expect(suppressCells([1, 2, 60], 0)).toEqual([false, false, false]);
    expect(suppressCells([1, 2, 60], 1)).toEqual([false, false, false]);
  });

  it('uses the threshold given', () => {
    expect(suppressCells([9, 10, 30], 10)).toEqual([true, true, false]);
    expect(suppressCells([9, 10, 30], 3)).toEqual([false, false, false]);
  });

  it('does not change its input', () => {
    const counts = [3, 20, 30];
    suppressCells(counts, 5);
    expect(counts).toEqual([3, 20, 30]);
  });
});
