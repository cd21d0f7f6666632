// Builds a Table from a grid of strings, shared by the CSV and XLSX readers: header rows (survey export
// quirks), data rows numbered after them, ragged rows as warnings, column roles, roster detection.
import type { Column, Table, TableRow, Warning } from '../model.js';
import { inferColumns } from './columns.js';
import { isNoName } from '../util/no-answer.js';
import type { ReaderContext } from './index.js';
import { detectSurveyExport, type SurveyLayout } from './survey-exports.js';
import { firstRowIsData } from './headerless.js';
import { InputError } from '../util/errors.js';
import { firstFew } from '../util/text.js';

/** One record of a sheet as parsed, before the header is known. */
export interface GridRow {
  /** 1-based physical line (CSV) or sheet row (XLSX) where the record starts. */
  line: number;
  cells: string[];
  /** Set when the record could not be parsed (e.g. an unterminated quote); it is reported, not read. */
  problem?: string;
  /** Set when the record was read but something about it deserves a warning. */
  note?: string;
  /**
   * XLSX: for cells covered by a cell merged across from their left, the 0-based column of that cell
   * (sparse). Their text is blank, so an answer is not repeated; a header spanning them still names them.
   */
  mergedFrom?: number[];
  /**
   * XLSX: for cells covered by a cell merged down from a row above, the merge's range (`C2:C3`), by
   * 0-based column (sparse). exceljs gives them the merged cell's text: right for a school or a grade merged
   * down over its students, wrong for an answer, which is kept for the merge's first row only.
   */
  mergedDown?: string[];
}

/** A built table and the problems met on the way. */
export interface BuiltTable {
  table: Table;
  warnings: Warning[];
}

const isBlank = (cells: string[]): boolean => cells.every((c) => c.trim() === '');

/**
 * Turn parsed records into a Table. Blank records and one-cell title lines above the header are skipped;
 * every record after the header rows counts towards `row` (so row + header rows is the spreadsheet row),
 * but blank and broken ones are not kept. `sheet` is given for a workbook's sheet, whose cells right of
 * the header are read as columns with no header (a delimited file's are a broken row, except in a file of
 * one column, where they are its answer's commas: `delimiter` is the file's, to join them back). Throws an
 * InputError when there is no header row.
 */
