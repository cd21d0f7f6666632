// Tests for the theme and per-question counts: denominators, a student counted once, and percents rounded
// as the rest of the report rounds them.

import { describe, expect, it } from 'vitest';
import type { Codebook, Corpus, Participant, Response } from '../../src/model.js';
import { compileCodebook } from '../../src/codebook/compile.js';
import { tagResponses } from '../../src/analyses/tagging.js';
import { summariseQuestions, summariseThemes } from '../../src/analyses/themes.js';

const codebook: Codebook = {
  name: 'test',
  themes: [
    { id: 'wellbeing', label: 'Wellbeing', patterns: [], exclusions: [], countNegated: true },
    { id: 'stress', label: 'Stress', parent: 'wellbeing', patterns: [{ kind: 'word', value: 'stress' }], exclusions: [], countNegated: true },
    { id: 'sleep', label: 'Sleep', parent: 'wellbeing', patterns: [{ kind: 'word', value: 'sleep' }], exclusions: [], countNegated: true },
    { id: 'technology', label: 'Technology', patterns: [{ kind: 'word', value: 'laptop' }], exclusions: [], countNegated: true },
  ],
};
const compiled = compileCodebook(codebook, { expansions: false, matcher: 'lemma' });

/** A survey export: one sheet per student, answers to q1 and q2 (blank answers are not responses). */
function survey(answers: [string, string][]): Corpus {
  const participants: Participant[] = answers.map((_, i) => ({ id: `S${i + 1}`, role: 'student', attributes: {}, sources: ['survey.csv'] }));
  const responses: Response[] = answers.flatMap(([q1, q2], i) =>
    [q1, q2].flatMap((text, q) =>
      text ? [{ id: `survey.csv:r${i + 1}:q${q + 1}`, sourceId: 'survey.csv', locator: `row ${i + 1}, q${q + 1}`, participantId: `S${i + 1}`, questionId: `q${q + 1}`, text }] : [],
    ),
  );
  return {
    folder: 'survey',
    sources: [],
    participants,
    questions: [
      { id: 'q1', text: 'What makes learning hard?' },
      { id: 'q2', text: 'What would you change?' },
    ],
    responses,
    context: [],
    warnings: [],
  };
}

describe('summariseThemes and summariseQuestions', () => {
  it('rounds half-way percents up, as the crosstab does', () => {
    // 400 students; 201 wrote about a laptop in q2, the other 199 answered q2 without a theme; nobody
    // answered q1. 201 / 400 = 50.25% exactly, which is 50.3 rounded half away from zero (the float
    // 201 / 400 × 1000 = 502.49999… rounded to 50.2 before). 400 responses in all, so the same for them.
    const corpus = survey(Array.from({ length: 400 }, (_, i): [string, string] => ['', i < 201 ? 'a laptop that works' : 'nothing really']));
    const codings = tagResponses(corpus.responses, compiled);
    const technology = summariseThemes(corpus, codebook, codings).find((t) => t.themeId === 'technology')!;
    expect(technology).toMatchObject({ responses: 201, participants: 201, percentResponses: 50.3, percentParticipants: 50.3 });
    const [, q2] = summariseQuestions(corpus, codebook, codings);
    expect(q2.themes).toEqual([{ themeId: 'technology', responses: 201, percent: 50.3 }]);
  });

  it('counts a student once under a parent theme, and a response with two themes under both', () => {
    // Six students: S1 wrote "stress" in q1 and "sleep" in q2 (two responses for wellbeing, one student);
    // S2 wrote both words in one q1 answer (one response for wellbeing, stress and sleep each); S3 wrote
    // "stress" and "laptop" in one answer; S4–S6 wrote nothing coded. By hand: wellbeing 3 students in
    // 4 responses (S1 ×2, S2, S3); stress 3 students (S1, S2, S3) in 3 responses; sleep 2 in 2;
    // technology 1 in 1. Responses: 10 non-blank answers; students: 6.
    const corpus = survey([
      ['the stress of exams', 'more sleep'],
      ['stress means no sleep', 'nothing'],
      ['stress when my laptop breaks', ''],
      ['fine', 'fine'],
      ['ok', ''],
      ['no idea', 'no idea'],
    ]);
    const codings = tagResponses(corpus.responses, compiled);
    const themes = summariseThemes(corpus, codebook, codings);
    expect(themes.map((t) => [t.themeId, t.participants, t.responses, t.percentParticipants, t.percentResponses])).toEqual([
      ['wellbeing', 3, 4, 50, 40],
      ['stress', 3, 3, 50, 30],
      ['sleep', 2, 2, 33.3, 20],
      ['technology', 1, 1, 16.7, 10],
    ]);
    // q1 had 6 answers: wellbeing in S1, S2, S3 (3, 50%), stress 3 (50%), sleep 1 (S2, 16.7%),
    // technology 1 (S3, 16.7%). q2 had 4 answers: sleep and wellbeing 1 each (S1, 25%).
    const [q1, q2] = summariseQuestions(corpus, codebook, codings);
    expect(q1.responses).toBe(6);
    expect(q1.themes.map((t) => [t.themeId, t.responses, t.percent])).toEqual([
      ['wellbeing', 3, 50],
      ['stress', 3, 50],
      ['sleep', 1, 16.7],
      ['technology', 1, 16.7],
    ]);
    expect(q2.responses).toBe(4);
    expect(q2.themes.map((t) => [t.themeId, t.responses, t.percent])).toEqual([
      ['wellbeing', 1, 25],
      ['sleep', 1, 25],
    ]);
  });
});

describe('summariseThemes with nothing to take a share of', () => {
  it('gives no percent (null, not 0) where there are no responses or no students', () => {
    const corpus = survey([]);
    const themes = summariseThemes(corpus, codebook, []);
    expect(themes.map((t) => [t.themeId, t.responses, t.participants, t.percentResponses, t.percentParticipants])).toEqual([
      ['wellbeing', 0, 0, null, null],
      ['stress', 0, 0, null, null],
      ['sleep', 0, 0, null, null],
      ['technology', 0, 0, null, null],
    ]);
  });
});

describe('summariseQuestions: bare yes and no', () => {
  it('counts them under a question asked yes or no, never under one that asks what', () => {
    // An exit survey where most left the boxes empty or wrote "no": to "What makes learning hard?" a
    // "no" declines to answer; to "Do you get enough sleep? Why or why not?" it is a no.
    const corpus = survey([
      ['no', 'no'],
      ['No.', 'Yes'],
      ['nope', 'not really'],
      ['my laptop is broken', 'no because of homework'],
    ]);
    corpus.questions[1] = { id: 'q2', text: '3. Do you get enough sleep? Why or why not?' };
    const [q1, q2] = summariseQuestions(corpus, codebook, tagResponses(corpus.responses, compiled));
    expect(q1.bareYesNo).toBeUndefined();
    expect(q2.bareYesNo).toEqual({ yes: 1, no: 2 });
  });
});
