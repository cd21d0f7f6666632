// The grade a file's title or name gives: one grade, never a range or two.
import { describe, expect, it } from 'vitest';
import { namedGrade } from '../../src/corpus/named-grade.js';

describe('namedGrade', () => {
  it.each([
    ['Reflection sheets — Grade 9, Westview Secondary, April 2017', '9'],
    ['GMT20240314-Grade11-forum', '11'],
    ['grade-10-focus-group', '10'],
    ['Gr. 12 exit tickets', '12'],
    ['gr9_reflections', '9'],
    ['9th grade focus group', '9'],
    ['Focus group, 11th-grade students', '11'],
    ['Grade K sharing circle', 'K'],
    ['Grade 9 forum, grade 9 students', '9'],
  ])('%s gives grade %s', (text, grade) => {
    expect(namedGrade(text)).toBe(grade);
  });

  it.each([
    'Grades 9–12 forum',
    'grade 9-10 focus group',
    'Grade 9 to 12',
    'gr 9/10 exit tickets',
    'Grade 9 and Grade 10 forum',
    'Grade 9 and 10',
    'upgrade 9 notes',
    'Grade 13 reflections',
    'Focus group, Riverside, 12 March',
    'survey-2017',
  ])('%s gives none', (text) => {
    expect(namedGrade(text)).toBeUndefined();
  });
});
