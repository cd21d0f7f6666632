import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus, looseQuestionKey } from '../../src/corpus/build-corpus.js';
import type { FileRead } from '../../src/corpus/read-files.js';
import type { Column, Table, Transcript } from '../../src/model.js';
import { readDocx } from '../../src/readers/docx.js';
import { readText } from '../../src/readers/text.js';
import { readVtt } from '../../src/readers/vtt.js';

const col = (index: number, header: string, role: Column['role'], attribute?: string): Column => ({
  index,
  header,
  role,
  reason: 'test',
  ...(attribute ? { attribute } : {}),
});

function table(columns: Column[], rows: string[][], isRoster = false): Table {
  return { type: 'table', columns, rows: rows.map((cells, i) => ({ row: i + 1, line: i + 2, cells })), isRoster };
}

const read = (id: string, content: Table | Transcript): FileRead => ({
  id,
  format: id.split('.').pop()!,
  status: 'read',
  result: { format: id.split('.').pop()!, encoding: 'utf-8', content, warnings: [] },
});

const sheet = table(
  [col(0, 'id', 'id'), col(1, 'Gender', 'attribute', 'gender'), col(2, 'What else could schools do?', 'text'), col(3, 'What are the barriers?', 'text')],
  [
    ['S1', 'F', 'More electives', 'Money'],
    ['S2', 'boy', '', 'Time tables'],
    ['S3', '', '', ''],
  ],
);

const roster = table(
  [col(0, 'id', 'id'), col(1, 'name', 'name'), col(2, 'gender', 'attribute', 'gender'), col(3, 'grade', 'attribute', 'grade')],
  [
    ['FG1', 'Priya Sandhu', 'girl', 'Gr 11'],
    ['S2', 'Marcus', 'M', '10'],
  ],
  true,
);

const transcript: Transcript = {
  type: 'transcript',
  attributes: { school: 'Brookswood Secondary', facilitator: 'Ms. Kaur', date: '2016-12-08' },
  turns: [
    { speaker: 'Ms. Kaur', text: 'What else could schools do?', line: 7 },
    { speaker: 'Priya', text: 'Flex blocks. Marcus said the same thing.', line: 8 },
    { speaker: 'Marcus', text: 'Yeah, more choice.', line: 9 },
    { speaker: 'Dev', text: 'I agree with Priya.', line: 10 },
  ],
};

describe('buildCorpus', () => {
  const corpus = buildCorpus('forum', [read('focus.txt', transcript), read('roster.csv', roster), read('sheets.csv', sheet)], { config: {} });

  it('makes one response per non-blank answer and per student turn, with stable ids', () => {
    expect(corpus.responses.map((r) => [r.id, r.participantId, r.questionId ?? null])).toEqual([
      ['focus.txt:t2', 'FG1', null],
      ['focus.txt:t3', 'S2', null],
      ['focus.txt:t4', 'T1-S1', null],
      ['sheets.csv:r1:q1', 'S1', 'q1'],
      ['sheets.csv:r1:q2', 'S1', 'q2'],
      ['sheets.csv:r2:q2', 'S2', 'q2'],
    ]);
    expect(corpus.questions).toEqual([
      { id: 'q1', text: 'What else could schools do?' },
      { id: 'q2', text: 'What are the barriers?' },
    ]);
  });

  it('keeps facilitator turns as context only', () => {
    expect(corpus.context.map((r) => r.id)).toEqual(['focus.txt:t1']);
  });

  it('joins people across roster, sheets and transcripts, counting each once', () => {
    const students = corpus.participants.filter((p) => p.role === 'student');
    expect(students.map((p) => p.id)).toEqual(['FG1', 'S1', 'S2', 'S3', 'T1-S1']);
    const s2 = corpus.participants.find((p) => p.id === 'S2')!;
    expect(s2.attributes).toEqual({
      gender: 'Male',
      grade: '10',
      school: 'Brookswood Secondary',
      'source.school': 'Brookswood Secondary',
      'source.date': '2016-12-08',
    });
    expect(s2.sources).toEqual(['focus.txt', 'roster.csv', 'sheets.csv']);
  });

  it('de-identifies every text: roster and speaker names become [name]', () => {
    const texts = [...corpus.responses, ...corpus.context].map((r) => r.text).join('\n');
    expect(texts).not.toMatch(/Priya|Marcus|Kaur/);
    expect(corpus.responses.find((r) => r.id === 'focus.txt:t2')!.text).toBe('Flex blocks. [name] said the same thing.');
  });

  it('accounts for sheets, empty sheets and turns per source', () => {
    expect(corpus.sources.map((s) => [s.id, s.kind, s.sheets, s.emptySheets, s.turns, s.responses])).toEqual([
      ['focus.txt', 'transcript', 0, 0, 4, 3],
      ['roster.csv', 'roster', 2, 0, 0, 0],
      ['sheets.csv', 'sheet', 3, 1, 0, 3],
    ]);
  });

  it('keeps front-matter names out of source attributes', () => {
    expect(corpus.sources[0].attributes).toEqual({ school: 'Brookswood Secondary', date: '2016-12-08' });
  });

  it('treats name-holding front-matter keys as names to redact, never as attributes', () => {
    const reflection: Transcript = {
      type: 'transcript',
      attributes: { name: 'Maya Lopez', teacher: 'Mr Dhillon', 'student-name': 'Maya L', program: 'Pathways' },
      turns: [{ speaker: '', text: 'Maya here. Mr Dhillon and Lopez family night helped.', line: 5 }],
    };
    const c = buildCorpus('forum', [read('reflection.docx', reflection)], { config: {} });
    expect(c.sources[0]!.attributes).toEqual({ program: 'Pathways' });
    expect(c.responses[0]!.text).toBe('[name] here. [name] and [name] family night helped.');
  });

  it("links each writer of a class's reflections in one document (`Name: …` parts) to the roster, and redacts them", async () => {
    const file = path.resolve(import.meta.dirname, '../../fixtures/readers/docx/class-sections/input.docx');
    const exitTickets = await readDocx(readFileSync(file), { file: 'exit-tickets.docx', config: {} });
    const classRoster = table(
      [col(0, 'id', 'id'), col(1, 'name', 'name'), col(2, 'grade', 'attribute', 'grade')],
      [
        ['S01', 'Maya Lopez', '11'],
        ['S02', 'Jordan Okafor', '11'],
        ['S03', 'Priya Sharma', '12'],
      ],
      true,
    );
    const c = buildCorpus('class', [read('exit-tickets.docx', exitTickets.content as Transcript), read('roster.csv', classRoster)], { config: {} });
    expect(c.responses.map((r) => [r.participantId, r.text])).toEqual([
      ['S01', 'I learned to plan my week with the learning plan, and I finished my science project on time.'],
      ['S01', 'Next term I will plan my practice for the week on Mondays.'],
      ['S02', 'Working with [name] on the podcast helped me understand the history unit better.'],
      ['S03', 'The check-ins with my teacher every Friday kept me on track.'],
      ['S03', 'I want to ask for help sooner instead of waiting.'],
    ]);
  });

  it('treats keys written with spaces, attendee lists and `… by` keys as names too', () => {
    // YAML keeps a key's spaces; a meeting tool's header lists attendees.
    const fg: Transcript = {
      type: 'transcript',
      attributes: { 'transcribed by': 'A. Nguyen', attendees: 'Maya Lopez, Jordan Okafor', interviewed_by: 'Dana Reyes', site: 'Brookswood' },
      turns: [
        { speaker: 'Facilitator', text: 'What helps?', line: 6 },
        { speaker: 'Maya', text: 'Art, and Jordan says math help. Thanks A. Nguyen!', line: 7 },
      ],
    };
    const c = buildCorpus('forum', [read('fg.txt', fg)], { config: {} });
    expect(c.sources[0]!.attributes).toEqual({ site: 'Brookswood' });
    expect(c.participants.map((p) => [p.id, p.attributes])).toEqual([['T1-F1', {}], ['T1-S1', { 'source.site': 'Brookswood' }]]);
    expect(c.responses[0]!.text).toBe('Art, and [name] says math help. Thanks [name]!');
  });

  it('treats a key saying who recorded or typed the talk as names when its value names someone in full', () => {
    // `Recorded: Dana Reyes` was kept as the group's attribute, and her name printed in analysis.json and inspect.
    const fg: Transcript = {
      type: 'transcript',
      attributes: { recorded: 'Dana Reyes', typed: 'Ms. Kaur', edited: 'Zoom', prepared: 'March 14', reviewed: 'Google Meet', site: 'Brookswood' },
      turns: [
        { speaker: 'Facilitator', text: 'What helps?', line: 6 },
        { speaker: 'Maya', text: 'Art. Dana and Ms. Kaur set it up on Zoom.', line: 7 },
      ],
    };
    const c = buildCorpus('forum', [read('fg.txt', fg)], { config: {} });
    // A date, a tool and a name alone are what was done and with what, not who: they stay attributes.
    expect(c.sources[0]!.attributes).toEqual({ edited: 'Zoom', prepared: 'March 14', reviewed: 'Google Meet', site: 'Brookswood' });
    expect(c.responses[0]!.text).toBe('Art. [name] and [name] set it up on Zoom.');
  });

  it('treats keys that name an adult’s role (Principal, Vice Principal, Support staff, Elder) as names too', () => {
    // A transcript's details table names the adults in the room; their names are no attribute of the group.
    const fg: Transcript = {
      type: 'transcript',
      attributes: { principal: 'Mr. Dhillon', 'vice-principal': 'Dana Reyes', 'support staff': 'Kevin Osei', elder: 'Mary Thomas', parent: 'yes', site: 'Brookswood' },
      turns: [
        { speaker: 'Facilitator', text: 'What helps?', line: 6 },
        { speaker: 'Maya', text: 'Art, and Kevin helps with math. Mary told us stories.', line: 7 },
      ],
    };
    const c = buildCorpus('forum', [read('fg.txt', fg)], { config: {} });
    // A value that is no name (a parent's consent) stays an attribute, and is never taken from the texts.
    expect(c.sources[0]!.attributes).toEqual({ parent: 'yes', site: 'Brookswood' });
    expect(c.participants.map((p) => [p.id, p.attributes])).toEqual([['T1-F1', {}], ['T1-S1', { 'source.parent': 'Yes', 'source.site': 'Brookswood' }]]);
    expect(c.responses[0]!.text).toBe('Art, and [name] helps with math. [name] told us stories.');
  });

  it('warns, without naming them, about a speaker missing from the roster', () => {
    expect(corpus.warnings).toEqual([
      { file: 'focus.txt', line: 10, message: 'speaker has no roster entry; counted as participant T1-S1 with unknown demographics' },
    ]);
  });
});

