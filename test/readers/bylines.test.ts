// Bylines, signatures and titles of written reflections: not answers, and the names signed are kept to redact.
import { describe, expect, it } from 'vitest';
import { splitBylines } from '../../src/readers/bylines.js';
import { readText } from '../../src/readers/text.js';

const paragraphs = (...texts: string[]) => texts.map((text) => ({ text }));

describe('splitBylines', () => {
  it.each([
    ['— Maya Lopez, Gr 11', 'Maya Lopez'],
    ['- Maya', 'Maya'],
    ['By: Jordan O.', 'Jordan O'],
    ['by Jordan Okafor (grade 10)', 'Jordan Okafor'],
    ['Signed, Ana de Souza', 'Ana de Souza'],
    ['From: J. Okafor', 'J. Okafor'],
  ])('takes "%s" as signed by %s', (line, name) => {
    expect(splitBylines(paragraphs('I liked flex.', line))).toEqual({ answers: paragraphs('I liked flex.'), authors: [name] });
  });

  it.each([
    ['— Principal Okafor', 'Okafor'],
    ['By: Coach Kim', 'Kim'],
    ['— Nurse Amy Chen, health room', 'Amy Chen'],
    ['Signed, Mr. Lee', 'Lee'],
  ])('takes "%s" as signed by %s, never the role word or the title', (line, name) => {
    expect(splitBylines(paragraphs('I liked flex.', line))).toEqual({ answers: paragraphs('I liked flex.'), authors: [name] });
  });

  it('drops a signature that is a role word alone, naming no one', () => {
    expect(splitBylines(paragraphs('I liked flex.', '— Principal'))).toEqual({ answers: paragraphs('I liked flex.'), authors: [] });
  });

  it.each([
    ['— Maya McDONALD', 'Maya McDONALD'],
    ["By: Jordan O'NEIL", "Jordan O'NEIL"],
    ['- DeSHAWN MacKENZIE, Gr 10', 'DeSHAWN MacKENZIE'],
  ])('takes "%s", a surname partly in capitals, as signed by %s', (line, name) => {
    expect(splitBylines(paragraphs('I liked flex.', line))).toEqual({ answers: paragraphs('I liked flex.'), authors: [name] });
  });

  it.each(['- more time to finish projects', 'By the end of the year I want to finish', 'From grade 8 on we did projects', '— and that is all'])(
    'keeps "%s" as an answer',
    (line) => {
      expect(splitBylines(paragraphs('I liked flex.', line)).answers).toHaveLength(2);
    },
  );

  it('drops a reflection title first, but never the only paragraph', () => {
    expect(splitBylines(paragraphs('My reflection', 'I liked flex.')).answers).toEqual(paragraphs('I liked flex.'));
    expect(splitBylines(paragraphs('End of term reflection: science 10', 'I liked flex.')).answers).toEqual(paragraphs('I liked flex.'));
    expect(splitBylines(paragraphs('Reflection is hard for me.')).answers).toHaveLength(1);
    expect(splitBylines(paragraphs('I liked flex.', 'My reflection')).answers).toHaveLength(2);
  });

  it("drops a heading in title case before the first answer, and a date alone anywhere, as a blog post's", () => {
    const post = paragraphs('Tuesday, February 14, 2012', 'Defining Personalization in Education', 'As the system moves on, I think it matters.', 'March 3, 2012', 'More Time For Projects');
    expect(splitBylines(post).answers).toEqual(paragraphs('As the system moves on, I think it matters.', 'More Time For Projects'));
    for (const date of ['14 March 2024', '2024-03-14', '3/14/2024', 'Sept. 5, 2023']) expect(splitBylines(paragraphs(date, 'I liked flex.')).answers, date).toEqual(paragraphs('I liked flex.'));
    // A first answer in a sentence's case, a question, or one word stays.
    for (const first of ['More time for projects', 'What Helps Me Learn?', 'Stress', 'I Love Flex Block.']) {
      expect(splitBylines(paragraphs(first, 'I liked flex.')).answers, first).toHaveLength(2);
    }
  });
});

