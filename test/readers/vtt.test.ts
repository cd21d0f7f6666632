// Golden tests of the WebVTT reader (fixtures/readers/vtt/<case>/), and unit tests of cue merging.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCueTime, parseTiming, readVtt, turnsFromCues, type Cue } from '../../src/readers/vtt.js';
import { ReflectError } from '../../src/util/errors.js';

const dir = path.resolve(import.meta.dirname, '../../fixtures/readers/vtt');

describe('readVtt golden', () => {
  for (const name of readdirSync(dir).sort()) {
    it(name, async () => {
      const bytes = readFileSync(path.join(dir, name, 'input.vtt'));
      let value: unknown;
      try {
        value = readVtt(bytes, { file: `vtt/${name}/input.vtt`, config: {} });
      } catch (error) {
        if (!(error instanceof ReflectError)) throw error;
        value = { error: error.name, message: error.describe(), exitCode: error.exitCode };
      }
      await expect(`${JSON.stringify(value, null, 2)}\n`).toMatchFileSnapshot(path.join(dir, name, 'expected.json'));
    });
  }
});

describe('readVtt', () => {
  const read = (text: string) => readVtt(Buffer.from(text), { file: 'fg.vtt', config: {} });

  it('reads a Zoom cue labelled with a directory name, `Lopez, Maya:`, as Maya Lopez', () => {
    const result = read(
      'WEBVTT\n\n1\n00:01.000 --> 00:02.000\nKaur, Harpreet: What helps?\n\n2\n00:02.000 --> 00:03.000\nLopez, Maya: Honestly the flex block.\n\n3\n00:03.000 --> 00:04.000\nOkafor, Jordan: Projects.\n',
    );
    expect(result.content.type === 'transcript' && result.content.turns.map((t) => [t.speaker, t.text])).toEqual([
      ['Harpreet Kaur', 'What helps?'],
      ['Maya Lopez', 'Honestly the flex block.'],
      ['Jordan Okafor', 'Projects.'],
    ]);
  });

  it("reads a Zoom display name typed in lower case, or a device's, as the speaker though they speak once", () => {
    const cue = (n: number, text: string) => `${n}\n00:0${n}.000 --> 00:0${n + 1}.000\n${text}\n`;
    const result = read(
      `WEBVTT\n\n${[
        cue(1, 'Ms. Kaur: What is the hardest part of your week?'),
        cue(2, 'Maya Lopez: Tuesdays, three tests.'),
        cue(3, "Jamal's iPhone: Mondays, the early bus."),
        cue(4, 'Ms. Kaur: And what helps?'),
        cue(5, 'sofia ivanova: talking to my mum.'),
        cue(6, 'Maya Lopez: Music.'),
      ].join('\n')}`,
    );
    expect(result.content.type === 'transcript' && result.content.turns.map((t) => [t.speaker, t.text])).toEqual([
      ['Ms. Kaur', 'What is the hardest part of your week?'],
      ['Maya Lopez', 'Tuesdays, three tests.'],
      ['Jamal', 'Mondays, the early bus.'],
      ['Ms. Kaur', 'And what helps?'],
      ['sofia ivanova', 'talking to my mum.'],
      ['Maya Lopez', 'Music.'],
    ]);
  });

  it('reads a voice with a name beside an id or a role as a label: the name is the alias', () => {
    const result = read('WEBVTT\n\n00:01.000 --> 00:02.000\n<v Teacher (Ms. Chen)>What helps?</v>\n\n00:02.000 --> 00:03.000\n<v P1 (Maya)>Flex time.</v>\n');
    expect(result.content.type === 'transcript' && result.content.turns).toEqual([
      { speaker: 'Teacher', alias: 'Ms. Chen', text: 'What helps?', line: 4, start: 1, end: 2 },
      { speaker: 'P1', alias: 'Maya', text: 'Flex time.', line: 7, start: 2, end: 3 },
    ]);
  });

  it('keeps an adult\'s role beside a voice\'s or a label\'s name as the turn\'s role', () => {
    const result = read('WEBVTT\n\n00:01.000 --> 00:02.000\n<v Priya Sandhu (Counsellor)>Come see me.</v>\n\n00:02.000 --> 00:03.000\nMr. Dhillon (Teacher): We try.\n');
    expect(result.content.type === 'transcript' && result.content.turns).toEqual([
      { speaker: 'Priya Sandhu', role: 'Counsellor', text: 'Come see me.', line: 4, start: 1, end: 2 },
      { speaker: 'Mr. Dhillon', role: 'Teacher', text: 'We try.', line: 7, start: 2, end: 3 },
    ]);
  });

  it('reads a speaker named by the cue identifier: Webex\'s `1 "Dana Reyes" (…)`, and labels such as `Speaker 1` that come back', () => {
    const speakers = (text: string) => {
      const result = read(text);
      return result.content.type === 'transcript' ? result.content.turns.map((t) => [t.speaker, t.text]) : [];
    };
    const cue = (id: string, n: number, words: string) => `${id === '' ? '' : `${id}\n`}00:0${n}.000 --> 00:0${n + 1}.000\n${words}\n\n`;
    expect(speakers(`WEBVTT\n\n${cue('1 "Dana Reyes" (2738463726)', 1, 'What helps?')}${cue('2 "Maya Lopez" (1827364512)', 2, 'The flex block.')}`)).toEqual([
      ['Dana Reyes', 'What helps?'],
      ['Maya Lopez', 'The flex block.'],
    ]);
    expect(speakers(`WEBVTT\n\n${cue('Speaker 1', 1, 'What helps?')}${cue('Speaker 2', 2, 'The flex block.')}${cue('Speaker 1', 3, 'Why?')}`)).toEqual([
      ['Speaker 1', 'What helps?'],
      ['Speaker 2', 'The flex block.'],
      ['Speaker 1', 'Why?'],
    ]);
    // A voice tag in the cue names its speaker before the identifier does.
    expect(speakers(`WEBVTT\n\n${cue('Speaker 1', 1, '<v Ana>What helps?')}${cue('Speaker 2', 2, 'The flex block.')}`)).toEqual([
      ['Ana', 'What helps?'],
      ['Speaker 2', 'The flex block.'],
    ]);
  });

  it('reads no speaker from identifiers that are numbers, UUIDs, or a name-like word that never comes back', () => {
    const unnamed = (ids: string[]) => {
      const result = read(`WEBVTT\n\n${ids.map((id, n) => `${id}\n00:0${n + 1}.000 --> 00:0${n + 2}.000\nWords here.\n\n`).join('')}`);
      return result.content.type === 'transcript' && result.content.turns.every((t) => t.speaker === undefined);
    };
    expect(unnamed(['1', '2', '3'])).toBe(true);
    expect(unnamed(['8f2b6a1c-3d4e-4f5a-9b8c-7d6e5f4a3b2c/12-0', '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d/13-0'])).toBe(true);
    expect(unnamed(['Welcome', 'Closing Remarks'])).toBe(true);
  });

  it('reads a file without the WEBVTT header, with a warning', () => {
    const result = read('00:01.000 --> 00:02.000\n<v Ana>Hi.\n');
    expect(result.content.type === 'transcript' && result.content.turns).toEqual([
      { speaker: 'Ana', text: 'Hi.', line: 2, start: 1, end: 2 },
    ]);
    expect(result.warnings).toEqual([{ file: 'fg.vtt', line: 1, message: 'missing WEBVTT header; read as WebVTT anyway' }]);
  });

  it('decodes every HTML character reference, and reads a code point no character has as �, not as a failure', () => {
    const result = read(
      'WEBVTT\n\n00:01.000 --> 00:04.000\n<v Ana>&eacute;t&eacute; &hellip; flex&nbsp;time &amp; AT&T &#99999999; &lrm;done</v>\n',
    );
    expect(result.content.type === 'transcript' && result.content.turns.map((t) => t.text)).toEqual(['été … flex time & AT&T � done']);
  });

  it('fails a file none of whose cues could be read, saying how many, where and why; names each cue skipped in a file partly broken', () => {
    // a caption tool's export with '->' for '-->' in every timing line
    const cue = (n: number, sep: string): string => `${n}\n00:00:0${n}.000 ${sep} 00:00:0${n}.900\nMaya: In week ${n} I learned to plan ahead.\n`;
    const broken = `WEBVTT\n\n${[1, 2, 3, 4, 5, 6].map((n) => cue(n, '->')).join('\n')}`;
    expect(() => read(broken)).toThrowError(
      'no cue could be read: all 6 are malformed, at lines 3, 7, 11, 15, 19 … (line 3: expected a cue timing line (start --> end)); a WebVTT cue is a timing line such as 00:01:02.500 --> 00:01:05.000, then its text',
    );
    // The reason is printed in the report and sources.csv: it never quotes a line, which holds a speaker's name.
    expect(() => read('WEBVTT\n\nMaya Lopez: I hate exams so much\n00:01.000 -> 00:02.000\n')).toThrowError(
      /^no cue could be read: its one cue is malformed, at line 3 \(line 3: expected a cue timing line \(start --> end\)\); /,
    );
    const partly = `WEBVTT\n\n${[1, 2, 3, 4].map((n) => cue(n, n === 2 ? '->' : '-->')).join('\n')}`;
    const result = read(partly);
    expect(result.content.type === 'transcript' && result.content.turns.map((t) => t.line)).toEqual([5]);
    expect(result.warnings).toEqual([{ file: 'fg.vtt', line: 7, message: 'expected a cue timing line (start --> end), found "2"; block skipped' }]);
    // a file of no cue at all is read, as before, with a warning
    expect(read('WEBVTT\n\nNOTE nothing was said\n').warnings.map((w) => w.message)).toEqual(['no cues with text found']);
  });

  it('throws an InputError for an empty file and for binary data', () => {
    expect(() => read('')).toThrowError('empty file');
    expect(() => readVtt(new Uint8Array([0x57, 0x45, 0, 0, 1, 2]), { file: 'x.vtt', config: {} })).toThrowError('binary data, not text');
  });
});