describe('buildCorpus: names outside the speaker labels', () => {
  const interview: Transcript = {
    type: 'transcript',
    attributes: {},
    turns: [
      { speaker: 'Interviewer', text: 'Who helps you?', line: 1 },
      { speaker: 'FG1', text: 'Marcus does, and Sandhu is my cousin’s name too; small classes help.', line: 2 },
    ],
  };
  const people = table(
    [col(0, 'id', 'id'), col(1, 'name', 'name')],
    [
      ['FG1', 'Priya Sandhu'],
      ['S2', 'Marcus Small'],
    ],
    true,
  );
  const corpus = buildCorpus(
    'forum',
    [read('interviews/Priya_Sandhu.txt', interview), read('interviews/Marcus.txt', interview), read('interviews/priya-sandhu-notes.txt', interview), read('roster.csv', people)],
    { config: {} },
  );

  it("redacts the short forms of a roster's given names, in any case where they are no word, in texts and file names", () => {
    const rosterOfTwo = table(
      [col(0, 'id', 'id'), col(1, 'name', 'name')],
      [
        ['S1', "O'Brien, Katherine"],
        ['S2', 'William MacDonald'],
      ],
      true,
    );
    const talk: Transcript = {
      type: 'transcript',
      attributes: {},
      turns: [
        { speaker: 'Facilitator', text: 'What helps you learn?', line: 1 },
        { speaker: 'Katherine', text: 'Katie and Will said so. Will we get time? I will ask kate.', line: 2 },
        { speaker: 'William', text: 'Yes.', line: 3 },
      ],
    };
    const built = buildCorpus('forum', [read('KateOBrien-group.txt', talk), read('roster.csv', rosterOfTwo)], { config: {} });
    expect(built.responses.map((r) => r.text)).toEqual(['[name] and [name] said so. Will we get time? I will ask [name].', 'Yes.']);
    expect(built.sources.map((s) => s.id)).toEqual(['[name]-group.txt', 'roster.csv']);
  });

  it('redacts a roster first name or surname used alone, but a surname that is a word only when capitalised', () => {
    expect(corpus.responses[0]!.text).toBe('[name] does, and [name] is my cousin’s name too; small classes help.');
  });

  it('publishes files named after a participant with [name] in every id, told apart and warned about', () => {
    // Marcus.txt comes first in id order, so it keeps the plain published name.
    const published = ['interviews/[name] (2).txt', 'interviews/[name]-notes.txt', 'interviews/[name].txt'];
    expect(corpus.sources.map((s) => s.id)).toEqual([...published, 'roster.csv']);
    expect(corpus.responses.map((r) => [r.id, r.sourceId])).toEqual([
      ['interviews/[name] (2).txt:t2', 'interviews/[name] (2).txt'],
      ['interviews/[name].txt:t2', 'interviews/[name].txt'],
      ['interviews/[name]-notes.txt:t2', 'interviews/[name]-notes.txt'],
    ]);
    expect(corpus.context.map((r) => r.sourceId)).toEqual(['interviews/[name] (2).txt', 'interviews/[name].txt', 'interviews/[name]-notes.txt']);
    expect(corpus.participants.find((p) => p.id === 'FG1')!.sources).toEqual([...published, 'roster.csv']);
    // Participant.name is private (kept to link and redact; writers never print it).
    expect(JSON.stringify(corpus, (key, value: unknown) => (key === 'name' ? undefined : value))).not.toMatch(/priya|sandhu|marcus/i);
    expect(corpus.warnings.filter((w) => w.message.includes("file's name")).map((w) => w.file)).toEqual(published);
  });
});

describe('buildCorpus: answers that are not answers', () => {
  const sheet = table(
    [col(0, 'id', 'id'), col(1, 'What would you change?', 'text'), col(2, 'Anything else?', 'text')],
    [
      ['S1', 'A later start', 'N/A'],
      ['S2', 'nothing', '-'],
      ['S3', 'n/a', 'Prefer not to say'],
    ],
  );
  const corpus = buildCorpus('forum', [read('sheet.csv', sheet)], { config: {} });

  it('leaves "n/a", "-" and "prefer not to say" out of the responses, and counts a sheet of them as empty; "nothing" is an answer', () => {
    expect(corpus.responses.map((r) => [r.participantId, r.text])).toEqual([
      ['S1', 'A later start'],
      ['S2', 'nothing'],
    ]);
    expect(corpus.sources[0]).toMatchObject({ sheets: 3, emptySheets: 1, responses: 2 });
  });
});

describe('buildCorpus: transcriber\'s notes', () => {
  it('counts a turn that is only a note ("[laughs]", "(inaudible)") as a turn but not a response; the speaker still took part', () => {
    const fg: Transcript = {
      type: 'transcript',
      attributes: {},
      turns: [
        { speaker: 'Maya', text: 'A later start.', line: 1 },
        { speaker: 'Jordan', text: '[laughs]', line: 2 },
        { speaker: 'Maya', text: '(inaudible) [crosstalk].', line: 3 },
        { speaker: 'Maya', text: 'Smaller classes [laughs] too.', line: 4 },
      ],
    };
    const corpus = buildCorpus('forum', [read('fg.txt', fg)], { config: {} });
    expect(corpus.responses.map((r) => r.text)).toEqual(['A later start.', 'Smaller classes [laughs] too.']);
    expect(corpus.sources[0]).toMatchObject({ turns: 4, responses: 2 });
    expect(corpus.participants.map((p) => p.id)).toEqual(['T1-S1', 'T1-S2']);
  });
});

describe('buildCorpus: turns without a speaker in a transcript that names its speakers', () => {
  // As the SRT reader reads a captioning service's file: "- Same here." is someone other than Annika.
  const captions: Transcript = {
    type: 'transcript',
    attributes: {},
    turns: [
      { text: '(background music)', line: 3 },
      { speaker: 'FACILITATOR', text: 'What has the flex block been like?', line: 7 },
      { speaker: 'Annika', text: 'I use it for the art room.', line: 12 },
      { text: 'Same here.', line: 17 },
      { text: 'I go to math help.', line: 18 },
      { speaker: 'Annika', text: 'Every Wednesday.', line: 22 },
    ],
  };
  const people = table([col(0, 'id', 'id'), col(1, 'name', 'name'), col(2, 'grade', 'attribute', 'grade')], [['P3', 'Annika Berg', '10']], true);
  const corpus = buildCorpus('forum', [read('roster.csv', people), read('captions.srt', captions)], { config: {} });

  it('gives them one unidentified speaker per file, never the named student before them nor a roster student', () => {
    expect(corpus.responses.map((r) => [r.participantId, r.text])).toEqual([
      ['P3', 'I use it for the art room.'],
      ['T1-U', 'Same here.'],
      ['T1-U', 'I go to math help.'],
      ['P3', 'Every Wednesday.'],
    ]);
    // A note before anyone speaks makes no participant: nobody is known to have spoken.
    expect(corpus.participants.map((p) => [p.id, p.role, p.attributes])).toEqual([
      ['P3', 'student', { grade: '10' }],
      ['T1-F1', 'facilitator', {}],
      ['T1-U', 'student', {}],
    ]);
    expect(corpus.sources.find((s) => s.id === 'captions.srt')).toMatchObject({ turns: 6, responses: 4 });
  });

  it('says once per file, by line, how many turns had no name', () => {
    expect(corpus.warnings).toContainEqual({
      file: 'captions.srt',
      line: 17,
      message: '2 turns have no speaker\'s name (lines 17, 18); counted as one unidentified student, T1-U, with unknown demographics',
    });
  });
});

describe('buildCorpus: adults labelled by role', () => {
  const text = [
    'Facilitator: What is helping you learn this year?',
    'Maya: Honestly the flex block.',
    'Teacher (Ms. Chen): Just to add context, the counsellors run the flex block.',
    'Principal: We are working with the district on bus times.',
    'Vice Principal: And on the timetable.',
    'Youth Worker: Some of them come to drop-in too.',
    'Parent: My son says the same.',
    'Jordan: The science project.',
  ].join('\n');
  const fg = readText(Buffer.from(text), { file: 'fg.txt', config: {} });
  const corpus = buildCorpus('forum', [{ id: 'fg.txt', format: 'txt', status: 'read', result: fg }], { config: {} });

  it('keeps their turns as context, never a student response, and does not take a role for a name', () => {
    expect(corpus.responses.map((r) => [r.participantId, r.text])).toEqual([
      ['T1-S1', 'Honestly the flex block.'],
      ['T1-S2', 'The science project.'],
    ]);
    expect(corpus.context.map((r) => r.text)).toEqual([
      'What is helping you learn this year?',
      'Just to add context, the counsellors run the flex block.',
      'We are working with the district on bus times.',
      'And on the timetable.',
      'Some of them come to drop-in too.',
      'My son says the same.',
    ]);
    expect(corpus.participants.filter((p) => p.role === 'student').map((p) => p.id)).toEqual(['T1-S1', 'T1-S2']);
    // "Principal" is a role, not a name to redact; the name in the aside is one.
    expect(corpus.context[2]!.text).not.toContain('[name]');
    expect(corpus.warnings.map((w) => w.message)).not.toContainEqual(expect.stringContaining('no facilitator found'));
  });
});

describe('buildCorpus: a group speaking at once, and an unknown speaker', () => {
  const text = [
    'Facilitator: What is helping you learn this year?',
    'Maya: Honestly the flex block.',
    'All: [laughter]',
    'Jordan: The science project.',
    'Everyone: Homework!',
    'Both: Yeah.',
    'Several students: The bus!',
    'Unknown Speaker: Smaller classes.',
    'Maya: Me too.',
  ].join('\n');
  const fg = readText(Buffer.from(text), { file: 'fg.txt', config: {} });
  const corpus = buildCorpus('forum', [{ id: 'fg.txt', format: 'txt', status: 'read', result: fg }], { config: {} });

  it('reads a group label as its own turn, never the speaker before it, and keeps it as context, not a student', () => {
    expect(fg.content.type === 'transcript' && fg.content.turns.map((t) => t.speaker)).toEqual([
      'Facilitator', 'Maya', 'All', 'Jordan', 'Everyone', 'Both', 'Several students', 'Unknown Speaker', 'Maya',
    ]);
    expect(corpus.responses.map((r) => [r.participantId, r.text])).toEqual([
      ['T1-S1', 'Honestly the flex block.'],
      ['T1-S2', 'The science project.'],
      ['T1-U', 'Smaller classes.'],
      ['T1-S1', 'Me too.'],
    ]);
    expect(corpus.context.map((r) => r.text)).toEqual(['What is helping you learn this year?', '[laughter]', 'Homework!', 'Yeah.', 'The bus!']);
    expect(corpus.participants.map((p) => [p.id, p.role])).toEqual([
      ['T1-F1', 'facilitator'],
      ['T1-G', 'group'],
      ['T1-S1', 'student'],
      ['T1-S2', 'student'],
      ['T1-U', 'student'],
    ]);
  });

  it('gives the group turns a participant of their own, role group, so that every turn points at a listed participant', () => {
    expect(corpus.context.map((r) => r.participantId)).toEqual(['T1-F1', 'T1-G', 'T1-G', 'T1-G', 'T1-G']);
    const listed = new Set(corpus.participants.map((p) => p.id));
    expect([...corpus.responses, ...corpus.context].filter((r) => !listed.has(r.participantId))).toEqual([]);
  });

  it('says once per file how many turns were a group\'s, and reads Unknown Speaker as the unidentified speaker', () => {
    expect(corpus.warnings.map((w) => [w.line, w.message])).toEqual([
      [8, "1 turn has no speaker's name (line 8); counted as one unidentified student, T1-U, with unknown demographics"],
      [3, "4 turns are labelled as several people speaking at once (All, Everyone, Both, Several students; lines 3, 5, 6, 7); kept as context, not counted or coded as any student's"],
    ]);
  });
});

