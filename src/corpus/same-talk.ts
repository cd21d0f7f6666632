// Transcripts that hold talk another transcript already holds: one focus group exported twice by its
// service (Otter's .txt and .docx, Zoom's .vtt and a .txt), a copy with typos fixed and a name taken out
// by hand ("fg-trades-cleaned.docx"), or one part of a session beside the whole. Byte-identical files are
// caught earlier (read-files.ts); these differ in format or in a few words, so they are compared by the
// runs of words their students said. Read as well, each would count the group and its students twice.
import type { Transcript, Warning } from '../model.js';
import { idParts, keptCopyFirst } from './source-ids.js';
import { byCodeUnits } from '../util/text.js';

/** A transcript to compare: its id, its turns, and the speakers who led it (not compared). */
export interface TranscriptToCompare {
  id: string;
  transcript: Transcript;
  facilitators: ReadonlySet<string>;
}

/** What {@link sameTalk} found. */
export interface SameTalk {
  /** Transcripts whose students' talk is in another transcript, by id, with the reason they are not read. */
  skip: Map<string, string>;
  /** Transcripts sharing much, not most, of their talk with another: both read, and said so. */
  warnings: Warning[];
}

/**
 * Words in a run. Six words running in the same order in two transcripts are, but for a stock phrase,
 * the same sentence: different groups asked the same questions do not share them, while a fixed typo or
 * a name changed by hand loses only the runs across it.
 */
const RUN = 6;
/** A transcript needs this many runs of its students' words (about 35 words) before it is judged. */
const MIN_RUNS = 30;
/** Share of a transcript's runs in another from which it is that transcript again (or a part of it). */
const SAME_SHARE = 0.8;
/** Share of a transcript's runs in another from which the overlap is pointed out. */
const WARN_SHARE = 0.3;
/**
 * Words in a file's name that say it is the copy someone worked on: of two copies of one transcript, such
 * a one is read ("fg-trades-cleaned.docx" rather than "fg-trades.docx").
 */
const WORKED_ON = /(?:^|[^\p{L}])(?:clean(?:ed)?|edit(?:ed)?|corrected|final|anonymi[sz]ed|de-?identified|redacted|revised)(?![\p{L}])/iu;

/**
 * Which transcripts repeat another's talk. The students' turns (facilitators' left out: groups asked the
 * same questions share them) are folded to words (case, accents, apostrophes and punctuation aside) and
 * cut into overlapping runs of {@link RUN} words. Two transcripts that each hold at least
 * {@link SAME_SHARE} of the other's runs are the same talk: one is read, the one whose name says it was
 * cleaned or edited ({@link WORKED_ON}), else the shorter name (then the first by id), as for identical
 * files. A transcript holding that share of a larger one's runs, but not the other way round, is a part of
 * it and is not read. A transcript sharing {@link WARN_SHARE} or more, but less, is read with a warning
 * naming both. Pure; costs nothing with fewer than two transcripts.
 */
