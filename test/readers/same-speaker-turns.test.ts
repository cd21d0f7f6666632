// One speaker's consecutive paragraphs, each with a label or a time of its own (Descript's and Otter's
// exports), are one turn, in text, Word documents and captions alike: a turn is a speaker's uninterrupted
// talk, as consecutive cues of one speaker are in WebVTT and SRT. A heading between them, someone else's
// turn, or a chat's next message keeps them apart.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import type { ReadResult } from '../../src/model.js';
import { analyze } from '../../src/index.js';
import { readDocx } from '../../src/readers/docx.js';
import { readSrt } from '../../src/readers/srt.js';
import { readText } from '../../src/readers/text.js';
import { readVtt } from '../../src/readers/vtt.js';
import { tempDir } from '../cli/helpers.js';

const talk = [
  ['Facilitator', 'What has the learning plan been like for you?'],
  ['Maya Lopez', "It's been better than I expected. I can go faster in math when I already get it."],
  ['Maya Lopez', "But the playlists get boring, it's just videos and quizzes after a while."],
  ['Jordan Lee', 'For me it was stressful at first, I kept putting things off.'],
];
const expected = [
  ['Facilitator', 'What has the learning plan been like for you?'],
  ['Maya Lopez', "It's been better than I expected. I can go faster in math when I already get it. But the playlists get boring, it's just videos and quizzes after a while."],
  ['Jordan Lee', 'For me it was stressful at first, I kept putting things off.'],
];

const pairs = (r: ReadResult) => (r.content.type === 'transcript' ? r.content.turns.map((t) => [t.speaker ?? '', t.text]) : []);
const text = (s: string, file = 'fg.txt') => readText(Buffer.from(s), { file, config: {} });

