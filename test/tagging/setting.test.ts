// References to a respondent's setting ("here", "places like this", "the program", the school's name)
// carry the themes the setting itself is tagged with, as a human coder who knows the setting would code.
import { describe, expect, it } from 'vitest';
import { parseCodebook, loadCodebook } from '../../src/codebook/load.js';
import { compileCodebook } from '../../src/codebook/compile.js';
import { tagResponses } from '../../src/analyses/tagging.js';
import { settingCoder } from '../../src/analyses/setting.js';
import type { Codebook, Coding, Corpus, Participant, Response, Source } from '../../src/model.js';

const CODEBOOK = `
setting:
  attributes: [program, school-level, school]
  references: [here, places like this, the program]
  exclude: [here is]
themes:
  - id: alternate
    label: Alternate programs
    words: [alternate]
    phrases: [learning centre]
  - id: trades
    label: Trades
    words: [trade]
  - id: money
    label: Money
    words: [money]
    count_negated: false
`;

function source(id: string, attributes: Record<string, string> = {}): Source {
  return { id, kind: id.endsWith('.csv') ? 'sheet' : 'transcript', format: 'txt', status: 'read', attributes, sheets: 0, emptySheets: 0, rowsSkipped: 0, turns: 0, responses: 0 };
}

function student(id: string, attributes: Record<string, string>, sources: string[]): Participant {
  return { id, role: 'student', attributes, sources };
}

function corpus(sources: Source[], participants: Participant[], texts: [string, string, string][]): Corpus {
  const responses: Response[] = texts.map(([sourceId, participantId, text], i) => ({ id: `${sourceId}:t${i + 1}`, sourceId, locator: `turn ${i + 1}`, participantId, text }));
  return { folder: 'f', sources, participants, questions: [], responses, context: [], warnings: [] };
}

/** Tag as `reflect analyze` does: references found in the tagging pass, then the setting's themes added. */
function run(c: Corpus, book: Codebook = parseCodebook(CODEBOOK, 'c.yml')): { before: Coding[]; after: Coding[] } {
  const compiled = compileCodebook(book, { expansions: false, matcher: 'lemma', setting: true });
  const coder = settingCoder(c, compiled);
  const before = tagResponses(c.responses, compiled, coder?.references);
  return { before, after: coder ? coder.apply(before) : before };
}

const alternateGroup = source('alternate.txt', { school: 'Pathways Learning Centre', program: 'Alternate program' });
const tradesGroup = source('trades.txt', { program: 'Youth Trades Train' });
const secondaryGroup = source('secondary.txt', { school: 'Willoughby Creek Secondary' });
const people = [student('A1', { school: 'Pathways Learning Centre' }, ['alternate.txt']), student('T1', {}, ['trades.txt']), student('S1', { school: 'Willoughby Creek Secondary', 'school-level': 'Secondary' }, ['secondary.txt'])];

