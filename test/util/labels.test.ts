import { describe, expect, it } from 'vitest';
import { attributeInSentence, attributeLabel, attributeName, attributeNameInSentence } from '../../src/util/labels.js';

describe('attributeLabel', () => {
  it('capitalises a key and spaces its words', () => {
    expect(attributeLabel('school-level')).toBe('School level');
    expect(attributeLabel('favourite-subject')).toBe('Favourite subject');
    expect(attributeInSentence('favourite-subject')).toBe('favourite subject');
  });

  it('gives a question its "I" back, a letter inside a word left alone', () => {
    expect(attributeLabel('how-much-do-you-agree-i-feel-like-i-belong-at-this-school')).toBe('How much do you agree I feel like I belong at this school');
    expect(attributeLabel('i-feel-safe')).toBe('I feel safe');
    expect(attributeInSentence('i-feel-safe')).toBe('I feel safe');
    expect(attributeInSentence('do-you-feel-safe-in-it-class')).toBe('do you feel safe in it class');
  });
});

describe('attributeName', () => {
  const labels = { 'how-much-do-you-agree-i-feel-safe-at-school': 'How much do you agree? — I feel safe at school' };

  it('gives a labelled attribute its label, quoted in a sentence, and any other its key’s words', () => {
    expect(attributeName('how-much-do-you-agree-i-feel-safe-at-school', labels)).toBe('How much do you agree? — I feel safe at school');
    expect(attributeNameInSentence('how-much-do-you-agree-i-feel-safe-at-school', labels)).toBe('“How much do you agree? — I feel safe at school”');
    expect(attributeName('how-much-do-you-agree-i-feel-safe-at-school', undefined)).toBe('How much do you agree I feel safe at school');
    expect(attributeNameInSentence('school-level', labels)).toBe('school level');
    // A key an object inherits is no label.
    expect(attributeName('constructor', labels)).toBe('Constructor');
  });
});
