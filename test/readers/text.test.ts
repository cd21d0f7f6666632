// Golden tests of the text/Markdown/Otter reader (fixtures/readers/{text,md,otter}/<case>/), and unit
// tests of the shared speaker-line parser and front matter.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import type { ReadResult, Transcript } from '../../src/model.js';
import { readFrontMatter, speakerNames, splitNames } from '../../src/readers/front-matter.js';
import { readHeaderBlock } from '../../src/readers/header-block.js';
import type { ReaderContext } from '../../src/readers/index.js';
import {
  acceptLabels,
  looksLikeName,
  parseAuthorLine,
  parseLabel,
  parseSpeakerLines,
  parseTimestamp,
  stripInlineMarkdown,
  voiceSpeaker,
} from '../../src/readers/speaker-lines.js';
import { readText } from '../../src/readers/text.js';
import { linesFromHtml } from '../../src/readers/docx.js';
import { ReflectError } from '../../src/util/errors.js';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/readers');

function ctx(file: string): ReaderContext {
  return { file, config: {} };
}

/** The reader's result, or the error it threw, as the golden JSON. */
async function golden(read: () => ReadResult | Promise<ReadResult>): Promise<string> {
  let value: unknown;
  try {
    value = await read();
  } catch (error) {
    if (!(error instanceof ReflectError)) throw error;
    value = { error: error.name, message: error.describe(), exitCode: error.exitCode };
  }
  return `${JSON.stringify(value, null, 2)}\n`;
}

for (const area of ['text', 'md', 'otter']) {
  describe(`readText golden: ${area}`, () => {
    for (const name of readdirSync(path.join(fixtures, area)).sort()) {
      const dir = path.join(fixtures, area, name);
      const input = readdirSync(dir).find((f) => f.startsWith('input.'));
      if (!input) continue;
      it(name, async () => {
        const bytes = readFileSync(path.join(dir, input));
        const json = await golden(() => readText(bytes, ctx(`${area}/${name}/${input}`)));
        await expect(json).toMatchFileSnapshot(path.join(dir, 'expected.json'));
      });
    }
  });
}

describe('readText', () => {
  const read = (text: string, file = 'fg.txt') => readText(Buffer.from(text), ctx(file));

  it('keeps "Note:", "Also" and URLs inside the speaker’s turn, and a once-speaking student as a speaker', () => {
    const result = read('Ava: I was late.\nNote: the bus broke down.\nBen: Same.\nAva: Again today.\nCara: Me too.\n');
    expect(result.content.type === 'transcript' && result.content.turns).toEqual([
      { speaker: 'Ava', text: 'I was late. Note: the bus broke down.', line: 1 },
      { speaker: 'Ben', text: 'Same.', line: 3 },
      { speaker: 'Ava', text: 'Again today.', line: 4 },
      { speaker: 'Cara', text: 'Me too.', line: 5 },
    ]);
  });

  it('reads each item of a list in writing as a point of its own, as a Word bullet is, and a wrapped item as one', () => {
    const notes = ['What does personalization look like in our school?', '  • Flex block every Friday', '  • Teacher advisors who', '    know every student', '– A teacher'].join('\n');
    const result = read(notes);
    // The question over the list is the prompt its points answer (see questionPrompts).
    const asked = 'What does personalization look like in our school?';
    expect(result.content.type === 'transcript' && result.content.turns.map((t) => [t.prompt, t.text])).toEqual([
      [asked, 'Flex block every Friday'],
      [asked, 'Teacher advisors who know every student – A teacher'],
    ]);
    // In a speaker's turn a list stays the speaker's one turn.
    const talk = read('Maya: Two things:\n- flex block\n- smaller classes\nJordan: Same.\n');
    expect(talk.content.type === 'transcript' && talk.content.turns.map((t) => t.text)).toEqual(['Two things: - flex block - smaller classes', 'Same.']);
  });

  it('reads names set apart from the words by a tab as speakers, not as a sheet whose header is the first name', () => {
    const talk = read('Maya Lopez\tThe flex block helps me.\nJordan Lee\tSmaller classes.\nMaya Lopez\tAlso electives.\n');
    expect(talk.content.type === 'transcript' && talk.content.turns.map((t) => [t.speaker, t.text])).toEqual([
      ['Maya Lopez', 'The flex block helps me.'],
      ['Jordan Lee', 'Smaller classes.'],
      ['Maya Lopez', 'Also electives.'],
    ]);
    // A sheet saved as Text (Tab delimited) stays a sheet: its header is not a name that comes back below.
    const sheet = read('Name\tWhat helps you learn?\nMaya Lopez\tThe flex block.\nJordan Lee\tSmaller classes.\n');
    expect(sheet.content.type).toBe('table');
  });

  it("reads a writeup's section headings (Some Interesting Findings:, Student Leadership Part 3:) as prose, not as speakers", () => {
    const writeup = [
      ' Student Leadership Part 3: ',
      'Personalization is about discovering your passions.',
      '',
      'Some Background:',
      'Close to 180 students came together.',
      '',
      'Some Interesting Findings:',
      'Students made some interesting observations.',
      '',
      'Some Thoughtful Student Responses:',
      '“We create our own path.”',
      '',
      'Recommendations:',
      'More time for conversations.',
    ].join('\n');
    const result = read(writeup);
    expect(result.content).toMatchObject({ type: 'transcript', written: true });
    expect(JSON.stringify(result.content)).not.toContain('"speaker"');
  });

  it('reads a facilitator labelled in capitals with a title as a speaker, not as words of the student before', () => {
    const result = read('MS. KAUR: What is working?\nJAMIE: The flex block.\nPRIYA S.: The counsellors.\nMS. KAUR: What gets in the way?\nJAMIE: The timetable.\n');
    expect(result.content.type === 'transcript' && result.content.turns.map((t) => [t.speaker, t.text])).toEqual([
      ['MS. KAUR', 'What is working?'],
      ['JAMIE', 'The flex block.'],
      ['PRIYA S.', 'The counsellors.'],
      ['MS. KAUR', 'What gets in the way?'],
      ['JAMIE', 'The timetable.'],
    ]);
  });

  it('reads a file without labels as a written reflection, one turn per paragraph', () => {
    const result = read('Reflection: I set goals.\nThey helped.\n\n\nNext time I will plan.\n');
    expect(result.content.type === 'transcript' && result.content.turns).toEqual([
      { text: 'Reflection: I set goals. They helped.', line: 1 },
      { text: 'Next time I will plan.', line: 5 },
    ]);
  });

  it('treats a one-word label used once in an unlabelled text as prose', () => {
    const result = read('Robotics: the best part of my week.\nI built a sorter.\n');
    expect(result.content.type === 'transcript' && result.content.turns).toEqual([
      { text: 'Robotics: the best part of my week. I built a sorter.', line: 1 },
    ]);
  });

  it('accepts a one-word speaker named in the front matter even when used once', () => {
    const result = read('---\nparticipants: Zed\n---\nZed: Hello there.\n');
    expect(result.content.type === 'transcript' && result.content.turns).toEqual([{ speaker: 'Zed', text: 'Hello there.', line: 4 }]);
  });

  it('reports front matter that is not YAML and reads the rest', () => {
    const result = read('---\nschool: [unclosed\n---\nAva: Hi.\nBen: Hi.\n');
    expect(result.content).toEqual({
      type: 'transcript',
      attributes: {},
      turns: [
        { speaker: 'Ava', text: 'Hi.', line: 4 },
        { speaker: 'Ben', text: 'Hi.', line: 5 },
      ],
    });
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ file: 'fg.txt', line: 1 });
    expect(result.warnings[0].message).toMatch(/^front matter is not valid YAML \(.+\); ignored$/);
  });

  it('names the format after the extension', () => {
    expect(read('Ava: Hi.\nBen: Hi.\n', 'notes/fg.markdown').format).toBe('md');
    expect(read('Ava: Hi.\nBen: Hi.\n', 'notes/fg.TXT').format).toBe('txt');
  });

  it('throws an InputError for a whitespace-only file', () => {
    expect(() => read(' \n\n\t\n')).toThrowError('empty file');
  });

  it('reads a transcript saved as UTF-16 without a BOM, and one joined from two files, BOM and all', () => {
    const talk = 'Ava: I liked the café part.\nBen: Me too — really.\n';
    for (const encoding of ['utf-16le', 'utf-16be']) {
      const result = readText(iconv.encode(talk, encoding), { file: 'fg.txt', config: {} });
      expect(result.encoding).toBe(encoding);
      expect((result.content as Transcript).turns.map((t) => [t.speaker, t.text])).toEqual([
        ['Ava', 'I liked the café part.'],
        ['Ben', 'Me too — really.'],
      ]);
    }
    const joined = readText(Buffer.from(`\ufeff${talk}\ufeffCal: And me.\n`, 'utf8'), { file: 'fg.txt', config: {} });
    expect((joined.content as Transcript).turns.map((t) => t.speaker)).toEqual(['Ava', 'Ben', 'Cal']);
  });

  it('reads a reflection in another script saved as UTF-16 without a BOM, where it was binary data', () => {
    // Gurmukhi's UTF-16 bytes are all below 0x80, and Chinese has no NUL but a line break's: none has a
    // NUL in most high bytes, as text in Latin letters does.
    const texts = [
      'ਮੈਨੂੰ ਛੋਟੀਆਂ ਕਲਾਸਾਂ ਪਸੰਦ ਹਨ ਕਿਉਂਕਿ ਅਧਿਆਪਕ ਹਰ ਵਿਦਿਆਰਥੀ ਦੀ ਮਦਦ ਕਰ ਸਕਦੇ ਹਨ।',
      '我喜欢小班教学，因为老师可以帮助每一个学生。',
      // Kana's bytes are mostly printable ASCII two by two, as an 8-bit text's are.
      'ちいさいクラスのほうがせんせいにしつもんしやすいとおもいました。',
    ];
    for (const text of texts) {
      for (const encoding of ['utf-16le', 'utf-16be']) {
        const result = readText(iconv.encode(`${text}\r\n\r\n${text}\r\n`, encoding), { file: 'reflection.txt', config: {} });
        expect(result.encoding).toBe(encoding);
        expect((result.content as Transcript).turns.map((t) => t.text)).toEqual([text, text]);
      }
    }
  });

  it('keeps a UTF-8 transcript with one bad byte as UTF-8, with a warning naming the line', () => {
    const bytes = Buffer.concat([Buffer.from('Ava: I liked the café part.\nBen: Me too '), Buffer.from([0x97]), Buffer.from(' really.\n')]);
    const result = readText(bytes, { file: 'fg.txt', config: {} });
    expect(result.encoding).toBe('utf-8');
    expect((result.content as Transcript).turns[0].text).toBe('I liked the café part.');
    expect(result.warnings.map((w) => [w.line, w.message.split(';')[0]])).toEqual([[2, 'bytes that are not UTF-8 on line 2']]);
  });

  it('throws a ConfigError for an encoding that does not exist', () => {
    expect(() => readText(Buffer.from('Ava: Hi.'), { file: 'fg.txt', encoding: 'klingon-8', config: {} })).toThrowError(
      "unknown encoding 'klingon-8'",
    );
  });
});

