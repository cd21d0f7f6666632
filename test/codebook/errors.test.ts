// Every codebook problem is a ConfigError (exit 2) naming the file and line, with what was expected.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadCodebook, parseCodebook } from '../../src/codebook/load.js';
import { ConfigError, ConfigErrors, problemsOf } from '../../src/util/errors.js';

/** The `file:line: message` a codebook text fails with. */
function failure(text: string, file = 'codebook.yml'): string {
  try {
    parseCodebook(text, file);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    expect((e as ConfigError).exitCode).toBe(2);
    return (e as ConfigError).describe();
  }
  throw new Error('expected the codebook to fail');
}

const theme = (id: string, extra = '    words: [x]\n'): string => `  - id: ${id}\n    label: ${id.toUpperCase()}\n${extra}`;

describe('codebook validation (YAML)', () => {
  it('duplicate theme ids, pointing at both lines', () => {
    expect(failure(`themes:\n${theme('funding')}${theme('stress')}${theme('funding')}`)).toBe("codebook.yml:8: theme 'funding' is defined twice (first at line 2)");
  });

  it('a theme without id is an error; one without label is labelled by its id, as a CSV theme by its name', () => {
    expect(failure('themes:\n  - label: Money\n    words: [money]\n')).toBe("codebook.yml:2: theme has no id (label 'Money')");
    const yml = parseCodebook("themes:\n  - id: mental-health\n    words: [stress]\n  - id: LGBTQ_support\n    label: ''\n    words: [gsa]\n  - id: money\n    label: Funding\n    words: [money]\n", 'codebook.yml');
    expect(yml.themes.map((t) => [t.id, t.label])).toEqual([
      ['mental-health', 'Mental health'],
      ['LGBTQ_support', 'LGBTQ support'],
      ['money', 'Funding'],
    ]);
    const json = parseCodebook(JSON.stringify({ themes: [{ id: 'class-size', words: ['class size'] }] }), 'codebook.json');
    expect(json.themes.map((t) => [t.id, t.label])).toEqual([['class-size', 'Class size']]);
  });

  it('a name written as the id is told the id and label to write', () => {
    expect(failure('themes:\n  - id: Mental health & wellbeing\n    words: [stress]\n')).toBe(
      "codebook.yml:2: theme id 'Mental health & wellbeing' may hold only letters, digits, '-', '_' and '.' (no spaces or ';'); write id: mental-health-wellbeing, label: Mental health & wellbeing",
    );
  });

  it('an id with spaces or ;', () => {
    expect(failure('themes:\n  - id: mental health\n    label: M\n    words: [x]\n')).toBe(
      "codebook.yml:2: theme id 'mental health' may hold only letters, digits, '-', '_' and '.' (no spaces or ';'); write id: mental-health",
    );
  });

  it('an empty theme (no patterns, no children)', () => {
    expect(failure(`themes:\n${theme('a')}  - id: b\n    label: B\n`)).toBe("codebook.yml:5: theme 'b' has no patterns (give words, globs, phrases or regex) and no child themes");
  });

  it('a broken regex, at its own line', () => {
    expect(failure("themes:\n  - id: a\n    label: A\n    regex:\n      - '/ok/'\n      - '/flex(ible block/'\n")).toBe(
      "codebook.yml:6: theme 'a': regex /flex(ible block/ is not valid: unterminated group (a '(' has no ')')",
    );
    expect(failure("themes:\n  - id: a\n    label: A\n    regex: ['/a*/']\n")).toBe("codebook.yml:4: theme 'a': regex /a*/ matches empty text");
    expect(failure("themes:\n  - id: a\n    label: A\n    regex: ['/a/g']\n")).toBe("codebook.yml:4: theme 'a': regex /a/g has unsupported flag(s) 'g' (allowed: i m s u)");
    // the closing slash forgotten: the regex was matched with its opening slash, which no text has there
    expect(failure("themes:\n  - id: a\n    label: A\n    regex: ['/\\bexams? stress']\n")).toBe(
      "codebook.yml:4: theme 'a': regex /\\bexams? stress begins with '/' but does not end with one: write /\\bexams? stress/ (or \\/ to match a slash itself)",
    );
    expect(parseCodebook("themes:\n  - id: a\n    label: A\n    regex: ['\\/r\\/teachers', '\\bexams? stress']\n", 'c.yml').themes[0]!.patterns.map((p) => p.value)).toEqual(['\\/r\\/teachers', '\\bexams? stress']);
  });

  it('an unknown parent, with a did-you-mean', () => {
    expect(failure(`themes:\n${theme('wellbeing')}${theme('stress', '    parent: welbeing\n    words: [x]\n')}`)).toBe(
      "codebook.yml:7: theme 'stress' has unknown parent 'welbeing' (did you mean 'wellbeing'?)",
    );
  });

  it('a parent cycle', () => {
    expect(failure(`themes:\n${theme('a', '    parent: b\n    words: [x]\n')}${theme('b', '    parent: a\n    words: [y]\n')}`)).toBe(
      "codebook.yml:4: theme 'a' has a parent cycle (a → b → a): a theme cannot be under itself; remove the parent of one of them",
    );
  });

  it('unknown keys, with a did-you-mean', () => {
    expect(failure('themes:\n  - id: a\n    label: A\n    word: [x]\n')).toBe(
      "codebook.yml:4: theme 'a': unknown key 'word' (did you mean 'words'?) (expected one of: id, label, description, parent, count_negated, words, globs, phrases, regex, exclude, not_near)",
    );
    expect(failure('theme:\n  - id: a\n')).toBe("codebook.yml:1: codebook: unknown key 'theme' (did you mean 'themes'?) (expected one of: name, description, language, setting, themes)");
    expect(failure('themes:\n  - id: a\n    label: A\n    words:\n      - { value: x, not_neer: [y] }\n')).toBe(
      "codebook.yml:5: theme 'a', words entry: unknown key 'not_neer' (did you mean 'not_near'?) (expected one of: value, not_near)",
    );
  });

  it('wrong value types', () => {
    expect(failure('themes:\n  - id: a\n    label: A\n    count_negated: sometimes\n    words: [x]\n')).toBe(
      'codebook.yml:4: theme \'a\': count_negated should be true or false, found string "sometimes"',
    );
    // `no` and `yes` are read as a CSV codebook reads them (and YAML 1.1 did), not refused as text
    const yesNo = parseCodebook('themes:\n  - id: a\n    count_negated: no\n    words: [x]\n  - id: b\n    count_negated: Yes\n    words: [y]\n', 'codebook.yml');
    expect(yesNo.themes.map((t) => t.countNegated)).toEqual([false, true]);
    expect(failure('themes:\n  - id: a\n    label: A\n    words: {x: 1}\n')).toBe("codebook.yml:4: theme 'a': words should be a list, found a mapping");
    expect(failure('themes: 3\n')).toBe("codebook.yml:1: 'themes' should be a list of themes, found number 3");
    expect(failure('themes: []\n')).toBe('codebook.yml: codebook has no themes');
  });

  it('patterns that cannot match', () => {
    expect(failure("themes:\n  - id: a\n    label: A\n    words: ['anxi*']\n")).toBe("codebook.yml:4: theme 'a': word 'anxi*' has a wildcard; put it under globs");
    expect(failure("themes:\n  - id: a\n    label: A\n    words: ['!!']\n")).toBe("codebook.yml:4: theme 'a': word '!!' has no letters or digits");
    expect(failure('themes:\n  - id: a\n    label: A\n    words: [happy, "😊"]\n')).toBe("codebook.yml:4: theme 'a': word '😊' has no letters or digits (to match a symbol or emoji, use a regex: '/😊/u')");
    expect(parseCodebook("themes:\n  - id: a\n    label: A\n    regex: ['/😊/u']\n", 'c.yml').themes[0]!.patterns).toEqual([{ kind: 'regex', value: '/😊/u' }]);
    expect(failure("themes:\n  - id: a\n    label: A\n    globs: ['flex block*']\n")).toBe(
      "codebook.yml:4: theme 'a': glob 'flex block*' has a space; a glob matches one word: use the phrase 'flex block', whose words match in any of their forms, or a regex for any ending in its place, e.g. '/\\bflex block\\w*\\b/' (put it under regex)",
    );
    // a hyphen before the wildcard, read away: 'co-*' coded "could" and "come"; a hyphen inside a glob stays fine
    expect(failure("themes:\n  - id: a\n    globs: ['co-*', self-pac*]\n")).toBe(
      "codebook.yml:3: theme 'a': glob 'co-*' is matched without its hyphen, as 'co*', so it codes every word beginning 'co', not only those written 'co-': give each word with its hyphen, or for 'co-' before any word the regex '/\\bco[- ]\\w+/' (put it under regex)",
    );
    // two globs a comma was left out of, and a glob of a phrase without wildcards
    expect(failure("themes:\n  - id: a\n    globs: ['anxi* nervous*']\n")).toBe(
      "codebook.yml:3: theme 'a': glob 'anxi* nervous*' has a space; a glob matches one word, so these are 2 globs: separate them with commas ('anxi*', 'nervous*')",
    );
    expect(failure("themes:\n  - id: a\n    globs: ['self care']\n")).toBe("codebook.yml:3: theme 'a': glob 'self care' has a space; globs match one word (use a phrase)");
  });

  it('theme ids that differ only in case, at the second one', async () => {
    const file = path.resolve(import.meta.dirname, '../../fixtures/codebook/errors/case-duplicate.yml');
    await expect(loadCodebook(file)).rejects.toMatchObject({ line: 9, message: "theme 'stress' differs from theme 'Stress' (line 3) only in case; give them different ids, or merge them" });
  });

  it('a wildcard inside a phrase, with a regex that does what it meant', async () => {
    const file = path.resolve(import.meta.dirname, '../../fixtures/codebook/errors/wildcard-phrase.yml');
    await expect(loadCodebook(file)).rejects.toMatchObject({
      line: 7,
      message: "theme 'mental-health': phrase 'mental * health' has a wildcard; globs match one word, so for any word in its place use a regex, e.g. '/\\bmental \\w+ health\\b/'",
    });
    expect(failure("themes:\n  - id: a\n    label: A\n    phrases: ['anxi* attack']\n")).toBe(
      "codebook.yml:4: theme 'a': phrase 'anxi* attack' has a wildcard; globs match one word, so for any word in its place use a regex, e.g. '/\\banxi\\w* attack\\b/'",
    );
    // the regex it suggests is valid and matches a phrase with one word in the middle
    const book = parseCodebook("themes:\n  - id: a\n    label: A\n    regex: ['/\\bmental \\w+ health\\b/']\n", 'c.yml');
    expect(book.themes[0]!.patterns[0]!.value).toBe('/\\bmental \\w+ health\\b/');
  });

  it('YAML syntax errors', () => {
    expect(failure('themes:\n  - id: a\n    label: A: B\n')).toMatch(/^codebook\.yml:3: not valid YAML: /);
  });

  it("a regex begun with Python's or R's inline flag, (?i), is told to leave it out, where it was 'invalid group'", () => {
    expect(failure("themes:\n  - id: a\n    regex: ['(?i)stress']\n")).toBe(
      "codebook.yml:3: theme 'a': regex (?i)stress begins with (?i), a flag as Python or R write one, which JavaScript's regexes do not know: a regex here always ignores case, so leave it out: write 'stress'",
    );
    expect(failure("themes:\n  - id: a\n    regex: ['(?is)stress.*school']\n")).toMatch(/so leave it out and give the others after a closing slash: '\/stress\.\*school\/s'$/);
  });

  it('a ratio (1:1) is told the regex that matches it, not to give each entry on its own as a list is', () => {
    expect(failure('themes:\n  - id: devices\n    words: ["1:1"]\n')).toBe(
      "codebook.yml:3: theme 'devices': word '1:1' is read as two numbers with ':' between them, and a phrase never matches across one: for it as written, use the regex '/\\b1:1\\b/' (put it under regex)",
    );
    expect(failure('themes:\n  - id: a\n    phrases: ["stress: anxiety"]\n')).toMatch(/give each entry on its own/);
  });

  it("a grade or language with a sign (A+, C++, C#, B-) is an error with its regex, where the sign was read away and 'A+' coded every 'a'", () => {
    expect(failure('themes:\n  - id: grades\n    words: [A+]\n')).toBe(
      "codebook.yml:3: theme 'grades': word 'A+' is read as 'a', since a word is its letters and digits and the '+' is left out, so it would code every 'a': for it as written, use the regex '/\\bA\\+/' (put it under regex)",
    );
    expect(failure('{"themes": [{"id": "coding", "phrases": ["C# class"]}]}', 'codebook.json')).toBe(
      `codebook.json:1: theme 'coding': phrase 'C# class' is read as 'c class', since a word is its letters and digits and the '#' is left out, so it would code every 'c class': for it as written, use the regex '/\\bC# class\\b/' (put it in the theme's "regex" list)`,
    );
    expect(failure('themes:\n  - id: grades\n    words: [B-, C++]\n')).toMatch(/word 'B-' is read as 'b'.*\n.*word 'C\+\+' is read as 'c'/);
    // a hashtag, a grade range and a hyphenated word stay as they were
    expect(parseCodebook('themes:\n  - id: a\n    words: ["#mentalhealth", K-12, x-ray]\n', 'codebook.yml').themes[0]!.patterns.map((p) => p.value)).toEqual(['#mentalhealth', 'K-12', 'x-ray']);
  });

  it('YAML syntax errors a researcher makes, each with what it most likely means', () => {
    expect(failure('themes:\n  - id: exams\n    label: Stress: exams and tests\n    words: [exam]\n')).toBe(
      'codebook.yml:3: not valid YAML: Nested mappings are not allowed in compact mappings; a text holding \': \' needs quotes, as in label: "Stress: exams and tests"',
    );
    expect(failure('themes:\n  - id: a\n    label: A\n    words: [stress, worry\n    globs: [anxi*]\n  - id: b\n    label: B\n    words: [x]\n')).toMatch(
      /^codebook\.yml:4: not valid YAML: .*; a list opened with '\[' here is not closed with '\]'$/,
    );
    expect(failure("themes:\n  - id: a\n    label: A\n    words: ['don't', worry]\n")).toMatch(/^codebook\.yml:4: not valid YAML: .*inside '…' an apostrophe is written twice \('don''t'\)/);
    expect(failure('themes:\n  - id: a\n\tlabel: A\n')).toBe('codebook.yml:3: not valid YAML: Tabs are not allowed as indentation; indent with spaces, not tabs');
    // a '-' typed without its space: the parser spoke of columns, or of a text needing quotes
    expect(failure('themes:\n  - id: exams\n    words:\n      - exam\n      -test\n      - quiz\n')).toMatch(/^codebook\.yml:5: not valid YAML: .*; a list entry needs a space after its '-', as in "- test"$/);
    expect(failure('themes:\n  -id: a\n    words: [x]\n')).toMatch(/^codebook\.yml:2: not valid YAML: .*; a list entry needs a space after its '-', as in "- id: a"$/);
  });
});

