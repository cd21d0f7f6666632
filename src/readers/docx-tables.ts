// How a Word table reads, the second of the DOCX reader's steps for tables. A transcript laid out as a
// table (one row per turn: a speaker cell, a text cell, perhaps a time cell) becomes one `Speaker: text`
// line per turn for the shared speaker-line parser, so it reads to the same turns as the transcript
// written as paragraphs; a key/value table at the top of a document becomes attributes, as front matter
// does, and so does a row of such keys over a row of their values; a table of prompts and answers (a reflection sheet typed in Word) becomes a heading per prompt
// over its answer; any other table reads one paragraph per cell, like the paragraphs around it.
import type { Warning } from '../model.js';
import type { DocxTable } from './docx-html.js';
import { splitNames } from './front-matter.js';
import { headerKey } from './header-block.js';
import { looksLikeName, parseLabel, parseTimestamp, speakerKey, TS, type SourceLine } from './speaker-lines.js';
import { ownKey } from './columns.js';

/** One row of a table laid out on a grid: merged cells expanded, so cell i is column i in every row. */
export interface GridRow {
  /** Number of the row's first paragraph: the line reported for the row. */
  line: number;
  /** Each column's text, its paragraphs joined by '\n'; '' for empty cells and places a merged cell covers. */
  cells: string[];
  /** One merged cell across the whole row: a section title or a note such as [break], never a turn. */
  spanning: boolean;
  /** Each column's first paragraph number, where the cell has one (the row's line otherwise). */
  cellLines?: number[];
}

/** Which columns of a transcript table hold what. */
export interface TranscriptLayout {
  /** Number of columns. */
  width: number;
  speaker: number;
  text: number;
  time?: number;
  /** Grid index of the header row, when it is not in words reflect knows (a first row all in bold). */
  header?: number;
  /** Columns read as none of those: line numbers, end times, comments … */
  ignored: number[];
}

/** What a table turned out to be. */
export type TableReading =
  | { kind: 'transcript'; layout: TranscriptLayout; lines: SourceLine[]; warnings: Warning[] }
  | { kind: 'attributes'; attributes: Record<string, string> }
  | { kind: 'prompts'; lines: SourceLine[] }
  | { kind: 'cells' };

type Role = 'speaker' | 'text' | 'time' | 'other';

// Header cells of transcript tables as transcription services and researchers write them. 'other' are
// headers of columns that are not read (end times, line numbers, coding notes): they still make a row
// a header row.
const HEADER_ROLES = new Map<string, Role>([
  ...['speaker', 'speakers', 'speaker name', 'name', 'who', 'person', 'participant', 'speaker id'].map((w) => [w, 'speaker'] as const),
  ...['text', 'transcript', 'transcription', 'dialogue', 'dialog', 'utterance', 'speech', 'words', 'content', 'verbatim',
    'what was said', 'response', 'conversation', 'discussion', 'statement'].map((w) => [w, 'text'] as const),
  ...['time', 'timestamp', 'time stamp', 'timecode', 'time code', 'start', 'start time', 'begin', 'in', 'tc'].map((w) => [w, 'time'] as const),
  ...['end', 'end time', 'stop', 'out', 'duration', 'comments', 'comment', 'notes', 'note', 'memo', 'memos', 'codes', 'code',
    'coding', 'themes', 'theme', 'remarks', 'annotations', 'observations', 'role', 'line', 'line no', 'line number', '#',
    'no', 'number', 'row', 'translation'].map((w) => [w, 'other'] as const),
]);