describe('a signed reflection as a text file', () => {
  it('reads the name signed as its author, not as an answer', () => {
    const bytes = new TextEncoder().encode('My reflection\n\nThis year I liked the flex blocks.\n\nNext year, more electives.\n\n— Maya Lopez, Gr 11\n');
    const result = readText(bytes, { file: 'maya.txt', config: {} });
    expect(result.content).toMatchObject({
      attributes: { author: 'Maya Lopez' },
      turns: [
        { text: 'This year I liked the flex blocks.', line: 3 },
        { text: 'Next year, more electives.', line: 5 },
      ],
    });
  });

  it('keeps the front matter\'s author over a signature, and leaves labelled talk alone', () => {
    const signed = readText(new TextEncoder().encode('---\nauthor: M. Lopez\n---\nI liked flex.\n\n— Maya\n'), { file: 'a.txt', config: {} });
    expect(signed.content).toMatchObject({ attributes: { author: 'M. Lopez' } });
    const talk = readText(new TextEncoder().encode('Maya: I liked flex.\nJordan: Me too.\nMaya: - Maya\n'), { file: 'b.txt', config: {} });
    expect(talk.content).toMatchObject({ attributes: {} });
    expect(talk.content.type === 'transcript' && talk.content.turns.map((t) => t.text)).toEqual(['I liked flex.', 'Me too.', '- Maya']);
  });
});

describe('a reflection headed by its writer\'s name alone', () => {
  const sheet = (head: string) =>
    new TextEncoder().encode(
      `${head}This term I learned that I work better when I plan my week on Sunday night. I used to leave everything to the last minute.\n\n` +
        'The flex block helped me catch up on math, and Ms Chen showed me how to break a project into steps.\n\n' +
        'Next term I want to try the study group after school.\n',
    );
  const texts = (result: ReturnType<typeof readText>) => (result.content.type === 'transcript' ? result.content.turns.map((t) => t.text) : []);

  it('takes the name as its author, never as an answer, with a blank line under it or none', () => {
    for (const head of ['Maya\n\n', 'Maya\n', 'Maya Lopez\n\n', 'Jordan O.\n']) {
      const result = readText(sheet(head), { file: 'reflections/sheet-07.txt', config: {} });
      expect(result.content, head).toMatchObject({ type: 'transcript', written: true, attributes: { author: head.trim() === 'Jordan O.' ? 'Jordan O' : head.trim() } });
      expect(texts(result), head).toHaveLength(3);
      expect(texts(result)[0], head).toMatch(/^This term I learned/);
      expect(texts(result).join(' '), head).not.toMatch(/Maya|Jordan/);
    }
  });

  it('takes a name whose surname is partly in capitals as its author', () => {
    for (const head of ['Maya McDONALD\n\n', "Jordan O'NEIL\n", 'DeSHAWN Lee\n\n']) {
      const result = readText(sheet(head), { file: 'reflections/sheet-07.txt', config: {} });
      expect(result.content, head).toMatchObject({ type: 'transcript', written: true, attributes: { author: head.trim() } });
      expect(texts(result), head).toHaveLength(3);
    }
  });

  it('where the file is named for the writer, one paragraph under the name is enough', () => {
    const result = readText(new TextEncoder().encode('Priya\n\nI liked choosing my own project because I could go at my own pace.\n'), { file: 'Priya - reflection.txt', config: {} });
    expect(result.content).toMatchObject({ attributes: { author: 'Priya' }, turns: [{ text: 'I liked choosing my own project because I could go at my own pace.' }] });
  });

  it('keeps a first word that is a topic: one the writing comes back to, or a subject, or one answer alone', () => {
    const topic = readText(
      new TextEncoder().encode('Stress\n\nI get stressed when three tests land in one week.\n\nThe counsellor helped me plan.\n\nI sleep better now.\n'),
      { file: 'sheet-08.txt', config: {} },
    );
    expect(topic.content).toMatchObject({ attributes: {} });
    expect(texts(topic)[0]).toBe('Stress');
    const subject = readText(new TextEncoder().encode('Math\n\nI finally get fractions.\n\nMy tutor helped.\n\nI want to keep going.\n'), { file: 'sheet-09.txt', config: {} });
    expect(subject.content).toMatchObject({ attributes: {} });
  });

  it('takes a name as the writer\'s where the writing only has words that begin with it ("Tim" over "time")', () => {
    for (const [head, writing] of [
      ['Tim', 'I never have time for lunch.\n\nFlex block gives me time back.'],
      ['Eve', 'Every class felt rushed.\n\nI want a quiet room.'],
      ['Dan', 'I dance after school.\n\nSchool should count it.'],
    ]) {
      const result = readText(new TextEncoder().encode(`${head}\n\n${writing}\n`), { file: 'sheet-12.txt', config: {} });
      expect(result.content, head).toMatchObject({ written: true, attributes: { author: head } });
      expect(texts(result), head).not.toContain(head);
    }
  });
});