describe('buildCorpus: a question over a run of the facilitator’s turns', () => {
  const asked = (file: string, text: string) => {
    const result = file.endsWith('.vtt') ? readVtt(Buffer.from(text), { file, config: {} }) : readText(Buffer.from(text), { file, config: {} });
    return buildCorpus('forum', [{ id: file, format: file.split('.').pop()!, status: 'read', result }], { config: {} }).responses.map((r) => [r.text, r.asked ?? null]);
  };

  it('ties the answer in a text transcript to the last question asked, joined where one sentence is cut across two turns', () => {
    const text = [
      'Facilitator: Thanks for coming. How has the learning plan felt so far?',
      'Maya: Better than I expected, I like my own pace.',
      'Facilitator: OK, next one.',
      'Interviewer: What would help you most?',
      'Jordan: More time with the teacher when I am stuck.',
      'Facilitator: Great, thank you.',
      'Interviewer: And if you could change one thing about the',
      'Facilitator: schedule, what would it be?',
      'Priya: Later start times, I am always tired in first period.',
    ].join('\n');
    expect(asked('split.txt', text)).toEqual([
      ['Better than I expected, I like my own pace.', 'How has the learning plan felt so far?'],
      ['More time with the teacher when I am stuck.', 'What would help you most?'],
      ['Later start times, I am always tired in first period.', 'And if you could change one thing about the schedule, what would it be?'],
    ]);
  });

  it('does the same in captions, whose cues cut the facilitator’s sentence or two facilitators take turns', () => {
    const cue = (n: number, text: string) => `00:00:${String(n * 3).padStart(2, '0')}.000 --> 00:00:${String(n * 3 + 2).padStart(2, '0')}.000\n${text}\n`;
    const vtt = [
      'WEBVTT\n',
      cue(1, 'Facilitator: Thanks for coming. How has the learning plan felt so far?'),
      cue(2, 'Maya: Better than I expected, I like my own pace.'),
      cue(3, 'Facilitator: OK, next one.'),
      cue(4, 'Interviewer: What would help you most?'),
      cue(5, 'Jordan: More time with the teacher when I am stuck.'),
      cue(6, 'Interviewer: And if you could change one thing about the'),
      cue(7, 'Facilitator: schedule, what would it be?'),
      cue(8, 'Priya: Later start times, I am always tired in first period.'),
      cue(9, 'Facilitator: Last one. Which class would you'),
      cue(10, 'Facilitator: keep exactly as it is?'),
      cue(11, 'Maya: Art, because we choose our own projects.'),
    ].join('\n');
    expect(asked('split.vtt', vtt)).toEqual([
      ['Better than I expected, I like my own pace.', 'How has the learning plan felt so far?'],
      ['More time with the teacher when I am stuck.', 'What would help you most?'],
      ['Later start times, I am always tired in first period.', 'And if you could change one thing about the schedule, what would it be?'],
      ['Art, because we choose our own projects.', 'Which class would you keep exactly as it is?'],
    ]);
  });
});

describe('buildCorpus: the question each turn answers', () => {
  const text = [
    'Facilitator: Thanks for coming, everyone.',
    'Maya: Happy to be here.',
    "Facilitator: Jordan, what makes learning harder? Take your time.",
    'Jordan: Tests. My stomach hurts before tests.',
    'Maya: Same.',
    'Facilitator: Fair enough.',
    'All: [laughter]',
    'Priya: And comparing marks after.',
    'Facilitator: Okay. Tell me about a teacher who helped you.',
    'Jordan: Mr Dhillon, in grade 9.',
  ].join('\n');
  const fg = readText(Buffer.from(text), { file: 'fg.txt', config: {} });
  const corpus = buildCorpus('forum', [{ id: 'fg.txt', format: 'txt', status: 'read', result: fg }], { config: {} });

  it("gives each student's turn the facilitator's last question, de-identified, until the next; none before the first", () => {
    expect(corpus.responses.map((r) => [r.text, r.asked ?? null])).toEqual([
      ['Happy to be here.', null],
      ['Tests. My stomach hurts before tests.', '[name], what makes learning harder?'],
      ['Same.', '[name], what makes learning harder?'],
      ['And comparing marks after.', '[name], what makes learning harder?'],
      ['[name], in grade 9.', 'Tell me about a teacher who helped you.'],
    ]);
  });

  it('redacts the names the facilitator calls students by, labelled S1, S2 …, wherever written', () => {
    const labelled = [
      'Facilitator: Kiara, what gets in the way?',
      'S1: Tests. Tomasz said the same.',
      'Facilitator: What about you, Tomasz? Anything about technology?',
      'S2: One laptop cart for the whole grade.',
    ].join('\n');
    const read = readText(Buffer.from(labelled), { file: 'fg2.txt', config: {} });
    const c = buildCorpus('forum', [{ id: 'fg2.txt', format: 'txt', status: 'read', result: read }], { config: {} });
    expect(c.responses.map((r) => [r.text, r.asked])).toEqual([
      ['Tests. [name] said the same.', '[name], what gets in the way?'],
      ['One laptop cart for the whole grade.', 'What about you, [name]? Anything about technology?'],
    ]);
  });

  it('asks nothing of a written reflection, whose template prompts are its questions', () => {
    const written = readText(Buffer.from('What helped you most?\n\nThe flex block. Was it enough? No.\n'), { file: 'reflection.txt', config: {} });
    const c = buildCorpus('forum', [{ id: 'reflection.txt', format: 'txt', status: 'read', result: written }], { config: {} });
    expect(c.responses.length).toBeGreaterThan(0);
    expect(c.responses.filter((r) => r.asked !== undefined)).toEqual([]);
  });
});

describe('buildCorpus: a Google Meet transcript\'s attendees', () => {
  const text = [
    'Grade 10 focus group (2024-03-14 15:05 GMT-7) - Transcript',
    'Attendees',
    'Harpreet Kaur, Jordan Okafor, Maya Lopez, Priya Sandhu',
    'Transcript',
    'This editable transcript was computer generated and might contain errors. People can also change the text after it was created.',
    '00:00:00',
    '',
    'Harpreet Kaur: What is working for you?',
    'Jordan Okafor: The flex blocks. Sandhu and me study there, priya knows math.',
    'Maya Lopez: I sit with Priya at lunch.',
  ].join('\n');
  const fg = readText(Buffer.from(text), { file: 'meet.txt', config: {} });
  const corpus = buildCorpus('forum', [{ id: 'meet.txt', format: 'txt', status: 'read', result: fg }], { config: {} });

  it('redacts an attendee who never speaks wherever the talk names them, and reads the header as no one\'s words', () => {
    expect([...corpus.responses, ...corpus.context].map((r) => r.text)).toEqual([
      'What is working for you?',
      'The flex blocks. [name] and me study there, [name] knows math.',
      'I sit with [name] at lunch.',
    ]);
    expect(fg.warnings).toEqual([]);
  });
});

describe('buildCorpus: an interview labelled Q: and A:', () => {
  const fg = readText(Buffer.from('Q: What helps?\nA: I have a flex block.\nQ: And?\nA: A tutor.\n'), { file: 'i.txt', config: {} });
  const corpus = buildCorpus('forum', [{ id: 'i.txt', format: 'txt', status: 'read', result: fg }], { config: {} });

  it("keeps the questions as context and the answers as one student's, and never takes a letter for a name", () => {
    expect(corpus.responses.map((r) => [r.participantId, r.text])).toEqual([
      ['T1-S1', 'I have a flex block.'],
      ['T1-S1', 'A tutor.'],
    ]);
    expect(corpus.context.map((r) => r.text)).toEqual(['What helps?', 'And?']);
  });
});

describe('buildCorpus: --facilitator', () => {
  const fg = readText(Buffer.from('Kaur, Harpreet: Tell me what helps.\nLopez, Maya: The flex block.\nOkafor, Jordan: Projects.\n'), { file: 'fg.txt', config: {} });
  const reads = [{ id: 'fg.txt', format: 'txt', status: 'read' as const, result: fg }];

  it('warns of a name that matches no speaker ("Ms. Kaur" is not taken for a speaker named Kaur, who may be a student)', () => {
    const found = buildCorpus('forum', reads, { config: {}, facilitators: ['Harpreet Kaur'] });
    expect(found.context.map((r) => r.text)).toEqual(['Tell me what helps.']);
    expect(found.warnings).toEqual([]);
    const surname = buildCorpus('forum', reads, { config: {}, facilitators: ['Ms. Kaur'] });
    expect(surname.warnings.map((w) => w.message)).toContainEqual(
      'the 1st facilitator name given (with --facilitator or `facilitators:` in reflect.config.yml) matches no speaker in any transcript; check its spelling against the speakers `reflect inspect` lists',
    );
    const typo = buildCorpus('forum', reads, { config: { facilitators: ['Ms. Kuar'] } });
    expect(typo.warnings.map((w) => w.message)).toContainEqual(
      'the 1st facilitator name given (with --facilitator or `facilitators:` in reflect.config.yml) matches no speaker in any transcript; check its spelling against the speakers `reflect inspect` lists',
    );
  });
});

describe('buildCorpus: a checkbox question', () => {
  it('holds each chosen option as one of the student\'s values', () => {
    const supports: Column = { ...col(1, 'Which supports have you used?', 'attribute', 'supports'), multiSelect: true };
    const sheet = table([col(0, 'id', 'id'), supports, col(2, 'What helps?', 'text')], [['S1', 'Youth worker, Counsellor', 'Time to talk']]);
    const corpus = buildCorpus('forum', [read('sheet.csv', sheet)], { config: {} });
    expect(corpus.participants[0]!.attributes).toEqual({ supports: 'Counsellor; Youth worker' });
  });

  it('reads options one to a line (Jotform) as several values too', () => {
    const supports: Column = { ...col(1, 'Which supports have you used?', 'attribute', 'supports'), multiSelect: true };
    const sheet = table([col(0, 'id', 'id'), supports, col(2, 'What helps?', 'text')], [['S1', 'Youth worker\nCounsellor', 'Time to talk']]);
    const corpus = buildCorpus('forum', [read('sheet.csv', sheet)], { config: {} });
    expect(corpus.participants[0]!.attributes).toEqual({ supports: 'Counsellor; Youth worker' });
  });

  it('keeps a comma inside an option\'s brackets or before its example as the option\'s own', () => {
    const activities: Column = { ...col(1, 'Which activities? (check all that apply)', 'attribute', 'activities'), multiSelect: true };
    const sheet = table([col(0, 'id', 'id'), activities, col(2, 'What helps?', 'text')], [['S1', 'Arts (music, drama, visual art), Sports, Clubs, e.g. robotics or debate', 'Time to talk']]);
    const corpus = buildCorpus('forum', [read('sheet.csv', sheet)], { config: {} });
    expect(corpus.participants[0]!.attributes).toEqual({ activities: 'Arts (music, drama, visual art); Clubs, e.g. robotics or debate; Sports' });
  });

  it('splits every comma where brackets do not pair up, and reads "Like …" as an option of its own', () => {
    const activities: Column = { ...col(1, 'Which activities? (check all that apply)', 'attribute', 'activities'), multiSelect: true };
    const sheet = table(
      [col(0, 'id', 'id'), activities, col(2, 'What helps?', 'text')],
      [
        ['S1', 'Part-time job (weekends, Sports, Clubs', 'Time'],
        ['S2', 'Sports, Like none really :(', 'Time'],
      ],
    );
    const corpus = buildCorpus('forum', [read('sheet.csv', sheet)], { config: {} });
    expect(corpus.participants.map((p) => p.attributes.activities)).toEqual(['Clubs; Part-time job (weekends; Sports', 'Like none really :(; Sports']);
  });
});

