// Transcripts in shapes that were read as one student's writing, or read with speakers lost or doubled:
// turns typed as list items, a note-taker's notes, a caption's speaker alone on its line in brackets,
// and names in ordinary case alone above their words. Each fixture is written here, as a user's file is.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Transcript } from '../../src/model.js';
import type { ReaderContext } from '../../src/readers/index.js';
import { readText } from '../../src/readers/text.js';
import { readSrt } from '../../src/readers/srt.js';
import { readVtt } from '../../src/readers/vtt.js';
import { reflect, tempDir } from '../cli/helpers.js';

function ctx(file: string): ReaderContext {
  return { file, config: {} };
}

function transcript(text: string, file = 'fg.txt'): Transcript {
  const result = file.endsWith('.vtt') ? readVtt(Buffer.from(text), ctx(file)) : readText(Buffer.from(text), ctx(file));
  if (result.content.type !== 'transcript') throw new Error('not a transcript');
  return result.content;
}

/** `reflect inspect` of a folder holding `files`, in JSON. */
function inspect(files: Record<string, string>): { files: { file: string; kind: string; turns?: number; students?: number; facilitatorTurns?: number }[]; warnings: string[] } {
  const dir = tempDir('turn-shapes-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  const run = reflect(['inspect', dir, '--json']);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}

describe('turns typed as list items in a .txt', () => {
  const bulleted = [
    'Focus group, Grade 10, 14 March',
    '',
    '* Facilitator: What did you think of the flex block this term?',
    '- Maya: I think it helped me catch up on math because I could see my teacher.',
    '- Jordan: Honestly I used it to finish homework, it was nice to have the time.',
    '• Maya: Yeah but sometimes it was too loud in the library to work.',
    '- Facilitator: Would you keep it next year?',
    '- Jordan: Yes, definitely, but with quieter rooms.',
    '- Priya: I would keep it, I liked choosing where to go.',
    '',
  ].join('\n');

  it('reads each item as a turn of the speaker its label names, the bullet no part of it', () => {
    const content = transcript(bulleted);
    expect(content.written).toBeUndefined();
    expect(content.turns.map((t) => [t.speaker, t.text.slice(0, 20), t.line])).toEqual([
      ['Facilitator', 'What did you think o', 3],
      ['Maya', 'I think it helped me', 4],
      ['Jordan', 'Honestly I used it t', 5],
      ['Maya', 'Yeah but sometimes i', 6],
      ['Facilitator', 'Would you keep it ne', 7],
      ['Jordan', 'Yes, definitely, but', 8],
      ['Priya', 'I would keep it, I l', 9],
    ]);
  });

  it('reads a numbered list of turns the same way', () => {
    const numbered = ['1. Facilitator: What did you think of the flex block?', '2. Maya: It helped with math.', '3. Jordan: I did homework in it.', '4. Maya: The library was loud.'].join('\n');
    expect(transcript(numbered).turns.map((t) => [t.speaker, t.text])).toEqual([
      ['Facilitator', 'What did you think of the flex block?'],
      ['Maya', 'It helped with math.'],
      ['Jordan', 'I did homework in it.'],
      ['Maya', 'The library was loud.'],
    ]);
  });

  it("keeps a student's bulleted points as writing", () => {
    const points = ['My goals for next term', '', '- Reading: finish two novels.', '- Writing: one essay a month.', '- Flex block: see my math teacher every week.'].join('\n');
    const content = transcript(points);
    expect(content.written).toBe(true);
    expect(content.turns.map((t) => t.speaker)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('says in inspect that the file is a transcript of three students and a facilitator', () => {
    const seen = inspect({ 'fg.txt': bulleted });
    expect(seen.files[0]).toMatchObject({ file: 'fg.txt', kind: 'transcript', turns: 7, students: 3, facilitatorTurns: 2 });
  });
});

describe("a note-taker's notes", () => {
  const notes = [
    'Focus group notes, Riverside Secondary, 14 March',
    '- Student 3 said that the flex block helps her catch up on math.',
    '- S2 thinks tests are too close together at the end of term.',
    '- Student 2 also said the library is too loud during flex.',
    '- One student mentioned that choosing a teacher to see was the best part.',
    '- St. 2 wants more electives next year.',
    '- student two agreed with Student 3 about math help.',
    '- Stu 2 worried about the bus times.',
    '- Student 1: wants quieter rooms for working',
    '',
  ].join('\n');

  it('counts one student however the notes write them: S2, Student 2, St. 2, Stu 2, student two', () => {
    expect(transcript(notes).turns.map((t) => t.speaker)).toEqual(['Student 3', 'S2', 'S2', undefined, 'S2', 'S2', 'S2', 'Student 1']);
    // Written only in forms no label takes, the student goes by `Student 2`.
    const loose = ['Notes', 'St. 2 said the flex block helps.', 'student two thinks tests are too close.', 'Student 4 said it is fine.'].join('\n');
    expect(transcript(loose).turns.map((t) => t.speaker)).toEqual(['Student 2', 'Student 2', 'Student 4']);
    // Another student's number is another student.
    const two = ['Notes', 'S2 said the flex block helps.', 'S3 thinks tests are too close.', 'Student 3 said it is fine.'].join('\n');
    expect(transcript(two).turns.map((t) => t.speaker)).toEqual(['S2', 'S3', 'S3']);
  });

  it('never reads a name as a role and a number in words: Stone is not S1, nor Sten S10', () => {
    const named = ['Notes', 'S1 said the flex block helps.', 'Stone said tests are too close.', 'Sten thinks it is fine.', 'S10 agreed with Sten.'].join('\n');
    expect(transcript(named).turns.map((t) => t.speaker)).toEqual(['S1', undefined, undefined, 'S10']);
  });

  it('warns of no missing facilitator, and says plainly which points name no student; inspect says the file is notes', () => {
    const seen = inspect({ 'notes.txt': notes });
    expect(seen.files[0]).toMatchObject({ file: 'notes.txt', kind: 'transcript', notes: true, turns: 8, students: 4, facilitatorTurns: 0 });
    expect(seen.warnings.join('\n')).not.toMatch(/facilitator/);
    expect(seen.warnings).toEqual(['notes.txt:5: 1 point of the notes names no student by a label or an id such as Student 3 or S2 (line 5); counted as one unidentified student, T1-U, with unknown demographics']);
    const dir = tempDir('notes-');
    writeFileSync(path.join(dir, 'notes.txt'), notes);
    const run = reflect(['inspect', dir]);
    expect(run.stdout).toContain("a note-taker's notes: each point a response of the student it names");
    // analyze says the same.
    const analyze = reflect(['analyze', dir, '--out', path.join(dir, 'out')]);
    expect(analyze.code, analyze.stderr).toBe(0);
    expect(analyze.stderr).not.toMatch(/no facilitator found/);
    expect(analyze.stderr).toContain('1 point of the notes names no student');
  });

  it('still warns of a missing facilitator in a transcript', () => {
    const seen = inspect({ 'fg.txt': 'Maya: I liked the flex block.\nJordan: Me too, it helped.\nMaya: It was loud though.\n' });
    expect(seen.warnings.join('\n')).toMatch(/no facilitator found/);
  });
});

describe("a caption's speaker alone on its line in brackets", () => {
  const captions = [
    'WEBVTT',
    '',
    '00:00:01.000 --> 00:00:05.000',
    '(Facilitator)',
    'What did you think of the flex block this term?',
    '',
    '00:00:06.000 --> 00:00:12.000',
    '(Maya Chen)',
    'I think it helped me catch up on math because I could see my teacher.',
    '',
    '00:00:13.000 --> 00:00:18.000',
    '[Jordan Okafor]',
    'Honestly I used it to finish homework.',
    '',
    '00:00:19.000 --> 00:00:21.000',
    '(Maya Chen)',
    '',
    '00:00:21.500 --> 00:00:24.000',
    'But it was too loud in the library sometimes.',
    '',
  ].join('\n');

  it("is the cue's speaker, and no word of the cue", () => {
    expect(transcript(captions, 'fg.vtt').turns.map((t) => [t.speaker, t.text, t.line])).toEqual([
      ['Facilitator', 'What did you think of the flex block this term?', 5],
      ['Maya Chen', 'I think it helped me catch up on math because I could see my teacher.', 9],
      ['Jordan Okafor', 'Honestly I used it to finish homework.', 13],
      ['Maya Chen', 'But it was too loud in the library sometimes.', 19],
    ]);
  });

  it('is the same in SubRip subtitles', () => {
    const srt = ['1', '00:00:01,000 --> 00:00:04,000', '(Facilitator)', 'What did you think?', '', '2', '00:00:05,000 --> 00:00:08,000', '(Maya Chen)', 'It helped with math.', '', '3', '00:00:09,000 --> 00:00:12,000', '(Jordan Okafor)', 'I did homework.', '', '4', '00:00:13,000 --> 00:00:15,000', '(Maya Chen)', 'Too loud though.', ''].join('\n');
    const result = readSrt(Buffer.from(srt), ctx('fg.srt'));
    if (result.content.type !== 'transcript') throw new Error('not a transcript');
    expect(result.content.turns.map((t) => [t.speaker, t.text])).toEqual([
      ['Facilitator', 'What did you think?'],
      ['Maya Chen', 'It helped with math.'],
      ['Jordan Okafor', 'I did homework.'],
      ['Maya Chen', 'Too loud though.'],
    ]);
  });

  it('leaves a note in brackets as it was where no names take turns', () => {
    const noted = ['WEBVTT', '', '00:00:01.000 --> 00:00:04.000', '(Sighs)', 'I guess the flex block was fine.', '', '00:00:05.000 --> 00:00:08.000', 'It helped with math.', ''].join('\n');
    expect(transcript(noted, 'fg.vtt').turns.map((t) => [t.speaker, t.text])).toEqual([[undefined, '(Sighs) I guess the flex block was fine. It helped with math.']]);
  });

  it('reads the same in inspect and analyze, the names never in the report', () => {
    const seen = inspect({ 'fg.vtt': captions });
    expect(seen.files[0]).toMatchObject({ file: 'fg.vtt', kind: 'transcript', turns: 4, students: 2, facilitatorTurns: 1 });
    expect(seen.warnings).toEqual([]);
    const dir = tempDir('captions-');
    writeFileSync(path.join(dir, 'fg.vtt'), captions);
    const out = path.join(dir, 'out');
    const run = reflect(['analyze', dir, '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    for (const file of ['report.md', 'responses.csv']) {
      const text = readFileSync(path.join(out, file), 'utf8');
      expect(text).not.toMatch(/Maya|Jordan|Okafor|Chen/);
    }
    expect(readFileSync(path.join(out, 'responses.csv'), 'utf8')).toContain('finish homework');
  });
});

describe('names in ordinary case alone above their words', () => {
  const talk = [
    'Maya Chen',
    'I think the timetable was better this year because the flex block gave me time to see my math teacher.',
    '',
    'Jordan Okafor',
    'Honestly I mostly used it for homework, which was nice.',
    '',
    'Ms. Kaur',
    'Would you keep it next year?',
    '',
    'Maya Chen',
    'Yeah, but it was too loud in the library to actually work.',
    '',
    'Jordan Okafor',
    'Thank you',
    'Good morning is when I focus best, so I would keep it in the morning.',
    '',
  ].join('\n');

  it('reads each as a turn of the name above it, where the names take turns; short lines of words stay words', () => {
    const content = transcript(talk);
    expect(content.written).toBeUndefined();
    expect(content.turns.map((t) => [t.speaker, t.text.slice(0, 24), t.line])).toEqual([
      ['Maya Chen', 'I think the timetable wa', 1],
      ['Jordan Okafor', 'Honestly I mostly used i', 4],
      ['Ms. Kaur', 'Would you keep it next y', 7],
      ['Maya Chen', 'Yeah, but it was too lou', 10],
      ['Jordan Okafor', 'Thank you Good morning i', 13],
    ]);
  });

  it('reads a Word-like layout, a blank line between the name and the words, the same way', () => {
    const spaced = talk.replace(/^(Maya Chen|Jordan Okafor|Ms\. Kaur)$/gm, '$1\n');
    expect(transcript(spaced).turns.map((t) => t.speaker)).toEqual(['Maya Chen', 'Jordan Okafor', 'Ms. Kaur', 'Maya Chen', 'Jordan Okafor']);
  });

  it('keeps writing as writing: a name that does not come back, and headings the file writes in lower case too', () => {
    const signed = ['Maya Chen', 'I think the flex block helped me.', '', 'Jordan Okafor', 'I used it for homework.', '', 'Priya Sandhu', 'It was too loud.'].join('\n');
    expect(transcript(signed).written).toBe(true);
    const template = [
      'Reading',
      'I read two novels and my reading got faster.',
      '',
      'Writing',
      'Finish my science project.',
      '',
      'Reading',
      'More reading at home.',
      '',
      'Writing',
      'More writing in class, better marks.',
    ].join('\n');
    const content = transcript(template);
    expect(content.written).toBe(true);
    // "Reading" and "Writing" are a topic's words, the first line too: headings, no name and no one's words.
    expect(content.turns.map((t) => t.text)).toEqual(['I read two novels and my reading got faster.', 'Finish my science project.', 'More reading at home.', 'More writing in class, better marks.']);
    expect(content.turns.every((t) => t.speaker === undefined)).toBe(true);
  });

  it('reads the same in inspect, the names not left in the texts', () => {
    const dir = tempDir('names-');
    writeFileSync(path.join(dir, 'fg.txt'), talk);
    const run = reflect(['inspect', dir, '--json']);
    const seen = JSON.parse(run.stdout);
    expect(seen.files[0]).toMatchObject({ file: 'fg.txt', kind: 'transcript', turns: 5, students: 2, facilitatorTurns: 1 });
    expect(seen.mayBeNames.map((n: { text: string }) => n.text).join(' ')).not.toMatch(/Maya|Jordan|Chen|Okafor|Kaur/);
  });
});
