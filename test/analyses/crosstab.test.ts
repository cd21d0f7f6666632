// Tests for theme-by-group crosstabs on a small inline corpus, with exact expected counts and ratios.

import { describe, expect, it } from 'vitest';
import type { Coding, Participant, Response } from '../../src/model.js';
import { computeCrosstab, defaultBreakdownAttributes } from '../../src/analyses/crosstab.js';

function student(id: string, attributes: Record<string, string>): Participant {
  return { id, role: 'student', attributes, sources: ['sheets.csv'] };
}

function response(id: string, participantId: string): Response {
  return { id, sourceId: 'sheets.csv', locator: id, participantId, text: '…' };
}

function coding(responseId: string, themeId: string): Coding {
  return { responseId, themeId, evidence: [] };
}

// 6 Alternate-program students, 10 Regular, 1 without a program, 1 facilitator. Every student has one
// response `r-<id>`; alt1 has a second, `r-alt1-b`.
const alt = Array.from({ length: 6 }, (_, i) => student(`alt${i + 1}`, { program: 'Alternate', gender: i < 3 ? 'Female' : 'Male' }));
const reg = Array.from({ length: 10 }, (_, i) => student(`reg${i + 1}`, { program: 'Regular', gender: i < 5 ? 'Female' : 'Male' }));
const noProgram = student('ns1', { gender: 'Female' });
const facilitator: Participant = { id: 'fac', role: 'facilitator', attributes: { program: 'Alternate' }, sources: ['fg.txt'] };
const participants = [...alt, ...reg, noProgram, facilitator];
const responses = [...participants.map((p) => response(`r-${p.id}`, p.id)), response('r-alt1-b', 'alt1')];
const codings = [
  // "alt" is raised by alt1–alt5 (alt1 twice) and reg1; the facilitator's coding is never counted.
  ...['alt1', 'alt2', 'alt3', 'alt4', 'alt5', 'reg1', 'fac'].map((id) => coding(`r-${id}`, 'alt')),
  coding('r-alt1-b', 'alt'),
  // "funding" by reg1–reg4, alt1 and the student without a program.
  ...['reg1', 'reg2', 'reg3', 'reg4', 'alt1', 'ns1'].map((id) => coding(`r-${id}`, 'funding')),
];

type Row = [theme: string, value: string, group: number, responses: number, participants: number, percent: number, ratio: number | null, suppressed: boolean];
function rows(result: ReturnType<typeof computeCrosstab>): Row[] {
  return result.map((r) => [r.themeId, r.value, r.groupParticipants, r.responses, r.participants, r.percentOfGroup, r.ratio, r.suppressed]);
}