describe('codebook validation (other formats)', () => {
  it('JSON syntax errors with a line', () => {
    expect(failure('{\n  "themes": [\n    { "id": "a", }\n  ]\n}\n', 'codebook.json')).toMatch(/^codebook\.json:3: not valid JSON: /);
  });

  it('JSON written by hand: a comment, single quotes, curly quotes and a missing comma, each said with its line', () => {
    expect(failure('{\n  // our codebook, v2\n  "themes": [{"id": "a", "words": ["stress"]}]\n}\n', 'codebook.json')).toBe(
      'codebook.json:2: not valid JSON: a comment, which JSON does not allow (remove it; in a YAML codebook a comment starts with #)',
    );
    expect(failure("{\n  'themes': []\n}\n", 'codebook.json')).toBe('codebook.json:2: not valid JSON: a text between single quotes: JSON writes its texts between double quotes, "…"');
    expect(failure('{"themes": [\n  {"id": "a", "words": [“stress”]}\n]}\n', 'codebook.json')).toBe(
      'codebook.json:2: not valid JSON: a curly quote (“), as a word processor types it: JSON writes its texts between straight double quotes, "…" (save it from a plain-text editor)',
    );
    // inside a string they are text, and the missing comma is said in words
    expect(failure('{"themes": [\n  {"id": "a", "label": "Stress // ‘worry’", "words": ["stress" "worry"]}\n]}\n', 'codebook.json')).toBe(
      "codebook.json:2: not valid JSON: Expected ',' or ']' after array element; a comma is missing before the next entry of the list (or a ']' to close it)",
    );
  });

  it('JSON: a trailing comma and an empty file, said plainly with the line', async () => {
    const errors = path.resolve(import.meta.dirname, '../../fixtures/codebook/errors');
    const file = path.join(errors, 'trailing-comma.json');
    await expect(loadCodebook(file)).rejects.toMatchObject({
      file,
      line: 7,
      message: 'not valid JSON: a comma after the last entry of a list or object (JSON allows none; remove it)',
    });
    expect(failure('{\n  "themes": [\n    {"id": "a", "label": "A", "words": [tru]}\n  ]\n}\n', 'codebook.json')).toBe("codebook.json: not valid JSON: Unexpected token ']'");
    expect(failure('', 'codebook.json')).toBe("codebook.json:1: codebook is empty (expected a JSON object with a 'themes' list)");
    await expect(loadCodebook(path.join(errors, 'empty.yml'))).rejects.toMatchObject({
      line: 1,
      message: "codebook is empty (expected a 'themes' list; `reflect codebook init` prints one to start from)",
    });
  });

  it('JSON semantics errors with a line', () => {
    expect(failure('{\n  "themes": [\n    { "id": "a", "label": "A", "words": ["x"] },\n    { "id": "a", "label": "B", "words": ["y"] }\n  ]\n}\n', 'codebook.json')).toBe(
      "codebook.json:4: theme 'a' is defined twice (first at line 3)",
    );
  });

  it('CSV: unknown column, unknown kind, conflicting labels, missing columns', () => {
    expect(failure('theme,pattern,lable\na,x,A\n', 'codebook.csv')).toBe(
      "codebook.csv:1: unknown column 'lable' (did you mean 'label'?) (expected: theme, pattern, label, description, parent, kind, count_negated; other columns are ignored)",
    );
    expect(failure('theme,pattern,kind\na,x,wrd\n', 'codebook.csv')).toBe("codebook.csv:2: unknown kind 'wrd' (did you mean 'word'?) (expected: word, glob, phrase, regex, exclude, not_near)");
    expect(failure('theme,pattern,label\na,x,Money\na,y,Cash\n', 'codebook.csv')).toBe("codebook.csv:3: theme 'a' has label 'Cash' here but 'Money' on an earlier row");
    expect(failure('theme,keywords,Keyword\na,x,y\n', 'codebook.csv')).toBe("codebook.csv:1: column 'pattern' is given twice (as 'keywords' and 'Keyword')");
    expect(failure('Code;Schlüsselwörter\na;x\n', 'codebook.csv')).toBe("codebook.csv:1: codebook has no 'pattern' column (found: code, schlüsselwörter)");
    expect(failure('theme,label\na,A\n', 'codebook.csv')).toBe("codebook.csv:1: codebook has no 'pattern' column (found: theme, label)");
    expect(failure('theme,pattern,parent\na,x,\nb,y,c\n', 'codebook.csv')).toBe("codebook.csv:3: theme 'b' has unknown parent 'c'");
  });

  it('QDC: broken XML and codes without names (two codes of one name are two themes: see qdc-exports.test.ts)', () => {
    expect(failure('<CodeBook>\n  <Codes>\n    <Code name="A">\n  </Codes>\n</CodeBook>\n', 'codebook.qdc')).toBe('codebook.qdc:4: not valid XML: </Codes> closes <Code> from line 3');
    expect(failure('<CodeBook>\n  <Codes>\n    <Code guid="1"/>\n  </Codes>\n</CodeBook>\n', 'codebook.qdc')).toBe('codebook.qdc:3: <Code> has no name');
    expect(failure('<Project>\n</Project>\n', 'codebook.qdc')).toBe('codebook.qdc:1: not a REFI-QDA codebook: root element is <Project>, expected <CodeBook>');
  });

  it('QDC: what the XML parser finds, at its line', () => {
    expect(failure('<CodeBook>\n  <Codes>\n    <Code name="A">\n', 'codebook.qdc')).toBe('codebook.qdc:3: not valid XML: <Code> is not closed');
    expect(failure('notes\n<CodeBook/>\n', 'codebook.qdc')).toBe('codebook.qdc:1: not valid XML: text data outside of root node');
    expect(failure('<CodeBook>\n  <Codes>\n    <Code name="Fees &euro;"/>\n', 'codebook.qdc')).toBe('codebook.qdc:3: not valid XML: undefined entity');
    expect(failure('', 'codebook.qdc')).toBe('codebook.qdc:1: not valid XML: document must contain a root element');
  });

  it('QDC: entities, CDATA and namespaces read; a start tag over several lines is at its first line', () => {
    const qdc = [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<qdc:CodeBook xmlns:qdc="urn:QDA-XML:codebook:1.0">',
      '  <qdc:Codes>',
      '    <qdc:Code guid="1" name="Fees &amp; costs"><qdc:Description><![CDATA[Keywords: fees, "costs < 5"]]></qdc:Description></qdc:Code>',
      '    <qdc:Code',
      '        guid="2"',
      '        name="Caf&#233;">',
      '    </qdc:Code>',
      '  </qdc:Codes>',
      '</qdc:CodeBook>',
    ].join('\n');
    const book = parseCodebook(qdc, 'codebook.qdc');
    expect(book.themes.map((t) => [t.id, t.label, t.patterns.map((p) => p.value)])).toEqual([
      ['fees-costs', 'Fees & costs', ['fees', 'costs < 5']],
      ['cafe', 'Café', ['Café']],
    ]);
    // the second code's problem is named at the line its start tag begins on
    expect(failure(qdc.replace('name="Caf&#233;"', 'color="#FF0000"'), 'codebook.qdc')).toBe('codebook.qdc:5: <Code> has no name');
  });

  it('unsupported extensions and missing files', async () => {
    expect(failure('x', 'codebook.txt')).toBe("codebook.txt: codebook format '.txt' is not supported (use .yml, .yaml, .json, .csv, .tsv, .tab, .qdc, .xlsx)");
    const missing = path.join(import.meta.dirname, 'no-such-codebook.yml');
    await expect(loadCodebook(missing)).rejects.toThrow(ConfigError);
    await expect(loadCodebook(missing)).rejects.toMatchObject({ file: missing, message: 'codebook file not found' });
  });
});