export function buildTable(grid: GridRow[], ctx: ReaderContext, sheet?: string, delimiter?: string): BuiltTable {
  const warnings: Warning[] = [];
  const start = headerStart(grid);
  if (start < 0) {
    throw new InputError(sheet ? `no header row: sheet '${sheet}' has no data` : 'no header row: the file has no data', {
      file: ctx.file,
    });
  }
  const top = grid.slice(start, start + 3).map((r) => r.cells);
  let layout = mergedHeader(detectSurveyExport(top), grid[start], grid[start + 1]);
  // Trailing header cells that are blank (a stray delimiter at the end of the header line) are not columns.
  let width = layout.headers.length;
  while (width > 0 && layout.headers[width - 1] === '') width--;
  const noHeader = layout.flavour || layout.headerRows !== 1 ? undefined : firstRowIsData(layout.headers, dataRows(grid, start + 1));
  if (noHeader) {
    // Every row is a student's, the first too; text columns are asked as `column 4`.
    layout = { ...layout, headerRows: 0, headers: layout.headers.map(() => ''), questions: [] };
    warnings.push({
      file: ctx.file,
      line: grid[start]!.line,
      message: `the first row holds answers, not a header (${noHeader.slice(0, 3).map((c) => `"${c}"`).join(', ')} are values like those below them); every row is read as a student's, its columns named by number: add a header row naming the questions`,
    });
  }

  // A workbook's cells are where its user put them, never split at a stray delimiter: a cell right of the
  // header (a note typed beside an answer) is under a column with no header, as one between headed
  // columns is. Read as a broken row, it cost the student every answer in that row.
  if (sheet !== undefined) for (const record of grid.slice(start + layout.headerRows)) width = Math.max(width, lastNonBlank(record.cells.map((c) => c.trim())) + 1);
  const headers = Array.from({ length: width }, (_, i) => layout.headers[i] ?? '');
  const questions = Array.from({ length: width }, (_, i) => layout.questions[i]);
  const headerKeys = headers.map((h) => h.trim().toLowerCase());

  const rows: TableRow[] = [];
  const mergedDown = new Map<TableRow, string[]>();
  let row = 0;
  let unreadable = 0;
  for (const record of grid.slice(start + layout.headerRows)) {
    row++;
    const at = { file: ctx.file, line: record.line, row };
    if (record.problem) {
      warnings.push({ ...at, message: `${record.problem}; the row was skipped` });
      unreadable++;
      continue;
    }
    const cells = record.cells.map((c) => c.trim());
    if (isBlank(cells)) continue;
    if (record.note) warnings.push({ ...at, message: record.note });
    let used = lastNonBlank(cells) + 1;
    // A file of one column is a list of answers: its delimiters are the students' own commas, typed
    // without quotes ("More counsellors please, I am so stressed"), and the answer is read whole.
    if (used > width && width === 1 && delimiter !== undefined) {
      cells.splice(0, used, cells.slice(0, used).join(delimiter === '\t' ? ' ' : `${delimiter} `));
      used = 1;
    }
    if (used > width) {
      warnings.push({
        ...at,
        message: `expected ${width} fields, found ${used} (an unquoted delimiter or line break?); the row was skipped`,
      });
      unreadable++;
      continue;
    }
    if (cells.length < width) {
      warnings.push({ ...at, message: `expected ${width} fields, found ${cells.length}; the missing cells are read as blank` });
    }
    const fitted = withPostTitle(cells.length === width ? cells : Array.from({ length: width }, (_, i) => cells[i] ?? ''), layout);
    const skipReason = layout.skipRow(fitted) ?? summaryRow(fitted) ?? repeatedHeader(fitted, headerKeys);
    rows.push({ row, line: record.line, cells: fitted, ...(skipReason ? { skipReason } : {}) });
    if (record.mergedDown) mergedDown.set(rows[rows.length - 1]!, record.mergedDown);
  }

  // Responses the platform says were never finished are read as far as they go, and said to be so: a
  // researcher may count only finished ones, and one left blank would otherwise be a blank sheet handed in.
  const unfinished = layout.unfinished ? rows.filter((r) => !r.skipReason).flatMap((r) => {
    const progress = layout.unfinished!(r.cells);
    return progress === undefined ? [] : [{ row: r.row, progress }];
  }) : [];
  if (unfinished.length > 0) {
    const n = unfinished.length;
    const listed = unfinished.slice(0, 5).map((u) => `row ${u.row}${u.progress ? `, ${u.progress} done` : ''}`).join('; ') + (n > 5 ? '; …' : '');
    warnings.push({
      file: ctx.file,
      line: rows.find((r) => r.row === unfinished[0]!.row)!.line,
      message: `${n === 1 ? '1 response was' : `${n} responses were`} never finished (Finished: False; ${listed}); ${n === 1 ? 'its answers' : 'their answers'} so far are read: delete ${n === 1 ? 'the row' : 'the rows'} from the export to count finished responses only`,
    });
  }

  // Responses the platform flags as likely duplicates are read, not dropped: the flag is a guess (a shared
  // school computer looks like one student answering twice), and the researcher decides.
  const flagged = layout.duplicate ? rows.filter((r) => !r.skipReason).flatMap((r) => {
    const why = layout.duplicate!(r.cells);
    return why === undefined ? [] : [{ row: r.row, line: r.line, why }];
  }) : [];
  if (flagged.length > 0) {
    const n = flagged.length;
    const flags = [...new Set(flagged.map((f) => f.why))].join(', ');
    warnings.push({
      file: ctx.file,
      line: flagged[0]!.line,
      message: `${n === 1 ? '1 response is' : `${n} responses are`} flagged by Qualtrics as a likely duplicate (${flags}; row${n === 1 ? '' : 's'} ${firstFew(flagged.map((f) => f.row))}) and ${n === 1 ? 'is' : 'are'} read: a shared computer can look like one student answering twice, so check ${n === 1 ? 'it' : 'them'} and delete ${n === 1 ? 'the row' : 'the rows'} from the export if ${n === 1 ? 'it repeats' : 'they repeat'} another student's`,
    });
  }

  // An export made before anyone answered, or a template saved empty: say so rather than read nothing quietly.
  if (rows.length === 0 && unreadable === 0) warnings.push({ file: ctx.file, line: grid[start].line, message: 'no data rows under the header; nothing to read' });
  const analysed = rows.filter((r) => !r.skipReason).map((r) => r.cells);
  const columns = distinctQuestions(postTitleColumn(quizColumns(preferStudentIds(inferColumns(headers, analysed, ctx.config.columns, questions, layout.options), layout), layout), layout), (message) =>
    warnings.push({ file: ctx.file, line: grid[start].line, message }),
  );
  resentRows(rows, columns);
  const coded = codedChoices(columns, analysed, layout);
  if (coded.length > 0) {
    const named = coded.map((c) => (c.question ? `${c.header} "${c.question}"` : `"${c.header}"`)).join(', ');
    warnings.push({
      file: ctx.file,
      line: grid[start].line,
      message: `this Qualtrics export gives its choice answers as numbers (downloaded with "Use numeric values"), and the export does not hold the choices' labels: ${named} ${coded.length === 1 ? 'is' : 'are'} read as groups named by number (${firstFew([...new Set(coded.flatMap((c) => c.values))].sort((a, b) => Number(a) - Number(b)))}); download the responses again with "Use choice text" to have them read as the answers given`,
    });
  }
  for (const column of columns) {
    if (column.header === '' && column.role !== 'ignore' && !noHeader) {
      warnings.push({
        file: ctx.file,
        line: grid[start].line,
        message: `column ${column.index + 1} has no header; read as ${column.role} (${column.reason})`,
      });
    }
  }
  if (mergedDown.size > 0) warnings.push(...answersOfFirstRows(mergedDown, columns, ctx.file, sheet));
  const hasText = columns.some((c) => c.role === 'text');
  const hasPerson = columns.some((c) => c.role === 'id' || c.role === 'name');
  const table: Table = {
    type: 'table',
    ...(layout.flavour ? { flavour: layout.flavour } : {}),
    ...(sheet !== undefined ? { sheet } : {}),
    columns,
    rows,
    ...(unreadable > 0 ? { unreadableRows: unreadable } : {}),
    isRoster: !hasText && hasPerson,
  };
  return { table, warnings };
}

