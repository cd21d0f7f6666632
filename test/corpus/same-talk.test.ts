// Transcripts that repeat another transcript's talk (one focus group exported by its service as .txt and
// .docx and .vtt, a copy cleaned by hand, a part beside the whole) are read once; transcripts that merely
// share some of it are both read, with a warning.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sameTalk, type TranscriptToCompare } from '../../src/corpus/same-talk.js';
import { readCorpus } from '../../src/index.js';
import type { Transcript } from '../../src/model.js';
import { tempDir } from '../cli/helpers.js';

const EQUIVALENCE = path.resolve('fixtures/readers/equivalence');
const SAMPLE = path.resolve('fixtures/personalization-2016');
const TRADES = readFileSync(path.join(SAMPLE, 'focus-group-trades.txt'), 'utf8');

/** `Name: text` lines as a transcript (front matter left out), `Facilitator` leading. */
function transcript(id: string, text: string): TranscriptToCompare {
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
  const turns = body.split('\n').flatMap((l, i) => {
    const m = /^(\w+): (.*)$/.exec(l);
    return m ? [{ speaker: m[1]!, text: m[2]!, line: i + 1 }] : [];
  });
  const content: Transcript = { type: 'transcript', attributes: {}, turns };
  return { id, transcript: content, facilitators: new Set(['facilitator']) };
}

describe('sameTalk', () => {
  it('reads a hand-cleaned copy of a focus group instead of the raw one, whatever the order of names', () => {
    const cleaned = TRADES.replace('Mr. Boyd, pulled', '[teacher], pulled').replace('gonna', 'going to').replace('forty people', '40 people');
    for (const order of [
      [transcript('fg-trades.txt', TRADES), transcript('fg-trades-cleaned.txt', cleaned)],
      [transcript('fg-trades-cleaned.txt', cleaned), transcript('fg-trades.txt', TRADES)],
    ]) {
      const found = sameTalk(order);
      expect([...found.skip]).toEqual([
        ['fg-trades.txt', "the same students' words as fg-trades-cleaned.txt (the transcript saved again, in another format or edited); not read twice"],
      ]);
      expect(found.warnings).toEqual([]);
    }
  });

  it('skips one part of a session beside the whole, and reads two parts of it', () => {
    const lines = TRADES.split('\n');
    const part1 = lines.slice(0, 21).join('\n');
    const part2 = lines.slice(21).join('\n');
    const withWhole = sameTalk([transcript('fg-trades-part1.txt', part1), transcript('fg-trades.txt', TRADES)]);
    expect([...withWhole.skip.keys()]).toEqual(['fg-trades-part1.txt']);
    expect(withWhole.skip.get('fg-trades-part1.txt')).toMatch(/^100% of its students' words are also in fg-trades\.txt \(a part of it/);
    const parts = sameTalk([transcript('fg-trades-part1.txt', part1), transcript('fg-trades-part2.txt', part2)]);
    expect(parts).toEqual({ skip: new Map(), warnings: [] });
  });

  it('reads both, with a warning naming the other, where half of one group’s talk is in another', () => {
    const lines = TRADES.split('\n');
    const half = [...lines.slice(0, 24), 'Maya: We did a survey in the fall and nobody ever told us what happened with the results of it.', 'Maya: The counsellor said they would come back to us and they never came back to our class at all.', 'Jordan: Honestly I think most of us stopped filling them out after that because it felt like a waste of our time.', 'Jordan: If they want us to care about the survey they should show us one thing that changed because of it.'].join('\n');
    const found = sameTalk([transcript('fg-a.txt', TRADES), transcript('fg-b.txt', half)]);
    expect(found.skip.size).toBe(0);
    expect(found.warnings).toHaveLength(1);
    expect(found.warnings[0]!.file).toBe('fg-b.txt');
    expect(found.warnings[0]!.message).toMatch(/^\d+% of its students' words are also in fg-a\.txt; both are read: if they are one focus group or reflection saved twice, keep one/);
  });

  it('does not judge a short transcript', () => {
    const short = 'Facilitator: How was it?\nMaya: It was good, I liked the projects a lot.\nJordan: Same, the projects were the best part.';
    expect(sameTalk([transcript('a.txt', short), transcript('b.txt', short)]).skip.size).toBe(0);
  });
});

describe('a folder holding one focus group saved in six formats', () => {
  it('reads it once, and accounts for the others as skipped, naming the one read', async () => {
    const dir = tempDir('reflect-same-talk-');
    for (const f of ['focus-group.txt', 'focus-group.vtt', 'focus-group.docx', 'focus-group.srt', 'focus-group.md', 'focus-group-table.docx']) {
      copyFileSync(path.join(EQUIVALENCE, f), path.join(dir, f));
    }
    const corpus = await readCorpus(dir, {});
    expect(corpus.sources.filter((s) => s.status === 'read').map((s) => s.id)).toEqual(['focus-group.md']);
    for (const s of corpus.sources.filter((s) => s.status === 'skipped')) {
      expect(s).toMatchObject({ kind: 'transcript', reason: expect.stringMatching(/^the same students' words as focus-group\.md \(/) });
    }
    const alone = await readCorpus(path.join(dir, 'focus-group.md'), {});
    expect(corpus.participants.filter((p) => p.role === 'student')).toHaveLength(alone.participants.filter((p) => p.role === 'student').length);
    expect(corpus.responses.map((r) => r.text)).toEqual(alone.responses.map((r) => r.text));
  });
});

describe('the sample conference', () => {
  it('reads all four focus groups, though the same questions were asked in each', async () => {
    const corpus = await readCorpus(SAMPLE, {});
    expect(corpus.sources.filter((s) => s.kind === 'transcript' && s.status === 'read')).toHaveLength(4);
    expect(corpus.warnings.filter((w) => /students' words/.test(w.message))).toEqual([]);
  });

  it('reads a hand-cleaned copy of its trades focus group once, the cleaned one', async () => {
    const dir = tempDir('reflect-same-talk-');
    for (const f of ['focus-group-trades.txt', 'roster.csv']) copyFileSync(path.join(SAMPLE, f), path.join(dir, f));
    writeFileSync(path.join(dir, 'focus-group-trades-cleaned.txt'), TRADES.replace('Mr. Boyd, pulled', '[teacher], pulled').replace('gonna', 'going to'));
    const corpus = await readCorpus(dir, {});
    const read = corpus.sources.filter((s) => s.kind === 'transcript' && s.status === 'read').map((s) => s.id);
    expect(read).toEqual(['focus-group-trades-cleaned.txt']);
    expect(corpus.participants.filter((p) => p.role === 'student')).toHaveLength(5);
  });
});

describe('copies of a transcript named after a participant', () => {
  it('name the copy read as it is published, never by the name', async () => {
    const dir = tempDir('reflect-same-talk-');
    copyFileSync(path.join(EQUIVALENCE, 'focus-group.txt'), path.join(dir, 'with Maya.txt'));
    copyFileSync(path.join(EQUIVALENCE, 'focus-group.vtt'), path.join(dir, 'with Maya.vtt'));
    const corpus = await readCorpus(dir, {});
    const skipped = corpus.sources.find((s) => s.status === 'skipped');
    expect(skipped).toMatchObject({ id: 'with [name].vtt', reason: expect.stringMatching(/^the same students' words as with \[name\]\.txt \(/) });
    expect(JSON.stringify(corpus.sources)).not.toMatch(/Maya/);
  });
});
