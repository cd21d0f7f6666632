// Tests for small-cell suppression: primary, complementary, zeros, forced cells, and suppression turned off.

import { describe, expect, it } from 'vitest';
import type { Corpus, Participant, Source } from '../../src/model.js';
import { interviewees, isSmallTotal, ofOneSmallGroupBesideInterviews, ofOneSmallGroupedAttribute, sheetsBesideSmallTalk, sheetsCountable, smallGroups, suppressCells, withheldSources } from '../../src/analyses/suppression.js';

describe('suppressCells', () => {
  it('suppresses nothing when every cell is large enough', () => {
    expect(suppressCells([36, 23, 5], 5)).toEqual([false, false, false]);
  });

  it('adds the next-smallest cell when exactly one is small (complementary)', () => {
    // 3 alone could be worked out from the total 62 − 36 − 23; hiding 23 too leaves 26 between two cells.
    expect(suppressCells([36, 23, 3], 5)).toEqual([false, true, true]);
  });

  it('needs no complement when two small cells already hide a total of at least minCell', () => {
    expect(suppressCells([40, 3, 2, 20], 5)).toEqual([false, true, true, false]);
  });

  it('needs no complement for two hidden cells whose split cannot be told (1 + 2)', () => {
    // The hidden pair adds up to 3, but 1 + 2 or 2 + 1 cannot be told apart: nothing more to hide.
    expect(suppressCells([40, 1, 2, 20], 5)).toEqual([false, true, true, false]);
  });

  it('adds a cell when the hidden cells are all 1s (k hidden non-zero cells summing to k)', () => {
    expect(suppressCells([1, 1, 60], 2)).toEqual([true, true, true]);
    expect(suppressCells([1, 1, 1, 1, 1, 100], 5)).toEqual([true, true, true, true, true, true]);
  });

  it('adds a cell when two small cells add up to what only one split allows (4 + 4 = 8, each "<5")', () => {
    // Total 38, 30 shown: the two "<5" cells add to 8, so each is 4. Hiding 30 as well leaves 38 between
    // a "hidden" cell of 5 or more and two of 1 to 4.
    expect(suppressCells([30, 4, 4], 5)).toEqual([true, true, true]);
    // 3 + 4 = 7 splits two ways: nothing more to hide.
    expect(suppressCells([30, 3, 4], 5)).toEqual([false, true, true]);
  });

  it('does not let a "hidden" complement of exactly minCell give a 1 back, and prefers a complement that is enough', () => {
    // Female 20, Male 5, Non-binary 1: hiding Male as well would print "hidden" (5 or more) and "<5"
    // (1 to 4) adding to 6, which is 5 and 1. Hiding 20 instead leaves 21 between them: enough.
    expect(suppressCells([20, 5, 1], 5)).toEqual([true, false, true]);
    // With a 6 the smallest complement is enough: 7 is 6 + 1, 5 + 2.
    expect(suppressCells([20, 6, 1], 5)).toEqual([false, true, true]);
  });

  it('takes a group size shown beside a cell as its cap', () => {
    // Two "<5" cells of 4 and 4 add to 8: each is 4, so a complement is needed. Hiding the 6 is enough
    // when it could be anything from 5 up; but when its group is shown to have 6 students, the hidden 14
    // is a 5 or 6 and two cells of 1 to 4 adding to 8 or 9, so each of them is 4 again. Hiding 30
    // instead is enough.
    expect(suppressCells([6, 4, 4, 30], 5)).toEqual([true, true, true, false]);
    expect(suppressCells([6, 4, 4, 30], 5, undefined, [6, 9, 9, 40])).toEqual([false, true, true, true]);
  });

  it('hides the zeros too when the hidden cells are as many as the total (each would be 1)', () => {
    // Three students raised a theme, one in each of three groups; two small groups are forced hidden.
    // "<5" three times beside a total of 3 would give each back as 1, so the zeros go as well.
    expect(suppressCells([1, 1, 1, 0, 0, 0], 5, [false, false, false, true, true, false])).toEqual([true, true, true, true, true, true]);
    // Nobody raised it: the total says every group has 0, so nothing more is hidden.
    expect(suppressCells([0, 0, 0], 5, [false, true, true])).toEqual([false, true, true]);
  });

  it('never suppresses or chooses a zero', () => {
    expect(suppressCells([0, 30, 4, 0, 12], 5)).toEqual([false, false, true, false, true]);
    expect(suppressCells([0, 0, 0], 5)).toEqual([false, false, false]);
  });

  it('breaks ties for the complement by position', () => {
    expect(suppressCells([8, 8, 2], 5)).toEqual([true, false, true]);
  });

  it('hides every non-zero cell when the total itself is small', () => {
    expect(suppressCells([2, 1, 0], 5)).toEqual([true, true, false]);
    expect(suppressCells([4], 5)).toEqual([true]);
    expect(isSmallTotal(4, 5)).toBe(true);
    expect(isSmallTotal(5, 5)).toBe(false);
    expect(isSmallTotal(0, 5)).toBe(false);
  });

  it('suppresses forced cells whatever their count, zero included, with complements', () => {
    // The group of the first cell is itself small: its 0 is hidden, and 7 with it, since the theme's
    // total minus 12 would give the 0 back.
    expect(suppressCells([0, 12, 7], 5, [true, false, false])).toEqual([true, false, true]);
  });

  it('is off with minCell 0 or 1', () => {
    expect(suppressCells([1, 2, 60], 0)).toEqual([false, false, false]);
    expect(suppressCells([1, 2, 60], 1)).toEqual([false, false, false]);
  });

  it('uses the threshold given', () => {
    expect(suppressCells([9, 10, 30], 10)).toEqual([true, true, false]);
    expect(suppressCells([9, 10, 30], 3)).toEqual([false, false, false]);
  });

  it('does not change its input', () => {
    const counts = [3, 20, 30];
    suppressCells(counts, 5);
    expect(counts).toEqual([3, 20, 30]);
  });
});

