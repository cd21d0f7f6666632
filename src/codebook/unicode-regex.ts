// A codebook regex's word escapes read as a reader reads words, accented or in another script: JavaScript's \b and \w
// know only ASCII letters, so `/\bcafé\b/` never matched "café" (é is no word character, so there is no
// boundary after it), `/\bécole/` never matched at all, and `/\bpas\b/` matched inside "pasé".

/**
 * A word's characters: ASCII's, the accented and other letters of the Latin scripts (Latin-1's letters,
 * Latin Extended-A and -B and Additional) and combining accents, and the letters of the other scripts
 * students write between spaces here: Greek, Cyrillic, Hebrew, Arabic, Devanagari, Gurmukhi (with their
 * vowel signs, and Devanagari's danda left out) and Hangul. A range class, not \p{L} under the `u`
 * flag: V8 took some 13 ms to compile each regex of \p{L} with the `i` flag, 2.5 s for a codebook of 200.
 */
const WORD =
  'A-Za-z0-9_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F\\u1E00-\\u1EFF' +
  '\\u0386\\u0388-\\u03FF\\u0400-\\u0481\\u048A-\\u052F\\u05D0-\\u05EA\\u0620-\\u065F\\u0660-\\u0669' +
  '\\u0900-\\u0963\\u0966-\\u097F\\u0A01-\\u0A75\\uAC00-\\uD7A3';
/**
 * The letters of the scripts written without spaces between words: Thai, Lao, Myanmar, Khmer, Japanese
 * kana and Chinese characters (the BMP's; with 々 〆 〇). They have no word boundary a regex can see, so
 * each of their characters is taken as a word of its own: \b holds beside every one of them, and a word
 * or phrase in them matches wherever its characters stand in a row (see unspacedLiteral).
 */
export const UNSPACED =
  '\\u0E00-\\u0E7F\\u0E80-\\u0EFF\\u1000-\\u109F\\u1780-\\u17FF\\u3005-\\u3007\\u3040-\\u309F\\u30A0-\\u30FF\\u31F0-\\u31FF' +
  '\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\uFF66-\\uFF9F';
const BOUNDARY = `(?:(?<=[${WORD}])(?![${WORD}])|(?<![${WORD}])(?=[${WORD}])|(?<=[${UNSPACED}])|(?=[${UNSPACED}]))`;
const NOT_BOUNDARY = `(?:(?<=[${WORD}])(?=[${WORD}])|(?<![${WORD}])(?![${WORD}]))(?<![${UNSPACED}])(?![${UNSPACED}])`;
const UNSPACED_LETTER = new RegExp(`[${UNSPACED}]`);
const WORD_LETTER = new RegExp(`[${WORD}]`);

/**
 * A word or phrase written in a script without spaces (学习, 数学 考试, ストレス), as a regex source
 * that finds it wherever its characters stand in a row (a space in the pattern may be there or not), since
 * such a text has no words to match it against: the tokenizer reads a whole run of them as one word.
 * An end of the pattern in a script written with spaces keeps its word boundary: `AI学习` matches
 * 用AI学习 but not MAIL学习, `学习AI` not 学习AIM. Undefined for a pattern with no such letter, matched as a word.
 */
export function unspacedLiteral(value: string): string | undefined {
  if (!UNSPACED_LETTER.test(value)) return undefined;
  const trimmed = value.trim();
  const body = trimmed
    .split(/\s+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('\\s*');
  const before = WORD_LETTER.test(trimmed[0]!) ? `(?<![${WORD}])` : '';
  const after = WORD_LETTER.test(trimmed[trimmed.length - 1]!) ? `(?![${WORD}])` : '';
  return before + body + after;
}

/** What may follow a backslash in a regex with the `u` flag, besides letters and digits. */
const SYNTAX = /[\^$\\.*+?()[\]{}|/]/;

/**
 * The source of `body` with \b, \B, \w and \W standing for words with accented letters (see WORD) and
 * for the letters of scripts without spaces, each a word (see UNSPACED), with
 * the regex's own flags; undefined when it has none of them (the regex is the same in any script). A
 * backslash before a punctuation mark that needs none (`\'`, `\-` outside brackets) is dropped, so that
 * a regex the user gave the `u` flag, which refuses it, compiles too.
 */
export function unicodeWordSource(body: string): string | undefined {
  let out = '';
  let inClass = false;
  let changed = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\' && i + 1 < body.length) {
      const d = body[++i]!;
      if (d === 'w') out += inClass ? WORD + UNSPACED : `[${WORD}${UNSPACED}]`;
      else if (d === 'W' && !inClass) out += `[^${WORD}${UNSPACED}]`;
      else if ((d === 'b' || d === 'B') && !inClass) out += d === 'b' ? BOUNDARY : NOT_BOUNDARY;
      else {
        out += /[\p{L}\p{N}]/u.test(d) || SYNTAX.test(d) || (inClass && d === '-') ? `\\${d}` : d;
        continue;
      }
      changed = true;
      continue;
    }
    out += c;
    if (inClass) inClass = c !== ']';
    else if (c === '[') {
      inClass = true;
      if (body[i + 1] === '^') out += body[++i];
      // `[]` and `[^]` are whole (nothing, and any character), as JavaScript reads them
      if (body[i + 1] === ']') {
        out += body[++i];
        inClass = false;
      }
    }
  }
  return changed ? out : undefined;
}