describe("one speaker's consecutive labelled paragraphs", () => {
  it('are one turn in a text transcript (Descript: each paragraph labelled), starting at the first', () => {
    const result = text(talk.map(([who, words]) => `${who}: ${words}`).join('\n\n'));
    expect(pairs(result)).toEqual(expected);
    expect(result.content.type === 'transcript' && result.content.turns.map((t) => t.line)).toEqual([1, 3, 7]);
  });

  it('stay apart under a label anyone may speak under, as an anonymised transcript labels every student alike', () => {
    const lines = ['Facilitator: What gets in the way?', "Student: The timetable, we can't take what we want.", 'Student: Tests. Too many on one day.', 'S: Money for clubs.', 'S: Phones.', 'Unknown Speaker: Buses.', 'Unknown Speaker: Lunch.'];
    expect(pairs(text(lines.join('\n'))).map(([, words]) => words)).toEqual(lines.map((l) => l.slice(l.indexOf(': ') + 2)));
    // Numbered, one person: joined.
    expect(pairs(text(['Facilitator: What gets in the way?', 'Student 1: The timetable.', 'Student 1: And tests.'].join('\n')))).toEqual([
      ['Facilitator', 'What gets in the way?'],
      ['Student 1', 'The timetable. And tests.'],
    ]);
  });

  it("are one turn in Otter's blocks (each paragraph under its name and time), with the first one's time", () => {
    const otter = talk.map(([who, words], i) => `${who}  0:${String(i * 15).padStart(2, '0')}\n${words}`).join('\n\n');
    const result = text(otter);
    expect(pairs(result)).toEqual(expected);
    expect(result.content.type === 'transcript' && result.content.turns.map((t) => t.start)).toEqual([0, 15, 45]);
  });

  it('are one turn in a Word document, as paragraphs and as a Time | Speaker | Text table', async () => {
    const bold = (who: string, words: string) => new Paragraph({ children: [new TextRun({ text: `${who}:`, bold: true }), new TextRun(` ${words}`)] });
    const paragraphs = new Document({ sections: [{ children: talk.map(([who, words]) => bold(who!, words!)) }] });
    const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
    const rows = [['Time', 'Speaker', 'Text'], ...talk.map(([who, words], i) => [`00:00:${String(i * 15).padStart(2, '0')}`, who!, words!])];
    const table = new Document({ sections: [{ children: [new Table({ rows: rows.map((r) => new TableRow({ children: r.map(cell) })) })] }] });
    expect(pairs(await readDocx(await Packer.toBuffer(paragraphs), { file: 'fg.docx', config: {} }))).toEqual(expected);
    expect(pairs(await readDocx(await Packer.toBuffer(table), { file: 'fg-table.docx', config: {} }))).toEqual(expected);
  });

  it('are one turn in captions, as they were', () => {
    const time = (s: number, sep: string) => `00:00:${String(s).padStart(2, '0')}${sep}000`;
    const cue = (i: number, sep: string) => `${time(i * 5, sep)} --> ${time(i * 5 + 4, sep)}\n${talk[i]![0]}: ${talk[i]![1]}\n`;
    const vtt = `WEBVTT\n\n${[0, 1, 2, 3].map((i) => cue(i, '.')).join('\n')}`;
    const srt = [0, 1, 2, 3].map((i) => `${i + 1}\n${cue(i, ',')}`).join('\n');
    expect(pairs(readVtt(Buffer.from(vtt), { file: 'fg.vtt', config: {} }))).toEqual(expected);
    expect(pairs(readSrt(Buffer.from(srt), { file: 'fg.srt', config: {} }))).toEqual(expected);
  });

  it('stay apart where a heading, a rule, or someone else comes between, or the labels give two names', () => {
    const md = ['**Olivia:** I like choice time.', '', '## Part 2: help', '', '**Olivia:** Ms. Park helps me.', '', '---', '', '**Olivia:** And my table group.'].join('\n');
    expect(pairs(text(md, 'fg.md'))).toEqual([
      ['Olivia', 'I like choice time.'],
      ['Olivia', 'Ms. Park helps me.'],
      ['Olivia', 'And my table group.'],
    ]);
    expect(pairs(text('Maya: One.\nJordan: Two.\nMaya: Three.'))).toEqual([
      ['Maya', 'One.'],
      ['Jordan', 'Two.'],
      ['Maya', 'Three.'],
    ]);
    const aliases = pairs(text('Teacher (Ms. Chen): What helps?\nTeacher (Mr. Osei): And what does not?\nMaya: The flex block.'));
    expect(aliases.map(([who]) => who)).toEqual(['Teacher', 'Teacher', 'Maya']);
  });

  it("stay apart in a meeting's chat, each message a turn", () => {
    const chat = ['00:01:02 From Maya Lopez to Everyone: I agree with that.', '00:01:09 From Maya Lopez to Everyone: Especially the part about projects.', '00:01:30 From Jordan Lee to Everyone: Same.'].join('\n');
    expect(pairs(text(chat, 'chat.txt')).map(([who]) => who)).toEqual(['Maya Lopez', 'Maya Lopez', 'Jordan Lee']);
  });

  it("keep every coding's code-point offsets on the one response's text", async () => {
    const folder = tempDir('reflect-same-speaker-');
    writeFileSync(path.join(folder, 'fg.txt'), talk.map(([who, words]) => `${who}: ${words}`).join('\n\n'));
    const analysis = await analyze({ folder });
    const texts = new Map(analysis.corpus.responses.map((r) => [r.id, r.text]));
    expect([...texts.values()]).toEqual([expected[1]![1], expected[2]![1]]);
    const evidence = analysis.codings.flatMap((c) => c.evidence.map((e) => [c.responseId, e.text, [...texts.get(c.responseId)!].slice(e.start, e.end).join('')]));
    // the second paragraph's words are coded in the one turn, at their place in it
    expect(evidence.filter(([id]) => id === 'fg.txt:t2').map(([, word]) => word)).toEqual(expect.arrayContaining(['videos', 'quizzes']));
    for (const [, word, slice] of evidence) expect(slice).toBe(word);
  });
});