describe('buildCorpus: names that are not written out in full', () => {
  const roster = table(
    [col(0, 'First name', 'name'), col(1, 'Last name', 'name'), col(2, 'Grade', 'attribute', 'grade')],
    [
      ['Maya', 'Lopez', '10'],
      ['Priya', 'Sandhu', '11'],
      ['Priya', 'Patel', '12'],
      ['Jordan', 'Okafor', '11'],
    ],
    true,
  );
  const survey = table(
    [col(0, 'Student name', 'name'), col(1, 'What helps?', 'text')],
    [
      ['maya lopez', 'Flex time'],
      ['Priya S.', 'Counsellors'],
      ['Jordan', 'Smaller classes'],
      ['Priya', 'Later start'],
      ['Sam Tran', 'Electives'],
    ],
  );
  const corpus = buildCorpus('forum', [read('survey.csv', survey), read('roster.csv', roster)], { config: {} });
  const grades = corpus.responses.map((r) => corpus.participants.find((p) => p.id === r.participantId)!.attributes.grade ?? null);

  it('links a first name, or a first name and initial, to the one roster student it fits; never a name two share', () => {
    expect(grades).toEqual(['10', '11', '11', null, null]);
  });

  it('reports the rows whose name is not on the roster once per sheet, by row and never by name', () => {
    expect(corpus.warnings).toEqual([
      { file: 'survey.csv', message: '2 rows name students not on the roster (rows 4, 5); counted as new students with unknown demographics' },
      // Priya Patel wrote nothing.
      { file: 'roster.csv', message: '1 student on the roster appears in no sheet or transcript; not counted as taking part' },
    ]);
    expect(corpus.participants.map((p) => p.name)).not.toContain('Priya Patel');
    expect(JSON.stringify(corpus.warnings)).not.toMatch(/Priya|Sam/);
  });
});

describe('buildCorpus: a given name shortened on the form', () => {
  const roster = table(
    [col(0, 'Surname', 'name'), col(1, 'Given Name', 'name'), col(2, 'Grade', 'attribute', 'grade')],
    [
      ['NGUYEN', 'Samantha', '11'],
      ['Smith', 'Katherine', '10'],
      ['Lee', 'Samuel', '9'],
      ['Lee', 'Samantha', '12'],
    ],
    true,
  );
  const survey = table(
    [col(0, 'Your name', 'name'), col(1, 'What would you change?', 'text')],
    [
      ['Sam Nguyen', 'Better food'],
      ['katie smith', 'Later start'],
      ['Sam Lee', 'More electives'],
    ],
  );
  const corpus = buildCorpus('forum', [read('survey.csv', survey), read('roster.csv', roster)], { config: {} });
  const grades = corpus.responses.map((r) => corpus.participants.find((p) => p.id === r.participantId)!.attributes.grade ?? null);

  it('links "Sam Nguyen" to the roster\'s one Samantha Nguyen, and "katie smith" to Katherine Smith; never a name two answer to', () => {
    // Samuel Lee and Samantha Lee are both "Sam Lee".
    expect(grades).toEqual(['11', '10', null]);
    expect(corpus.warnings[0]).toEqual({ file: 'survey.csv', message: '1 row names a student not on the roster (row 3); counted as a new student with unknown demographics' });
  });
});

describe('buildCorpus: names as school systems export them', () => {
  it('links "First Last" to a roster with Last Name before First Name, or "Last, First" in one column, in any case and accents', () => {
    // A student-information-system export: surname column first.
    const split = table(
      [col(0, 'Student Number', 'id'), col(1, 'Last Name', 'name'), col(2, 'First Name', 'name'), col(3, 'Grade Level', 'attribute', 'grade')],
      [
        ['100234', 'Sandhu', 'Priya', '11'],
        ['100237', 'Tremblay', 'Marc-André', '12'],
        ['100238', 'Yılmaz', 'İlkay', '10'],
        ['100239', 'Nowak', 'Łukasz', '9'],
      ],
      true,
    );
    const single = table(
      [col(0, 'Student', 'name'), col(1, 'Grade', 'attribute', 'grade')],
      [
        ['Okafor, Jordan', '10'],
        ['King, Jr.', '9'],
      ],
      true,
    );
    const survey = table(
      [col(0, 'Full name', 'name'), col(1, 'What helps?', 'text')],
      [
        ['Priya Sandhu', 'Flex time'],
        ['marc-andre tremblay', 'Labs'],
        ['Jordan Okafor', 'Smaller classes'],
        ['Jordan', 'Later start'],
        ['Jr. King', 'Electives'],
        ['Ilkay Yilmaz', 'Clubs'],
        ['LUKASZ NOWAK', 'Trades'],
      ],
    );
    const corpus = buildCorpus('forum', [read('roster.csv', split), read('sis.csv', single), read('survey.csv', survey)], { config: {} });
    expect(corpus.responses.map((r) => [r.participantId, corpus.participants.find((p) => p.id === r.participantId)!.attributes.grade ?? null])).toEqual([
      ['100234', '11'],
      ['100237', '12'],
      ['R-sis.csv-1', '10'],
      ['R-sis.csv-1', '10'],
      // "King, Jr." is a surname and a suffix, not "Jr. King" turned round.
      ['SH1-r5', null],
      // Typed on a keyboard without İ, ı or Ł.
      ['100238', '10'],
      ['100239', '9'],
    ]);
    expect(corpus.participants.find((p) => p.id === '100234')!.name).toBe('Priya Sandhu');
  });

  it('reads run-together headers for the name\'s parts: Qualtrics\' RecipientLastName before RecipientFirstName', () => {
    const survey = table(
      [col(0, 'RecipientLastName', 'name'), col(1, 'RecipientFirstName', 'name'), col(2, 'What helps?', 'text')],
      [['Sandhu', 'Priya', 'Flex time']],
    );
    const roster = table([col(0, 'Student Number', 'id'), col(1, 'Student Name', 'name')], [['100234', 'Sandhu, Priya']], true);
    const corpus = buildCorpus('forum', [read('roster.csv', roster), read('survey.csv', survey)], { config: {} });
    expect(corpus.responses.map((r) => r.participantId)).toEqual(['100234']);
  });
});

describe('buildCorpus: ids as spreadsheets change them', () => {
  const roster = table(
    [col(0, 'Student ID', 'id'), col(1, 'Grade', 'attribute', 'grade')],
    [
      ['001234', '11'],
      ['001235', '10'],
      ['AB-7', '12'],
    ],
    true,
  );

  it('links "1234" to the roster\'s "001234" (Excel drops the zeros) and "ab-7" to "AB-7", keeping the roster\'s id', () => {
    const survey = table(
      [col(0, 'Student ID', 'id'), col(1, 'What helps?', 'text')],
      [
        ['1234', 'Flex time'],
        ['001235', 'Labs'],
        ['ab-7', 'Choice'],
        ['s1238', 'Breaks'],
      ],
    );
    const corpus = buildCorpus('forum', [read('roster.csv', roster), read('survey.csv', survey)], { config: {} });
    expect(corpus.responses.map((r) => r.participantId)).toEqual(['001234', '001235', 'AB-7', 's1238']);
    expect(corpus.warnings).toEqual([
      { file: 'survey.csv', message: '1 row gives the id of a student not on the roster (row 4); counted as a new student with unknown demographics' },
    ]);
  });

  it('links "1234.0" (a column pandas made floats) to "001234", and a transcript\'s "S1:" to the roster\'s "S01"', () => {
    const survey = table([col(0, 'Student ID', 'id'), col(1, 'Grade', 'attribute', 'grade'), col(2, 'What helps?', 'text')], [['1234.0', '11.0', 'Flex time']]);
    const ids = table([col(0, 'id', 'id'), col(1, 'grade', 'attribute', 'grade')], [['S01', '9'], ['S02', '10']], true);
    const talk: Transcript = {
      type: 'transcript',
      attributes: {},
      turns: [
        { speaker: 'Facilitator', text: 'What helps?', line: 1 },
        { speaker: 'S1', text: 'Flex blocks.', line: 2 },
        { speaker: 'S2', text: 'Labs.', line: 3 },
      ],
    };
    const corpus = buildCorpus('forum', [read('roster.csv', roster), read('ids.csv', ids), read('survey.csv', survey), read('fg.txt', talk)], { config: {} });
    expect(corpus.responses.map((r) => r.participantId)).toEqual(['001234', 'S01', 'S02']);
    expect(corpus.participants.find((p) => p.id === '001234')?.attributes.grade).toBe('11');
    // The roster's other two (001235, AB-7) took no part; nothing else is warned of.
    expect(corpus.warnings).toEqual([{ file: 'roster.csv', message: '2 students on the roster appear in no sheet or transcript; not counted as taking part' }]);
  });

  it('does not warn about students the roster lacks when the sheet gives their demographics itself', () => {
    const survey = table(
      [col(0, 'Student ID', 'id'), col(1, 'Grade', 'attribute', 'grade'), col(2, 'What helps?', 'text')],
      [['s1238', '9', 'Breaks']],
    );
    const corpus = buildCorpus('forum', [read('roster.csv', roster), read('survey.csv', survey)], { config: {} });
    expect(corpus.warnings.filter((w) => w.file === 'survey.csv')).toEqual([]);
    expect(corpus.participants.find((p) => p.id === 's1238')!.attributes.grade).toBe('9');
  });
});

describe('buildCorpus: a roster with preferred names', () => {
  const roster = table(
    [col(0, 'Student Number', 'id'), col(1, 'Last Name', 'name'), col(2, 'First Name', 'name'), col(3, 'Preferred Name', 'name'), col(4, 'Grade', 'attribute', 'grade')],
    [
      ['100234', 'Sandhu', 'Priyanka', 'Priya', '11'],
      ['100236', 'Nguyen', 'Thi Linh', 'Linh', '12'],
      ['100240', 'Tran', 'Samuel', 'Sam', '10'],
      ['100241', 'Reid', 'Samantha', 'Sam', '9'],
      ['100238', 'Lopez', 'Maya', '', '10'],
    ],
    true,
  );
  const survey = table(
    [col(0, 'Name', 'name'), col(1, 'What helps?', 'text')],
    [
      ['Priya Sandhu', 'Flex time, and Linh explains math better than anyone'],
      ['Linh Nguyen', 'Labs'],
      ['Maya Lopez', 'Smaller classes'],
    ],
  );
  const talk: Transcript = {
    type: 'transcript',
    attributes: {},
    turns: [
      { speaker: 'Facilitator', text: 'What helps?', line: 1 },
      { speaker: 'Priya', text: 'Choice.', line: 2 },
      { speaker: 'Sam', text: 'Sam here, more breaks.', line: 3 },
    ],
  };
  const corpus = buildCorpus('forum', [read('fg.txt', talk), read('roster.csv', roster), read('survey.csv', survey)], { config: {} });

  it('links the name a student goes by, alone or with the family name, and keeps the legal name as theirs', () => {
    expect(corpus.responses.map((r) => r.participantId)).toEqual(['100234', 'T1-S1', '100234', '100236', '100238']);
    expect(corpus.participants.find((p) => p.id === '100234')!.name).toBe('Priyanka Sandhu');
  });

  it('never links a preferred name two students share, and redacts preferred names in what others say', () => {
    expect(corpus.responses.find((r) => r.participantId === 'T1-S1')!.text).toBe('[name] here, more breaks.');
    expect(corpus.responses.find((r) => r.id.startsWith('survey.csv:r1'))!.text).toBe('Flex time, and [name] explains math better than anyone');
  });
});

