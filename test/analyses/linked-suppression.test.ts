// Tests for suppression across nested attributes: a school hidden in the schools' list must not come back
// from its district's size, in the demographics or in a theme's crosstab.

import { describe, expect, it } from 'vitest';
import type { Coding, Participant, Response } from '../../src/model.js';
import { computeDemographics } from '../../src/analyses/demographics.js';
import { computeCrosstab } from '../../src/analyses/crosstab.js';
import { suppressLinked } from '../../src/analyses/linked-suppression.js';

function student(id: string, school: string, district: string): Participant {
  return { id, role: 'student', attributes: { school, district }, sources: ['sheets.csv'] };
}

/** n students of one school, ids prefixed by the school's initial. */
function school(name: string, district: string, n: number): Participant[] {
  return Array.from({ length: n }, (_, i) => student(`${name[0]}${i + 1}`, name, district));
}

// North: Aspen 12, Birch 3. South: Cedar 11, Dogwood 10. West: Elm 9. 45 students; Birch's 3 reads
// "<5" among the schools, and North's 15 less Aspen's 12 gave it back.
const students = [
  ...school('Aspen', 'North', 12),
  ...school('Birch', 'North', 3),
  ...school('Cedar', 'South', 11),
  ...school('Dogwood', 'South', 10),
  ...school('Elm', 'West', 9),
];

describe('suppressLinked', () => {
  it('hides one more count where a nesting sum gives a small one back, and none once the sum is hidden', () => {
    // Cells: Aspen 12, Birch 3 ("<5"), North 15; North = Aspen + Birch. A count hidden as a complement reads "hidden": 5 to 45.
    const sums = [{ plus: [0, 1], total: { cell: 2 } }];
    const label = (i: number): [number, number] => (i === 1 ? [1, 4] : [5, 45]);
    const cells = [
      { count: 12, hidden: false, lo: 12, hi: 12 },
      { count: 3, hidden: true, lo: 1, hi: 4 },
      { count: 15, hidden: false, lo: 15, hi: 15 },
    ];
    expect(suppressLinked(cells, sums, 5, label)).toEqual([]);
    // The smaller of the two counts that gave Birch back is hidden, and that is enough.
    expect(cells.map((c) => c.hidden)).toEqual([true, true, false]);
    const sumHidden = [
      { count: 12, hidden: false, lo: 12, hi: 12 },
      { count: 3, hidden: true, lo: 1, hi: 4 },
      { count: 15, hidden: true, lo: 5, hi: 45 },
    ];
    expect(suppressLinked(sumHidden, sums, 5, label)).toEqual([]);
    expect(sumHidden.map((c) => c.hidden)).toEqual([false, true, true]);
  });
});

describe('nested attributes: schools in districts', () => {
  it('hides more than the schools alone would, so no district gives a small school back', () => {
    const rows = computeDemographics(students, { minCell: 5 });
    const shown = (attribute: string, value: string) => rows.find((r) => r.attribute === attribute && r.value === value)!;
    expect(shown('school', 'Birch').suppressed).toBe(true);
    // Within North, Birch must not be the only hidden count beside a shown district.
    const northHidden = shown('district', 'North').suppressed || shown('school', 'Aspen').suppressed;
    expect(northHidden).toBe(true);
  });

  it('hides the same sizes in the crosstab as in the demographics', () => {
    const responses: Response[] = students.map((p) => ({ id: `r-${p.id}`, sourceId: 'sheets.csv', locator: p.id, participantId: p.id, text: '…' }));
    const codings: Coding[] = [];
    const demographics = computeDemographics(students, { minCell: 5, linked: ['school', 'district'] });
    const crosstab = computeCrosstab(students, responses, codings, ['t'], { minCell: 5, attributes: ['school', 'district'] });
    for (const d of demographics) {
      const row = crosstab.find((r) => r.attribute === d.attribute && r.value === d.value)!;
      expect([d.attribute, d.value, row.groupSuppressed === true]).toEqual([d.attribute, d.value, d.suppressed]);
    }
  });

  it("hides a theme count a district's schools would give back: South is Cedar's 6 and Dogwood's 0, so West is 14 − 6 − 6", () => {
    const responses: Response[] = students.map((p) => ({ id: `r-${p.id}`, sourceId: 'sheets.csv', locator: p.id, participantId: p.id, text: '…' }));
    const of = (name: string, n: number) => students.filter((p) => p.attributes.school === name).slice(0, n);
    // 14 students raise the theme: 6 at Aspen, 6 at Cedar, 2 at Elm (West's only school).
    const codings: Coding[] = [...of('Aspen', 6), ...of('Cedar', 6), ...of('Elm', 2)].map((p) => ({ responseId: `r-${p.id}`, themeId: 't', evidence: [] }));
    const crosstab = computeCrosstab(students, responses, codings, ['t'], { minCell: 5, attributes: ['school', 'district'] });
    const hidden = (attribute: string) => crosstab.filter((r) => r.attribute === attribute && r.suppressed).map((r) => r.value).sort();
    // Alone, the districts hid West's 2 and South's 6, and the schools the groups whose size is hidden;
    // but Cedar's 6 and Dogwood's 0 gave South back, so Cedar is hidden too.
    expect(hidden('district')).toEqual(['South', 'West']);
    expect(hidden('school')).toEqual(['Aspen', 'Birch', 'Cedar', 'Elm']);
  });
});

describe('nested attributes: a theme one student raised', () => {
  // North: Alder 12. South: Birch 2, Cedar 5. One Cedar student raises the theme: the schools read
  // Alder 0, Birch "<5", Cedar "<5"; the districts North "<5" (a zero hidden so that South is not
  // 1 of 1) and South "<5". North is Alder's students, so Alder's visible 0 gave North's 0 back, and
  // the theme's total of 1 then South's 1.
  const nested = [...school('Alder', 'North', 12), ...school('Birch', 'South', 2), ...school('Cedar', 'South', 5)];
  const responses: Response[] = nested.map((p) => ({ id: `r-${p.id}`, sourceId: 'sheets.csv', locator: p.id, participantId: p.id, text: '…' }));
  const codings: Coding[] = [{ responseId: 'r-C1', themeId: 't', evidence: [] }];

  it("leaves no district's small count to be worked out from a school shown beside it", () => {
    const rows = computeCrosstab(nested, responses, codings, ['t'], { minCell: 5, attributes: ['school', 'district'] });
    const row = (attribute: string, value: string) => rows.find((r) => r.attribute === attribute && r.value === value);
    const alder = row('school', 'Alder');
    const south = row('district', 'South');
    // A reader who sees Alder's count and the districts knows North (Alder alone) and so South.
    const southGivenBack = alder !== undefined && !alder.suppressed && south !== undefined && south.suppressed;
    expect(southGivenBack).toBe(false);
    // The district's breakdown, which held the count given back, goes; the schools alone protect Cedar's 1
    // (two "<5" beside Alder's 0, of a total of 1).
    expect(rows.map((r) => [r.attribute, r.value, r.suppressed])).toEqual([
      ['school', 'Alder', false],
      ['school', 'Birch', true],
      ['school', 'Cedar', true],
    ]);
  });
});
