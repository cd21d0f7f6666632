// A codebook problem's hint is written in the codebook's own format: a JSON codebook is told the JSON to
// write (objects, arrays, "id": …), a spreadsheet its columns, a QDA export its descriptions, where every
// hint used to be the YAML to write ("- id: stress"), which a JSON or spreadsheet user cannot use.
import { describe, expect, it } from 'vitest';
import { parseCodebook } from '../../src/codebook/load.js';
import { ConfigError, problemsOf } from '../../src/util/errors.js';

/** Every `file:line: message` a codebook text fails with. */
function problems(text: string, file: string): string[] {
  try {
    parseCodebook(text, file);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return problemsOf(e).map((p) => p.describe());
  }
  throw new Error('expected the codebook to fail');
}

describe('hints in the codebook’s own format', () => {
  it('a JSON codebook is told objects, arrays and the JSON to write, never YAML', () => {
    const json = [
      '{',
      '  "themes": [',
      '    "stress",',
      '    { "id": "Mental health", "words": ["anxiety"] },',
      '    { "wellbeing": ["calm", "sleep"] },',
      '    { "id": "money", "words": { "value": "fees" } }',
      '  ]',
      '}',
    ].join('\n');
    const said = problems(json, 'mine.json');
    expect(said).toEqual([
      'mine.json:3: theme 1 should be an object of its keys (id, then words, phrases, globs or regex), found string "stress"; write { "id": "stress", "words": [...] }',
      'mine.json:4: theme id \'Mental health\' may hold only letters, digits, \'-\', \'_\' and \'.\' (no spaces or \';\'); write "id": "mental-health", "label": "Mental health"',
      'mine.json:5: theme 3 is written as its id \'wellbeing\' with its words as its value, where a theme in an array is written with "id": write { "id": "wellbeing", "words": ["calm", "sleep"] }',
      "mine.json:6: theme 'money': words should be an array, found an object",
    ]);
    for (const s of said) expect(s).not.toMatch(/- id:|mapping|under it/);
  });

  it('JSON themes keyed by id, or one theme where the array belongs, are told in JSON', () => {
    expect(problems('{ "themes": { "stress": "stress, worry" } }', 'mine.json')).toEqual([
      'mine.json:1: theme \'stress\' should be an object of its keys (words, phrases, globs or regex), found string "stress, worry"; write "stress": { "words": ["stress", "worry"] }',
    ]);
    expect(problems('{ "themes": { "id": "stress", "words": ["stress"] } }', 'mine.json')).toEqual([
      'mine.json:1: \'themes\' should be an array of themes, found one theme\'s keys (id, words); put the theme in an array, as in "themes": [{ "id": … }]',
    ]);
    expect(problems('"stress"', 'mine.json')).toEqual(["mine.json:1: codebook should be an object with a 'themes' array (or an array of themes), found string \"stress\""]);
  });

  it('the same problems in YAML keep their YAML hints', () => {
    expect(problems('themes:\n  - stress\n  - id: Mental health\n    words: [anxiety]\n', 'mine.yml')).toEqual([
      'mine.yml:2: theme 1 should be a mapping of its keys (id, then words, phrases, globs or regex), found string "stress"; write "- id: stress" and its words on a line "words: [...]" under it',
      "mine.yml:3: theme id 'Mental health' may hold only letters, digits, '-', '_' and '.' (no spaces or ';'); write id: mental-health, label: Mental health",
    ]);
  });

  it('a spreadsheet theme with no patterns is told the pattern column, not YAML keys', () => {
    const csv = '\uFEFFtheme,pattern,description\nStress,stress,\nBelonging,,feeling part of the school\n';
    expect(problems(csv, 'mine.csv')).toEqual([
      "mine.csv:3: theme 'belonging' has no patterns (give them in the pattern column, a row each or separated by commas) and no child themes (its description is not matched: put the words to look for in the pattern column)",
    ]);
  });
});
