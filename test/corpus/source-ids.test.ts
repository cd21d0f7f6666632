// Tests for publishing file names without the participants' names they hold.
import { describe, expect, it } from 'vitest';
import { publishedSourceIds } from '../../src/corpus/source-ids.js';

describe('publishedSourceIds', () => {
  it('replaces a name in full, or any word of it, with one [name], in any case', () => {
    const ids = ['Interview - Maria Lopez.docx', 'notes/maria_lopez/session-2.txt', 'LOPEZ.vtt', 'focus-group.txt'];
    expect(publishedSourceIds(ids, ['Maria Lopez'])).toEqual(
      new Map([
        ['Interview - Maria Lopez.docx', 'Interview - [name].docx'],
        ['LOPEZ.vtt', '[name].vtt'],
        ['notes/maria_lopez/session-2.txt', 'notes/[name]/session-2.txt'],
      ]),
    );
  });

  it('replaces a full name on no roster, as a transcript whose speakers are "Speaker 1" is named after whom it records', () => {
    const ids = ['Check-in with Maya Lopez and Jamal Wright.vtt', 'check-in_Kwame_Asante.docx', 'Interview - Harriet Okafor.docx', 'Priya Sandhu interview/notes.txt'];
    expect(publishedSourceIds(ids, [])).toEqual(
      new Map([
        ['Check-in with Maya Lopez and Jamal Wright.vtt', 'Check-in with [name] and [name].vtt'],
        ['Interview - Harriet Okafor.docx', 'Interview - [name].docx'],
        ['Priya Sandhu interview/notes.txt', '[name] interview/notes.txt'],
        ['check-in_Kwame_Asante.docx', 'check-in_[name].docx'],
      ]),
    );
    // Words of school, of a date, places and things named in two words, and names that are words too, stay.
    const kept = ['Grace Hall focus group.vtt', 'Mark Scheme.docx', 'Summer School notes.txt', 'April Report.docx', 'Student council - Transcript.txt', 'Riverside Secondary/fg.vtt', 'Focus Group 2.vtt', 'Google Docs export.txt', 'Minecraft Dungeons.txt', 'Los Angeles trip.docx', 'Career Prep notes.txt'];
    expect(publishedSourceIds(kept, [])).toEqual(new Map());
  });

  it("replaces a title and the name after it, a teacher's on no roster, however the words are parted", () => {
    const ids = ["Ms Patel's class/survey.csv", 'interview-Mr-Osei.docx', 'MrsOkafor-notes.txt', 'Mrs. Jane Porter Notes.txt', 'Coach Bus trip/notes.txt', 'ms-word-export.docx', 'Room 12/survey.csv'];
    expect(publishedSourceIds(ids, [])).toEqual(
      new Map([
        ['Mrs. Jane Porter Notes.txt', '[name] Notes.txt'],
        ['MrsOkafor-notes.txt', '[name]-notes.txt'],
        ["Ms Patel's class/survey.csv", "[name]'s class/survey.csv"],
        ['interview-Mr-Osei.docx', 'interview-[name].docx'],
      ]),
    );
  });

  it('keeps a school named for a person as the school it names; a roster\'s name in it is still the name', () => {
    const ids = ['Sir John A. Macdonald Secondary/reflections.txt', 'Dr Charles Best Secondary School/fg-1.docx', 'Father-Michael-McGivney-Catholic-Academy/survey.csv', 'Coach Kim notes.txt'];
    expect(publishedSourceIds(ids, [])).toEqual(new Map([['Coach Kim notes.txt', 'Coach [name] notes.txt']]));
    expect(publishedSourceIds(ids.slice(0, 1), ['Charles Wu', 'John Reyes'])).toEqual(
      new Map([['Sir John A. Macdonald Secondary/reflections.txt', 'Sir [name] A. Macdonald Secondary/reflections.txt']]),
    );
  });

  it('reads a title run together with a name and digits as a title and a name: a teacher\'s file keeps no name', () => {
    const ids = ['MsLee2/notes.txt', 'MrOsei-notes.txt', 'Mr-Osei2.txt', 'reflect-test-DrAbq1/notes.txt'];
    expect(publishedSourceIds(ids, [])).toEqual(
      new Map([
        ['MsLee2/notes.txt', '[name]2/notes.txt'],
        ['MrOsei-notes.txt', '[name]-notes.txt'],
        ['Mr-Osei2.txt', '[name]2.txt'],
        ['reflect-test-DrAbq1/notes.txt', 'reflect-test-[name]1/notes.txt'],
      ]),
    );
  });

  it('keeps "MS" before a word as a middle school\'s or Microsoft\'s, where "MR" and "MRS" are titles', () => {
    const ids = ['MS Survey.xlsx', 'HS Survey.xlsx', 'MS-Reflections/fall.csv', 'MSWord-export.docx', 'MR-Osei-notes.txt'];
    expect(publishedSourceIds(ids, [])).toEqual(new Map([['MR-Osei-notes.txt', '[name]-notes.txt']]));
  });

  it('matches whole words only, and forgives accents', () => {
    expect(publishedSourceIds(['mariana.txt', 'zoe-interview.txt'], ['Maria', 'Zoë'])).toEqual(new Map([['zoe-interview.txt', '[name]-interview.txt']]));
  });

  it('replaces each part of a double-barrelled name, and the name in full as one [name]', () => {
    expect(publishedSourceIds(['Hope Nguyen-Tran/reflection-Nguyen-Tran.txt', 'smith-notes.txt'], ['Hope Nguyen-Tran', 'Zoë Smith-Jones'])).toEqual(
      new Map([
        ['Hope Nguyen-Tran/reflection-Nguyen-Tran.txt', '[name]/reflection-[name].txt'],
        ['smith-notes.txt', '[name]-notes.txt'],
      ]),
    );
  });

  it('replaces names run together at their capitals, never names found inside an ordinary word', () => {
    const ids = ['fg-KateOBrien-ZoeSmithJones.txt', 'JordanMcKay_reflection.docx', 'Annex.txt', 'WillPower.txt', 'AnnaMaria.txt'];
    expect(publishedSourceIds(ids, ["Kate O'Brien", 'Zoë Smith-Jones', 'Jordan McKay', 'Ann Ex', 'Will', 'Maria'])).toEqual(
      new Map([
        ['JordanMcKay_reflection.docx', '[name]_reflection.docx'],
        ['fg-KateOBrien-ZoeSmithJones.txt', 'fg-[name].txt'],
      ]),
    );
  });

  it('finds a name with an apostrophe written without it', () => {
    expect(publishedSourceIds(['OBrien-notes.txt', 'oneil.txt'], ["Kate O'Brien", 'Sean O’Neil'])).toEqual(
      new Map([
        ['OBrien-notes.txt', '[name]-notes.txt'],
        ['oneil.txt', '[name].txt'],
      ]),
    );
  });

  it('takes a name that is also a word only when capitalised, and never a title, particle or initial', () => {
    const ids = ['grace-period-survey.csv', 'Grace.txt', 'mr-de-k-notes.txt'];
    expect(publishedSourceIds(ids, ['Grace', 'Mr. De K'])).toEqual(new Map([['Grace.txt', '[name].txt']]));
  });

  it('tells apart a workbook\'s sheets named after students by the sheet, never inventing a workbook', () => {
    const ids = ['reflections.xlsx#Ana Perez', 'reflections.xlsx#Class list', 'reflections.xlsx#Tomas Garcia'];
    expect(publishedSourceIds(ids, ['Ana Perez', 'Tomas Garcia'])).toEqual(
      new Map([
        ['reflections.xlsx#Ana Perez', 'reflections.xlsx#[name]'],
        ['reflections.xlsx#Tomas Garcia', 'reflections.xlsx#[name] (2)'],
      ]),
    );
  });

  it('tells apart ids that would be published alike, in id order, without taking an existing id', () => {
    const ids = ['Ava.txt', 'Ben.txt', '[name] (2).txt'];
    expect(publishedSourceIds(ids, ['Ava', 'Ben'])).toEqual(
      new Map([
        ['Ava.txt', '[name].txt'],
        ['Ben.txt', '[name] (3).txt'],
      ]),
    );
  });

  it('changes nothing without names', () => {
    expect(publishedSourceIds(['Maria.txt'], [])).toEqual(new Map());
  });
});

describe('publishedSourceIds: a surname partly or wholly in capitals', () => {
  it('replaces the whole of a title\'s surname, however its letters are cased', () => {
    const ids = ['interview-Mr-McDONALD.docx', 'MrMcDONALD-notes.txt', 'Ms-PATEL-class/survey.csv', "Mrs O'NEIL/notes.txt", 'Coach-BUS-trip/notes.txt', 'Mr-NOTES.txt'];
    expect(publishedSourceIds(ids, [])).toEqual(
      new Map([
        ["Mrs O'NEIL/notes.txt", '[name]/notes.txt'],
        ['Ms-PATEL-class/survey.csv', '[name]-class/survey.csv'],
        ['MrMcDONALD-notes.txt', '[name]-notes.txt'],
        ['interview-Mr-McDONALD.docx', 'interview-[name].docx'],
      ]),
    );
  });
});
