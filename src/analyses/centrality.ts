// TF-IDF vectors of every response and their centrality within a pool, for quote selection: one pass
// over the corpus' text that also counts each response's words, so the text is read once.
import type { Response } from '../model.js';
import { releaseMemory } from '../corpus/read-files.js';
import { hashOf, Lexicon } from '../nlp/lexicon.js';

/**
 * Sparse, L2-normalised TF-IDF vectors for the corpus, kept in flat arrays: per response a run of
 * distinct term ids with their counts. Weights are worked out when a vector is used, so the
 * corpus costs two integers per distinct term rather than objects.
 */
export interface VectorSpace {
  /**
   * Response i's terms are `ids[offsets[i]] … ids[offsets[i + 1] - 1]`, with counts in `tf`: in order
   * of first appearance until its norm is first taken (see normOf), ascending from then on.
   */
  offsets: Int32Array;
  /** Two bytes a term where the vocabulary allows it (the arrays hold millions of terms). */
  ids: Int32Array | Uint16Array;
  /** Counts up to 254; TF_MORE means the count is in `tfMore`, by position. */
  tf: Uint8Array;
  tfMore: Map<number, number>;
  idf: Float64Array;
  /** Per response: the L2 norm of its raw weights, or -1 until first needed. */
  norms: Float64Array;
  vocabularySize: number;
}

/** What one pass over the corpus' text yields: the vector space and two cheap facts per response. */
export interface CorpusScan {
  space: VectorSpace;
  /** Per response: its words, as {@link quickWordCount} counts them. */
  words: Int32Array;
  /** Per response: 1 when its text holds a "[" (and so perhaps a placeholder such as [name]). */
  brackets: Uint8Array;
}

/** Words too common to tell responses apart, left out of the vectors (after {@link normaliseTerm}). */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about after all also am an and any are as at be because been before being but by can could did do does ' +
    'doing don dont for from get got had has have having he her here hers him his how i if in into is it its ' +
    'just like me more most my no nor not now of off on once only or other our ours out over own really same ' +
    'she should so some such than that the their theirs them then there these they this those through to too ' +
    'under until up very was we were what when where which while who whom why will with would you your yours ' +
    'im ive id thats dont cant wont isnt arent name email phone handle'
  ).split(' '),
);

/** Light normalisation so "teachers"/"teacher" and "students'"/"student" share a term. */
export function normaliseTerm(t: string): string {
  let w = t.toLowerCase().replace(/['’]s$/, '').replace(/['’]/g, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  return w;
}

/**
 * Words in a text, counted without allocating: runs of letters, digits and apostrophes (any non-ASCII
 * character counts as a letter). Agrees with a word regex on ordinary text; {@link scanCorpus} counts
 * the same way as it goes.
 */
export function quickWordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const wordChar: boolean = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127 || (inWord && c === 39);
    if (wordChar && !inWord) n++;
    inWord = wordChar;
  }
  return n;
}

const LETTER = /^\p{L}$/u;
const UNSEEN = -2;
// Per ASCII code of lower-cased text, bit flags: a term character (a-z or '), the child slot of that
// character in the trie (bits 8+), a word character (digit or letter), a "[".
const TERM = 1;
const WORD = 2;
const BRACKET = 4;
const ASCII_CLASS = Uint16Array.from({ length: 128 }, (_, c) => {
  if (c >= 97 && c <= 122) return TERM | WORD | ((c - 97) << 8);
  if (c >= 65 && c <= 90) return WORD; // not in lower-cased text
  if (c >= 48 && c <= 57) return WORD;
  if (c === 39) return TERM | (26 << 8);
  return c === 91 ? BRACKET : 0;
});
const SLOTS = 27;
// The trie of ASCII tokens stops growing here (27 integers a node); rarer tokens take the lexicon's path.
const MAX_NODES = 1 << 18;
// Per BMP code unit above ASCII: 0 not yet known, 1 a letter, 2 not a letter.
const letterCache = new Uint8Array(0x10000);