describe('computeCrosstab', () => {
  it('counts responses and participants per group, with percent of group and ratio', () => {
    const result = computeCrosstab(participants, responses, codings, ['funding', 'alt'], { minCell: 0, attributes: ['program'] });
    // 17 students; each theme has 6 participants. Ratio = p·17 / (6·group).
    expect(rows(result)).toEqual([
      ['funding', 'Regular', 10, 4, 4, 40, 1.13, false], // 68/60 = 1.133
      ['funding', 'Alternate', 6, 1, 1, 16.7, 0.47, false], // 17/36 = 0.472
      ['funding', 'Not stated', 1, 1, 1, 100, 2.83, false], // 17/6 = 2.833
      ['alt', 'Regular', 10, 1, 1, 10, 0.28, false], // 17/60 = 0.283
      ['alt', 'Alternate', 6, 6, 5, 83.3, 2.36, false], // 85/36 = 2.361; alt1's two responses both count
      ['alt', 'Not stated', 1, 0, 0, 0, 0, false],
    ]);
    expect(result.every((r) => r.attribute === 'program' && r.groupSuppressed === undefined)).toBe(true);
  });

  it('suppresses small participant counts and their complement within each theme × attribute', () => {
    const time = ['reg1', 'reg2', 'reg3', 'reg4', 'reg5', 'alt1', 'alt2', 'alt3', 'alt4', 'alt5'].map((id) => coding(`r-${id}`, 'time'));
    const pair = ['reg1', 'reg2', 'alt1', 'alt2', 'alt3', 'alt4', 'alt5'].map((id) => coding(`r-${id}`, 'pair'));
    const withoutNs = participants.filter((p) => p !== noProgram);
    const result = computeCrosstab(withoutNs, responses, [...codings, ...time, ...pair], ['alt', 'pair', 'time'], { minCell: 5, attributes: ['program'] });
    // 16 students now. Ratio = p·16 / (theme participants · group).
    expect(rows(result)).toEqual([
      // "alt": 1 of Regular is small and Alternate's 5 its complement, but with the theme's total of 6
      // "<5" and "hidden" (at most 6, Alternate's size) are 1 and 5: nothing can protect them, so the
      // breakdown is left out. "pair": 2 of Regular is small; Alternate's 5 is hidden with it, and with
      // the total of 7 the 2 may be 1 or 2.
      ['pair', 'Regular', 10, 2, 2, 20, 0.46, true], // 32/70 = 0.457
      ['pair', 'Alternate', 6, 5, 5, 83.3, 1.9, true], // 80/42 = 1.905
      ['time', 'Regular', 10, 5, 5, 50, 0.8, false], // 80/100
      ['time', 'Alternate', 6, 5, 5, 83.3, 1.33, false], // 80/60 = 1.333
    ]);
  });

  it('hides every cell of a group whose size the demographics hide, even a zero', () => {
    const some = ['reg1', 'reg2', 'reg3', 'alt1'].map((id) => coding(`r-${id}`, 'some'));
    const result = computeCrosstab(participants, responses, [...codings, ...some], ['alt', 'some'], { minCell: 5, attributes: ['program'] });
    // Group sizes 10, 6, 1: the 1 is small and the 6 its complement, so both groups are hidden, even the
    // Not stated group's 0 of "some"; that leaves Regular's 3 alone, which is small too. Of "alt" (1, 5
    // and 0 of 6 students), Alternate's "hidden" is at least 5, so Regular's "<5" is 1 and Not stated's
    // 0: nothing can protect them, and the breakdown is left out.
    expect(result.map((r) => [r.themeId, r.value, r.participants, r.suppressed, r.groupSuppressed ?? false])).toEqual([
      ['some', 'Regular', 3, true, false],
      ['some', 'Alternate', 1, true, true],
      ['some', 'Not stated', 0, true, true],
    ]);
  });

  it('leaves out a breakdown whose hidden counts the theme’s total gives back, and keeps one of a theme nobody raised', () => {
    // 20 students, 10 of each gender; 1 female and 5 male raised it: "<5" and "hidden" of a theme of 6
    // students are 1 and 5, whatever else is hidden.
    const people = Array.from({ length: 20 }, (_, i) => student(`s${i}`, { gender: i < 10 ? 'Female' : 'Male' }));
    const answers = people.map((p) => response(`r-${p.id}`, p.id));
    const raised = ['s0', 's10', 's11', 's12', 's13', 's14'].map((id) => coding(`r-${id}`, 'stress'));
    const result = computeCrosstab(people, answers, raised, ['stress', 'none'], { minCell: 5, attributes: ['gender'] });
    expect(result.map((r) => [r.themeId, r.value, r.participants])).toEqual([
      ['none', 'Female', 0],
      ['none', 'Male', 0],
    ]);
    // Without suppression there is nothing to give back.
    expect(computeCrosstab(people, answers, raised, ['stress'], { minCell: 0, attributes: ['gender'] }).map((r) => r.participants)).toEqual([1, 5]);
  });

  it('puts a multi-select student in each of their groups', () => {
    const people = [
      student('s1', { indigenous: 'Indigenous; Métis' }),
      student('s2', { indigenous: 'Métis' }),
      student('s3', { indigenous: 'No' }),
      student('s4', { indigenous: 'No' }),
    ];
    const result = computeCrosstab(people, people.map((p) => response(`r-${p.id}`, p.id)), [coding('r-s1', 'land')], ['land'], {
      minCell: 0,
      attributes: ['indigenous'],
    });
    expect(rows(result)).toEqual([
      ['land', 'Métis', 2, 1, 1, 50, 2, false],
      ['land', 'No', 2, 0, 0, 0, 0, false],
      ['land', 'Indigenous', 1, 1, 1, 100, 4, false],
    ]);
  });

  it('orders rows by theme as given, then attribute, then value', () => {
    const result = computeCrosstab(participants, responses, codings, ['alt', 'funding'], { minCell: 0, attributes: ['program', 'gender'] });
    expect(result.map((r) => `${r.themeId}/${r.attribute}/${r.value}`)).toEqual([
      'alt/gender/Female', 'alt/gender/Male', 'alt/program/Regular', 'alt/program/Alternate', 'alt/program/Not stated',
      'funding/gender/Female', 'funding/gender/Male', 'funding/program/Regular', 'funding/program/Alternate', 'funding/program/Not stated',
    ]);
  });

  it('gives zero rows for a theme nobody raised, with no ratio (0 of 0 is no share, not a share of 0)', () => {
    const result = computeCrosstab(participants, responses, codings, ['unused'], { minCell: 0, attributes: ['gender'] });
    expect(rows(result)).toEqual([
      ['unused', 'Female', 9, 0, 0, 0, null, false],
      ['unused', 'Male', 8, 0, 0, 0, null, false],
    ]);
  });
});

