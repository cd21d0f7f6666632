// A class's writing typed into one text file, each student's part headed by their name alone on a line
// with the writing directly under it: one participant per part, no name in any output. Topic headings
// over paragraphs ("Stress", "Math", "Funding") name no one: one writer, as before. Names that are also
// English words (Jordan, Sam, Cole) part a class too, since the given names' list holds them; topic
// headings the list holds ("Art", "Hope") among others no name can be ("Music", "Drama") stay one writer's.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { reflect, tempDir } from './helpers.js';

const CLASS = `Reflections, Grade 10 English

Maya
I think the best part of the day was hearing from students at other
schools who had tried things we never had, like a flex block each day
where you can choose where to go for help.

Jordan
The workshop on stress was the most useful one for me because nobody
ever talks about how much pressure there is around exams and marks
and getting into university.

Kiara Brown
We need smaller classes so the teacher can actually get to everyone
who needs help, otherwise the quiet kids just fall behind all year.
Jordan and I both said that in the circle.
`;

function analyze(files: Record<string, string>): { out: string; responses: Record<string, string>[] } {
  const dir = tempDir();
  const input = path.join(dir, 'in');
  const out = path.join(dir, 'out');
  mkdirSync(input);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(input, name), text);
  const run = reflect(['analyze', input, '--out', out, '--quiet']);
  expect(run.code, run.stderr).toBe(0);
  const responses = parse(readFileSync(path.join(out, 'responses.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
  return { out, responses };
}

describe("a class's writing headed by each writer's name", () => {
  it('makes each name-headed part its own student, the name in no answer and no output', () => {
    const { out, responses } = analyze({ 'class.txt': CLASS });
    expect(responses).toHaveLength(3);
    expect(new Set(responses.map((r) => r.participant_id)).size).toBe(3);
    expect(responses[0]!.text).toMatch(/^I think the best part of the day/);
    expect(responses[1]!.text).toMatch(/^The workshop on stress/);
    // Another student's mention of a classmate is redacted as any participant's name is.
    expect(responses[2]!.text).toMatch(/^We need smaller classes .* \[name\] and I both said/);
    for (const file of readdirSync(out)) {
      const text = readFileSync(path.join(out, file), 'utf8');
      expect(text, file).not.toMatch(/Maya|Jordan|Kiara|Brown/);
    }
    const analysis = JSON.parse(readFileSync(path.join(out, 'analysis.json'), 'utf8')) as unknown;
    expect(JSON.stringify(analysis)).not.toMatch(/Maya|Jordan|Kiara/);
  });

  it('keeps topic headings over paragraphs one writer, the headings no one', () => {
    const { responses } = analyze({
      'topics.txt': `My reflection

Stress
I get stressed before every test because everything counts so much.

Math
I like it when we work in groups and explain things to each other.

Funding
We never have enough computers for everyone in the library.
`,
    });
    expect(new Set(responses.map((r) => r.participant_id)).size).toBe(1);
    expect(responses).toHaveLength(3);
    expect(responses.map((r) => r.participant_id)).not.toContain('T1-S1');
  });

  it("reads a hand-wrapped writeup's word headings as headings, one writer", () => {
    const { responses } = analyze({
      'writeup.txt': `Personalized Learning at Riverside Secondary

This writeup looks back on three years of changes at our school and what
the students and teachers told us about them in surveys and in class.

Funding
In the three years of the project the school had less money each year,
and the extra staff we hoped for never came, so the teachers who ran the
flex blocks did it on top of their regular classes and their prep time.

Choice
Students said the flex block was the best change because they could go
to the teacher they needed on the day they needed, and nobody had to ask
for permission to get help with the subject they were struggling with.
`,
    });
    expect(new Set(responses.map((r) => r.participant_id)).size).toBe(1);
    expect(responses.map((r) => r.text.split(' ').slice(0, 3).join(' '))).toEqual(['This writeup looks', 'In the three', 'Students said the']);
  });
});

describe('a class headed by names that are also words', () => {
  it('reads Jordan, Sam and Cole Martin as three students, no name in any output', () => {
    const { out, responses } = analyze({
      'class.txt': `Reflections, Grade 10 English

Jordan
The workshop on stress was the most useful one for me because nobody
ever talks about how much pressure there is around exams and marks.

Sam
I liked the flex block because I could go to the teacher I needed on
the day I needed and nobody asked why.

Cole Martin
We need smaller classes so the teacher can actually get to everyone
who needs help, otherwise the quiet kids just fall behind all year.
`,
    });
    expect(responses).toHaveLength(3);
    expect(new Set(responses.map((r) => r.participant_id)).size).toBe(3);
    expect(responses.map((r) => r.text.split(' ').slice(0, 3).join(' '))).toEqual(['The workshop on', 'I liked the', 'We need smaller']);
    for (const file of readdirSync(out)) {
      const text = readFileSync(path.join(out, file), 'utf8');
      expect(text, file).not.toMatch(/Jordan|\bSam\b|Cole|Martin/);
    }
  });

  it('keeps topic headings Art, Music and Drama over paragraphs one writer', () => {
    const { responses } = analyze({
      'topics.txt': `My reflection

Art
I finally got to pick my own project and spent the whole term on it.

Music
Our band class let us practise in small groups instead of all together.

Drama
Performing in front of the grade nines made me a lot less nervous.
`,
    });
    expect(new Set(responses.map((r) => r.participant_id)).size).toBe(1);
    expect(responses).toHaveLength(3);
  });

  it("keeps a hand-wrapped writeup's headings Art, Music, Drama, Justice and Hope headings, one writer", () => {
    const { responses } = analyze({
      'writeup.txt': `Arts and Wellbeing at Riverside Secondary

This writeup looks back on a year of changes to the arts programme at our
school and what students told us about them in surveys and in class.

Art
Students said the open studio at lunch was where they felt most at home,
and several asked for it to run after school on the days with no buses.

Music
The band room was full every morning, and the students who came most were
not the ones in the band but those who wanted somewhere quiet to be.

Drama
Performing in front of the younger grades made students less nervous about
speaking in class, and the teachers saw it in presentations later on.

Justice
A group of students wrote a play about the land the school stands on and
who was here first, and it was the piece most people remembered after.

Hope
Most of all the students said the arts gave them a reason to come in on
the hard days, which is what the programme was meant to do from the start.
`,
    });
    expect(new Set(responses.map((r) => r.participant_id)).size).toBe(1);
    expect(responses.map((r) => r.text.split(' ').slice(0, 2).join(' '))).toEqual(['This writeup', 'Students said', 'The band', 'Performing in', 'A group', 'Most of']);
  });
});
