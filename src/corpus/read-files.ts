// Reads every file found under the input folder through the readers registry. One bad file never sinks
// the run: it comes back as skipped or failed with its reason.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ReadResult, ReflectConfig } from '../model.js';
import { detectFormat, readers } from '../readers/index.js';
import { detectContent } from '../readers/content.js';
import { bomlessUtf16, looksBinary } from '../readers/encoding.js';
import { readXlsxSheets } from '../readers/xlsx.js';
import { fileErrorText, ReflectError } from '../util/errors.js';
import type { FoundFile } from './discover.js';
import { keptCopyFirst } from './source-ids.js';
import { own } from '../util/own.js';

/** One file (or one worksheet of a workbook) and what became of reading it. */
export interface FileRead {
  /** The file's path; for a worksheet of a workbook with several, `book.xlsx#Sheet name`. */
  id: string;
  format: string;
  status: 'read' | 'skipped' | 'failed';
  reason?: string;
  result?: ReadResult;
}

export interface ReadFilesOptions {
  config: ReflectConfig;
  encoding?: string;
  sheet?: string;
  /** Relative ids of files that are not inputs (the config file itself). */
  notInputs?: Map<string, string>;
  /** Called after each file, for progress. */
  onFile?: (done: number, total: number, file: string) => void;
}

/** Read `files` in order (sorted ids), one at a time so memory stays bounded by the largest file. */
export async function readFiles(files: FoundFile[], options: ReadFilesOptions): Promise<FileRead[]> {
  const out: FileRead[] = [];
  const copies = await copiesOf(files.filter((f) => mayBeRead(f, options.notInputs)));
  const copyReasons = new Map([...copies].map(([copy, kept]) => [copy, `the same file as ${kept}; not read twice`]));
  const temporary = officeTemporaryFiles(files);
  const notInputs =
    copies.size > 0 || temporary.length > 0
      ? new Map([...temporary.map((id): [string, string] => [id, OFFICE_TEMPORARY]), ...copyReasons, ...(options.notInputs ?? [])])
      : options.notInputs;
  // What became of each file (a workbook's sheets each have an entry), to tell a copy what became of its original.
  const byFile = new Map<string, FileRead[]>();
  for (const [i, file] of files.entries()) {
    const read = await readOne(file, { ...options, notInputs });
    const reads = Array.isArray(read) ? read : [read];
    for (const r of reads) out.push(r);
    if (copies.size > 0) byFile.set(file.id, reads);
    options.onFile?.(i + 1, files.length, file.id);
  }
  // A copy of a file that was not read either (both password-protected, both cut short) is not read for
  // that file's reason, and failed where it failed: "not read twice" said the answers were read once.
  for (const [copy, kept] of copies) {
    const [entry] = byFile.get(copy) ?? [];
    const original = byFile.get(kept) ?? [];
    if (!entry || entry.reason !== copyReasons.get(copy) || original.length === 0 || original.some((r) => r.status === 'read')) continue;
    entry.status = original[0]!.status;
    entry.reason = `the same file as ${kept}, not read either: ${original[0]!.reason}`;
  }
  return out;
}

// What to do with the documents people most often have instead: the format to save them in.
const AS_DOCX_OR_TXT = 'save it as .docx or .txt to have it read';
const AS_XLSX_OR_CSV = 'save it as .xlsx or .csv to have it read';
// Zoom, Teams and Meet save the recording beside its transcript; reflect reads the words, not the sound.
const RECORDING = 'a recording: reflect reads its transcript (.vtt, .srt, .txt or .docx, as Zoom, Teams or Otter export it), not the audio';
const SAVE_AS: Record<string, string> = {
  doc: AS_DOCX_OR_TXT,
  rtf: AS_DOCX_OR_TXT,
  odt: AS_DOCX_OR_TXT,
  pages: 'export it as .docx to have it read',
  // Google Docs' "Download › Web page", a page saved from a browser.
  html: 'a web page: save it as .docx or plain text (.txt) to have it read (from Google Docs: File › Download › Microsoft Word or Plain text)',
  htm: 'a web page: save it as .docx or plain text (.txt) to have it read (from Google Docs: File › Download › Microsoft Word or Plain text)',
  pdf: 'copy its text into a .txt or .docx to have it read (a scan needs text recognition first)',
  xls: AS_XLSX_OR_CSV,
  ods: AS_XLSX_OR_CSV,
  numbers: 'export it as .xlsx or .csv to have it read',
  zip: 'unzip it into the folder to have its files read',
  gz: 'decompress it into the folder to have it read',
  tgz: 'unpack it into the folder to have its files read',
  '7z': 'unpack it into the folder to have its files read',
  rar: 'unpack it into the folder to have its files read',
  ...Object.fromEntries(
    ['m4a', 'mp3', 'wav', 'aac', 'ogg', 'flac', 'wma', 'mp4', 'mov', 'm4v', 'webm', 'avi', 'mkv'].map((ext) => [ext, RECORDING]),
  ),
};

