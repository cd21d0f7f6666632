// Turns a file's bytes into text: BOMs (UTF-8, UTF-16 LE/BE), UTF-16 without a BOM, strict UTF-8, UTF-8
// with a few bad bytes, then chardet's guess among the legacy encodings researchers meet (Windows-1252,
// Latin-1, Mac Roman from old Excel for Mac), decoded with iconv-lite.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { Warning } from '../model.js';
import { firstFew } from '../util/text.js';

export interface Decoded {
  text: string;
  /** The encoding used, lower-case: utf-8, utf-8-bom, utf-16le, utf-16be, windows-1252, macintosh … */
  encoding: string;
  /** UTF-8 with bytes that are not UTF-8: the lines (1-based) where they were replaced by U+FFFD. */
  invalidLines?: number[];
  /** The lines (1-based) that held NUL bytes, a bad copy's or a broken export's, removed from the text. */
  nulLines?: number[];
  /** How many NUL bytes were removed. */
  nuls?: number;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Thrown for an encoding name iconv-lite does not know. */
export class UnknownEncodingError extends Error {}

/**
 * Decode `bytes`. `forced` (e.g. from `--encoding`) wins over detection; a BOM wins over guessing.
 * The BOM itself is never part of the text.
 */
export function decodeText(bytes: Uint8Array, forced?: string): Decoded {
  let decoded = decodeBytes(bytes, forced);
  // A BOM inside the text is where two files were joined into one (`cat a.csv b.csv`): not a character.
  if (decoded.text.includes('\ufeff')) decoded = { ...decoded, text: decoded.text.replaceAll('\ufeff', '') };
  // A NUL is no character of any text: a bad copy's or a broken export's, said with its lines and removed.
  if (decoded.text.includes('\0')) decoded = { ...decoded, text: decoded.text.replaceAll('\0', ''), nulLines: linesHolding(decoded.text, 0), nuls: decoded.text.split('\0').length - 1 };
  return decoded;
}

/** Whether an encoding named by the user (`--encoding`, the config's `encoding:`) is one reflect can decode. */
export function knownEncoding(name: string): boolean {
  return iconv.encodingExists(name.toLowerCase());
}

/** What an unknown encoding's message suggests instead. */
export const ENCODING_EXAMPLES = 'utf-8, utf-16le, windows-1252, latin1 or macintosh';

function decodeBytes(bytes: Uint8Array, forced?: string): Decoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (forced) {
    const name = forced.toLowerCase();
    if (!iconv.encodingExists(name)) throw new UnknownEncodingError(`unknown encoding '${forced}'`);
    return { text: stripBom(iconv.decode(buf, name)), encoding: name };
  }
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { text: buf.subarray(3).toString('utf8'), encoding: 'utf-8-bom' };
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return { text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  }
  const utf16 = bomlessUtf16(buf);
  if (utf16) return { text: stripBom(iconv.decode(buf, utf16)), encoding: utf16 };
  try {
    return { text: strictUtf8.decode(buf), encoding: 'utf-8' };
  } catch {
    // A UTF-8 file with a few bad bytes (a cell pasted from elsewhere, a file cut short) is still UTF-8:
    // read as Windows-1252, every accent and smart quote in it would turn to "Ã©" and "â€œ".
    const lossy = mostlyUtf8(buf);
    if (lossy) return lossy;
    // Not UTF-8: take chardet's guess where it is a single-byte encoding iconv-lite knows; otherwise
    // Windows-1252, the superset of Latin-1 that spreadsheets on Windows write, or Mac Roman, which
    // Excel for Mac wrote, where it reads as letters in words and Windows-1252 does not.
    const guess = (chardet.detect(buf) ?? '').toLowerCase();
    const singleByte = /^(iso-8859-\d+|windows-125\d|koi8-r)$/.test(guess) && iconv.encodingExists(guess);
    const windows = iconv.decode(buf, 'windows-1252');
    if (singleByte && guess !== 'iso-8859-1' && guess !== 'windows-1252' && !readsAsWestern(windows)) return { text: iconv.decode(buf, guess), encoding: guess };
    const mac = iconv.decode(buf, 'macintosh');
    return implausible(mac) < implausible(windows) ? { text: mac, encoding: 'macintosh' } : { text: windows, encoding: 'windows-1252' };
  }
}

/**
 * The encoding of UTF-16 text written without a BOM (some exporters do): text in Latin letters has a NUL
 * in nearly every high byte (odd bytes for LE, even for BE) and almost none in the low ones.
 */
