// Builds the DOCX fixtures of the reader tests with the `docx` package, the way Word lays transcripts
// out (bold speaker names, headings, soft breaks, Otter exports, transcripts and front matter as tables).
// The .docx files are committed; run again only to change them, then regenerate the goldens and read
// the diff (each run stamps new creation times into every file, so commit only the ones you changed):
//   npx tsc test/readers/make-docx-fixtures.ts --outDir node_modules/.cache/make-docx --module nodenext \
//     --moduleResolution nodenext --target es2022 --skipLibCheck && node node_modules/.cache/make-docx/make-docx-fixtures.js
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

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

/** A bulleted paragraph, `level` 0 for a bullet, 1 for a sub-bullet under it. */
function bullet(text: string, level: number): Paragraph {
  return new Paragraph({ children: [new TextRun(text)], bullet: { level } });
}

function heading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph {
  return new Paragraph({ text, heading: level });
}

/** A cell's content: a paragraph per string (`\n` in it a soft line break), bold where asked. */
type CellContent = string | string[];

function cell(content: CellContent, options: { bold?: boolean; rowSpan?: number } = {}): TableCell {
  const paragraphs = (Array.isArray(content) ? content : [content]).map(
    (text) =>
      new Paragraph({
        children: text.split('\n').map((line, i) => new TextRun({ text: line, bold: options.bold, break: i > 0 ? 1 : undefined })),
      }),
  );
  return new TableCell({ children: paragraphs, rowSpan: options.rowSpan });
}

/**
 * A table as researchers and transcription services make them: a bold header row (marked to repeat on
 * each page when `repeatHeader`), then one row per turn. A `null` cell is one covered by the cell above,
 * merged down with `{ rowSpan }`.
 */
function table(
  header: string[] | undefined,
  rows: (CellContent | null | { text: CellContent; rowSpan: number })[][],
  widths: number[],
  repeatHeader = false,
): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      // Only a header row marked to repeat carries w:tblHeader (mammoth reads even w:val="off" as set).
      ...(header ? [new TableRow({ tableHeader: repeatHeader || undefined, children: header.map((h) => cell(h, { bold: true })) })] : []),
      ...rows.map(
        (r) =>
          new TableRow({
            children: r.flatMap((c) => {
              if (c === null) return [];
              return typeof c === 'object' && !Array.isArray(c) ? [cell(c.text, { rowSpan: c.rowSpan })] : [cell(c)];
            }),
          }),
      ),
    ],
  });
}

async function write(file: string, paragraphs: (Paragraph | Table)[], footnotes?: Record<number, string>): Promise<void> {
  const doc = new Document({
    creator: 'reflect test fixtures',
    title: 'Focus group transcript',
    sections: [{ children: paragraphs }],
    ...(footnotes ? { footnotes: Object.fromEntries(Object.entries(footnotes).map(([id, text]) => [id, { children: [plain(text)] }])) } : {}),
  });
  const buffer = await Packer.toBuffer(doc);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, buffer);
}

/**
 * A document as a web app's "Export to Word" (html-docx-js and the like) makes it: `paragraphs`, then
 * its text as a web page in an altChunk part, which Word turns into paragraphs when it opens the file.
 * The `docx` package writes no altChunk, so one is added to its package with JSZip (exceljs's and mammoth's).
 */