/**
 * An answer cell merged down over several rows belongs to the first of them: the rows below, which
 * exceljs gives its text, are blanked in the text columns, each merge named in a warning (its sheet and
 * range). Columns of other roles keep the filled-down text: a school, a class or a grade merged down over
 * a block of students is shared by all of them.
 */
function answersOfFirstRows(mergedDown: Map<TableRow, string[]>, columns: Column[], file: string, sheet: string | undefined): Warning[] {
  const text = columns.filter((c) => c.role === 'text');
  const merges = new Map<string, { rows: number[]; question: string }>();
  for (const [row, ranges] of mergedDown) {
    for (const c of text) {
      const range = ranges[c.index];
      if (range === undefined || row.cells[c.index] === '') continue;
      row.cells[c.index] = '';
      const merge = merges.get(range) ?? { rows: [], question: (c.question ?? c.header).replace(/\s+/g, ' ').trim() };
      merge.rows.push(row.line);
      merges.set(range, merge);
    }
  }
  const where = sheet !== undefined ? `sheet '${sheet}', ` : '';
  return [...merges].map(([range, m]) => ({
    file,
    // The merge's first row, where its answer is read.
    line: Number(/\d+/.exec(range)![0]),
    message: `${where}cells ${range}: an answer${m.question ? ` to "${m.question.length > 60 ? `${m.question.slice(0, 59)}…` : m.question}"` : ''} merged over ${m.rows.length + 1} rows is read as the answer of its first row only, not of row${m.rows.length === 1 ? '' : 's'} ${m.rows.join(', ')} below`,
  }));
}

/**
 * A form sent twice: a row whose student (id, name or email) and every answer are an earlier row's, but
 * for the platform's own columns (its time, its response number), is skipped with the earlier row named.
 * Read, each of its answers would count twice in every theme. Rows with no student named, or no answer,
 * are never compared: two students may well write the same "more time".
 */
function resentRows(rows: TableRow[], columns: Column[]): void {
  const who = columns.filter((c) => c.role === 'id' || c.role === 'name' || c.emails);
  const kept = columns.filter((c) => c.role === 'id' || c.role === 'name' || c.role === 'text' || c.role === 'attribute' || c.emails);
  const text = columns.filter((c) => c.role === 'text');
  if (who.length === 0 || text.length === 0) return;
  // Rows by their student alone, and answers compared only between a student's rows: a key of every
  // answer held a copy of the whole sheet's text while the sheet was read.
  const byStudent = new Map<string, TableRow[]>();
  const same = (a: TableRow, b: TableRow): boolean => kept.every((c) => a.cells[c.index]!.toLowerCase() === b.cells[c.index]!.toLowerCase());
  for (const r of rows) {
    if (r.skipReason) continue;
    if (who.every((c) => isNoName(r.cells[c.index]!)) || text.every((c) => r.cells[c.index] === '')) continue;
    // One column (most sheets) is its own key, with no array made and written out for each row.
    const key = who.length === 1 ? r.cells[who[0]!.index]!.toLowerCase() : JSON.stringify(who.map((c) => r.cells[c.index]!.toLowerCase()));
    const earlier = byStudent.get(key);
    const original = earlier?.find((e) => same(e, r));
    if (original === undefined) {
      if (earlier === undefined) byStudent.set(key, [r]);
      else earlier.push(r);
    } else {
      r.skipReason = `the same student and answers as row ${original.row} (the form sent twice, or the rows pasted in again)`;
      r.repeatOf = original.row;
    }
  }
}

