// Section headings of hard-wrapped prose (a conference writeup saved as text): a short title-case line,
// or one ending in a colon, directly above its paragraph, is a heading, not the start of a response.
import { describe, expect, it } from 'vitest';
import type { Transcript } from '../../src/model.js';
import { readText } from '../../src/readers/text.js';

function read(text: string, file = 'writeup.txt'): Transcript {
  const result = readText(Buffer.from(text, 'utf8'), { file, config: {} });
  return result.content as Transcript;
}

const texts = (t: Transcript): string[] => t.turns.map((turn) => turn.text);

// As the Student Leadership conference writeup was saved from its PDF: wrapped at about 60 characters,
// each section's heading on its own line directly above its paragraph.
const WRITEUP = `Student Leadership Conference Summary

Some Interesting Findings:
During the Leadership Conference and focus group interviews, students
made some interesting observations which deserve consideration.

Mental Health
Mental Health issues continue to be a concern for students
of all ages. Although more conversations are happening in
schools, there is still a stigma attached to asking for help.

Funding
In the three years that we have been working with students,
this is the first time that funding was raised as a concern
by most of them.

Alternate Programs Should be a Choice 
Some students in Alternate Programs would prefer that their
schools be recognized as schools of choice.
`;

describe('section headings in hard-wrapped prose', () => {
  it('takes each heading out of the paragraph below it, a colon heading as its prompt', () => {
    const t = read(WRITEUP);
    // The title is dropped as a reflection's title always was (bylines.ts).
    expect(texts(t)).toEqual([
      'During the Leadership Conference and focus group interviews, students made some interesting observations which deserve consideration.',
      'Mental Health issues continue to be a concern for students of all ages. Although more conversations are happening in schools, there is still a stigma attached to asking for help.',
      'In the three years that we have been working with students, this is the first time that funding was raised as a concern by most of them.',
      'Some students in Alternate Programs would prefer that their schools be recognized as schools of choice.',
    ]);
    const findings = t.turns.find((turn) => turn.text.startsWith('During'))!;
    expect(findings.prompt).toBe('Some Interesting Findings');
    expect(findings.line).toBe(4);
    // A heading without a colon ends the prompt above, as a Markdown `#` heading does.
    expect(t.turns.find((turn) => turn.text.startsWith('Mental'))!.prompt).toBeUndefined();
    expect(t.turns.find((turn) => turn.text.startsWith('In the three'))!.line).toBe(13);
  });

  it('reads the same as the writeup with Markdown headings', () => {
    const marked = WRITEUP.replace(/^(Some Interesting Findings:|Mental Health|Funding|Alternate Programs Should be a Choice) ?$/gm, '# $1');
    expect(texts(read(WRITEUP))).toEqual(texts(read(marked)));
  });

  it('keeps a one-line answer, a list of short lines and "Grade 11" as the writer\'s words', () => {
    const t = read(`My reflection on the forum

Yes
I would come back to the forum next year because the talks were
good and I met students from other schools who think like me.

Math
Science
Art
Those are the classes where I get to choose what I work on and
how I show what I learned, which makes me want to do the work.

Grade 11
Students in my grade said the forum helped them plan for next
year, and most of them want more time with their counsellors.
`);
    expect(texts(t)).toContain('Yes I would come back to the forum next year because the talks were good and I met students from other schools who think like me.');
    expect(texts(t)).toContain('Math Science Art Those are the classes where I get to choose what I work on and how I show what I learned, which makes me want to do the work.');
    expect(texts(t).some((x) => x.startsWith('Grade 11 Students in my grade'))).toBe(true);
  });

  it('keeps a sentence whose first line is short, and prose that is not wrapped by hand', () => {
    const wrapped = read(`What I learned

I think
that we need more time to talk with our teachers about what we
want to learn, and less time sitting in rows listening to them.

The best part was the workshop on choosing courses for next year
because it showed me there are more options than I thought.
`);
    expect(texts(wrapped)).toContain('I think that we need more time to talk with our teachers about what we want to learn, and less time sitting in rows listening to them.');
    // A paragraph a line: only a topic's words alone over a paragraph set a heading apart (see topic-headings.test.ts).
    const unwrapped = read(`My reflection

Teachers
Teachers who know me help me most, because they notice when I am stuck and give me another way in.

Time
Time to finish my projects at my own pace would make the biggest difference for me this year.
`);
    expect(texts(unwrapped)).toEqual([
      'Teachers who know me help me most, because they notice when I am stuck and give me another way in.',
      'Time to finish my projects at my own pace would make the biggest difference for me this year.',
    ]);
    // A line of one sentence whose first line is short is no heading either way.
    expect(texts(read('I think\nthat we need more time to talk with our teachers.\n\nThe best part was the workshop.\n'))).toEqual([
      'I think that we need more time to talk with our teachers.',
      'The best part was the workshop.',
    ]);
  });

  it('leaves a speaker-labelled transcript alone', () => {
    const t = read(`Facilitator: What would make school feel more personal to you?
Maya: More choice in how we show what we learned, like projects
instead of tests, and more time with teachers one on one.

Mental Health
Jordan: Mental health days would help, honestly, because a lot of us
are stressed out all the time and nobody really talks about it.
Facilitator: Thank you both.
`);
    expect(t.turns.map((turn) => turn.speaker)).toEqual(['Facilitator', 'Maya', 'Jordan', 'Facilitator']);
  });

  it("reads a writer's name above their paragraph as the writer's, not a heading nor their words", () => {
    const t = read(`Class reflections, Period 3

Jordan Whitfield
I liked the forum because I got to hear from students at other
schools and they had a lot of the same problems we have here.

Priya Raman
The workshop on course planning showed me that I have more
options than I thought, and that my counsellor can help me.
`);
    // Each student's part, the name its writer (redacted as a participant's), not a heading lost.
    expect(t.turns.map((turn) => turn.speaker)).toEqual(['Jordan Whitfield', 'Priya Raman']);
    expect(texts(t)[0]).toMatch(/^I liked the forum/);
    expect(texts(t)[1]).toMatch(/^The workshop on course planning/);
  });

  // As the writeup sets its sections' questions: on a short line or two of their own, the answer below.
  const QUESTIONS = `Student Leadership Conference Summary

Student reflection sheets were collected and summarized to identify key
themes. Focus group interviews were then organized at five schools.

What is currently happening in schools to
personalize education?
Students identified a number of ways that education is
personalized in their schools and their school districts.

District programs such as Apprenticeships and French Immersion
were identified by students as a way to create opportunities.

What else could schools do to make learning more
personalized?
Students stated that they would like to be more involved in
decision making about their learning and their timetables.

What are the barriers to personalization?

Time tables, limited course options and fear of change were all
seen as barriers to personalization by most of the students.
`;

  it("takes a section's question of one or two lines out of the text, as the prompt over the paragraphs below", () => {
    const t = read(QUESTIONS);
    expect(texts(t)).toEqual([
      'Student reflection sheets were collected and summarized to identify key themes. Focus group interviews were then organized at five schools.',
      'Students identified a number of ways that education is personalized in their schools and their school districts.',
      'District programs such as Apprenticeships and French Immersion were identified by students as a way to create opportunities.',
      'Students stated that they would like to be more involved in decision making about their learning and their timetables.',
      'Time tables, limited course options and fear of change were all seen as barriers to personalization by most of the students.',
    ]);
    expect(t.turns.map((turn) => turn.prompt)).toEqual([
      undefined,
      'What is currently happening in schools to personalize education?',
      'What is currently happening in schools to personalize education?',
      'What else could schools do to make learning more personalized?',
      'What are the barriers to personalization?',
    ]);
    // The answer's own line, under the question's two.
    expect(t.turns[1]!.line).toBe(8);
    // As the same questions set as Markdown headings are read.
    const marked = QUESTIONS.replace('What is currently happening in schools to\npersonalize education?', '# What is currently happening in schools to personalize education?')
      .replace('What else could schools do to make learning more\npersonalized?', '# What else could schools do to make learning more personalized?')
      .replace('What are the barriers to personalization?', '# What are the barriers to personalization?');
    const md = read(marked, 'writeup.md');
    expect(texts(md)).toEqual(texts(t));
    expect(md.turns.map((turn) => turn.prompt)).toEqual(t.turns.map((turn) => turn.prompt));
  });

  it("keeps a student's own question, one a paragraph opens with or one in the middle of it, as their words", () => {
    const t = read(`My reflection on the forum

Why do we have to learn this? Nobody ever told us, and I asked my
teachers about it many times during the year without an answer.

Why do we have to learn all of these things in school every day?
My teacher said that it matters for later, but I am not so sure
about that because most of it I will never use again in my life.

The forum was good because I met students from other schools and
we talked about what would help. What would help most? More time
to work at our own pace and teachers who know us by name.

What do I want from school next year?
More time for my projects and more choice in what I work on,
because that is when I learn the most and enjoy learning.
`);
    expect(t.turns.every((turn) => turn.prompt === undefined)).toBe(true);
    expect(texts(t)[0]).toMatch(/^Why do we have to learn this\? Nobody/);
    // Its line ends where the next word would not fit: a paragraph wrapped, not a heading set apart.
    expect(texts(t)[1]).toMatch(/^Why do we have to learn all of these things in school every day\? My teacher/);
    expect(texts(t)[2]).toContain('What would help most? More time');
    // In the first person: the writer asking, not a section's question.
    expect(texts(t)[3]).toMatch(/^What do I want from school next year\? More time/);
  });

  // A heading whose word is a plain English word ("Funding") over a paragraph that never says it, one of
  // several words, and an answer over its reason ("Yes, Definitely").
  const WORD_HEADINGS = `Personalized Learning at Riverside Secondary

This writeup looks back on three years of changes at our school and what
the students and teachers told us about them in surveys and in class.
We tried to keep their words as close as possible to what they said.

Funding
In the three years of the project the school had less money each year,
and the extra staff we hoped for never came, so the teachers who ran the
flex blocks did it on top of their regular classes and their prep time.

Timetables and Choice
Students said the flex block was the best change because they could go
to the teacher they needed on the day they needed, and nobody had to ask
for permission to get help with the subject they were struggling with.

Yes, Definitely
Most students said they would choose the same program again if they had
the chance, and several said they wished it had started in grade nine so
they could have had the extra help from the very start of high school.
`;

  it('takes a heading that is an English word out of its paragraph, one writer, and keeps an answer over its reason', () => {
    const t = read(WORD_HEADINGS);
    expect(t.turns.every((turn) => turn.speaker === undefined)).toBe(true);
    expect(texts(t)).toHaveLength(4);
    // "Funding" can be no one's name: a heading, though the paragraph never says "funding".
    expect(texts(t)[1]).toMatch(/^In the three years of the project/);
    expect(texts(t)[2]).toMatch(/^Students said the flex block/);
    // "Yes, Definitely" answers: the writer's words, not a heading.
    expect(texts(t)[3]).toMatch(/^Yes, Definitely Most students said/);
    expect(texts(t).join(' ')).not.toMatch(/Funding|Timetables and Choice/);
  });

  it('still refuses an answer word alone or before a comma as a heading ("No, …", "Definitely, …")', () => {
    const t = read(WORD_HEADINGS.replace('Yes, Definitely', 'No, Never Again').replace('Funding\n', 'Definitely, Yes\n'));
    expect(texts(t)[1]).toMatch(/^Definitely, Yes In the three years/);
    expect(texts(t)[3]).toMatch(/^No, Never Again Most students/);
  });
});
