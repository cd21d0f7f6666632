// Tests for a rating scale's groups in the demographics and crosstab: listed in the scale's order, with
// the same counts hidden as when they were listed by count.
import { describe, expect, it } from 'vitest';
import type { Coding, Participant, Response } from '../../src/model.js';
import { computeDemographics, scaleDisplayOrder } from '../../src/analyses/demographics.js';
import { computeCrosstab } from '../../src/analyses/crosstab.js';

const Q = 'how-much-do-you-agree-teachers-care-about-me';

function student(id: string, value: string): Participant {
  return { id, role: 'student', attributes: { [Q]: value }, sources: ['survey.csv'] };
}

/** Students per value, ids `<value initials><n>`, each with one response `r-<id>`. */
function survey(sizes: Record<string, number>): Participant[] {
  return Object.entries(sizes).flatMap(([value, n]) => Array.from({ length: n }, (_, i) => student(`${value.replace(/\W/g, '')}${i + 1}`, value)));
}

// The values renamed to words no scale holds, in the same order by name: listed by count as before.
const PLAIN: Record<string, string> = { Agree: 'A1', Disagree: 'A2', Neutral: 'A3', 'Strongly agree': 'A4', 'Not stated': 'Not stated' };
const plain = (people: Participant[]): Participant[] => people.map((p) => student(p.id, PLAIN[p.attributes[Q]!]!));

describe('a rating scale in the demographics', () => {
  // Strongly agree and Disagree tie at 6; Agree's 1 is hidden, and one of the 6s with it.
  const people = survey({ 'Strongly agree': 6, Agree: 1, Neutral: 10, Disagree: 6 });

  it('lists the values in the scale’s order, hiding the 6 it hid listed by count (the first by name)', () => {
    const rows = computeDemographics(people, { minCell: 5 });
    expect(rows.map((r) => [r.value, r.count, r.suppressed])).toEqual([
      ['Strongly agree', 6, false],
      ['Agree', 1, true],
      ['Neutral', 10, false],
      ['Disagree', 6, true],
    ]);
    // Listed by count (the values renamed), the same counts are hidden.
    const before = computeDemographics(plain(people), { minCell: 5 });
    expect(before.map((r) => [r.value, r.suppressed])).toEqual([
      ['A3', false],
      ['A4', false],
      ['A1', true],
      ['A2', true],
    ]);
  });

  it('keeps Not stated last', () => {
    const rows = computeDemographics([...survey({ Disagree: 7, 'Strongly agree': 5 }), ...Array.from({ length: 9 }, (_, i) => ({ id: `x${i}`, role: 'student' as const, attributes: {}, sources: [] }))], { minCell: 5 });
    expect(rows.map((r) => r.value)).toEqual(['Strongly agree', 'Disagree', 'Not stated']);
  });

  it('leaves values that are not one scale’s in their own order', () => {
    expect(scaleDisplayOrder([{ value: 'Yes' }, { value: 'No' }, { value: 'Not stated' }])).toBeUndefined();
    expect(scaleDisplayOrder([{ value: 'Never' }, { value: 'Not stated' }, { value: 'Always' }])).toEqual([2, 0, 1]);
  });
});

describe('a rating scale in the crosstab', () => {
  // 30 students; a theme raised by 6 who strongly agree, 1 who agrees, 8 neutral and 6 who disagree.
  const people = survey({ 'Strongly agree': 8, Agree: 6, Neutral: 10, Disagree: 8 });
  const raisers = [...people.filter((p) => p.attributes[Q] === 'Strongly agree').slice(0, 6), ...people.filter((p) => p.attributes[Q] === 'Agree').slice(0, 1), ...people.filter((p) => p.attributes[Q] === 'Neutral').slice(0, 8), ...people.filter((p) => p.attributes[Q] === 'Disagree').slice(0, 6)];
  const responses: Response[] = people.map((p) => ({ id: `r-${p.id}`, sourceId: 'survey.csv', locator: p.id, participantId: p.id, text: '…' }));
  const codings: Coding[] = raisers.map((p) => ({ responseId: `r-${p.id}`, themeId: 'care', evidence: [] }));

  it('writes the rows in the scale’s order, hiding the cells it hid listed by count', () => {
    const rows = computeCrosstab(people, responses, codings, ['care'], { minCell: 5, attributes: [Q] });
    expect(rows.map((r) => [r.value, r.participants, r.suppressed])).toEqual([
      ['Strongly agree', 6, false],
      ['Agree', 1, true],
      ['Neutral', 8, false],
      // Of the two 6s, the one first by count and then by name is hidden, as before.
      ['Disagree', 6, true],
    ]);
    const before = computeCrosstab(plain(people), responses, codings, ['care'], { minCell: 5, attributes: [Q] });
    const renamed = Object.fromEntries(Object.entries(PLAIN).map(([k, v]) => [v, k]));
    expect(Object.fromEntries(before.map((r) => [renamed[r.value], r.suppressed]))).toEqual(Object.fromEntries(rows.map((r) => [r.value, r.suppressed])));
  });
});
