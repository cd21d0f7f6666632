// Tests for the report's background sentences across corpora with and without schools, gender, Indigenous identity and small cells.

import { describe, expect, it } from 'vitest';
import type { Participant, Source } from '../../src/model.js';
import { backgroundSentence, focusGroupCount, interviewCount, talkInWords, talkNamed } from '../../src/analyses/background.js';
import { countInWords } from '../../src/util/text.js';
import { computeDemographics } from '../../src/analyses/demographics.js';

function students(n: number, attributes: (i: number) => Record<string, string>): Participant[] {
  return Array.from({ length: n }, (_, i) => ({ id: `s${i + 1}`, role: 'student' as const, attributes: attributes(i), sources: [] }));
}

function source(id: string, kind: Source['kind'], extra: Partial<Source> = {}): Source {
  return { id, kind, format: 'csv', status: 'read', attributes: {}, sheets: 0, emptySheets: 0, rowsSkipped: 0, turns: 0, responses: 0, ...extra };
}

function sentence(people: Participant[], sources: Source[], minCell: number): string {
  return backgroundSentence(people, sources, computeDemographics(people, { minCell }), minCell);
}

const conferenceSources = [
  source('reflection-sheets.csv', 'sheet', { sheets: 72, emptySheets: 2 }),
  ...['alternate', 'middle', 'secondary', 'trades'].map((g) => source(`focus-groups/${g}.txt`, 'transcript', { format: 'txt', turns: 80 })),
  source('focus-groups/broken.docx', 'transcript', { format: 'docx', status: 'failed', reason: 'not a zip file' }),
  source('roster.csv', 'roster'),
];

// 62 students at 4 schools: 36 female, 23 male, 3 who did not say; 6 Indigenous, 50 not, 6 did not say.
const conference = students(62, (i) => ({
  school: ['Alder', 'Birch', 'Cedar', 'Dogwood'][i % 4],
  gender: i < 36 ? 'Female' : i < 59 ? 'Male' : 'Not stated',
  indigenous: i < 6 ? 'Yes' : i < 56 ? 'No' : 'Not stated',
}));

describe('backgroundSentence', () => {
  it('reads like the conference write-up', () => {
    // 36/62 = 58.06, 23/62 = 37.10, 3/62 = 4.84 → 58, 37, 5; 6/62 = 9.68 → 10.
    expect(sentence(conference, conferenceSources, 0)).toBe(
      '62 students from four schools took part; 58% identified as female, 37% as male and 5% did not say; ' +
        '10% self-identified as Indigenous. They filled in 70 reflection sheets, handed in two blank sheets and took part in four focus groups.',
    );
  });

  it('writes a small share as "fewer than five students" and leaves out its complement', () => {
    // 3 not stated is suppressed, and male (23) with it as the complement.
    expect(sentence(conference, conferenceSources, 5)).toBe(
      '62 students from four schools took part; 58% identified as female and fewer than five students did not say; ' +
        '10% self-identified as Indigenous. They filled in 70 reflection sheets, handed in two blank sheets and took part in four focus groups.',
    );
  });

  it('says the sheets were filled in without their number where they are not to be counted', () => {
    // A lone focus group at a school too small to show: 62 less the 70 sheets' students would give it back.
    expect(backgroundSentence(conference, conferenceSources, computeDemographics(conference, { minCell: 5 }), 5, undefined, false)).toBe(
      '62 students from four schools took part; 58% identified as female and fewer than five students did not say; ' +
        '10% self-identified as Indigenous. They filled in reflection sheets, handed in two blank sheets and took part in four focus groups.',
    );
  });

  it('names the noun once where two shares are small', () => {
    // 2 non-binary and 3 not stated are each below 5; 40 female and 17 male are shown.
    const people = students(62, (i) => ({ gender: i < 40 ? 'Female' : i < 57 ? 'Male' : i < 59 ? 'Non-binary' : 'Not stated' }));
    expect(sentence(people, [], 5)).toBe(
      '62 students took part; 65% identified as female, 27% as male, fewer than five students as non-binary and fewer than five did not say.',
    );
  });

  it('leaves out the Indigenous share when it is hidden as a complement', () => {
    // Yes 6, No 54, not stated 2: the 2 is small and Yes is its complement.
    const people = students(62, (i) => ({ indigenous: i < 6 ? 'Yes' : i < 60 ? 'No' : 'Not stated' }));
    expect(sentence(people, [], 5)).toBe('62 students took part.');
    expect(sentence(people, [], 0)).toBe('62 students took part; 10% self-identified as Indigenous.');
  });

  it('uses words for small numbers, counts specific identities, and says districts', () => {
    const people = students(9, (i) => ({
      school: ['Alder', 'Birch', 'Cedar'][i % 3],
      district: i < 5 ? 'Langley' : 'Abbotsford',
      indigenous: i < 2 ? 'Métis' : i < 3 ? 'Indigenous; First Nations' : 'No',
    }));
    expect(sentence(people, [source('fg.vtt', 'transcript', { format: 'vtt' })], 5)).toBe(
      'Nine students from three schools in two districts took part; fewer than five students self-identified as Indigenous. ' +
        'They spoke in one focus group.',
    );
  });

  it('never writes 100% of a share some students are not in', () => {
    // 995 and 5 of 1,000: 99.5 and 0.5 round to 100 and 1; 996 Indigenous of 1,000 (99.6) to 100.
    const people = students(1000, (i) => ({ gender: i < 995 ? 'Female' : 'Male', indigenous: i < 996 ? 'Yes' : 'No' }));
    expect(sentence(people, [], 0)).toBe('1000 students took part; more than 99% identified as female and 1% as male; more than 99% self-identified as Indigenous.');
  });

  it('lists every gender, Two-Spirit keeping its capitals, each share rounded on its own', () => {
    // 6, 4, 1, 1 of 12: 50, 33.3, 8.3, 8.3 → 50, 33, 8, 8 (adding to 99).
    const people = students(12, (i) => ({
      district: 'Langley',
      gender: i < 6 ? 'Female' : i < 10 ? 'Male' : i < 11 ? 'Two-Spirit' : 'Non-binary',
    }));
    expect(sentence(people, [source('sheets.csv', 'sheet', { sheets: 1 })], 0)).toBe(
      '12 students from one district took part; 50% identified as female, 33% as male, 8% as non-binary and 8% as Two-Spirit. ' +
        'They filled in one reflection sheet.',
    );
  });

  it('falls back to source schools, and leaves out what is not known', () => {
    const people = students(20, (i) => ({ 'source.school': i < 10 ? 'Alder' : 'Birch', gender: 'Not stated' }));
    expect(sentence(people, [source('roster.csv', 'roster')], 5)).toBe('20 students from two schools took part.');
  });

  it('never counts facilitators or skipped files, and counts blank sheets apart', () => {
    const people: Participant[] = [
      ...students(5, () => ({ gender: 'Female' })),
      { id: 'fac', role: 'facilitator', attributes: { gender: 'Male', school: 'Alder' }, sources: [] },
    ];
    const sources = [
      source('a.csv', 'sheet', { sheets: 6, emptySheets: 1 }),
      source('b.csv', 'sheet', { status: 'skipped', sheets: 9 }),
      source('c.txt', 'transcript', { status: 'skipped' }),
    ];
    expect(sentence(people, sources, 5)).toBe('Five students took part; 100% identified as female. They filled in five reflection sheets and handed in one blank sheet.');
  });

  it('says nothing of who the students are when fewer than minCell took part', () => {
    // Three students of a pilot, all girls, none Indigenous: "none self-identified as Indigenous" or
    // "fewer than five students identified as female" would be a statement about each of them.
    const pilot = students(3, () => ({ school: 'Alder', gender: 'Female', indigenous: 'No' }));
    expect(sentence(pilot, [source('pilot.csv', 'sheet', { sheets: 3 })], 5)).toBe('Three students from one school took part. They filled in three reflection sheets.');
    // With suppression off, the same students are described.
    expect(sentence(pilot, [source('pilot.csv', 'sheet', { sheets: 3 })], 0)).toBe(
      'Three students from one school took part; 100% identified as female; none self-identified as Indigenous. They filled in three reflection sheets.',
    );
  });

  it('handles an empty corpus', () => {
    expect(backgroundSentence([], [], [], 5)).toBe('No students took part.');
  });
});

