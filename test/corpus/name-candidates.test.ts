import { describe, expect, it } from 'vitest';
import { nameCandidates } from '../../src/corpus/name-candidates.js';
import type { Corpus, Response } from '../../src/model.js';

const response = (id: string, text: string): Response => ({ id: `s.csv:r${id}:q1`, sourceId: 's.csv', locator: `row ${id}, q1`, participantId: id, text });

function corpus(texts: string[], extra: Partial<Corpus> = {}): Corpus {
  return {
    folder: 'forum',
    sources: [],
    participants: [],
    questions: [{ id: 'q1', text: 'What helps you at Willoughby Creek?' }],
    responses: texts.map((t, i) => response(String(i + 1), t)),
    context: [],
    warnings: [],
    ...extra,
  };
}

const found = (c: Corpus) => nameCandidates(c).map((n) => [n.text, n.responses]);

describe('nameCandidates', () => {
  it('finds capitalised words and runs of them inside a sentence, with where they are first', () => {
    const c = corpus(['my tutor is Sarah Connor and she helps', 'when Dev explains it i get it', 'Dev is great']);
    expect(found(c)).toEqual([
      ['Dev', 1],
      ['Sarah Connor', 1],
    ]);
    expect(nameCandidates(c)[1]!.first).toEqual({ responseId: 's.csv:r1:q1', sourceId: 's.csv', locator: 'row 1, q1' });
  });

  it("keeps a sentence's first word only beside another name, and cuts function words off a run", () => {
    expect(found(corpus(['Honestly it helps. Sarah Connor tutors us', 'When Priya Sandhu helps me i get it']))).toEqual([
      ['Priya Sandhu', 1],
      ['Sarah Connor', 1],
    ]);
  });

  it('counts texts, not mentions, and drops a possessive', () => {
    expect(found(corpus(["we love Jake's class and Jake", 'ask Jake']))).toEqual([['Jake', 2]]);
  });

  it('leaves out words the folder writes in lower case, days, subjects, titles and words of questions or attributes', () => {
    const c = corpus(['i like English and Math on Fridays with Mr [name]', 'english is fun', 'we go to Willoughby for Band in Langley'], {
      participants: [{ id: 'S1', role: 'student', attributes: { district: 'Langley' }, sources: ['s.csv'] }],
    });
    expect(found(c)).toEqual([['Band', 1]]);
  });

  it('reads facilitators\' turns too', () => {
    const c = corpus([], { context: [{ ...response('9', 'thanks to Ms Rivera and Tomas for coming'), locator: 'turn 1 (line 1)' }] });
    expect(found(c)).toEqual([
      ['Rivera', 1],
      ['Tomas', 1],
    ]);
  });
});
