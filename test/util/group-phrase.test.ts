// Tests for how a sentence names a group of students, in findings and in the report's group sections.

import { describe, expect, it } from 'vitest';
import { groupPhrase, otherGroupPhrase } from '../../src/util/group-phrase.js';

describe('groupPhrase', () => {
  it('names groups the way a report would', () => {
    expect(groupPhrase('gender', 'Female')).toBe('female students');
    expect(groupPhrase('grade', '10')).toBe('students in grade 10');
    expect(groupPhrase('grade', 'K')).toBe('students in kindergarten');
    expect(groupPhrase('school-level', 'Alternate')).toBe('students in alternate programs');
    expect(groupPhrase('indigenous', 'Yes')).toBe('students who self-identified as Indigenous');
    expect(groupPhrase('indigenous', 'Métis')).toBe('students who self-identified as Métis');
    expect(groupPhrase('district', 'Langley')).toBe('students from the Langley district');
    expect(groupPhrase('district', 'SD35 Langley')).toBe('students from SD35 Langley');
    expect(groupPhrase('source.focus-group', 'Trades')).toBe('students in the Trades focus group');
    expect(groupPhrase('cohort', '2016')).toBe('students whose cohort is 2016');
  });

  it('names the students who did not say as such, never "students who identified as Not stated"', () => {
    expect(groupPhrase('gender', 'Not stated')).toBe('students who did not state a gender');
    expect(groupPhrase('indigenous', 'Not stated')).toBe('students who did not say whether they self-identify as Indigenous');
    expect(groupPhrase('grade', 'Not stated')).toBe('students whose grade was not stated');
    expect(groupPhrase('source.program', 'Not stated')).toBe('students whose program was not stated');
    expect(groupPhrase('program', 'No')).toBe('students in no program');
  });

  it('names the groups of a survey’s closed question by the answer they gave', () => {
    // Keys made from a column's header, as a 15-question school climate survey's closed questions give.
    expect(groupPhrase('do-you-have-a-working-computer-at-home', 'No')).toBe('students who answered “No” to “Do you have a working computer at home?”');
    expect(groupPhrase('how-stressed-do-you-feel-about-grades', '5')).toBe('students who answered “5” to “How stressed do you feel about grades?”');
    expect(groupPhrase('i-feel-that-at-least-one-adult-at-school-knows-me-well', 'Agree')).toBe(
      'students who answered “Agree” to “I feel that at least one adult at school knows me well”',
    );
    expect(groupPhrase('do-you-take-any-online-courses', 'Not stated')).toBe('students who did not answer “Do you take any online courses?”');
  });

  it('names the other side of a comparison by its answer alone once the question is quoted', () => {
    expect(otherGroupPhrase('gender', 'Male')).toBe('male students');
    expect(otherGroupPhrase('do-you-have-a-working-computer-at-home', 'Yes')).toBe('those who answered “Yes”');
    expect(otherGroupPhrase('do-you-have-a-working-computer-at-home', 'Not stated')).toBe('those who did not answer');
  });
});

describe('groupPhrase of a grid question’s row', () => {
  const labels = { 'how-much-do-you-agree-teachers-care-about-me': 'How much do you agree? — Teachers care about me' };
  const key = 'how-much-do-you-agree-teachers-care-about-me';

  it('quotes the row as the survey asked it, where the key runs question and row together', () => {
    expect(groupPhrase(key, 'Strongly disagree')).toBe('students who answered “Strongly disagree” to “How much do you agree teachers care about me?”');
    expect(groupPhrase(key, 'Strongly disagree', 'students', labels)).toBe(
      'students who answered “Strongly disagree” to “How much do you agree? — Teachers care about me”',
    );
    expect(groupPhrase(key, 'Not stated', 'teachers', labels)).toBe('teachers who did not answer “How much do you agree? — Teachers care about me”');
    expect(otherGroupPhrase(key, 'Agree', 'students', labels)).toBe('those who answered “Agree”');
    // Other attributes are named as before.
    expect(groupPhrase('gender', 'Female', 'students', labels)).toBe('female students');
  });
});
