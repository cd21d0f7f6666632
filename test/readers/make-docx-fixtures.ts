// Builds the DOCX fixtures of the reader tests with the `docx` package, the way Word lays transcripts
// out (bold speaker names, headings, soft breaks, Otter exports). The .docx files are committed; run
// again only to change them, then regenerate the goldens and read the diff:
//   npx tsc test/readers/make-docx-fixtures.ts --outDir node_modules/.cache/make-docx --module nodenext \
//     --moduleResolution nodenext --target es2022 --skipLibCheck && node node_modules/.cache/make-docx/make-docx-fixtures.js
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

const root = path.resolve(process.argv[2] ?? 'fixtures/readers');

/** A paragraph with a bold speaker name, as Word users write transcripts. */
function turn(name: string, ...lines: string[]): Paragraph {
  const [first, ...rest] = lines;
  return new Paragraph({
    children: [
      new TextRun({ text: `${name}:`, bold: true }),
      new TextRun({ text: ` ${first}` }),
      ...rest.map((text) => new TextRun({ text, break: 1 })),
    ],
  });
}

function plain(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun(text)] });
}

function heading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph {
  return new Paragraph({ text, heading: level });
}

async function write(file: string, paragraphs: Paragraph[]): Promise<void> {
  const doc = new Document({
    creator: 'reflect test fixtures',
    title: 'Focus group transcript',
    sections: [{ children: paragraphs }],
  });
  const buffer = await Packer.toBuffer(doc);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, buffer);
}

async function main(): Promise<void> {
  await write(path.join(root, 'equivalence/focus-group.docx'), [
    heading('Focus group 3, Riverside Secondary', HeadingLevel.HEADING_1),
    plain(''),
    turn('Ms Okafor', 'Thanks for staying after class. This term you each had a learning plan with your own goals. How has that felt so far?'),
    turn('Maya', "Honestly it's been better than I expected. I can go faster in math when I already get it,", 'and nobody makes me sit through the review.'),
    turn('Jordan', 'For me it was kind of stressful at first. Picking my own pace meant I kept putting things off until the end of the unit.'),
    turn('Ms Okafor', 'What helped when that happened?'),
    turn('Jordan', 'The check-ins on Fridays. When Mr. Dhillon looked at my plan with me I actually knew what to do next.'),
    turn('Priya', "I agree with Jordan about the check-ins. But the playlists on the laptop get boring, it's just videos and quizzes."),
    turn('Maya', 'Yeah, I miss doing projects with other people. Personalised kind of means alone sometimes.'),
    turn('Ms Okafor', 'If you could change one thing about the learning plans, what would it be?'),
    turn('Priya', 'More choice in how we show what we learned, like a podcast or a poster instead of always a test.'),
    turn('Jordan', "And a bit more time with the teacher. Twenty minutes a week isn't enough when you're stuck."),
  ]);

  await write(path.join(root, 'docx/bold-names/input.docx'), [
    heading('Focus group 5: Grade 10 advisory', HeadingLevel.HEADING_1),
    plain('Transcribed by R. Singh from the audio recording.'),
    heading('Choosing what to work on', HeadingLevel.HEADING_2),
    turn('Facilitator', 'Let’s start with the choice boards. Did you use them?'),
    turn('Amara', 'Every week. I like that I can do the writing task first', 'because that’s when I have the most energy.'),
    plain(''),
    new Paragraph({
      children: [
        new TextRun({ text: 'Tomás', bold: true }),
        new TextRun({ text: ': I used them but I always picked the ' }),
        new TextRun({ text: 'easiest', italics: true }),
        new TextRun({ text: ' one, to be honest.' }),
      ],
    }),
    plain('Note: the bell rang here and two students left early.'),
    turn('Facilitator', 'Why the easiest one?'),
    turn('Tomás', 'Nobody checks which one you pick. If the teacher asked why, I would think about it more.'),
    heading('Feedback', HeadingLevel.HEADING_2),
    turn('Amara', 'The feedback on my plan was the most useful part & I read all of it.'),
  ]);

  await write(path.join(root, 'docx/front-matter/input.docx'), [
    plain('---'),
    plain('school: Lakeview Middle School'),
    plain('date: 2024-05-02'),
    plain('facilitator: Mr Dhillon'),
    plain('grades: [7, 8]'),
    plain('---'),
    plain('Mr Dhillon: What does a good day in the learning studio look like for you?'),
    plain('S1: When my playlist matches what we did in class and I can ask a friend.'),
    plain('S2: When the wifi works. Half the videos would not load on Tuesday.'),
    plain('Mr Dhillon: And a bad day?'),
    plain('S1: When I finish early and there is nothing to do next.'),
  ]);

  await write(path.join(root, 'docx/otter/input.docx'), [
    plain('Student voice session - Otter.ai'),
    plain(''),
    plain('Speaker 1  0:03'),
    plain('Okay, so the first question is about the mastery checks. How did they go?'),
    plain('Keisha Brown  0:11'),
    plain('Better than tests. I could redo the one on fractions until I got it.'),
    plain('Speaker 1  0:19'),
    plain('Did anyone feel rushed?'),
    plain('Liam  0:24'),
    plain('A little, at the end of the unit.'),
    plain('Everyone was trying to finish at once.'),
  ]);

  await write(path.join(root, 'docx/reflection/input.docx'), [
    heading('My reflection', HeadingLevel.HEADING_1),
    plain('This term I set my own goals for science. At first I made them too big and I did not finish any of them.'),
    plain('Learning goal: explain how vaccines train the immune system.'),
    plain('After my check-in with Ms Okafor I split the goal into smaller steps, and I finished the last two on time. Next term I want to plan the steps from the start.'),
  ]);
}

await main();