describe('defaultBreakdownAttributes', () => {
  it('takes attributes with 2 to 20 stated values, but never names, ids or dates', () => {
    const people = Array.from({ length: 22 }, (_, i) =>
      student(`s${i}`, {
        gender: i % 2 ? 'Female' : 'Male',
        school: 'Only One',
        'source.school-level': i < 11 ? 'Secondary' : 'Middle',
        'source.facilitator': i < 11 ? 'Ms A' : 'Mr B',
        'source.date': i < 11 ? '2017-01-12' : '2017-02-02',
        'student-id': i < 11 ? 'x' : 'y',
        age: String(i),
        grade: i === 0 ? 'Not stated' : '10',
        district: i < 3 ? 'Langley' : 'Not stated',
      }),
    );
    // school and district have one stated value, age 22, grade one; the rest name people or dates.
    expect(defaultBreakdownAttributes(people)).toEqual(['gender', 'source.school-level']);
  });

  it('breaks down by a transcript’s school once where it groups the students as their school does', () => {
    // Three focus groups alone: front matter gave each speaker both `school` and `source.school`.
    // (Five at Pathfinder: a school of fewer would be no default breakdown, having one group of 5 or more.)
    const speakers = Array.from({ length: 14 }, (_, i) => {
      const school = i < 5 ? 'Pathfinder Learning Centre' : 'Riverside Secondary';
      return student(`t${i}`, { school, 'source.school': school, gender: i % 2 ? 'Female' : 'Male' });
    });
    expect(defaultBreakdownAttributes(speakers)).toEqual(['gender', 'school']);
    // Beside a survey, the focus groups' school is a grouping of its own (who spoke where), and stays.
    const withSheets = [...speakers, ...Array.from({ length: 20 }, (_, i) => student(`s${i}`, { school: i < 10 ? 'Riverside Secondary' : 'Lakeview Secondary' }))];
    expect(defaultBreakdownAttributes(withSheets)).toEqual(['gender', 'school', 'source.school']);
  });
});

describe('defaultBreakdownAttributes: an attribute nearly unique to each student', () => {
  // 15 students in 14 homerooms (two share HR114), of two genders, 8 and 7.
  const fifteen = Array.from({ length: 15 }, (_, i) => student(`s${i}`, { gender: i % 2 ? 'Female' : 'Male', homeroom: `HR${101 + Math.min(i, 13)}` }));

  it('is no default breakdown, under any --min-cell: fewer than two of its groups have 5 students', () => {
    expect(defaultBreakdownAttributes(fifteen, 5)).toEqual(['gender']);
    expect(defaultBreakdownAttributes(fifteen, 0)).toEqual(['gender']);
    expect(defaultBreakdownAttributes(fifteen, 1)).toEqual(['gender']);
    // With --min-cell 8, the 7 of one gender are no group to compare either.
    expect(defaultBreakdownAttributes(fifteen, 8)).toEqual([]);
  });

  it('is broken down where two of its groups have 5 students, the Not stated among them', () => {
    const two = fifteen.map((p, i) => student(p.id, { ...p.attributes, homeroom: i < 5 ? 'HR101' : i < 10 ? 'HR102' : `HR${103 + i}` }));
    expect(defaultBreakdownAttributes(two, 5)).toEqual(['gender', 'homeroom']);
    const unstated = fifteen.map((p, i) => student(p.id, { ...p.attributes, homeroom: i < 9 ? 'HR101' : i < 10 ? 'HR102' : 'Not stated' }));
    expect(defaultBreakdownAttributes(unstated, 5)).toEqual(['gender', 'homeroom']);
  });

  it('is crosstabbed by default no more, even with --min-cell 0, but still when asked for', () => {
    const responses = fifteen.map((p) => response(`r-${p.id}`, p.id));
    const codings = [coding('r-s0', 'funding'), coding('r-s3', 'funding')];
    const byDefault = computeCrosstab(fifteen, responses, codings, ['funding'], { minCell: 0 });
    expect([...new Set(byDefault.map((r) => r.attribute))]).toEqual(['gender']);
    const asked = computeCrosstab(fifteen, responses, codings, ['funding'], { minCell: 0, attributes: ['gender', 'homeroom'] });
    expect(asked.filter((r) => r.attribute === 'homeroom')).toHaveLength(14);
  });
});

describe('computeCrosstab: an attribute suppression cannot protect', () => {
  it('is not broken down at all', () => {
    const six = [
      ...Array.from({ length: 5 }, (_, i) => student(`g${i}`, { grade: '11', gender: i < 3 ? 'Female' : 'Male' })),
      student('h1', { grade: '12', gender: 'Male' }),
    ];
    // 5 in grade 11 and 1 in grade 12 of 6: "hidden" and "<5" give the 1 back; gender (3 and 3, each "<5") is safe.
    const rows = computeCrosstab(six, [], [], ['stress'], { minCell: 5, attributes: ['grade', 'gender'] });
    expect([...new Set(rows.map((r) => r.attribute))]).toEqual(['gender']);
  });
});