async function writeWithAltChunk(file: string, paragraphs: Paragraph[], html: string): Promise<void> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })));
  const documentXml = await zip.file('word/document.xml')!.async('string');
  zip.file('word/document.xml', documentXml.replace(/(<w:sectPr\b)/, '<w:altChunk r:id="htmlChunk"/>$1'));
  const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
  zip.file(
    'word/_rels/document.xml.rels',
    rels.replace(
      '</Relationships>',
      '<Relationship Id="htmlChunk" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="/word/afchunk.mht"/></Relationships>',
    ),
  );
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace('</Types>', '<Default Extension="mht" ContentType="message/rfc822"/></Types>'));
  const mht = [
    'MIME-Version: 1.0',
    'Content-Type: multipart/related; type="text/html"; boundary="----=mhtDocumentPart"',
    '',
    '------=mhtDocumentPart',
    'Content-Type: text/html; charset="utf-8"',
    'Content-Location: file:///C:/fake/document.html',
    '',
    html,
    '------=mhtDocumentPart--',
    '',
  ].join('\r\n');
  zip.file('word/afchunk.mht', mht);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
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

  // A header typed as bold `Key:` paragraphs, without `---` fences, under a title.
  await write(path.join(root, 'docx/header-lines/input.docx'), [
    new Paragraph({ text: 'Focus group, grade 10', heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: 'School:', bold: true }), new TextRun(' Willoughby Creek Secondary')] }),
    new Paragraph({ children: [new TextRun({ text: 'Date:', bold: true }), new TextRun(' March 14, 2024')] }),
    new Paragraph({ children: [new TextRun({ text: 'Transcribed by:', bold: true }), new TextRun(' A. Nguyen')] }),
    plain(''),
    turn('Ms. Kaur', 'What has the flex block been like for you?'),
    turn('Maya', 'I go to the art room, mostly at lunch.'),
    turn('Jordan', 'Math help, every Wednesday.'),
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

  // The equivalence focus group as a transcription service's table: its front matter as a key/value
  // table, then Time | Speaker | Text rows cut where the VTT cues are cut (a blank speaker goes on).
  await write(path.join(root, 'equivalence/focus-group-table.docx'), [
    heading('Focus group 3, Riverside Secondary', HeadingLevel.HEADING_1),
    table(
      undefined,
      [
        ['School', 'Riverside Secondary'],
        ['Date', '2024-03-14'],
        ['Facilitator', 'Ms Okafor'],
        ['Participants', 'Maya, Jordan, Priya'],
      ],
      [2400, 6600],
    ),
    plain(''),
    table(
      ['Time', 'Speaker', 'Text'],
      [
        ['00:00:01.200', 'Ms Okafor', 'Thanks for staying after class. This term you each had a learning plan with your own goals.'],
        ['00:00:05.900', '', 'How has that felt so far?'],
        ['00:00:08.100', 'Maya', "Honestly it's been better than I expected. I can go faster in math when I already get it,"],
        ['00:00:12.600', '', 'and nobody makes me sit through the review.'],
        ['00:00:15.800', 'Jordan', 'For me it was kind of stressful at first. Picking my own pace meant I kept putting things off until the end of the unit.'],
        ['00:00:22.000', 'Ms Okafor', 'What helped when that happened?'],
        ['00:00:24.500', 'Jordan', 'The check-ins on Fridays.'],
        ['00:00:26.100', '', 'When Mr. Dhillon looked at my plan with me I actually knew what to do next.'],
        ['00:00:31.000', 'Priya', "I agree with Jordan about the check-ins. But the playlists on the laptop get boring, it's just videos and quizzes."],
        ['00:00:37.200', 'Maya', 'Yeah, I miss doing projects with other people. Personalised kind of means alone sometimes.'],
        ['00:00:42.300', 'Ms Okafor', 'If you could change one thing about the learning plans, what would it be?'],
        ['00:00:46.400', 'Priya', 'More choice in how we show what we learned, like a podcast or a poster instead of always a test.'],
        ['00:00:52.900', 'Jordan', 'And a bit more time with the teacher.'],
        ['00:00:55.100', '', "Twenty minutes a week isn't enough when you're stuck."],
      ],
      [1500, 1700, 5800],
      true,
    ),
  ]);

  // A researcher's table: Speaker | Text under a bold header row that Word does not know is one, and
  // the empty row Word leaves at the end of a table typed into.
  await write(path.join(root, 'docx/table/input.docx'), [
    heading('Focus group 7: Grade 11, Northview Collegiate', HeadingLevel.HEADING_1),
    plain('Flex block pilot, second term. Transcribed by J. Park.'),
    table(
      ['Speaker', 'Text'],
      [
        ['Interviewer', 'Thanks for coming. I want to ask about the flex block on Wednesdays. What do you use it for?'],
        ['Aisha', "Mostly catching up on labs. If I miss a science class it's the only time I can get into the lab."],
        ['Ben', "I go to the learning commons. It's quiet and I can actually do my math homework there."],
        ['Interviewer', 'Does anyone find it hard to choose where to go?'],
        ['Aisha', 'At the start, yes. Nobody explained how the sign-up worked, so I just stayed in my homeroom.'],
        ['Carmen', "For me the problem is that my friends pick different rooms. I'd rather work with people I know."],
        ['Ben', 'I think it should be longer. Forty minutes goes fast when you have to walk across the school.'],
        ['Interviewer', 'If you could change one thing about flex, what would it be?'],
        ['Carmen', "Let us book a teacher ahead of time, so we know they'll be there to help."],
        ['', ''],
      ],
      [2000, 7000],
    ),
  ]);

  // A transcription service's export: Time | Speaker | Text | Comments with a repeating header row, a
  // turn cut over two rows (blank speaker), a text cell of two paragraphs and one with a soft break, a
  // speaker cell merged down over two rows, and the researcher's coding notes in the last column.
  await write(path.join(root, 'docx/table-timestamps/input.docx'), [
    heading('Student voice interview: co-op placements', HeadingLevel.HEADING_1),
    table(
      ['Time', 'Speaker', 'Text', 'Comments'],
      [
        ['00:00:04', 'Interviewer', "Okay, we're recording. Can you tell me a bit about your co-op placement?", ''],
        [
          '00:00:11',
          'Student 1',
          [
            "I'm at a vet clinic two afternoons a week.",
            'Mostly I clean the kennels and check the animals in, but last week they let me help with an X-ray.',
          ],
          'placement',
        ],
        ['00:00:29', '', 'Which was honestly the best part of the semester.', ''],
        ['00:00:35', 'Interviewer', 'How does it connect to what you do at school?', ''],
        ['00:00:41', 'Student 1', 'Not much, to be honest. My teacher checks my log every Friday,\nbut we never talk about what I learn there.', 'connection to school'],
        ['00:01:02', 'Student 2', "Mine's different. I'm at a daycare and my teacher visited twice, which really helped.", ''],
        ['00:01:15', 'Interviewer', 'What would make co-op better?', ''],
        ['00:01:19', { text: 'Student 2', rowSpan: 2 }, "More time at the placement. Two afternoons isn't enough to learn the routines.", 'time'],
        ['00:01:31', null, 'And getting credit for it in more than one course.', ''],
      ],
      [1300, 1500, 4700, 1500],
      true,
    ),
  ]);

  // Front matter typed as a key/value table under the title, then the talk as plain paragraphs.
  await write(path.join(root, 'docx/table-front-matter/input.docx'), [
    heading('Lunch-hour focus group', HeadingLevel.TITLE),
    table(
      undefined,
      [
        ['School:', 'Lakeview Middle School'],
        ['Date:', '2024-05-09'],
        ['Facilitator:', 'Mr Dhillon'],
        ['Grade:', '8'],
        ['School level:', 'Middle'],
      ],
      [2400, 6600],
    ),
    plain(''),
    plain('Mr Dhillon: How did the new homework policy go this month?'),
    plain('Tariq: Better. Having no homework on weekends means I actually do the weekday ones.'),
    plain('Lena: I still had a lot before the science fair, so it did not change much for me.'),
    plain('Mr Dhillon: What would you keep?'),
    plain('Tariq: The homework calendar. I can see what is due for every class in one place.'),
  ]);

  // A reflection with a table in the middle that is no transcript (nobody speaks twice, no header, no
  // times) and no front matter (text above it): read one paragraph per cell, as before tables were read.
  await write(path.join(root, 'docx/table-in-reflection/input.docx'), [
    heading('Term 2 reflection', HeadingLevel.HEADING_1),
    plain('This term I set three goals with my advisor and checked them every two weeks.'),
    table(
      undefined,
      [
        ['Reading', 'I finished two novels and started a third one for book club.'],
        ['Math', 'I kept up with the playlist until the unit test, then fell behind.'],
        ['Sleep', 'Not great. I was on my phone too late most nights.'],
      ],
      [2000, 7000],
    ),
    plain('Next term I want to plan my math practice for the week on Mondays.'),
  ]);

  // A school's reflection template filled in by a student: a title in Word's Title style, the fields as
  // a bold `Key: | value` table, then each prompt as a bold paragraph over the student's answer (one
  // answer a bulleted list, one sentence of an answer bold for emphasis).
  await write(path.join(root, 'docx/reflection-template/input.docx'), [
    new Paragraph({ text: 'Personal Learning Reflection', heading: HeadingLevel.TITLE }),
    table(undefined, [['Name:', 'Maya Lopez'], ['Grade:', '11'], ['Date:', 'March 14, 2024']], [2400, 6600]),
    plain(''),
    new Paragraph({ children: [new TextRun({ text: 'What did you learn this term that you are proud of?', bold: true })] }),
    plain('I learned to plan my week with the learning plan, and I finished my science project on time.'),
    new Paragraph({ children: [new TextRun({ text: 'What was hard for you, and why?', bold: true })] }),
    plain('Math. The playlist videos went too fast and I could not ask anyone until Friday.'),
    new Paragraph({ children: [new TextRun({ text: 'I will not leave the unit test to the last week again.', bold: true })] }),
    new Paragraph({ children: [new TextRun({ text: 'Three things that helped me:', bold: true })] }),
    new Paragraph({ children: [new TextRun('The Friday check-ins with Ms Okafor.')], bullet: { level: 0 } }),
    new Paragraph({ children: [new TextRun('Working with a partner on the labs.')], bullet: { level: 0 } }),
    new Paragraph({ children: [new TextRun('Choosing my own book for English.')], bullet: { level: 0 } }),
    new Paragraph({ children: [new TextRun({ text: 'Teacher comments', bold: true })] }),
    plain(''),
  ]);

  // A class's exit tickets typed into one document: each student's part headed by a `Name:` line (one
  // with the key in bold, as Word users type it), their answers as paragraphs below.
  await write(path.join(root, 'docx/class-sections/input.docx'), [
    new Paragraph({ text: 'Exit tickets, March 14', heading: HeadingLevel.TITLE }),
    plain('Name: Maya Lopez'),
    plain('I learned to plan my week with the learning plan, and I finished my science project on time.'),
    plain('Next term I will plan my practice for the week on Mondays.'),
    plain(''),
    new Paragraph({ children: [new TextRun({ text: 'Name:', bold: true }), new TextRun(' Jordan Okafor')] }),
    plain('Working with Priya on the podcast helped me understand the history unit better.'),
    plain(''),
    plain('Name: Priya Sharma'),
    plain('The check-ins with my teacher every Friday kept me on track.'),
    plain('I want to ask for help sooner instead of waiting.'),
  ]);

  // Footnotes: the researcher's in a focus group's notes, after the last turn in the file, and a
  // student's in a reflection; mammoth marks each reference `[1]` and links back with `↑`.
  await write(
    path.join(root, 'docx/footnotes/input.docx'),
    [
      heading('Focus group notes: flex block', HeadingLevel.HEADING_1),
      turn('Facilitator', 'What has the flex block been like for you?'),
      new Paragraph({
        children: [
          new TextRun({ text: 'Maya:', bold: true }),
          new TextRun(' I go to the art room'),
          new FootnoteReferenceRun(1),
          new TextRun(', mostly at lunch.'),
        ],
      }),
      turn('Jordan', 'Math help, every Wednesday.'),
    ],
    { 1: 'The art room is open to all grades at lunch since January.' },
  );
  await write(
    path.join(root, 'docx/footnotes-reflection/input.docx'),
    [
      heading('My reflection', HeadingLevel.HEADING_1),
      new Paragraph({
        children: [new TextRun('I read two novels for book club'), new FootnoteReferenceRun(1), new TextRun(' and wrote a review of each.')],
      }),
    ],
    { 1: 'The Giver and Wonder, both from the school library.' },
  );

  // A class's reflections in one document, each student's part under a heading with their name.
  await write(path.join(root, 'docx/class-headings/input.docx'), [
    new Paragraph({ text: 'Grade 11 reflections, term 2', heading: HeadingLevel.TITLE }),
    heading('Maya Lopez', HeadingLevel.HEADING_2),
    plain('I learned to plan my week with the learning plan, and I finished my science project on time.'),
    plain('Math was hard because the playlist videos went too fast.'),
    heading('Jordan Okafor', HeadingLevel.HEADING_2),
    plain('Working with Maya on the podcast helped me understand the history unit better.'),
    heading('Priya Sharma', HeadingLevel.HEADING_2),
    plain('The check-ins with my teacher every Friday kept me on track.'),
  ]);

  await write(path.join(root, 'docx/reflection/input.docx'), [
    heading('My reflection', HeadingLevel.HEADING_1),
    plain('This term I set my own goals for science. At first I made them too big and I did not finish any of them.'),
    plain('Learning goal: explain how vaccines train the immune system.'),
    plain('After my check-in with Ms Okafor I split the goal into smaller steps, and I finished the last two on time. Next term I want to plan the steps from the start.'),
  ]);

  // A learning journal exported from a web platform: its whole text an embedded web page.
  await writeWithAltChunk(
    path.join(root, 'docx/altchunk/input.docx'),
    [],
    '<html><body><h1>Learning journal</h1><p>I learned that a lot of students feel stressed about grades, not just me.</p></body></html>',
  );
  // A transcript typed in Word with notes pasted in from a web page below it.
  await writeWithAltChunk(
    path.join(root, 'docx/altchunk-partial/input.docx'),
    [turn('Facilitator', 'What helps you learn at your school?'), turn('Maya', 'Flex block, when I can catch up on math with my teacher.')],
    '<html><body><p>Jordan: Hands-on projects in shop class, we actually build things.</p></body></html>',
  );

  // Notes typed during a focus group: each question a bullet, the students' answers sub-bullets under it.
  await write(path.join(root, 'docx/bullet-notes/input.docx'), [
    heading('Focus group notes, grade 9 advisory', HeadingLevel.HEADING_1),
    bullet('Facilitator: What helps you learn at your school?', 0),
    bullet('S1: Hands-on projects in shop class, we actually build things.', 1),
    bullet('S2: Flex block, when I can catch up on math with my teacher.', 1),
    bullet('Facilitator: What gets in the way?', 0),
    bullet('S1: Too much homework and stress before tests.', 1),
    bullet('S3: The bus leaves right after school, so no clubs for me.', 1),
  ]);
}

await main();
