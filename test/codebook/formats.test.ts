// Codebook readers: one codebook in YAML, JSON and CSV reads to the same model; REFI-QDA .qdc maps codes
// to themes; the default codebook keeps its public theme ids; `codebook init` output loads back.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadCodebook, parseCodebook, readDefaultCodebookText } from '../../src/codebook/load.js';
import type { Codebook } from '../../src/model.js';
import { tempDir } from '../cli/helpers.js';

const dir = path.resolve(import.meta.dirname, '../../fixtures/codebook');

const expected: Codebook['themes'] = [
  { id: 'wellbeing', label: 'Wellbeing', description: 'How students feel at school.', patterns: [], exclusions: [], countNegated: true },
  {
    id: 'stress',
    label: 'Stress',
    parent: 'wellbeing',
    patterns: [
      { kind: 'word', value: 'stress' },
      { kind: 'word', value: 'worry' },
      { kind: 'glob', value: 'anxi*' },
      { kind: 'phrase', value: 'panic attack' },
    ],
    exclusions: [],
    countNegated: false,
  },
  {
    id: 'timetables',
    label: 'Timetables',
    patterns: [
      { kind: 'word', value: 'timetable', unlessNear: ['chess'] },
      { kind: 'phrase', value: 'flex block', unlessNear: ['chess'] },
      { kind: 'regex', value: '/\\bblock [a-h]\\b/', unlessNear: ['chess'] },
    ],
    exclusions: [],
    countNegated: true,
  },
  { id: 'support', label: 'Support', patterns: [{ kind: 'word', value: 'support' }], exclusions: ['support worker'], countNegated: true },
];

describe('codebook formats', () => {
  for (const ext of ['yml', 'json', 'csv']) {
    it(`reads the ${ext.toUpperCase()} codebook`, async () => {
      const book = await loadCodebook(path.join(dir, 'formats', `codebook.${ext}`));
      expect(book.name).toBe('codebook');
      expect(book.themes).toEqual(expected);
    });
  }

  it('accepts a bare list of themes and a name key in YAML', () => {
    expect(parseCodebook('- id: a\n  label: A\n  words: [x]\n', 'list.yml').themes.map((t) => t.id)).toEqual(['a']);
    expect(parseCodebook('name: mine\nthemes:\n  - id: a\n    label: A\n    words: [x]\n', 'named.yaml').name).toBe('mine');
  });

  it('treats a several-word entry of words as a phrase', () => {
    const book = parseCodebook('themes:\n  - id: a\n    label: A\n    words: [one-on-one, class size, flex]\n', 'c.yml');
    expect(book.themes[0].patterns.map((p) => p.kind)).toEqual(['phrase', 'phrase', 'word']);
  });

  it('reads ids and words YAML would take for numbers or booleans as written: 1.10 beside 1.1, true', () => {
    const book = parseCodebook(
      'themes:\n  - id: 1\n    label: Wellbeing\n  - id: 1.1\n    label: Stress\n    parent: 1\n    words: [stress]\n  - id: 1.10\n    label: Sleep\n    parent: 1\n    words: [sleep, 0x10]\n  - id: 2\n    label: Real\n    words: [real, true, False]\n',
      'c.yml',
    );
    expect(book.themes.map((t) => [t.id, t.parent])).toEqual([['1', undefined], ['1.1', '1'], ['1.10', '1'], ['2', undefined]]);
    expect(book.themes[2].patterns.map((p) => p.value)).toEqual(['sleep', '0x10']);
    expect(book.themes[3].patterns.map((p) => p.value)).toEqual(['real', 'true', 'False']);
    // the same in JSON, whose numbers are YAML's too
    expect(parseCodebook('{"themes": [{"id": 1.10, "label": "Sleep", "words": ["sleep"]}]}', 'c.json').themes[0].id).toBe('1.10');
  });

  it('reads a tab-separated codebook saved as .tsv or .tab, as README says, where it was an unsupported format', () => {
    for (const file of ['c.tsv', 'c.tab']) {
      expect(parseCodebook('theme\tlabel\tpattern\nstress\tStress, worry\tstress, anxi*\n', file).themes[0]).toEqual({
        id: 'stress',
        label: 'Stress, worry',
        patterns: [
          { kind: 'word', value: 'stress' },
          { kind: 'glob', value: 'anxi*' },
        ],
        exclusions: [],
        countNegated: true,
      });
    }
  });

  it('infers CSV kinds from the pattern and reads a semicolon-separated file', () => {
    const book = parseCodebook('theme;pattern\na;stress\na;anxi*\na;class size\na;/x+y/\n', 'c.csv');
    expect(book.themes[0]).toEqual({
      id: 'a',
      label: 'a',
      patterns: [
        { kind: 'word', value: 'stress' },
        { kind: 'glob', value: 'anxi*' },
        { kind: 'phrase', value: 'class size' },
        { kind: 'regex', value: '/x+y/' },
      ],
      exclusions: [],
      countNegated: true,
    });
  });

  it('maps a REFI-QDA codebook: names to ids and labels, nesting to parents, keywords to patterns', async () => {
    const book = await loadCodebook(path.join(dir, 'qdc', 'codebook.qdc'));
    expect(book.themes).toEqual([
      { id: 'wellbeing', label: 'Wellbeing', description: 'How students feel at school.', patterns: [], exclusions: [], countNegated: true },
      {
        id: 'stress-anxiety',
        label: 'Stress & anxiety',
        description: 'Feeling stressed or anxious.',
        parent: 'wellbeing',
        patterns: [
          { kind: 'word', value: 'stress' },
          { kind: 'word', value: 'worry' },
          { kind: 'glob', value: 'anxi*' },
          { kind: 'phrase', value: 'panic attack' },
        ],
        exclusions: [],
        countNegated: true,
      },
      // a code without keywords is matched by its own name
      { id: 'mental-health', label: 'Mental health', parent: 'wellbeing', patterns: [{ kind: 'phrase', value: 'Mental health' }], exclusions: [], countNegated: true },
      {
        id: 'timetables',
        label: 'Timetables',
        description: 'When classes happen.',
        patterns: [
          { kind: 'word', value: 'timetable' },
          { kind: 'phrase', value: 'flex block' },
          { kind: 'regex', value: '/\\bblock [a-h]\\b/' },
        ],
        exclusions: [],
        countNegated: true,
      },
    ]);
  });
});