describe('parseLabel', () => {
  it('reads a Zoom chat line, to everyone or to one person, only after its time', () => {
    expect(parseLabel('00:03:40 From  Jordan Lee  to  Everyone:')).toEqual({ speaker: 'Jordan Lee', text: '', start: 220, strong: true, chat: 'public' });
    expect(parseLabel('10:04:12\t From Jordan Lee to Ms. Patel (Privately) : my wifi keeps cutting out')).toMatchObject({
      speaker: 'Jordan Lee',
      text: 'my wifi keeps cutting out',
      chat: 'private',
    });
    expect(parseLabel('10:03:01\t From Jordan Lee : I want to go to the trades fair')).toMatchObject({ speaker: 'Jordan Lee', text: 'I want to go to the trades fair', chat: 'public' });
    // `To Everyone:` and a date before the time, as newer clients write them; a cloud recording's chat, apart by tabs.
    expect(parseLabel('10:01:40 From Tom Becker To Everyone:')).toMatchObject({ speaker: 'Tom Becker', chat: 'public' });
    expect(parseLabel('10:02:10 From Tom Becker To Ms. Patel(Direct Message):')).toMatchObject({ speaker: 'Tom Becker', chat: 'private' });
    expect(parseLabel('2025-03-11 14:10:02 From Tom Becker to Everyone:')).toMatchObject({ speaker: 'Tom Becker', start: 51002, chat: 'public' });
    expect(parseLabel('00:10:44\tTom Becker:\tthe library helps')).toMatchObject({ speaker: 'Tom Becker', text: 'the library helps', start: 644, chat: 'public' });
    // A date and time before a speaker's words is no chat line.
    expect(parseLabel('2025-03-11 14:10:02 Tom Becker: the library helps')?.chat).toBeUndefined();
    // Prose that starts with "From" is no chat line, with or without a time.
    expect(parseLabel('From Monday to Friday: three tests')).toBeUndefined();
    expect(parseLabel('9:30 From then on: nobody listened')).toBeUndefined();
  });

  it.each([
    ['Maya: I agree.', { speaker: 'Maya', text: 'I agree.', strong: false }],
    ['**Maya:** I agree.', { speaker: 'Maya', text: 'I agree.', strong: true }],
    ['**Maya**: I agree.', { speaker: 'Maya', text: 'I agree.', strong: true }],
    ['__Maya:__ I agree.', { speaker: 'Maya', text: 'I agree.', strong: true }],
    ['[Maya] I agree.', { speaker: 'Maya', text: 'I agree.', strong: true }],
    ['MAYA: I agree.', { speaker: 'MAYA', text: 'I agree.', strong: true }],
    ['Maya Chen: I agree.', { speaker: 'Maya Chen', text: 'I agree.', strong: true }],
    ['Anna de Vries: Ja.', { speaker: 'Anna de Vries', text: 'Ja.', strong: true }],
    ["Liam O'Neil-Roy: Yes.", { speaker: "Liam O'Neil-Roy", text: 'Yes.', strong: true }],
    ['Ms. Chen: Go on.', { speaker: 'Ms. Chen', text: 'Go on.', strong: true }],
    // Labels in capitals, as screenplays and many transcribers write them, title included.
    ['MS. CHEN: Go on.', { speaker: 'MS. CHEN', text: 'Go on.', strong: true }],
    ["MR. BOYD (cont'd): And then?", { speaker: 'MR. BOYD', text: 'And then?', strong: true }],
    ['S3: Maybe.', { speaker: 'S3', text: 'Maybe.', strong: true }],
    ['Student 4: Maybe.', { speaker: 'Student 4', text: 'Maybe.', strong: true }],
    ['[00:01:02] Maya: Yes.', { speaker: 'Maya', text: 'Yes.', start: 62, strong: true }],
    ['00:12 Maya: Yes.', { speaker: 'Maya', text: 'Yes.', start: 12, strong: true }],
    ['(00:12) - Maya: Yes.', { speaker: 'Maya', text: 'Yes.', start: 12, strong: true }],
    ['Maya (00:12): Yes.', { speaker: 'Maya', text: 'Yes.', start: 12, strong: true }],
    ['Maya [1:02:03]: Yes.', { speaker: 'Maya', text: 'Yes.', start: 3723, strong: true }],
    ['**Maya (0:05.5):** Yes.', { speaker: 'Maya', text: 'Yes.', start: 5.5, strong: true }],
    ['[Maya Chen] 10:02:33', { speaker: 'Maya Chen', text: '', start: 36153, strong: true }],
    ['[Maya] 0:12 Yes, I think so.', { speaker: 'Maya', text: 'Yes, I think so.', start: 12, strong: true }],
    ['Keisha Brown  0:11', { speaker: 'Keisha Brown', text: '', start: 11, strong: true }],
    // Block headers: a name and a time alone on a line, the words below (Otter, Rev, Teams-style exports).
    ['Maya Lopez (00:03)', { speaker: 'Maya Lopez', text: '', start: 3, strong: true }],
    ['Maya [0:03]', { speaker: 'Maya', text: '', start: 3, strong: true }],
    ['Maya Lopez: (00:03)', { speaker: 'Maya Lopez', text: '', start: 3, strong: true }],
    ['Maya: [00:03] Yes.', { speaker: 'Maya', text: 'Yes.', start: 3, strong: true }],
    ['[0:03] Maya Lopez', { speaker: 'Maya Lopez', text: '', start: 3, strong: true }],
    ['00:00:03 Maya Lopez', { speaker: 'Maya Lopez', text: '', start: 3, strong: true }],
    // A time and one name alone could be a note in prose: a label only where the name recurs.
    ['3:30 Practice', { speaker: 'Practice', text: '', start: 210, strong: false }],
    ['Maya:', { speaker: 'Maya', text: '', strong: false }],
    ['Maya: I said to him: no way.', { speaker: 'Maya', text: 'I said to him: no way.', strong: false }],
    // An aside in brackets: dropped after a name; after a role, the name in it is the speaker.
    ['Jordan Okafor (Gr 10): Flex blocks.', { speaker: 'Jordan Okafor', text: 'Flex blocks.', strong: true }],
    ['Maya (grade 11): Yes.', { speaker: 'Maya', text: 'Yes.', strong: true }],
    ['Student (Maya): Yes.', { speaker: 'Maya', text: 'Yes.', strong: true }],
    ['**Participant (Dev Shah):** No.', { speaker: 'Dev Shah', text: 'No.', strong: true }],
    // Initials are a person's, as in `J.S.:`: kept beside the role to be redacted.
    ['Interviewer (R.S.): Why?', { speaker: 'Interviewer', text: 'Why?', alias: 'R.S.', strong: true }],
    ['Facilitator (Ms. Kaur): Why?', { speaker: 'Facilitator', text: 'Why?', alias: 'Ms. Kaur', strong: true }],
    ['P1 (Maya): Yes.', { speaker: 'P1', text: 'Yes.', alias: 'Maya', strong: true }],
    // An adult's or a facilitator's role after a name: the person speaks, the role says they are staff.
    ['Priya Sandhu (Counsellor): Come see me.', { speaker: 'Priya Sandhu', text: 'Come see me.', role: 'Counsellor', strong: true }],
    ['Mr. Dhillon (Teacher): We try.', { speaker: 'Mr. Dhillon', text: 'We try.', role: 'Teacher', strong: true }],
    ['Dana (vice principal): Welcome.', { speaker: 'Dana', text: 'Welcome.', role: 'vice principal', strong: true }],
    ['Dana Reyes (Facilitator): Why?', { speaker: 'Dana Reyes', text: 'Why?', role: 'Facilitator', strong: true }],
    ['Maya (student): Yes.', { speaker: 'Maya', text: 'Yes.', strong: true }],
    ['Maya (Grade 11): Yes.', { speaker: 'Maya', text: 'Yes.', strong: true }],
    ['Teacher (Counsellor): Yes.', { speaker: 'Teacher', text: 'Yes.', strong: true }],
    ['Maya (grade 11) (00:12): Yes.', { speaker: 'Maya', text: 'Yes.', start: 12, strong: true }],
  ])('%s', (line, expected) => {
    expect(parseLabel(line)).toEqual(expected);
  });

  it.each([
    'Note: the bus was late',
    'Also: bring a charger',
    'Example: yesterday I waited',
    '**Note:** this was said quietly',
    '[Laughter]',
    '[inaudible] something',
    'https://learn.example.org/x',
    'See https://learn.example.org: it spins',
    'We met at 10:30: it was early',
    'the teacher said: work harder',
    'Then, she said: no',
    'I think this is a really long sentence: with a colon',
    'So I told him: no way',
    'Learning Goal: explain vaccines',
    'Q1: what did you learn?',
    'Maya  and Jordan 0:12',
    '10:30 we went to the gym',
    'Jordan Okafor (Gr 10)',
    'Note (important): bring a charger',
    'I said (quietly): no',
  ])('not a label: %s', (line) => {
    expect(parseLabel(line)).toBeUndefined();
  });
});