/**
 * A survey platform's number for each response is the participant id only while nothing better is there:
 * a student's own id asked on the form ("Student number") links to the roster and across forms, and
 * numbers that restart at 1 in each export (Microsoft Forms' "Id") would make the first respondents of a
 * pre- and a post-survey one student. The config file's word stands.
 */
function preferStudentIds(columns: Column[], layout: SurveyLayout): Column[] {
  const at = layout.responseId?.index ?? -1;
  const platform = columns[at];
  if (!platform || platform.role !== 'id' || platform.reason === 'config file') return columns;
  const own = columns.find((c) => c.role === 'id' && c !== platform);
  const reason = own
    ? `the survey platform's number for the response; "${own.question && own.question !== own.header ? `${own.header}: ${own.question}` : own.header}" identifies the student`
    : layout.responseId!.perExport
      ? "the survey platform's number for the response, restarting at 1 in each export: not a student's id"
      : undefined;
  if (!reason) return columns;
  return columns.map((c) => (c === platform ? { ...c, role: 'ignore', reason } : c));
}

// A Microsoft Forms quiz's own columns: its score, and the teacher's feedback on the whole and on each
// question ("Points - Why?", "Feedback - Why?" beside "Why?").
const MS_QUIZ_TOTAL = /^(?:total points|quiz feedback)$/i;
const MS_QUIZ_PER_QUESTION = /^(points|feedback) - (.+)$/i;

/**
 * A Microsoft Forms quiz exports a score and the teacher's feedback beside the answers: the feedback is
 * the teacher's words, never a student's to code (nor, as a short "Good effort", a group of students),
 * and the points are no question asked. The config file's word stands.
 */
function quizColumns(columns: Column[], layout: SurveyLayout): Column[] {
  if (layout.flavour !== 'microsoft-forms') return columns;
  const headers = new Set(columns.map((c) => c.header.toLowerCase()));
  return columns.map((c) => {
    if (c.reason === 'config file') return c;
    const perQuestion = MS_QUIZ_PER_QUESTION.exec(c.header);
    const quiz = MS_QUIZ_TOTAL.test(c.header) || (perQuestion !== null && headers.has(perQuestion[2]!.toLowerCase()));
    if (!quiz) return c;
    const feedback = /feedback/i.test(c.header);
    const reason = feedback ? "the teacher's feedback on a Microsoft Forms quiz, not a student's answer" : "a Microsoft Forms quiz's points, not an answer";
    const { attribute: _attribute, multiSelect: _multiSelect, option: _option, ...rest } = c;
    return { ...rest, role: 'ignore', reason };
  });
}

/**
 * A post's title (Padlet's "Subject") opens its text: "Longer lunch. Lunch is 30 minutes and …". Read
 * apart, the titles were a group of students each ("subject: Longer lunch"), and a post that was all title
 * no answer at all.
 */
function withPostTitle(cells: string[], layout: SurveyLayout): string[] {
  if (!layout.postTitle) return cells;
  const { title, body } = layout.postTitle;
  const head = cells[title] ?? '';
  const text = cells[body] ?? '';
  if (head === '' || text.toLowerCase().startsWith(head.toLowerCase())) return cells;
  const joined = text === '' ? head : `${head}${/[.!?:;]$/.test(head) ? '' : '.'} ${text}`;
  return cells.map((c, i) => (i === body ? joined : c));
}

/**
 * A board's columns: the post titles, read as the opening of each post's text, are no column of their
 * own, others' comments on a post are not its author's, and its "Section" is the part of the board a
 * post was put in, never the student's class: as an
 * attribute, a student with posts in two sections was warned of as a contradiction. The config file's
 * word stands.
 */