describe('the default codebook', () => {
  it('has the 21 public theme ids, in order', async () => {
    const book = await loadCodebook();
    expect(book.name).toBe('default');
    expect(book.themes.map((t) => t.id)).toEqual([
      'mental-health',
      'funding',
      'timetables',
      'choice',
      'relationships',
      'class-size',
      'technology',
      'pace',
      'grades',
      'real-world',
      'student-voice',
      'leadership',
      'passion-purpose',
      'alternate-programs',
      'apprenticeships',
      'support-staff',
      'change',
      'equity-diversity',
      'community-belonging',
      'home-life',
      'project-learning',
    ]);
    for (const t of book.themes) {
      expect(t.label.length).toBeGreaterThan(0);
      expect(t.description?.length ?? 0).toBeGreaterThan(0);
      expect(t.patterns.length).toBeGreaterThan(0);
    }
  });

  it('round-trips through `codebook init`: the printed YAML loads back to the same codebook', async () => {
    const text = await readDefaultCodebookText();
    expect(text.startsWith('# reflect codebook')).toBe(true);
    const file = path.join(tempDir('reflect-init-'), 'codebook.yml');
    writeFileSync(file, text);
    const copy = await loadCodebook(file);
    const original = await loadCodebook();
    expect(copy.name).toBe('codebook');
    expect(copy.themes).toEqual(original.themes);
  });
});

describe('themes keyed by their ids', () => {
  it('reads `themes:` as a mapping of id to theme as the list it stands for, problems named by id and line', () => {
    const yaml = ['themes:', '  wellbeing:', '    label: Wellbeing', '    words: [stress, worry]', '  exam-stress:', '    label: Exam stress', '    parent: wellbeing', '    phrases: [exam week]'].join('\n');
    const book = parseCodebook(yaml, 'mine.yml');
    expect(book.themes.map((t) => [t.id, t.label, t.parent, t.patterns.map((p) => p.value)])).toEqual([
      ['wellbeing', 'Wellbeing', undefined, ['stress', 'worry']],
      ['exam-stress', 'Exam stress', 'wellbeing', ['exam week']],
    ]);
    expect(() => parseCodebook(yaml.replace('phrases:', 'phrase:'), 'mine.yml')).toThrow("theme 'exam-stress': unknown key 'phrase' (did you mean 'phrases'?)");
    expect(() => parseCodebook('themes:\n  wellbeing: stress\n', 'mine.yml')).toThrow("theme 'wellbeing' should be a mapping of its keys (words, phrases, globs or regex), found string \"stress\"; write \"words: [stress]\" on a line under \"wellbeing:\"");
  });
});