/** Units taken by the non-ASCII term character (a letter or ’) at `i`: 1, 2 for a surrogate pair, or 0 for none. */
function wideTermCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x2019) return 1;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let known = letterCache[c]!;
  if (known === 0) letterCache[c] = known = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

const CHUNK = 1 << 18;
/** A term count stored as this byte is kept apart, in `VectorSpace.tfMore`. */
const TF_MORE = 255;
// 1 + ln(tf) for the counts held in a byte, worked out once (the same values Math.log gives each time).
const LOG_TF = Float64Array.from({ length: TF_MORE }, (_, tf) => (tf > 0 ? 1 + Math.log(tf) : 0));

/** A copy of `a` at least `size` long (doubling), the new part filled with `fill`. */
function widen(a: Int32Array<ArrayBuffer>, size: number, fill: number): Int32Array<ArrayBuffer> {
  if (size <= a.length) return a;
  const b = new Int32Array(Math.max(size, a.length * 2));
  if (fill !== 0) b.fill(fill, a.length);
  b.set(a);
  return b;
}

/** The trie of the ASCII tokens read so far, {@link SLOTS} children a node (0 = none; node 0 is the root). */
interface Trie {
  children: Int32Array<ArrayBuffer>;
  /** Per node, the term id of the token ending there: UNSEEN until first needed, -1 for none. */
  termAt: Int32Array<ArrayBuffer>;
  nodes: number;
}

/** One text's tokens as {@link readTokens} leaves them, with its word count and whether it holds a "[". */
interface TextTokens {
  /** Token k is `text.slice(spans[3k], spans[3k + 1])`, ending at trie node `spans[3k + 2]` (-1: off the trie). */
  spans: Int32Array<ArrayBuffer>;
  count: number;
  words: number;
  bracket: boolean;
}

/** Whether `text[from, to)` is all ASCII apostrophes (which carry a word on but start none). */
function apostrophesOnly(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (text.charCodeAt(p) !== 39) return false;
  return true;
}

/**
 * The tokens of a lower-cased text (runs of letters and apostrophes) that may be terms, walked down the
 * trie as they are read, and its words as {@link quickWordCount} counts them (the lower-cased text gives
 * the same count: lower-casing maps letters to letters and marks). Tokens whose node the trie already
 * knows to be no term (stop words, single letters) are left out here. Kept apart from the rest of the
 * scan, and reading token by token, each character once, so the loop that runs per character is small.
 */
function readTokens(text: string, trie: Trie, out: TextTokens): void {
  const length = text.length;
  let children = trie.children;
  let nodes = trie.nodes;
  let spans = out.spans;
  let count = 0;
  let words = 0;
  // Whether the last character other than an apostrophe was a word character: an apostrophe carries a
  // word on but starts none.
  let inWord = false;
  let bracket = 0;
  let p = 0;
  let c = length > 0 ? text.charCodeAt(0) : 32;
  while (p < length) {
    const start = p;
    let node = 0;
    for (;;) {
      if (c < 128) {
        const cls = ASCII_CLASS[c]!;
        if ((cls & TERM) === 0) break;
        if (node >= 0) {
          const at = node * SLOTS + (cls >> 8);
          let next = children[at]!;
          if (next === 0 && nodes < MAX_NODES) {
            next = nodes++;
            if (nodes > trie.termAt.length) {
              trie.termAt = widen(trie.termAt, nodes, UNSEEN);
              trie.children = children = widen(children, trie.termAt.length * SLOTS, 0);
            }
            children[at] = next;
          }
          node = next === 0 ? -1 : next;
        }
      } else {
        const units = wideTermCharLength(text, p);
        if (units === 0) break;
        node = -1;
        // The second half of a pair is a word character too (and never starts a word).
        p += units - 1;
      }
      c = ++p < length ? text.charCodeAt(p) : 32;
    }
    if (p > start) {
      if (!inWord && !apostrophesOnly(text, start, p)) {
        words++;
        inWord = true;
      }
      // A token known to be no term (a stop word, a single letter) need not be looked at again.
      if (node < 0 || trie.termAt[node] !== -1) {
        if (3 * count + 3 > spans.length) out.spans = spans = widen(spans, 3 * count + 3, 0);
        spans[3 * count] = start;
        spans[3 * count + 1] = p;
        spans[3 * count + 2] = node;
        count++;
      }
      if (p >= length) break;
    }
    // `c`, at p, is no term character: a digit or any other non-ASCII character is a word character.
    if (c >= 128 || (ASCII_CLASS[c]! & WORD) !== 0) {
      if (!inWord) words++;
      inWord = true;
    } else {
      inWord = false;
      bracket |= ASCII_CLASS[c]! & BRACKET;
    }
    c = ++p < length ? text.charCodeAt(p) : 32;
  }
  trie.nodes = nodes;
  out.count = count;
  out.words = words;
  out.bracket = bracket !== 0;
}