describe('setting references', () => {
  it('codes a reference with the setting’s themes, naming the attribute that carries them', () => {
    const { after } = run(corpus([alternateGroup, tradesGroup, secondaryGroup], people, [
      ['alternate.txt', 'A1', '🙂 Let people know about places like this before they fail out'],
      ['trades.txt', 'T1', 'The program helped a bit with the knife kit.'],
      ['secondary.txt', 'S1', 'Here we have flex block twice a week.'],
    ]));
    expect(after).toEqual([
      {
        responseId: 'alternate.txt:t1',
        themeId: 'alternate',
        // offsets in code points (the emoji is one); the program carries the theme first (attributes in the codebook's order)
        evidence: [{ text: 'places like this', start: 24, end: 40, pattern: 'places like this', kind: 'phrase', setting: 'program: Alternate program' }],
      },
      { responseId: 'trades.txt:t2', themeId: 'trades', evidence: [{ text: 'The program', start: 0, end: 11, pattern: 'the program', kind: 'phrase', setting: 'program: Youth Trades Train' }] },
    ]);
  });

  it('reads the setting’s own name as a reference, but not a generic first word', () => {
    const { after } = run(corpus([alternateGroup, secondaryGroup], people, [
      ['alternate.txt', 'A1', 'Employers see Pathways on your transcript and think the worst.'],
      ['secondary.txt', 'S1', 'Willoughby is fine.'],
    ]));
    expect(after.map((c) => [c.responseId, c.themeId, c.evidence.map((e) => `${e.text}@${e.start}`)])).toEqual([['alternate.txt:t1', 'alternate', ['Pathways@14']]]);
  });

  it('takes a name two settings share as a reference in both', () => {
    const second = source('second.txt', { school: 'Pathways Alternate School' });
    const c = corpus([alternateGroup, second], [...people, student('B1', {}, ['second.txt'])], [
      ['alternate.txt', 'A1', 'Pathways changed things.'],
      ['second.txt', 'B1', 'Pathways changed things.'],
    ]);
    expect(run(c).after.map((x) => `${x.responseId} ${x.themeId} ${x.evidence[0]!.setting}`)).toEqual([
      'alternate.txt:t1 alternate program: Alternate program',
      'second.txt:t2 alternate school: Pathways Alternate School',
    ]);
  });

  it('leaves exclusions, other settings and texts without a reference alone', () => {
    const c = corpus([alternateGroup, secondaryGroup], people, [
      ['alternate.txt', 'A1', 'Here is what I think: more money.'],
      ['alternate.txt', 'A1', 'We need more laptops.'],
      ['secondary.txt', 'S1', 'Places like this need more money.'],
    ]);
    const { before, after } = run(c);
    expect(after).toBe(before);
    expect(after.map((x) => x.themeId)).toEqual(['money', 'money']);
  });

  it('adds a reference to a coding the words already made, in position order, never over the words’ own evidence', () => {
    const { after } = run(corpus([alternateGroup], people, [['alternate.txt', 'A1', 'Here the alternate program lets you breathe.']]));
    expect(after).toHaveLength(1);
    expect(after[0].evidence.map((e) => [e.text, e.start, e.setting ?? null])).toEqual([
      ['Here', 0, 'program: Alternate program'],
      ['alternate', 9, null],
    ]);
  });

  it('keeps response order and codebook order when new codings are added', () => {
    const c = corpus([alternateGroup, tradesGroup], people, [
      ['alternate.txt', 'A1', 'More money here.'],
      ['trades.txt', 'T1', 'money for the program'],
    ]);
    const { after } = run(c);
    expect(after.map((x) => `${x.responseId} ${x.themeId}`)).toEqual(['alternate.txt:t1 alternate', 'alternate.txt:t1 money', 'trades.txt:t2 trades', 'trades.txt:t2 money']);
  });

  it('does nothing without setting rules, or for the keyword baseline', async () => {
    const c = corpus([alternateGroup], people, [['alternate.txt', 'A1', 'places like this']]);
    const book = parseCodebook(CODEBOOK.replace(/setting:[\s\S]*?themes:/, 'themes:'), 'c.yml');
    expect(book.setting).toBeUndefined();
    expect(run(c, book).after).toEqual([]);
    expect(settingCoder(c, compileCodebook(parseCodebook(CODEBOOK, 'c.yml'), { expansions: false, matcher: 'keyword', setting: true }))).toBeUndefined();
    expect(settingCoder(c, compileCodebook(parseCodebook(CODEBOOK, 'c.yml'), { expansions: false, matcher: 'lemma' }))).toBeUndefined();
  });

  it('finds references in the same pass without changing the themes’ own codings', () => {
    const c = corpus([alternateGroup], people, [['alternate.txt', 'A1', 'Here we have more money than before.']]);
    const book = parseCodebook(CODEBOOK, 'c.yml');
    const plain = tagResponses(c.responses, compileCodebook(book, { expansions: false, matcher: 'lemma' }));
    expect(run(c, book).before).toEqual(plain);
    expect(run(c, book).after.map((x) => x.themeId)).toEqual(['alternate', 'money']);
  });

  it('the default codebook has setting rules that code "places like this" in an alternate program', async () => {
    const book = await loadCodebook();
    expect(book.setting?.attributes).toEqual(['program', 'school-level', 'school']);
    const { after } = run(corpus([alternateGroup], people, [['alternate.txt', 'A1', 'Let people know about places like this before they fail out']]), book);
    expect(after.map((c) => c.themeId)).toEqual(['alternate-programs']);
  });
});
