// A fast code-unit tokenizer for matching: words (letters, digits, marks, inner apostrophes) interned as
// lower-cased word ids, with offsets in Unicode code points and UTF-16 units, plus sentence and clause
// numbers, in reusable typed arrays. Hyphens and slashes split words without breaking a clause, so
// `one-on-one` reads as `one on one`. A run of Chinese, Japanese, Thai … letters (scripts written without
// spaces) or of Hangul is a word apart from Latin letters and digits beside it, so `AI` is a word of
// 我们用AI学习 and `iPad` of iPad로.
import { Lexicon, lowerUnit } from './lexicon.js';

/** Tokens of one text, in compact parallel arrays; only the first `count` entries are meaningful. */
export interface Tokens {
  count: number;
  /** The lexicon the word ids refer to. */
  lexicon: Lexicon;
  /** Word id per token: `lexicon.words[id]` is the word lower-cased, apostrophes folded to `'`. */
  ids: Int32Array;
  /** Offsets in code points into the text (end exclusive). */
  start: Int32Array;
  end: Int32Array;
  /** Offsets in UTF-16 units, for slicing the original string. */
  start16: Int32Array;
  end16: Int32Array;
  /** Sentence number (0-based, increasing) of each token. */
  sentence: Int32Array;
  /** Clause number (0-based, increasing; a clause never spans sentences) of each token. */
  clause: Int32Array;
}

// Letters and digits of three kinds, each a word apart from the others where they meet: WORD (Latin and
// the other scripts written with spaces, digits, marks), UNSPACED (scripts written without spaces) and HANGUL.
const WORD = 1;
const UNSPACED = 2;
const HANGUL = 3;
const APOSTROPHE = 4;
const SENTENCE = 5;
const CLAUSE = 6;
const HYPHEN = 7;
const OTHER = 8;

/**
 * Whether BMP code unit `c` is a letter of a script written without spaces: Thai, Lao, Myanmar, Khmer,
 * kana and Chinese characters (the ranges of UNSPACED in codebook/unicode-regex.ts, where a pattern in
 * them is found by its characters).
 */
function isUnspaced(c: number): boolean {
  return (
    (c >= 0x0e00 && c <= 0x0eff) ||
    (c >= 0x1000 && c <= 0x109f) ||
    (c >= 0x1780 && c <= 0x17ff) ||
    (c >= 0x3005 && c <= 0x3007) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x31f0 && c <= 0x31ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff66 && c <= 0xff9f)
  );
}

/** Whether BMP code unit `c` is Hangul: syllables and jamo. */
function isHangul(c: number): boolean {
  return (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f);
}

// Class of each BMP code unit, filled lazily: 0 = not yet classified.
const classes = new Uint8Array(65536);
const LETTER_OR_NUMBER = /^[\p{L}\p{N}\p{M}]$/u;

function classify(c: number): number {
  let k = classes[c];
  if (k !== 0) return k;
  // ' ’ ʼ, and ‘ and ´ as some keyboards and autocorrect put them inside a word ("don‘t", "can´t")
  if (c === 0x27 || c === 0x2019 || c === 0x2bc || c === 0x2018 || c === 0xb4) k = APOSTROPHE;
  // . ! ? … • line breaks, and the full stops of Chinese and Japanese: 。 ！ ？ and the half-width ｡
  else if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x0a || c === 0x0d || c === 0x2022 || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff61) k = SENTENCE;
  // , ; : brackets and dashes, and the full-width 、 ， ； ： （ ） 【 】 〔 〕 ､ (not the quotes 「 」, as not " either)
  else if (c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x2014 || c === 0x2013) k = CLAUSE;
  else if (c === 0x3001 || c === 0xff0c || c === 0xff1b || c === 0xff1a || c === 0xff08 || c === 0xff09 || c === 0x3010 || c === 0x3011 || c === 0x3014 || c === 0x3015 || c === 0xff64) k = CLAUSE;
  else if (c === 0x2d || c === 0x2010 || c === 0x2011) k = HYPHEN;
  else if (c >= 0xd800 && c <= 0xdfff) k = OTHER;
  else if (!LETTER_OR_NUMBER.test(String.fromCharCode(c))) k = OTHER;
  else k = isUnspaced(c) ? UNSPACED : isHangul(c) ? HANGUL : WORD;
  classes[c] = k;
  return k;
}

/** `text` with every apostrophe the tokenizer reads as one (’ ʼ ‘ ´) written `'`, as a pattern's word is looked up. */
export function straightApostrophes(text: string): string {
  return text.replace(/[’ʼ‘´]/g, "'");
}

/** An empty token buffer with room for `capacity` tokens; `tokenize` grows it as needed. */
export function createTokens(lexicon: Lexicon = new Lexicon(), capacity = 256): Tokens {
  return {
    count: 0,
    lexicon,
    ids: new Int32Array(capacity),
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    start16: new Int32Array(capacity),
    end16: new Int32Array(capacity),
    sentence: new Int32Array(capacity),
    clause: new Int32Array(capacity),
  };
}

/** A copy of `a` with room for `size` elements (the rest zero); `a` itself when it is already that long. */
export function growInt32(a: Int32Array, size: number): Int32Array {
  if (size <= a.length) return a;
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

function grow(t: Tokens): void {
  const n = t.start.length * 2;
  t.ids = growInt32(t.ids, n);
  t.start = growInt32(t.start, n);
  t.end = growInt32(t.end, n);
  t.start16 = growInt32(t.start16, n);
  t.end16 = growInt32(t.end16, n);
  t.sentence = growInt32(t.sentence, n);
  t.clause = growInt32(t.clause, n);
}

/** Titles written with a full stop before a name: "Mr. Boyd said" is one sentence, not "Mr." and "Boyd said". */
const TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'mme', 'mlle']);