export function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  // Control characters other than tab and line breaks, read either way: text has next to none.
  let controlLe = 0;
  let controlBe = 0;
  const isControl = (unit: number): boolean => unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0d;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
    if (isControl(bytes[i]! | (bytes[i + 1]! << 8))) controlLe++;
    if (isControl((bytes[i]! << 8) | bytes[i + 1]!)) controlBe++;
  }
  const pairs = n / 2;
  const few = (count: number): boolean => count <= 0.02 * pairs;
  if (oddNul >= 0.5 * pairs && few(evenNul) && few(controlLe)) return 'utf-16le';
  if (evenNul >= 0.5 * pairs && few(oddNul) && few(controlBe)) return 'utf-16be';
  // Text in another script (Gurmukhi, Chinese, Arabic …) has no NUL in most high bytes: told by reading
  // as text one way round. Where the bytes are UTF-8 as well (Cyrillic's or Gurmukhi's UTF-16 are all
  // below 0x80, as ASCII text with a stray NUL is), only a script's few high bytes tell it.
  if (pairs < 8) return undefined;
  const oneScript = isUtf8(bytes.subarray(0, n));
  if (readsAsText(bytes, n, false, oneScript)) return 'utf-16le';
  if (readsAsText(bytes, n, true, oneScript)) return 'utf-16be';
  return undefined;
}

/** Whether bytes are UTF-8, but for a character cut short at their end. */
function isUtf8(bytes: Uint8Array): boolean {
  for (let cut = 0; cut < 4 && cut < bytes.length; cut++) {
    try {
      strictUtf8.decode(bytes.subarray(0, bytes.length - cut));
      return true;
    } catch {
      // try again without the last byte, which may begin a character the sample cuts short
    }
  }
  return false;
}

const UNASSIGNED = /\p{Cn}/u;

/**
 * Whether the first `n` bytes read as UTF-16 text in that byte order: a line break or a space (text
 * has them; binary data and the wrong byte order next to never), no surrogate out of its pair, no
 * private-use character, and next to no control character or unassigned code point. A legacy 8-bit
 * file has no NUL to make a line break, nor pairs of bytes other than its letters, and a binary file is
 * full of the rest. With `oneScript`, also
 * nine in ten characters in the same two blocks of 256 (a script's, and ASCII's spaces and digits),
 * where English read so has its letters' dozens.
 */
function readsAsText(bytes: Uint8Array, n: number, bigEndian: boolean, oneScript: boolean): boolean {
  let breaks = 0;
  let odd = 0;
  // Two printable ASCII bytes make one character: nearly all of an 8-bit text's, read so; under three in four of Japanese kana.
  let asciiPairs = 0;
  const blocks = new Uint32Array(256);
  for (let i = 0; i < n; i += 2) {
    const unit = bigEndian ? (bytes[i]! << 8) | bytes[i + 1]! : bytes[i]! | (bytes[i + 1]! << 8);
    blocks[unit >> 8]!++;
    if (bytes[i]! >= 0x20 && bytes[i]! < 0x7f && bytes[i + 1]! >= 0x20 && bytes[i + 1]! < 0x7f) asciiPairs++;
    if (unit === 0x0a || unit === 0x0d || unit === 0x20) breaks++;
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = bigEndian ? (bytes[i + 2]! << 8) | bytes[i + 3]! : bytes[i + 2]! | (bytes[i + 3]! << 8);
      if (i + 2 < n && !(next >= 0xdc00 && next <= 0xdfff)) return false;
      i += 2;
    } else if ((unit >= 0xdc00 && unit <= 0xdfff) || (unit >= 0xe000 && unit <= 0xf8ff)) return false;
    else if ((unit < 0x20 && unit !== 0x09) || unit === 0x7f || UNASSIGNED.test(String.fromCharCode(unit))) odd++;
  }
  if (breaks === 0 || odd > 0.01 * (n / 2) || asciiPairs > 0.85 * (n / 2)) return false;
  if (!oneScript) return true;
  const [first, second] = [...blocks].sort((a, b) => b - a);
  return first! + second! >= 0.9 * (n / 2);
}

/**
 * Text that is UTF-8 but for a few bytes: at least as many well-formed multi-byte characters as bad
 * bytes. A Windows-1252 file has next to none of the former: it would need a capital such as "Ã" or "É"
 * right before a smart quote, dash or "©". Decoded with each bad byte as U+FFFD.
 */
function mostlyUtf8(buf: Buffer): Decoded | undefined {
  let multiByte = 0;
  let invalid = 0;
  for (let i = 0; i < buf.length; ) {
    const b = buf[i]!;
    const size = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = size > 0 && i + size <= buf.length;
    for (let k = 1; ok && k < size; k++) ok = (buf[i + k]! & 0xc0) === 0x80;
    if (!ok) {
      invalid++;
      i++;
    } else {
      if (size > 1) multiByte++;
      i += size;
    }
  }
  if (multiByte === 0 || multiByte < invalid) return undefined;
  const text = buf.toString('utf8');
  return { text: stripBom(text), encoding: 'utf-8', invalidLines: linesHolding(text, 0xfffd) };
}