/** How a file's content reads where its name says otherwise: as another format, or not at all (the reason). */
type Sniffed = { format: string; note: string } | { reason: string } | undefined;

// What each kind of content is called in a reason, and what to do to have it read.
const SAVE_AS_DOCX = 'save it as .docx or plain text (.txt) to have it read';
const SAVE_AS_XLSX = 'save it as .xlsx or .csv to have it read';
const UNREADABLE: Record<string, { is: string; todo: string }> = {
  'zip:pptx': { is: 'a PowerPoint presentation', todo: 'copy its text into a .txt or .docx to have it read' },
  'zip:odt': { is: 'an OpenDocument text (.odt)', todo: SAVE_AS_DOCX },
  'zip:ods': { is: 'an OpenDocument spreadsheet (.ods)', todo: SAVE_AS_XLSX },
  'zip:iwork': { is: 'a Pages or Numbers document', todo: 'export it as .docx or .xlsx to have it read' },
  'zip:archive': { is: 'a zip archive', todo: 'unzip it into the folder to have its files read' },
  'ole:doc': { is: 'a Word 97–2003 document (.doc)', todo: 'open it in Word and save it as .docx to have it read' },
  'ole:xls': { is: 'an Excel 97–2003 workbook (.xls)', todo: 'open it in Excel and save it as .xlsx to have it read' },
  'ole:ppt': { is: 'a PowerPoint presentation', todo: 'copy its text into a .txt or .docx to have it read' },
  'ole:other': { is: 'an older Office file', todo: 'save it as .docx, .xlsx or .csv to have it read' },
  pdf: { is: 'a PDF', todo: 'copy its text into a .txt or .docx to have it read (a scan needs text recognition first)' },
  rtf: { is: 'an RTF document', todo: `open it in Word or TextEdit and ${SAVE_AS_DOCX}` },
  html: {
    is: 'a web page (HTML)',
    todo: `${SAVE_AS_DOCX} (from Google Docs: File › Download › Microsoft Word or Plain text)`,
  },
};

/** A text named .xlsx is read as CSV, whose reader says what it holds where that is no table. */
const TEXT_NAMED_XLSX = { format: 'csv', note: 'named .xlsx but holds text; read as CSV' };

/**
 * What a file's bytes say it is, where that is not what its name says: a workbook renamed .csv, a CSV
 * renamed .xlsx, a Word document renamed .txt, a password-protected document (Office encrypts it into an
 * OLE container, not a zip), a zip cut short, a web page or RTF document saved as .txt, captions saved as
 * .txt. The format to read it as (with a note for the warning), or the reason it cannot be read.
 */