// ASCII classes, filled at load so the hot loop needs no call for them
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII[c] = classify(c);

/** Class of the unit at `i`, treating a surrogate pair as one letter or not (a Chinese character of the supplementary planes, 𠀀, as one written without spaces). */
function classAt(text: string, i: number, c: number): number {
  if (c < 128) return ASCII[c];
  if (c < 0xd800 || c > 0xdfff) return classify(c);
  if (c > 0xdbff) return OTHER;
  const cp = text.codePointAt(i);
  if (cp === undefined || cp <= 0xffff || !LETTER_OR_NUMBER.test(String.fromCodePoint(cp))) return OTHER;
  return cp >= 0x20000 && cp <= 0x3ffff ? UNSPACED : WORD;
}

/**
 * Split `text` into word tokens. Reuses `into` when given (the hot path: one buffer for a whole corpus).
 * Sentences end at . ! ? … • 。 ！ ？ and line breaks (a `.` directly followed by a letter or digit, as in `2.5`,
 * or after a title, as in `Mr. Boyd`, does not end one); clauses also end at , ; : brackets, dashes, a
 * hyphen with spaces around it, and 、 ， ； ： and full-width brackets. A word is a run of letters and
 * digits of one kind (see WORD): 我们用AI学习 is the words 我们用, ai and 学习.
 */
export function tokenize(text: string, into: Tokens = createTokens()): Tokens {
  const t = into;
  const lexicon = t.lexicon;
  const n = text.length;
  let count = 0;
  let sentence = 0;
  let clause = 0;
  let sentenceOpen = false; // a token has been emitted in the current sentence
  let clauseOpen = false;
  // Surrogate pairs before position i: its code point offset is `i - pairs`.
  let pairs = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let k = c < 128 ? ASCII[c] : classAt(text, i, c);
    if (k <= HANGUL) {
      const s16 = i;
      const sCp = i - pairs;
      let h = 0x811c9dc5 | 0;
      let d = c;
      // consume word characters and inner apostrophes, hashing lowered units as we go
      for (;;) {
        if (d < 128) {
          h = Math.imul(h ^ (d >= 65 && d <= 90 ? d + 32 : d), 16777619);
          i += 1;
        } else {
          h = Math.imul(h ^ lowerUnit(d), 16777619);
          if (d >= 0xd800 && d <= 0xdbff && i + 1 < n) {
            h = Math.imul(h ^ text.charCodeAt(i + 1), 16777619);
            i += 2;
            pairs += 1;
          } else {
            i += 1;
          }
        }
        if (i >= n) break;
        d = text.charCodeAt(i);
        const kd = d < 128 ? ASCII[d] : classAt(text, i, d);
        if (kd === k) continue;
        if (kd === APOSTROPHE && i + 1 < n && classAt(text, i + 1, text.charCodeAt(i + 1)) === k) {
          h = Math.imul(h ^ 0x27, 16777619);
          i += 1;
          d = text.charCodeAt(i);
          continue;
        }
        break;
      }
      if (count === t.start.length) grow(t);
      t.ids[count] = lexicon.intern(text, s16, i, h);
      t.start[count] = sCp;
      t.end[count] = i - pairs;
      t.start16[count] = s16;
      t.end16[count] = i;
      if (!sentenceOpen) {
        if (count > 0) sentence += 1;
        sentenceOpen = true;
        clauseOpen = false;
      }
      if (!clauseOpen) {
        if (count > 0) clause += 1;
        clauseOpen = true;
      }
      t.sentence[count] = sentence;
      t.clause[count] = clause;
      count += 1;
      continue;
    }
    if (k === SENTENCE) {
      // `2.5`, `e.g`: a full stop inside a word-like run does not end the sentence, nor one after a title
      if (c === 0x2e && i + 1 < n && classAt(text, i + 1, text.charCodeAt(i + 1)) <= HANGUL) k = OTHER;
      else if (c === 0x2e && count > 0 && t.end16[count - 1] === i && TITLES.has(lexicon.words[t.ids[count - 1]])) k = OTHER;
      if (k === SENTENCE) sentenceOpen = false;
    } else if (k === CLAUSE) {
      clauseOpen = false;
    } else if (k === HYPHEN) {
      // ` - ` as a dash; `one-on-one` keeps its clause
      const before = i > 0 ? text.charCodeAt(i - 1) : 0x20;
      const after = i + 1 < n ? text.charCodeAt(i + 1) : 0x20;
      if ((before === 0x20 || before === 0x09) && (after === 0x20 || after === 0x09)) clauseOpen = false;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i += 1;
        pairs += 1;
      }
    }
    i += 1;
  }
  t.count = count;
  return t;
}

/** The lower-cased words of `text` (for patterns and tests). */
export function words(text: string, lexicon: Lexicon = new Lexicon()): string[] {
  // Copied into one flat string first: a pattern made by joining or replacing ("field trip" → "fieldtrip")
  // may be a string of pieces, and one such string through `tokenize` while the codebook compiles leaves
  // its character reads slower for every response after (V8's inline caches; measured +10 % on the bench).
  const t = tokenize(text.split('').join(''), createTokens(lexicon));
  const out: string[] = [];
  for (let i = 0; i < t.count; i++) out.push(lexicon.words[t.ids[i]]);
  return out;
}
