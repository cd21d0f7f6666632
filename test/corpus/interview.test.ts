// A one-to-one interview is one student's talk that says it is an interview; a focus group where one
// student happened to speak, or one that says it is a group, stays a focus group.
import { describe, expect, it } from 'vitest';
import { isInterview, type TalkShape } from '../../src/corpus/interview.js';

/** One student's talk with a facilitator, as `interview-grade11.txt` is, changed by `over`. */
function talk(over: Partial<TalkShape> = {}): TalkShape {
  return {
    name: 'talk.txt',
    students: 1,
    askers: ['Facilitator'],
    asked: ['What would you change about how school works?', 'Why is that?'],
    chorus: false,
    alike: false,
    keys: [],
    ...over,
  };
}

describe('isInterview', () => {
  it('finds an interview whose title says so', () => {
    expect(isInterview(talk({ title: 'Interview with a grade 11 student, May 2024' }))).toBe(true);
  });

  it('finds an interview whose file name says so, in a folder or not', () => {
    expect(isInterview(talk({ name: 'interview-grade11.txt' }))).toBe(true);
    expect(isInterview(talk({ name: 'spring/Interviews_P03.docx' }))).toBe(true);
    expect(isInterview(talk({ name: 'one-on-one-riverside.vtt' }))).toBe(true);
    expect(isInterview(talk({ name: '1:1 check-in.txt' }))).toBe(true);
  });

  it("finds one by the asking side's label or by front matter", () => {
    expect(isInterview(talk({ askers: ['Interviewer'] }))).toBe(true);
    expect(isInterview(talk({ askers: ['INT'] }))).toBe(true);
    expect(isInterview(talk({ askers: ['I'] }))).toBe(true);
    expect(isInterview(talk({ keys: ['interviewer', 'date'] }))).toBe(true);
  });

  it('leaves a focus group where one student happened to speak a focus group, nothing saying interview', () => {
    expect(isInterview(talk())).toBe(false);
    expect(isInterview(talk({ name: 'riverside-session-2.txt', title: 'Riverside, 12 March' }))).toBe(false);
  });

  it('leaves a group interview or a focus group interview a focus group', () => {
    expect(isInterview(talk({ title: 'Group interview, grade 10' }))).toBe(false);
    expect(isInterview(talk({ title: 'Focus group interview, Riverside Secondary' }))).toBe(false);
    expect(isInterview(talk({ name: 'FG2-interview.txt' }))).toBe(false);
    expect(isInterview(talk({ askers: ['Interviewer'], name: 'panel.txt' }))).toBe(false);
  });

  it('leaves it a focus group where several spoke at once or the asker speaks to several', () => {
    expect(isInterview(talk({ title: 'Interview, 12 March', chorus: true }))).toBe(false);
    expect(isInterview(talk({ askers: ['Interviewer'], asked: ['Does anyone else want to add something?'] }))).toBe(false);
    expect(isInterview(talk({ askers: ['Interviewer'], asked: ['What do you guys think?'] }))).toBe(false);
  });

  it('reads "anyone" asked of one student as no group', () => {
    expect(isInterview(talk({ askers: ['Interviewer'], asked: ['Did anyone help you with that?'] }))).toBe(true);
  });

  it('is never an interview of several students or of none', () => {
    expect(isInterview(talk({ title: 'Interview with Maya and Jordan', students: 2 }))).toBe(false);
    expect(isInterview(talk({ title: 'Interview, 12 March', students: 0 }))).toBe(false);
  });

  it('is never a transcript whose students are labelled alike, which is a group by that rule', () => {
    expect(isInterview(talk({ title: 'Interview, 12 March', alike: true }))).toBe(false);
  });

  it('takes no word that only holds "interview" or "group" for one', () => {
    expect(isInterview(talk({ name: 'interviewing-notes.txt' }))).toBe(false);
    expect(isInterview(talk({ title: 'Interview with a grade 11 student', name: 'groupwork-interview.txt' }))).toBe(true);
  });
});
