// Tests for participant demographics: counts, largest-remainder percents, ordering, multi-select and suppression.

import { describe, expect, it } from 'vitest';
import type { Participant } from '../../src/model.js';
import { computeDemographics, groupStudents, orderValues } from '../../src/analyses/demographics.js';
import { breakdownsFor, defaultBreakdownAttributes } from '../../src/analyses/crosstab.js';

function student(id: string, attributes: Record<string, string>): Participant {
  return { id, role: 'student', attributes, sources: ['sheets.csv'] };
}

/** n students with the same attributes, ids prefixed. */
function many(prefix: string, n: number, attributes: Record<string, string>): Participant[] {
  return Array.from({ length: n }, (_, i) => student(`${prefix}${i + 1}`, attributes));
}

type Row = [attribute: string, value: string, count: number, percent: number, suppressed: boolean];
function rows(result: ReturnType<typeof computeDemographics>): Row[] {
  return result.map((r) => [r.attribute, r.value, r.count, r.percent, r.suppressed]);
}

describe('computeDemographics', () => {
  // 20 students: gender 11 F / 6 M / 3 not stated (2 said so, 1 has no gender at all);
  // grade 5 × 9, 7 × 10, 5 × 11, 3 × 12. One facilitator, who is never counted.
  const corpus: Participant[] = [
    ...many('a', 5, { gender: 'Female', grade: '9' }),
    ...many('b', 6, { gender: 'Female', grade: '10' }),
    ...many('c', 1, { gender: 'Male', grade: '10' }),
    ...many('d', 5, { gender: 'Male', grade: '11' }),
    ...many('e', 2, { gender: 'Not stated', grade: '12' }),
    student('f1', { grade: '12' }),
    { id: 'fac', role: 'facilitator', attributes: { gender: 'Female', grade: '12' }, sources: ['fg.txt'] },
  ];

  it('counts students per value, percent of all students, adding to 100', () => {
    expect(rows(computeDemographics(corpus, { minCell: 0 }))).toEqual([
      ['gender', 'Female', 11, 55, false],
      ['gender', 'Male', 6, 30, false],
      ['gender', 'Not stated', 3, 15, false],
      ['grade', '9', 5, 25, false],
      ['grade', '10', 7, 35, false],
      ['grade', '11', 5, 25, false],
      ['grade', '12', 3, 15, false],
    ]);
    expect(computeDemographics(corpus, { minCell: 0 }).every((r) => r.denominator === 20)).toBe(true);
  });

  it('suppresses small cells and their complement, keeping the true counts', () => {
    const result = computeDemographics(corpus, { minCell: 5 });
    expect(rows(result)).toEqual([
      // Not stated (3) is small; Male (6), the next smallest, is hidden with it.
      ['gender', 'Female', 11, 55, false],
      ['gender', 'Male', 6, 30, true],
      ['gender', 'Not stated', 3, 15, true],
      // Grade 12 (3) is small; of the two 5s, grade 9 comes first.
      ['grade', '9', 5, 25, true],
      ['grade', '10', 7, 35, false],
      ['grade', '11', 5, 25, false],
      ['grade', '12', 3, 15, true],
    ]);
  });

  it('rounds each percent to one decimal on its own, so equal counts show equal percents (thirds add to 99.9)', () => {
    const result = computeDemographics(
      [...many('a', 1, { school: 'Cedar' }), ...many('b', 1, { school: 'Alder' }), ...many('c', 1, { school: 'Birch' })],
      { minCell: 0 },
    );
    expect(rows(result)).toEqual([
      ['school', 'Alder', 1, 33.3, false],
      ['school', 'Birch', 1, 33.3, false],
      ['school', 'Cedar', 1, 33.3, false],
    ]);
    // Seven schools of one: 14.29 each, all 14.3 (apportioning what is left over gave some 14.2).
    const seven = computeDemographics(
      ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((s, i) => student(`s${i}`, { school: s })),
      { minCell: 0 },
    );
    expect(seven.map((r) => r.percent)).toEqual([14.3, 14.3, 14.3, 14.3, 14.3, 14.3, 14.3]);
    // Halves round up: 1 of 16 is 6.25 → 6.3, and 15 of 16 is 93.75 → 93.8 (100.1 in all).
    const sixteen = computeDemographics(['A', ...Array<string>(15).fill('B')].map((s, i) => student(`s${i}`, { school: s })), { minCell: 0 });
    expect(sixteen.map((r) => [r.value, r.percent])).toEqual([['B', 93.8], ['A', 6.3]]);
  });

  it('orders attributes by the preferred list, then alphabetically; leaves out source attributes', () => {
    const result = computeDemographics(
      [student('s1', { zeta: 'Z', program: 'AVID', alpha: 'A', indigenous: 'No', age: '15', gender: 'Male', 'source.school': 'X' })],
      { minCell: 0 },
    );
    expect(result.map((r) => r.attribute)).toEqual(['gender', 'age', 'indigenous', 'program', 'alpha', 'zeta']);
    expect(computeDemographics([student('s1', { 'source.school': 'X' })], { minCell: 0, attributes: ['source.school'] })
      .map((r) => r.value)).toEqual(['X']);
  });

  it('lists values whose count is hidden after the shown ones, by name, so their place does not give them away', () => {
    // By count, Birch (6, hidden to protect Elm's 3) would sit between Cedar (7) and Dogwood (6), and its
    // name would pin it to 6; then 31 − 9 − 7 − 6 − 6 gives Elm's 3 back.
    const result = computeDemographics(
      [...many('a', 9, { school: 'Aspen' }), ...many('c', 7, { school: 'Cedar' }), ...many('b', 6, { school: 'Birch' }),
        ...many('d', 6, { school: 'Dogwood' }), ...many('e', 3, { school: 'Elm' })],
      { minCell: 5 },
    );
    expect(result.map((r) => [r.value, r.count, r.suppressed])).toEqual([
      ['Aspen', 9, false],
      ['Cedar', 7, false],
      ['Dogwood', 6, false],
      ['Birch', 6, true],
      ['Elm', 3, true],
    ]);
    // Grades keep their numeric order, which says nothing of their counts.
    const grades = computeDemographics([...many('g', 6, { grade: '9' }), ...many('h', 2, { grade: '10' }), ...many('i', 7, { grade: '11' })], { minCell: 5 });
    expect(grades.map((r) => r.value)).toEqual(['9', '10', '11']);
  });

  it('orders numeric values numerically with K first, others by count then name, Not stated last', () => {
    expect(orderValues('grade', new Map([['10', 1], ['K', 1], ['9', 5], ['Not stated', 9], ['12', 2]]))).toEqual(
      ['K', '9', '10', '12', 'Not stated'],
    );
    expect(orderValues('cohort', new Map([['2016', 9], ['2015', 1]]))).toEqual(['2015', '2016']);
    expect(orderValues('school', new Map([['Not stated', 20], ['Birch', 3], ['Alder', 3], ['Cedar', 7]]))).toEqual(
      ['Cedar', 'Alder', 'Birch', 'Not stated'],
    );
  });

  it('counts each value of a multi-select attribute, so shares can add to more than 100', () => {
    const result = computeDemographics(
      [
        ...many('a', 2, { indigenous: 'Indigenous; Métis' }),
        ...many('b', 1, { indigenous: 'First Nations' }),
        ...many('c', 5, { indigenous: 'No' }),
        ...many('d', 2, {}),
        ...many('e', 2, { gender: 'Female' }),
      ],
      { minCell: 0 },
    ).filter((r) => r.attribute === 'indigenous');
    expect(rows(result)).toEqual([
      ['indigenous', 'No', 5, 41.7, false],
      ['indigenous', 'Indigenous', 2, 16.7, false],
      ['indigenous', 'Métis', 2, 16.7, false],
      ['indigenous', 'First Nations', 1, 8.3, false],
      ['indigenous', 'Not stated', 4, 33.3, false],
    ]);
    expect(result.every((r) => r.multiSelect === true && r.denominator === 12)).toBe(true);
  });

  it('does not mark single-valued attributes as multi-select', () => {
    expect(computeDemographics(corpus, { minCell: 0 }).some((r) => 'multiSelect' in r)).toBe(false);
  });

  it('returns nothing when fewer students than minCell took part, since every value would describe them', () => {
    const pilot = many('p', 3, { gender: 'Female', school: 'Alder' });
    expect(computeDemographics(pilot, { minCell: 5 })).toEqual([]);
    expect(computeDemographics(pilot, { minCell: 0 }).map((r) => r.value)).toEqual(['Female', 'Alder']);
  });

  it('returns nothing without students', () => {
    expect(computeDemographics([], { minCell: 5 })).toEqual([]);
  });
});