describe('buildCorpus: linking by email', () => {
  const emailCol = (index: number, header: string): Column => ({ ...col(index, header, 'ignore'), emails: true });
  const people = table(
    [col(0, 'id', 'id'), col(1, 'name', 'name'), emailCol(2, 'email'), col(3, 'grade', 'attribute', 'grade')],
    [
      ['P1', 'Maya Lopez', 'MLopez@school.ca', '11'],
      ['P2', 'Dev Shah', 'dshah@school.ca', '10'],
    ],
    true,
  );
  const form = table(
    [col(0, 'Timestamp', 'ignore'), emailCol(1, 'Email Address'), col(2, 'What helps you learn?', 'text')],
    [
      ['2024/03/01 9:14', 'mlopez@school.ca', 'Flex time'],
      ['2024/03/01 9:15', 'someone@else.ca', 'Smaller classes'],
    ],
  );
  const again = table([emailCol(0, 'Email'), col(1, 'Anything else?', 'text')], [['someone@else.ca', 'More electives']]);
  const corpus = buildCorpus('forum', [read('roster.csv', people), read('form.csv', form), read('form2.csv', again)], { config: {} });

  it('joins a form answer to the roster row with the same email, whatever its case, and the same email across forms', () => {
    expect(corpus.responses.map((r) => [r.sourceId, r.participantId])).toEqual([
      ['form.csv', 'P1'],
      ['form.csv', 'SH1-r2'],
      ['form2.csv', 'SH1-r2'],
    ]);
    expect(corpus.participants.find((p) => p.id === 'P1')!.attributes).toEqual({ grade: '11' });
  });

  it('keeps no email address anywhere in the corpus', () => {
    expect(JSON.stringify(corpus)).not.toMatch(/@/);
  });
});

describe('buildCorpus: a signed written reflection', () => {
  const people = table([col(0, 'id', 'id'), col(1, 'name', 'name'), col(2, 'grade', 'attribute', 'grade')], [['P7', 'Maya Lopez', '11']], true);
  // As the text reader gives a file without speaker labels: writing, not talk.
  const signed: Transcript = { type: 'transcript', attributes: { author: 'Maya Lopez' }, turns: [{ text: 'I liked flex, said maya.', line: 1 }], written: true };
  const unsigned: Transcript = { type: 'transcript', attributes: {}, turns: [{ text: 'More electives.', line: 1 }], written: true };
  const corpus = buildCorpus('forum', [read('roster.csv', people), read('a.txt', signed), read('b.txt', unsigned)], { config: {} });

  it('is the rostered author\'s, whose name is redacted; an unsigned one is its own participant', () => {
    expect(corpus.responses.map((r) => [r.sourceId, r.participantId, r.text])).toEqual([
      ['a.txt', 'P7', 'I liked flex, said [name].'],
      ['b.txt', 'W2', 'More electives.'],
    ]);
    expect(corpus.participants.find((p) => p.id === 'P7')!.sources).toEqual(['a.txt', 'roster.csv']);
    expect(corpus.sources.find((s) => s.id === 'a.txt')!.attributes).toEqual({});
  });
});

describe('buildCorpus: captions that name no one', () => {
  it('are talk, several people\'s: one unidentified speaker, said so, never one author\'s reflection', () => {
    const captions: Transcript = {
      type: 'transcript',
      attributes: {},
      turns: [
        { text: 'Welcome everyone. What is helping you learn?', line: 3, start: 1, end: 4 },
        { text: 'Honestly the flex block.', line: 7, start: 5, end: 8 },
      ],
    };
    const corpus = buildCorpus('forum', [read('fg.srt', captions)], { config: {} });
    expect(corpus.sources.map((s) => s.kind)).toEqual(['transcript']);
    expect(corpus.responses.map((r) => r.participantId)).toEqual(['T1-U', 'T1-U']);
    expect(corpus.warnings).toEqual([
      {
        file: 'fg.srt',
        line: 3,
        message:
          "no turn names its speaker, so the facilitator's words cannot be told from the students': all 2 turns are counted as one unidentified student, T1-U, with unknown demographics; add speakers' names (`Name: …`, `<v Name>`) to tell them apart",
      },
    ]);
  });
});

describe('buildCorpus: a transcript with no student in it', () => {
  it('says that none of its turns is counted, where "Teachers:" and "Parents:" headings read as labels', () => {
    const talk: Transcript = {
      type: 'transcript',
      attributes: {},
      turns: [
        { speaker: 'Teachers', text: 'They help when they have time.', line: 1 },
        { speaker: 'Parents', text: 'Mine ask about homework.', line: 2 },
        { speaker: 'Principal', text: 'Visits our class sometimes.', line: 3 },
      ],
    };
    const corpus = buildCorpus('forum', [read('reflection.txt', talk)], { config: {} });
    expect(corpus.responses).toEqual([]);
    expect(corpus.warnings).toContainEqual({
      file: 'reflection.txt',
      message: "none of the file's 3 turns is counted as a student's: every speaker is labelled as a facilitator, staff, a group or the one asking; if it is a student's writing under headings, remove the colons after them",
    });
  });
});

describe('buildCorpus: a speaker label with a typo', () => {
  it('is warned of by line, never by name, beside the label it is a letter or two from', () => {
    const talk: Transcript = {
      type: 'transcript',
      attributes: {},
      turns: [
        { speaker: 'Facilitator', text: 'What helps you learn?', line: 1 },
        { speaker: 'Maya', text: 'The flex block.', line: 2 },
        { speaker: 'Jordan', text: 'The science project.', line: 3 },
        { speaker: 'Facilitaor', text: 'What gets in the way?', line: 4 },
        { speaker: 'Jordon', text: 'The bus comes at 6:40.', line: 5 },
        { speaker: 'Facilitator', text: 'Anything else?', line: 6 },
        // Names alike but short are left alone: Mara and Maya are two students.
        { speaker: 'Mara', text: 'More time.', line: 7 },
        // Numbered and lettered labels differ by design.
        { speaker: 'Speaker 2', text: 'Yes.', line: 8 },
        { speaker: 'Speaker 3', text: 'Yes.', line: 9 },
        { speaker: 'Speaker 3', text: 'No.', line: 10 },
      ],
    };
    const corpus = buildCorpus('forum', [read('fg.txt', talk)], { config: {} });
    const slips = corpus.warnings.filter((w) => w.message.includes('a letter or two'));
    // Jordon and Jordan speak once each: either may be the slip (or a Jordyn), so neither is said to be one.
    expect(slips).toEqual([
      { file: 'fg.txt', line: 4, message: 'this speaker label (1 turn) is a letter or two from the label at line 1 (2 turns), and is counted as a speaker of its own; if it is a typo, correct it in the transcript' },
    ]);
  });
});

describe('buildCorpus: coding files in the folder', () => {
  it('skips a coding file (response_id with themes, codes or theme_id) instead of reading its text as answers', () => {
    const human = table(
      [col(0, 'response_id', 'id'), col(1, 'text', 'text'), col(2, 'themes', 'attribute', 'themes')],
      [['sheets.csv:r1:q1', 'More electives', 'choice']],
    );
    const codings = table([col(0, 'Response ID', 'id'), col(1, 'theme_id', 'attribute', 'theme-id'), col(2, 'evidence', 'text')], [['x', 'choice', 'electives']], true);
    // A coder's own sheet: codes in numbered columns.
    const numbered = table(
      [col(0, 'Response ID', 'id'), col(1, 'Excerpt', 'text'), col(2, 'Code 1', 'attribute', 'code-1'), col(3, 'Code 2', 'attribute', 'code-2')],
      [['sheets.csv:r1:q1', 'More electives', 'Choice and options', '']],
    );
    const corpus = buildCorpus('forum', [read('coder-b.csv', numbered), read('human.csv', human), read('codings.csv', codings), read('sheets.csv', sheet)], {
      config: {},
    });
    expect(corpus.sources.map((s) => [s.id, s.status, s.reason ?? ''])).toEqual([
      ['coder-b.csv', 'skipped', 'a coding file (response_id with themes, codes or theme_id), for reflect agree or --compare; not an input'],
      ['codings.csv', 'skipped', 'a coding file (response_id with themes, codes or theme_id), for reflect agree or --compare; not an input'],
      ['human.csv', 'skipped', 'a coding file (response_id with themes, codes or theme_id), for reflect agree or --compare; not an input'],
      ['sheets.csv', 'read', ''],
    ]);
    expect(corpus.responses.map((r) => r.sourceId)).toEqual(['sheets.csv', 'sheets.csv', 'sheets.csv']);
  });
});

describe('buildCorpus: a coder\'s sheet with a column per theme', () => {
  it("skips a sheet whose response_id column lists reflect's response ids, but not a survey's own response ids", () => {
    // A coder's copy of responses.csv, with a column per theme marked x: no themes column to go by.
    const matrix = table(
      [col(0, 'response_id', 'id'), col(1, 'text', 'text'), col(2, 'mental-health', 'attribute', 'mental-health'), col(3, 'timetables', 'attribute', 'timetables')],
      [
        ['sheets.csv:r1:q1', 'More electives and a flexible timetable', '', 'x'],
        ['fg.txt:t4', 'I was stressed all term about exams', 'x', ''],
      ],
    );
    // Qualtrics' own ids, under the same header.
    const qualtrics = table([col(0, 'ResponseId', 'id'), col(1, 'What else could schools do?', 'text')], [['R_1abcDEF', 'Smaller classes and more time with teachers']]);
    const corpus = buildCorpus('forum', [read('coder-a.csv', matrix), read('qualtrics.csv', qualtrics)], { config: {} });
    expect(corpus.sources.map((s) => [s.id, s.status, s.reason ?? ''])).toEqual([
      ['coder-a.csv', 'skipped', "a coding file (its response_id column lists reflect's response ids), for reflect agree or --compare; not an input"],
      ['qualtrics.csv', 'read', ''],
    ]);
    expect(corpus.responses.map((r) => r.sourceId)).toEqual(['qualtrics.csv']);
  });
});

describe('buildCorpus: a name beside a speaker id', () => {
  it('redacts the name given in a label aside (P1 (Maya):) wherever it is said', () => {
    const talk: Transcript = {
      type: 'transcript',
      attributes: {},
      turns: [
        { speaker: 'Facilitator', alias: 'Ms. Kaur', text: 'What helps?', line: 1 },
        { speaker: 'P1', alias: 'Maya', text: 'Flex time.', line: 2 },
        { speaker: 'P2', text: 'Same as maya, and Kaur explains well.', line: 3 },
      ],
    };
    const corpus = buildCorpus('forum', [read('fg.txt', talk)], { config: {} });
    expect(corpus.responses.map((r) => [r.participantId, r.text])).toEqual([
      ['T1-S1', 'Flex time.'],
      ['T1-S2', 'Same as [name], and [name] explains well.'],
    ]);
  });
});

