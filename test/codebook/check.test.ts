// lintCodebook on a small inline corpus, and the `codebook` command run in-process.
import { describe, expect, it, vi, afterEach } from 'vitest';
import { Command } from 'commander';
import { loadCodebook, parseCodebook, readDefaultCodebookText } from '../../src/codebook/load.js';
import { compileCodebook } from '../../src/codebook/compile.js';
import { anotherWordPatterns, formatLint, lintCodebook } from '../../src/codebook/check.js';
import { tagResponses } from '../../src/analyses/tagging.js';
import { formatTried, registerCodebookCommand } from '../../src/commands/codebook.js';
import { tryCodebook } from '../../src/codebook/try.js';
import type { Response } from '../../src/model.js';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { ROOT, tempDir } from '../cli/helpers.js';

const yaml = `themes:
  - id: stress
    label: Stress
    words: [stress, Stressed, STRESS, worry, school]
  - id: exams
    label: Exams
    words: [exam]
  - id: money
    label: Money
    words: [money, budget]
`;

const texts = [
  'Exams stress me out at school',
  'the exam week is stress',
  'exam stress again at school',
  'school exams and stress',
  'more stress before the exam',
  'school money is tight',
  'cafeteria food is cold',
  'the cafeteria food and the buses',
  'buses are late, cafeteria too',
  'school',
];
const responses: Response[] = texts.map((text, i) => ({ id: `r${i + 1}`, sourceId: 's.csv', locator: `row ${i + 1}`, participantId: `p${i + 1}`, text }));