// A time cell: `00:01:23`, `[1:23]`, `00:01:23.450`, or a range `00:01:23 - 00:01:30` (its start is kept).
const TIME_CELL = new RegExp(String.raw`^[\[(]?(${TS})[\])]?(?:\s*(?:-->|[-–—]|to)\s*[\[(]?${TS}[\])]?)?$`);
const NUMBER_CELL = /^\d{1,6}\.?$/;
// An attribute key: a few words, no sentence punctuation (a prompt such as "What went well?" is not one).
const KEY = /^\p{L}[\p{L}\p{N} '’&/-]{0,39}$/u;

/** A cell's text without bold markers, on one line. */
function plain(cell: string): string {
  return cell.replace(/\*\*|__/g, '').replace(/\s+/g, ' ').trim();
}

/** The speaker cell as a label would carry it: `**Maya:**` and `Maya` are the same speaker. */
function speakerCell(cell: string): string {
  return plain(cell).replace(/\s*:$/, '');
}

/** The name in a speaker cell, if the speaker-line parser reads it as one (Maya, Ms Chen, S3 …). */
function speakerName(cell: string): string | undefined {
  const name = speakerCell(cell);
  const label = name === '' ? undefined : parseLabel(`**${name}:** …`);
  // A cell in lower case ("reading") is more often a prompt than a name.
  return label?.lowerCase ? undefined : label?.speaker;
}

/** The timestamp a time cell starts with, as the speaker-line parser writes it. */
function timeOf(cell: string): string | undefined {
  const m = TIME_CELL.exec(plain(cell));
  return m && parseTimestamp(m[1]) !== undefined ? m[1] : undefined;
}

/** Each column's role when the row is a header row (Speaker | Text, Time | Speaker | Transcript …). */
function headerRoles(cells: string[]): (Role | undefined)[] | undefined {
  const roles = cells.map((c) => {
    const word = plain(c).toLowerCase().replace(/\s*\([^)]*\)$/, '').replace(/\s*[:.]$/, '');
    return word === '' ? undefined : HEADER_ROLES.get(word);
  });
  const named = cells.filter((c) => plain(c) !== '').length;
  if (named < 2 || roles.filter((r) => r !== undefined).length < named) return undefined;
  return roles.includes('speaker') && roles.includes('text') ? roles : undefined;
}

/** Whether every line of every filled cell of a row is bold. */
function allBold(row: GridRow): boolean {
  const lines = row.cells.flatMap((c) => c.split('\n')).map((l) => l.trim()).filter((l) => l !== '');
  return lines.length > 0 && lines.every((l) => /^\*\*.*\*\*$/.test(l));
}

/**
 * The grid index of a header row in words reflect does not know (`Participant ID | Excerpt`): a first
 * row all in bold over rows that are not. Read as a turn it would be a speaker saying a column name.
 */
function boldHeader(grid: GridRow[]): number | undefined {
  const rows = grid.filter((r) => !r.spanning && r.cells.some((c) => c !== ''));
  if (rows.length < 2) return undefined;
  return (allBold(rows[0]) && !rows.slice(1).every(allBold)) || namesColumns(rows) ? grid.indexOf(rows[0]) : undefined;
}

/**
 * Whether the first row heads the columns in words beside one reflect knows for a speaker's column
 * (`Speaker | Comment`, `Participant | Quote`, `Name | What they said`): a header row set in bold by
 * the table's style, which mammoth does not show as bold, or in no bold at all. Its other cells are a
 * few words ending no sentence, and the word heading the speakers is not a speaker below it.
 */
function namesColumns(rows: GridRow[]): boolean {
  const cells = rows[0]!.cells.map(plain);
  const column = cells.findIndex((c) => HEADER_ROLES.get(c.toLowerCase().replace(/\s*:$/, '')) === 'speaker');
  if (column < 0) return false;
  const key = speakerKey(speakerCell(rows[0]!.cells[column]!));
  return (
    cells.every((c, i) => i === column || (c.split(' ').length <= 4 && !/[.?!]$/.test(c))) &&
    !rows.slice(1).some((r) => speakerKey(speakerCell(r.cells[column]!)) === key)
  );
}

/** Whether a row is a header row: in words reflect knows, or the layout's own. */
function isHeader(grid: GridRow[], index: number, layout: TranscriptLayout): boolean {
  return index === layout.header || headerRoles(grid[index].cells) !== undefined;
}