// The letters French, Spanish, Portuguese, German and Italian add to English, and the typographic marks
// a word processor types (curly quotes, dashes, ellipsis, guillemets, €, °, no-break space).
const WESTERN_LETTER = /[àâäáãçéèêëíìîïñóòôöõúùûüÿœßÀÂÄÁÃÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜŒ]/;
const WESTERN_MARK = /[\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00ab\u00bb\u20ac\u00b0\u00b7\u2022\u00a0\u00a9\u00ae\u2122]/;

/**
 * Whether a text read as Windows-1252 reads as a western European language: every character past ASCII
 * is one of their accented letters or a typographic mark (¡ and ¿ only opening a word), and such letters
 * are a small share of all letters. chardet guesses from letter statistics, which a short text has too
 * few of: "Café à la crème" was taken for Romanian (ISO-8859-2, "Café ŕ la crčme"). Central European text
 * read so holds "ø", "¹" or "³" (ř, ą, ł), and Cyrillic is nearly all high letters.
 */
function readsAsWestern(text: string): boolean {
  let letters = 0;
  let accented = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const code = c.charCodeAt(0);
    if (code < 0x80) {
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) letters++;
      continue;
    }
    if (WESTERN_LETTER.test(c)) {
      letters++;
      accented++;
    } else if ((c === '¡' || c === '¿') && !/\p{L}/u.test(text[i - 1] ?? ' ')) continue;
    else if (!WESTERN_MARK.test(c)) return false;
  }
  return accented <= 0.3 * letters;
}

/**
 * How many characters of a decoding are unlikely in real text: a capital or a symbol straight after a
 * small letter (Mac Roman's "é" read as Windows-1252 makes "rŽsumŽ", its "’" makes "ItÕs"; Windows-1252's
 * "é" read as Mac Roman makes "cafÈ").
 */
function implausible(text: string): number {
  let n = 0;
  const odd = /\p{Ll}[^\x00-\x7f\p{Ll}\u2018-\u201f\u2013\u2014\u2026\u00a0\u00b7]/gu;
  while (odd.exec(text)) n++;
  return n;
}

/** The warning for a decoding that had to replace bytes, naming the lines (the first few). */
export function decodingWarnings(decoded: Decoded, file: string): Warning[] {
  const lines = decoded.invalidLines ?? [];
  if (lines.length === 0) return nulWarnings(decoded, file);
  const listed = firstFew(lines);
  return [
    ...nulWarnings(decoded, file),
    {
      file,
      line: lines[0],
      message: `bytes that are not UTF-8 on line${lines.length > 1 ? 's' : ''} ${listed}; read as UTF-8, each shown as '\ufffd' (save the file as UTF-8, or give --encoding)`,
    },
  ];
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** NUL bytes in the first 8 KB past which a file is binary, unless the rest of it reads as text. */
const BINARY_NULS = 8;

/**
 * Heuristic for "binary data named .txt": NUL bytes outside a UTF-16 file (an image or archive has them
 * by the dozen), or many control characters. A text with a few stray NULs (a bad copy, a broken export)
 * is text still: at most one byte in twenty a NUL and next to no other control character, where
 * compressed data (a PNG's, a zip's, a PDF's streams) has one byte in eleven a control character.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return false;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bomlessUtf16(bytes)) return false;
  let control = 0;
  let nuls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) nuls++;
    else if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  if (nuls >= BINARY_NULS) return nuls > 0.05 * n || control > 0.005 * n;
  return (control + nuls) / n > 0.1;
}

/** The warning for stray NUL bytes a decoding removed, naming the lines (the first few). */
function nulWarnings(decoded: Decoded, file: string): Warning[] {
  const lines = decoded.nulLines ?? [];
  if (lines.length === 0) return [];
  const many = lines.length > 1;
  const count = decoded.nuls ?? lines.length;
  return [
    {
      file,
      line: lines[0],
      message: `${count === 1 ? 'a zero (NUL) byte' : `${count} zero (NUL) bytes`}, as a bad copy or a broken export leaves, on line${many ? 's' : ''} ${firstFew(lines)}; removed: check ${many ? 'those lines' : 'that line'} for letters lost`,
    },
  ];
}

/** The lines (1-based) of `text` that hold the character of code unit `code`, each once. */
function linesHolding(text: string, code: number): number[] {
  const lines: number[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x0a || (ch === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) line++;
    else if (ch === code && lines[lines.length - 1] !== line) lines.push(line);
  }
  return lines;
}
