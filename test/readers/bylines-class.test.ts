// A class's writing headed by each writer's name alone on a line (nameParts in speaker-lines.ts): each
// name-headed paragraph is that student's part, the name its writer; a topic's heading is no one.
import { describe, expect, it } from 'vitest';
import type { Transcript } from '../../src/model.js';
import { mayBeName } from '../../src/readers/bylines.js';
import { readText } from '../../src/readers/text.js';

function read(text: string, file = 'class.txt'): Transcript {
  return readText(Buffer.from(text, 'utf8'), { file, config: {} }).content as Transcript;
}

const CLASS = `Reflections, Grade 10 English

Maya
I think the best part of the day was hearing from students at other
schools who had tried things we never had.

Jordan
The workshop on stress was the most useful one for me because nobody
ever talks about how much pressure there is around exams.

Kiara Brown
We need smaller classes so the teacher can actually get to everyone.

I also think we need more counsellors.
`;

describe("a class's writing headed by each writer's name", () => {
  it("reads each name-headed paragraph as that student's, a paragraph under no name as the student's above", () => {
    const t = read(CLASS);
    expect(t.written).toBe(true);
    expect(t.turns.map((turn) => [turn.speaker, turn.text.split(' ').slice(0, 3).join(' '), turn.line])).toEqual([
      ['Maya', 'I think the', 4],
      ['Jordan', 'The workshop on', 8],
      ['Kiara Brown', 'We need smaller', 12],
      ['Kiara Brown', 'I also think', 14],
    ]);
    expect(t.attributes.author).toBeUndefined();
  });

  it('warns of writing before the first name, left out, and drops a title silently', () => {
    const result = readText(Buffer.from(CLASS.replace('\n\nMaya', '\n\nHere are my students\' reflections from the forum.\n\nMaya'), 'utf8'), { file: 'class.txt', config: {} });
    expect((result.content as Transcript).turns).toHaveLength(4);
    expect(result.warnings.map((w) => [w.line, w.message])).toEqual([[3, "1 paragraph before the first student's name (a class's writing, each part headed by its writer's name) left out: no one's part"]]);
  });

  it("keeps a single name over the first paragraph the writer's byline", () => {
    const t = read(`Maya
I think the best part of the day was hearing from other schools.

We need a flex block each day so we can get help.
`);
    expect(t.turns.every((turn) => turn.speaker === undefined)).toBe(true);
    expect(t.attributes.author).toBe('Maya');
    expect(t.turns[0]!.text).toMatch(/^I think/);
  });

  it("leaves a writer's topic headings to the writer, where the file writes the heading's word in lower case", () => {
    const t = read(`Maya
I think the best part of the day was hearing from other schools.

Funding
We never have enough computers for everyone in the library.

Teachers
They know us and help when we are stuck, though funding is tight.
`);
    expect(t.turns.every((turn) => turn.speaker === undefined)).toBe(true);
  });

  it("leaves one writer's piece under their name, with one topic's heading below, to that writer", () => {
    // "Funding" is never written in lower case here, yet it is no name: taken for one, it would be
    // redacted from every file of the folder.
    const t = read(`Maya Okafor
I have been teaching for twelve years and the thing that changed most is how students choose.

Funding
Every school I visited had less money for counsellors and small classes than five years ago.
`);
    expect(t.turns.every((turn) => turn.speaker === undefined)).toBe(true);
    expect(t.attributes.author).toBe('Maya Okafor');
  });

  it('reads topic headings over paragraphs as no one, one writer', () => {
    const t = read(`Stress
I get stressed before every test because everything counts so much.

Math
I like it when we work in groups and explain things to each other.

Funding
We never have enough computers for everyone in the library.

Choice
We should choose more of our courses.
`);
    expect(t.turns.every((turn) => turn.speaker === undefined)).toBe(true);
    expect(t.turns.map((turn) => turn.text.split(' ')[0])).toEqual(['Stress', 'Math', 'Funding', 'Choice']);
  });

  it('reads a list of names as no one heading writing', () => {
    const t = read(`Group members

Maya
Jordan
Kiara

Priya
Sam
`);
    expect(t.turns.every((turn) => turn.speaker === undefined)).toBe(true);
  });
});

describe('mayBeName', () => {
  it.each(['Maya', 'Kiara Brown', 'Grace', 'Priya', 'Jordan Whitfield'])('reads "%s" as a name by its words', (line) => {
    expect(mayBeName(line)).toBe(true);
  });
  it.each(['Funding', 'Jordan', 'Choice', 'Timetables', 'Counsellors', 'Wellness', 'Leadership'])('reads "%s" as words of the lexicon, no name by them', (line) => {
    expect(mayBeName(line)).toBe(false);
  });
});