describe('withheldSources beside a lone focus group', () => {
  const file = (id: string, kind: Source['kind'], sheets = 0): Source => ({ id, kind, format: 'csv', status: 'read', attributes: {}, sheets, emptySheets: 0, rowsSkipped: 0, turns: 0, responses: sheets });
  const student = (id: string, school: string, sources: string[]): Participant => ({ id, role: 'student', attributes: { school }, sources });
  /** 15 students of Cedar and Birch on survey.csv; `talk` more, of `school`, only in fg.txt. */
  const corpus = (talk: number, school: string): Corpus => ({
    folder: 'f',
    sources: [file('fg.txt', 'transcript'), file('survey.csv', 'sheet', 15)],
    participants: [
      ...Array.from({ length: 15 }, (_, i) => student(`S${i}`, i < 8 ? 'Cedar' : 'Birch', ['survey.csv'])),
      ...Array.from({ length: talk }, (_, i) => student(`T${i}`, school, ['fg.txt'])),
    ],
    questions: [],
    responses: [],
    context: [],
    warnings: [],
  });
  const school = new Set(['school']);

  it('withholds the sheets where the students on none are all of one school too small to show', () => {
    const c = corpus(3, 'Dogwood');
    const withheld = withheldSources(c, 5, school);
    expect([...withheld]).toEqual(['survey.csv']);
    expect(sheetsCountable(c, withheld)).toBe(false);
    expect(sheetsBesideSmallTalk(c, 5, school)).toBe(true);
  });

  it('counts them where that school is large enough, where no table hides it, or with suppression off', () => {
    expect([...withheldSources(corpus(6, 'Dogwood'), 5, school)]).toEqual([]);
    expect([...withheldSources(corpus(3, 'Dogwood'), 5, new Set())]).toEqual([]);
    expect([...withheldSources(corpus(3, 'Dogwood'), 0, school)]).toEqual([]);
    expect(sheetsBesideSmallTalk(corpus(6, 'Dogwood'), 5, school)).toBe(false);
    expect(sheetsCountable(corpus(3, 'Dogwood'), new Set())).toBe(true);
  });

  it('counts them where the students on none are a part of a school large enough to show, though another school is small', () => {
    const c = corpus(2, 'Cedar');
    const dogwood = Array.from({ length: 3 }, (_, i) => student(`D${i}`, 'Dogwood', ['survey.csv']));
    const mixed = { ...c, participants: [...c.participants, ...dogwood] };
    expect([...withheldSources(mixed, 5, school)]).toEqual([]);
    expect(sheetsBesideSmallTalk(mixed, 5, school)).toBe(false);
  });
});

