// Answers judged in the context of their question, or of their file: where most of those judged are in
// French (or Spanish), a short answer with a word of it and no English function word is counted in it too.
// English answers, short ones and those with a French word among them, never are.
import { describe, expect, it } from 'vitest';
import { otherLanguages } from '../../src/analyses/language.js';
import type { Response } from '../../src/model.js';

let n = 0;
function answer(text: string, questionId = 'q1', sourceId = 'survey.csv'): Response {
  n++;
  return { id: `${sourceId}:r${n}:${questionId}`, sourceId, locator: `row ${n}, ${questionId}`, participantId: `S${n}`, questionId, line: n + 1, text };
}

const counts = (responses: Response[], codebook?: 'English' | 'French' | 'Spanish') => otherLanguages(responses, codebook).map((l) => [l.language, l.responses]);

describe('languages in context', () => {
  it('counts every answer of a French survey, the short ones too, by question and then by file', () => {
    const survey = [
      answer("Les horaires flexibles m'aident beaucoup.", 'q1'),
      answer('Travailler avec mes amis en classe.', 'q1'),
      answer('Quand le prof explique encore.', 'q1'),
      answer('Un horaire plus souple.', 'q1'),
      answer('Trop de devoirs le soir.', 'q2'),
      answer('Les examens me rendent très anxieuse et je dors mal.', 'q2'),
      answer("Je me sens seule a l'ecole.", 'q2'),
      answer('Les devoirs et les examens en même temps.', 'q2'),
    ];
    expect(counts(survey)).toEqual([['French', 8]]);
    // each alone, four are too short to judge
    expect(counts(survey.map((r) => ({ ...r, sourceId: r.id, questionId: r.id })))).toEqual([['French', 4]]);
  });

  it('does the same for Spanish, and for a Spanish survey under a French codebook', () => {
    const survey = [answer('No me gusta el horario', 'q1', 'es.csv'), answer('Más tiempo libre', 'q1', 'es.csv'), answer('Menos tareas', 'q1', 'es.csv'), answer('Los exámenes', 'q1', 'es.csv')];
    expect(counts(survey)).toEqual([['Spanish', 4]]);
    expect(counts(survey, 'French')).toEqual([['Spanish', 4]]);
  });

  it('leaves English answers alone in a question with two French answers', () => {
    const question = [
      answer('Trop de devoirs', 'q3', 'mixed.csv'),
      answer("C'est trop long", 'q3', 'mixed.csv'),
      answer('Me too', 'q3', 'mixed.csv'),
      answer('Cafe menu', 'q3', 'mixed.csv'),
      answer('I like la musique class', 'q3', 'mixed.csv'),
      answer('More time', 'q3', 'mixed.csv'),
      answer('Nothing', 'q3', 'mixed.csv'),
      answer('Les Misérables', 'q3', 'mixed.csv'),
    ];
    expect(counts(question)).toEqual([['French', 2]]);
  });

  it('does not count short answers in a question whose judged answers are mostly English (a French codebook)', () => {
    const question = [
      answer('Trop de devoirs', 'q4', 'en.csv'),
      answer("C'est trop long", 'q4', 'en.csv'),
      answer('I think the teachers should give us more time for the project', 'q4', 'en.csv'),
      answer('We need more choice in what we do and when we do it', 'q4', 'en.csv'),
      answer('Un horaire plus souple', 'q4', 'en.csv'),
    ];
    // under an English codebook the two long English answers count against: the short French one is not judged
    expect(counts(question)).toEqual([['French', 2]]);
    // under a French codebook only the English ones are other, and the French are its own
    expect(counts(question, 'French')).toEqual([['English', 2]]);
  });
});