/** Lay a table out on a grid, expanding cells merged across (colspan) and down (rowspan). */
export function gridOf(table: DocxTable): GridRow[] {
  let covered: number[] = []; // per column: rows below still covered by a cell merged down
  let line = 0;
  const rows = table.rows.map((cells) => {
    const skip = covered.map((n) => n > 0);
    covered = covered.map((n) => Math.max(0, n - 1));
    const out: string[] = [];
    const cellLines: number[] = [];
    let col = 0;
    for (const cell of cells) {
      while (skip[col]) out[col++] = '';
      out[col] = cell.paragraphs.map((p) => p.text).join('\n').trim();
      const first = cell.paragraphs.find((p) => p.text.trim() !== '') ?? cell.paragraphs[0];
      if (first) cellLines[col] = first.number;
      for (let k = 0; k < cell.colspan; k++) {
        if (k > 0) out[col + k] = '';
        if (cell.rowspan > 1) covered[col + k] = cell.rowspan - 1;
      }
      col += cell.colspan;
    }
    while (skip[col]) out[col++] = '';
    line = cells.find((c) => c.paragraphs.length > 0)?.paragraphs[0].number ?? line;
    return { line, cells: out, spanning: cells.length === 1 && cells[0].colspan > 1, cellLines };
  });
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  return rows.map((r) => ({
    ...r,
    cells: Array.from({ length: width }, (_, i) => r.cells[i] ?? ''),
    spanning: r.spanning && r.cells.length === width,
    cellLines: Array.from({ length: width }, (_, i) => r.cellLines[i] ?? r.line),
  }));
}

/**
 * The columns of a transcript table, or undefined when the table does not read as one. With a header
 * row (Speaker | Text …) the header says; without one (a bold first row in other words is set aside
 * as a header, not read as a turn), a table is a transcript only when a column of
 * names (as the speaker-line parser reads names) stands beside a column of text and either a column of
 * timestamps or a speaker who speaks twice shows it is talk: a key/value table never repeats a key, and
 * a reflection sheet's `Reading | I read three books` rows would otherwise look like turns.
 */
export function transcriptLayout(grid: GridRow[]): TranscriptLayout | undefined {
  const rows = grid.filter((r) => !r.spanning && r.cells.some((c) => c !== ''));
  const width = grid[0]?.cells.length ?? 0;
  if (rows.length === 0 || width < 2) return undefined;
  const columns = Array.from({ length: width }, (_, i) => i);
  const roles = headerRoles(rows[0].cells);
  if (roles) {
    const layout = {
      speaker: roles.indexOf('speaker'),
      text: roles.indexOf('text'),
      ...(roles.includes('time') ? { time: roles.indexOf('time') } : {}),
    };
    const used = [layout.speaker, layout.text, layout.time];
    const body = rows.filter((r) => !headerRoles(r.cells));
    if (!body.some((r) => r.cells[layout.speaker] !== '' && r.cells[layout.text] !== '')) return undefined;
    return { width, ...layout, ignored: columns.filter((i) => !used.includes(i)) };
  }

  const header = boldHeader(grid);
  const body = rows.filter((r) => r !== grid[header ?? -1]);
  const filled = (i: number) => body.map((r) => r.cells[i]).filter((c) => c !== '');
  const all = (i: number, test: (cell: string) => boolean) => filled(i).length > 0 && filled(i).every(test);
  const numbers = columns.filter((i) => all(i, (c) => NUMBER_CELL.test(plain(c))));
  const time = columns.find((i) => all(i, (c) => timeOf(c) !== undefined));
  const speaker = columns.find((i) => i !== time && !numbers.includes(i) && all(i, (c) => speakerName(c) !== undefined));
  if (speaker === undefined) return undefined;
  const candidates = columns.filter((i) => i !== time && i !== speaker && !numbers.includes(i) && filled(i).length > 0);
  const size = (i: number) => filled(i).reduce((n, c) => n + c.length, 0);
  const text = candidates.reduce<number | undefined>((best, i) => (best === undefined || size(i) > size(best) ? i : best), undefined);
  if (text === undefined) return undefined;
  const speakers = body.filter((r) => r.cells[speaker] !== '' && r.cells[text] !== '').map((r) => speakerKey(speakerCell(r.cells[speaker])));
  if (speakers.length < 2 || (time === undefined && new Set(speakers).size === speakers.length)) return undefined;
  const used = [speaker, text, time];
  return {
    width,
    speaker,
    text,
    ...(time === undefined ? {} : { time }),
    ...(header === undefined ? {} : { header }),
    ignored: columns.filter((i) => !used.includes(i)),
  };
}

