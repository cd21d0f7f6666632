// One focus group kept in several files (a recording stopped and restarted, saved as parts; a Zoom
// meeting's saved chat beside its transcript) is one group, its speakers one student each; files that are
// not named or shown to be one session stay apart.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/index.js';
import { backgroundSentence } from '../../src/analyses/background.js';
import type { Corpus } from '../../src/model.js';
import { reflect, tempDir } from '../cli/helpers.js';

const SAMPLE = path.resolve('fixtures/personalization-2016');
const TRADES = readFileSync(path.join(SAMPLE, 'focus-group-trades.txt'), 'utf8');
const CHAT = path.resolve('fixtures/readers/text/zoom-chat/input.txt');

// A Zoom meeting's transcript, its students' display names as in the chat fixture.
const MEETING_VTT = `WEBVTT

1
00:00:01.000 --> 00:00:05.000
Ms. Patel: Thanks for coming, everyone. How is flex block going for you this term?

2
00:00:06.000 --> 00:00:12.000
Jordan Lee: Honestly flex block is the only time I can see my math teacher, she is always busy after school.

3
00:00:13.000 --> 00:00:19.000
Amira Haddad: Same for me, and the counsellor is always booked so I never get to talk about my timetable.

4
00:00:20.000 --> 00:00:26.000
Priya Sandhu: I like that we get to choose where we go. It feels like the school trusts us a bit more.

5
00:00:27.000 --> 00:00:31.000
Ms. Patel: What would you change about it?

6
00:00:32.000 --> 00:00:38.000
Jordan Lee: More time. Forty minutes goes by really fast when you are stuck on something.
`;

