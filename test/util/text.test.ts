// Tests for the helpers that put counts and labels into sentences.
import { describe, expect, it } from 'vitest';
import { listOf } from '../../src/util/text.js';

describe('listOf', () => {
  it('joins plain items with commas and a last "and" or "or"', () => {
    expect(listOf([])).toBe('');
    expect(listOf(['a'])).toBe('a');
    expect(listOf(['a', 'b'])).toBe('a and b');
    expect(listOf(['a', 'b', 'c'], 'or')).toBe('a, b or c');
  });

  it('separates items with commas of their own by semicolons, so each can be told apart', () => {
    expect(listOf(['choice and options (29 students)', 'timetables and schedules (7 students)', 'passions, goals and purpose (7 students)'])).toBe(
      'choice and options (29 students); timetables and schedules (7 students); and passions, goals and purpose (7 students)',
    );
    // Two items have no separator to confuse with the item's own commas.
    expect(listOf(['class size', 'passions, goals and purpose'])).toBe('class size and passions, goals and purpose');
  });
});