function sniffContent(bytes: Uint8Array, format: string, file: string): Sniffed {
  const content = detectContent(bytes);
  const named = `named .${extension(file)}`;
  const office = format === 'xlsx' || format === 'docx';
  if (content === undefined) {
    if (!office || looksBinary(bytes)) return undefined;
    // A CSV's structure shows it is a sheet; any text would pass as a written reflection, an error page
    // saved in place of a download too, so a text named .docx is left for its user to rename.
    return format === 'xlsx'
      ? TEXT_NAMED_XLSX
      : { reason: `not a valid DOCX file: it holds plain text (a text file renamed?); rename it .txt to have it read` };
  }
  if (content.kind === 'gzip') return { reason: 'compressed with gzip, not a plain file; decompress it to have it read' };
  if (content.kind === 'zip' && content.truncated && (office || content.holds === 'xlsx' || content.holds === 'docx')) {
    return { reason: 'cut short: the file ends before its zip directory (a download or copy that did not finish?); copy or download it again to have it read' };
  }
  if (content.kind === 'zip' && (content.holds === 'xlsx' || content.holds === 'docx')) {
    if (content.holds === format) return undefined;
    return { format: content.holds, note: `${named} but is ${content.holds === 'xlsx' ? 'an Excel workbook' : 'a Word document'}; read as one` };
  }
  if (content.kind === 'ole' && content.holds === 'encrypted') {
    const [what, app, menu] = format === 'docx' ? ['document', 'Word', 'Protect Document'] : format === 'xlsx' ? ['workbook', 'Excel', 'Protect Workbook'] : ['Office file', 'Word or Excel', 'Protect'];
    return { reason: `a password-protected ${what}: remove the password in ${app} (File › Info › ${menu} › Encrypt with Password, then clear it) and save it, to have it read` };
  }
  if (content.kind === 'ole' && content.holds === 'other' && format === 'xlsx') {
    return {
      reason:
        'a password-protected workbook (or an old .xls named .xlsx): remove the password in Excel (File › Info › Protect Workbook) or save it as .xlsx, to have it read',
    };
  }
  if ((content.kind === 'vtt' || content.kind === 'srt') && (format === 'txt' || format === 'md')) {
    return { format: content.kind, note: `${named} but is ${content.kind === 'vtt' ? 'a WebVTT' : 'an SRT'} caption file; read as one` };
  }
  // A web page named .csv or .xlsx (a sign-in page downloaded in place of the export) is told apart by the
  // CSV reader, which says what a table export would be; under .xlsx it was only 'not a valid XLSX file'.
  if (content.kind === 'html' && (format === 'csv' || format === 'tsv')) return undefined;
  if (content.kind === 'html' && format === 'xlsx') return TEXT_NAMED_XLSX;
  const unreadable = UNREADABLE[content.kind === 'zip' || content.kind === 'ole' ? `${content.kind}:${content.holds}` : content.kind];
  if (!unreadable) return undefined;
  return { reason: `${unreadable.is} ${named}, not ${office ? `a ${format === 'xlsx' ? 'workbook' : 'Word document'}` : 'plain text'}; ${unreadable.todo}` };
}