export function sameTalk(transcripts: readonly TranscriptToCompare[]): SameTalk {
  const skip = new Map<string, string>();
  const warnings: Warning[] = [];
  if (transcripts.length < 2) return { skip, warnings };
  const counted = transcripts.map((t) => ({ id: t.id, runs: runsOf(t) })).filter((t) => t.runs.size >= MIN_RUNS);
  if (counted.length < 2) return { skip, warnings };
  // Which transcripts hold each run, to compare a transcript only with those it shares a run with.
  const holders = new Map<string, number[]>();
  counted.forEach((t, i) => {
    for (const run of t.runs) {
      const list = holders.get(run);
      if (list) list.push(i);
      else holders.set(run, [i]);
    }
  });
  // Runs shared by each pair (i < j), keyed i * n + j.
  const n = counted.length;
  const shared = new Map<number, number>();
  for (const list of holders.values()) {
    if (list.length < 2) continue;
    for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) {
      const key = list[a]! * n + list[b]!;
      shared.set(key, (shared.get(key) ?? 0) + 1);
    }
  }
  const pairs = [...shared]
    .map(([key, runs]) => ({ a: Math.floor(key / n), b: key % n, runs }))
    .sort((x, y) => y.runs - x.runs || x.a - y.a || x.b - y.b);
  const share = (runs: number, i: number): number => runs / counted[i]!.runs.size;
  // Copies of one talk (each holding most of the other's), gathered so that one of them all is read.
  const copyOf = counted.map((_, i) => i);
  const root = (i: number): number => (copyOf[i] === i ? i : (copyOf[i] = root(copyOf[i]!)));
  for (const { a, b, runs } of pairs) if (share(runs, a) >= SAME_SHARE && share(runs, b) >= SAME_SHARE) copyOf[root(a)] = root(b);
  const copies = new Map<number, string[]>();
  counted.forEach((t, i) => copies.set(root(i), [...(copies.get(root(i)) ?? []), t.id]));
  for (const ids of copies.values()) {
    const [kept, ...rest] = ids.sort(preferredFirst);
    for (const id of rest) skip.set(id, `the same students' words as ${kept} (the transcript saved again, in another format or edited); not read twice`);
  }
  // A part of a larger transcript (an earlier export, one part beside the whole session).
  for (const { a, b, runs } of pairs) {
    const ofA = share(runs, a);
    if ((ofA >= SAME_SHARE) === (share(runs, b) >= SAME_SHARE)) continue;
    const [part, whole] = ofA >= SAME_SHARE ? [a, b] : [b, a];
    const partId = counted[part]!.id;
    const wholeId = counted[whole]!.id;
    if (skip.has(partId) || skip.has(wholeId)) continue;
    skip.set(partId, `${Math.floor(share(runs, part) * 100)}% of its students' words are also in ${wholeId} (a part of it, or an earlier export); not read twice`);
  }
  const warned = new Set<string>();
  for (const { a, b, runs } of pairs) {
    const ofA = share(runs, a);
    const ofB = share(runs, b);
    if (ofA >= SAME_SHARE || ofB >= SAME_SHARE || Math.max(ofA, ofB) < WARN_SHARE) continue;
    const [i, j] = ofA >= ofB ? [a, b] : [b, a];
    const id = counted[i]!.id;
    const other = counted[j]!.id;
    if (skip.has(id) || skip.has(other) || warned.has(id)) continue;
    warned.add(id);
    warnings.push({
      file: id,
      message: `${Math.floor(share(runs, i) * 100)}% of its students' words are also in ${other}; both are read: if they are one focus group or reflection saved twice, keep one, or those words count twice`,
    });
  }
  return { skip, warnings: warnings.sort((x, y) => byCodeUnits(x.file!, y.file!)) };
}

/** The order in which copies of one transcript are kept: one whose name says it was worked on first. */
function preferredFirst(a: string, b: string): number {
  const workedA = WORKED_ON.test(idParts(a).stem);
  const workedB = WORKED_ON.test(idParts(b).stem);
  return workedA !== workedB ? (workedA ? -1 : 1) : keptCopyFirst(a, b);
}

/** The runs of {@link RUN} words of the students' turns, run on across turns as the talk runs on. */
function runsOf(t: TranscriptToCompare): Set<string> {
  const words: string[] = [];
  for (const turn of t.transcript.turns) {
    if (turn.speaker && t.facilitators.has(turn.speaker.trim().toLowerCase())) continue;
    for (const w of wordsOf(turn.text)) words.push(w);
  }
  const runs = new Set<string>();
  for (let i = 0; i + RUN <= words.length; i++) runs.add(words.slice(i, i + RUN).join(' '));
  return runs;
}

/** Words folded as a reader compares them: lower case, no accents, "don't" and "don’t" as "dont". */
function wordsOf(text: string): string[] {
  return (
    text
      .normalize('NFD')
      .toLowerCase()
      .replace(/[\p{M}'’‘`´]/gu, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}
