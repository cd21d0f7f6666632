// What a file's first bytes say it is, whatever its name says: Office documents are zip packages (a
// workbook holds xl/workbook.xml, a Word document word/document.xml) or, when password-protected or from
// Office 97–2003, OLE compound files (an encrypted one holds an EncryptedPackage stream; a Word package
// that lacks word/document.xml still holds [Content_Types].xml and word/ parts, a workbook that lacks
// xl/workbook.xml its xl/ parts); then gzip, PDF, RTF, web pages and caption files. Only magic bytes and
// the names a container stores uncompressed are looked at: no dependency, and nothing is decompressed or
// parsed.
import { bomlessUtf16 } from './encoding.js';

/** What a file holds, as far as its bytes tell. */
export type Content =
  | { kind: 'zip'; holds: 'xlsx' | 'docx' | 'pptx' | 'odt' | 'ods' | 'iwork' | 'archive'; truncated: boolean }
  | { kind: 'ole'; holds: 'encrypted' | 'doc' | 'xls' | 'ppt' | 'other' }
  | { kind: 'gzip' | 'pdf' | 'rtf' | 'html' | 'vtt' | 'srt' };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The zip end-of-central-directory record, within the last 64 KB + 22 bytes of a whole zip file. */
const END_OF_DIRECTORY = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

/** What `bytes` hold, or undefined for anything else (plain text, or a binary format reflect does not know). */
export function detectContent(bytes: Uint8Array): Content | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const starts = (magic: number[]): boolean => magic.every((b, i) => buf[i] === b);
  // Stored names (zip) and directory entries (OLE, in UTF-16LE) are never compressed.
  const has = (name: string, encoding: BufferEncoding = 'latin1'): boolean => buf.includes(Buffer.from(name, encoding));
  if (starts(ZIP)) {
    const truncated = buf.lastIndexOf(END_OF_DIRECTORY, Math.max(0, buf.length - 22)) < Math.max(0, buf.length - 65_557);
    const holds = has('word/document.xml')
      ? 'docx'
      : has('xl/workbook.xml')
        ? 'xlsx'
        : has('ppt/presentation.xml')
          ? 'pptx'
          : has('mimetypeapplication/vnd.oasis.opendocument.text')
            ? 'odt'
            : has('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')
              ? 'ods'
              : has('Index/Document.iwa')
                ? 'iwork'
                : // a Word package (its content types and word/ parts) that lacks its text part: a Word
                  // document all the same, which the DOCX reader says is missing that part
                  has('[Content_Types].xml') && has('word/')
                  ? 'docx'
                  : // the same for an Excel package that lacks xl/workbook.xml: the XLSX reader says so
                    has('[Content_Types].xml') && has('xl/')
                    ? 'xlsx'
                    : 'archive';
    return { kind: 'zip', holds, truncated };
  }
  if (starts(OLE)) {
    const stream = (name: string): boolean => has(`${name}\0`, 'utf16le');
    const holds = stream('EncryptedPackage')
      ? 'encrypted'
      : stream('WordDocument')
        ? 'doc'
        : stream('Workbook')
          ? 'xls'
          : stream('PowerPoint Document')
            ? 'ppt'
            : 'other';
    return { kind: 'ole', holds };
  }
  if (starts([0x1f, 0x8b])) return { kind: 'gzip' };
  const start = textStart(buf);
  if (start.startsWith('%PDF-')) return { kind: 'pdf' };
  if (start.startsWith('{\\rtf')) return { kind: 'rtf' };
  if (/^<(?:!doctype html|html|head|body)\b/i.test(start)) return { kind: 'html' };
  if (/^WEBVTT(?:[ \t\r\n]|$)/.test(start)) return { kind: 'vtt' };
  // An SRT file: a cue number alone on its line, then its timing.
  if (/^\d+[ \t]*\r?\n[ \t]*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[ \t]*-->/.test(start)) return { kind: 'srt' };
  return undefined;
}

/**
 * Why a workbook or Word document its reader could not open is not valid: no zip package at all (a file
 * of another kind renamed), or one whose parts cannot be read (damaged in a copy or a sync), which the
 * Office program may repair. Said only "not a valid XLSX file", neither told its user what to do.
 */
export function invalidOfficeFile(bytes: Uint8Array, format: 'xlsx' | 'docx'): string {
  const invalid = `not a valid ${format.toUpperCase()} file`;
  // `PK`: a zip's first record, or the end of an empty one's directory.
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return `${invalid}: it is not a zip package, as every .${format} is (a file of another kind, renamed?)`;
  const app = format === 'xlsx' ? 'Excel' : 'Word';
  return `${invalid}: it is damaged (its parts cannot be read); open it in ${app}, which offers to repair it, and save it again to have it read`;
}

/** The first characters of a text file, less a byte-order mark and leading blanks, in whichever encoding it has. */
function textStart(buf: Buffer): string {
  const head = buf.subarray(0, 512);
  const even = head.subarray(0, head.length & ~1);
  let text: string;
  if (head[0] === 0xff && head[1] === 0xfe) text = even.toString('utf16le');
  else if (head[0] === 0xfe && head[1] === 0xff) text = Buffer.from(even).swap16().toString('utf16le');
  else {
    const utf16 = bomlessUtf16(head);
    if (utf16 === 'utf-16le') text = even.toString('utf16le');
    else if (utf16 === 'utf-16be') text = Buffer.from(even).swap16().toString('utf16le');
    else text = head.toString('latin1').replace(/^\xef\xbb\xbf/, '');
  }
  return text.replace(/^\ufeff/, '').trimStart();
}
