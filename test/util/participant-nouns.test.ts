// The nouns a report names its participants by, and the roles a Role column gives.
import { describe, expect, it } from 'vitest';
import { knownNoun, participantNounFrom, possessive, roleNoun, withArticle } from '../../src/util/participant-nouns.js';
import { groupPhrase } from '../../src/util/group-phrase.js';
import { attributeQuote } from '../../src/analyses/quotes.js';
import type { Participant } from '../../src/model.js';

describe('participants: the noun', () => {
  it('is known in the singular or the plural, in any case, and keeps its spelling', () => {
    expect(knownNoun('Teachers')).toEqual({ singular: 'teacher', plural: 'teachers' });
    expect(knownNoun('parent')).toEqual({ singular: 'parent', plural: 'parents' });
    expect(knownNoun('staff')).toEqual({ singular: 'staff member', plural: 'staff' });
    expect(knownNoun('staff members')).toEqual({ singular: 'staff member', plural: 'staff' });
    expect(knownNoun('counselors')).toEqual({ singular: 'counselor', plural: 'counselors' });
    expect(knownNoun('families')).toEqual({ singular: 'family', plural: 'families' });
  });

  it('says what is wrong with a noun it does not know, with the one meant', () => {
    expect(participantNounFrom('parnets')).toMatch(/^is 'parnets', which is not a kind of participant reflect knows \(did you mean 'parents'\?\); expected one of: students, /);
    expect(participantNounFrom('robots')).not.toMatch(/did you mean/);
  });

  it('takes "an" before a vowel sound, and "a" before a consonant one', () => {
    expect(withArticle('educator')).toBe('an educator');
    expect(withArticle('administrator')).toBe('an administrator');
    expect(withArticle('teacher')).toBe('a teacher');
    expect(withArticle('university student')).toBe('a university student');
    expect(withArticle('EA')).toBe('an EA');
    expect(withArticle('SLP')).toBe('an SLP');
    expect(withArticle('CYW')).toBe('a CYW');
  });

  it('makes the plural’s possessive', () => {
    expect(possessive('students')).toBe('students’');
    expect(possessive('staff')).toBe('staff’s');
    expect(possessive('young people')).toBe('young people’s');
  });
});

describe('a Role column’s values', () => {
  it('are known roles, their other spellings, or nouns of their own; "Other" is no role', () => {
    expect(roleNoun('Teacher')?.plural).toBe('teachers');
    expect(roleNoun('Parent/Guardian')?.singular).toBe('parent');
    expect(roleNoun('Vice-Principal')?.singular).toBe('administrator');
    expect(roleNoun('Admin')?.plural).toBe('administrators');
    expect(roleNoun('Educational Assistant')).toEqual({ singular: 'educational assistant', plural: 'educational assistants' });
    expect(roleNoun('EA')).toEqual({ singular: 'EA', plural: 'EAs' });
    expect(roleNoun('Secretary')).toEqual({ singular: 'secretary', plural: 'secretaries' });
    expect(roleNoun('Other')).toBeUndefined();
    expect(roleNoun(' ')).toBeUndefined();
    // What brackets add is not the role; a code is none ("role 1s" would be said of it).
    expect(roleNoun('Student (grade 10)')).toEqual({ singular: 'student', plural: 'students' });
    expect(roleNoun('Teacher [math]')?.singular).toBe('teacher');
    expect(roleNoun('Role 1')).toBeUndefined();
    expect(roleNoun('Group B2')).toBeUndefined();
  });

  it('name groups in the findings: "teachers", and "female teachers" where the participants are teachers', () => {
    expect(groupPhrase('role', 'Teacher')).toBe('teachers');
    expect(groupPhrase('gender', 'Female', 'teachers')).toBe('female teachers');
    expect(groupPhrase('school-level', 'Middle', 'parents')).toBe('middle school parents');
    expect(groupPhrase('gender', 'Female')).toBe('female students');
  });
});

describe('a quote’s attribution by role', () => {
  const person = (id: string, role: string, grade: string): Participant => ({ id, role: 'student', attributes: { role, grade }, sources: ['forum.csv'] });
  const forum = [
    ...Array.from({ length: 6 }, (_, i) => person(`s${i}`, 'Student', '11')),
    ...Array.from({ length: 5 }, (_, i) => person(`t${i}`, 'Teacher', '11')),
    person('p0', 'Principal', '11'),
  ];

  it('gives a student their grade, a teacher none (the grade they teach), and a role too rare no name', () => {
    // Four parents beside the one principal: five are signed "A participant".
    const withParents = [...forum, ...Array.from({ length: 4 }, (_, i) => person(`p${i + 1}`, 'Parent', '11'))];
    expect(attributeQuote(forum[0], withParents, 5)).toBe('A student, grade 11');
    expect(attributeQuote(forum[6], withParents, 5)).toBe('A teacher');
    expect(attributeQuote(forum[11], withParents, 5)).toBe('A participant');
    expect(attributeQuote(withParents[12], withParents, 5)).toBe('A participant');
  });

  it('signs the teachers "A participant" too where the one principal alone would be so signed', () => {
    // Beside "A student, grade 11" and "A teacher", a quote signed "A participant" would be the principal's.
    expect(attributeQuote(forum[11], forum, 5)).toBe('A participant');
    expect(attributeQuote(forum[6], forum, 5)).toBe('A participant');
    expect(attributeQuote(forum[0], forum, 5)).toBe('A student, grade 11');
    expect(attributeQuote(forum[6], forum, 1)).toBe('A teacher');
  });

  it('signs everyone by the noun where no Role column says otherwise, a grade only for students', () => {
    const teachers = forum.map((p) => ({ ...p, attributes: { grade: '11' } }));
    expect(attributeQuote(teachers[0], teachers, 5, undefined, { singular: 'educator', plural: 'educators' })).toBe('An educator');
    expect(attributeQuote(teachers[0], teachers, 5)).toBe('A student, grade 11');
  });
});
