// A QDA tool's coded-segments export (one row per coded passage: its document, code and text, but no
// response id) read as a coder's codings, each segment given to the response whose text holds it.
import type { CodedUnit, CoderCodings, Warning } from '../model.js';
import { codingHeaderKey, DOCUMENT_KEYS, LONG_KEYS, RESPONSE_KEYS, SEGMENT_KEYS, SEGMENT_TEXT_KEYS, SOURCE_KEYS, TEXT_KEYS, WIDE_KEYS } from '../readers/coding-columns.js';
import { withoutFormulaGuard } from '../writers/csv-table.js';
import { dict } from '../util/own.js';
import { splitThemes, type CodingRecord } from './coding-files.js';
import { compileResponses, placeSegments, type ResponseText, type Segment, type SegmentPlace } from './segments.js';

/** A coded-segments export's rows: each segment with the codes its row gives. */
export interface SegmentsExport {
  segments: Segment[];
  /** Per segment (same order), its codes as written. */
  codes: string[][];
  /** Rows of the export that give no code (Taguette writes a highlight without tags so): accounted for, not read. */
  uncoded: number[];
}

/** Index of the first header whose key is one of `keys`, or -1. */
function column(keys: readonly string[], wanted: readonly string[]): number {
  for (const w of wanted) {
    const i = keys.indexOf(w);
    if (i >= 0) return i;
  }
  return -1;
}

/**
 * The segments of a coded-segments export, or undefined where the records are no such export: a table
 * with a code column (MAXQDA's "Code", Taguette's "tag", ATLAS.ti's "Codes", which holds one code a line)
 * and a segment text column (see SEGMENT_TEXT_KEYS), and no response_id. `themes` tell a label holding a
 * comma from a list, as in any coding file.
 */
export function segmentsExport(records: readonly CodingRecord[], themes?: readonly { id: string; label: string }[]): SegmentsExport | undefined {
  const header = records[0];
  if (!header) return undefined;
  const keys = header.cells.map(codingHeaderKey);
  if (column(keys, RESPONSE_KEYS) >= 0 || !keys.some((k) => SEGMENT_KEYS.includes(k))) return undefined;
  const textCol = column(keys, SEGMENT_TEXT_KEYS);
  const wideCol = column(keys, WIDE_KEYS);
  const codeCol = wideCol >= 0 ? wideCol : column(keys, LONG_KEYS);
  if (textCol < 0 || codeCol < 0) return undefined;
  const documentCol = column(keys, DOCUMENT_KEYS);
  const known = themes ? knownTheme(themes) : undefined;
  const out: SegmentsExport = { segments: [], codes: [], uncoded: [] };
  for (const { cells, line } of records.slice(1)) {
    if (cells.every((c) => c.trim() === '')) continue;
    // ATLAS.ti puts each of a quotation's codes on a line of its own in one cell.
    const codes = [...new Set((cells[codeCol] ?? '').split(/\r?\n/).flatMap((part) => splitThemes(part, wideCol < 0, known)))].sort();
    if (codes.length === 0) {
      out.uncoded.push(line);
      continue;
    }
    out.segments.push({ line, document: documentCol >= 0 ? (cells[documentCol] ?? '').trim() : '', text: cells[textCol] ?? '' });
    out.codes.push(codes);
  }
  return out;
}

/** Whether a value names a theme by its id or label, in any case (a cell holding it whole is one theme). */
function knownTheme(themes: readonly { id: string; label: string }[]): (value: string) => boolean {
  const key = (v: string): string => v.trim().toLowerCase().replace(/\s+/g, ' ');
  const names = new Set(themes.flatMap((t) => [key(t.id), key(t.label)]));
  return (value) => names.has(key(value));
}

/**
 * The responses' texts a table gives, in order: a response_id and a text column (reflect's responses.csv,
 * a coder's sheet with the text beside each id), with the `source` column where it has one. Undefined for
 * a table without both.
 */
