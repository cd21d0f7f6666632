// A codebook's language: declared at its top (`language: french`) or judged from its words; a French or
// Spanish codebook's words matched by stem, accents read past; an English one exactly as before.
import { describe, expect, it } from 'vitest';
import { loadCodebook, parseCodebook } from '../../src/codebook/load.js';
import { compileCodebook, type CompileOptions } from '../../src/codebook/compile.js';
import { tagText } from '../../src/analyses/tagging.js';
import { codebookLanguageOf, languageOtherThan } from '../../src/analyses/language.js';
import { anotherWordPatterns } from '../../src/codebook/check.js';
import { ConfigError, problemsOf } from '../../src/util/errors.js';
import type { Codebook } from '../../src/model.js';

const LEMMA: CompileOptions = { expansions: false, matcher: 'lemma' };

const FRENCH = `themes:
  - id: horaire
    words: [horaire]
  - id: charge
    words: [devoir, examen]
  - id: anxiete
    words: [anxieux]
  - id: isolement
    words: [seul]
  - id: ecole
    words: [école, élève]
`;

function book(yaml: string, file = 'inline.yml'): Codebook {
  return parseCodebook(yaml, file);
}

/** Theme id → evidence texts, for one text. */
function themes(codebook: Codebook, text: string, options: CompileOptions = LEMMA): Record<string, string[]> {
  const compiled = compileCodebook(codebook, options);
  return Object.fromEntries(tagText(text, compiled).map((c) => [c.themeId, c.evidence.map((e) => e.text)]));
}

describe('a declared language', () => {
  it('is read by name or code, in YAML and JSON, with a region read past', () => {
    expect(book(`language: french\n${FRENCH}`).language).toBe('French');
    expect(book(`language: fr-CA\n${FRENCH}`).language).toBe('French');
    expect(book('language: ES\nthemes:\n  - id: t\n    words: [tarea]\n').language).toBe('Spanish');
    expect(book('{"language": "es", "themes": [{"id": "t", "words": ["tarea"]}]}', 'inline.json').language).toBe('Spanish');
    // declared, it is not said to be judged
    expect(book(`language: french\n${FRENCH}`).languageInferred).toBeUndefined();
    // English declared is kept, so that `codebook check` can say it was
    expect(book('language: en\nthemes:\n  - id: t\n    words: [stress]\n').language).toBe('English');
  });

  it('is a problem at its line when reflect does not know it, told with the others', () => {
    let error: unknown;
    try {
      book('name: Mine\nlanguage: klingon\nthemes:\n  - id: t\n    words: [stress]\n  - id: t\n    words: [worry]\n', 'mine.yml');
    } catch (e) {
      error = e;
    }
    const problems = problemsOf(error as ConfigError).map((p) => `${p.file}:${p.line}: ${p.message}`);
    expect(problems).toContain("mine.yml:2: codebook language 'klingon' is not one reflect matches by (use english, french or spanish, or en, fr, es)");
    expect(problems.some((p) => p.startsWith("mine.yml:6: theme 't' is defined twice"))).toBe(true);
  });
});

describe('a language judged from the codebook’s words', () => {
  it('is French or Spanish where its words clearly are', () => {
    expect(book(FRENCH)).toMatchObject({ language: 'French', languageInferred: true });
    expect(book('themes:\n  - id: t\n    label: Tareas\n    words: [tarea, exámenes, ansioso, escuela]\n')).toMatchObject({ language: 'Spanish', languageInferred: true });
    expect(codebookLanguageOf(['Anxiété', 'stressé', 'trop de devoirs'])).toBe('French');
  });

  it('is English (left unsaid) for the default codebook and for English ones with a French or Spanish word', async () => {
    const builtIn = await loadCodebook();
    expect(builtIn.language).toBeUndefined();
    expect(builtIn.languageInferred).toBeUndefined();
    expect(book('themes:\n  - id: t\n    words: [lycée, café, stress, homework, piñata, fiesta]\n').language).toBeUndefined();
    expect(codebookLanguageOf(['French class', 'devoir', 'examen', 'stress', 'exam', 'homework'])).toBeUndefined();
  });
});

