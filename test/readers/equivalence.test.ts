// Format equivalence: one focus group saved as .txt, .md, .vtt, .srt, .sbv and .docx (as paragraphs, and as a
// transcription service's Time | Speaker | Text table) reads to the same turns (speaker and text, in
// order), so response ids `<source>:t<n>` mean the same in every format.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReadResult } from '../../src/model.js';
import { readDocx } from '../../src/readers/docx.js';
import type { ReaderContext } from '../../src/readers/index.js';
import { readSbv } from '../../src/readers/sbv.js';
import { readSrt } from '../../src/readers/srt.js';
import { readText } from '../../src/readers/text.js';
import { readVtt } from '../../src/readers/vtt.js';

const dir = path.resolve(import.meta.dirname, '../../fixtures/readers/equivalence');

const expected = [
  ['Ms Okafor', 'Thanks for staying after class. This term you each had a learning plan with your own goals. How has that felt so far?'],
  ['Maya', "Honestly it's been better than I expected. I can go faster in math when I already get it, and nobody makes me sit through the review."],
  ['Jordan', 'For me it was kind of stressful at first. Picking my own pace meant I kept putting things off until the end of the unit.'],
  ['Ms Okafor', 'What helped when that happened?'],
  ['Jordan', 'The check-ins on Fridays. When Mr. Dhillon looked at my plan with me I actually knew what to do next.'],
  ['Priya', "I agree with Jordan about the check-ins. But the playlists on the laptop get boring, it's just videos and quizzes."],
  ['Maya', 'Yeah, I miss doing projects with other people. Personalised kind of means alone sometimes.'],
  ['Ms Okafor', 'If you could change one thing about the learning plans, what would it be?'],
  ['Priya', 'More choice in how we show what we learned, like a podcast or a poster instead of always a test.'],
  ['Jordan', "And a bit more time with the teacher. Twenty minutes a week isn't enough when you're stuck."],
];

const readers: Record<string, (bytes: Uint8Array, ctx: ReaderContext) => ReadResult | Promise<ReadResult>> = {
  txt: readText,
  md: readText,
  vtt: readVtt,
  srt: readSrt,
  sbv: readSbv,
  docx: readDocx,
};

async function turnsOf(ext: string): Promise<string[][]> {
  const file = `focus-group.${ext}`;
  const result = await readers[ext](readFileSync(path.join(dir, file)), { file, config: {} });
  if (result.content.type !== 'transcript') throw new Error(`${file} did not read as a transcript`);
  return result.content.turns.map((t) => [t.speaker ?? '', t.text]);
}

describe('one focus group in six formats', () => {
  it.each(Object.keys(readers))('focus-group.%s reads to the same speakers and texts, turn by turn', async (ext) => {
    expect(await turnsOf(ext)).toEqual(expected);
  });

  it('keeps timings where the format has them', async () => {
    const vtt = await readVtt(readFileSync(path.join(dir, 'focus-group.vtt')), { file: 'focus-group.vtt', config: {} });
    const srt = await readSrt(readFileSync(path.join(dir, 'focus-group.srt')), { file: 'focus-group.srt', config: {} });
    const timings = (r: ReadResult) => (r.content.type === 'transcript' ? r.content.turns.map((t) => [t.start, t.end]) : []);
    const sbv = readSbv(readFileSync(path.join(dir, 'focus-group.sbv')), { file: 'focus-group.sbv', config: {} });
    expect(timings(vtt)).toEqual(timings(srt));
    expect(timings(sbv)).toEqual(timings(srt));
    expect(timings(vtt)[1]).toEqual([8.1, 14.9]);
  });

  it('reads the Markdown copy’s front matter', async () => {
    const md = readText(readFileSync(path.join(dir, 'focus-group.md')), { file: 'focus-group.md', config: {} });
    expect(md.content.type === 'transcript' && md.content.attributes).toEqual({
      school: 'Riverside Secondary',
      date: '2024-03-14',
      facilitator: 'Ms Okafor',
      participants: 'Maya, Jordan, Priya',
    });
  });
});

describe('the focus group as a Word table', () => {
  const read = (file: string) => readDocx(readFileSync(path.join(dir, file)), { file, config: {} });
  const transcript = (r: ReadResult) => {
    if (r.content.type !== 'transcript') throw new Error('did not read as a transcript');
    return r.content;
  };

  it('reads to the same speakers and texts, turn by turn, as the paragraphs of focus-group.docx', async () => {
    const table = transcript(await read('focus-group-table.docx'));
    const paragraphs = transcript(await read('focus-group.docx'));
    const pairs = (turns: { speaker?: string; text: string }[]) => turns.map((t) => [t.speaker ?? '', t.text]);
    expect(pairs(table.turns)).toEqual(pairs(paragraphs.turns));
    expect(pairs(table.turns)).toEqual(expected);
  });

  it('keeps each turn’s start from its Time cell, as the VTT copy has it', async () => {
    const vtt = transcript(await readVtt(readFileSync(path.join(dir, 'focus-group.vtt')), { file: 'focus-group.vtt', config: {} }));
    const table = transcript(await read('focus-group-table.docx'));
    expect(table.turns.map((t) => t.start)).toEqual(vtt.turns.map((t) => t.start));
  });

  it('reads its key/value table as the Markdown copy’s front matter', async () => {
    const md = transcript(readText(readFileSync(path.join(dir, 'focus-group.md')), { file: 'focus-group.md', config: {} }));
    const table = await read('focus-group-table.docx');
    expect(transcript(table).attributes).toEqual(md.attributes);
    expect(table.warnings).toEqual([]);
  });
});