function postTitleColumn(columns: Column[], layout: SurveyLayout): Column[] {
  if (!layout.postTitle) return columns;
  const { title, body } = layout.postTitle;
  return columns.map((c) => {
    if (c.reason === 'config file') return c;
    if (c.index === title && columns[body]?.role === 'text') {
      const { attribute: _attribute, multiSelect: _multiSelect, option: _option, ...rest } = c;
      return { ...rest, role: 'ignore', reason: `a post's title, read as the opening line of its text ("${columns[body]!.header}")` };
    }
    // Others' comments on the post ("Noah Thompson: yes!! the line is so long"), one to a line: their
    // words under their names, which read as the post's author's answer printed a classmate's name.
    // Short comments ("Liam Okafor: agreed") may read as an attribute's values: left out whatever the column was taken for.
    if ((c.role === 'text' || c.role === 'attribute') && c.header.toLowerCase() === 'comments') {
      const { attribute: _attribute, multiSelect: _multiSelect, option: _option, ...rest } = c;
      return { ...rest, role: 'ignore', reason: "others' comments on the post, each under its writer's name: not the post's author's words" };
    }
    if (c.role === 'attribute' && c.header.toLowerCase() === 'section') {
      const { attribute: _attribute, multiSelect: _multiSelect, option: _option, ...rest } = c;
      return { ...rest, role: 'ignore', reason: "the section of the board a post was put in: a post's, not a student's (one student posts in several), and no class" };
    }
    return c;
  });
}

/**
 * Each text column of a sheet asks its own question. Two columns under one header ("Comments",
 * "Comments") or under none would otherwise be one question, and a row's two answers would share a
 * response id; the later column's question is named by its position: `Comments (column 3)`, `column 2`.
 */
function distinctQuestions(columns: Column[], warn: (message: string) => void): Column[] {
  const seen = new Map<string, number>();
  return columns.map((c) => {
    if (c.role !== 'text') return c;
    const wording = (c.question ?? c.header).replace(/\s+/g, ' ').trim();
    const key = wording.toLowerCase();
    const first = seen.get(key);
    if (wording !== '' && first === undefined) {
      seen.set(key, c.index);
      return c;
    }
    const question = wording === '' ? `column ${c.index + 1}` : `${wording} (column ${c.index + 1})`;
    seen.set(question.toLowerCase(), c.index);
    if (first !== undefined) warn(`columns ${first + 1} and ${c.index + 1} ask the same question "${wording}"; read as two questions, the second as "${question}"`);
    return { ...c, question };
  });
}

const filled = (cells: string[]): number => cells.filter((c) => c.trim() !== '').length;

/**
 * A hand-made sheet's header cell merged across several columns ("Name" over first and last names): each
 * column it covers takes its text, and a row of sub-labels under it ("First", "Last") is part of the
 * header, not a respondent, so the header becomes "Name - First", "Name - Last". A row is sub-labels
 * when it fills every column of a merged header cell and nothing outside merged cells but copies of the
 * header above (a vertical merge over both rows, filled down).
 */
function mergedHeader(layout: SurveyLayout, header: GridRow, next: GridRow | undefined): SurveyLayout {
  const from = header.mergedFrom;
  if (!from || layout.headerRows !== 1 || layout.flavour) return layout;
  const headers = [...layout.headers];
  // Each column's merged header cell: its own index, or the merged cell's to its left.
  const groupOf = headers.map((_, i) => from[i] ?? i);
  for (let i = 0; i < headers.length; i++) if (from[i] !== undefined) headers[i] = headers[groupOf[i]!] ?? '';
  const grouped = (i: number): boolean => from[i] !== undefined || from.includes(i);

  if (!next || next.problem) return { ...layout, headers };
  const sub = headers.map((_, i) => (next.cells[i] ?? '').trim());
  const fillsAGroup = headers.some((_, i) => from[i] !== undefined && sub[i] !== '' && sub[groupOf[i]!] !== '');
  const onlyLabels = sub.every((c, i) => c === '' || grouped(i) || c === headers[i]);
  if (!fillsAGroup || !onlyLabels) return { ...layout, headers };
  return {
    ...layout,
    headerRows: 2,
    headers: headers.map((h, i) => (grouped(i) && sub[i] ? (h ? `${h} - ${sub[i]}` : sub[i]) : h)),
  };
}

/** Records looked at for the header (and, below a wider one, for the width carrying on). */
const HEADER_WINDOW = 6;

/**
 * Index of the header record: the first non-blank one, passing over title lines above it ("Grade 9
 * reflections, spring 2024" alone in A1) when a wider record follows within a few rows and the records
 * below it are mostly as wide. A wider record among one-cell ones is an answer with an unquoted comma in
 * a list of answers ("Reflection" / "More counsellors please, I am stressed" / "more flex"), not a header
 * under three lines of title.
 */