describe('a French codebook', () => {
  const french = book(FRENCH);

  it('matches by stem, feminine and plural forms included, where English lemmas kept the word whole', () => {
    expect(themes(french, 'Les examens me rendent très anxieuse et je dors mal.')).toEqual({ charge: ['examens'], anxiete: ['anxieuse'] });
    expect(themes(french, 'Je me sens seule, trop de devoirs le soir.')).toEqual({ isolement: ['seule'], charge: ['devoirs'] });
    expect(themes(french, 'Les horaires flexibles')).toEqual({ horaire: ['horaires'] });
    // the same codebook read as English (its words' English lemmas): the feminine and plural forms are missed
    expect(themes(french, 'très anxieuse, je me sens seule', { ...LEMMA, language: 'English' })).toEqual({});
  });

  it('reads past accents typed or left out, and an elided article', () => {
    expect(themes(french, "Je me sens seul a l'ecole")).toEqual({ isolement: ['seul'], ecole: ["l'ecole"] });
    expect(themes(french, 'Les eleves et les élèves, l’École')).toEqual({ ecole: ['eleves', 'élèves', 'l’École'] });
    const stressed = book('language: fr\nthemes:\n  - id: s\n    words: [sécurité]\n');
    // a short plural the stemmer keeps whole (`amis`) is read without its `s`; `moi` is not a pattern `mois`
    const friends = book('language: fr\nthemes:\n  - id: a\n    words: [ami]\n  - id: m\n    words: [mois]\n');
    expect(themes(friends, 'Mes amis, mon amie, un mois')).toEqual({ a: ['amis', 'amie'], m: ['mois'] });
    expect(themes(friends, 'Pour moi')).toEqual({});
    expect(themes(stressed, 'La securite et la sécurité')).toEqual({ s: ['securite', 'sécurité'] });
  });

  it('records its language in the compiled options and adds no English expansions', () => {
    const compiled = compileCodebook(french, { expansions: true, matcher: 'lemma' });
    expect(compiled.options.language).toBe('French');
    expect(compiled.themes.every((t) => t.patterns.length === t.theme.patterns.length)).toBe(true);
    // an English codebook's compiled options hold no language, as before
    expect(compileCodebook(book('themes:\n  - id: t\n    words: [stress]\n'), LEMMA).options).toEqual({ expansions: false, matcher: 'lemma', setting: false });
  });

  it('is not linted for English lemmas and grammar words', () => {
    expect(anotherWordPatterns(book('language: fr\nthemes:\n  - id: t\n    words: [le, mieux]\n'))).toEqual([]);
    expect(anotherWordPatterns(book('themes:\n  - id: t\n    words: [the, better]\n')).map((f) => f.kind)).toEqual(['function-word', 'another-word']);
  });
});

describe('a Spanish codebook', () => {
  it('matches by stem, accents read past', () => {
    const spanish = book('language: spanish\nthemes:\n  - id: tareas\n    words: [tarea, exámenes]\n  - id: ansiedad\n    words: [ansioso, estresado]\n');
    expect(themes(spanish, 'Demasiadas tareas y examenes, estoy muy ansiosa y estresada')).toEqual({ tareas: ['tareas', 'examenes'], ansiedad: ['ansiosa', 'estresada'] });
    // the stemmer gives `examen` for the plural and `exam` for the singular: both are read
    const exam = book('language: es\nthemes:\n  - id: e\n    words: [examen]\n');
    expect(themes(exam, 'Un examen, los exámenes')).toEqual({ e: ['examen', 'exámenes'] });
  });
});

describe('languageOtherThan', () => {
  it('for a French codebook: French is its own, English and Spanish are others', () => {
    expect(languageOtherThan("Je pense qu'il faut plus de choix pour les élèves", 'French')).toBeUndefined();
    expect(languageOtherThan('I think the teachers should give us more time for the project', 'French')).toBe('English');
    expect(languageOtherThan('El horario es muy difícil y no tengo tiempo', 'French')).toBe('Spanish');
    expect(languageOtherThan('ਸਾਡੇ ਸਕੂਲ ਵਿੱਚ ਬਹੁਤ ਵਧੀਆ ਅਧਿਆਪਕ ਹਨ', 'French')).toBe('Gurmukhi script');
    // a short English answer is not judged, as a short French one is not for an English codebook
    expect(languageOtherThan('More time', 'French')).toBeUndefined();
  });

  it('for an English codebook: as before', () => {
    expect(languageOtherThan("Je pense qu'il faut plus de choix pour les élèves", 'English')).toBe('French');
    expect(languageOtherThan('I think the teachers should give us more time for the project', 'English')).toBeUndefined();
  });
});
