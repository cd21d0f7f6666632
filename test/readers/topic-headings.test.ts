// A writeup whose first line is a topic's heading over a paragraph ("Mental Health"), with another such
// heading below it ("Funding"): every heading is no one's words and no name, where the first was read as
// the writer's byline and its words redacted from every file of the folder. A writer's name over a piece
// stays the byline, redacted everywhere, even made of words of the lexicon ("Amir Khan", "Precious Blessing").
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Transcript } from '../../src/model.js';
import { topicLine } from '../../src/readers/bylines.js';
import { readText } from '../../src/readers/text.js';
import { reflect, tempDir } from '../cli/helpers.js';

function read(text: string, file = 'notes.txt'): Transcript {
  return readText(Buffer.from(text, 'utf8'), { file, config: {} }).content as Transcript;
}

const texts = (t: Transcript): string[] => t.turns.map((turn) => turn.text);

const NOTES = `Mental Health
Students told us that stress about grades is the biggest thing in their lives and that counsellors are booked for weeks.

Funding
Every school had less money for support staff than five years ago, and class sizes went up.
`;

// The same piece under a writer's name: the first line's words are a name's, whatever the heading below.
const signed = (name: string): string => `${name}
I have been teaching for twelve years and the thing that changed most is how students choose.

Funding
Every school I visited had less money for counsellors and small classes than five years ago.
`;

describe('topicLine', () => {
  it.each(['Mental Health', 'Funding', 'Class Sizes', 'Support for Students', 'Reading'])('reads "%s" as a topic by its words', (line) => {
    expect(topicLine(line)).toBe(true);
  });
  it.each(['Maya Okafor', 'Amir Khan', 'Precious Blessing', 'Justice Young', 'Jordan', 'Grace', 'Favour', 'Raj Malik', 'Marks', 'Tanvir'])(
    'reads "%s" as a name as much as a topic: no topic by its words',
    (line) => {
      expect(topicLine(line)).toBe(false);
    },
  );
});

describe('a topic heading on the first line', () => {
  it('reads the first line and the heading below as headings, no author, neither in the words', () => {
    const t = read(NOTES);
    expect(t.attributes.author).toBeUndefined();
    expect(texts(t)).toEqual([
      'Students told us that stress about grades is the biggest thing in their lives and that counsellors are booked for weeks.',
      'Every school had less money for support staff than five years ago, and class sizes went up.',
    ]);
  });

  it.each(['Maya Okafor', 'Amir Khan', 'Precious Blessing', 'Justice Young'])('keeps "%s" over the piece as its author', (name) => {
    const t = read(signed(name));
    expect(t.attributes.author).toBe(name);
    expect(texts(t).join(' ')).not.toContain(name);
    // The topic's heading below is no one's words either.
    expect(texts(t)[1]).toBe('Every school I visited had less money for counsellors and small classes than five years ago.');
  });

  it('keeps a word that links a sentence, alone over the next line, in the words', () => {
    const t = read(`${signed('Maya Okafor')}
However
The counsellors were the best part of the day for most of the students I asked.
`);
    expect(texts(t)[2]).toBe('However The counsellors were the best part of the day for most of the students I asked.');
  });

  it('drops a topic heading alone over one paragraph as a title, no author', () => {
    const t = read('Mental Health\nStudents told us that stress about grades is the biggest thing in their lives.\n');
    expect(t.attributes.author).toBeUndefined();
    expect(texts(t)).toEqual(['Students told us that stress about grades is the biggest thing in their lives.']);
  });

  it('keeps a topic heading alone over two paragraphs the byline it was: no other heading says it is none', () => {
    const t = read(`Mental Health
Students told us that stress about grades is the biggest thing in their lives.

Every school had less money for support staff than five years ago.
`);
    expect(t.attributes.author).toBe('Mental Health');
  });

  it('needs the heading below to be a topic by its words too: a name below is no evidence', () => {
    const t = read(`Mental Health
Students told us that stress about grades is the biggest thing in their lives.

Amir Khan
Every school had less money for support staff than five years ago.
`);
    expect(t.attributes.author).toBe('Mental Health');
  });

  it('reads the first line as a heading in prose wrapped by hand too', () => {
    const t = read(`Mental Health
Students told us that stress about grades is the biggest
thing in their lives and that counsellors are booked for
weeks at a time in every school we visited this year.

Funding
Every school had less money for support staff than five
years ago, and class sizes went up in most of them too.
`);
    expect(t.attributes.author).toBeUndefined();
    expect(texts(t)[0]).toMatch(/^Students told us/);
    expect(texts(t)[1]).toMatch(/^Every school/);
  });
});

describe('topic headings a paragraph of their own, a blank line above their paragraph', () => {
  it('reads them as headings where two or more are, the first line too', () => {
    const t = read(NOTES.replace(/^(Mental Health|Funding)\n/gm, '$1\n\n'));
    expect(t.attributes.author).toBeUndefined();
    expect(texts(t)).toEqual([
      'Students told us that stress about grades is the biggest thing in their lives and that counsellors are booked for weeks.',
      'Every school had less money for support staff than five years ago, and class sizes went up.',
    ]);
  });

  it('keeps a single one in the words: a one-word paragraph may be an answer', () => {
    const t = read(`${signed('Maya Okafor').replace('Funding\n', 'Funding\n\n')}`);
    expect(t.attributes.author).toBe('Maya Okafor');
    expect(texts(t)).toContain('Funding');
  });
});

describe('analyze: a topic heading first, beside a survey', () => {
  it("keeps the survey's 'mental health' and its theme, and still redacts a writer's name everywhere", () => {
    const input = tempDir('topic-first-');
    const out = path.join(tempDir('topic-first-out-'), 'o');
    writeFileSync(path.join(input, 'notes.txt'), NOTES);
    writeFileSync(path.join(input, 'piece.txt'), signed('Amir Khan'));
    writeFileSync(
      path.join(input, 'survey.csv'),
      'id,What gets in the way?\n1,My mental health is bad because of exams\n2,There is no funding for shop class\n3,Too much homework and my mental health suffers\n4,I asked Amir Khan for help\n',
    );
    const run = reflect(['analyze', input, '--out', out, '--quiet']);
    expect(run.code, run.stderr).toBe(0);
    const responses = parse(readFileSync(path.join(out, 'responses.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const row = (text: string) => responses.find((r) => r.text === text);
    expect(row('My mental health is bad because of exams')?.themes.split(';')).toContain('mental-health');
    expect(row('Too much homework and my mental health suffers')?.themes.split(';')).toContain('mental-health');
    expect(row('I asked [name] for help')).toBeDefined();
    expect(responses.map((r) => r.text)).toContain('Every school had less money for support staff than five years ago, and class sizes went up.');
    expect(responses.filter((r) => r.source === 'notes.txt').map((r) => r.text).join(' ')).not.toMatch(/^Mental Health|Funding Every/);
    for (const name of readdirSync(out)) {
      expect(readFileSync(path.join(out, name), 'utf8'), name).not.toMatch(/Amir|Khan/);
    }
  });
});