describe('setting rules in a codebook file', () => {
  const themes = 'themes:\n  - id: a\n    label: A\n    words: [a]\n';

  it('are checked with file and line', () => {
    expect(failure(`setting:\n  attributes: [school]\n  refs: [here]\n${themes}`, 'c.yml')).toBe(
      "c.yml:3: setting: unknown key 'refs' (expected one of: attributes, references, exclude)",
    );
    expect(failure(`setting:\n  attributes: [school]\n${themes}`, 'c.yml')).toBe('c.yml:2: setting has no references (words that refer to the setting, e.g. [here, the program])');
    expect(failure(`setting:\n  references: [here]\n${themes}`, 'c.yml')).toMatch(/^c\.yml:2: setting has no attributes/);
    expect(failure(`setting:\n  attributes: [school]\n  references: [here, '...']\n${themes}`, 'c.yml')).toBe("c.yml:3: setting: reference '...' has no letters or digits");
    expect(failure(`setting: [here]\n${themes}`, 'c.yml')).toBe('c.yml:1: setting should be a mapping with attributes and references, found a list');
  });

  it('normalise attribute names as reflect does (lower case, spaces to dashes)', () => {
    const book = parseCodebook(`setting:\n  attributes: [School Level, program]\n  references: [here]\n${themes}`, 'c.yml');
    expect(book.setting).toEqual({ attributes: ['school-level', 'program'], references: ['here'], exclusions: [] });
  });
});