/**
 * Read every response's text once: its terms (the runs of letters and apostrophes of the lower-cased
 * text, as splitting it on /[^\p{L}'’]+/u would give, normalised, stop words dropped) into the vector
 * space, its word count, and whether it holds a "[".
 *
 * Term ids are given in order of first appearance. ASCII tokens are found by walking a trie of the
 * tokens seen so far, one array step a character, so a known token costs no hashing or string
 * comparison; tokens with other characters (and any once the trie is full) are interned by the lexicon.
 */
export function scanCorpus(responses: readonly Response[]): CorpusScan {
  const n = responses.length;
  const words = new Int32Array(n);
  const brackets = new Uint8Array(n);
  const trie: Trie = { children: new Int32Array(SLOTS * 1024), termAt: new Int32Array(1024).fill(UNSEEN), nodes: 1 };
  const tokens: TextTokens = { spans: new Int32Array(3 * 256), count: 0, words: 0, bracket: false };
  // Tokens with non-ASCII letters, by lexicon id.
  const lexicon = new Lexicon();
  let termOfToken = new Int32Array(256).fill(UNSEEN);
  const vocabulary = new Map<string, number>();
  const df: number[] = [];
  // One response's distinct terms and their counts, in order of appearance; per term id, the response
  // it was last seen in and its slot there.
  let termIds = new Int32Array(256);
  let termCounts = new Int32Array(256);
  let seenIn = new Int32Array(1024).fill(-1);
  let slotOf = new Int32Array(1024);
  const offsets = new Int32Array(n + 1);
  // Term ids and counts, appended in fixed-size chunks and copied once into arrays of the exact size at
  // the end: an array grown by doubling and trimmed holds up to three times the data at its peak.
  // Counts are bytes: a term occurs more than 254 times in one response only in very long transcripts.
  // Ids take two bytes until the vocabulary outgrows them (then every chunk is widened once), as the
  // final array does: chunks and final array are all held at once, while the one is copied into the other.
  let idChunks: (Uint16Array | Int32Array)[] = [];
  const tfChunks: Uint8Array[] = [];
  let idChunk: Uint16Array | Int32Array = new Uint16Array(CHUNK);
  let tfChunk = new Uint8Array(CHUNK);
  let inChunk = 0;
  let stored = 0;
  const tfMore = new Map<number, number>();

  const termOfWord = (word: string): number => {
    const t = normaliseTerm(word);
    if (t.length < 2 || STOPWORDS.has(t)) return -1;
    let id = vocabulary.get(t);
    if (id === undefined) {
      id = vocabulary.size;
      vocabulary.set(t, id);
      df.push(0);
      if (id === 0x10000) {
        const narrow = [...idChunks, idChunk];
        idChunks = idChunks.map((c) => Int32Array.from(c));
        idChunk = Int32Array.from(idChunk);
        releaseMemory(...narrow);
      }
    }
    return id;
  };

  for (let i = 0; i < n; i++) {
    const text = responses[i]!.text.toLowerCase();
    readTokens(text, trie, tokens);
    const spans = tokens.spans;
    let distinct = 0;
    for (let k = 0; k < tokens.count; k++) {
      const start = spans[3 * k]!;
      const end = spans[3 * k + 1]!;
      const node = spans[3 * k + 2]!;
      let id: number;
      if (node >= 0) {
        id = trie.termAt[node]!;
        if (id === UNSEEN) trie.termAt[node] = id = termOfWord(text.slice(start, end));
      } else {
        const token = lexicon.intern(text, start, end, hashOf(text, start, end));
        if (token >= termOfToken.length) termOfToken = widen(termOfToken, token + 1, UNSEEN);
        id = termOfToken[token]!;
        if (id === UNSEEN) termOfToken[token] = id = termOfWord(lexicon.words[token]!);
      }
      if (id < 0) continue;
      if (id >= seenIn.length) {
        seenIn = widen(seenIn, id + 1, -1);
        slotOf = widen(slotOf, id + 1, 0);
      }
      if (seenIn[id] === i) {
        termCounts[slotOf[id]!]!++;
        continue;
      }
      seenIn[id] = i;
      if (distinct === termIds.length) {
        termIds = widen(termIds, distinct + 1, 0);
        termCounts = widen(termCounts, distinct + 1, 0);
      }
      slotOf[id] = distinct;
      termIds[distinct] = id;
      termCounts[distinct++] = 1;
    }
    words[i] = tokens.words;
    brackets[i] = tokens.bracket ? 1 : 0;
    for (let a = 0; a < distinct; a++) {
      if (inChunk === CHUNK) {
        idChunks.push(idChunk);
        tfChunks.push(tfChunk);
        idChunk = idChunk instanceof Uint16Array ? new Uint16Array(CHUNK) : new Int32Array(CHUNK);
        tfChunk = new Uint8Array(CHUNK);
        inChunk = 0;
      }
      const id = termIds[a]!;
      const count = termCounts[a]!;
      idChunk[inChunk] = id;
      tfChunk[inChunk++] = count < TF_MORE ? count : TF_MORE;
      if (count >= TF_MORE) tfMore.set(stored, count);
      stored++;
      df[id]!++;
    }
    offsets[i + 1] = stored;
  }
  releaseMemory(trie.children, trie.termAt, tokens.spans, termOfToken, seenIn, slotOf, termIds, termCounts);
  const idf = Float64Array.from(df, (d) => Math.log((n + 1) / (d + 1)) + 1);
  idChunks.push(idChunk.subarray(0, inChunk));
  tfChunks.push(tfChunk.subarray(0, inChunk));
  // Ids first, then counts, each chunk let go once copied: fewer chunks held beside each final array.
  const ids = vocabulary.size - 1 <= 0xffff ? new Uint16Array(stored) : new Int32Array(stored);
  for (let k = 0; k < idChunks.length; k++) {
    ids.set(idChunks[k]!, k * CHUNK);
    releaseMemory(idChunks[k]);
  }
  const counts = new Uint8Array(stored);
  for (let k = 0; k < tfChunks.length; k++) {
    counts.set(tfChunks[k]!, k * CHUNK);
    releaseMemory(tfChunks[k]);
  }
  releaseMemory(idChunk, tfChunk);
  const space: VectorSpace = {
    offsets,
    ids,
    tf: counts,
    tfMore,
    idf,
    norms: new Float64Array(n).fill(-1),
    vocabularySize: vocabulary.size,
  };
  return { space, words, brackets };
}