describe('computeDemographics: an attribute suppression cannot protect', () => {
  it('is left out: 5 and 1 of 6 students would read "hidden" (5 or more) and "<5", which gives the 1 back', () => {
    const six = [...many('g', 5, { grade: '11', gender: 'Female', school: 'Hilltop' }), student('h1', { grade: '12', gender: 'Female', school: 'Valley' })];
    const result = computeDemographics(six, { minCell: 5 });
    expect([...new Set(result.map((r) => r.attribute))]).toEqual(['gender']);
    // Off (min-cell 0) everything is shown.
    expect([...new Set(computeDemographics(six, { minCell: 0 }).map((r) => r.attribute))]).toEqual(['gender', 'grade', 'school']);
  });
});

describe('computeDemographics: an attribute nearly unique to each student', () => {
  // 15 students in 14 homerooms (two share HR114); a program of 12 and three others of 1 each.
  const fifteen = Array.from({ length: 15 }, (_, i) =>
    student(`s${i}`, { homeroom: `HR${101 + Math.min(i, 13)}`, program: i < 12 ? 'Regular' : `Other ${i}` }),
  );

  it('is left out, as every one of its values would read "<5"; one with a value shown stays', () => {
    const result = computeDemographics(fifteen, { minCell: 5 });
    expect([...new Set(result.map((r) => r.attribute))]).toEqual(['program']);
  });

  it('is listed where the threshold is off (every count shown) or where it is asked for', () => {
    expect(computeDemographics(fifteen, { minCell: 0 }).filter((r) => r.attribute === 'homeroom')).toHaveLength(14);
    expect(computeDemographics(fifteen, { minCell: 5, attributes: ['homeroom'] })).toHaveLength(14);
  });
});