describe('lintCodebook', () => {
  const codebook = parseCodebook(yaml, 'lint.yml');
  const compiled = compileCodebook(codebook, { expansions: false, matcher: 'lemma' });
  const codings = tagResponses(responses, compiled);
  const lint = lintCodebook(codebook, compiled, responses, codings);

  it('counts responses per theme and uncoded responses', () => {
    expect(lint.responses).toBe(10);
    expect(lint.uncoded).toBe(3);
    expect(lint.themes).toEqual([
      { themeId: 'stress', responses: 7 },
      { themeId: 'exams', responses: 5 },
      { themeId: 'money', responses: 1 },
    ]);
  });

  it('finds duplicate, never-matching and too-broad patterns, and co-occurring themes', () => {
    expect(lint.findings).toEqual([
      // another form as written is kept apart: the keyword baseline matches it, the lemma matcher reads it as 'stress'
      {
        kind: 'other-form',
        themeId: 'stress',
        subject: 'Stressed',
        count: 0,
        of: 'stress',
        message: "word 'Stressed' is another form of 'stress': the lemma matcher reads them as one; only --matcher keyword, which matches as written, needs it",
      },
      { kind: 'duplicate-pattern', themeId: 'stress', subject: 'STRESS', count: 0, message: "word 'STRESS' repeats 'stress' (same lemmas)" },
      { kind: 'too-broad', themeId: 'stress', subject: 'stress', count: 5, message: "word 'stress' matches 5 of 10 responses (50%): too general?" },
      { kind: 'never-matches', themeId: 'stress', subject: 'worry', count: 0, message: "word 'worry' matches no response" },
      { kind: 'too-broad', themeId: 'stress', subject: 'school', count: 5, message: "word 'school' matches 5 of 10 responses (50%): too general?" },
      { kind: 'too-broad', themeId: 'exams', subject: 'exam', count: 5, message: "word 'exam' matches 5 of 10 responses (50%): too general?" },
      { kind: 'never-matches', themeId: 'money', subject: 'budget', count: 0, message: "word 'budget' matches no response" },
      {
        kind: 'co-occur',
        themeId: 'stress',
        subject: 'exams',
        count: 5,
        message: "'stress' and 'exams' share 5 responses, 100% of 'exams': merge them, or make one the other's parent?",
      },
    ]);
  });

  it('lists frequent words of uncoded responses, by lemma, each as written most often', () => {
    expect(lint.unmatchedWords).toEqual([
      { word: 'cafeteria', responses: 3 },
      { word: 'buses', responses: 2 },
      { word: 'food', responses: 2 },
    ]);
  });

  it('leaves de-identification placeholders out of the frequent words', () => {
    const placeholders: Response[] = ['[name] said the buses', '[name] and [email]', 'ask [name]'].map((text, i) => ({ id: `x${i}`, sourceId: 's.csv', locator: '', participantId: 'p', text }));
    expect(lintCodebook(codebook, compiled, placeholders, []).unmatchedWords).toEqual([]);
  });

  it('lists the settings responses referred to, with their themes and responses', () => {
    const ev = (setting?: string) => ({ text: 'here', start: 0, end: 4, pattern: 'here', kind: 'word' as const, ...(setting ? { setting } : {}) });
    const withSetting = [
      { responseId: 'r1', themeId: 'money', evidence: [ev('program: Trades')] },
      { responseId: 'r1', themeId: 'stress', evidence: [ev('program: Trades')] },
      { responseId: 'r2', themeId: 'stress', evidence: [ev(), ev('program: Trades')] },
      { responseId: 'r3', themeId: 'exams', evidence: [ev('school: Pathways')] },
    ];
    expect(lintCodebook(codebook, compiled, responses, withSetting).settings).toEqual([
      { setting: 'program: Trades', themes: ['stress', 'money'], responses: 2 },
      { setting: 'school: Pathways', themes: ['exams'], responses: 1 },
    ]);
    expect(lint.settings).toEqual([]);
  });

  it('gives no share of no responses', () => {
    const empty = lintCodebook(codebook, compiled, [], []);
    const text = formatLint(empty);
    expect(text).toContain('0 responses; 0 (–) carry no theme.');
    expect(text).toContain('  stress       0     –');
    expect(text).not.toContain('0%');
  });

  it("tells a function word ('the') once, as a function word, not again as too general", () => {
    const book = parseCodebook('themes:\n  - id: school\n    words: [the, school]\n', 'fw.yml');
    const c = compileCodebook(book, { expansions: false, matcher: 'lemma' });
    const said = ['the school is loud', 'the bus was late to school', 'I liked the teachers at school', 'the tests', 'the food at school', 'school', 'the gym']
      .map((text, i) => ({ id: `t${i}`, sourceId: 's.csv', locator: `row ${i + 1}`, participantId: `p${i}`, text }));
    const found = lintCodebook(book, c, said, tagResponses(said, c)).findings;
    expect(found.filter((f) => f.subject === 'the').map((f) => f.kind)).toEqual(['function-word']);
    // another word as common is still too general
    expect(found.filter((f) => f.subject === 'school').map((f) => f.kind)).toEqual(['too-broad']);
  });

  it('formats the lint for the terminal', () => {
    const text = formatLint(lint);
    expect(text).toContain('10 responses; 3 (30%) carry no theme.');
    expect(text).toContain('  stress       7   70%');
    // One line a theme: a broad codebook on a small folder has hundreds of patterns that never match.
    expect(text).toContain("Patterns that never match (2):\n  stress (1): 'worry'\n  money (1): 'budget'\n");
    expect(text).toContain('Most frequent words in responses no theme matched:\n  cafeteria (3), buses (2), food (2)\n');
    expect(text).toContain("Duplicate patterns (1):\n  stress: word 'STRESS' repeats 'stress' (same lemmas)\n");
    expect(text).toContain("Other forms of a pattern in its theme, read as one by the lemma matcher (kept for --matcher keyword, which matches as written) (1):\n  stress: 'Stressed' is another form of 'stress'\n");
  });

  it('says of the built-in codebook that patterns matching nothing are expected, a count and the first few', () => {
    const many = Array.from({ length: 9 }, (_, i) => `unmet${String.fromCharCode(97 + i)}`);
    const book = parseCodebook(`themes:\n  - id: stress\n    label: Stress\n    words: [stress, stressed, ${many.join(', ')}]\n`, 'builtin.yml');
    const c = compileCodebook(book, { expansions: false, matcher: 'lemma' });
    const l = lintCodebook(book, c, responses, tagResponses(responses, c));
    const text = formatLint(l, { builtIn: true });
    expect(text).toContain(
      "Patterns of the built-in codebook that match no response here: 9, as expected of a general codebook on 10 responses.\n  'unmeta', 'unmetb', 'unmetc', 'unmetd', 'unmete', 'unmetf', … (--json lists them all)\n",
    );
    expect(text).toContain("Other forms of a pattern in the built-in codebook: 1, read as one by the lemma matcher and kept for --matcher keyword, which matches as written.\n  'stressed' ('stress') (--json lists them all)\n");
    expect(text).not.toContain('Patterns that never match');
    // a codebook of one's own lists every one, a line a theme
    expect(formatLint(l)).toContain(`Patterns that never match (9):\n  stress (9): ${many.map((m) => `'${m}'`).join(', ')}\n`);
  });
});