function headerStart(grid: GridRow[]): number {
  // Only the first few records are looked at, not every one of a big sheet.
  const candidates: { i: number; n: number }[] = [];
  for (let i = 0; i < grid.length && candidates.length < 2 * HEADER_WINDOW; i++) {
    const n = grid[i]!.problem ? 0 : filled(grid[i]!.cells);
    if (n > 0) candidates.push({ i, n });
  }
  if (candidates.length === 0) return -1;
  const wider = candidates.slice(0, HEADER_WINDOW).findIndex((c) => c.n > 1);
  if (wider <= 0) return candidates[0].i;
  const below = candidates.slice(wider + 1, wider + 1 + HEADER_WINDOW);
  const narrow = below.filter((c) => c.n === 1).length;
  return narrow * 2 > below.length ? candidates[0].i : candidates[wider].i;
}

// A spreadsheet's footer: "Total responses: 48", "Average", "n = 48", and a teacher's "Class average",
// "Overall" (typed in the name column, "Class" would be taken for a student's name, redacted everywhere).
const SUMMARY =
  /^(?:(?:class|school|group|section|period|grade|cohort|team|overall) )?(?:total|totals|grand total|sum|count|average|averages|avg|mean|median|n\s*=|number of (?:responses|students|respondents))\b|^overall\b/i;
const NUMBER = /^[-+]?\d+(?:[.,]\d+)?%?$/;

/**
 * Why a row is a summary line under the data rather than a respondent: its first filled cell opens with
 * "Total", "Average", "n =" …, and the rest are blank or numbers.
 */
function summaryRow(cells: string[]): string | undefined {
  const first = cells.findIndex((c) => c !== '');
  if (first < 0 || !SUMMARY.test(cells[first]!)) return undefined;
  if (!cells.every((c, i) => i <= first || c === '' || NUMBER.test(c))) return undefined;
  return `a summary row ("${cells[first]!.slice(0, 40)}"), not a respondent`;
}

/**
 * Why a row is the header again, not a respondent: two exports joined into one file (`cat`, or pasted
 * under each other) repeat it, and it would be read as a student whose answers are the questions.
 * `headerKeys` are the headers trimmed and in lower case.
 */
function repeatedHeader(cells: string[], headerKeys: string[]): string | undefined {
  const same = headerKeys.length > 1 && headerKeys.every((h, i) => h === (cells[i] ?? '').toLowerCase());
  return same ? 'the header row again (two files joined into one?), not a respondent' : undefined;
}

/** The cells of the well-formed, non-blank records from index `from` on, as they are asked for. */
function* dataRows(grid: GridRow[], from: number): Generator<string[]> {
  for (let i = from; i < grid.length; i++) if (!grid[i]!.problem && !isBlank(grid[i]!.cells)) yield grid[i]!.cells;
}

function lastNonBlank(cells: string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i] !== '') return i;
  return -1;
}

// Attributes whose numbers may be what they say: a grade (5 to 12), an age, a district's or a class's number.
const NUMBERED_ATTRIBUTES = new Set(['grade', 'age', 'district', 'class']);
const CODE = /^\d{1,2}$/;

/**
 * The attribute columns of a Qualtrics export downloaded with "Use numeric values" that answer a choice
 * question with its codes (a gender `1`, `2`, `3`), with their values; none for any other export. A
 * checkbox question's boxes are not among them (their option is in the question row), nor a number typed
 * into a text entry (an age), nor a grade, age, district or class whose numbers are all 5 or more (grades
 * 9 to 12 recoded as such read as they are).
 */
function codedChoices(columns: Column[], rows: string[][], layout: SurveyLayout): (Column & { values: string[] })[] {
  const numeric = layout.numericChoices;
  if (!numeric || !numeric.numeric(rows)) return [];
  return columns.flatMap((c) => {
    if (c.role !== 'attribute' || c.option !== undefined || c.multiSelect || !numeric.choice(c.index)) return [];
    const values = [...new Set(rows.map((r) => (r[c.index] ?? '').trim()).filter((v) => v !== ''))];
    if (values.length === 0 || !values.every((v) => CODE.test(v))) return [];
    const kind = c.attribute?.replace(/-other$/, '') ?? '';
    if (NUMBERED_ATTRIBUTES.has(kind) && values.every((v) => Number(v) >= 5)) return [];
    return [{ ...c, values }];
  });
}
