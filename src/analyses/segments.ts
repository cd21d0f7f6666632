// Finds the response each coded segment of a QDA tool's export is part of, by its text: pure matching of
// segments against the responses' texts (reflect's responses.csv), with no file read or written here.
import { PLACEHOLDERS } from '../corpus/redact.js';

/** A response as the segments are matched against it: its id, its (de-identified) text and its source file. */
export interface ResponseText {
  responseId: string;
  text: string;
  /** The file it was read from (responses.csv's `source`), to tell apart a segment found in several. */
  source?: string;
}

/** One coded segment: its row, the document it was coded in (as the tool names it) and its text as coded. */
export interface Segment {
  line: number;
  document: string;
  text: string;
}

/** Why a segment was not given to any response. */
export type SkipReason = 'empty' | 'no-match' | 'ambiguous';

/** Where one segment was found: the responses it is part of (one, or consecutive turns it spans), or why none. */
export type SegmentPlace =
  | { line: number; responseIds: string[]; how: 'one' | 'by-document' | 'spanning' }
  | { line: number; skipped: SkipReason; candidates?: number };

// A de-identification placeholder stands for the words the coder's original text has there: a name of one
// to four words ("Ms. Patel", "Mary Ann de Vries").
const PLACEHOLDER_WORDS_MAX = 4;
// Between two turns of a transcript the coder's document has what responses.csv does not: a speaker's
// label and a timestamp ("S055:", "[00:03:12] Interviewer:"). A segment spanning turns may hold up to this many.
const GAP_WORDS_MAX = 6;
// A segment is read as spanning turns only when it holds at least this many words of each (or all of a
// shorter one): a word or two of a turn beside the gap proves little.
const SPAN_WORDS_MIN = 2;

/** A token of the responses' stream: a word of a response, a placeholder, or the gap between two turns. */
interface Token {
  kind: 'word' | 'placeholder' | 'gap';
  word: string;
  /** Index of its response (for a gap, the response after it). */
  response: number;
}

/** The responses compiled once for matching: each source's responses in order, as one stream of tokens. */
export interface CompiledResponses {
  responses: readonly ResponseText[];
  streams: Token[][];
  /** Words of each response (placeholders and gaps aside), to tell a turn the segment holds enough of. */
  wordCounts: number[];
  /** Word (or any placeholder) → where it stands in the streams, as pairs (stream, token): where a match may begin. */
  positions: Map<string, number[]>;
}

const PLACEHOLDER_SET = new Set<string>(PLACEHOLDERS.map((p) => p.slice(1, -1)));
/** The key of every placeholder's positions (no word has a space). */
const PLACEHOLDER_KEY = ' placeholder';

/**
 * Text as compared: case, spacing, curly and straight quotes and the kinds of dash do not matter, and
 * punctuation separates words. Words keep inner apostrophes ("don't") and a placeholder ("[name]") is kept
 * as one token, marked by its brackets.
 */
