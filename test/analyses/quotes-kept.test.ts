// A question's last quotable answer is kept for the question's section, so a theme does not take it; the
// theme's section then says where that answer is quoted. A line copied into another response (a sentence
// of four or more words is quoted once in a report) quoted later under another theme used to leave the
// kept answer unquotable: the question's section had no quote, and the theme's said its one response
// "could not be quoted on its own", which was false. Now a kept answer's sentences are claimed for it.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Coding, Corpus, Participant, Response } from '../../src/model.js';
import { selectQuotes } from '../../src/analyses/quotes.js';
import { reflect, tempDir } from '../cli/helpers.js';

function student(id: string): Participant {
  return { id, role: 'student', attributes: {}, sources: ['survey.csv'] };
}

function answer(row: number, participantId: string, questionId: string, text: string): Response {
  return { id: `survey.csv:r${row}:${questionId}`, sourceId: 'survey.csv', locator: `row ${row}, ${questionId}`, participantId, questionId, text };
}

function coding(r: Response, themeId: string, word: string): Coding {
  const at = r.text.toLowerCase().indexOf(word.toLowerCase());
  return { responseId: r.id, themeId, evidence: [{ text: word, start: at, end: at + word.length, pattern: word, kind: 'word' }] };
}

// The line one student copied from another.
const COPIED = 'Honestly it was the best year I have had at this school.';

describe('an answer kept for its question’s section', () => {
  // q2's one quotable answer carries "relationships"; q1's answers carry "time", one of them with the
  // line q2's answer holds. Relationships, ranked first, leaves q2 its answer; time comes next.
  const k = answer(1, 's1', 'q2', `My teacher knew me by name and checked in with me every week. ${COPIED}`);
  const c = answer(2, 's2', 'q1', `The flex block gave me more time to finish my work. ${COPIED}`);
  const d = answer(3, 's3', 'q1', 'We had a flex block on Fridays for catching up on homework and tests.');
  const e = answer(4, 's4', 'q1', 'A flex block after lunch meant I could get help with math before the test.');
  const responses = [k, c, d, e];
  const corpus: Corpus = {
    folder: 'test',
    sources: [{ id: 'survey.csv', kind: 'sheet', format: 'csv', status: 'read', attributes: {}, sheets: 1, emptySheets: 0, rowsSkipped: 0, turns: 0, responses: 4 }],
    participants: ['s1', 's2', 's3', 's4'].map(student),
    questions: [
      { id: 'q1', text: 'What helped you learn?' },
      { id: 'q2', text: 'Who helped you learn?' },
    ],
    responses,
    context: [],
    warnings: [],
  };
  const codings = [coding(k, 'relationships', 'by name'), coding(c, 'time', 'flex block'), coding(d, 'time', 'flex block'), coding(e, 'time', 'flex block')];
  const themes = [
    { id: 'relationships', label: 'Relationships' },
    { id: 'time', label: 'Time' },
  ];

  it('is quoted by its question’s section, its copied line quoted nowhere else', () => {
    const picked = selectQuotes(corpus, codings, themes, { minCell: 0, perTheme: 3, perQuestion: 2 });
    expect(picked.themes.relationships).toBeUndefined();
    expect(picked.questions.q2?.map((q) => q.responseId)).toEqual([k.id]);
    // the response holding the copied line is not quoted, and q1 keeps a quote of its own
    const quoted = [...Object.values(picked.themes).flat(), ...Object.values(picked.questions).flat()].map((q) => q.responseId);
    expect(quoted).not.toContain(c.id);
    expect(picked.themes.time?.map((q) => q.responseId)).toEqual(expect.arrayContaining([d.id]));
    expect(picked.questions.q1?.length).toBeGreaterThan(0);
  });
});

describe('a theme whose one answer was kept for its question', () => {
  it('says where that answer is quoted, not that it could not be quoted', () => {
    const dir = tempDir('reflect-kept-');
    // Relationships is raised by five students (four in answers too short to quote), time by three: the
    // ranking puts relationships first, and q2's one quotable answer is kept for q2's section.
    const rows = [
      ['id', 'What helped you learn?', 'Who helped you learn?'],
      ['1', 'I liked art class.', `My teacher knew me by name and checked in with me every week. ${COPIED}`],
      ['2', `The flex block gave me more time to finish my work. ${COPIED}`, 'Teachers knew my name.'],
      ['3', 'We had a flex block on Fridays for catching up on homework and tests.', 'She knew my name.'],
      ['4', 'A flex block after lunch meant I could get help with math before the test.', 'Knew my name.'],
      ['5', 'Art.', 'Coach knew my name.'],
    ];
    writeFileSync(path.join(dir, 'survey.csv'), rows.map((r) => r.map((c) => `"${c}"`).join(',')).join('\n') + '\n');
    const codebook = path.join(tempDir('reflect-kept-codebook-'), 'codebook.yml');
    writeFileSync(
      codebook,
      ['themes:', '  - id: relationships', '    label: Relationships', '    phrases: [knew my name, by name]', '  - id: time', '    label: Time', '    phrases: [flex block]', ''].join('\n'),
    );
    const out = path.join(tempDir('reflect-kept-out-'), 'report');
    const run = reflect(['analyze', dir, '--out', out, '--codebook', codebook, '--min-cell', '0', '-q']);
    expect(run.code, run.stderr).toBe(0);
    const report = readFileSync(path.join(out, 'report.md'), 'utf8');
    const section = /### Relationships\n\n([^\n]*)/.exec(report)?.[1] ?? '';
    expect(section).toContain('quoted with the answers to “Who helped you learn?”');
    expect(report).not.toContain('could not be quoted on its own');
    expect(report).toContain('My teacher knew me by name');
  });
});
