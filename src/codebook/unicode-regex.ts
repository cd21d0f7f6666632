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
const BOUNDARY = `(?:(?<=[${WORD}])(?![${WORD}])|(?<![${WORD}])(?=[${WORD}]))`;
const NOT_BOUNDARY = `(?:(?<=[${WORD}])(?=[${WORD}])|(?<![${WORD}])(?![${WORD}]))`;
/** What may follow a backslash in a regex with the `u` flag, besides letters and digits. */
const SYNTAX = /[\^$\\.*+?()[\]{}|/]/;

/**
 * The source of `body` with \b, \B, \w and \W standing for words with accented letters (see WORD), with
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
      if (d === 'w') out += inClass ? WORD : `[${WORD}]`;
      else if (d === 'W' && !inClass) out += `[^${WORD}]`;
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
