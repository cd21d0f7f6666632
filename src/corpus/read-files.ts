// Reads every file found under the input folder through the readers registry. One bad file never sinks
// the run: it comes back as skipped or failed with its reason.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ReadResult, ReflectConfig } from '../model.js';
import { detectFormat, readers } from '../readers/index.js';
import { looksBinary } from '../readers/encoding.js';
import { readXlsxSheets } from '../readers/xlsx.js';
import { ReflectError } from '../util/errors.js';
import type { FoundFile } from './discover.js';
import { keptCopyFirst } from './source-ids.js';

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
  const copies = await copiesOf(files);
  const notInputs = copies.size > 0 ? new Map([...copies, ...(options.notInputs ?? [])]) : options.notInputs;
  for (const [i, file] of files.entries()) {
    const read = await readOne(file, { ...options, notInputs });
    if (Array.isArray(read)) out.push(...read);
    else out.push(read);
    options.onFile?.(i + 1, files.length, file.id);
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

/**
 * What a file's first bytes say it is, where that is not what its name says: a workbook renamed .csv,
 * a CSV renamed .xlsx, a password-protected workbook (Excel encrypts it into an OLE container, not a
 * zip), a gzip-compressed file. The format to read it as, or the reason it cannot be read.
 */
function sniffContent(bytes: Uint8Array, format: string, file: string): { format: string; note: string } | { reason: string } | undefined {
  const starts = (...magic: number[]): boolean => magic.every((b, i) => bytes[i] === b);
  const zip = starts(0x50, 0x4b, 0x03, 0x04);
  const ole = starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
  if (starts(0x1f, 0x8b)) return { reason: 'compressed with gzip, not a plain file; decompress it to have it read' };
  if (format === 'xlsx') {
    if (ole) {
      return {
        reason:
          'a password-protected workbook (or an old .xls named .xlsx): remove the password in Excel (File › Info › Protect Workbook) or save it as .xlsx, to have it read',
      };
    }
    if (!zip && !looksBinary(bytes)) return { format: 'csv', note: 'named .xlsx but holds text; read as CSV' };
    return undefined;
  }
  if (format === 'csv' || format === 'tsv' || format === 'txt') {
    if (zip && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('xl/')) {
      return { format: 'xlsx', note: `named .${extension(file)} but is an Excel workbook; read as one` };
    }
    if (zip) return { reason: 'a zip file (a Word document or an archive renamed?), not text; give it its own extension, or unzip it, to have it read' };
    if (ole) return { reason: 'an Excel .xls workbook or another Office file, not text; save it as .xlsx or .csv to have it read' };
  }
  return undefined;
}

async function readOne(file: FoundFile, options: ReadFilesOptions): Promise<FileRead | FileRead[]> {
  const format = detectFormat(file.id);
  if (file.problem !== undefined && file.failed) return { id: file.id, format: format ?? extension(file.id), status: 'failed', reason: file.problem };
  const notInput =
    options.notInputs?.get(file.id) ??
    file.problem ??
    // Word and Excel leave `~$name.docx` beside a document while it is open: a few bytes, never a document.
    (/^~\$/.test(path.posix.basename(file.id)) ? 'an Office lock file (left while the document is open in Word or Excel); not an input' : undefined);
  if (notInput) return { id: file.id, format: format ?? extension(file.id), status: 'skipped', reason: notInput };
  if (!format) {
    const ext = extension(file.id);
    const hint = SAVE_AS[ext];
    const reason = ext ? `unsupported file type (.${ext})${hint ? `; ${hint}` : ''}` : 'unsupported file type (no extension)';
    return { id: file.id, format: ext, status: 'skipped', reason };
  }
  if (file.size === 0) return { id: file.id, format, status: 'skipped', reason: 'empty file' };
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file.absolute);
  } catch (err) {
    return { id: file.id, format, status: 'failed', reason: `unreadable: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` };
  }
  const ctx = { file: file.id, encoding: options.encoding ?? options.config.encoding, sheet: options.sheet ?? options.config.sheet, config: options.config };
  const sniffed = sniffContent(bytes, format, file.id);
  if (sniffed && 'reason' in sniffed) return { id: file.id, format, status: 'failed', reason: sniffed.reason };
  const as = sniffed?.format ?? format;
  const noted = (result: ReadResult): ReadResult =>
    sniffed ? { ...result, warnings: [{ file: file.id, message: sniffed.note }, ...result.warnings] } : result;
  try {
    // A workbook, unless --sheet names one sheet: every sheet with data, each read as its own.
    if (as === 'xlsx' && ctx.sheet === undefined) {
      return (await readXlsxSheets(bytes, ctx)).map(({ id, result, error }) =>
        result ? { id, format: 'xlsx', status: 'read', result: noted(result) } : { id, format: 'xlsx', status: 'failed', reason: error!.message },
      );
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

/**
 * Files that are byte for byte another file of the folder ("survey (1).csv", a download made twice), by
 * id, with the reason they are not read: each would count every answer again. Of identical files the one
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
      for (const f of rest) copies.set(f.id, `the same file as ${kept!.id}; not read twice`);
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