describe('countInWords', () => {
  it('spells out nought to nine and uses figures from 10', () => {
    expect([0, 1, 5, 9, 10, 62].map(countInWords)).toEqual(['no', 'one', 'five', 'nine', '10', '62']);
  });
});

describe('focus groups and interviews', () => {
  const talk = [
    source('fg-a.txt', 'transcript'),
    source('fg-b part 1.vtt', 'transcript', { session: 'fg-b part 1.vtt' }),
    source('fg-b part 2.vtt', 'transcript', { session: 'fg-b part 1.vtt' }),
    source('interview-7 part 1.txt', 'transcript', { session: 'interview-7 part 1.txt', interview: true }),
    source('interview-7 part 2.txt', 'transcript', { session: 'interview-7 part 1.txt', interview: true }),
    source('interview-9.txt', 'transcript', { interview: true }),
  ];

  it('counts an interview in several files once, and apart from the focus groups', () => {
    expect(focusGroupCount(talk)).toBe(2);
    expect(interviewCount(talk)).toBe(2);
    expect(talkInWords(talk)).toBe('two focus groups and two interviews');
    expect(talkNamed(talk)).toBe('the focus groups and the interviews');
  });

  it('reads talk in several files as a focus group unless every file of it is an interview', () => {
    const chat = [source('interview-9.txt', 'transcript', { session: 'interview-9.txt', interview: true }), source('interview-9-chat.txt', 'transcript', { session: 'interview-9.txt' })];
    expect([focusGroupCount(chat), interviewCount(chat)]).toEqual([1, 0]);
  });

  it('says "took part in one focus group and one interview" after the sheets', () => {
    const people = students(12, () => ({}));
    const sources = [source('survey.csv', 'sheet', { sheets: 10 }), source('fg-a.txt', 'transcript'), source('interview-9.txt', 'transcript', { interview: true })];
    expect(sentence(people, sources, 5)).toBe('12 students took part. They filled in 10 reflection sheets and took part in one focus group and one interview.');
    expect(sentence(students(1, () => ({})), [source('interview-9.txt', 'transcript', { interview: true })], 5)).toBe('One student took part. They spoke in one interview.');
  });
});
