// A researcher's first codebook, with the mistakes first codebooks have: a regex written under words,
// a glob of a star alone, a parent cycle, a theme whose only word is "the", an exclusion whose phrase
// no student wrote. Each is told with the file, the line and what to do.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { parseCodebook } from '../../src/codebook/load.js';
import { compileCodebook } from '../../src/codebook/compile.js';
import { anotherWordPatterns, formatFindings, lintCodebook } from '../../src/codebook/check.js';
import { tagResponses } from '../../src/analyses/tagging.js';
import type { Response } from '../../src/model.js';
import { ConfigError } from '../../src/util/errors.js';
import { reflect, tempDir } from '../cli/helpers.js';

const MISTAKES = `name: Wellbeing study
themes:
  - id: belonging
    regex: ['/(?<!not )\\bbelong/']
  - id: burnout
    words: [burnout, '/\\bburn(ed)? out\\b/']
  - id: stress
    words: [stress]
    globs: ['*']
  - id: friends
    parent: peers
    words: [friend]
  - id: peers
    parent: friends
    words: [classmate]
`;

function problems(text: string, file: string): string[] {
  try {
    parseCodebook(text, file);
  } catch (e) {
    return (e as ConfigError).describe().split('\n');
  }
  return [];
}

describe('a first codebook with realistic mistakes', () => {
  it('says each problem at its line, with what to do', () => {
    expect(problems(MISTAKES, 'mine.yml')).toEqual([
      "mine.yml:6: theme 'burnout': word '/\\bburn(ed)? out\\b/' is written as a regex (between slashes); put it under regex",
      "mine.yml:9: theme 'stress': glob '*' has no letters or digits, so it would match any word; write the start of the words it stands for, as in 'stress*'",
      "mine.yml:11: theme 'friends' has a parent cycle (friends → peers → friends): a theme cannot be under itself; remove the parent of one of them",
    ]);
    // the lookbehind is a regex JavaScript reads: no problem
    expect(problems(MISTAKES, 'mine.yml').join('\n')).not.toContain('belonging');
  });

  it('tells a regex in a sheet to be given the kind regex', () => {
    expect(problems('Theme,Pattern,Kind\nburnout,/\\bburn(ed)? out\\b/,word\n', 'Codebook.csv')).toEqual([
      "Codebook.csv:2: theme 'burnout': word '/\\bburn(ed)? out\\b/' is written as a regex (between slashes); give it the kind regex, or leave its kind empty",
    ]);
  });

  it('names a function word as a pattern without data, and an exclusion no response has with data', () => {
    const book = parseCodebook('themes:\n  - id: timetables\n    words: [timetable, bell]\n    exclude: [bell pepper, zebra crossing]\n  - id: school\n    words: [the]\n', 'mine.yml');
    const alone = anotherWordPatterns(book);
    expect(alone.map((f) => [f.kind, f.themeId, f.subject])).toEqual([['function-word', 'school', 'the']]);
    expect(formatFindings(alone)).toContain("school: word 'the' is a function word, in nearly every response, so it codes almost everything");
    const responses: Response[] = ['The bell pepper soup was good', 'The bell rings too early', 'the timetable is fine'].map((text, i) => ({ id: `r${i}`, text }) as Response);
    const compiled = compileCodebook(book, { expansions: false, matcher: 'lemma' });
    const lint = lintCodebook(book, compiled, responses, tagResponses(responses, compiled));
    expect(lint.findings.filter((f) => f.kind === 'unused-exclusion').map((f) => [f.themeId, f.subject])).toEqual([['timetables', 'zebra crossing']]);
    expect(formatFindings(lint.findings)).toContain("Exclusions found in no response, so they cancel nothing here (a slip in their words, or kept for other data?) (1):\n  timetables (1): 'zebra crossing'");
  });

  it('reads a UTF-16 CSV codebook as Excel saves "Unicode text", and a JSON codebook with a BOM', () => {
    const dir = tempDir('reflect-audit-');
    const csv = path.join(dir, 'Codebook.csv');
    writeFileSync(csv, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Theme\tKeywords\r\nMental health\tstress, anxiety\r\nFunding\t*\r\n', 'utf16le')]));
    const run = reflect(['codebook', 'check', '--codebook', csv]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`error: ${csv}:3: theme 'funding': glob '*' has no letters or digits, so it would match any word; write the start of the words it stands for, as in 'stress*'\n`);
    const json = path.join(dir, 'codebook.json');
    writeFileSync(json, '\ufeff{"themes": [{"id": "stress", "words": ["stress"]}]}\n');
    expect(reflect(['codebook', 'check', '--codebook', json]).stdout).toContain('1 theme');
  });
});
