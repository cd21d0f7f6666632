// Pattern lists typed as one text: a YAML string where a list was meant, a spreadsheet cell holding a
// theme's patterns separated by commas, semicolons or line breaks. Each entry is its own pattern; a
// phrase that has a clause break between its words (so a text's clause break is never crossed) is an error naming the line.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadCodebook, parseCodebook } from '../../src/codebook/load.js';
import { compileCodebook } from '../../src/codebook/compile.js';
import { tagText } from '../../src/analyses/tagging.js';
import { ConfigError } from '../../src/util/errors.js';
import type { Codebook } from '../../src/model.js';

const dir = path.resolve(import.meta.dirname, '../../fixtures/codebook/lists');

/** Theme ids each text is tagged with (no expansions: only the codebook's own patterns). */
function themesOf(book: Codebook, texts: string[]): string[][] {
  const compiled = compileCodebook(book, { expansions: false, matcher: 'lemma' });
  return texts.map((text) => tagText(text, compiled).map((c) => c.themeId));
}

const texts = ['I get anxiety before exams', 'I was so worried', "some nights I can't sleep", 'I felt overwhelmed', 'the budget is tight', 'stress, anxiety, worried'];

describe('pattern lists written as one text', () => {
  it('reads a YAML string where a list was meant as that list', async () => {
    const book = await loadCodebook(path.join(dir, 'codebook.yml'));
    expect(book.themes[0]!.patterns).toEqual([
      { kind: 'word', value: 'stress' },
      { kind: 'word', value: 'anxiety' },
      { kind: 'word', value: 'worried' },
      { kind: 'glob', value: 'overwhelm*' },
      { kind: 'glob', value: 'nervous*' },
      { kind: 'phrase', value: 'panic attack' },
      { kind: 'phrase', value: "can't sleep" },
    ]);
    expect(book.themes[0]!.exclusions).toEqual(['stress ball', 'stress test']);
    expect(book.themes[1]!.patterns[0]!.unlessNear).toEqual(['monopoly', 'board game']);
    expect(themesOf(book, [...texts, 'we played monopoly for the budget'])).toEqual([['stress'], ['stress'], ['stress'], ['stress'], ['money'], ['stress'], []]);
  });

  it('reads a CSV cell listing a theme\'s patterns, each with its own kind', async () => {
    const book = await loadCodebook(path.join(dir, 'per-theme.csv'));
    expect(book.themes.map((t) => [t.id, t.label, t.patterns.map((p) => `${p.kind}:${p.value}`)])).toEqual([
      ['stress', 'Stress and worry', ['word:stress', 'word:anxiety', 'word:worried', 'phrase:panic attack', "phrase:can't sleep", 'glob:overwhelm*', 'glob:nervous*']],
      ['money', 'Funding', ['word:funding', 'word:budget', 'regex:/\\bfees?\\b/']],
    ]);
    expect(themesOf(book, [...texts, 'school fees went up'])).toEqual([['stress'], ['stress'], ['stress'], ['stress'], ['money'], ['stress'], ['money']]);
  });

  it('keeps a regex with a comma whole, in a list and in a cell of kind regex', () => {
    const book = parseCodebook('theme,pattern,kind\na,"/\\bx{1,3}\\b/, y",\nb,"/a,b/",regex\n', 'c.csv');
    expect(book.themes.map((t) => t.patterns.map((p) => p.value))).toEqual([['/\\bx{1,3}\\b/', 'y'], ['/a,b/']]);
  });

  it('takes a dash between words for a hyphen, and curly quotes around an entry for quotes', () => {
    const book = parseCodebook('themes:\n  - id: a\n    label: A\n    phrases: teacher–student relationship, “one on one”\n', 'c.yml');
    expect(book.themes[0]!.patterns.map((p) => p.value)).toEqual(['teacher–student relationship', 'one on one']);
    expect(themesOf(book, ['a good teacher-student relationship', 'one-on-one help'])).toEqual([['a'], ['a']]);
  });

  it('splits a cell at | as at ; (teacher | mentor), keeping a regex with | whole', () => {
    const csv = '\ufeffTheme,Pattern,Kind\r\nrelationships,teacher | mentor|one on one,\r\nstress,"/\\b(stress|worry)\\b/ | anxi*",\r\nstress,/a|b/,regex\r\n';
    const book = parseCodebook(csv, 'book.csv');
    expect(book.themes.map((t) => t.patterns.map((p) => `${p.kind} ${p.value}`))).toEqual([
      ['word teacher', 'word mentor', 'phrase one on one'],
      ['regex /\\b(stress|worry)\\b/', 'glob anxi*', 'regex /a|b/'],
    ]);
    expect(themesOf(book, ['my mentor helped', 'one-on-one time', 'I worry a lot'])).toEqual([['relationships'], ['relationships'], ['stress']]);
  });

  it('reads entries a word processor wrapped in curly quotes, in a YAML list, an exclusion and not_near, without the quotes', () => {
    const yaml = [
      'themes:',
      '  - id: wellbeing',
      '    label: Wellbeing',
      '    words: [“stress”, ‘anxiety’]',
      '    phrases: [“mental health”, «burn out»]',
      '    exclude: [“stress ball”]',
      '    not_near: [“lego”]',
    ].join('\n');
    const book = parseCodebook(yaml, 'mine.yml');
    expect(book.themes[0]!.patterns.map((p) => p.value)).toEqual(['stress', 'anxiety', 'mental health', 'burn out']);
    expect(book.themes[0]!.exclusions).toEqual(['stress ball']);
    expect(book.themes[0]!.patterns[0]!.unlessNear).toEqual(['lego']);
    const compiled = compileCodebook(book, { expansions: false, matcher: 'lemma' });
    expect(tagText('Mental health matters', compiled)[0]!.evidence[0]!.pattern).toBe('mental health');
    expect(themesOf(book, ['I burn out by June', 'a stress ball', 'lego stress'])).toEqual([['wellbeing'], [], []]);
  });

  it('reads a label a word processor wrapped in curly quotes without them, a quote inside it kept', () => {
    const book = parseCodebook('themes:\n  - id: wellbeing\n    label: “Well-being”\n    words: [stress]\n  - id: voice\n    label: Student “voice”\n    words: [say]\n', 'mine.yml');
    expect(book.themes.map((t) => t.label)).toEqual(['Well-being', 'Student “voice”']);
  });

  it('says a theme with only a description matches nothing, and why', () => {
    let said = '';
    try {
      parseCodebook('themes:\n  - id: care\n    label: Care\n    description: Teachers who care about students.\n', 'mine.yml');
    } catch (e) {
      said = (e as ConfigError).describe();
    }
    expect(said).toBe(
      "mine.yml:2: theme 'care' has no patterns (give words, globs, phrases or regex) and no child themes (its description is not matched: put the words to look for under words or phrases)",
    );
  });

  it('rejects a phrase whose words a clause break separates, naming the line', () => {
    const failure = (text: string, file: string): string => {
      try {
        parseCodebook(text, file);
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigError);
        return (e as ConfigError).describe();
      }
      throw new Error('expected the codebook to fail');
    };
    expect(failure('themes:\n  - id: a\n    label: A\n    phrases:\n      - exam week\n      - "stress, anxiety"\n', 'c.yml')).toBe(
      "c.yml:6: theme 'a': phrase 'stress, anxiety' has ',' between its words, and a phrase never matches across one (give each entry on its own)",
    );
    expect(failure('themes:\n  - id: a\n    label: A\n    words: [x]\n    exclude: ["block (party)"]\n', 'c.yml')).toBe(
      "c.yml:5: theme 'a': exclusion 'block (party)' has '(' between its words, and a phrase never matches across one (give each entry on its own)",
    );
  });

  it('tells a phrase with an abbreviation (e.g. exams) to be a regex, not a list, and a list with one still a list', () => {
    const failure = (text: string, file: string): string => {
      try {
        parseCodebook(text, file);
      } catch (e) {
        return (e as ConfigError).describe();
      }
      throw new Error('expected the codebook to fail');
    };
    const said = failure('themes:\n  - id: exams\n    phrases: [e.g. exams, U.S. history]\n    exclude: [i.e. now]\n', 'mine.yml').split('\n');
    expect(said).toEqual([
      "mine.yml:3: theme 'exams': phrase 'e.g. exams' has the abbreviation 'e.g.', whose '.' is read as the end of a sentence, so the phrase never matches: for it as written, use the regex '/\\be\\.g\\. exams\\b/' (put it under regex)",
      "mine.yml:3: theme 'exams': phrase 'U.S. history' has the abbreviation 'U.S.', whose '.' is read as the end of a sentence, so the phrase never matches: for it as written, use the regex '/\\bU\\.S\\. history\\b/' (put it under regex)",
      "mine.yml:4: theme 'exams': exclusion 'i.e. now' has the abbreviation 'i.e.', whose '.' is read as the end of a sentence, so the phrase never matches: write it without the abbreviation ('now')",
    ]);
    // a sheet's regex is given its kind
    expect(failure('Theme,Pattern\nexams,e.g. exams\n', 'Codebook.csv')).toContain("use the regex '/\\be\\.g\\. exams\\b/' (give it the kind regex, or leave its kind empty)");
    // a list written as one entry is still told to be given entry by entry, an abbreviation in it or not
    expect(failure('themes:\n  - id: a\n    phrases: ["exams. tests", "e.g. exams, tests"]\n', 'c.yml')).toBe(
      [
        "c.yml:3: theme 'a': phrase 'exams. tests' has '.' between its words, and a phrase never matches across one (give each entry on its own)",
        "c.yml:3: theme 'a': phrase 'e.g. exams, tests' has ',' between its words, and a phrase never matches across one (give each entry on its own)",
      ].join('\n'),
    );
    // and the regex it advises matches the phrase as written
    const book = parseCodebook("themes:\n  - id: exams\n    regex: ['/\\be\\.g\\. exams\\b/']\n", 'ok.yml');
    const found = tagText('lots to learn, e.g. exams and tests', compileCodebook(book, { expansions: false, matcher: 'lemma' }));
    expect(found.map((c) => [c.themeId, c.evidence.map((e) => e.text)])).toEqual([['exams', ['e.g. exams']]]);
  });
});
