// The readers registry: one entry per input format, and detectFormat(path) to pick one. Adding a format
// is one reader file, one line here, one fixture and one README row.
import path from 'node:path';
import type { ReadResult, ReflectConfig } from '../model.js';
import { readCsv } from './csv.js';
import { readXlsx } from './xlsx.js';
import { readText } from './text.js';
import { readVtt } from './vtt.js';
import { readSrt } from './srt.js';
import { readSbv } from './sbv.js';
import { readDocx } from './docx.js';
import { own } from '../util/own.js';

/** What a reader is told about the file it reads. */
export interface ReaderContext {
  /** Path relative to the input folder, posix separators: used in warnings. */
  file: string;
  /** Force a text encoding. */
  encoding?: string;
  /** XLSX sheet name. */
  sheet?: string;
  config: ReflectConfig;
}

/** A reader: bytes in, a parsed structure out. Throws only when the file cannot be read at all. */
export type Reader = (bytes: Uint8Array, ctx: ReaderContext) => ReadResult | Promise<ReadResult>;

/** Format name → reader. */
export const readers: Record<string, Reader> = {
  csv: readCsv,
  tsv: readCsv,
  xlsx: readXlsx,
  txt: readText,
  md: readText,
  vtt: readVtt,
  srt: readSrt,
  sbv: readSbv,
  docx: readDocx,
};

/** File extensions (lower-case, without dot) → format name. */
export const extensions: Record<string, string> = {
  csv: 'csv',
  tsv: 'tsv',
  tab: 'tsv',
  xlsx: 'xlsx',
  // A workbook with macros, and a template: the same format as .xlsx.
  xlsm: 'xlsx',
  xltx: 'xlsx',
  xltm: 'xlsx',
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  vtt: 'vtt',
  srt: 'srt',
  // YouTube's captions (SubViewer).
  sbv: 'sbv',
  docx: 'docx',
  // A document with macros, and templates: the same format as .docx.
  docm: 'docx',
  dotx: 'docx',
  dotm: 'docx',
};

/** The format for a file name, or undefined where no reader handles it. */
export function detectFormat(file: string): string | undefined {
  return own(extensions, path.extname(file).slice(1).toLowerCase());
}
