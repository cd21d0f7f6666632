// Names compared as people type them: the fold that de-identification matches a roster name and a text
// by. Case, accents and the letters keyboards lack are folded alike on both sides, so "Łukasz" on the
// roster is found in "lukasz", "İlkay" in "Ilkay", "Zoe" in "Zoë", and a text saved in decomposed form
// ("Jose" + a combining accent) is found as "José".

const ASCII = /^[\x00-\x7f]*$/;
const MARKS = /\p{M}/gu;

// Letters that no Unicode decomposition takes to a plain letter, as they are typed without them.
// ς and ſ are forms of σ and s; ʼ is an apostrophe typed as a letter (OʼNeil).
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ł: 'l', ø: 'o', đ: 'd', ð: 'd', ħ: 'h', ŧ: 't', ı: 'i', ŀ: 'l', ſ: 's', ς: 'σ', ʼ: "'",
  æ: 'ae', œ: 'oe', ß: 'ss', þ: 'th',
};

const folds = new Map<string, string>();

/** One character (a code point) folded: lower case, no accents, plain letters (see LETTER_FOLDS). */
function foldChar(c: string): string {
  let folded = folds.get(c);
  if (folded === undefined) {
    // "İ" lower-cases to "i" and a combining dot, which goes with the other marks.
    const lower = c.toLowerCase().normalize('NFD').replace(MARKS, '').normalize('NFC');
    folded = '';
    for (const l of lower) folded += LETTER_FOLDS[l] ?? l;
    folds.set(c, folded);
  }
  return folded;
}

/** A text (a name, or a word of one) folded for comparing names: "Gündoğan" → "gundogan", "ŁUKASZ" → "lukasz". */
export function foldName(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  let out = '';
  for (const c of text) out += foldChar(c);
  return out;
}

/**
 * The other way a name with ä, ö or ü is typed without them: "Müller" as "Mueller". Undefined for a
 * name without them. Takes and gives a lower-case name.
 */
export function umlautSpelling(name: string): string | undefined {
  return /[äöü]/.test(name) ? name.replace(/[äöü]/g, (c) => `${foldChar(c)}e`) : undefined;
}

/** A text folded (see {@link foldName}), with where each folded character came from in the text. */
export interface FoldedText {
  folded: string;
  /**
   * For each index of `folded`, and one past its end, the index in the text where the character it
   * came from starts; undefined when the two are alike in length and place (an ASCII text).
   */
  starts?: Int32Array;
}

/** Fold a text for matching names in it, keeping the way back to the text's own indices. */
export function foldText(text: string): FoldedText {
  if (ASCII.test(text)) return { folded: text.toLowerCase() };
  let folded = '';
  const starts: number[] = [];
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const c = String.fromCodePoint(code);
    const f = code < 0x80 ? c.toLowerCase() : foldChar(c);
    for (let k = 0; k < f.length; k++) starts.push(i);
    folded += f;
    i += c.length;
  }
  starts.push(text.length);
  return { folded, starts: Int32Array.from(starts) };
}

/** The index in the text of index `i` of its folded form. */
export function textIndex(fold: FoldedText, i: number): number {
  return fold.starts === undefined ? i : fold.starts[i]!;
}