describe('anotherWordPatterns', () => {
  it('flags a word whose base form is another word, never an inflection of its own', () => {
    const codebook = parseCodebook(
      'themes:\n  - id: improve\n    label: Improvement\n    words: [better, felt, timetables, studies, doing, children, stress]\n',
      'words.yml',
    );
    expect(anotherWordPatterns(codebook).map((f) => [f.subject, f.message])).toEqual([
      ['better', "word 'better' is read as its base form 'good', so it also codes 'good' and its other forms; for 'better' alone, use a regex: '/\\bbetter\\b/'"],
      ['felt', "word 'felt' is read as its base form 'feel', so it also codes 'feel' and its other forms; for 'felt' alone, use a regex: '/\\bfelt\\b/'"],
    ]);
  });

  it("flags a function word with its 's (it's, that's), read as the word alone, not a possessive of another", () => {
    const codebook = parseCodebook("themes:\n  - id: a\n    words: ['it’s', \"that's\", \"teacher's\", the]\n", 'words.yml');
    expect(anotherWordPatterns(codebook).map((f) => [f.kind, f.subject, f.message.split(',')[0]])).toEqual([
      ['function-word', 'it’s', "word 'it’s' is read as 'it'"],
      ['function-word', "that's", "word 'that's' is read as 'that'"],
      ['function-word', 'the', "word 'the' is a function word"],
    ]);
  });

  it('finds none in the default codebook', async () => {
    expect(anotherWordPatterns(await loadCodebook())).toEqual([]);
  });
});