// Per term id, its count in the response being sorted (scratch for sortTerms, grown as needed).
let countOfTerm = new Uint8Array(1024);

/**
 * Sort the terms at positions `from` … `to` - 1 by id: the ids natively, in place, and each count put
 * back beside its id (ids are distinct within a response). Half the instructions of an insertion sort
 * moving ids and counts side by side.
 */
function sortTerms(space: VectorSpace, from: number, to: number): void {
  const { ids, tf, tfMore } = space;
  if (space.vocabularySize > countOfTerm.length) countOfTerm = new Uint8Array(space.vocabularySize);
  const countOf = countOfTerm;
  // Counts kept apart (TF_MORE) follow their term, by id.
  let more: Map<number, number> | undefined;
  for (let j = from; j < to; j++) {
    countOf[ids[j]!] = tf[j]!;
    if (tf[j] === TF_MORE) {
      (more ??= new Map()).set(ids[j]!, tfMore.get(j)!);
      tfMore.delete(j);
    }
  }
  ids.subarray(from, to).sort();
  for (let j = from; j < to; j++) {
    tf[j] = countOf[ids[j]!]!;
    if (tf[j] === TF_MORE) tfMore.set(j, more!.get(ids[j]!)!);
  }
}

/** Raw TF-IDF weight of the term at position j of the flat arrays. */
function rawWeight(space: VectorSpace, j: number): number {
  const tf = space.tf[j]!;
  return (tf === TF_MORE ? 1 + Math.log(space.tfMore.get(j)!) : LOG_TF[tf]!) * space.idf[space.ids[j]!]!;
}

