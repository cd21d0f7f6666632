// Which heading lines are names by their words: a listed given name that is also a word ("Jordan") only
// where every line can be a name, and none beside a subject's heading.
import { describe, expect, it } from 'vitest';
import { listedName, namesByWords, subjectAlone } from '../../src/readers/bylines.js';

describe('namesByWords', () => {
  it('takes listed given names that are words where every line can be a name', () => {
    expect(namesByWords(['Jordan', 'Sam', 'Cole Martin'])).toEqual([true, true, true]);
    expect(namesByWords(['Maya', 'Jordan', 'Taylor R.'])).toEqual([true, true, true]);
  });

  it('does not take them beside a line no name can be, nor beside a subject', () => {
    expect(namesByWords(['Jordan', 'Funding', 'Sam'])).toEqual([false, false, false]);
    expect(namesByWords(['Justice', 'Hope', 'Maya'], true)).toEqual([false, false, true]);
  });

  it('knows a listed first name and a subject alone', () => {
    expect(listedName('Cole Martin')).toBe(true);
    expect(listedName('Funding')).toBe(false);
    expect(subjectAlone('Music')).toBe(true);
    expect(subjectAlone('Jordan')).toBe(false);
  });
});