describe('a reflection whose title sits right above the text, with no blank line', () => {
  const texts = (result: ReturnType<typeof readText>) => (result.content.type === 'transcript' ? result.content.turns.map((t) => t.text) : []);
  const read = (text: string, file = 'reflections/sheet-11.txt') => readText(new TextEncoder().encode(text), { file, config: {} });

  it('drops the title, never the first words of the first answer', () => {
    const sheet =
      'I think the forum was good because the trustees actually listened to us.\nThey wrote down what we said about the bell schedule.\n\n' +
      'Next time I would want more time for questions at the end.\n';
    for (const title of ['My reflection', 'Reflection on the forum', 'Personal Learning Reflection', 'End of term reflection: science 10', 'Exit tickets - Period 3', 'Journal entries, week 2']) {
      const result = read(`${title}\n${sheet}`);
      expect(texts(result), title).toEqual([
        'I think the forum was good because the trustees actually listened to us. They wrote down what we said about the bell schedule.',
        'Next time I would want more time for questions at the end.',
      ]);
      expect(result.content.type === 'transcript' && result.content.turns[0]!.line, title).toBe(2);
    }
  });

  it("drops a template's longer title, with the class, school or date after it, but not a first answer with no full stop", () => {
    for (const title of ['My reflection — Grade 9, Westview Secondary, April 2017', "Personal learning reflection, Mr. Dhillon's Science 10 class, Term 2", 'Reflection on the Grade 9 forum at Westview Secondary, spring 2017']) {
      const result = read(`${title}\n\nI wish we could pick our own projects.\n\nHonestly I am stressed all the time.\n`);
      expect(texts(result), title).toEqual(['I wish we could pick our own projects.', 'Honestly I am stressed all the time.']);
    }
    const answer = 'My reflection on this year is that I learned a lot about myself and my friends';
    expect(texts(read(`${answer}\n\nAnd the tests were hard.\n`))).toEqual([answer, 'And the tests were hard.']);
  });

  it("under the writer's name, the name is the author and the title is dropped", () => {
    const result = read(
      'Maya Lopez\nMy reflection\nThis term I learned that I work better when I plan my week on Sunday night.\n\nThe flex block helped me catch up on math.\n\nNext term I want to try the study group.\n',
    );
    expect(result.content).toMatchObject({ attributes: { author: 'Maya Lopez' } });
    expect(texts(result)).toEqual([
      'This term I learned that I work better when I plan my week on Sunday night.',
      'The flex block helped me catch up on math.',
      'Next term I want to try the study group.',
    ]);
  });

  it('keeps a first sentence that starts like a title and runs on to the next line', () => {
    for (const opening of [
      'My reflection on the forum is that it\nwas a good day and I want another one.',
      'My reflection on the trip to\nVancouver is mostly about the people we met.',
      'Reflection is hard for me because\nI never know what to write.',
      'My reflection\nmostly is about the flex block and how it helped.',
    ]) {
      const result = read(`${opening}\n\nNext time I would want more time for questions.\n`);
      expect(texts(result), opening).toEqual([opening.replace('\n', ' '), 'Next time I would want more time for questions.']);
    }
  });
});