describe('reflect codebook', () => {
  afterEach(() => vi.restoreAllMocks());

  async function run(args: string[]): Promise<string> {
    let out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    const program = new Command().exitOverride();
    registerCodebookCommand(program);
    await program.parseAsync(['node', 'reflect', ...args]);
    return out;
  }

  it('init prints the default codebook YAML', async () => {
    expect(await run(['codebook', 'init'])).toBe(await readDefaultCodebookText());
  });

  it('check validates the default codebook and lists its themes', async () => {
    const out = await run(['codebook', 'check', '--no-expand']);
    expect(out.split('\n')[0]).toBe('default codebook: 21 themes, OK');
    expect(out).toMatch(/\n {2}mental-health +Mental health \(\d+ patterns(?:, \d+ exclusions?)?\)\n/);
  });

  it('check says "1 theme", and try keeps a text given with a line break on one line', async () => {
    const dir = tempDir('reflect-try-');
    const file = path.join(dir, 'one.yml');
    writeFileSync(file, 'themes:\n  - id: trips\n    label: Trips\n    phrases: [field trip]\n');
    expect((await run(['codebook', 'check', '--codebook', file])).split('\n')[0]).toBe(`${file}: 1 theme, OK`);
    expect(await run(['codebook', 'try', '--codebook', file, 'the field trips\nwere fun', 'a field\ntrip'])).toBe(
      '"the field trips↵were fun"\n  trips  "field trips" at 4–15, phrase \'field trip\'\n"a field↵trip"\n  no theme\n',
    );
  });

  it('check with --config and no folder checks the codebook the config file names, not the built-in one', async () => {
    const dir = tempDir('reflect-check-config-');
    writeFileSync(path.join(dir, 'one.yml'), 'themes:\n  - id: trips\n    label: Trips\n    phrases: [field trip]\n');
    writeFileSync(path.join(dir, 'reflect.config.yml'), 'codebook: one.yml\n');
    const config = path.join(dir, 'reflect.config.yml');
    expect((await run(['codebook', 'check', '--config', config])).split('\n')[0]).toBe(`${path.join(dir, 'one.yml')}: 1 theme, OK`);
    await expect(run(['codebook', 'check', '--config', path.join(dir, 'none.yml')])).rejects.toThrow('config file not found');
  });

  it('check on a folder tags as analyze does, setting references included', async () => {
    const out = await run(['codebook', 'check', path.join(ROOT, 'fixtures/personalization-2016')]);
    expect(out).toContain('Settings responses referred to ("here", "the program", the school’s name):\n  program: Alternate program → alternate-programs (5 responses)\n');
    expect(out).not.toMatch(/Most frequent words[^\n]*\n[^\n]*\bname \(/);
  });
});

describe('lintCodebook: what the frequent words of uncoded responses leave out', () => {
  const of = (list: string[]): Response[] => list.map((text, i) => ({ id: `u${i + 1}`, sourceId: 's.csv', locator: `row ${i + 1}`, participantId: `p${i + 1}`, text }));
  const book = parseCodebook(
    `themes:
  - id: worry
    label: Worry
    words: [anxiety]
    count_negated: false
  - id: trips
    label: Trips
    phrases: [field trip]
`,
    'negated.yml',
  );
  const compiledBook = compileCodebook(book, { expansions: false, matcher: 'lemma' });
  const lintOf = (list: Response[]) => lintCodebook(book, compiledBook, list, tagResponses(list, compiledBook));

  it('never lists a name, even one met only at the start of a sentence, nor numbers with letters', () => {
    const lint = lintOf(
      of([
        'Trips and buses. Kaitlyn agrees with the buses',
        'The buses are late, ask Kaitlyn',
        'buses for the 10s in 2nd term',
        'Devon said buses for 10s, 2nd time',
        'buses, Devon',
      ]),
    );
    expect(lint.unmatchedWords).toEqual([{ word: 'buses', responses: 5 }]);
    expect(formatLint(lint)).not.toMatch(/kaitlyn|devon|10s|2nd/i);
  });

  it('does not call a pattern unused whose expansion won the words (mental health days)', () => {
    const book = parseCodebook('themes:\n  - id: wellbeing\n    label: Wellbeing\n    phrases: [mental health, panic attack]\n', 'x.yml');
    const expanded = compileCodebook(book, { expansions: true, matcher: 'lemma' });
    const rs: Response[] = [{ id: 'r1', sourceId: 's.csv', locator: 'row 1', participantId: 'p1', text: 'we need mental health days' }];
    const found = tagResponses(rs, expanded);
    expect(found[0]!.evidence).toEqual([expect.objectContaining({ pattern: 'mental-health day', expandedFrom: 'mental health' })]);
    const lint = lintCodebook(book, expanded, rs, found);
    expect(lint.findings.filter((f) => f.kind === 'never-matches').map((f) => f.subject)).toEqual(['panic attack']);
  });

  it('a pattern found only inside a longer match is said so, with the match that won, not that it never matches', () => {
    const book = parseCodebook(
      [
        'themes:',
        '  - id: exams',
        '    label: Exams',
        '    words: [exam, test, quiz]',
        '    exclude: [drug test]',
        '  - id: structure',
        '    label: Structure',
        '    phrases: [provincial exams, bell schedule]',
        '  - id: pace',
        '    label: Pace',
        '    words: [pace]',
        '    phrases: [own pace]',
      ].join('\n'),
      'mine.yml',
    );
    const compiled = compileCodebook(book, { expansions: false, matcher: 'lemma' });
    const rs: Response[] = ['the provincial exams were hard', 'I wrote the provincial exam', 'a test every week', 'at my own pace', 'a drug test at work'].map((text, i) => ({
      id: `r${i + 1}`,
      sourceId: 's.csv',
      locator: `row ${i + 1}`,
      participantId: `p${i + 1}`,
      text,
    }));
    const lint = lintCodebook(book, compiled, rs, tagResponses(rs, compiled));
    expect(lint.findings.filter((f) => f.kind === 'never-matches').map((f) => f.subject)).toEqual(['quiz', 'bell schedule']);
    expect(lint.findings.filter((f) => f.kind === 'only-inside-longer')).toEqual([
      {
        kind: 'only-inside-longer',
        themeId: 'exams',
        subject: 'exam',
        count: 2,
        message: "word 'exam' is in 2 responses, each time inside a longer match ('provincial exams' of structure), which wins",
        longer: { themeId: 'structure', pattern: 'provincial exams' },
      },
      {
        kind: 'only-inside-longer',
        themeId: 'pace',
        subject: 'pace',
        count: 1,
        message: "word 'pace' is in 1 response, each time inside a longer match ('own pace' of its own theme), which wins",
        longer: { themeId: 'pace', pattern: 'own pace' },
      },
    ]);
    expect(formatLint(lint)).toContain(
      "Patterns found only inside a longer match (the longest match wins) (2):\n  exams: word 'exam' is in 2 responses, each time inside a longer match ('provincial exams' of structure), which wins\n",
    );
  });

  it('shows each word as students wrote it, and leaves out number words, prepositions and fillers', () => {
    const lint = lintOf(
      of([
        'Actually the kids need data, one kid said',
        'kids share data among one another',
        'the kid had data around lunch, actually',
        'two kids and their data, probably',
      ]),
    );
    expect(lint.unmatchedWords).toEqual([
      { word: 'data', responses: 4 },
      { word: 'kids', responses: 4 },
    ]);
    expect(formatLint(lint)).not.toMatch(/datum|actually|among|around|probably|\bone\b|\btwo\b/);
  });

  it('keeps a capitalised word that is mostly written in lower case', () => {
    const lint = lintOf(of(['I like Math and math', 'math is hard']));
    expect(lint.unmatchedWords).toEqual([{ word: 'math', responses: 2 }]);
  });

  it('does not suggest a codebook word that coded nothing, and says the pattern was only negated', () => {
    const lint = lintOf(of(['I have no anxiety about tests', 'never any anxiety here', 'not anxiety for me', 'field trips please']));
    expect(lint.unmatchedWords).toEqual([]);
    expect(lint.uncodedCodebookWords).toEqual([{ word: 'anxiety', responses: 3 }]);
    expect(lint.findings).toEqual([
      {
        kind: 'only-negated',
        themeId: 'worry',
        subject: 'anxiety',
        count: 3,
        message: "word 'anxiety' is in 3 responses, always negated, so it codes none (count_negated: false)",
      },
    ]);
    const text = formatLint(lint);
    expect(text).not.toContain('Patterns that never match');
    expect(text).toContain(
      "Patterns found only negated, in themes with count_negated: false (1):\n  worry: word 'anxiety' is in 3 responses, always negated, so it codes none (count_negated: false)\n",
    );
    expect(text).toContain('Codebook words in those responses that coded nothing there (negated, excluded or out of context):\n  anxiety (3)\n');
    expect(text).not.toContain('Most frequent words in responses no theme matched');
  });
});

describe('codebook try says what cancelled a match', () => {
  const book = parseCodebook(
    [
      'themes:',
      '  - id: wellbeing',
      '    label: Wellbeing',
      '    words: [stress, anxiety]',
      '    exclude: [stress ball, stress test]',
      '  - id: timetables',
      '    label: Timetables',
      '    words: [{ value: block, not_near: [lego, city block] }, timetable]',
    ].join('\n'),
    'mine.yml',
  );
  const compiled = compileCodebook(book, { expansions: false, matcher: 'lemma' });

  it('names the exclusion that held a match, and the not_near word found, beside what was counted', () => {
    const tried = tryCodebook(['I squeeze a stress ball', 'the stress ball helps with stress', 'we built lego blocks', 'block B is long', 'no stress here'], compiled);
    expect(tried.map((t) => [t.themes.map((x) => x.themeId), (t.cancelled ?? []).map((c) => [c.themeId, c.evidence.text, c.exclusion ?? c.notNear])])).toEqual([
      [[], [['wellbeing', 'stress', 'stress ball']]],
      [['wellbeing'], [['wellbeing', 'stress', 'stress ball']]],
      [[], [['timetables', 'blocks', ['lego']]]],
      [['timetables'], []],
      [['wellbeing'], []],
    ]);
    expect(formatTried(tried.slice(0, 3))).toBe(
      [
        '"I squeeze a stress ball"',
        '  no theme',
        "  wellbeing  not counted: \"stress\" at 12–18, word 'stress', inside exclusion 'stress ball'",
        '"the stress ball helps with stress"',
        "  wellbeing  \"stress\" at 27–33, word 'stress'",
        "  wellbeing  not counted: \"stress\" at 4–10, word 'stress', inside exclusion 'stress ball'",
        '"we built lego blocks"',
        '  no theme',
        "  timetables  not counted: \"blocks\" at 14–20, word 'block', not_near 'lego' in its sentence",
        '',
      ].join('\n'),
    );
  });

  it('names the not_near words of the match\'s own sentence, as tagging reads them, not those elsewhere in the text', () => {
    const tried = tryCodebook(['I love lego. We walked around the city block.', 'Lego is fun. Block B is long.'], compiled);
    // 'lego' in another sentence cancels nothing, so it is not named; 'city block' in the sentence is
    expect(tried[0]!.cancelled!.map((c) => [c.evidence.text, c.notNear])).toEqual([['block', ['city block']]]);
    // and where the only context word is in another sentence, the match counts, as in analyze
    expect(tried[1]!.themes.map((t) => t.themeId)).toEqual(['timetables']);
    expect(tried[1]!.cancelled).toBeUndefined();
  });

  it('adds nothing for a codebook without exclusions or context words, nor for the keyword baseline', () => {
    const plain = compileCodebook(parseCodebook('themes:\n  - id: a\n    label: A\n    words: [stress]\n', 'a.yml'), { expansions: false, matcher: 'lemma' });
    expect(tryCodebook(['a stress ball'], plain)[0]).toEqual({ text: 'a stress ball', themes: [expect.objectContaining({ themeId: 'a' })] });
    const keyword = compileCodebook(book, { expansions: false, matcher: 'keyword' });
    expect(tryCodebook(['a stress ball'], keyword)[0]!.cancelled).toBeUndefined();
  });
});

describe('a pattern in a theme and its parent', () => {
  it('is a duplicate: the sub-theme takes every match; in two unrelated themes it is left alone', () => {
    const book = parseCodebook(
      [
        'themes:',
        '  - id: wellbeing',
        '    label: Wellbeing',
        '    words: [stress, worry]',
        '  - id: exam-stress',
        '    label: Exam stress',
        '    parent: wellbeing',
        '    words: [exam, Stressed]',
        '  - id: teachers',
        '    label: Teachers',
        '    words: [teacher]',
        '  - id: staff',
        '    label: Staff',
        '    words: [teacher, counsellor]',
      ].join('\n'),
      'mine.yml',
    );
    const compiled = compileCodebook(book, { expansions: false, matcher: 'lemma' });
    const rs: Response[] = ['I am stressed', 'exams', 'my teacher', 'the counsellor'].map((text, i) => ({ id: `r${i}`, sourceId: 's.csv', locator: '', participantId: `p${i}`, text }));
    const lint = lintCodebook(book, compiled, rs, tagResponses(rs, compiled));
    expect(lint.findings.filter((f) => f.kind === 'duplicate-pattern')).toEqual([
      {
        kind: 'duplicate-pattern',
        themeId: 'exam-stress',
        subject: 'Stressed',
        count: 0,
        message: "word 'Stressed': 'wellbeing', its parent, has it too ('stress'), so every match codes 'exam-stress': keep it in one of them",
      },
    ]);
  });
});

describe('codebook try says where a word is no form of a pattern', () => {
  const book = parseCodebook('themes:\n  - id: wellbeing\n    label: Wellbeing\n    words: [stress, mentor, sad]\n  - id: money\n    label: Money\n    words: [budget]\n', 'mine.yml');
  const compiled = compileCodebook(book, { expansions: false, matcher: 'lemma' });

  it('names the word, the pattern and the glob that would match both, beside what did match', () => {
    const tried = tryCodebook(['Exams are stressful', 'I was stressed, the budgetary stuff is stressful', 'sadly no', 'mentors help'], compiled);
    expect(tried.map((t) => [t.themes.map((x) => x.themeId), (t.nearMisses ?? []).map((n) => `${n.themeId}:${n.word}<${n.pattern}`)])).toEqual([
      [[], ['wellbeing:stressful<stress']],
      [['wellbeing'], ['money:budgetary<budget', 'wellbeing:stressful<stress']],
      [[], []],
      [['wellbeing'], []],
    ]);
    expect(formatTried(tried.slice(0, 1))).toBe(
      '"Exams are stressful"\n  no theme\n  wellbeing  no match: "stressful" is no form of word \'stress\' (words match by base form; the glob \'stress*\' would match both)\n',
    );
  });
});

describe('a word pattern that matches nothing because of a slip', () => {
  it('is told the word of the responses it was likely meant to be, never a name', () => {
    const book = parseCodebook('themes:\n  - id: a\n    label: A\n    words: [anxeity, techers, kaitlin, budgit, zebra]\n', 'mine.yml');
    const compiled = compileCodebook(book, { expansions: false, matcher: 'lemma' });
    const rs: Response[] = [
      'My anxiety before exams',
      'anxiety again, ask Kaitlyn',
      'the teachers help. Kaitlyn agrees',
      'our teachers are kind',
      'the budget is small',
    ].map((text, i) => ({ id: `r${i}`, sourceId: 's.csv', locator: '', participantId: `p${i}`, text }));
    const lint = lintCodebook(book, compiled, rs, tagResponses(rs, compiled));
    expect(lint.findings.filter((f) => f.kind === 'never-matches').map((f) => [f.subject, f.meant])).toEqual([
      ['anxeity', 'anxiety'],
      ['techers', 'teachers'],
      ['kaitlin', undefined],
      // in one response only: not offered
      ['budgit', undefined],
      ['zebra', undefined],
    ]);
    expect(formatLint(lint)).toContain("  a (5): 'anxeity' (did you mean 'anxiety'?), 'techers' (did you mean 'teachers'?), 'kaitlin', 'budgit', 'zebra'\n");
    expect(formatLint(lint)).not.toMatch(/kaitlyn/i);
  });
});

describe('codebook try says which longer match of another theme hid a match', () => {
  const book = parseCodebook(
    [
      'themes:',
      '  - id: relationships',
      '    label: Relationships',
      '    words: [support, mentor]',
      '  - id: support-staff',
      '    label: Support staff',
      '    phrases: [support worker]',
      '  - id: wellbeing',
      '    label: Wellbeing',
      '    words: [stress]',
      '  - id: stress-detail',
      '    label: Stress detail',
      '    parent: wellbeing',
      '    phrases: [stress test]',
    ].join('\n'),
    'mine.yml',
  );
  const compiled = compileCodebook(book, { expansions: false, matcher: 'lemma' });

  it('shows the hidden match with the longer one, only for a theme the text does not carry', () => {
    const tried = tryCodebook(['my support worker helped', 'my support worker and my mentor helped', 'the stress test', 'support matters'], compiled);
    expect(tried.map((t) => (t.hidden ?? []).map((h) => [h.themeId, h.evidence.text, h.longer.themeId, h.longer.pattern]))).toEqual([
      [['relationships', 'support', 'support-staff', 'support worker']],
      // relationships is carried by 'mentor': nothing to explain
      [],
      // a parent carried by its sub-theme's roll-up is not hidden
      [],
      [],
    ]);
    expect(formatTried(tried.slice(0, 1))).toBe(
      [
        '"my support worker helped"',
        "  support-staff  \"support worker\" at 3–17, phrase 'support worker'",
        "  relationships  not counted: \"support\" at 3–10, word 'support', inside the longer match 'support worker' of support-staff",
        '',
      ].join('\n'),
    );
  });
});