describe('parseTiming', () => {
  it('reads hours-less and full timings, ignores settings, refuses malformed lines', () => {
    expect(parseTiming('00:01.250 --> 01:02:03.004 align:start line:90%')).toEqual({ start: 1.25, end: 3723.004 });
    expect(parseTiming('00:00:01,5 --> 00:00:02,000')).toBeUndefined();
    expect(parseTiming('00:10.100 -> 00:12.000')).toBeUndefined();
    expect(parseCueTime('00:00:59,999')).toBe(59.999);
  });
});

describe('turnsFromCues', () => {
  const cue = (start: number, end: number, ...texts: string[]): Cue => ({
    start,
    end,
    lines: texts.map((text, i) => ({ text, line: start * 10 + i })),
  });

  it('continues the speaker without a warning where labels mark only changes of speaker', () => {
    const cues = [cue(1, 2, 'Ana: One.'), cue(2, 3, 'Two.'), cue(3, 4, 'Ben: Three.'), cue(4, 5, 'Four.')];
    expect(turnsFromCues(cues, 'x.srt')).toEqual({
      turns: [
        { speaker: 'Ana', text: 'One. Two.', line: 10, start: 1, end: 3 },
        { speaker: 'Ben', text: 'Three. Four.', line: 30, start: 3, end: 5 },
      ],
      warnings: [],
    });
  });

  it('warns about a cue without speaker where every other cue is labelled', () => {
    const cues = [cue(1, 2, 'Ana: One.'), cue(2, 3, 'Ana: Two.'), cue(3, 4, 'Three.'), cue(4, 5, 'Ben: Four.')];
    expect(turnsFromCues(cues, 'x.vtt')).toEqual({
      turns: [
        { speaker: 'Ana', text: 'One. Two. Three.', line: 10, start: 1, end: 4 },
        { speaker: 'Ben', text: 'Four.', line: 40, start: 4, end: 5 },
      ],
      warnings: [{ file: 'x.vtt', line: 30, message: 'cue has no speaker; read as the previous speaker continuing' }],
    });
  });

  it('keeps the name beside an id or a role (`P1 (Maya):`) on the turn, to be redacted, and two names beside one role apart', () => {
    const cues = [cue(1, 2, 'Teacher (Ms. Chen): What helps?'), cue(2, 3, 'Teacher (Mr. Osei): And what gets in the way?'), cue(3, 4, 'P1 (Maya): Flex time.'), cue(4, 5, 'P1: And tutorials.')];
    expect(turnsFromCues(cues, 'x.srt').turns).toEqual([
      { speaker: 'Teacher', alias: 'Ms. Chen', text: 'What helps?', line: 10, start: 1, end: 2 },
      { speaker: 'Teacher', alias: 'Mr. Osei', text: 'And what gets in the way?', line: 20, start: 2, end: 3 },
      { speaker: 'P1', alias: 'Maya', text: 'Flex time. And tutorials.', line: 30, start: 3, end: 5 },
    ]);
  });

  it('splits unlabelled cues into paragraphs at a sentence end followed by a pause', () => {
    const cues = [cue(1, 2, 'We started,'), cue(4, 5, 'and then stopped.'), cue(5.5, 6, 'No pause here.'), cue(8, 9, 'New paragraph.')];
    expect(turnsFromCues(cues, 'x.srt').turns).toEqual([
      { text: 'We started, and then stopped. No pause here.', line: 10, start: 1, end: 6 },
      { text: 'New paragraph.', line: 80, start: 8, end: 9 },
    ]);
  });

  it('splits a long unlabelled paragraph once it reaches 100 words at a sentence end', () => {
    const sentence = 'one two three four five six seven eight nine ten.';
    const cues = Array.from({ length: 12 }, (_, i) => cue(i, i + 1, sentence));
    const turns = turnsFromCues(cues, 'x.srt').turns;
    expect(turns.map((t) => [t.text.split(' ').length, t.start, t.end])).toEqual([
      [100, 0, 10],
      [20, 10, 12],
    ]);
  });
});
