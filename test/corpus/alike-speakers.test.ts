// A focus group anonymised by labelling every student alike (`Student:`) is several people; a one-to-one
// interview labelled the same way is one.
import { describe, expect, it } from 'vitest';
import { alikeLabel } from '../../src/corpus/alike-speakers.js';
import type { Transcript } from '../../src/model.js';

/** A transcript of `[speaker, text]` turns, with `title` above them. */
function talk(turns: [string | undefined, string][], title?: string): Transcript {
  return {
    type: 'transcript',
    attributes: {},
    turns: turns.map(([speaker, text], i) => ({ ...(speaker !== undefined ? { speaker } : {}), text, line: i + 1 })),
    ...(title !== undefined ? { title } : {}),
  };
}

const FACILITATOR = new Set(['interviewer']);
const STUDENTS: [string, string][] = [
  ['Interviewer', 'What would you change about how school works?'],
  ['Student', 'Honestly the timetable. Four classes a day is a lot.'],
  ['Student', "I'd want more choice in what courses we take."],
  ['Interviewer', 'What gets in the way?'],
  ['Student', 'Stress. Everyone is stressed about grades.'],
];

describe('alikeLabel', () => {
  it('finds a focus group whose title says so, every student under one label', () => {
    expect(alikeLabel(talk(STUDENTS, 'Focus group, Riverside Secondary, grade 10'), FACILITATOR, 'notes.txt', 'txt')).toBe('Student');
  });

  it("finds it from the file's name, or from a facilitator speaking to several people", () => {
    expect(alikeLabel(talk(STUDENTS), FACILITATOR, 'forum/fg-riverside.txt', 'txt')).toBe('Student');
    expect(alikeLabel(talk(STUDENTS), FACILITATOR, 'grade-10-forum.docx', 'docx')).toBe('Student');
    const toAll = talk([['Interviewer', 'Who else wants to start?'], ...STUDENTS.slice(1)]);
    expect(alikeLabel(toAll, FACILITATOR, 'session-3.txt', 'txt')).toBe('Student');
    const byLetter = talk([['I', 'Thanks, everyone. What helps you learn?'], ['S', 'Projects.'], ['S', 'Same, and field trips.']]);
    expect(alikeLabel(byLetter, new Set(['i']), 'session.txt', 'txt')).toBe('S');
  });

  it('leaves a one-to-one interview one student', () => {
    expect(alikeLabel(talk(STUDENTS, 'Interview with a grade 11 student'), FACILITATOR, 'interview-grade11.txt', 'txt')).toBeUndefined();
  });

  it('leaves students told apart, or one turn, or captions, as they are', () => {
    const named = talk([['Interviewer', 'Everyone, what helps?'], ['Student 1', 'Projects.'], ['Student 2', 'Field trips.']]);
    expect(alikeLabel(named, FACILITATOR, 'focus-group.txt', 'txt')).toBeUndefined();
    const mixed = talk([['Interviewer', 'Everyone, what helps?'], ['Student', 'Projects.'], ['Maya', 'Field trips.']]);
    expect(alikeLabel(mixed, FACILITATOR, 'focus-group.txt', 'txt')).toBeUndefined();
    const once = talk([['Interviewer', 'Everyone, what helps?'], ['Student', 'Projects.']]);
    expect(alikeLabel(once, FACILITATOR, 'focus-group.txt', 'txt')).toBeUndefined();
    // A caption's cues cut one person's sentences: consecutive cues are not other people.
    expect(alikeLabel(talk(STUDENTS, 'Focus group'), FACILITATOR, 'focus-group.vtt', 'vtt')).toBeUndefined();
  });

  it("passes over a chorus's turns and empty ones", () => {
    const chorus = talk([['Interviewer', 'Everyone, what helps?'], ['Student', 'Projects.'], ['Everyone', 'Yes!'], ['Student', ''], ['Student', 'Field trips.']]);
    expect(alikeLabel(chorus, FACILITATOR, 'focus-group.txt', 'txt')).toBe('Student');
  });
});
