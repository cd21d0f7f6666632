// Tests of many students' notes typed up in one file (sticky notes, exit tickets): told from one
// student's reflection by the title, and each note counted as another student's.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { manyWriters } from '../../src/readers/many-writers.js';
import { readText } from '../../src/readers/text.js';
import { analyze } from '../../src/index.js';
import { writeMarkdownReport } from '../../src/writers/markdown/index.js';
import { tempDir } from '../cli/helpers.js';

const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

describe('manyWriters', () => {
  it('reads the title of a collection of notes on one of the first lines, or in the front matter', () => {
    expect(manyWriters(lines('Sticky notes from the forum: What gets in the way?', '', '- Tests'))).toBe(true);
    expect(manyWriters(lines('# Exit tickets, period 2', '', 'I learned about fractions.'))).toBe(true);
    expect(manyWriters(lines('Grade 9 forum', 'Post-its', '', 'More field trips'))).toBe(true);
    expect(manyWriters(lines('**Parking lot**', 'Why is lunch so short?'))).toBe(true);
    expect(manyWriters(lines('What helped?', '', 'Flex block.'), 'Comment cards - Riverside')).toBe(true);
  });

  it("leaves a student's own writing that mentions such notes, and a title further down", () => {
    expect(manyWriters(lines('I love sticky notes because I can move them around.', '', 'They help me plan.'))).toBe(false);
    expect(manyWriters(lines('My reflection', '', 'This term was hard.', 'More help.', 'Exit tickets helped me most.'))).toBe(false);
    expect(manyWriters(lines('Sticky situations at school', '', 'Being new was hard.'))).toBe(false);
  });

  it("reads a class's reflection sheets typed up under a title, but not a writeup's sentence about them", () => {
    expect(manyWriters(lines('Reflection sheets — Grade 9, Westview Secondary, April 2017', '', '1. More choice.'))).toBe(true);
    expect(manyWriters(lines('**Student reflections**', '', 'More choice.'))).toBe(true);
    expect(manyWriters(lines("Students' comments: What gets in the way?", '', 'Tests.'))).toBe(true);
    expect(manyWriters(lines('Grade 9 reflection slips from the spring forum', '', 'Tests.'))).toBe(true);
    expect(manyWriters(lines('Student reflection sheets were collected and summarized.', '', 'Tests.'))).toBe(false);
    expect(manyWriters(lines('Student responses showed a need for more choice.', '', 'Tests.'))).toBe(false);
    expect(manyWriters(lines('My reflection sheet', '', 'This term was hard.'))).toBe(false);
    expect(manyWriters(lines('Reflections', '', 'This term was hard.'))).toBe(false);
  });
});

describe('a file of reflection sheets typed up, numbered', () => {
  it("reads each numbered sheet as another student's, the title no one's words", () => {
    const typed = ['Reflection sheets — Grade 9, Westview Secondary, April 2017', '', '1. I wish we could pick our own projects.', '', '2. Honestly I am stressed all the time.', '', '3. More time with counsellors.', ''].join('\n');
    const read = readText(Buffer.from(typed), { file: 'grade-9.txt', config: {} });
    const content = read.content;
    expect(content.type).toBe('transcript');
    if (content.type !== 'transcript') return;
    expect(content.manyWriters).toBe(true);
    expect(content.title).toBe('Reflection sheets — Grade 9, Westview Secondary, April 2017');
    expect(content.turns.map((t) => t.text.trim())).toEqual(['I wish we could pick our own projects.', 'Honestly I am stressed all the time.', 'More time with counsellors.']);
  });
});

describe('a file of sticky notes', () => {
  const text = ['Sticky notes from the forum: What gets in the way?', '', '- Too much homework on the same night', '- Tests every week, I get so stressed', '- Not enough computers in the library', '- Phones', ''].join('\n');

  it('reads each note as a turn of writing with no one named, marked as many writers’', () => {
    const read = readText(Buffer.from(text), { file: 'sticky-notes.txt', config: {} });
    expect(read.content.type === 'transcript' && [read.content.written, read.content.manyWriters, read.content.turns.length]).toEqual([true, true, 4]);
  });

  it('reads notes typed one a line, with no blank line between, each on its own, under the question above them', () => {
    const typed = ['Exit tickets, period 2', 'What is one thing that helped you learn today?', 'Working with a partner on the lab', 'The video at the start', 'When the teacher explained it on the board again', ''].join('\n');
    const read = readText(Buffer.from(typed), { file: 'exit-tickets.txt', config: {} });
    expect(read.content.type === 'transcript' && read.content.turns.map((t) => [t.text, t.prompt])).toEqual([
      ['Working with a partner on the lab', 'What is one thing that helped you learn today?'],
      ['The video at the start', 'What is one thing that helped you learn today?'],
      ['When the teacher explained it on the board again', 'What is one thing that helped you learn today?'],
    ]);
  });

  it('keeps notes typed with blank lines between them as paragraphs, a note wrapped over two lines whole', () => {
    const typed = ['Comment cards', '', 'The bus leaves before clubs end so I', 'can never stay for robotics.', '', 'More field trips.', ''].join('\n');
    const read = readText(Buffer.from(typed), { file: 'cards.txt', config: {} });
    expect(read.content.type === 'transcript' && read.content.turns.map((t) => t.text)).toEqual(['The bus leaves before clubs end so I can never stay for robotics.', 'More field trips.']);
  });

  it('counts each note as another student’s, says so, and names them notes in the report', async () => {
    const dir = tempDir('reflect-notes-');
    writeFileSync(path.join(dir, 'sticky-notes.txt'), text);
    const analysis = await analyze({ folder: dir });
    expect(new Set(analysis.corpus.responses.map((r) => r.participantId)).size).toBe(4);
    expect(analysis.corpus.sources[0]!.notes).toBe(4);
    expect(analysis.warnings.map((w) => w.message)).toContain(
      'read as 4 notes by as many unnamed students, one each, as its title says (sticky notes, exit tickets, comment cards); a student who wrote more than one is counted once for each, so its counts of students are at most these',
    );
    const report = writeMarkdownReport(analysis);
    expect(report).toContain('Four students took part. They wrote four notes.');
    expect(report).toContain('### In the notes\n\n4 students wrote 4 notes, all of them answers to the prompt above.');
    expect(report).toContain('Each response (a note a student wrote) was tagged');
    expect(report).not.toContain('written reflection');
  });

  it("keeps a student's reflection that mentions sticky notes as one writer's", async () => {
    const dir = tempDir('reflect-notes-');
    writeFileSync(path.join(dir, 'reflection.txt'), 'I love sticky notes because I can move them around.\n\nThey help me plan my week and not forget homework.\n');
    const analysis = await analyze({ folder: dir });
    expect(new Set(analysis.corpus.responses.map((r) => r.participantId)).size).toBe(1);
    expect(analysis.corpus.sources[0]!.notes).toBeUndefined();
  });
});
