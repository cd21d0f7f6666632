// Tests for resolving codings to dense indices: response lookup in and out of order, duplicate codings,
// and per-theme participation of students.
import { describe, expect, it } from 'vitest';
import type { Coding, Participant, Response } from '../../src/model.js';
import { codingResponseIndex, codingsByResponse, duplicateCodings, indexCodings, themeParticipation } from '../../src/analyses/participation.js';
import { selectFirst } from '../../src/analyses/quotes.js';

const response = (id: string, participantId: string): Response => ({ id, sourceId: 's.csv', locator: id, participantId, text: '…' });
const coding = (responseId: string, themeId: string): Coding => ({ responseId, themeId, evidence: [] });
const student = (id: string): Participant => ({ id, role: 'student', attributes: {}, sources: ['s.csv'] });

describe('codingResponseIndex', () => {
  const responses = Array.from({ length: 200 }, (_, i) => response(`r${i}`, `p${i % 7}`));

  it('follows codings in response order, across long runs of uncoded responses', () => {
    const codings = [coding('r0', 'a'), coding('r0', 'b'), coding('r150', 'a'), coding('r199', 'a')];
    expect([...codingResponseIndex(responses, codings)]).toEqual([0, 0, 150, 199]);
  });

  it('handles codings out of order and unknown ids', () => {
    const codings = [coding('r9', 'a'), coding('r3', 'a'), coding('nope', 'a'), coding('r3', 'b')];
    expect([...codingResponseIndex(responses, codings)]).toEqual([9, 3, -1, 3]);
  });
});

describe('codingsByResponse', () => {
  it('groups coding indices by response, in coding order, leaving out unknown responses', () => {
    const { first, order } = codingsByResponse(Int32Array.from([2, 0, -1, 2, 0, 3]), 5);
    expect([...first]).toEqual([0, 2, 2, 4, 5, 5]);
    expect([...order]).toEqual([1, 4, 0, 3, 5]);
  });
});

describe('duplicateCodings', () => {
  it('marks a repeated theme × response, in order or not', () => {
    const themes = Int32Array.from([0, 1, 0, 0]);
    expect([...duplicateCodings(themes, Int32Array.from([0, 0, 0, 1]), 2)]).toEqual([0, 0, 1, 0]);
    expect([...duplicateCodings(themes, Int32Array.from([1, 0, 0, 1]), 2)]).toEqual([0, 0, 0, 1]);
    expect([...duplicateCodings(Int32Array.from([0, -1]), Int32Array.from([-1, 0]), 1)]).toEqual([0, 0]);
  });
});

describe('themeParticipation', () => {
  it('counts distinct responses per student and theme, ignoring non-students and duplicates', () => {
    const students = [student('s1'), student('s2')];
    const responses = [response('a', 's1'), response('b', 's1'), response('c', 's2'), response('d', 'fac')];
    const codings = [coding('a', 't'), coding('a', 't'), coding('b', 't'), coding('d', 't'), coding('c', 'u'), coding('c', 'x')];
    const p = themeParticipation(students, responses, codings, ['t', 'u']);
    expect([...p.counts[0]!]).toEqual([2, 0]);
    expect([...p.counts[1]!]).toEqual([0, 1]);
    expect(p.raisers).toEqual([1, 1]);
  });
});

describe('indexCodings', () => {
  it('resolves each coding to its response and theme once, marking repeats, for every analysis to share', () => {
    const responses = [response('a', 's1'), response('b', 's2')];
    // out of response order, a repeat, a theme not in the list and a response not read
    const codings = [coding('b', 'u'), coding('a', 't'), coding('a', 't'), coding('a', 'x'), coding('zz', 't')];
    const index = indexCodings(responses, codings, ['t', 'u']);
    expect([...index.responseOf]).toEqual([1, 0, 0, 0, -1]);
    expect([...index.themeOf]).toEqual([1, 0, 0, -1, 0]);
    expect([...index.duplicate]).toEqual([0, 0, 1, 0, 0]);
    const students = [student('s1'), student('s2')];
    const shared = themeParticipation(students, responses, codings, ['t', 'u'], index);
    expect(shared).toEqual(themeParticipation(students, responses, codings, ['t', 'u']));
    expect([...shared.studentOf]).toEqual([0, 1]);
    expect(shared.raisers).toEqual([1, 1]);
  });
});

describe('selectFirst', () => {
  it('returns the same set as sorting and slicing, for any input order', () => {
    const compare = (a: number, b: number) => (a % 10) - (b % 10) || a - b;
    for (const n of [1, 2, 3, 10, 257, 1000]) {
      const items = Array.from({ length: n }, (_, i) => (i * 7919) % n);
      for (const count of [1, Math.ceil(n / 3), n]) {
        const expected = [...items].sort(compare).slice(0, count);
        expect(selectFirst([...items], count, compare).sort(compare)).toEqual(expected);
      }
    }
  });
});