async function readOne(file: FoundFile, options: ReadFilesOptions): Promise<FileRead | FileRead[]> {
  const declared = detectFormat(file.id);
  const ext = extension(file.id);
  if (file.problem !== undefined && file.failed) return { id: file.id, format: declared ?? ext, status: 'failed', reason: file.problem };
  const notInput =
    options.notInputs?.get(file.id) ??
    file.problem ??
    (isLockFile(file.id) ? 'an Office lock file (left while the document is open in Word or Excel); not an input' : undefined);
  if (notInput) return { id: file.id, format: declared ?? ext, status: 'skipped', reason: notInput };
  const unsupported = (): FileRead => {
    const hint = own(SAVE_AS, ext);
    const reason = ext ? `unsupported file type (.${ext})${hint ? `; ${hint}` : ''}` : 'unsupported file type (no extension)';
    return { id: file.id, format: ext, status: 'skipped', reason };
  };
  if (!declared && !(OFTEN_MISNAMED.has(ext) && file.size > 0)) return unsupported();
  if (file.size === 0) return { id: file.id, format: declared ?? ext, status: 'skipped', reason: 'empty file' };
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file.absolute);
  } catch (err) {
    return { id: file.id, format: declared ?? ext, status: 'failed', reason: `unreadable: ${fileErrorText(err)}` };
  }
  // A text file that ends in a run of zero bytes (a save or copy cut short by a crash or a full disk
  // leaves its length and zeros for the rest) read as binary data: every answer in it was lost.
  const padding = declared !== undefined && TEXT_FORMATS.has(declared) ? zeroPadding(bytes) : 0;
  if (padding === bytes.length) return { id: file.id, format: declared!, status: 'failed', reason: ONLY_ZEROS };
  if (padding > 0) bytes = bytes.subarray(0, bytes.length - padding);
  const sniffed = declared ? sniffContent(bytes, declared, file.id) : sniffMisnamed(bytes, ext);
  if (!declared && (!sniffed || 'reason' in sniffed)) return unsupported();
  const format = declared ?? ext;
  if (sniffed && 'reason' in sniffed) return { id: file.id, format, status: 'failed', reason: sniffed.reason };
  // A file of nothing but spaces, line breaks or a byte-order mark (Excel's CSV of an empty sheet) is as empty as one of no bytes.
  if (isBlank(bytes)) return { id: file.id, format, status: 'skipped', reason: 'empty file' };
  const ctx = { file: file.id, encoding: options.encoding ?? options.config.encoding, sheet: options.sheet ?? options.config.sheet, config: options.config };
  const as = sniffed?.format ?? format;
  const notes = [...(sniffed ? [sniffed.note] : []), ...(padding > 0 ? [zeroPaddingNote(padding, as)] : [])];
  const noted = (result: ReadResult): ReadResult =>
    notes.length > 0 ? { ...result, warnings: [...notes.map((message) => ({ file: file.id, message })), ...result.warnings] } : result;
  try {
    // A workbook, unless --sheet names one sheet: every sheet with data, each read as its own.
    if (as === 'xlsx' && ctx.sheet === undefined) {
      return (await readXlsxSheets(bytes, ctx)).map(({ id, sheet, hidden, empty, result, error }): FileRead => {
        // As an empty CSV is: nothing to read, nothing failed (and --strict has nothing to stop for).
        if (empty) return { id, format: 'xlsx', status: 'skipped', reason: 'empty file (no sheet of the workbook holds data)' };
        // A hidden sheet holds what the workbook's author keeps out of sight: the options of a drop-down
        // list (read as answers, each a student), a lookup table, last year's copy of the answers. It
        // still lends a roster's names and details, which are never counted as answers.
        if (hidden && !(result?.content.type === 'table' && result.content.isRoster)) {
          return { id, format: 'xlsx', status: 'skipped', reason: HIDDEN_SHEET };
        }
        if (result && isInstructions(sheet, result)) return { id, format: 'xlsx', status: 'skipped', reason: INSTRUCTIONS_SHEET };
        return result ? { id, format: 'xlsx', status: 'read', result: noted(result) } : { id, format: 'xlsx', status: 'failed', reason: error!.message };
      });
    }
    const result = noted(await readers[as](bytes, ctx));
    // A CSV's cells are copied out of its bytes into strings, so the bytes can go now (see release).
    if (as === 'csv' || as === 'tsv') releaseMemory(bytes);
    return { id: file.id, format: result.format, status: 'read', result };
  } catch (err) {
    const reason = err instanceof ReflectError ? err.message : `could not be read (${(err as Error).message?.split('\n')[0] ?? String(err)})`;
    return { id: file.id, format, status: 'failed', reason };
  }
}

// The sheet's name is left out: the sheet's id carries it, de-identified where it names a student.
const HIDDEN_SHEET =
  'a hidden sheet (where a workbook keeps drop-down lists, lookups or an old copy of the answers); not read: unhide it in Excel (right-click a sheet tab › Unhide) to have it read';

// A template's sheet of instructions: its lines, under a title, were read as that many students' answers.
const INSTRUCTIONS_NAME = /^\s*(?:instructions?|read\s*me|how\s+to\b.*|directions|guidelines?|guide|help|cover(?:\s+(?:page|sheet))?)\s*$/i;
const INSTRUCTIONS_SHEET = 'a sheet of instructions (by its name, with no id or name column); not read as answers: rename the sheet to have it read';

/** Whether a sheet is a template's instructions: so named, with no column of ids or names, as any sheet of answers or roster has. */
function isInstructions(sheet: string, result: ReadResult): boolean {
  return result.content.type === 'table' && INSTRUCTIONS_NAME.test(sheet) && !result.content.columns.some((c) => c.role === 'id' || c.role === 'name');
}

// Extensions of formats reflect does not read that are often not what they say: a workbook or Word
// document renamed, or a school system's "Excel" export that is a tab-separated text table.
const OFTEN_MISNAMED = new Set(['xls', 'doc']);