export function responseTexts(records: readonly CodingRecord[]): ResponseText[] | undefined {
  const header = records[0];
  if (!header) return undefined;
  const keys = header.cells.map(codingHeaderKey);
  const idCol = column(keys, RESPONSE_KEYS);
  const textCol = column(keys, TEXT_KEYS);
  if (idCol < 0 || textCol < 0) return undefined;
  const sourceCol = column(keys, SOURCE_KEYS);
  const seen = new Set<string>();
  const out: ResponseText[] = [];
  for (const { cells } of records.slice(1)) {
    const responseId = withoutFormulaGuard((cells[idCol] ?? '').trim());
    if (responseId === '' || seen.has(responseId)) continue;
    seen.add(responseId);
    const source = sourceCol >= 0 ? withoutFormulaGuard((cells[sourceCol] ?? '').trim()) : '';
    out.push({ responseId, text: withoutFormulaGuard(cells[textCol] ?? ''), ...(source !== '' ? { source } : {}) });
  }
  return out.length > 0 ? out : undefined;
}

/** "rows 4, 9, 12" or "rows 4, 9, … (14 in all)". */
function rowList(lines: readonly number[], max = 8): string {
  const shown = lines.slice(0, max).join(', ');
  return `${lines.length === 1 ? 'row' : 'rows'} ${lines.length > max ? `${shown}, … (${lines.length} in all)` : shown}`;
}

/** What a coded-segments export read as a coder: the codings, and a note saying where every segment went. */
export interface SegmentCoder {
  coder: CoderCodings;
  note: string;
}

/** Why segments were left out, said of one and of several. */
const SKIPPED: Record<'no-match' | 'ambiguous' | 'empty' | 'uncoded', [string, string]> = {
  'no-match': ["matched no response's text", "matched no response's text"],
  ambiguous: [
    "lies in several responses' texts that its document's name does not tell apart",
    "lie in several responses' texts that their documents' names do not tell apart",
  ],
  empty: ['holds no words', 'hold no words'],
  uncoded: ['gives no code', 'give no code'],
};

/**
 * A coded-segments export as a coder (layout `long`: it names only the codings given, so a response of
 * the comparison with no segment was coded with no theme), each segment giving its codes to the responses
 * it was found in (see placeSegments), with the responses' texts. Every row is accounted for: a warning
 * for each kind of segment left out, naming its rows, and a note counting those found.
 *
 * @param name the file as named by the user, for messages
 */
export function coderFromSegments(coder: string, name: string, exp: SegmentsExport, responses: readonly ResponseText[]): SegmentCoder {
  const places = placeSegments(exp.segments, compileResponses(responses));
  const textOf = new Map(responses.map((r) => [r.responseId, r.text]));
  const units = new Map<string, CodedUnit>();
  const themeLines = dict<number>();
  const skipped: Record<keyof typeof SKIPPED, number[]> = { 'no-match': [], ambiguous: [], empty: [], uncoded: [...exp.uncoded] };
  const how = { one: 0, 'by-document': 0, spanning: 0 };
  places.forEach((place: SegmentPlace, i) => {
    if ('skipped' in place) {
      skipped[place.skipped].push(place.line);
      return;
    }
    how[place.how]++;
    const codes = exp.codes[i]!;
    for (const c of codes) themeLines[c] ??= place.line;
    for (const id of place.responseIds) {
      const unit = units.get(id);
      if (unit) unit.themes = [...new Set([...unit.themes, ...codes])].sort();
      else units.set(id, { responseId: id, themes: [...codes], line: place.line, text: textOf.get(id) ?? '' });
    }
  });
  const total = exp.segments.length + exp.uncoded.length;
  const warnings: Warning[] = [];
  for (const reason of ['no-match', 'ambiguous', 'empty', 'uncoded'] as const) {
    const lines = skipped[reason];
    if (lines.length === 0) continue;
    const one = lines.length === 1;
    warnings.push({
      file: name,
      line: lines[0],
      message: `${lines.length} of the ${total} coded segments ${SKIPPED[reason][one ? 0 : 1]} (${rowList(lines)}), so ${one ? 'it is' : 'they are'} left out`,
    });
  }
  const found = how.one + how['by-document'] + how.spanning;
  const parts = [
    `${how.one} in one response's text`,
    ...(how['by-document'] > 0 ? [`${how['by-document']} in several, told apart by their document's name`] : []),
    ...(how.spanning > 0 ? [`${how.spanning} spanning consecutive turns`] : []),
  ];
  const note = `${name}: ${found} of its ${total} coded segments were found in the responses' texts (${parts.join(', ')}), coding ${units.size} ${units.size === 1 ? 'response' : 'responses'}` +
    (found < total ? `; ${total - found} left out (see the warnings)` : '');
  return { coder: { coder, file: name, layout: 'long', units: [...units.values()], themeLines, warnings }, note };
}
