// The grade a file's title or name gives: one grade, never a range or two.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { namedGrade } from '../../src/corpus/named-grade.js';
import { analyze } from '../../src/index.js';
import { tempDir } from '../cli/helpers.js';

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

describe("a file's grade given to its students", () => {
  const sheet = (answers: number) => ['What would help you learn?', ...Array.from({ length: answers }, (_, i) => `More choice ${i + 1}`), ''].join('\n');

  it("gives a sheet's students the grade its name gives, where it has no grade column; a transcript's from its title", async () => {
    const dir = tempDir('reflect-named-grade-');
    writeFileSync(path.join(dir, 'Grade 9 exit survey.csv'), sheet(5));
    writeFileSync(path.join(dir, 'grades-9-12-survey.csv'), sheet(2));
    writeFileSync(path.join(dir, 'focus.txt'), ['Focus group, Grade 11, Riverside', '', 'Facilitator: What would help?', 'Maya: More choice.', 'Dev: Flex blocks.', ''].join('\n'));
    const analysis = await analyze({ folder: dir });
    const grades = (source: string) => analysis.corpus.participants.filter((p) => p.role === 'student' && p.sources.includes(source)).map((p) => p.attributes.grade);
    expect(grades('Grade 9 exit survey.csv')).toEqual(['9', '9', '9', '9', '9']);
    expect(grades('grades-9-12-survey.csv')).toEqual([undefined, undefined]);
    expect(grades('focus.txt')).toEqual(['11', '11']);
  });

  it('leaves the grade a sheet states in its own column', async () => {
    const dir = tempDir('reflect-named-grade-');
    writeFileSync(path.join(dir, 'Grade 9 exit survey.csv'), ['Grade,What would help you learn?', '10,More choice', '9,Flex blocks', ''].join('\n'));
    const analysis = await analyze({ folder: dir });
    expect(analysis.corpus.participants.map((p) => p.attributes.grade)).toEqual(['10', '9']);
  });
});