describe('every problem in one run', () => {
  /** The problems a codebook text fails with, one `file:line: message` each. */
  function problems(text: string, file = 'codebook.yml'): string[] {
    try {
      parseCodebook(text, file);
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      return problemsOf(e as ConfigError).map((p) => p.describe());
    }
    throw new Error('expected the codebook to fail');
  }

  it('lists every problem of a codebook, in order of line, each once', async () => {
    const file = path.resolve(import.meta.dirname, '../../fixtures/codebook/errors/many-problems.yml');
    const error = await loadCodebook(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigErrors);
    expect((error as ConfigErrors).exitCode).toBe(2);
    expect((error as ConfigErrors).describe().split('\n')).toEqual([
      `${file}:11: theme 'stress': word 'anxi*' has a wildcard; put it under globs`,
      `${file}:15: theme 'sleep' has unknown parent 'welbeing' (did you mean 'wellbeing'?)`,
      `${file}:21: theme 'counselling': unknown key 'pattern' (did you mean 'words'?) (expected one of: id, label, description, parent, count_negated, words, globs, phrases, regex, exclude, not_near)`,
      `${file}:25: theme 'workload': phrase 'tests, deadlines' has ',' between its words, and a phrase never matches across one (give each entry on its own)`,
      `${file}:26: theme 'workload': regex /(homework|assignment/ is not valid: unterminated group (a '(' has no ')')`,
      `${file}:28: theme 'stress' is defined twice (first at line 8)`,
      `${file}:34: theme 'belonging': exclusion '!!' has no letters or digits`,
    ]);
  });

  it('checks a theme with a bad id on, reads past each bad entry of a list, and refuses wildcards where words are matched', () => {
    expect(problems('themes:\n  - id: bad id\n    label: X\n    regex: ["/(unclosed/"]\n    parent: nowhere\n')).toEqual([
      "codebook.yml:2: theme id 'bad id' may hold only letters, digits, '-', '_' and '.' (no spaces or ';'); write id: bad-id",
      "codebook.yml:4: theme 'bad id': regex /(unclosed/ is not valid: unterminated group (a '(' has no ')')",
      "codebook.yml:5: theme 'bad id' has unknown parent 'nowhere'",
    ]);
    expect(problems('themes:\n  - id: x\n    label: X\n    words: [a, null, b]\n    phrases: [c, ~]\n')).toEqual([
      "codebook.yml:4: theme 'x': an entry of words is empty",
      "codebook.yml:5: theme 'x': an entry of phrases is empty",
    ]);
    expect(problems('themes:\n  - id: x\n    label: X\n    words: [anxious]\n    exclude: ["anxious*"]\n    not_near: ["lego*"]\n')).toEqual([
      "codebook.yml:2: theme 'x': not_near word 'lego*' has a wildcard, and context words are matched by their base form, not as globs (write each word out)",
      "codebook.yml:5: theme 'x': exclusion 'anxious*' has a wildcard, and exclusions are matched as words and phrases, not as globs (write the words out)",
    ]);
  });

  it('says nothing twice: a theme whose key was misspelt is not also empty, a child of a bad id has a parent', () => {
    // `pattern:` for `words:` leaves the theme without patterns; that is the one problem
    expect(problems('themes:\n  - id: a\n    label: A\n    pattern: [x]\n  - id: b\n    label: B\n    word: [y]\n')).toEqual([
      "codebook.yml:4: theme 'a': unknown key 'pattern' (did you mean 'words'?) (expected one of: id, label, description, parent, count_negated, words, globs, phrases, regex, exclude, not_near)",
      "codebook.yml:7: theme 'b': unknown key 'word' (did you mean 'words'?) (expected one of: id, label, description, parent, count_negated, words, globs, phrases, regex, exclude, not_near)",
    ]);
    // an id with a space is one problem; its child names it as written, and is not also an orphan
    expect(problems('themes:\n  - id: mental health\n    label: M\n    words: [x]\n  - id: stress\n    label: S\n    parent: mental health\n    words: [y]\n  - id: c\n    label: C\n')).toEqual([
      "codebook.yml:2: theme id 'mental health' may hold only letters, digits, '-', '_' and '.' (no spaces or ';'); write id: mental-health",
      "codebook.yml:9: theme 'c' has no patterns (give words, globs, phrases or regex) and no child themes",
    ]);
    // a cycle of three is one problem, at its first theme; a theme below the cycle is not one
    expect(problems(`themes:\n${theme('a', '    parent: c\n    words: [x]\n')}${theme('b', '    parent: a\n    words: [x]\n')}${theme('c', '    parent: b\n    words: [x]\n')}${theme('d', '    parent: c\n    words: [x]\n')}`)).toEqual([
      "codebook.yml:4: theme 'a' has a parent cycle (a → c → b → a): a theme cannot be under itself; remove the parent of one of them",
    ]);
  });

  it('reads past a theme it cannot read, and keeps its id', () => {
    expect(problems('themes:\n  - wellbeing\n  - id: s\n    label: S\n    words: {x: 1}\n  - id: t\n    label: T\n    parent: s\n    words: [t, "!!"]\n')).toEqual([
      'codebook.yml:2: theme 1 should be a mapping of its keys (id, then words, phrases, globs or regex), found string "wellbeing"; write "- id: wellbeing" and its words on a line "words: [...]" under it',
      "codebook.yml:5: theme 's': words should be a list, found a mapping",
      "codebook.yml:9: theme 't': word '!!' has no letters or digits",
    ]);
  });

  it("an exclusion that is the theme's own word or phrase is an error, where it silently cancelled every match of it", () => {
    expect(problems("themes:\n  - id: a\n    words: [stress, worry]\n    phrases: [Don't care]\n    exclude: [Stress, 'don’t  care', stress ball]\n")).toEqual([
      "codebook.yml:5: theme 'a': exclusion 'Stress' is also its word 'stress', so it cancels every match of it: remove the exclusion, or make it a longer phrase to turn the word away in, as 'stress ball' for 'stress'",
      "codebook.yml:5: theme 'a': exclusion 'don’t  care' is also its phrase 'Don't care', so it cancels every match of it: remove the exclusion, or make it a longer phrase to turn the phrase away in, as 'stress ball' for 'stress'",
    ]);
    expect(problems('theme,pattern,kind\nmoney,fees,\nmoney,fees,exclude\n', 'codebook.csv')).toEqual([
      "codebook.csv:3: theme 'money': exclusion 'fees' is also its word 'fees', so it cancels every match of it: remove the exclusion, or make it a longer phrase to turn the word away in, as 'stress ball' for 'stress'",
    ]);
  });

  it('CSV: every bad row, each row read past on its own', () => {
    // row 3's blank theme cell is filled down: theme 'a', whose label there differs from its first row's
    expect(problems('theme,pattern,kind,label\na,x,wrd,A\n,y,,B\nb,money,,Money\nb,cash,,Cash\nc,flex*,word,C\n', 'codebook.csv')).toEqual([
      "codebook.csv:2: unknown kind 'wrd' (did you mean 'word'?) (expected: word, glob, phrase, regex, exclude, not_near)",
      "codebook.csv:3: a blank theme cell was taken as the theme above (filled down, for a sheet that writes each theme once, on the first row of its block): row 3 as 'a'",
      "codebook.csv:3: theme 'a' has label 'B' here but 'A' on an earlier row",
      "codebook.csv:5: theme 'b' has label 'Cash' here but 'Money' on an earlier row",
      "codebook.csv:6: theme 'c': word 'flex*' has a wildcard; put it under globs",
    ]);
  });

  it('CSV: a row with no theme and none above says only that', () => {
    expect(problems('theme,pattern\n,stress\na,x\n', 'codebook.csv')).toEqual(['codebook.csv:2: row has no theme id: its theme cell is blank, and no row above names a theme to fill it down from']);
  });

  it('shows the first 25 problems and counts the rest', () => {
    const themes = Array.from({ length: 30 }, (_, i) => theme(`t${i}`, "    words: ['!!']\n")).join('');
    const error = (() => {
      try {
        parseCodebook(`themes:\n${themes}`, 'codebook.yml');
      } catch (e) {
        return e as ConfigErrors;
      }
      throw new Error('expected the codebook to fail');
    })();
    expect(error.problems).toHaveLength(30);
    const lines = error.describe().split('\n');
    expect(lines).toHaveLength(26);
    expect(lines[0]).toBe("codebook.yml:4: theme 't0': word '!!' has no letters or digits");
    expect(lines[25]).toBe('codebook.yml: and 5 more problems');
  });
});