describe('readText: a sheet saved as text', () => {
  it('reads tab-separated columns (Excel\'s "Text (Tab delimited)" and UTF-16 "Unicode Text") as a TSV sheet', () => {
    const tsv = 'student_id\tgrade\tWhat would help?\nS1\t10\tA later start\nS2\t11\tSmaller classes\n';
    for (const bytes of [Buffer.from(tsv), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')])]) {
      const result = readText(bytes, ctx('export.txt'));
      expect(result.format).toBe('tsv');
      expect(result.content.type === 'table' && result.content.rows.map((r) => r.cells)).toEqual([
        ['S1', '10', 'A later start'],
        ['S2', '11', 'Smaller classes'],
      ]);
    }
  });

  it('keeps tabs in a transcript as a transcript (Otter headers, a tab after a label)', () => {
    for (const text of ['Maya Lopez\t0:03\nI need time.\n\nJordan Okafor\t0:10\nMe too.\n', 'Maya:\tI need time.\nJordan:\tMe too.\n']) {
      expect(readText(Buffer.from(text), ctx('fg.txt')).content.type).toBe('transcript');
    }
  });
});

describe('parseSpeakerLines: block headers', () => {
  const turnsOf = (text: string) =>
    parseSpeakerLines(
      text.split('\n').map((t, i) => ({ text: t, line: i + 1 })),
      { file: 'fg.txt' },
    ).turns.map((t) => [t.speaker, t.start, t.text]);

  it.each([
    ['[0:03] Maya Lopez\nI need a flex block.\n\n[0:15] Jordan Okafor\nClasses are huge.\n', 'timestamp first'],
    ['00:00:03 Maya Lopez\nI need a flex block.\n\n00:00:15 Jordan Okafor\nClasses are huge.\n', 'bare timestamp first'],
    ['Maya Lopez (00:03)\nI need a flex block.\n\nJordan Okafor (00:15)\nClasses are huge.\n', 'timestamp after'],
    ['Maya Lopez: (00:03)\nI need a flex block.\n\nJordan Okafor: (00:15)\nClasses are huge.\n', 'Rev'],
    // Teams' transcripts downloaded as Word documents (and saved as text): a caption's timing, the name, the words.
    ['0:0:3.0 --> 0:0:9.120\nLopez, Maya\nI need a flex block.\n\n0:0:15.0 --> 0:0:21.500\nOkafor, Jordan\nClasses are huge.\n', 'Teams timing'],
    // A Word document's paragraphs, each followed by an empty line.
    ['0:0:3.0 --> 0:0:9.120\n\nMaya Lopez\n\nI need a flex block.\n\n0:0:15.0 --> 0:0:21.500\n\nJordan Okafor\n\nClasses are huge.\n', 'Teams in Word'],
    ['00:00:03\n\nMaya Lopez\n\nI need a flex block.\n\n00:00:15\n\nJordan Okafor\n\nClasses are huge.\n', 'Trint in Word'],
  ])('reads the words under each header as the named speaker’s turn (%#: %s)', (text) => {
    expect(turnsOf(text)).toEqual([
      ['Maya Lopez', 3, 'I need a flex block.'],
      ['Jordan Okafor', 15, 'Classes are huge.'],
    ]);
  });

  it('keeps a time and a word once in a reflection as prose', () => {
    expect(turnsOf('Monday was fine.\n3:30 Practice\nI went after school.\n')).toEqual([
      [undefined, undefined, 'Monday was fine. 3:30 Practice I went after school.'],
    ]);
  });
});

describe('readText: Webex blocks, a name and a time set apart by one space', () => {
  const turnsOf = (text: string) => {
    const result = readText(Buffer.from(text), ctx('fg.txt'));
    return result.content.type === 'transcript' ? { written: result.content.written, turns: result.content.turns.map((t) => [t.speaker, t.start, t.text]) } : undefined;
  };

  it('reads `Dana Reyes 00:00:03` over the words as a speaker\'s block where the file is such blocks', () => {
    const text = 'Dana Reyes 00:00:03\nWhat helps?\n\nMaya Lopez 00:00:10\nThe flex block.\n\nDana Reyes 00:00:21\nWhy?\n\nMaya Lopez 00:00:25\nI catch up.\n';
    expect(turnsOf(text)).toEqual({
      written: undefined,
      turns: [
        ['Dana Reyes', 3, 'What helps?'],
        ['Maya Lopez', 10, 'The flex block.'],
        ['Dana Reyes', 21, 'Why?'],
        ['Maya Lopez', 25, 'I catch up.'],
      ],
    });
    // A Word document's empty paragraph between the header and the words.
    expect(turnsOf(text.replace(/(\d)\n/g, '$1\n\n'))?.turns).toHaveLength(4);
  });

  it('keeps a time after a word in a reflection as prose, even a plan of the day with times in order', () => {
    const plan = 'Practice 3:30\nWe ran drills.\n\nGame 4:00\nWe lost.\n\nPractice 5:00\nMore drills.\n';
    expect(turnsOf(plan)).toMatchObject({ written: true });
    expect(turnsOf(plan)!.turns.every((t) => t[0] === undefined)).toBe(true);
    // Names whose times go back are no recording's.
    expect(turnsOf('Dana Reyes 00:00:30\nWhat helps?\n\nMaya Lopez 00:00:10\nFlex.\n\nDana Reyes 00:00:05\nWhy?\n')).toMatchObject({ written: true });
  });
});

describe("readText: a note-taker's notes of a focus group", () => {
  const contentOf = (text: string, file = 'fg.txt') => {
    const result = readText(Buffer.from(text), ctx(file));
    if (result.content.type !== 'transcript') throw new Error('not a transcript');
    return result.content;
  };
  const notes = [
    'Focus group notes, Riverside Secondary',
    '',
    'Student 3 said that the flex block helps.',
    'S2 thinks tests are too close together',
    'and that they all land in one week.',
    'Maya said her favourite part was the trip.',
    'One student mentioned the long bus ride.',
    '- Student 1: wants more electives',
    '',
  ].join('\n');

  it('reads each point as a response of the student its label or id names, else of no one named; the title is none', () => {
    const content = contentOf(notes);
    expect(content.written).toBeUndefined();
    expect(content.turns.map((t) => [t.speaker, t.text, t.line])).toEqual([
      ['Student 3', 'Student 3 said that the flex block helps.', 3],
      ['S2', 'S2 thinks tests are too close together and that they all land in one week.', 4],
      [undefined, 'Maya said her favourite part was the trip.', 6],
      [undefined, 'One student mentioned the long bus ride.', 7],
      ['Student 1', 'wants more electives', 8],
    ]);
    // A name a point gives its speaker by is a name to redact, never an attribute.
    expect(content.attributes).toEqual({ participants: 'Maya' });
    // In Markdown, with the title a heading and the bullets Markdown's.
    expect(contentOf(`# ${notes}`, 'fg.md').turns.map((t) => t.speaker)).toEqual(['Student 3', 'S2', undefined, undefined, 'Student 1']);
  });

  it('keeps the reading as it was where the file is not such notes throughout', () => {
    // A line that is no point: a reflection that tells what others said.
    expect(contentOf('Student 3 said that the flex block helps.\nS2 thinks tests are too close.\nWe then had lunch.\nMaya said it was fun.\n').written).toBe(true);
    // One subject only: a student's writing about what a parent said.
    expect(contentOf('My reflection\n\nMom said I should try the flex block.\nMom thinks it helps.\nMom said so again.\n').written).toBe(true);
    // A bulleted transcript: labels, no reported speech, read as talk as before.
    expect(contentOf('- **Maya:** I agree.\n- **Jordan:** Me too.\n- **Maya:** Yes.\n', 'fg.md').turns.map((t) => t.speaker)).toEqual(['Maya', 'Jordan', 'Maya']);
  });
});

describe('looksLikeName', () => {
  it('accepts names and ids, refuses prose', () => {
    // An initial that is also a word ("A. Nguyen", "I. Chen") is still an initial.
    expect(['Maya', 'MAYA', 'Maya Chen', 'J. R. Tolkien', 'Jean-Luc', 'P12', 'Speaker 2', 'Chloé', 'A. Nguyen', 'I. Chen'].map(looksLikeName)).toEqual(
      Array(10).fill(true),
    );
    expect(['maya', 'Maya Chen Lee Park Kim', 'Note', 'What', 'Maya!', 'Maya, Jo', '3 Maya', 'Ana de'].map(looksLikeName)).toEqual(
      Array(8).fill(false),
    );
  });
});

describe('acceptLabels', () => {
  const m = (speaker: string, strong = false) => ({ speaker, text: 'x', strong });

  it('accepts a once-used one-word label only where the file has other speakers', () => {
    expect(acceptLabels([m('Ava'), m('Ava'), m('Cara')])).toEqual([true, true, true]);
    expect(acceptLabels([m('Robotics'), undefined, m('Coding')])).toEqual([false, false, false]);
    expect(acceptLabels([m('Robotics'), m('Ms Tran', true)])).toEqual([true, true]);
    expect(acceptLabels([m('Zed')], ['zed'])).toEqual([true]);
  });

  it('takes a name in lower case where the file names that speaker with capitals, or where it recurs among speakers', () => {
    const lower = (line: string) => parseLabel(line)!;
    expect(lower('maya lopez: Same.')).toMatchObject({ speaker: 'maya lopez', strong: false, lowerCase: true });
    expect(acceptLabels([lower('maya lopez: Same.'), m('Maya Lopez', true), m('Jordan', true)])).toEqual([true, true, true]);
    expect(acceptLabels([m('Maya Lopez', true), lower('jordan: Hi.'), lower('jordan: Me too.')])).toEqual([true, true, true]);
    // Once, with no capitalised twin: prose ("honestly jordan: …" never parses; "jordan: hi" alone is not enough).
    expect(acceptLabels([m('Maya Lopez', true), lower('jordan: Hi.')])).toEqual([true, false]);
    // Once, where two speakers' labels open half the file's lines or more: a turn a line, as Google Meet saves talk.
    const talk = [m('Ms Tran', true), m('Maya Lopez', true), lower('jordan lee: My mum.'), m('Maya Lopez', true)];
    expect(acceptLabels(talk, [], 4)).toEqual([true, true, true, true]);
    expect(acceptLabels([m('Maya Lopez', true), lower('jordan lee: My mum.')], [], 2)).toEqual([true, false]);
    expect(acceptLabels(talk, [], 20)).toEqual([true, true, false, true]);
    // Among no other speakers, lower-case lines are a reflection's prose, however often they recur.
    expect(acceptLabels([lower('mostly: fine.'), lower('mostly: fine.')])).toEqual([false, false]);
    // Words of talk are not names in any case.
    expect(['maybe: I guess', 'yeah: right', 'wait: what'].map(parseLabel)).toEqual([undefined, undefined, undefined]);
  });
});

describe('voiceSpeaker', () => {
  it('reads a Teams display name as the name: surname last, without (Guest) or pronouns', () => {
    expect(['Kaur, Harpreet', 'Maya Lopez (Guest)', 'Okafor, Jordan (External)', 'Harpreet Kaur (she/her)', 'Maya', 'Smith, 3rd period'].map((v) => voiceSpeaker(v).speaker)).toEqual([
      'Harpreet Kaur',
      'Maya Lopez',
      'Jordan Okafor',
      'Harpreet Kaur',
      'Maya',
      'Smith, 3rd period',
    ]);
  });

  it('reads a name beside an id or a role as the alias, and a role beside a name as the role, as in a label', () => {
    expect(voiceSpeaker('P1 (Maya)')).toEqual({ speaker: 'P1', alias: 'Maya' });
    expect(voiceSpeaker('Teacher (Ms. Chen)')).toEqual({ speaker: 'Teacher', alias: 'Ms. Chen' });
    expect(voiceSpeaker('Sandhu, Priya (Counsellor)')).toEqual({ speaker: 'Priya Sandhu', role: 'Counsellor' });
  });
});

describe('labels written surname first', () => {
  const turnsOf = (text: string) =>
    parseSpeakerLines(
      text.split('\n').map((t, i) => ({ text: t, line: i + 1 })),
      { file: 'fg.txt' },
    ).turns.map((t) => [t.speaker, t.text]);

  it('reads `Lopez, Maya:` and a Teams header `Lopez, Maya   0:15` as Maya Lopez, as a voice tag is read', () => {
    expect(parseLabel('Lopez, Maya: Honestly the flex block.')).toMatchObject({ speaker: 'Maya Lopez', text: 'Honestly the flex block.' });
    expect(parseLabel('Lopez, Maya   0:15')).toMatchObject({ speaker: 'Maya Lopez', text: '', start: 15, strong: true });
    expect(parseLabel('Van Dyke, Ana Maria: Same.')).toMatchObject({ speaker: 'Ana Maria Van Dyke' });
    expect(turnsOf('Kaur, Harpreet: What helps?\nLopez, Maya: The flex block.\nOkafor, Jordan: Projects.\nLopez, Maya: Also labs.')).toEqual([
      ['Harpreet Kaur', 'What helps?'],
      ['Maya Lopez', 'The flex block.'],
      ['Jordan Okafor', 'Projects.'],
      ['Maya Lopez', 'Also labs.'],
    ]);
  });

  it('reads a surname that opens with its particles in lower case, `de Souza, Ana:`, as Ana de Souza', () => {
    expect(parseLabel('de Souza, Ana: The flex block.')).toMatchObject({ speaker: 'Ana de Souza', text: 'The flex block.', parts: ['de Souza', 'Ana'] });
    expect(parseLabel('van der Berg, Pieter: Projects.')).toMatchObject({ speaker: 'Pieter van der Berg', text: 'Projects.' });
    expect(parseLabel('da Silva, João Pedro   0:15')).toMatchObject({ speaker: 'João Pedro da Silva', start: 15, strong: true });
    expect(voiceSpeaker('de Souza, Ana').speaker).toBe('Ana de Souza');
    expect(turnsOf('Facilitator: What helps?\nde Souza, Ana: The flex block.\nvan der Berg, Pieter: Projects.\nde Souza, Ana: Also labs.')).toEqual([
      ['Facilitator', 'What helps?'],
      ['Ana de Souza', 'The flex block.'],
      ['Pieter van der Berg', 'Projects.'],
      ['Ana de Souza', 'Also labs.'],
    ]);
    // A particle alone, or one before a word in lower case, is no surname.
    expect(['de, Ana: yes.', 'de nada, Ana: yes.', 'van der, Pieter: no.'].map(parseLabel)).toEqual([undefined, undefined, undefined]);
  });

  it('leaves prose that opens with a comma alone: "Honestly, I think:", "Well, yes:", "Thanks, Maya:"', () => {
    expect(['Honestly, I think: it helped.', 'Well, yes: it did.', 'Thanks, Maya: that helps.', 'Maya, Jordan and I: we agreed.'].map(parseLabel)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    // Two names and a comma, once in a reflection, are not enough to make it a transcript.
    expect(turnsOf('I liked the trip.\nChen, Ethan: he drove us.\nIt was fun.')).toEqual([[undefined, 'I liked the trip. Chen, Ethan: he drove us. It was fun.']]);
  });
});

describe('labels of qualitative research: lettered, initials, Q/A and I/R', () => {
  const turnsOf = (text: string) =>
    parseSpeakerLines(
      text.split('\n').map((t, i) => ({ text: t, line: i + 1 })),
      { file: 'fg.txt' },
    ).turns.map((t) => [t.speaker, t.text]);

  it('reads `Student A:`, `Participant B:` and initials `J.S.:` as speakers', () => {
    expect(turnsOf('Interviewer: What helps?\nStudent A: The flex block.\nParticipant B: Projects.\nJ.S.: The bus.\nStudent A: Wifi.')).toEqual([
      ['Interviewer', 'What helps?'],
      ['Student A', 'The flex block.'],
      ['Participant B', 'Projects.'],
      ['J.S.', 'The bus.'],
      ['Student A', 'Wifi.'],
    ]);
    // A letter after anything but a role is still prose.
    expect(parseLabel('Plan A: study more.')).toBeUndefined();
  });

  it('reads a role and its number written together (`Student1:`, `Speaker12 (Gr 10):`) as `Student 1:` is read', () => {
    expect(turnsOf('Facilitator: What helps?\nStudent1: The flex block.\nSpeaker12 (Gr 10): Projects.\nStudent1: Wifi.')).toEqual([
      ['Facilitator', 'What helps?'],
      ['Student 1', 'The flex block.'],
      ['Speaker 12', 'Projects.'],
      ['Student 1', 'Wifi.'],
    ]);
    // A grade beside a numbered role or an id is neither the speaker nor a name to redact ("Gr" from every text).
    for (const [label, speaker] of [['Student 3 (Gr 10)', 'Student 3'], ['Participant 2 (Year 9)', 'Participant 2'], ['S3 (Gr. 10)', 'S3'], ['Student1 (grade 11)', 'Student 1']]) {
      expect(parseLabel(`${label}: hi`), label).toMatchObject({ speaker });
      expect(parseLabel(`${label}: hi`)?.alias, label).toBeUndefined();
    }
    // Any other word with a number is prose.
    expect(parseLabel('Step1: mix it')).toBeUndefined();
    expect(parseLabel('Covid19: it was hard')).toBeUndefined();
  });

  it('reads the voices a transcription service numbers (`Other1:`, `Other 2:`, `Unknown1:`, `Voice1:`) as speakers, but "Other: …" and "Other ideas: …" as prose', () => {
    const text = [
      'Facilitator: What helps?',
      'Maya: The flex block.',
      'Other1: I agree, the other students like it too.',
      'Other 2: Projects.',
      'Unknown1: Wifi.',
      'Voice1: Smaller classes.',
      'Jordan: Field trips.',
      'Other ideas: more clubs.',
      'Other: see notes.',
    ].join('\n');
    expect(turnsOf(text)).toEqual([
      ['Facilitator', 'What helps?'],
      ['Maya', 'The flex block.'],
      ['Other 1', 'I agree, the other students like it too.'],
      ['Other 2', 'Projects.'],
      ['Unknown 1', 'Wifi.'],
      ['Voice 1', 'Smaller classes.'],
      ['Jordan', 'Field trips. Other ideas: more clubs. Other: see notes.'],
    ]);
    expect(parseLabel('Other 12: hi')).toMatchObject({ speaker: 'Other 12' });
    for (const prose of ['Other: see notes', 'Other ideas: more clubs', 'Others 2: a note', 'Other 2 ideas: a note']) expect(parseLabel(prose), prose).toBeUndefined();
  });

  it('reads Q:/A: and I:/R: pairs, and a letter that recurs, as labels', () => {
    expect(turnsOf('Q: What helps?\nA: The flex block.\nQ: What gets in the way?\nA: Stress.')).toEqual([
      ['Q', 'What helps?'],
      ['A', 'The flex block.'],
      ['Q', 'What gets in the way?'],
      ['A', 'Stress.'],
    ]);
    expect(turnsOf('I: What helps?\nR: The flex block.')).toEqual([
      ['I', 'What helps?'],
      ['R', 'The flex block.'],
    ]);
    // B's two lines are one turn: no one spoke between them
    expect(turnsOf('Maya: Flex.\nB: Projects.\nB: And labs.')).toEqual([
      ['Maya', 'Flex.'],
      ['B', 'Projects. And labs.'],
    ]);
  });

  it('accepts every letter of a file that speaks by letters, one who speaks once too', () => {
    expect(turnsOf('Facilitator: What helps?\nB: The flex block.\nC: Projects.\nD: Labs.\nC: And time.\nD: Yes.\nE: I agree.')).toEqual([
      ['Facilitator', 'What helps?'],
      ['B', 'The flex block.'],
      ['C', 'Projects.'],
      ['D', 'Labs.'],
      ['C', 'And time.'],
      ['D', 'Yes.'],
      ['E', 'I agree.'],
    ]);
  });

  it('reads initials that spell a word of prose ("P.S.:", "N.B.:") as prose, not a speaker', () => {
    expect(parseLabel('P.S.: thanks for the pizza')).toBeUndefined();
    expect(parseLabel('N.B.: the bus was late')).toBeUndefined();
    expect(parseLabel('J.S.: The bus.')).toMatchObject({ speaker: 'J.S.' });
  });

  it('leaves a lone letter, or "A:" and "I:" without their pair, as prose', () => {
    expect(turnsOf('My options were:\nA: stay in the class\nB: switch blocks\nA: again, stay')).toEqual([
      [undefined, 'My options were: A: stay in the class B: switch blocks A: again, stay'],
    ]);
    expect(turnsOf('Maya: Flex.\nI: honestly do not know.\nJordan: Projects.')).toEqual([
      ['Maya', 'Flex. I: honestly do not know.'],
      ['Jordan', 'Projects.'],
    ]);
  });
});

describe('two names answering together', () => {
  it('reads "Maya, Jordan:" as the two of them where each speaks alone too, and "Lopez, Maya:" as Maya Lopez', () => {
    const turns = parseSpeakerLines(
      'Facilitator: What helps?\nMaya: Flex.\nJordan: Projects.\nMaya, Jordan: Yeah!\nLopez, Ana: Labs.\nLopez, Ana: And time.'.split('\n').map((t, i) => ({ text: t, line: i + 1 })),
      { file: 'fg.txt' },
    ).turns.map((t) => t.speaker);
    // Ana Lopez's two lines are one turn: no one spoke between them
    expect(turns).toEqual(['Facilitator', 'Maya', 'Jordan', 'Maya and Jordan', 'Ana Lopez']);
  });

  it('reads them so too where the file labels each of them surname first or in full', () => {
    const speakers = (text: string) =>
      parseSpeakerLines(text.split('\n').map((t, i) => ({ text: t, line: i + 1 })), { file: 'fg.txt' }).turns.map((t) => t.speaker);
    expect(speakers('Kaur, Harpreet: What helps?\nLopez, Maya: Flex.\nOkafor, Jordan: Projects.\nMaya, Jordan: Yeah!')).toEqual([
      'Harpreet Kaur',
      'Maya Lopez',
      'Jordan Okafor',
      'Maya and Jordan',
    ]);
    expect(speakers('Facilitator: What helps?\nMaya Lopez: Flex.\nJordan Okafor: Projects.\nMaya, Jordan: Yeah!').at(-1)).toBe('Maya and Jordan');
  });
});

describe('group labels', () => {
  const turnsOf = (text: string) =>
    parseSpeakerLines(
      text.split('\n').map((t, i) => ({ text: t, line: i + 1 })),
      { file: 'fg.txt' },
    ).turns.map((t) => [t.speaker, t.text]);

  it('reads `All:` and `Several students:` among speakers as turns of their own, but "All: …" in a reflection as prose', () => {
    expect(turnsOf('Maya: The flex block.\nAll: [laughter]\nJordan: Projects.\nSeveral students: The bus!')).toEqual([
      ['Maya', 'The flex block.'],
      ['All', '[laughter]'],
      ['Jordan', 'Projects.'],
      ['Several students', 'The bus!'],
    ]);
    expect(turnsOf('My week was long.\nAll: tests, projects and a trip.')).toEqual([[undefined, 'My week was long. All: tests, projects and a trip.']]);
  });
});

describe('parseSpeakerLines', () => {
  it('drops a label with no text and reports it', () => {
    const lines = ['Ava: Hi.', 'Ben:', 'Ava: Hello?'].map((text, i) => ({ text, line: i + 1 }));
    expect(parseSpeakerLines(lines, { file: 'fg.txt' })).toEqual({
      turns: [
        { speaker: 'Ava', text: 'Hi.', line: 1 },
        { speaker: 'Ava', text: 'Hello?', line: 3 },
      ],
      warnings: [{ file: 'fg.txt', line: 2, message: 'speaker label with no text; skipped' }],
    });
  });

  it('ends a turn at a heading and reports text that follows it without a label', () => {
    const lines = ['Ava: Hi.', '# Part 2', 'Some notes.', 'More notes.', 'Ben: Yes.', 'Ava: No.'].map((text, i) => ({ text, line: i + 1 }));
    expect(parseSpeakerLines(lines, { file: 'fg.md' })).toEqual({
      turns: [
        { speaker: 'Ava', text: 'Hi.', line: 1 },
        { speaker: 'Ben', text: 'Yes.', line: 5 },
        { speaker: 'Ava', text: 'No.', line: 6 },
      ],
      warnings: [{ file: 'fg.md', line: 3, message: 'text outside any speaker turn (no speaker label before it); left out' }],
    });
  });
});

describe('readText: a title above a transcript', () => {
  const read = (text: string) => readText(Buffer.from(text), ctx('riverside.txt')) as ReadResult & { content: Transcript };
  const talk = [
    'Facilitator: What helped you most this year?',
    'Maya Chen: The mentors who checked in every week.',
    'Dev Patel: Choosing my own project, honestly.',
    'Facilitator: And what got in the way?',
    'Maya Chen: The bus schedule, it made me late a lot.',
  ];

  it('is a heading, not text left out, whether the turns are bulleted or not, with a header block or not', () => {
    const variants = {
      plain: ['Focus group, Riverside, 12 March', '', ...talk],
      bulleted: ['Focus group, Riverside, 12 March', '', ...talk.map((t) => `- ${t}`)],
      'plain under a header': ['Focus group, Riverside', 'Date: 12 March', '', ...talk],
      'bulleted under a header': ['Focus group, Riverside', 'Date: 12 March', '', ...talk.map((t) => `• ${t}`)],
      'title-case title, no blank line': ['Spring Student Voice Forum', ...talk.map((t) => `* ${t}`)],
    };
    for (const [name, lines] of Object.entries(variants)) {
      const { content, warnings } = read(`${lines.join('\n')}\n`);
      expect(warnings, name).toEqual([]);
      expect(content.turns.map((t) => t.speaker), name).toEqual(['Facilitator', 'Maya Chen', 'Dev Patel', 'Facilitator', 'Maya Chen']);
      expect(content.turns[0]!.text, name).toBe('What helped you most this year?');
    }
    expect(read(`${variants['bulleted under a header'].join('\n')}\n`).content.attributes).toEqual({ date: '12 March' });
  });

  it("is kept as the transcript's title, not dropped", () => {
    expect(read(`Focus group 3 — Riverside, 12 March\n\n${talk.join('\n')}\n`).content.title).toBe('Focus group 3 — Riverside, 12 March');
    expect(read(`Focus group, Riverside\nDate: 12 March\n\n${talk.map((t) => `- ${t}`).join('\n')}\n`).content.title).toBe('Focus group, Riverside');
    const md = readText(Buffer.from(`# Spring Student Voice Forum\n\n${talk.map((t) => `**${t.replace(': ', ':** ')}`).join('\n\n')}\n`), ctx('forum.md')).content as Transcript;
    expect(md.title).toBe('Spring Student Voice Forum');
    expect(read(`${talk.join('\n')}\n`).content).not.toHaveProperty('title');
  });

  it("still reports words above the first turn that are someone's, not a title", () => {
    for (const lines of [
      ["Okay, let's get started.", ...talk.map((t) => `- ${t}`)],
      ['so everyone has a name tag and we can start', ...talk],
    ]) {
      expect(read(`${lines.join('\n')}\n`).warnings.map((w) => w.message)).toEqual(['text outside any speaker turn (no speaker label before it); left out']);
    }
  });
});

describe('parseSpeakerLines: a time alone on a line', () => {
  const at = (texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

  it('is no one\'s words: it neither joins a turn nor ends it', () => {
    const lines = at(['Ava: The tests.', '00:05:00', 'All in one week.', '', 'Ben: Yeah.', '[00:10:00]']);
    expect(parseSpeakerLines(lines, { file: 'meet.txt' }).turns).toEqual([
      { speaker: 'Ava', text: 'The tests. All in one week.', line: 1 },
      { speaker: 'Ben', text: 'Yeah.', line: 5 },
    ]);
  });

  it('separates paragraphs of text without labels, as a blank line does', () => {
    expect(parseSpeakerLines(at(['0:00', 'My goal was reading.', '0:15', 'I read every night.']), { file: 'r.txt' }).turns).toEqual([
      { text: 'My goal was reading.', line: 2 },
      { text: 'I read every night.', line: 4 },
    ]);
  });
});

describe('parseTimestamp', () => {
  it('reads m:ss, h:mm:ss and fractions', () => {
    expect(['0:12', '00:12', '1:02:03', '12:05.25', '00:00:01,5', '5:75', 'x'].map(parseTimestamp)).toEqual([
      12, 12, 3723, 725.25, 1.5, undefined, undefined,
    ]);
  });
});

describe('stripInlineMarkdown', () => {
  it('removes emphasis, code, links and escapes but keeps stray symbols', () => {
    expect(stripInlineMarkdown('**so** *very* __much__ _fun_ `code` [site](https://x.org) 5 * 3 snake_case \\*star\\*')).toBe(
      'so very much fun code site 5 * 3 snake_case *star*',
    );
  });
});

describe('readFrontMatter', () => {
  it('lower-cases keys, joins lists, flattens maps, keeps dates as yyyy-mm-dd', () => {
    const lines = ['---', 'School: Northgate', 'date: 2024-04-18', 'Grades: [10, 11]', 'recording: {minutes: 42}', 'empty:', '---', 'body'];
    expect(readFrontMatter(lines, 'fg.txt')).toEqual({
      attributes: { school: 'Northgate', date: '2024-04-18', grades: '10, 11', 'recording.minutes': '42' },
      bodyStart: 7,
      warnings: [],
    });
  });

  it('is only front matter when it opens the file and is closed', () => {
    expect(readFrontMatter(['Ava: hi', '---', 'a: b', '---'], 'fg.txt').bodyStart).toBe(0);
    expect(readFrontMatter(['---', 'Ava: hi'], 'fg.txt').bodyStart).toBe(0);
  });

  it('reports a block that is not a mapping', () => {
    expect(readFrontMatter(['---', '- a', '- b', '---'], 'fg.txt', [3, 4, 5, 6])).toEqual({
      attributes: {},
      bodyStart: 4,
      warnings: [{ file: 'fg.txt', line: 3, message: 'front matter is not a list of `key: value` lines; ignored' }],
    });
  });

  it('splits names and collects every speaker name', () => {
    expect(splitNames('Ms Tran, Mr Alvarez and Dana & Lee; Kim')).toEqual(['Ms Tran', 'Mr Alvarez', 'Dana', 'Lee', 'Kim']);
    expect(speakerNames({ facilitator: 'Ms Tran', participants: 'Kai, Leah', school: 'X' })).toEqual(['Ms Tran', 'Kai', 'Leah']);
  });
});

describe('parseSpeakerLines: prompts in bold', () => {
  const lines = (texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

  it('reads a wholly bold question, colon line or short label as a heading, not the writer’s words', () => {
    const reflection = lines([
      '**What was hard for you, and why?**',
      'Math, the videos went too fast.',
      '**Goals for next term:**',
      'Ask for help sooner.',
      '**Reading**',
      'Two novels.',
      '',
      '**I finally finished my project.**',
    ]);
    expect(parseSpeakerLines(reflection, { file: 'r.md', markdown: true }).turns.map((t) => t.text)).toEqual([
      'Math, the videos went too fast.',
      'Ask for help sooner.',
      'Two novels.',
      'I finally finished my project.',
    ]);
  });

  it('keeps a bold name alone on its line as the label of the words below, and bold lines in plain text', () => {
    expect(parseSpeakerLines(lines(['**Maya:**', 'I liked it.', '**Jordan:** Me too.']), { file: 'fg.md', markdown: true }).turns).toEqual([
      { speaker: 'Maya', text: 'I liked it.', line: 1 },
      { speaker: 'Jordan', text: 'Me too.', line: 3 },
    ]);
    expect(parseSpeakerLines(lines(['**Goals:**', 'Ask sooner.']), { file: 'r.txt' }).turns.map((t) => t.text)).toEqual(['**Goals:** Ask sooner.']);
  });
});

describe('parseSpeakerLines: a numbered list of questions with answers below', () => {
  const lines = (texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
  const read = (texts: string[]) => parseSpeakerLines(lines(texts), { file: 'r.txt' }).turns.map((t) => [t.prompt, t.text]);

  it('reads each numbered question as the prompt of the writing below it, not as the writer’s words', () => {
    const answers = [
      ['What helped you learn this term?', 'The flex block, because I could pick.'],
      ['What was hard?', 'Math when the pace was fast.'],
    ];
    expect(read(['1. What helped you learn this term?', 'The flex block, because I could pick.', '', '2. What was hard?', 'Math when the pace was fast.'])).toEqual(answers);
    expect(read(['1) What helped you learn this term?', '', 'The flex block, because I could pick.', '', '2) What was hard?', '', 'Math when the pace was fast.'])).toEqual(answers);
  });

  it('keeps a student’s own list of questions, and numbered points that ask nothing, as their words', () => {
    expect(read(['Questions I still have:', '1. Why do we have exams?', '2. Who picks the electives?', '', 'I will ask my teacher.'])).toEqual([
      [undefined, 'Questions I still have:'],
      [undefined, 'Why do we have exams?'],
      [undefined, 'Who picks the electives?'],
      [undefined, 'I will ask my teacher.'],
    ]);
    expect(read(['1. Math', 'It went well.', '2. Reading', 'Two novels.'])).toEqual([
      [undefined, 'Math It went well.'],
      [undefined, 'Reading Two novels.'],
    ]);
  });

  it('knows a Word document’s numbered items, whose numbers are not in their text', () => {
    const html = '<ol><li>What helped you learn this term?</li></ol><p>The flex block.</p><p></p><ol><li>What was hard?</li></ol><p>Math.</p><ul><li>And fractions.</li></ul>';
    const doc = linesFromHtml(html, 'r.docx');
    expect(parseSpeakerLines(doc.lines, { file: 'r.docx', markdown: true }).turns.map((t) => [t.prompt, t.text])).toEqual([
      ['What helped you learn this term?', 'The flex block.'],
      ['What was hard?', 'Math.'],
      ['What was hard?', 'And fractions.'],
    ]);
  });
});

describe('parseSpeakerLines: a sheet’s questions typed as plain lines, each over its answer', () => {
  const lines = (texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
  const read = (texts: string[]) => parseSpeakerLines(lines(texts), { file: 'r.txt' }).turns.map((t) => [t.prompt, t.text]);
  const answers = [
    ['What helps you learn?', 'When we get time in flex block.'],
    ['What gets in the way?', 'I look after my little brothers after school so homework is hard.'],
  ];

  it('reads each question as the prompt of the answer below it, directly under it or after a blank line', () => {
    expect(read(['What helps you learn?', 'When we get time in flex block.', '', 'What gets in the way?', 'I look after my little brothers after school so homework is hard.'])).toEqual(answers);
    expect(read(['What helps you learn?', '', 'When we get time in flex block.', '', 'What gets in the way?', '', 'I look after my little brothers after school so homework is hard.'])).toEqual(answers);
  });

  it('asks questions one under the other together, and leaves a question with its answer blank unanswered', () => {
    expect(read(['What helps you learn?', 'Who helps you most?', 'Flex block and my math teacher.', '', 'What gets in the way?', 'Homework.', '', 'Is there anything else?', ''])).toEqual([
      ['What helps you learn? Who helps you most?', 'Flex block and my math teacher.'],
      ['What gets in the way?', 'Homework.'],
    ]);
  });

  it('reads one question over a list of two points or more as the prompt the points answer', () => {
    expect(read(['What gets in the way?', '', '- too much homework', '- the bus schedule', '', 'More flex time would help.'])).toEqual([
      ['What gets in the way?', 'too much homework'],
      ['What gets in the way?', 'the bus schedule'],
      ['What gets in the way?', 'More flex time would help.'],
    ]);
    // One point is no list: the question and its point stay the writer's.
    expect(read(['Why do we have exams?', '- nobody knows']).map(([prompt]) => prompt)).toEqual([undefined, undefined]);
  });

  it('reads the question after a label ("Sticky notes from the forum: What gets in the way?") as the prompt, without the label', () => {
    expect(read(['Sticky notes from the forum: What gets in the way?', '', '- Too much homework', '- Not enough counsellors', '', 'Sticky notes from the forum: What helps?', '', '- Flex block', '- Teachers who check in'])).toEqual([
      ['What gets in the way?', 'Too much homework'],
      ['What gets in the way?', 'Not enough counsellors'],
      ['What helps?', 'Flex block'],
      ['What helps?', 'Teachers who check in'],
    ]);
    // A label before a sentence, or a label of more than eight words, is no prompt.
    expect(read(['Our group: We want more time.', '- flex block', '- choice']).map(([prompt]) => prompt)).toEqual([undefined, undefined, undefined]);
  });

  it('keeps a student’s own question as their words: one alone, in the first person, or inside a paragraph', () => {
    expect(read(['Why do we even have exams?', 'Nobody has ever explained it to us.', '', 'I think projects show more.'])).toEqual([
      [undefined, 'Why do we even have exams? Nobody has ever explained it to us.'],
      [undefined, 'I think projects show more.'],
    ]);
    expect(read(['Why do I have to learn this?', 'It is boring.', '', 'What would help me?', 'More choice.'])).toEqual([
      [undefined, 'Why do I have to learn this? It is boring.'],
      [undefined, 'What would help me? More choice.'],
    ]);
    expect(read(['School is fine.', 'Why do we have exams?', 'They stress me out.', '', 'Flex helps.', 'Who picks the electives?', 'Nobody asks us.'])).toEqual([
      [undefined, 'School is fine. Why do we have exams? They stress me out.'],
      [undefined, 'Flex helps. Who picks the electives? Nobody asks us.'],
    ]);
  });
});

describe('parseAuthorLine', () => {
  it('reads a line naming whose writing follows, and nothing else, as its author', () => {
    expect(parseAuthorLine('Name: Maya Lopez')).toEqual({ speaker: 'Maya Lopez', text: '', strong: true, author: true });
    expect(parseAuthorLine('**Student name:** Jordan O.')?.speaker).toBe('Jordan O.');
    expect(parseAuthorLine('Student: Priya Sharma')?.speaker).toBe('Priya Sharma');
  });

  it('leaves a turn, a sentence and a role alone', () => {
    expect(parseAuthorLine('Maya: Jordan Okafor')).toBeUndefined();
    expect(parseAuthorLine('Name: I forgot to write it')).toBeUndefined();
    expect(parseAuthorLine('Student: Maybe')).toBeUndefined();
    expect(parseAuthorLine('Student: Jordan')).toBeUndefined();
    expect(parseAuthorLine('Name: Facilitator')).toBeUndefined();
  });

  it('reads headings that name people in full as the heads of their parts, but not section headings', () => {
    const lines = (texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
    const speakers = (texts: string[]) => parseSpeakerLines(lines(texts), { file: 'c.md', markdown: true }).turns.map((t) => t.speaker);
    expect(speakers(['# Term 2 reflections', '## Maya Lopez', 'Art.', '## Jordan Okafor', 'Math.', '', 'Labs.'])).toEqual([
      'Maya Lopez',
      'Jordan Okafor',
      'Jordan Okafor',
    ]);
    // One name, section headings, or a heading that names no one among them: one writer's headings.
    expect(speakers(['## Maya Lopez', 'Art.'])).toEqual([undefined]);
    expect(speakers(['## Part One', 'Art.', '## Field Trip', 'Math.'])).toEqual([undefined, undefined]);
    expect(speakers(['## Maya Lopez', 'Art.', '## What went well', 'Math.', '## Jordan Okafor', 'Labs.'])).toEqual([undefined, undefined, undefined]);
  });

  it('heads a part of a document only with writing below it: a lone name under the writing is its signature', () => {
    const lines = ['I liked the flex block this term.', '', 'It gave me time for labs.', '', 'Name: Maya Lopez'].map((text, i) => ({ text, line: i + 1 }));
    expect(parseSpeakerLines(lines, { file: 'r.txt' })).toEqual({
      turns: [
        { text: 'I liked the flex block this term.', line: 1 },
        { text: 'It gave me time for labs.', line: 3 },
      ],
      warnings: [],
      authors: ['Maya Lopez'],
      written: true,
    });
  });
});

describe('readHeaderBlock', () => {
  it('ends above a `Name:` line that comes again further on: it heads the first writer’s part', () => {
    const lines = ['Date: March 14', 'Name: Maya Lopez', 'I liked it.', '', 'Name: Jordan Okafor', 'Me too.'];
    expect(readHeaderBlock(lines)).toEqual({ attributes: { date: 'March 14' }, start: 0, end: 1 });
    expect(readHeaderBlock(['Name: Maya Lopez', 'Grade: 11', '', 'I liked it.'])?.attributes).toEqual({ name: 'Maya Lopez', grade: '11' });
  });

  it('reads a grade alone on its line as the grade, as `Grade: 11` gives it, and a class named by its grade as no grade', () => {
    expect(readHeaderBlock(['Name: Maya Lopez', 'Grade 11', '', 'I liked it.'])?.attributes).toEqual({ name: 'Maya Lopez', grade: '11' });
    expect(readHeaderBlock(['Grade 9 student', '', 'I liked it.'])).toEqual({ attributes: { grade: '9' }, start: 0, end: 1 });
    expect(readHeaderBlock(['**Gr. 10**', 'School: Riverside', '', 'I liked it.'])?.attributes).toEqual({ grade: '10', school: 'Riverside' });
    // Under a writer's name, read as the title line above the block.
    expect(readHeaderBlock(['Maya Lopez', 'Grade 11', '', 'I liked it.'])).toEqual({ attributes: { grade: '11' }, start: 1, end: 2 });
    expect(readHeaderBlock(['Grade 11 English', '', 'I liked it.'])).toBeUndefined();
    expect(readHeaderBlock(['Grade 11 was the best year of my life.', '', 'I liked it.'])).toBeUndefined();
  });

  it('reads a header under a title and the blank line below it', () => {
    expect(readHeaderBlock(['Personal Learning Reflection', '', 'Name: Maya Lopez', 'Grade: 11', '', 'I liked it.'])).toEqual({
      attributes: { name: 'Maya Lopez', grade: '11' },
      start: 2,
      end: 4,
    });
  });

  it('reads `Key: value` lines at the top as attributes, under one title line, with name keys under the corpus names', () => {
    const lines = ['Focus group 3', '**Date:** March 14', 'Transcribed by: A. Nguyen', 'Attendees: Maya Lopez, Jordan Okafor', '', 'Maya: Hi.'];
    expect(readHeaderBlock(lines)).toEqual({
      attributes: { date: 'March 14', transcriber: 'A. Nguyen', participants: 'Maya Lopez, Jordan Okafor' },
      start: 1,
      end: 4,
    });
  });

  it("reads a name key alone on its line with the names below it, as Google Meet lists attendees, and nothing else so", () => {
    const meet = ['Focus group (2024-03-14 15:05 GMT-7) - Transcript', 'Attendees', 'Maya Lopez, Priya Sandhu', 'Transcript', '00:00:00', 'Maya Lopez: Hi.'];
    expect(readHeaderBlock(meet)).toEqual({ attributes: { participants: 'Maya Lopez, Priya Sandhu' }, start: 1, end: 3 });
    expect(readHeaderBlock(['Students', 'Maya: I liked it.', 'Jordan: Me too.'])).toBeUndefined();
    expect(readHeaderBlock(['Attendees', 'we talked about the bus.', 'Maya: Hi.'])).toBeUndefined();
  });

  it('reads every key that holds names, and who recorded the talk in full, so none of them becomes a turn', () => {
    // `Recorded: Dana Reyes` ended the header: it and the lines below it were read as turns, their names as a student's words.
    const lines = ['Grade 10 focus group', 'Date: March 14', 'Recorded: Dana Reyes', 'Transcribed by: Sam Whitfield', 'Recorder: Alex Moreau', 'Scribe: Lee Chen', '', 'Maya: Hi.'];
    expect(readHeaderBlock(lines)).toEqual({
      attributes: { date: 'March 14', recorded: 'Dana Reyes', transcriber: 'Sam Whitfield', recorder: 'Alex Moreau', scribe: 'Lee Chen' },
      start: 1,
      end: 6,
    });
    // When it was recorded, or with what, is a field too.
    expect(readHeaderBlock(['Recorded: March 14, 2024', 'Recorded by: Ms. Kaur', '', 'Maya: Hi.'])?.attributes).toEqual({ recorded: 'March 14, 2024', 'recorded-by': 'Ms. Kaur' });
  });

  it('reads a thing’s name as that thing, never as a person’s name: `School name: Riverside` is the school', () => {
    // A key ending in "name" held a person's name: the school was redacted from every text, and no attribute.
    const lines = ['School name: Riverside Secondary', 'Program name: Youth TRAIN', 'Facilitator name: Ms. Kaur', '', 'Maya: Hi.'];
    expect(readHeaderBlock(lines)).toEqual({
      attributes: { school: 'Riverside Secondary', program: 'Youth TRAIN', 'facilitator-name': 'Ms. Kaur' },
      start: 0,
      end: 3,
    });
  });

  it('ends at the first line a header does not have, so a turn after it stays a turn', () => {
    expect(readHeaderBlock(['Date: March 3', 'Maya: I liked it.', 'Jordan: Me too.'])).toEqual({ attributes: { date: 'March 3' }, start: 0, end: 1 });
    expect(readHeaderBlock(['Maya: I liked it.', 'Jordan: Me too.'])).toBeUndefined();
  });

  it('is no header when its keys are the talk: a role answering in words, a key used as a speaker further on', () => {
    expect(readHeaderBlock(['Student: I think it helped.', 'Teacher: Why?'])).toBeUndefined();
    expect(readHeaderBlock(['Teacher: Ready', 'Student: Maybe', 'Teacher: Okay, go on.', 'Student: Fine.'])).toBeUndefined();
    expect(readHeaderBlock(['Group: Yes!', 'Facilitator: Everyone agrees?', 'Group: Yes.'])).toBeUndefined();
    // A role named in full above its own turns is a header.
    expect(readHeaderBlock(['Facilitator: Ms. Kaur', '', 'Facilitator: Welcome.'])?.attributes).toEqual({ facilitator: 'Ms. Kaur' });
  });

  it('is no header when the value is a sentence: a student writing "Time: …" or "Subject: …"', () => {
    expect(readHeaderBlock(['Time: I never have enough of it, between my job and homework and practice.', '', 'School is fine.'])).toBeUndefined();
    expect(readHeaderBlock(['Subject: math is the worst!', '', 'I mean it.'])).toBeUndefined();
    // Short values, dates with dots and times are fields.
    expect(readHeaderBlock(['Date: 14.03.2024', 'Time: 10:30 a.m.', 'School: Willoughby Creek Secondary'])?.attributes).toEqual({
      date: '14.03.2024',
      time: '10:30 a.m.',
      school: 'Willoughby Creek Secondary',
    });
  });
});

describe('readText: speaker names without a colon', () => {
  const turns = (text: string) => {
    const content = readText(Buffer.from(text), ctx('fg.txt')).content as Transcript;
    return { written: content.written === true, turns: content.turns.map((t) => [t.speaker, t.text]) };
  };

  it('reads names in capitals alone above the words, as a screenplay sets them, as speakers', () => {
    // They ran into one author's reflection: "MAYA I think it's more fair", her name in the responses,
    // the facilitator's questions coded as a student's answers.
    const script = ['FACILITATOR', 'What do you think of the new grading?', '', 'MAYA', 'It is more fair.', '', 'JORDAN', "I don't get it yet.", 'The scale is confusing.', '', 'MAYA', 'Me neither at first.'].join('\n');
    expect(turns(script)).toEqual({
      written: false,
      turns: [
        ['FACILITATOR', 'What do you think of the new grading?'],
        ['MAYA', 'It is more fair.'],
        ['JORDAN', "I don't get it yet. The scale is confusing."],
        ['MAYA', 'Me neither at first.'],
      ],
    });
  });

  it('leaves headings in capitals in writing, a class’s template whose prompts come back with no role among them', () => {
    const sheets = ['READING', 'I read three novels this term.', '', 'WRITING', 'I wrote a story.', '', 'READING', 'I liked the graphic novels.', '', 'WRITING', 'Poems were hard.'].join('\n');
    expect(turns(sheets).written).toBe(true);
    expect(turns(sheets).turns.every(([speaker]) => speaker === undefined)).toBe(true);
  });
});

describe("a reflection headed by its writer's name, a blank line, then a title right above the text", () => {
  it('takes the name as the author and drops the title, never the first words of the first answer', () => {
    const result = readText(
      Buffer.from('Maya Lopez\n\nMy reflection\nThis term I learned that I work better when I plan my week on Sunday night.\n\nThe flex block helped me catch up on math.\n'),
      { file: 'reflections/sheet-4.txt', config: {} },
    );
    const content = result.content as Transcript;
    expect(content.attributes).toMatchObject({ author: 'Maya Lopez' });
    expect(content.turns.map((t) => t.text)).toEqual([
      'This term I learned that I work better when I plan my week on Sunday night.',
      'The flex block helped me catch up on math.',
    ]);
    expect(content.turns[0]!.line).toBe(4);
  });
});