describe('buildCorpus: names in the words around the answers', () => {
  const rosterOf = table(
    [col(0, 'id', 'id'), col(1, 'name', 'name'), col(2, 'grade', 'attribute', 'grade')],
    [
      ['S1', 'Maya Lopez', '11'],
      ['S2', 'Zoë Baker', '11'],
    ],
    true,
  );
  // A teacher's workbook: one sheet per student, and a column header that names the student.
  const perStudent: Table = {
    ...table([col(0, 'id', 'id'), col(1, "Maya's reflection on flex time", 'text')], [['S1', 'Flex time helps me catch up on math.']]),
    sheet: 'Maya Lopez',
  };
  const interview: Transcript = {
    type: 'transcript',
    attributes: { title: 'Interview with Maya Lopez and Zoe Baker', notes: 'Zoë left early', program: "Maya's leadership group", school: 'Hazelgrove Secondary' },
    turns: [
      { speaker: 'Interviewer', text: 'How is flex time going?', line: 7 },
      { speaker: 'Zoë Baker', text: 'Flex time is great.', line: 8 },
    ],
  };
  const subtitles = read('fg.srt', { type: 'transcript', attributes: {}, turns: [{ speaker: 'Dev', text: 'More choice.', line: 3 }] });
  subtitles.result!.warnings.push({ file: 'fg.srt', line: 5, message: 'expected a subtitle number or timing line, found "Maya Lopez: I also think the schedule is…"; skipped' });
  const corpus = buildCorpus('forum', [read('book.xlsx#Sheet1', perStudent), read('fg.srt', subtitles.result!.content), read('interview.txt', interview), read('roster.csv', rosterOf)], {
    config: {},
  });
  const withWarning = buildCorpus('forum', [subtitles, read('roster.csv', rosterOf)], { config: {} });

  it('redacts a question header that names a student', () => {
    expect(corpus.questions.map((q) => q.text)).toEqual(["[name]'s reflection on flex time"]);
  });

  it("redacts free front-matter values and a sheet's name, but keeps group keys such as the school as written", () => {
    expect(corpus.sources.find((s) => s.id === 'interview.txt')!.attributes).toEqual({
      title: 'Interview with [name] and [name]',
      notes: '[name] left early',
      program: "[name]'s leadership group",
      school: 'Hazelgrove Secondary',
    });
    expect(corpus.sources.find((s) => s.id === 'book.xlsx#Sheet1')!.attributes).toEqual({ sheet: '[name]' });
    // As a student's attributes, which make the groups, each value naming someone is a number.
    const zoe = corpus.participants.find((p) => p.id === 'S2')!;
    expect(zoe.attributes).toEqual({
      grade: '11',
      'source.title': 'Title 1',
      'source.notes': 'Notes 1',
      'source.program': 'Program 1',
      'source.school': 'Hazelgrove Secondary',
      school: 'Hazelgrove Secondary',
    });
  });

  it("redacts the file's text a reader's warning quotes, and leaves reflect's own wording alone", () => {
    expect(withWarning.warnings.map((w) => w.message)).toContain('expected a subtitle number or timing line, found "[name]: I also think the schedule is…"; skipped');
  });
});

describe('buildCorpus: a folder named after a student', () => {
  const rosterOf = table([col(0, 'id', 'id'), col(1, 'name', 'name')], [['S1', 'Maya Lopez']], true);
  const answers = table([col(0, 'id', 'id'), col(1, 'What helps?', 'text')], [['S1', 'Flex time.']]);

  it('names the corpus, and so the report title, with [name], and says so without the name', () => {
    // `reflect analyze "Maya Lopez.docx"` names the corpus after the file.
    const corpus = buildCorpus('Maya Lopez', [read('roster.csv', rosterOf), read('sheet.csv', answers)], { config: {} });
    expect(corpus.folder).toBe('[name]');
    expect(corpus.warnings.map((w) => w.message)).toContain(
      "the input folder's name holds a person's name, written as [name] in the report's title and analysis.json; --title chooses the title",
    );
    expect(JSON.stringify(corpus.warnings)).not.toMatch(/maya|lopez/i);
  });

  it('keeps a folder name that names no one', () => {
    const corpus = buildCorpus('grade-11-reflections', [read('roster.csv', rosterOf), read('sheet.csv', answers)], { config: {} });
    expect(corpus.folder).toBe('grade-11-reflections');
  });
});

describe('buildCorpus: a transcript whose facilitator no rule finds', () => {
  const talk = (speakers: [string, string][]): Transcript => ({
    type: 'transcript',
    attributes: {},
    turns: speakers.map(([speaker, text], i) => ({ speaker, text, line: 3 * i + 1 })),
  });

  it('warns, naming the file and how to name the facilitator, without naming anyone', () => {
    const otter = talk([
      ['Speaker 1', 'Thanks everyone for coming. Let us start with flex block.'],
      ['Jordan Lee', 'I like picking when I do math.'],
      ['Amira Haddad', 'I freeze up before tests.'],
      ['Speaker 1', 'Does anyone else feel that way?'],
    ]);
    const corpus = buildCorpus('forum', [read('focus-group-otter.txt', otter)], { config: {} });
    const warnings = corpus.warnings.filter((w) => w.message.startsWith('no facilitator found'));
    expect(warnings).toEqual([
      {
        file: 'focus-group-otter.txt',
        message:
          "no facilitator found (no speaker is labelled as one, introduces themselves as one, or clearly asks the questions), so all 3 speakers' turns are coded as students'; if one of them led the group, name them with --facilitator or `facilitators:` in reflect.config.yml",
      },
    ]);
    expect(corpus.context).toEqual([]);
  });

  it('says nothing when the facilitator is found, when one person speaks, or in writing', () => {
    const led = talk([
      ['Facilitator', 'What would help?'],
      ['Jordan Lee', 'More counsellors.'],
    ]);
    const alone = talk([['Jordan Lee', 'I wrote this on my own.']]);
    // Writing by several (a class's reflections in one file, a blog post's comments) was led by no one.
    const written: Transcript = {
      ...talk([
        ['Jordan Lee', 'Flex block is where I catch up.'],
        ['Amira Haddad', 'I freeze up before tests.'],
      ]),
      written: true,
    };
    const corpus = buildCorpus('forum', [read('led.txt', led), read('alone.txt', alone), read('class-reflections.txt', written)], { config: {} });
    expect(corpus.warnings.filter((w) => w.message.startsWith('no facilitator found'))).toEqual([]);
    expect(corpus.context.map((r) => r.text)).toEqual(['What would help?']);
  });
});

describe('buildCorpus: files that number their students apart', () => {
  const headers = [
    col(0, 'id', 'id'),
    col(1, 'gender', 'attribute', 'gender'),
    col(2, 'grade', 'attribute', 'grade'),
    col(3, 'school', 'attribute', 'school'),
    col(4, 'What else could schools do?', 'text'),
  ];
  // Each school's organiser numbered the sheets they collected from 1, as the per-school folders of a forum have them.
  const abbotsford = table(headers, [
    ['1', 'm', 'Gr 12', 'Sumas Mountain Secondary', 'Count more outside stuff for credit'],
    ['2', 'F', '9', 'Abbotsford Middle', 'More field trips where we actually do something'],
    ['3', 'F', '11', 'Sumas Mountain Secondary', 'Let us do our english essays about things we care about'],
  ]);
  const surrey = table(headers, [
    ['1', 'F', '12', 'Serpentine Heights Secondary', 'Make negotiable deadlines normal for everyone'],
    ['2', 'M', 'Gr 10', 'Hazelgrove Secondary', 'Tell grade 10s about trades as a real career'],
    ['3', 'F', '8', 'Cloverdale Middle', 'More clubs at lunch'],
  ]);

  it('counts the students of per-school sheets numbered from 1 apart, each with their own school, and says so', () => {
    const corpus = buildCorpus('forum', [read('abbotsford/reflection-sheets.csv', abbotsford), read('surrey/reflection-sheets.csv', surrey)], { config: {} });
    expect(corpus.participants.map((p) => [p.id, p.attributes.school])).toEqual([
      ['1', 'Sumas Mountain Secondary'],
      ['2', 'Abbotsford Middle'],
      ['3', 'Sumas Mountain Secondary'],
      ['SH2-1', 'Serpentine Heights Secondary'],
      ['SH2-2', 'Hazelgrove Secondary'],
      ['SH2-3', 'Cloverdale Middle'],
    ]);
    expect(corpus.responses.filter((r) => r.sourceId.startsWith('surrey/')).map((r) => r.participantId)).toEqual(['SH2-1', 'SH2-2', 'SH2-3']);
    expect(corpus.warnings).toEqual([
      {
        file: 'surrey/reflection-sheets.csv',
        message:
          '3 of the 3 ids it shares with abbotsford/reflection-sheets.csv (1, 2, 3) are students of another gender or school there, so this file numbers its own students: they are counted apart from those, with ids SH2-1 and so on',
      },
    ]);
  });

  it("links each school's sheet to the roster in its own folder when every school's roster numbers from 1", () => {
    const rosterHeaders = [col(0, 'id', 'id'), col(1, 'name', 'name'), col(2, 'gender', 'attribute', 'gender'), col(3, 'school', 'attribute', 'school')];
    const abbotsfordRoster = table(
      rosterHeaders,
      [
        ['1', 'Harjot Gill', 'M', 'Sumas Mountain Secondary'],
        ['2', 'Ava Chen', 'F', 'Abbotsford Middle'],
      ],
      true,
    );
    const surreyRoster = table(
      rosterHeaders,
      [
        ['1', 'Priya Sandhu', 'F', 'Serpentine Heights Secondary'],
        ['2', 'Marcus Reid', 'M', 'Hazelgrove Secondary'],
      ],
      true,
    );
    // The sheets give ids only: who is who comes from the roster beside them.
    const answers = (rows: string[][]) => table([col(0, 'id', 'id'), col(1, 'What else could schools do?', 'text')], rows);
    const corpus = buildCorpus(
      'forum',
      [
        read('abbotsford/roster.csv', abbotsfordRoster),
        read('abbotsford/sheets.csv', answers([['1', 'Count more outside stuff for credit'], ['2', 'More field trips']])),
        read('surrey/roster.csv', surreyRoster),
        read('surrey/sheets.csv', answers([['1', 'Negotiable deadlines'], ['2', 'Trades as a real career']])),
      ],
      { config: {} },
    );
    const schoolOf = (id: string) => corpus.participants.find((p) => p.id === corpus.responses.find((r) => r.id === id)!.participantId)!.attributes.school;
    expect(schoolOf('abbotsford/sheets.csv:r1:q1')).toBe('Sumas Mountain Secondary');
    expect(schoolOf('surrey/sheets.csv:r1:q1')).toBe('Serpentine Heights Secondary');
    expect(schoolOf('surrey/sheets.csv:r2:q1')).toBe('Hazelgrove Secondary');
    expect(corpus.participants).toHaveLength(4);
    expect(corpus.warnings.map((w) => w.file)).toEqual(['surrey/roster.csv']);
  });

  it('links the same students a year later, a grade up, as one student each', () => {
    const nextYear = table(headers, [
      ['1', 'M', '13', 'Sumas Mountain Secondary', 'Work experience that counts'],
      ['2', 'F', '10', 'Abbotsford Middle', 'Field trips'],
      ['3', 'F', '12', 'Sumas Mountain Secondary', 'Choice in essays'],
    ]);
    const corpus = buildCorpus('forum', [read('2016/sheets.csv', abbotsford), read('2017/sheets.csv', nextYear)], { config: {} });
    expect(corpus.participants.map((p) => [p.id, p.sources])).toEqual([
      ['1', ['2016/sheets.csv', '2017/sheets.csv']],
      ['2', ['2016/sheets.csv', '2017/sheets.csv']],
      ['3', ['2016/sheets.csv', '2017/sheets.csv']],
    ]);
    expect(corpus.warnings).toEqual([]);
  });
});