describe('a broken regex is said in words', () => {
  it("names what is missing, once, without the engine's copy of the regex", () => {
    const said = (regex: string): string => {
      try {
        parseCodebook(`themes:\n  - id: a\n    label: A\n    regex: ['${regex}']\n`, 'mine.yml');
      } catch (e) {
        return (e as ConfigError).describe();
      }
      return 'valid';
    };
    expect(said('/\\b(burn|burned out\\b/')).toBe("mine.yml:4: theme 'a': regex /\\b(burn|burned out\\b/ is not valid: unterminated group (a '(' has no ')')");
    expect(said('/[a-z/')).toBe("mine.yml:4: theme 'a': regex /[a-z/ is not valid: unterminated character class (a '[' has no ']')");
    expect(said('/*stress/')).toBe("mine.yml:4: theme 'a': regex /*stress/ is not valid: nothing to repeat (a *, + or ? follows nothing it could repeat; write \\* for a star itself)");
  });
});

describe('a list entry indented more than those above it', () => {
  it('is said at its line, where YAML had made one phrase of it and the entry above', () => {
    const yaml = ['themes:', '  - id: wellbeing', '    label: Wellbeing', '    words:', '      - stress', '      - worry', '       - anxious', '      - tired', '    phrases:', '      - teacher - student'].join('\n');
    let said = '';
    try {
      parseCodebook(yaml, 'mine.yml');
    } catch (e) {
      said = (e as ConfigError).describe();
    }
    expect(said).toBe("mine.yml:7: theme 'wellbeing': '- anxious' is indented more than the words entries above it, so it was read as part of 'worry - anxious'; indent each entry of the list alike");
    // a dash between words on one line is a phrase as written
    expect(parseCodebook(yaml.replace('       - anxious', '      - anxious'), 'mine.yml').themes[0]!.patterns.map((p) => p.value)).toEqual(['stress', 'worry', 'anxious', 'tired', 'teacher - student']);
  });
});