/** A `.xls` or `.doc` that holds what reflect reads: the format to read it as, with a note; else undefined. */
function sniffMisnamed(bytes: Uint8Array, ext: string): Sniffed {
  const content = detectContent(bytes);
  if (content?.kind === 'zip' && !content.truncated && (content.holds === 'xlsx' || content.holds === 'docx')) {
    return { format: content.holds, note: `named .${ext} but is ${content.holds === 'xlsx' ? 'an Excel workbook' : 'a Word document'}; read as one` };
  }
  if (content === undefined && ext === 'xls' && !looksBinary(bytes)) return { format: 'csv', note: 'named .xls but holds text (a text table, as some school systems export to Excel); read as CSV' };
  return undefined;
}

/** The formats read as text, which never end in a run of zero bytes of their own. */
const TEXT_FORMATS = new Set(['csv', 'tsv', 'txt', 'md', 'vtt', 'srt', 'sbv']);
/** Zero bytes at a text file's end that are taken as padding: fewer are removed with a text's other control characters. */
const ZERO_PADDING = 8;
const ONLY_ZEROS = 'holds only zero bytes, as a file does whose saving or copying was cut short (a crash, a full disk); save or copy it again to have it read';

/**
 * How many zero bytes a file ends in, where they are at least {@link ZERO_PADDING}; else 0. UTF-16 text's
 * last character keeps its zero byte (a line feed is 0A 00).
 */
function zeroPadding(bytes: Uint8Array): number {
  let keep = bytes.length;
  while (keep > 0 && bytes[keep - 1] === 0) keep--;
  if (bytes.length - keep < ZERO_PADDING) return 0;
  if (keep % 2 === 1 && keep < bytes.length) {
    const utf16 = hasUtf16Bom(bytes) || bomlessUtf16(bytes.subarray(0, keep + 1)) !== undefined;
    if (utf16) keep++;
  }
  return bytes.length - keep;
}

function zeroPaddingNote(padding: number, format: string): string {
  const last = format === 'csv' || format === 'tsv' ? 'rows' : 'lines';
  return `ends in ${padding.toLocaleString('en-US')} zero bytes, as a file does whose saving or copying was cut short (a crash, a full disk); read without them: check that its last ${last} are all there`;
}

/** Whether bytes open with UTF-16's byte-order mark, little- or big-endian. */
function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** Whether a file holds nothing but a byte-order mark, spaces and line breaks. */
function isBlank(bytes: Uint8Array): boolean {
  const utf16 = hasUtf16Bom(bytes);
  const from = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : utf16 ? 2 : 0;
  for (let i = from; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x20 || (b >= 0x09 && b <= 0x0d) || (utf16 && b === 0)) continue;
    return false;
  }
  return true;
}

// Word and Excel leave `~$name.docx` beside a document while it is open: a few bytes, never a document.
const isLockFile = (id: string): boolean => /^~\$/.test(path.posix.basename(id));

const OFFICE_TEMPORARY = 'an Office temporary file (Word or Excel writes one while saving, and leaves it behind when it closes unexpectedly); not an input';
// The documents whose saving leaves a `.tmp` beside them.
const OFFICE_DOCUMENT = /\.(?:docx|docm|dotx|dotm|doc|xlsx|xlsm|xltx|xltm|xls|pptx|ppt)$/i;

/**
 * Office's temporary files, by id: Word's `~WRL0001.tmp` and `~WRD0000.tmp` (any `~….tmp`), and a `.tmp`
 * in a folder holding a Word or Excel document (Excel's `8A3F1B20.tmp`), each a scrap of a save, not a
 * file of an unsupported type to convert. LibreOffice's `.~lock.…#` is a hidden file, never listed.
 */
function officeTemporaryFiles(files: FoundFile[]): string[] {
  const folderOf = (id: string): string => id.slice(0, id.lastIndexOf('/') + 1);
  const withDocuments = new Set(files.filter((f) => OFFICE_DOCUMENT.test(f.id) && !isLockFile(f.id)).map((f) => folderOf(f.id)));
  return files
    .filter((f) => f.problem === undefined && /\.tmp$/i.test(f.id) && (path.posix.basename(f.id).startsWith('~') || withDocuments.has(folderOf(f.id))))
    .map((f) => f.id);
}