describe('buildCorpus: attributes from folders (config `folders:`)', () => {
  const sheet = (rows: string[][]) =>
    table([col(0, 'id', 'id'), col(1, 'gender', 'attribute', 'gender'), col(2, 'What else could schools do?', 'text')], rows);
  const focusGroup: Transcript = {
    type: 'transcript',
    attributes: {},
    turns: [
      { speaker: 'Facilitator', text: 'What else could schools do?', line: 1 },
      { speaker: 'Cole', text: 'More shop time, honestly.', line: 2 },
    ],
  };

  it("gives everyone in a folder its value, a student in two years' folders both, and no value above the level", () => {
    const corpus = buildCorpus(
      'forum',
      [
        read('2016/day-1/sheets.csv', sheet([['S1', 'F', 'More electives'], ['S2', 'M', 'Flex blocks']])),
        read('2017/sheets.csv', sheet([['S1', 'F', 'Still more electives'], ['S3', 'F', 'Breakfast every day']])),
        read('2017/focus-group.txt', focusGroup),
        read('late-entries.csv', sheet([['S4', 'M', 'Count work for credit']])),
      ],
      { config: { folders: ['wave', 'day'], values: { wave: { '2016': 'Fall 2016' } } } },
    );
    const attributes = Object.fromEntries(corpus.participants.filter((p) => p.role === 'student').map((p) => [p.id, p.attributes]));
    expect(attributes.S1).toEqual({ gender: 'Female', wave: '2017; Fall 2016', day: 'Day-1' });
    expect(attributes.S2).toEqual({ gender: 'Male', wave: 'Fall 2016', day: 'Day-1' });
    expect(attributes.S3).toEqual({ gender: 'Female', wave: '2017' });
    expect(attributes['T1-S1']).toEqual({ wave: '2017' });
    expect(attributes.S4).toEqual({ gender: 'Male' });
    expect(corpus.sources.find((s) => s.id === '2016/day-1/sheets.csv')!.attributes).toEqual({ wave: '2016', day: 'day-1' });
  });

  it('de-identifies a folder named after a student: a number for the group, [name] in the file', () => {
    const roster = table([col(0, 'id', 'id'), col(1, 'name', 'name')], [['S1', 'Maya Lopez']], true);
    const corpus = buildCorpus('forum', [read('roster.csv', roster), read('Maya Lopez/sheets.csv', sheet([['S1', 'F', 'More electives']]))], {
      config: { folders: ['group'] },
    });
    expect(corpus.participants.find((p) => p.id === 'S1')!.attributes.group).toBe('Group 1');
    expect(corpus.sources.map((s) => [s.id, s.attributes])).toEqual([
      ['[name]/sheets.csv', { group: '[name]' }],
      ['roster.csv', {}],
    ]);
  });

  it("keeps two teachers' classes apart, each a number, where [name] would have made them one", () => {
    const corpus = buildCorpus(
      'forum',
      [
        read("Ms Patel's class/sheets.csv", sheet([['S1', 'F', 'More electives'], ['S2', 'M', 'Flex blocks']])),
        read("Mr Osei's class/sheets.csv", sheet([['S3', 'F', 'Breakfast every day']])),
        read('Room 12/sheets.csv', sheet([['S4', 'M', 'Count work for credit']])),
      ],
      { config: { folders: ['homeroom'] } },
    );
    const rooms = Object.fromEntries(corpus.participants.map((p) => [p.id, p.attributes.homeroom]));
    expect(rooms).toEqual({ S1: 'Homeroom 2', S2: 'Homeroom 2', S3: 'Homeroom 1', S4: 'Room 12' });
    expect(corpus.warnings.map((w) => w.message)).toContain(
      "2 values of homeroom name a person (a teacher's or a student's name, as a homeroom named for its teacher does); shown as Homeroom 1 to Homeroom 2 in every output, so that no table names anyone",
    );
    expect(JSON.stringify([corpus.participants.map((p) => p.attributes), corpus.warnings, corpus.sources.map((s) => s.attributes)])).not.toMatch(/Patel|Osei/);
  });
});

describe('buildCorpus: ids shared with a roster, or a year apart, in other spellings', () => {
  const headers = [col(0, 'Student ID', 'id'), col(1, 'Gender', 'attribute', 'gender'), col(2, 'School', 'attribute', 'school'), col(3, 'What else could schools do?', 'text')];

  it("links a sheet to the roster's students by id, however the students spell their school", () => {
    const roster = table(
      [col(0, 'Student ID', 'id'), col(1, 'Name', 'name'), col(2, 'School', 'attribute', 'school')],
      [
        ['1001', 'Harjot Gill', 'Sumas Mountain Secondary School'],
        ['1002', 'Ava Chen', 'Abbotsford Middle School'],
      ],
      true,
    );
    const sheet = table(headers, [
      ['1001', 'M', 'SMSS', 'Count more outside stuff for credit'],
      ['1002', 'F', 'AMS', 'More field trips'],
    ]);
    const corpus = buildCorpus('forum', [read('roster.csv', roster), read('2016/sheets.csv', sheet)], { config: {} });
    expect(corpus.responses.map((r) => r.participantId)).toEqual(['1001', '1002']);
    expect(corpus.warnings).toEqual([]);
  });

  it('links the same students a year later who wrote their school shorter', () => {
    const first = table(headers, [
      ['1', 'M', 'Sumas Mountain Secondary', 'Count more outside stuff for credit'],
      ['2', 'F', 'Abbotsford Middle', 'More field trips'],
    ]);
    const second = table(headers, [
      ['1', 'M', 'sumas mountain', 'Work experience'],
      ['2', 'F', 'Abbotsford Middle School', 'Field trips'],
    ]);
    const corpus = buildCorpus('forum', [read('2016/sheets.csv', first), read('2017/sheets.csv', second)], { config: {} });
    expect(corpus.participants.map((p) => p.id)).toEqual(['1', '2']);
    expect(corpus.warnings).toEqual([]);
  });
});

describe('buildCorpus: a roster that gives one id twice', () => {
  const roster = table(
    [col(0, 'Student ID', 'id'), col(1, 'Name', 'name'), col(2, 'Grade', 'attribute', 'grade'), col(3, 'Gender', 'attribute', 'gender')],
    [
      ['1001', 'Maya Lopez', '10', 'F'],
      ['1001', 'Jordan Okafor', '11', 'M'],
      ['1002', 'Priya Sandhu', '', 'F'],
      ['1002', 'Priya Sandhu', '11', 'F'],
      ['1003', 'Sam Tran', '9', 'M'],
      ['1003', 'Sam Tran', 'Gr 9', 'Male'],
      ['1004', 'Ana Ruiz', '12', 'F'],
      ['1004', 'Ana Ruiz', '11', 'f'],
    ],
    true,
  );
  const survey = table([col(0, 'Student ID', 'id'), col(1, 'What helps?', 'text')], [['1001', 'Flex time'], ['1002', 'Counsellors'], ['1003', 'Electives'], ['1004', 'Later start']]);
  const corpus = buildCorpus('forum', [read('survey.csv', survey), read('roster.csv', roster)], { config: {} });

  it('warns of another name, or other details, under a repeated id, by row and never by name; a row repeated as it was (however spelt), or filling in a blank, is no problem', () => {
    expect(corpus.warnings).toEqual([
      {
        file: 'roster.csv',
        message: "1 row gives the id of an earlier row but another name (row 2); read as that row's student, whose details are kept: give each student an id of their own",
      },
      { file: 'roster.csv', message: "1 row repeats the id of an earlier row with another grade (row 8); the earlier row's are kept" },
    ]);
    expect(JSON.stringify(corpus.warnings)).not.toMatch(/Maya|Jordan|Ana/);
    // each id is one student, with the first row's details (a blank filled in by a later row)
    expect(corpus.participants.map((p) => [p.id, p.attributes.grade])).toEqual([
      ['1001', '10'],
      ['1002', '11'],
      ['1003', '9'],
      ['1004', '12'],
    ]);
  });
});

describe('buildCorpus: voices a transcript numbers', () => {
  it('are students each, and no word of their labels is redacted as a name ("my voice", "the other")', () => {
    const numbered: Transcript = {
      type: 'transcript',
      attributes: {},
      turns: [
        { speaker: 'Facilitator', text: 'What helps?', line: 1 },
        { speaker: 'Voice 1', text: 'My voice matters here.', line: 2 },
        { speaker: 'Other 2', text: 'The other students agree, every person here.', line: 3 },
        { speaker: 'Person 3', text: 'Same as the other voice said.', line: 4 },
      ],
    };
    const corpus = buildCorpus('forum', [read('focus.txt', numbered)], { config: {} });
    expect(corpus.responses.map((r) => [r.participantId, r.text])).toEqual([
      ['T1-S1', 'My voice matters here.'],
      ['T1-S2', 'The other students agree, every person here.'],
      ['T1-S3', 'Same as the other voice said.'],
    ]);
  });
});