export function segmentWords(text: string): string[] {
  const plain = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032`´]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-');
  const out: string[] = [];
  for (const m of plain.matchAll(/\[([a-z]+)\]|[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu)) {
    if (m[1] !== undefined) {
      if (PLACEHOLDER_SET.has(m[1])) out.push(`[${m[1]}]`);
      else out.push(m[1]);
    } else out.push(m[0]);
  }
  return out;
}

/**
 * Compile the responses for {@link placeSegments}: one stream per source, its responses in the order
 * given (responses.csv lists a transcript's turns in order), a gap between each two.
 */
export function compileResponses(responses: readonly ResponseText[]): CompiledResponses {
  const streamOf = new Map<string, number>();
  const streams: Token[][] = [];
  const wordCounts: number[] = [];
  const positions = new Map<string, number[]>();
  responses.forEach((r, i) => {
    // Responses without a source are each a stream of their own: nothing says they follow one another.
    const key = r.source !== undefined && r.source !== '' ? `s:${r.source}` : `r:${i}`;
    let s = streamOf.get(key);
    const fresh = s === undefined;
    if (s === undefined) {
      s = streams.length;
      streamOf.set(key, s);
      streams.push([]);
    }
    const stream = streams[s]!;
    if (!fresh) stream.push({ kind: 'gap', word: '', response: i });
    let words = 0;
    for (const w of segmentWords(r.text)) {
      const placeholder = w.startsWith('[');
      if (!placeholder) words++;
      const key = placeholder ? PLACEHOLDER_KEY : w;
      (positions.get(key) ?? positions.set(key, []).get(key)!).push(s, stream.length);
      stream.push({ kind: placeholder ? 'placeholder' : 'word', word: w, response: i });
    }
    wordCounts.push(words);
  });
  return { responses, streams, wordCounts, positions };
}

/** One way a segment lies in a stream: the responses whose words it holds, and how many of each. */
interface Found {
  stream: number;
  held: Map<number, number>;
}

/**
 * Match the segment's words from `k` on against the stream from token `t` on, calling `done` with the
 * words held of each response for every complete match. The first word may be the end of a word of the
 * text, the last its start (a highlight that began or ended inside a word); a placeholder takes one to four
 * of the segment's words, and a gap between turns none to six.
 */
function matchFrom(words: readonly string[], k: number, stream: readonly Token[], t: number, held: Map<number, number>, done: (held: Map<number, number>) => void, budget: { steps: number }): void {
  if (--budget.steps < 0) return;
  if (k === words.length) {
    done(new Map(held));
    return;
  }
  const token = stream[t];
  if (token === undefined) return;
  const last = words.length - 1;
  // `held` is changed in place and put back after each try: no map is made but for a match found.
  const hold = (r: number, n: number, go: () => void): void => {
    const before = held.get(r);
    held.set(r, (before ?? 0) + n);
    go();
    if (before === undefined) held.delete(r);
    else held.set(r, before);
  };
  if (token.kind === 'word') {
    const w = words[k]!;
    const ok = k === 0 && k === last
      ? token.word.includes(w)
      : k === 0
        ? token.word.endsWith(w)
        : k === last
          ? token.word.startsWith(w)
          : token.word === w;
    if (ok) hold(token.response, 1, () => matchFrom(words, k + 1, stream, t + 1, held, done, budget));
    return;
  }
  if (token.kind === 'placeholder') {
    hold(token.response, 0, () => {
      for (let take = 1; take <= PLACEHOLDER_WORDS_MAX && k + take <= words.length; take++) matchFrom(words, k + take, stream, t + 1, held, done, budget);
    });
    return;
  }
  // A gap is crossed only inside a segment: one that began or ended there would have words of no response.
  if (k === 0) return;
  for (let take = 0; take <= GAP_WORDS_MAX && k + take < words.length; take++) {
    matchFrom(words, k + take, stream, t + 1, held, done, budget);
  }
}

/** Every place in the streams a segment's words lie. */
function findAll(words: readonly string[], compiled: CompiledResponses): Found[] {
  const found: Found[] = [];
  // A match begins at a word ending in the segment's first (a highlight may begin inside a word) or at a
  // placeholder: those are all the starts there are, found from the texts' words rather than every token.
  const first = words[0]!;
  const starts: number[][] = [compiled.positions.get(PLACEHOLDER_KEY) ?? []];
  const begins = words.length === 1 ? (word: string) => word.includes(first) : (word: string) => word.endsWith(first);
  for (const [word, at] of compiled.positions) if (word !== PLACEHOLDER_KEY && begins(word)) starts.push(at);
  // After a placeholder the text goes on with one of the segment's next four words (or ends, or another
  // placeholder or a gap follows): a cheap test that passes over most placeholders before matching.
  const after = new Set(words.slice(1, PLACEHOLDER_WORDS_MAX + 1));
  const mayFollow = (token: Token | undefined): boolean => token === undefined || token.kind !== 'word' || after.has(token.word) || words.length <= PLACEHOLDER_WORDS_MAX + 1;
  // After a word the text goes on with the segment's second (its start, where that is its last).
  const second = words[1];
  const secondFits = (token: Token | undefined): boolean =>
    second === undefined || (token !== undefined && (token.kind !== 'word' || (words.length === 2 ? token.word.startsWith(second) : token.word === second)));
  for (const [n, at] of starts.entries()) {
    for (let i = 0; i < at.length; i += 2) {
      const s = at[i]!;
      const next = compiled.streams[s]![at[i + 1]! + 1];
      if (n === 0 ? !mayFollow(next) : !secondFits(next)) continue;
      // Bounded, so that a segment of many short words beside many placeholders cannot run away.
      matchFrom(words, 0, compiled.streams[s]!, at[i + 1]!, new Map(), (held) => found.push({ stream: s, held }), { steps: 10_000 });
    }
  }
  return found;
}

/** A document's or a source file's name as compared: its base name without extension or sheet, in plain words. */
function documentKey(name: string): string {
  const base = name.replace(/#.*$/, '').split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/, '');
  return segmentWords(stem).join(' ');
}

/** Whether a match is sound: words of at least one response, and, spanning turns, enough words of each. */
function sound(found: Found, compiled: CompiledResponses): boolean {
  const held = [...found.held.entries()];
  if (!held.some(([, n]) => n > 0)) return false;
  if (held.length === 1) return true;
  return held.every(([r, n]) => n >= Math.min(SPAN_WORDS_MIN, compiled.wordCounts[r]!));
}

/**
 * The response (or consecutive turns) each segment is part of, found by its text in the responses'. A
 * segment found in one response is that response's; found in several, it is narrowed to those of the
 * source its document names (MAXQDA's "Document name", Taguette's "document", against responses.csv's
 * `source`, by base name without extension); a segment no single response holds may span consecutive
 * turns of one source, and is then each of theirs. Otherwise it is skipped, with the reason.
 */
export function placeSegments(segments: readonly Segment[], compiled: CompiledResponses): SegmentPlace[] {
  return segments.map((seg): SegmentPlace => {
    const words = segmentWords(seg.text);
    if (!words.some((w) => !w.startsWith('['))) return { line: seg.line, skipped: 'empty' };
    const found = findAll(words, compiled).filter((f) => sound(f, compiled));
    const ids = (f: Found): number[] => [...f.held.keys()].sort((a, b) => a - b);
    // A response that holds the whole segment is its place, before any spanning of turns.
    const single = found.filter((f) => f.held.size === 1);
    const candidates = single.length > 0 ? single : found;
    const distinct = new Map<string, number[]>();
    for (const f of candidates) distinct.set(ids(f).join(','), ids(f));
    let places = [...distinct.values()];
    if (places.length === 0) return { line: seg.line, skipped: 'no-match' };
    let how: 'one' | 'by-document' | 'spanning' = single.length > 0 ? 'one' : 'spanning';
    if (places.length > 1 && seg.document.trim() !== '') {
      const doc = documentKey(seg.document);
      const narrowed = places.filter((p) => p.every((r) => documentKey(compiled.responses[r]!.source ?? '') === doc));
      if (narrowed.length > 0 && narrowed.length < places.length) {
        places = narrowed;
        if (how === 'one') how = 'by-document';
      }
    }
    if (places.length > 1) return { line: seg.line, skipped: 'ambiguous', candidates: places.length };
    return { line: seg.line, responseIds: places[0]!.map((r) => compiled.responses[r]!.responseId), how };
  });
}