function folder(files: Record<string, string>): string {
  const dir = tempDir('reflect-sessions-');
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const students = (corpus: Corpus) => corpus.participants.filter((p) => p.role === 'student').map((p) => p.id);
const groupsSentence = (corpus: Corpus) => backgroundSentence(corpus.participants, corpus.sources, [], 5).replace(/^.*?\. /, '');

/** The trades group's front matter, then its turns from `from` to `to` (lines of the file). */
function tradesPart(from: number, to: number): string {
  const lines = TRADES.split('\n');
  return [...lines.slice(0, 6), ...lines.slice(from, to)].join('\n');
}

describe('a focus group recorded in two parts', () => {
  it('is one focus group, each student once, recorded as a session and not warned of: the names say so', async () => {
    const corpus = await readCorpus(folder({ 'fg-trades part 1.txt': tradesPart(6, 21), 'fg-trades part 2.txt': tradesPart(21, 38) }), {});
    expect(students(corpus)).toEqual(['T1-S1', 'T1-S2', 'T1-S3', 'T1-S4', 'T1-S5']);
    expect(groupsSentence(corpus)).toBe('They spoke in one focus group.');
    expect(corpus.sources.map((s) => [s.id, s.status, s.session])).toEqual([
      ['fg-trades part 1.txt', 'read', 'fg-trades part 1.txt'],
      ['fg-trades part 2.txt', 'read', 'fg-trades part 1.txt'],
    ]);
    expect(corpus.warnings.filter((w) => /one focus group/.test(w.message))).toEqual([]);
    // Cole speaks in both parts: one participant.
    const cole = corpus.responses.filter((r) => /Carpentry|Grade 8 or 9/.test(r.text)).map((r) => r.participantId);
    expect(new Set(cole).size).toBe(1);
  });

  it('finds the facilitator of one part in the other, where that part alone would not show who leads', async () => {
    // The facilitator is named in the first part's front matter; the second part asks only two questions.
    const named = TRADES.replace('facilitator: Facilitator', 'facilitator: Dana').replace(/^Facilitator:/gm, 'Dana:');
    const lines = named.split('\n');
    const part1 = lines.slice(0, 27).join('\n');
    const part2 = lines.slice(27, 38).join('\n');
    const alone = await readCorpus(folder({ 'fg-trades-pt2.txt': part2 }), {});
    expect(alone.responses.some((r) => r.text.startsWith('Last question.'))).toBe(true);
    const corpus = await readCorpus(folder({ 'fg-trades-pt1.txt': part1, 'fg-trades-pt2.txt': part2 }), {});
    expect(corpus.responses.some((r) => r.text.startsWith('Last question.'))).toBe(false);
    expect(corpus.context.some((r) => r.text.startsWith('Last question.'))).toBe(true);
    expect(corpus.warnings.filter((w) => /no facilitator found/.test(w.message))).toEqual([]);
  });

  it('is written up as one focus group in the report', () => {
    const dir = folder({ 'fg-trades part 1.txt': tradesPart(6, 21), 'fg-trades part 2.txt': tradesPart(21, 38) });
    // --strict: a correct folder of parts raises no warning.
    const run = reflect(['analyze', dir, '--format', 'md', '-q', '--strict']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Five students from one school took part. They spoke in one focus group.');
    expect(run.stdout).toContain('The focus group interview was held in February 2017');
    expect(run.stdout).toContain('### In the focus group\n\nIn the focus group, 5 students spoke 23 times.');
    expect(run.stderr).toBe('');
    const sources = reflect(['analyze', dir, '--format', 'csv', '--table', 'sources', '-q']);
    expect(sources.stdout).toContain('fg-trades part 2.txt,transcript,txt,utf-8,read,0,0,0,');
    // `session`, then `title` (none here): the last two columns.
    expect(sources.stdout.trim().split('\n').map((line) => line.split(',').at(-2))).toEqual(['session', 'fg-trades part 1.txt', 'fg-trades part 1.txt']);
    const terminal = reflect(['analyze', dir, '--out', path.join(dir, 'report')]);
    expect(terminal.stdout).toContain('2 transcripts (1 focus group)');
  });

  it('keeps files numbered but not named as parts apart: two groups', async () => {
    const corpus = await readCorpus(folder({ 'fg-1.txt': tradesPart(6, 21), 'fg-2.txt': tradesPart(21, 38) }), {});
    expect(groupsSentence(corpus)).toBe('They spoke in two focus groups.');
    expect(corpus.sources.every((s) => s.session === undefined)).toBe(true);
  });
});

describe('a Zoom recording restarted the same day', () => {
  // The meeting's first three cues, then the rest as a second recording: Zoom names each by its start.
  const cues = MEETING_VTT.split('\n\n');
  const first = [...cues.slice(0, 4)].join('\n\n') + '\n';
  const second = ['WEBVTT', ...cues.slice(4)].join('\n\n').replace('Ms. Patel: What would you change about it?', 'Ms. Patel: What would you change about it?\n\n7\n00:00:39.000 --> 00:00:44.000\nAmira Haddad: A longer flex block, honestly.');
  const otherGroup = second.replace(/Jordan Lee/g, 'Sam Ortiz').replace(/Amira Haddad/g, 'Lena Fischer').replace(/Priya Sandhu/g, 'Noah Tran');

  it('is one focus group where the later recording holds the same students, with a warning, since it is a guess', async () => {
    const corpus = await readCorpus(
      folder({ 'GMT20240314-150012_Recording.transcript.vtt': first, 'GMT20240314-153540_Recording.transcript.vtt': second }),
      {},
    );
    expect(students(corpus)).toEqual(['T1-S1', 'T1-S2', 'T1-S3']);
    expect(groupsSentence(corpus)).toBe('They spoke in one focus group.');
    expect(corpus.sources.map((s) => s.session)).toEqual(['GMT20240314-150012_Recording.transcript.vtt', 'GMT20240314-150012_Recording.transcript.vtt']);
    expect(corpus.warnings.filter((w) => /one focus group/.test(w.message))).toEqual([
      {
        file: 'GMT20240314-150012_Recording.transcript.vtt',
        message:
          'this file and GMT20240314-153540_Recording.transcript.vtt are read as one focus group (a recording restarted with the same students): a speaker of the same name in them is one student, and they are counted as one group; rename the files if they are not one session',
      },
    ]);
  });

  it('keeps recordings of other students, or of another day, apart', async () => {
    const sameDay = await readCorpus(
      folder({ 'GMT20240314-150012_Recording.transcript.vtt': first, 'GMT20240314-161000_Recording.transcript.vtt': otherGroup }),
      {},
    );
    expect(groupsSentence(sameDay)).toBe('They spoke in two focus groups.');
    const nextDay = await readCorpus(
      folder({ 'GMT20240314-150012_Recording.transcript.vtt': first, 'GMT20240315-150012_Recording.transcript.vtt': second }),
      {},
    );
    expect(groupsSentence(nextDay)).toBe('They spoke in two focus groups.');
    for (const corpus of [sameDay, nextDay]) expect(corpus.sources.every((s) => s.session === undefined)).toBe(true);
  });
});

describe("a Zoom meeting's chat beside its transcript", () => {
  it('is one focus group with the transcript, by Zoom’s names for the two files', async () => {
    const chat = readFileSync(CHAT, 'utf8');
    const corpus = await readCorpus(
      folder({ 'GMT20240314-150012_Recording.transcript.vtt': MEETING_VTT, 'GMT20240314-150012_RecordingnewChat.txt': chat }),
      {},
    );
    expect(students(corpus)).toEqual(['T1-S1', 'T1-S2', 'T1-S3']);
    expect(groupsSentence(corpus)).toBe('They spoke in one focus group.');
    // Joined by the names Zoom gave the two files: nothing to warn of.
    expect(corpus.warnings.filter((w) => /one focus group/.test(w.message))).toEqual([]);
    // The facilitator's welcome in the chat is context, not a student's response.
    expect(corpus.context.some((r) => r.text.startsWith('Welcome!'))).toBe(true);
  });

  it('is one focus group with the transcript in its folder that names its senders, whatever the names', async () => {
    const chat = readFileSync(CHAT, 'utf8');
    const other = tradesPart(6, 38);
    const corpus = await readCorpus(folder({ 'middle school group.vtt': MEETING_VTT, 'meeting_saved_chat.txt': chat, 'trades group.txt': other }), {});
    const sessionOf = new Map(corpus.sources.map((s) => [s.id, s.session]));
    expect(sessionOf.get('meeting_saved_chat.txt')).toBe('middle school group.vtt');
    expect(sessionOf.get('trades group.txt')).toBeUndefined();
    expect(groupsSentence(corpus)).toBe('They spoke in two focus groups.');
    expect(students(corpus)).toHaveLength(3 + 5);
    // A guess from the senders' names, so the files read together are named in a warning.
    expect(corpus.warnings.map((w) => [w.file, w.message])).toContainEqual([
      'middle school group.vtt',
      'this file and meeting_saved_chat.txt are read as one focus group (a meeting’s transcript and its chat): a speaker of the same name in them is one student, and they are counted as one group; rename the files if they are not one session',
    ]);
  });

  it('is its own focus group where no transcript names its senders', async () => {
    const chat = readFileSync(CHAT, 'utf8');
    const corpus = await readCorpus(folder({ 'trades group.txt': tradesPart(6, 38), 'chat.txt': chat }), {});
    expect(corpus.sources.every((s) => s.session === undefined)).toBe(true);
    expect(groupsSentence(corpus)).toBe('They spoke in two focus groups.');
  });
});

describe('the sample conference', () => {
  it('keeps its four focus groups apart', async () => {
    const dir = tempDir('reflect-sessions-');
    for (const f of ['focus-group-alternate.txt', 'focus-group-middle.txt', 'focus-group-secondary.txt', 'focus-group-trades.txt']) {
      copyFileSync(path.join(SAMPLE, f), path.join(dir, f));
    }
    const corpus = await readCorpus(dir, {});
    expect(corpus.sources.every((s) => s.session === undefined)).toBe(true);
    expect(groupsSentence(corpus)).toBe('They spoke in four focus groups.');
  });
});