describe('buildCorpus: files that give one student different details', () => {
  const roster = table(
    [col(0, 'id', 'id'), col(1, 'name', 'name'), col(2, 'gender', 'attribute', 'gender')],
    [
      ['S007', 'Maya Lopez', 'Female'],
      ['S008', 'Dev Patel', 'Male'],
    ],
    true,
  );
  const answers = (rows: string[][]) => table([col(0, 'id', 'id'), col(1, 'Gender', 'attribute', 'gender'), col(2, 'What helped?', 'text')], rows);
  const a = answers([
    ['S007', 'M', 'Projects'],
    ['S009', 'F', 'Group work'],
    ['S010', 'F', 'Teachers'],
    ['S011', 'M', 'Hands-on work'],
  ]);
  const b = answers([
    ['S009', 'Male', 'Deadlines'],
    ['S010', 'Female', 'Math'],
    ['S011', '', 'Tests'],
    ['S008', 'Male', 'Nothing'],
  ]);
  const corpus = buildCorpus('forum', [read('a-sheet.csv', a), read('b-sheet.csv', b), read('roster.csv', roster)], { config: {} });

  it("keeps the roster's value, then the first file's, and says so once per attribute, with files, rows and both values, by id and never by name", () => {
    expect(corpus.participants.map((p) => [p.id, p.attributes.gender])).toEqual([
      ['S007', 'Female'],
      ['S008', 'Male'],
      ['S009', 'Female'],
      ['S010', 'Female'],
      ['S011', 'Male'],
    ]);
    expect(corpus.warnings).toEqual([
      {
        message:
          'the gender of 2 students differs between files: S007 ("Female" in roster.csv row 1, "Male" in a-sheet.csv row 1), S009 ("Female" in a-sheet.csv row 2, "Male" in b-sheet.csv row 1); ' +
          "the first read is kept (a roster's before a sheet's, then files in path order, then rows in order): correct the files to agree",
      },
    ]);
    expect(JSON.stringify(corpus.warnings)).not.toMatch(/Maya|Dev/);
  });

  it('warns of a grade the roster and a sheet in one folder give differently, though not of one a year later in another folder', () => {
    const withGrade = (rows: string[][], isRoster = false) =>
      table([col(0, 'id', 'id'), col(1, 'Grade', 'attribute', 'grade'), col(2, isRoster ? 'name' : 'What helped?', isRoster ? 'name' : 'text')], rows, isRoster);
    const { warnings } = buildCorpus(
      'forum',
      [read('roster.csv', withGrade([['1', '10', 'Maya Lopez']], true)), read('sheet.csv', withGrade([['1', '11', 'Projects']]))],
      { config: {} },
    );
    expect(warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^the grade of 1 student differs between files: 1 \("10" in roster\.csv row 1, "11" in sheet\.csv row 1\);/)]);
  });

  it("warns of a grade a roster in a folder of its own gives differently from a sheet in another folder, keeping the roster's", () => {
    const withGrade = (rows: string[][], isRoster = false) =>
      table([col(0, 'Student ID', 'id'), col(1, 'Grade', 'attribute', 'grade'), col(2, isRoster ? 'Name' : 'What helped you most?', isRoster ? 'name' : 'text')], rows, isRoster);
    const corpus = buildCorpus(
      'forum',
      [
        read('rosters/class-list.csv', withGrade([['S104', 'Gr 10', 'Maya Lopez'], ['S105', '11', 'Dev Patel']], true)),
        read('surveys/spring-reflection.csv', withGrade([['S104', '11', 'The mentors who checked in every week'], ['S105', 'Grade 11', 'Choosing my own project']])),
      ],
      { config: {} },
    );
    expect(corpus.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^the grade of 1 student differs between files: S104 \("10" in rosters\/class-list\.csv row 1, "11" in surveys\/spring-reflection\.csv row 1\); the first read is kept \(a roster's before a sheet's/),
    ]);
    expect(corpus.participants.find((p) => p.id === 'S104')!.attributes.grade).toBe('10');
    expect(JSON.stringify(corpus.warnings)).not.toMatch(/Maya|Dev/);
  });

  it("does not warn of a grade a year's roster gives, beside that year's answers, where next year's sheet in another folder has the grade up", () => {
    const withGrade = (rows: string[][], isRoster = false) =>
      table([col(0, 'Student ID', 'id'), col(1, 'Grade', 'attribute', 'grade'), col(2, isRoster ? 'Name' : 'What helped you most?', isRoster ? 'name' : 'text')], rows, isRoster);
    const { warnings } = buildCorpus(
      'forum',
      [
        read('2016/roster.csv', withGrade([['S104', '10', 'Maya Lopez']], true)),
        read('2016/reflection.csv', withGrade([['S104', '10', 'Working with the mentors']])),
        read('2017/reflection.csv', withGrade([['S104', '11', 'Choosing my own project']])),
      ],
      { config: {} },
    );
    expect(warnings.filter((w) => /grade/.test(w.message))).toEqual([]);
  });

  it('reads rosters kept a folder a year (rosters/2024/, rosters/2025/) as years: the latest is the grade now, a grade up is no conflict', () => {
    const withGrade = (rows: string[][], isRoster = false) =>
      table([col(0, 'Student ID', 'id'), col(1, 'Grade', 'attribute', 'grade'), col(2, isRoster ? 'Name' : 'What helped you most?', isRoster ? 'name' : 'text')], rows, isRoster);
    const lastYear = [['S104', '9', 'Maya Lopez'], ['S105', '10', 'Dev Patel'], ['S106', '11', 'Priya Sandhu'], ['S107', '12', 'Jordan Okafor'], ['S109', '10', 'Sam Young']];
    const thisYear = [['S104', '10', 'Maya Lopez'], ['S105', '11', 'Dev Patel'], ['S106', '12', 'Priya Sandhu'], ['S108', '9', 'Ana de Souza']];
    const corpus = buildCorpus(
      'forum',
      [
        read('rosters/2024/class-list.csv', withGrade(lastYear, true)),
        read('rosters/2025/class-list.csv', withGrade(thisYear, true)),
        read('surveys/2024/spring.csv', withGrade([['S104', '9', 'The mentors who checked in every week'], ['S107', '12', 'Work experience']])),
        // S109 left 2025's roster (moved classes) but answered 2025's survey, a grade up.
        read('surveys/2025/spring.csv', withGrade([['S104', '10', 'Choosing my own project'], ['S105', '12', 'Flex block'], ['S108', '9', 'My friends'], ['S109', '11', 'Tutoring']])),
      ],
      { config: {} },
    );
    const grades = Object.fromEntries(corpus.participants.map((p) => [p.id, p.attributes.grade]));
    expect(grades).toMatchObject({ S104: '10', S107: '12', S108: '9', S109: '11' });
    // One disagreement within a year is still one: S105 is in grade 11 on 2025's roster and 12 on its survey.
    expect(corpus.warnings.filter((w) => /grade/.test(w.message)).map((w) => w.message)).toEqual([
      expect.stringMatching(/^the grade of 1 student differs between files: S105 \("11" in rosters\/2025\/class-list\.csv row 2, "12" in surveys\/2025\/spring\.csv row 2\)/),
    ]);
    expect(JSON.stringify(corpus.warnings)).not.toMatch(/Maya|Dev|Priya|Jordan|Sam/);
  });

  it('says rows, not files, where two rows of one sheet disagree (a form sent twice)', () => {
    const twice = answers([
      ['S1', 'Female', 'Projects'],
      ['S1', 'Male', 'Deadlines'],
    ]);
    const { warnings } = buildCorpus('forum', [read('form.csv', twice)], { config: {} });
    expect(warnings.map((w) => w.message)).toContainEqual(
      'the gender of 1 student differs between rows: S1 ("Female" in form.csv row 1, "Male" in form.csv row 2); ' +
        "the first read is kept (a roster's before a sheet's, then files in path order, then rows in order): correct the rows to agree",
    );
  });

  it('names the first few students of many and counts the rest, in one warning', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `S${100 + i}`);
    const first = answers(ids.map((id) => [id, 'F', 'Projects']));
    // Most ids agree, so the second file is the same students (not a file numbering its own).
    const second = answers(ids.map((id, i) => [id, i < 12 ? 'M' : 'F', 'Deadlines']));
    const { warnings } = buildCorpus('forum', [read('a.csv', first), read('b.csv', second)], { config: {} });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(/^the gender of 12 students differs between files: S100 \("Female" in a\.csv row 1, "Male" in b\.csv row 1\), S101 .*, S102 .* and 9 more;/);
  });
});

describe('buildCorpus: one question numbered and punctuated differently in different files', () => {
  const sheet = (headers: string[], rows: string[][]) => table([col(0, 'id', 'id'), ...headers.map((h, i) => col(i + 1, h, 'text'))], rows);

  it('is one question: numbering, end punctuation and curly quotes aside, in the wording first read', () => {
    const corpus = buildCorpus(
      'forum',
      [
        read('a.csv', sheet(['Q1. What else could schools do?', 'What’s working at your school?'], [['1', 'More flex time', 'Teachers who listen']])),
        read('b.csv', sheet(['What else could schools do', "What's working at your school"], [['2', 'Smaller classes', 'The clubs']])),
        read('c.csv', sheet(['1) What else could schools do?'], [['3', 'Field trips']])),
      ],
      { config: {} },
    );
    expect(corpus.questions).toEqual([
      { id: 'q1', text: 'Q1. What else could schools do?' },
      { id: 'q2', text: 'What’s working at your school?' },
    ]);
    expect(corpus.responses.map((r) => r.questionId)).toEqual(['q1', 'q2', 'q1', 'q2', 'q1']);
  });

  it('keeps apart two columns of one file that differ only in their numbers, and bare numbers ("Q1", "Q2") in any file', () => {
    const corpus = buildCorpus(
      'forum',
      [
        read('a.csv', sheet(['Q4 Why?', 'Q6 Why?'], [['1', 'Because of the timetable', 'Because the counsellor helped']])),
        read('b.csv', sheet(['Q1', 'Q2'], [['2', 'Smaller classes would help', 'Later start times']])),
        read('c.csv', sheet(['Q2'], [['3', 'More electives in grade 9']])),
      ],
      { config: {} },
    );
    expect(corpus.questions.map((q) => q.text)).toEqual(['Q4 Why?', 'Q6 Why?', 'Q1', 'Q2']);
  });

  it('looseQuestionKey drops a number only with its mark', () => {
    expect(looseQuestionKey('Question 2: What gets in the way?')).toBe('what gets in the way');
    expect(looseQuestionKey('4 - What gets in the way…')).toBe('what gets in the way');
    expect(looseQuestionKey('Q3a) What gets in the way')).toBe('what gets in the way');
    expect(looseQuestionKey('3 things that would help?')).toBe('3 things that would help');
    expect(looseQuestionKey('2.5 hours of homework: too much?')).toBe('2.5 hours of homework: too much');
  });
});

describe("a note-taker's notes", () => {
  it('counts a focus group of the students the notes name by label, keeps the labels in the texts, and redacts a name', () => {
    const notes = readText(
      Buffer.from('Focus group notes, Riverside Secondary\n\nStudent 3 said that the flex block helps.\nS2 thinks tests are too close together.\nMaya said her favourite part was the trip.\n- Student 1: wants more electives\n'),
      { file: 'notes.txt', config: {} },
    );
    const c = buildCorpus('forum', [read('notes.txt', notes.content as Transcript)], { config: {} });
    expect(c.sources[0]!.kind).toBe('transcript');
    expect(c.responses.map((r) => [r.participantId, r.text])).toEqual([
      ['T1-S1', 'Student 3 said that the flex block helps.'],
      ['T1-S2', 'S2 thinks tests are too close together.'],
      ['T1-U', '[name] said her favourite part was the trip.'],
      ['T1-S3', 'wants more electives'],
    ]);
  });
});

describe('a name column of a form that took no names', () => {
  it('"anonymous" (Microsoft Forms, anyone may answer) names no one: each row is its own student, and the word stays in the answers', () => {
    const form = table(
      [col(0, 'Email', 'ignore'), col(1, 'Name', 'name'), col(2, 'What do you want teachers to know?', 'text')],
      [
        ['anonymous', 'anonymous', 'That students want to be asked how they learn best'],
        ['anonymous', 'Anonymous', 'We need more breaks and time to move around'],
        ['anonymous', 'anonymous', 'I feel safer giving anonymous feedback like this form'],
        ['', 'Guest', 'Some of us learn better with hands on activities'],
      ],
    );
    const corpus = buildCorpus('forum', [read('Form.csv', form)], { config: {} });
    expect(corpus.participants).toHaveLength(4);
    expect(corpus.responses.map((r) => r.text)).toContain('I feel safer giving anonymous feedback like this form');
  });
});
