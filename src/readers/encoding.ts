// Turns a file's bytes into text: BOMs (UTF-8, UTF-16 LE/BE), strict UTF-8, then chardet's guess among
// the legacy encodings researchers meet (Windows-1252, Latin-1), decoded with iconv-lite.
import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  /** The encoding used, lower-case: utf-8, utf-8-bom, utf-16le, utf-16be, windows-1252, iso-8859-1 … */
  encoding: string;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Thrown for an encoding name iconv-lite does not know. */
export class UnknownEncodingError extends Error {}

/**
 * Decode `bytes`. `forced` (e.g. from `--encoding`) wins over detection; a BOM wins over guessing.
 * The BOM itself is never part of the text.
 */
export function decodeText(bytes: Uint8Array, forced?: string): Decoded {
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
  try {
    return { text: strictUtf8.decode(buf), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: take chardet's guess where it is a single-byte encoding iconv-lite knows; otherwise
    // Windows-1252, the superset of Latin-1 that spreadsheets on Windows write.
    const guess = (chardet.detect(buf) ?? '').toLowerCase();
    const singleByte = /^(iso-8859-\d+|windows-125\d|koi8-r)$/.test(guess) && iconv.encodingExists(guess);
    const encoding = singleByte && guess !== 'iso-8859-1' ? guess : 'windows-1252';
    return { text: iconv.decode(buf, encoding), encoding };
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Heuristic for "binary data named .txt": NUL bytes outside a UTF-16 file, or many control characters.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return false;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control / n > 0.1;
}
