// Responses in another language than the codebook's English are found, counted per language, and said
// in a warning and the report's method; English answers, however short or full of French words, are not.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { otherLanguageOf, otherLanguages } from '../../src/analyses/language.js';
import { analyze } from '../../src/index.js';
import type { Response } from '../../src/model.js';
import { writeMarkdownReport } from '../../src/writers/markdown/index.js';
import { tempDir } from '../cli/helpers.js';

describe('otherLanguageOf', () => {
  it('finds French, Spanish and answers in other scripts', () => {
    expect(otherLanguageOf("Je pense qu'il faut plus de choix pour les élèves")).toBe('French');
    expect(otherLanguageOf('On a des cours en ligne et les profs sont très flexibles avec nous')).toBe('French');
    expect(otherLanguageOf('Más opciones para los estudiantes por favor')).toBe('Spanish');
    expect(otherLanguageOf('El horario es muy difícil y no tengo tiempo')).toBe('Spanish');
    expect(otherLanguageOf('ਸਾਡੇ ਸਕੂਲ ਵਿੱਚ ਬਹੁਤ ਵਧੀਆ ਅਧਿਆਪਕ ਹਨ')).toBe('Gurmukhi script');
    expect(otherLanguageOf('我们需要更多的选择')).toBe('Chinese characters');
    expect(otherLanguageOf('Trường học cần thêm thời gian để học sinh nghỉ ngơi')).toBe('Vietnamese');
  });

  it('leaves English alone: short answers, French words in English, accented names, [name] placeholders', () => {
    for (const english of [
      'Flex block, AP courses, online courses',
      'Merci!',
      'French class is hard and the teacher talks too fast',
      'I love the café near school, it has a certain je ne sais quoi',
      'My friend Nguyễn and [name] helped me with the project',
      'La la la nothing to add',
      'Mental health days and later start times',
      'École Lakeview needs more counsellors',
    ]) {
      expect(otherLanguageOf(english), english).toBeUndefined();
    }
  });
});

describe('otherLanguageOf on short answers', () => {
  it('finds short answers in French and Spanish, where every word is the language\'s', () => {
    for (const [text, language] of [
      ["Je suis d'accord avec ça", 'French'],
      ['Trop de devoirs', 'French'],
      ['Plus de temps', 'French'],
      ['Moins de devoirs', 'French'],
      ['Très bien', 'French'],
      ["C'est trop long", 'French'],
      ['No me gusta el horario', 'Spanish'],
      ['Me gusta', 'Spanish'],
      ['Más tiempo libre', 'Spanish'],
      ['Los maestros son buenos', 'Spanish'],
    ]) {
      expect(otherLanguageOf(text), text).toBe(language);
    }
  });

  it('leaves short English answers alone: a word alone, an English word among French ones, names and places', () => {
    for (const english of [
      'No',
      'Me too',
      'Trop',
      'OK',
      'I like la musique class',
      'Cafe menu',
      'Maya Lopez',
      'Ana de Souza',
      'De La Salle',
      'Los Angeles trip',
      'No no no',
      'La la la',
      'No more tests',
      'A lot',
      'Plus one',
      'I chose the trades',
      'More AI',
      'My para helps me',
      'Non-binary',
      'With gusto',
      'Con: too much homework',
    ]) {
      expect(otherLanguageOf(english), english).toBeUndefined();
    }
  });
});

describe('otherLanguages', () => {
  const response = (id: string, text: string, line: number): Response => ({ id, sourceId: 'survey.csv', locator: `row ${line - 1}, q1`, participantId: 'S1', line, text });

  it('counts per language, most first, pointing at the first of each', () => {
    const found = otherLanguages([
      response('a', 'More choice please', 2),
      response('b', 'Más opciones para los estudiantes por favor', 3),
      response('c', "Je pense qu'il faut plus de choix pour les élèves", 4),
      response('d', 'Le manque de temps et les examens sont le problème', 5),
    ]);
    expect(found).toEqual([
      { language: 'French', responses: 2, first: { sourceId: 'survey.csv', locator: 'row 3, q1', line: 4 } },
      { language: 'Spanish', responses: 1, first: { sourceId: 'survey.csv', locator: 'row 2, q1', line: 3 } },
    ]);
  });
});

describe('a survey with answers in French', () => {
  it('warns where they are, records them, and says in the method that their themes are undercounted', async () => {
    const dir = tempDir('reflect-lang-');
    writeFileSync(
      path.join(dir, 'survey.csv'),
      [
        'id,What else could schools do?',
        'S1,More electives and a flexible timetable please',
        'S2,Smaller classes so teachers can help everyone',
        "S3,Je pense qu'il faut plus de choix pour les élèves",
        'S4,"On a des cours en ligne et les profs sont très flexibles avec nous"',
      ].join('\n'),
    );
    const analysis = await analyze({ folder: dir });
    expect(analysis.otherLanguages).toEqual([{ language: 'French', responses: 2 }]);
    expect(analysis.warnings).toContainEqual({
      file: 'survey.csv',
      line: 4,
      message:
        "2 responses (the first: row 3, q1) seem to be in French; the codebook's patterns are English, so they carry a theme only where the codebook has patterns in French",
    });
    expect(writeMarkdownReport(analysis)).toContain(
      'Two responses (50%) seemed to be in French; the codebook’s patterns are English, so they carry a theme only where it has patterns in French, and the themes above undercount what those students said.',
    );
  });
});