describe('a codebook or theme that is not a mapping', () => {
  const problems = (text: string, file = 'codebook.yml'): string[] => {
    try {
      parseCodebook(text, file);
    } catch (e) {
      return problemsOf(e as ConfigError).map((p) => p.describe());
    }
    throw new Error('expected the codebook to fail');
  };

  it('says what a theme is written as, with file and line, not the optional label', () => {
    // a list of theme names where themes were meant
    expect(problems('- wellbeing\n- money\n')).toEqual([
      'codebook.yml:1: theme 1 should be a mapping of its keys (id, then words, phrases, globs or regex), found string "wellbeing"; write "- id: wellbeing" and its words on a line "words: [...]" under it',
      'codebook.yml:2: theme 2 should be a mapping of its keys (id, then words, phrases, globs or regex), found string "money"; write "- id: money" and its words on a line "words: [...]" under it',
    ]);
    expect(problems('themes:\n  -\n  - id: b\n    words: [x]\n')).toEqual(['codebook.yml:2: theme 1 should be a mapping of its keys (id, then words, phrases, globs or regex), found nothing']);
    for (const p of problems('- wellbeing\n')) expect(p).not.toMatch(/label/);
  });

  it('themes keyed by id whose value is its words: the theme and its line, with the words line to write', () => {
    expect(problems('themes:\n  wellbeing: stress, worry\n  money:\n    words: [budget]\n')).toEqual([
      'codebook.yml:2: theme \'wellbeing\' should be a mapping of its keys (words, phrases, globs or regex), found string "stress, worry"; write "words: [stress, worry]" on a line under "wellbeing:"',
    ]);
    expect(problems('themes:\n  wellbeing: [stress, worry]\n  money: [budget]\n')).toEqual([
      'codebook.yml:2: theme \'wellbeing\' should be a mapping of its keys (words, phrases, globs or regex), found a list; write "words: [stress, worry]" on a line under "wellbeing:"',
      'codebook.yml:3: theme \'money\' should be a mapping of its keys (words, phrases, globs or regex), found a list; write "words: [budget]" on a line under "money:"',
    ]);
  });

  it('a list of themes each written as its id and words (`- wellbeing: [stress, worry]`): told to write id:, with the lines, not "unknown key"', () => {
    const said = problems('themes:\n  - wellbeing: [stress, worry]\n  - money: budget, fees\n  - timetables:\n      words: [timetable]\n  - id: grades\n    words: [marks]\n');
    expect(said).toEqual([
      'codebook.yml:2: theme 1 is written as its id \'wellbeing\' with its words under it, where a theme in a list is written with id: write "- id: wellbeing" and under it "  words: [stress, worry]"',
      'codebook.yml:3: theme 2 is written as its id \'money\' with its words under it, where a theme in a list is written with id: write "- id: money" and under it "  words: [budget, fees]"',
      'codebook.yml:4: theme 3 is written as its id \'timetables\' with its keys under it, where a theme in a list is written with id: write "- id: timetables" and under it "  words: …", lined up with id',
    ]);
    for (const p of said) expect(p).not.toMatch(/unknown key|has no id/);
    // its id still counts: a parent naming it is no second problem
    expect(problems('themes:\n  - wellbeing: [stress]\n  - id: worry\n    parent: wellbeing\n    words: [worry]\n')).toHaveLength(1);
    // a theme key other tools use (`keywords:`) is still told as the key meant, with the theme's id missing
    expect(problems('themes:\n  - keywords: [stress]\n').join('\n')).toMatch(/did you mean 'words'/);
  });

  it('one theme written under themes without its "-" is told to add it', () => {
    expect(failure('themes:\n  id: wellbeing\n  words: [stress]\n')).toBe(
      'codebook.yml:2: \'themes\' should be a list of themes, found one theme\'s keys (id, words); put "- " before its first key, as in "- id: …"',
    );
  });

  it('a top level that is neither a mapping nor a list says what it found', () => {
    expect(failure('42\n')).toBe("codebook.yml:1: codebook should be a mapping with a 'themes' list (or a list of themes), found number 42");
    expect(failure('just some notes about stress\n', 'notes.yml')).toBe(
      'notes.yml:1: codebook should be a mapping with a \'themes\' list (or a list of themes), found string "just some notes about stress"',
    );
  });
});