describe('ofOneSmallGroupedAttribute', () => {
  const student = (id: string, school: string): Participant => ({ id, role: 'student', attributes: { school }, sources: [] });
  const cedar = Array.from({ length: 8 }, (_, i) => student(`C${i}`, 'Cedar'));
  const birch = Array.from({ length: 5 }, (_, i) => student(`B${i}`, 'Birch'));
  const dogwood = Array.from({ length: 3 }, (_, i) => student(`D${i}`, 'dogwood'));
  const groups = smallGroups([...cedar, ...birch, ...dogwood], 5, new Set(['school']));

  it('is true of members all of a group too small to show, or the whole of one, in any case of its value', () => {
    expect(ofOneSmallGroupedAttribute(dogwood.slice(0, 2), groups)).toBe(true);
    expect(ofOneSmallGroupedAttribute([{ ...dogwood[0]!, attributes: { school: 'Dogwood' } }, dogwood[1]!], groups)).toBe(true);
    expect(ofOneSmallGroupedAttribute(birch, groups)).toBe(true);
  });

  it('is false of a part of a group large enough to show (one student of 8 who left a question blank), of mixed groups and of no one', () => {
    expect(ofOneSmallGroupedAttribute(cedar.slice(0, 1), groups)).toBe(false);
    expect(ofOneSmallGroupedAttribute(birch.slice(0, 4), groups)).toBe(false);
    expect(ofOneSmallGroupedAttribute([dogwood[0]!, cedar[0]!], groups)).toBe(false);
    expect(ofOneSmallGroupedAttribute([], groups)).toBe(false);
  });
});

describe('ofOneSmallGroupedAttribute, of those who gave no value', () => {
  // 12 gave a gender; 3 focus-group speakers gave none: the table's "Not stated", fewer than five.
  const student = (id: string, attributes: Record<string, string>): Participant => ({ id, role: 'student', attributes, sources: [] });
  const surveyed = Array.from({ length: 12 }, (_, i) => student(`S${i}`, { gender: i % 2 === 0 ? 'Female' : 'Male' }));
  const speakers = Array.from({ length: 3 }, (_, i) => student(`T1-S${i}`, {}));
  const groups = smallGroups([...surveyed, ...speakers], 5, new Set(['gender']));

  it('is true of members who all gave none, where those who gave none are too few to show', () => {
    expect(ofOneSmallGroupedAttribute(speakers, groups)).toBe(true);
    expect(ofOneSmallGroupedAttribute(speakers.slice(0, 2), groups)).toBe(true);
  });

  it('is false where some gave a value', () => {
    expect(ofOneSmallGroupedAttribute([...speakers, surveyed[0]!], groups)).toBe(false);
  });
});

describe('ofOneSmallGroupBesideInterviews', () => {
  const student = (id: string, school: string, sources: string[]): Participant => ({ id, role: 'student', attributes: { school }, sources });
  const cedar = Array.from({ length: 8 }, (_, i) => student(`C${i}`, 'Cedar', ['survey.csv']));
  const dogwood = Array.from({ length: 3 }, (_, i) => student(`T1-S${i}`, 'Dogwood', ['fg.txt']));
  const interviewed = student('T2-S1', 'Cedar', ['interview.txt']);
  const source = (id: string, interview?: true): Source => ({
    id, kind: id.endsWith('.csv') ? 'sheet' : 'transcript', format: 'txt', status: 'read', attributes: {}, sheets: 0, emptySheets: 0, rowsSkipped: 0, turns: 0, responses: 0, ...(interview ? { interview } : {}),
  });
  const corpus = { sources: [source('survey.csv'), source('fg.txt'), source('interview.txt', true)], participants: [...cedar, ...dogwood, interviewed] };
  const groups = smallGroups(corpus.participants, 5, new Set(['school']));

  it('finds the interviews’ students', () => {
    expect([...interviewees(corpus)]).toEqual(['T2-S1']);
  });

  it('is true where the members less the interviews’ students are of one small group: 4 speakers less one interview gave Dogwood’s 3', () => {
    expect(ofOneSmallGroupedAttribute([...dogwood, interviewed], groups)).toBe(false);
    expect(ofOneSmallGroupBesideInterviews([...dogwood, interviewed], groups, interviewees(corpus))).toBe(true);
  });

  it('is false where neither they nor they less the interviews’ students are', () => {
    expect(ofOneSmallGroupBesideInterviews([cedar[0]!, interviewed], groups, interviewees(corpus))).toBe(false);
    expect(ofOneSmallGroupBesideInterviews([interviewed], groups, interviewees(corpus))).toBe(false);
  });
});