/**
 * The L2 norm of response i's raw weights (summed in term order), computed once; the first call puts
 * the response's terms in ascending order (they are stored in order of appearance, and most responses
 * are never scored).
 */
function normOf(space: VectorSpace, i: number): number {
  let norm = space.norms[i]!;
  if (norm >= 0) return norm;
  sortTerms(space, space.offsets[i]!, space.offsets[i + 1]!);
  norm = 0;
  for (let j = space.offsets[i]!; j < space.offsets[i + 1]!; j++) {
    const w = rawWeight(space, j);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  space.norms[i] = norm;
  return norm;
}

/**
 * Centrality of each candidate: cosine similarity of its TF-IDF vector to the centroid of the basis
 * responses other than itself (leave-one-out when it is in the basis). Linear in basis + candidates.
 * `mark` is scratch, one byte per response, all 0 (and left so).
 */
export function centrality(space: VectorSpace, basis: readonly number[], candidates: readonly number[], mark: Uint8Array): Float64Array {
  const { offsets, ids } = space;
  const centroid = new Float64Array(space.vocabularySize);
  for (const i of basis) {
    const norm = normOf(space, i);
    for (let j = offsets[i]!; j < offsets[i + 1]!; j++) centroid[ids[j]!]! += norm > 0 ? rawWeight(space, j) / norm : 0;
    mark[i] = 1;
  }
  let norm2 = 0;
  for (let t = 0; t < centroid.length; t++) norm2 += centroid[t]! * centroid[t]!;
  const scores = new Float64Array(candidates.length);
  for (let k = 0; k < candidates.length; k++) {
    const i = candidates[k]!;
    if (offsets[i + 1] === offsets[i]) continue;
    const norm = normOf(space, i);
    let dot = 0;
    for (let j = offsets[i]!; j < offsets[i + 1]!; j++) dot += (norm > 0 ? rawWeight(space, j) / norm : 0) * centroid[ids[j]!]!;
    if (mark[i] === 0) {
      scores[k] = norm2 > 1e-12 ? Math.max(0, dot / Math.sqrt(norm2)) : 0;
      continue;
    }
    // Leave-one-out: |c − v|² = |c|² − 2 v·c + |v|², with |v| = 1.
    const restNorm2 = norm2 - 2 * dot + 1;
    scores[k] = restNorm2 > 1e-9 ? Math.max(0, (dot - 1) / Math.sqrt(restNorm2)) : 0;
  }
  for (const i of basis) mark[i] = 0;
  return scores;
}

/** Let go of the space's arrays (it must not be used again). */
export function releaseVectorSpace(space: VectorSpace): void {
  releaseMemory(space.offsets, space.ids, space.tf, space.idf, space.norms);
}