describe('groupStudents', () => {
  it('groups the students by every attribute once, and the tables built from it are the tables built without it', () => {
    const students = [
      ...many('a', 6, { gender: 'Female', school: 'North', 'source.program': 'Trades' }),
      ...many('b', 7, { gender: 'Male', school: 'South' }),
      ...many('c', 2, { gender: 'Male', school: 'East' }),
    ];
    const grouped = groupStudents(students);
    expect([...grouped.keys()]).toEqual(['gender', 'school', 'source.program']);
    expect(grouped.get('school')!.groups.map((g) => [g.value, g.members.length])).toEqual([['South', 7], ['North', 6], ['East', 2]]);
    expect(defaultBreakdownAttributes(students, 5, grouped)).toEqual(defaultBreakdownAttributes(students, 5));
    expect(breakdownsFor(students, undefined, 5, grouped)).toEqual(breakdownsFor(students, undefined, 5));
    const linked = defaultBreakdownAttributes(students, 5);
    expect(computeDemographics(students, { minCell: 5, linked, grouped })).toEqual(computeDemographics(students, { minCell: 5, linked }));
  });
});

describe('a grade in a forum of several roles', () => {
  // 24 students of grades 9–12, and seven teachers whose Grade column holds the grade they teach (one
  // teaches grade 8, which no student is in).
  const forum: Participant[] = [
    ...many('s9-', 6, { role: 'Student', grade: '9' }),
    ...many('s10-', 7, { role: 'Student', grade: '10' }),
    ...many('s11-', 6, { role: 'Student', grade: '11' }),
    ...many('s12-', 5, { role: 'Student', grade: '12' }),
    ...many('t10-', 3, { role: 'Teacher', grade: '10' }),
    ...many('t12-', 3, { role: 'Teacher', grade: '12' }),
    student('t8', { role: 'Teacher', grade: '8' }),
  ];
  const of = (result: ReturnType<typeof computeDemographics>, attribute: string) =>
    result.filter((r) => r.attribute === attribute).map((r) => [r.value, r.suppressed ? 'hidden' : r.count, r.denominator]);

  it('counts the students alone, as shares of the students, where every role is shown', () => {
    const result = computeDemographics(forum, { minCell: 5 });
    expect(of(result, 'grade')).toEqual([
      ['9', 6, 24],
      ['10', 7, 24],
      ['11', 6, 24],
      ['12', 5, 24],
    ]);
    expect(of(result, 'role')).toEqual([
      ['Student', 24, 31],
      ['Teacher', 7, 31],
    ]);
    // The crosstab's groups are the same students.
    const [grade] = breakdownsFor(forum, ['grade'], 5);
    expect(grade!.groups.map((g) => g.members.length)).toEqual([6, 7, 6, 5]);
  });

  it('counts the others as not stated where leaving them out would give a small role’s count away', () => {
    // Three teachers: "Teacher <5" and the students' total (28) beside 31 would say exactly three.
    const few = forum.filter((p) => !['t12-1', 't12-2', 't12-3', 't8'].includes(p.id));
    const result = computeDemographics(few, { minCell: 5 });
    const grade = of(result, 'grade');
    expect(grade.every(([, , denominator]) => denominator === 27)).toBe(true);
    expect(grade.map(([value]) => value)).toEqual(['9', '10', '11', '12', 'Not stated']);
    // Grade 10 is the seven students of grade 10, not the teachers of it too.
    expect(grade.find(([value]) => value === '10')).toEqual(['10', 7, 27]);
  });

  it('keeps a teacher’s grade where everyone is a teacher: the grade they teach is theirs to describe', () => {
    const teachers = [...many('a', 5, { role: 'Teacher', grade: '10' }), ...many('b', 5, { role: 'Teacher', grade: '11' })];
    expect(of(computeDemographics(teachers, { minCell: 5 }), 'grade')).toEqual([
      ['10', 5, 10],
      ['11', 5, 10],
    ]);
  });
});