/**
 * One line per turn of a transcript table: `[00:01:23] **Speaker:** text`. The name is written bold
 * because the table itself shows it is a speaker (a bold label is always one); the time is written the
 * way the parser reads a timestamp before a name. A text cell's paragraphs and line breaks run on in one
 * turn; a row with a blank speaker cell continues the turn above (the first such row of a table carries
 * on from the turn before the table); header rows and empty rows are skipped; a row of one merged cell
 * becomes a heading, which ends the turn before it.
 */
export function transcriptLines(grid: GridRow[], layout: TranscriptLayout, file: string): { lines: SourceLine[]; warnings: Warning[] } {
  const lines: SourceLine[] = [];
  const warnings: Warning[] = [];
  let turn: SourceLine | undefined;
  const unnamed: number[] = [];
  grid.forEach((row, index) => {
    if (row.spanning) {
      const title = plain(row.cells[0]).replace(/^#\s*/, '');
      if (title !== '') lines.push({ text: `# ${title}`, line: row.line });
      turn = undefined;
      return;
    }
    if (isHeader(grid, index, layout)) return;
    const text = row.cells[layout.text].replace(/\s+/g, ' ').trim();
    const speaker = speakerCell(row.cells[layout.speaker]);
    if (speaker === '') {
      if (text === '') return;
      if (turn) turn.text += ` ${text}`;
      else lines.push((turn = { text, line: row.line }));
      return;
    }
    const time = layout.time === undefined ? undefined : timeOf(row.cells[layout.time]);
    const stamp = time === undefined ? '' : `[${time}] `;
    if (speakerName(speaker) === undefined) {
      // Written as the row would be as a paragraph, so it reads as that would: words of the turn before.
      unnamed.push(row.line);
      lines.push((turn = { text: `${stamp}${speaker}: ${text}`, line: row.line }));
    } else {
      lines.push((turn = { text: `${stamp}**${speaker}:** ${text}`, line: row.line }));
    }
  });
  if (unnamed.length > 0) {
    // Said once per table, and without the cell: it may be a name, and warnings reach the terminal.
    const which = unnamed.length === 1 ? 'cell of a table row is' : `cells of ${unnamed.length} table rows are`;
    const names = unnamed.length === 1 ? 'a name' : 'names';
    warnings.push({
      file,
      line: unnamed[0],
      message: `the speaker ${which} not read as ${names} (expected one like Maya, Ms Chen or Student 3); read as text of the turn before`,
    });
  }
  const header = grid.find((r, index) => !r.spanning && isHeader(grid, index, layout));
  for (const i of layout.ignored) {
    const cells = grid.filter((r, index) => !r.spanning && !isHeader(grid, index, layout) && r.cells[i] !== '').map((r) => r.cells[i]);
    // Line numbers and end times carry no words; anything else left out is said.
    if (cells.every((c) => NUMBER_CELL.test(plain(c)) || timeOf(c) !== undefined)) continue;
    const name = header && plain(header.cells[i]) !== '' ? ` (${plain(header.cells[i])})` : '';
    warnings.push({
      file,
      line: grid[0].line,
      message: `table column ${i + 1}${name} is not read: a transcript table is read by its speaker, time and text columns`,
    });
  }
  return { lines, warnings };
}

/**
 * A two-column table of `key | value` rows as attributes (keys lower-case, spaces as hyphens, so
 * "School level" is `school-level`), or undefined when any row is not one: a key is a few words with no
 * sentence punctuation, a value a short phrase (lines joined by ", ") that does not end a sentence, and
 * no key comes twice. Rows with an empty value are left out, as front matter leaves out empty values.
 */
export function keyValueAttributes(grid: GridRow[]): Record<string, string> | undefined {
  if (grid[0]?.cells.length !== 2) return undefined;
  const attributes: Record<string, string> = {};
  const keys = new Set<string>();
  for (const row of grid) {
    const [rawKey, rawValue] = row.cells;
    if (rawKey === '' && rawValue === '') continue;
    const key = speakerCell(rawKey);
    // A `Speaker | Text` header over no rows is an empty transcript table, not a `speaker` attribute.
    if (row.spanning || headerRoles(row.cells) || rawKey.includes('\n') || !KEY.test(key) || key.split(' ').length > 4) return undefined;
    const id = ownKey(key.toLowerCase().replace(/\s+/g, '-'));
    const value = rawValue.split('\n').map(plain).filter((v) => v !== '').join(', ');
    if (value.length > 100 || /[.?!]$/.test(value) || keys.has(id)) return undefined;
    keys.add(id);
    if (value !== '') attributes[id] = value;
  }
  return Object.keys(attributes).length > 0 ? attributes : undefined;
}

/**
 * A table of one header row of keys a front matter has and one row of their values, as a transcript's
 * details are often laid out across the page (`Date | School | Facilitator` over `March 3 | Riverside |
 * Ms. Kaur`), as attributes keyed as front matter's; undefined for any other table. Every header cell
 * must be such a key (Date, School, Facilitator, Transcriber …, see header-block.ts), so that a table of
 * a student's words is never read so, and a name key's value must read as names.
 */
export function headerRowAttributes(grid: GridRow[]): Record<string, string> | undefined {
  const rows = grid.filter((r) => r.cells.some((c) => c !== ''));
  if (rows.length !== 2 || rows.some((r) => r.spanning) || rows[0]!.cells.length < 2) return undefined;
  const [keys, values] = rows as [GridRow, GridRow];
  const attributes: Record<string, string> = {};
  for (const [i, cell] of keys.cells.entries()) {
    const raw = values.cells[i]!;
    if (cell === '' && raw === '') continue;
    const key = headerKey(speakerCell(cell));
    if (!key || cell.includes('\n') || attributes[key.key] !== undefined) return undefined;
    const value = raw.split('\n').map(plain).filter((v) => v !== '').join(', ');
    if (value.length > 100 || /[.?!]$/.test(value) || (key.names && value !== '' && !splitNames(value).every(looksLikeName))) return undefined;
    if (value !== '') attributes[key.key] = value;
  }
  return Object.keys(attributes).length > 0 ? attributes : undefined;
}

// Header cells of a prompt table's two columns ("Question | Answer").
const PROMPT_HEADER = /^(?:questions?|prompts?|items?|topics?|areas?|goals?)$/i;
const ANSWER_HEADER = /^(?:answers?|responses?|reflections?|my answers?|my responses?|my reflections?|comments?|notes?)$/i;
/** Most words in a prompt cell: a label ("Reading") or a question, not writing. */
const MAX_PROMPT_WORDS = 20;

/**
 * The lines of a table of prompts and answers, as a reflection sheet typed in Word lays them out
 * (`Reading | I finished two novels…`, `What went well? | …`), or undefined when the table is not one:
 * two columns, the first of one-line prompts that are mostly questions, or else labels beside longer
 * writing in the second.
 * Each prompt becomes a heading, which is never a turn (so its words are not read as the student's),
 * and each answer one turn under it, its paragraphs run on. A `Question | Answer` header row is left out.
 */
export function promptLines(grid: GridRow[]): SourceLine[] | undefined {
  if (grid[0]?.cells.length !== 2) return undefined;
  const rows = grid.filter((r) => !r.spanning && r.cells.some((c) => c !== ''));
  const isHeaderRow = (r: GridRow): boolean => PROMPT_HEADER.test(plain(r.cells[0])) && ANSWER_HEADER.test(plain(r.cells[1]));
  const body = rows.filter((r) => !isHeaderRow(r));
  const words = (cell: string): number => plain(cell).split(' ').filter(Boolean).length;
  if (body.length === 0 || !body.every((r) => !r.cells[0].includes('\n') && words(r.cells[0]) <= MAX_PROMPT_WORDS)) return undefined;
  const size = (i: number): number => body.reduce((n, r) => n + plain(r.cells[i]).length, 0);
  // Prompts are questions ("What went well?", "Goal:"), or labels beside longer writing ("Reading | …").
  const asked = body.filter((r) => /[?:？]$/.test(plain(r.cells[0]))).length >= body.length / 2;
  if (!body.some((r) => r.cells[1] !== '') || (!asked && size(1) <= size(0))) return undefined;
  const lines: SourceLine[] = [];
  for (const row of grid) {
    const prompt = plain(row.cells[0]).replace(/^#\s*/, '');
    if (row.spanning || isHeaderRow(row)) {
      if (row.spanning && prompt !== '') lines.push({ text: `# ${prompt}`, line: row.line });
      continue;
    }
    if (prompt !== '') lines.push({ text: `# ${prompt}`, line: row.cellLines?.[0] ?? row.line });
    const answer = row.cells[1].replace(/\s+/g, ' ').trim();
    if (answer !== '') lines.push({ text: answer, line: row.cellLines?.[1] ?? row.line });
  }
  return lines;
}

/**
 * Whether a table goes on with the layout of the transcript table before it (a transcript split into
 * one table per part, or a table broken by hand): same number of columns, and its speaker and time
 * cells, where filled, are names and times. Such a part may be too short to show by itself that it is
 * talk (one row, nobody speaking twice).
 */
function continues(grid: GridRow[], layout: TranscriptLayout): boolean {
  if (grid[0]?.cells.length !== layout.width) return false;
  const rows = grid.filter((r, index) => !r.spanning && !isHeader(grid, index, layout));
  const filled = (i: number | undefined) => (i === undefined ? [] : rows.map((r) => r.cells[i]).filter((c) => c !== ''));
  return (
    rows.some((r) => r.cells[layout.text] !== '') &&
    filled(layout.speaker).every((c) => speakerName(c) !== undefined) &&
    filled(layout.time).every((c) => timeOf(c) !== undefined)
  );
}

/**
 * What a table is: a transcript (its lines) by its own look or as the next part of the transcript table
 * before it (`previous`); a key/value table at the top of the document (`atTop`: only headings, empty
 * paragraphs, front matter or other such tables above it) read as attributes; a table of prompts and
 * answers (its lines); or none of these, read one paragraph per cell by the caller.
 */
export function readTable(table: DocxTable, options: { file: string; atTop: boolean; previous?: TranscriptLayout }): TableReading {
  const grid = gridOf(table);
  const { previous } = options;
  // The columns go on from the table before; a header row is this table's own.
  const next = previous && { ...previous, header: boldHeader(grid) };
  const layout = transcriptLayout(grid) ?? (next && continues(grid, next) ? next : undefined);
  if (layout) return { kind: 'transcript', layout, ...transcriptLines(grid, layout, options.file) };
  const attributes = options.atTop ? (headerRowAttributes(grid) ?? keyValueAttributes(grid)) : undefined;
  if (attributes) return { kind: 'attributes', attributes };
  const prompts = promptLines(grid);
  return prompts ? { kind: 'prompts', lines: prompts } : { kind: 'cells' };
}
