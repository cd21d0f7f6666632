// A class's writing headed by each writer's name alone on a line (nameParts in speaker-lines.ts), the
// writing directly under it or in the next paragraph: each name-headed paragraph is that student's part,
// the name its writer (names of no English word, "Tanvir", "Xin Yi", as listed ones); a topic's heading is no one.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Transcript } from '../../src/model.js';
import { listedName, mayBeName, namesByWords } from '../../src/readers/bylines.js';
import { readText } from '../../src/readers/text.js';
import { reflect, tempDir } from '../cli/helpers.js';

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
    expect(t.attributes.author).toBeUndefined();
    // Every line a topic's words (the first one too), so each is a heading, no part of its paragraph.
    expect(t.turns.map((turn) => turn.text.split(' ')[0])).toEqual(['I', 'I', 'We', 'We']);
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

// Names of no English word and not in the given names' list: each is a name by its words.
const UNLISTED = `Reflections, Grade 10 English

Tanvir
I think the best part of the day was hearing from students at other
schools who had tried things we never had, like a flex block each day.

Oluwaseun
The workshop on stress was the most useful one for me because nobody
ever talks about how much pressure there is around exams.

Ngozi
We need smaller classes so the teacher can actually get to everyone.

Xin Yi
Tanvir and I both said we need more counsellors in every school.

Aroha Ngata
Our school should start later so we can sleep before first block.

Siddharth
Group projects helped me learn from people I never talk to.

Mei-Ling
I liked the panel of graduates most of all.
`;
const UNLISTED_NAMES = ['Tanvir', 'Oluwaseun', 'Ngozi', 'Xin Yi', 'Aroha Ngata', 'Siddharth', 'Mei-Ling'];
const speakers = (t: Transcript) => t.turns.map((turn) => turn.speaker);
const openings = (t: Transcript) => t.turns.map((turn) => turn.text.split(' ').slice(0, 3).join(' '));

describe("a class headed by names of no English word and no listed given name", () => {
  it("reads each part as that student's, the name its writer", () => {
    const t = read(UNLISTED);
    expect(t.written).toBe(true);
    expect(speakers(t)).toEqual(UNLISTED_NAMES);
    expect(openings(t)).toEqual(['I think the', 'The workshop on', 'We need smaller', 'Tanvir and I', 'Our school should', 'Group projects helped', 'I liked the']);
  });

  it('reads each name a paragraph of its own, a blank line above the writing, as the part\'s writer', () => {
    const t = read(UNLISTED.replace(/^([A-Z][\w -]+)\n(?=[A-Z])/gm, (line, name: string) => (UNLISTED_NAMES.includes(name) ? `${name}\n\n` : line)));
    expect(speakers(t)).toEqual(UNLISTED_NAMES);
    expect(openings(t)[0]).toBe('I think the');
    expect(t.attributes.author).toBeUndefined();
  });

  it("reads a class headed by listed names so too, each name a paragraph of its own", () => {
    const t = read(`Maya

I think the best part of the day was hearing from other schools.

Jordan

The workshop on stress was the most useful one for me.

Kiara Brown

We need smaller classes so the teacher can get to everyone.
`);
    expect(speakers(t)).toEqual(['Maya', 'Jordan', 'Kiara Brown']);
    expect(t.attributes.author).toBeUndefined();
  });

  it("takes a subject's or a topic's heading among the names for no one, its paragraph the student's above", () => {
    const mixed = (topic: string) =>
      read(`Tanvir
I think the best part of the day was hearing from students at other schools.

Oluwaseun
The workshop on stress was the most useful one for me.

${topic}
We need more time for band and choir in the timetable.

Ngozi
We need smaller classes so the teacher can actually get to everyone.
`);
    for (const topic of ['Music', 'Funding', 'Law', 'Care', 'Mental Health']) {
      const t = mixed(topic);
      expect(speakers(t), topic).toEqual(['Tanvir', 'Oluwaseun', 'Oluwaseun', 'Ngozi']);
      expect(t.turns[2]!.text, topic).toBe('We need more time for band and choir in the timetable.');
    }
  });

  it('takes "Care" among listed names for a topic, the listed names for students', () => {
    const t = read(`Maya
I think the best part of the day was hearing from students at other schools.

Jordan
The workshop on stress was the most useful one for me.

Care
The counsellors should have more time for each of us.

Kiara
We need smaller classes so the teacher can actually get to everyone.
`);
    expect(speakers(t)).toEqual(['Maya', 'Jordan', 'Jordan', 'Kiara']);
  });
});