/**
 * Whether a file is one reflect tries to read: not already set aside (a link to nothing, the config
 * file, a lock file) and of a type it reads by name, or often misnamed. Only such files are compared
 * as copies: a lock file, or a PDF beside its copy, was "the same file as" a file never read either,
 * where its own reason says what it is.
 */
export function mayBeRead(file: FoundFile, notInputs?: Map<string, string>): boolean {
  const readable = detectFormat(file.id) !== undefined || OFTEN_MISNAMED.has(extension(file.id));
  return readable && file.problem === undefined && !notInputs?.has(file.id) && !isLockFile(file.id);
}

/**
 * Files that are byte for byte another file of the folder ("survey (1).csv", a download made twice), by
 * id, with the id of the one read in their place: each would count every answer again. Of identical files the one
 * with the shortest name is read (then the first by id). Only files of the same size are compared, so a
 * folder with no two the same size costs nothing.
 */
async function copiesOf(files: FoundFile[]): Promise<Map<string, string>> {
  const bySize = new Map<number, FoundFile[]>();
  for (const f of files) if (f.size > 0 && !f.problem) bySize.set(f.size, [...(bySize.get(f.size) ?? []), f]);
  const copies = new Map<string, string>();
  for (const group of bySize.values()) {
    if (group.length < 2) continue;
    const byDigest = new Map<string, FoundFile[]>();
    for (const f of group) {
      let digest: string;
      try {
        digest = createHash('sha256').update(await fs.readFile(f.absolute)).digest('hex');
      } catch {
        continue; // reading it again reports the error
      }
      byDigest.set(digest, [...(byDigest.get(digest) ?? []), f]);
    }
    for (const same of byDigest.values()) {
      const [kept, ...rest] = [...same].sort((a, b) => keptCopyFirst(a.id, b.id));
      for (const f of rest) copies.set(f.id, kept!.id);
    }
  }
  return copies;
}

/** Arrays smaller than this are left to the garbage collector. */
const RELEASE_MIN = 1 << 20;

/**
 * Let go of big arrays' memory straight away; the arrays must not be used again. Big arrays that live
 * a while end up as garbage in the old generation, which a run may not collect again before it ends (a
 * 40 MB survey's bytes stayed to the end). Transferring an array's buffer detaches it and leaves the
 * memory with a clone that nothing holds, young garbage freed by the next minor collection. An array
 * that does not own the whole of its buffer, or a buffer that cannot be transferred, is left as it is.
 */
export function releaseMemory(...arrays: (ArrayBufferView | undefined)[]): void {
  for (const a of arrays) {
    const buffer = a?.buffer;
    if (!a || !(buffer instanceof ArrayBuffer) || buffer.byteLength < RELEASE_MIN || a.byteOffset !== 0 || a.byteLength !== buffer.byteLength) continue;
    try {
      structuredClone(buffer, { transfer: [buffer] });
    } catch {
      // an untransferable buffer (Node's pool) is left to the garbage collector
    }
  }
}

function extension(id: string): string {
  const base = id.split('/').pop() ?? id;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/**
 * Why the file named as the roster (`--roster`, `roster:`) gives no roster, or undefined where it does: it
 * could not be read (a workbook cut short, a file locked), was skipped (empty), read as a transcript, or
 * holds no row under its header. Named by the user, it is refused, not warned of: a run without it
 * would count every student with unknown demographics. A roster found in the folder by itself is a file
 * like the others, warned of where it cannot be read.
 */
export function rosterProblem(rosterId: string, reads: readonly FileRead[]): string | undefined {
  const read = reads.filter((r) => r.id === rosterId || r.id.startsWith(`${rosterId}#`));
  const tables = read.filter((r) => r.status === 'read' && r.result?.content.type === 'table');
  if (tables.some((r) => r.result!.content.type === 'table' && r.result!.content.rows.some((row) => !row.skipReason))) return undefined;
  if (tables.length > 0) return 'no row of ids, names or attributes under its header';
  const failed = read.find((r) => r.status === 'failed' || r.status === 'skipped');
  if (failed) return failed.reason ?? (failed.status === 'failed' ? 'it could not be read' : 'it was skipped');
  if (read.length === 0) return 'it was not read';
  return 'read as a transcript, not a table of ids, names and attributes';
}
