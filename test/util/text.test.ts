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
    expect(listOf(['an answer on a reflection sheet', 'a student’s turn in a focus group'], 'or')).toBe(
      'an answer on a reflection sheet or a student’s turn in a focus group',
    );
  });

  it('counts a bare label’s own "and" as a comma, and closes a first label that has one', () => {
    const labels = { labels: true };
    expect(listOf(['class size', 'wellbeing', 'homework'], 'or', labels)).toBe('class size, wellbeing or homework');
    expect(listOf(['choice and options', 'class size', 'funding and resources'], 'and', labels)).toBe('choice and options; class size; and funding and resources');
    expect(listOf(['class size', 'equity and diversity'], 'or', labels)).toBe('class size or equity and diversity');
    // "equity and diversity and class size" reads as three.
    expect(listOf(['equity and diversity', 'class size'], 'or', labels)).toBe('equity and diversity, or class size');
    expect(listOf(['home and family life'], 'and', labels)).toBe('home and family life');
    // Without `labels`, the items' counts tell them apart.
    expect(listOf(['choice and options (29%)', 'grades and assessment (24%)'])).toBe('choice and options (29%) and grades and assessment (24%)');
  });
});