describe('a class headed by names the lexicon holds as words', () => {
  const CLASS_OF_WORDS = `Precious
I wish we had more choice in what we study. The timetable is so packed that I never get time for art.

Blessing
Honestly the stress before exams is too much, and there is no counsellor.

Amir
We need more funding for laptops. Half the class shares one computer.

Tendai
I like when teachers let us pick our own projects because I learn more that way.
`;

  it("reads each part as that student's, no name in any answer", () => {
    const t = read(CLASS_OF_WORDS);
    expect(speakers(t)).toEqual(['Precious', 'Blessing', 'Amir', 'Tendai']);
    expect(openings(t)).toEqual(['I wish we', 'Honestly the stress', 'We need more', 'I like when']);
  });

  it('takes "Amir", "Precious", "Blessing" for listed names, and "Peace", "Freedom" for no listed name', () => {
    expect(['Amir', 'Precious', 'Blessing', 'Raj Malik', 'Favour'].map(listedName)).toEqual([true, true, true, true, true]);
    expect(['Peace', 'Freedom', 'Success', 'Funding'].map(listedName)).toEqual([false, false, false, false]);
  });

  it('leaves a writeup headed "Freedom", "Success" and "Funding" to one writer', () => {
    const t = read(`Freedom
We should choose more of our own courses and projects.

Success
It should not only mean marks on a test.

Funding
There is never enough money for trips or laptops.
`);
    expect(speakers(t).every((s) => s === undefined)).toBe(true);
  });
});

describe('topic headings over paragraphs, none a name by its words', () => {
  const TOPICS = `Funding
We never have enough computers for everyone in the library.

Teachers
They know us and help when we are stuck.

Mental Health
I get stressed before every test because everything counts so much.

Law
We should learn how the courts work before we can vote.

Care
The counsellors should have more time for each of us.

Next Steps
We will bring these ideas to the parent council in May.
`;

  it('reads the file as one writer, no heading a student', () => {
    expect(speakers(read(`My reflection\n\n${TOPICS}`)).every((s) => s === undefined)).toBe(true);
    expect(speakers(read(TOPICS)).every((s) => s === undefined)).toBe(true);
  });

  it('reads them so where each heading is a paragraph of its own', () => {
    const t = read(`My reflection\n\n${TOPICS.replace(/^([A-Z][\w ]+)\n/gm, '$1\n\n')}`);
    expect(speakers(t).every((s) => s === undefined)).toBe(true);
  });

  it("reads a single writer's name over a piece with topic headings as the writer's byline, no part of a class", () => {
    const t = read(`Tanvir Ahmed
I have been teaching for twelve years and the thing that changed most is how students choose.

${TOPICS}`);
    expect(speakers(t).every((s) => s === undefined)).toBe(true);
    expect(t.attributes.author).toBe('Tanvir Ahmed');
    const apart = read(`Tanvir Ahmed

I have been teaching for twelve years and the thing that changed most is how students choose.

${TOPICS.replace(/^([A-Z][\w ]+)\n/gm, '$1\n\n')}`);
    expect(speakers(apart).every((s) => s === undefined)).toBe(true);
    expect(apart.attributes.author).toBe('Tanvir Ahmed');
  });

  it('takes "Law" and "Care", listed given names, for no listed name, where "Jordan" and "Sam" are', () => {
    expect(listedName('Law')).toBe(false);
    expect(listedName('Care')).toBe(false);
    expect(listedName('Jordan')).toBe(true);
    expect(namesByWords(['Tanvir', 'Law', 'Ngozi'])).toEqual([true, false, true]);
    expect(namesByWords(['Jordan', 'Sam', 'Care'])).toEqual([false, false, false]);
  });
});

describe('a class headed by names of no English word, analysed', () => {
  it('prints no name in any output, a topic heading among them redacted from no text', () => {
    const dir = tempDir();
    const input = path.join(dir, 'in');
    const out = path.join(dir, 'out');
    mkdirSync(input);
    writeFileSync(path.join(input, 'class.txt'), UNLISTED.replace('\nMei-Ling\n', '\nLaw\nWe should learn how the courts work, and Ngozi wants a course on it.\n\nMei-Ling\n'));
    // Another class, each name a paragraph of its own.
    writeFileSync(
      path.join(input, 'apart.txt'),
      `Farhan

The field trip to the museum showed me how much history I never learned.

Chidinma

Farhan and I think exams should count for less than projects.

Oluwadamilare

I want more choice in which electives I take next year, like Law or Psychology.
`,
    );
    const run = reflect(['analyze', input, '--out', out, '--quiet']);
    expect(run.code, run.stderr).toBe(0);
    const responses = parse(readFileSync(path.join(out, 'responses.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const students = (file: string) => new Set(responses.filter((r) => r.source === file).map((r) => r.participant_id)).size;
    expect(students('class.txt')).toBe(7);
    expect(students('apart.txt')).toBe(3);
    expect(responses.map((r) => r.text)).toContain('[name] and I think exams should count for less than projects.');
    // "Law" heads Siddharth's second paragraph, no one's name: the word stays where a student writes it.
    expect(responses.map((r) => r.text)).toContain('We should learn how the courts work, and [name] wants a course on it.');
    expect(responses.map((r) => r.text)).toContain('I want more choice in which electives I take next year, like Law or Psychology.');
    for (const name of readdirSync(out)) {
      const text = readFileSync(path.join(out, name), 'utf8');
      expect(text, name).not.toMatch(/Tanvir|Oluwaseun|Ngozi|Xin Yi|Aroha|Ngata|Siddharth|Mei-Ling|Farhan|Chidinma|Oluwadamilare/);
    }
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
