// A codebook regex's word escapes read as a reader reads words, in any script: JavaScript's \b and \w
// know only ASCII letters, so `/\bcafé\b/` never matched "café" (é is no word character, so there is no
// boundary after it), `/\bécole/` never matched at all, and `/\bpas\b/` matched inside "pasé".

/** What the tokenizer reads as a word's characters (letters, digits, marks), and \w's underscore. */
const WORD = '\\p{L}\\p{N}\\p{M}_';
const BOUNDARY = `(?:(?<=[${WORD}])(?![${WORD}])|(?<![${WORD}])(?=[${WORD}]))`;
const NOT_BOUNDARY = `(?:(?<=[${WORD}])(?=[${WORD}])|(?<![${WORD}])(?![${WORD}]))`;
/** What may follow a backslash in a regex with the `u` flag, besides letters and digits. */
const SYNTAX = /[\^$\\.*+?()[\]{}|/]/;

/**
 * The source of `body` with \b, \B, \w and \W standing for Unicode words, for a regex with the `u`
 * flag; undefined when it has none of them (the regex is the same in any script). A backslash before a
 * punctuation mark that needs none (`\'`, `\-` outside brackets), which the `u` flag refuses, is dropped.
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
