// Reads a CSV codebook: one row per pattern, with columns theme, pattern and optionally label,
// description, parent, kind (word|glob|phrase|regex|exclude|not_near) and count_negated (headers in
// any case, with a few aliases such as keywords or code, and a category or group column as the parent);
// other columns (colour, memo) are ignored. A theme's label, description and parent come from its
// first row that fills them; a blank theme cell is the theme above (filled down, as a sheet laid out in
// blocks writes each theme once), with a note; a row with an empty pattern
// only declares a theme (a parent with no patterns of its own); a cell may also hold several patterns
// (one row per theme), separated by commas, semicolons or line breaks. Without a kind the pattern's form
// decides: /…/ is a regex, * or ? a glob, several words a phrase, else a word.
import { parse } from 'csv-parse/sync';
import { sniffDelimiter } from '../readers/csv.js';
import { ConfigError, ProblemList } from '../util/errors.js';
import { isThemeId, nameId, slug, splitList, type CodebookSpec, type ThemeSpec } from './validate.js';
import { editDistance, suggest } from '../util/suggest.js';
import type { PatternKind, Warning } from '../model.js';
import { own } from '../util/own.js';

const COLUMNS = ['theme', 'pattern', 'label', 'description', 'parent', 'kind', 'count_negated'];
/** Other headers spreadsheets give the same columns (plurals, the words of QDA tools). */
const ALIASES: Record<string, string> = {
  themes: 'theme',
  id: 'theme',
  theme_id: 'theme',
  code: 'theme',
  patterns: 'pattern',
  keyword: 'pattern',
  keywords: 'pattern',
  words: 'pattern',
  name: 'label',
  theme_label: 'label',
  theme_name: 'label',
  code_name: 'label',
  definition: 'description',
  parent_theme: 'parent',
  parent_code: 'parent',
  type: 'kind',
  ...Object.fromEntries(['category', 'categories', 'code_group', 'theme_group', 'group'].map((h) => [h, 'parent'])),
};
/**
 * Headers of a column that groups themes by a name of its own ("Category: Wellbeing"), not by a theme
 * id: a group named there that is no theme becomes a parent theme, so the themes under it roll up.
 */
const GROUP_HEADERS = new Set(['category', 'categories', 'code_group', 'theme_group', 'group']);
/** Headers of a column of sub-themes beside the theme column (Theme, Sub-theme, Keywords). */
const SUBTHEME_HEADERS = new Set(['subtheme', 'sub_theme', 'subthemes', 'sub_themes', 'subcode', 'sub_code', 'subcategory', 'sub_category', 'child_code']);
const KINDS = ['word', 'glob', 'phrase', 'regex', 'exclude', 'not_near'];
/** Kinds as a sheet also writes them: the YAML keys (words, globs, phrases), other words, spaces for '_'. */
const KINDS_MEANT: Record<string, string> = {
  words: 'word',
  keyword: 'word',
  globs: 'glob',
  wildcard: 'glob',
  phrases: 'phrase',
  regexes: 'regex',
  regexp: 'regex',
  exclusion: 'exclude',
  exclusions: 'exclude',
  excludes: 'exclude',
  not_near: 'not_near',
};

/** The kind a pattern written without one has. */
export function inferKind(value: string): PatternKind {
  const v = value.trim();
  if (/^\/.+\/[a-z]*$/s.test(v)) return 'regex';
  if (/[*?]/.test(v)) return 'glob';
  return /[\s-]/.test(v) ? 'phrase' : 'word';
}

/**
 * Whether `written` is `column` mistyped: one slip (a letter wrong, missing, extra, or two swapped) in
 * a name of up to five letters, two in a longer one. Stricter than a did-you-mean, because a column
 * that is not a typo is ignored: `level` and `date` are a researcher's own columns, `lable` is a typo.
 */
function isTypo(written: string, column: string): boolean {
  if (Math.abs(written.length - column.length) > 2) return false;
  return editDistance(written, column) <= (column.length <= 5 ? 1 : 2);
}

/** A header cell as a column's name: lower case, `_` for spaces and hyphens. */
function headerKey(cell: string): string {
  return cell.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/** Rows above the header a sheet may hold: a title, a note, a date, blank rows. */
const ROWS_ABOVE_HEADER = 10;

/**
 * The index of the header row: the first row naming a theme (or sub-theme) column and a pattern column,
 * when only rows of one cell (a title, a note) or none stand above it; else the first row, whose missing
 * column is then told.
 */
function headerAt(rows: readonly Row[]): number {
  return findHeader(rows) ?? 0;
}

/** The index of the header row (see headerAt), or undefined when no row near the top is one: a sheet of no codebook. */
export function findHeader(rows: readonly Row[]): number | undefined {
  for (let i = 0; i < Math.min(rows.length, ROWS_ABOVE_HEADER + 1); i++) {
    const keys = rows[i]!.record.map((c) => own(ALIASES, headerKey(c)) ?? headerKey(c));
    // a name column alone names the themes too (Theme name, Keywords: see codebookFromRows)
    if ((keys.includes('theme') || keys.includes('label') || keys.some((k) => SUBTHEME_HEADERS.has(k))) && keys.includes('pattern')) return i;
    if (rows[i]!.record.filter((c) => c.trim() !== '').length > 1) return undefined;
  }
  return undefined;
}

/** One row of a sheet: its cells, and its line (CSV) or row number (Excel). */
export interface Row {
  record: string[];
  /** The line the row starts on (CSV) or its row number (Excel). */
  line: number;
  /** A CSV record over several lines, as written: for the line each of its patterns is on. */
  text?: string;
}

/**
 * The lines a cell's patterns (`patterns`, split from `value`) are on: the row's own, or in a record over
 * several lines, the line each is written on. Each is looked for after the one before, from where the cell
 * is written, so the same words earlier in the row (the theme's name, "stress" in a theme "Stress") or
 * inside a pattern before it ("test" after "tests") are not taken for it.
 */
function patternLines(row: Row, value: string, patterns: readonly string[]): number[] {
  const text = row.text;
  if (text === undefined) return patterns.map(() => row.line);
  let from = Math.max(0, text.indexOf(value));
  return patterns.map((pattern) => {
    const at = text.indexOf(pattern, from);
    if (at !== -1) from = at + pattern.length;
    return row.line + (text.slice(0, at === -1 ? from : at).split('\n').length - 1);
  });
}

/** Parse CSV codebook text. */
export function parseCsvCodebook(text: string, file: string, name: string): CodebookSpec {
  const body = text.replace(/^\uFEFF/, '');
  // Sniffed as a survey's is: European Excel writes ';', "Unicode text" tabs.
  const delimiter = sniffDelimiter(body, /\.(?:tsv|tab)$/i.test(file));
  let rows: Row[];
  try {
    // spaces around a cell are read past, as a sheet typed by hand puts one after each comma: `stress, "worried, worry"`
    // was refused as "Invalid Opening Quote"
    const records = parse(body, { delimiter, info: true, raw: true, relax_column_count: true, skip_empty_lines: true, ltrim: true, rtrim: true }) as unknown as { record: string[]; raw: string; info: { lines: number } }[];
    rows = records.map((r) => {
      // `info.lines` is the line a record ends on: one whose cell holds line breaks (patterns one a
      // line) is named where it starts, and each pattern on its own line (see patternLines)
      const text = r.raw.replace(/^(?:\r?\n)+/, '').replace(/\r?\n$/, '');
      const breaks = text.split('\n').length - 1;
      return breaks === 0 ? { record: r.record, line: r.info.lines } : { record: r.record, line: r.info.lines - breaks, text };
    });
  } catch (e) {
    const err = e as Error & { lines?: number };
    throw new ConfigError(`not valid CSV: ${err.message.replace(/^Invalid Record Length: |^Quote Not Closed: /, '')}`, { file, line: err.lines });
  }
  return codebookFromRows(rows, file, name, delimiter);
}

/**
 * Whether CSV text is a codebook sheet: a header with theme and pattern columns near its top (see
 * findHeader), as a file of responses has not.
 */
export function isCodebookCsv(text: string, file: string): boolean {
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = sniffDelimiter(body, /\.(?:tsv|tab)$/i.test(file));
  try {
    const records = parse(body, { delimiter, relax_column_count: true, skip_empty_lines: true, ltrim: true, rtrim: true, to_line: ROWS_ABOVE_HEADER + 1 }) as string[][];
    return findHeader(records.map((record, i) => ({ record, line: i + 1 }))) !== undefined;
  } catch {
    return false;
  }
}

/**
 * A codebook from a sheet's rows (a CSV file's records, or an Excel worksheet's rows with their row
 * numbers): the header, then one row per pattern or per theme, as described above. A row's cells right of
 * the header's last column are left out with a warning: in a CSV file (whose `delimiter` is given), most
 * often a cell of patterns holding the separator without quotes, split over the cells after it.
 */
export function codebookFromRows(all: Row[], file: string, name: string, delimiter?: string): CodebookSpec {
  if (all.length === 0) throw new ConfigError('codebook has no rows (expected a header with theme and pattern columns)', { file, line: 1 });
  // a title or a note above the header, as a sheet kept for a team has ("Team codebook v2"), is read past
  const rows = all.slice(headerAt(all));
  const header = rows[0].record.map(headerKey);
  const index: Record<string, number> = {};
  header.forEach((written, i) => {
    const h = own(ALIASES, written) ?? written;
    if (h === '') return;
    if (!COLUMNS.includes(h)) {
      // a misspelt column is an error; any other (colour, memo, notes) is the researcher's own and left alone
      const meant = COLUMNS.find((c) => isTypo(h, c));
      if (meant !== undefined) throw new ConfigError(`unknown column '${rows[0].record[i].trim()}' (did you mean '${meant}'?) (expected: ${COLUMNS.join(', ')}; other columns are ignored)`, { file, line: rows[0].line });
      return;
    }
    if (index[h] !== undefined) throw new ConfigError(`column '${h}' is given twice (as '${rows[0].record[index[h]].trim()}' and '${rows[0].record[i].trim()}')`, { file, line: rows[0].line });
    index[h] = i;
  });
  // A sheet of themes and their sub-themes (Theme, Sub-theme, Keywords): the sub-theme column holds the
  // themes, and the theme column groups them, as a category column does; a row without a sub-theme is the
  // theme's own, and a theme cell left blank under another (as a sheet lays groups out) is the one above.
  const sub = header.findIndex((h) => SUBTHEME_HEADERS.has(h));
  const subthemes = sub !== -1 && index.theme !== undefined && index.parent === undefined;
  if (subthemes) {
    index.parent = index.theme;
    index.theme = sub;
  }
  // A sheet that names its themes in a name column only (Theme name, Keywords): those are the themes, by
  // name, where it was refused as having no theme column
  if (index.theme === undefined && index.label !== undefined) {
    index.theme = index.label;
    delete index.label;
  }
  for (const required of ['theme', 'pattern']) {
    if (index[required] === undefined) throw new ConfigError(`codebook has no '${required}' column (found: ${header.filter(Boolean).join(', ')})`, { file, line: rows[0].line });
  }
  const themes = new Map<string, ThemeSpec>();
  const order: ThemeSpec[] = [];
  /** Themes named in the theme column by a name, not an id: id → the name written. */
  const named = new Map<string, string>();
  const hasLabelColumn = index.label !== undefined;
  // The theme column holds ids where it is headed so (`id`, `theme_id`) or a label column stands beside
  // it: each is kept as written, as `reflect agree` and a config name themes by them. Else it names the
  // themes ("Funding", "1.2 Mental health"), and is their label; the id is then made as a .qdc code's is.
  const idColumn = hasLabelColumn || ['id', 'theme_id'].includes(header[index.theme]!);
  const ids = new ThemeIds(idColumn);
  // a row's problem is read past (the rest of the row, or the row, left out), so one run reports them all
  const problems = new ProblemList(file);
  const report = (message: string, line: number, theme?: ThemeSpec): void => {
    problems.add(message, line);
    // what the row left out is not also reported missing (no patterns)
    if (theme) theme.partial = true;
  };
  let above = '';
  /** The theme of the row above that has one, for a row whose theme cell is blank (filled down). */
  let previous = '';
  let previousLine = 0;
  /** Runs of rows whose blank theme cell was filled down, to say so. */
  const filled: { theme: string; from: number; to: number }[] = [];
  let width = rows[0].record.length;
  while (width > 0 && rows[0].record[width - 1]!.trim() === '') width--;
  const warnings: Warning[] = [];
  for (const row of rows.slice(1)) {
    const { record, line } = row;
    const read = (col: string): string => (index[col] === undefined ? '' : (record[index[col]] ?? '').trim());
    if (record.every((c) => c.trim() === '')) continue;
    const beyond = record.slice(width).map((c) => c.trim()).filter((c) => c !== '');
    if (beyond.length > 0) {
      const cells = beyond.map((c) => `'${c.length > 40 ? `${c.slice(0, 39)}…` : c}'`).join(', ');
      const why =
        delimiter !== undefined && delimiter !== '\t'
          ? `; a cell that holds '${delimiter}' must be in quotes ("stress${delimiter} anxiety"), or the '${delimiter}' splits it into the cells after it`
          : '; give the column a header, or move them into a column the codebook reads';
      warnings.push({ file, line, message: `${beyond.length === 1 ? 'a cell' : `${beyond.length} cells`} right of the header's last column ${beyond.length === 1 ? 'is' : 'are'} left out: ${cells}${why}` });
    }
    let group = '';
    if (subthemes) {
      group = read('parent') || above;
      above = group;
    }
    // in a sheet of sub-themes, a row's theme is its sub-theme, else its group; its parent the group
    const groupRow = subthemes && read('theme') === '';
    const cell = (col: string): string => (!subthemes ? read(col) : col === 'theme' ? read('theme') || group : col === 'parent' ? (groupRow ? '' : group) : read(col));
    let written = cell('theme');
    if (written === '') {
      // nothing above to fill down from: the sheet's first row names no theme
      if (previous === '') {
        report('row has no theme id: its theme cell is blank, and no row above names a theme to fill it down from', line);
        continue;
      }
      // a sheet laid out in blocks, the theme written on its first row only (as merged cells are saved):
      // the blank cell is the theme above, filled down as a spreadsheet would, and said so once
      written = previous;
      const last = filled[filled.length - 1];
      if (last !== undefined && last.theme === written && last.to === previousLine) last.to = line;
      else filled.push({ theme: written, from: line, to: line });
    }
    previous = written;
    previousLine = line;
    const id = ids.of(written);
    let theme = themes.get(id);
    if (!theme) {
      theme = { id, patterns: [], exclusions: [], notNear: [], line };
      if (!hasLabelColumn) theme.label = written;
      if (id !== written) named.set(id, written);
      themes.set(id, theme);
      order.push(theme);
    }
    for (const [col, key] of [['label', 'label'], ['description', 'description'], ['parent', 'parent']] as const) {
      const v = cell(col);
      if (v === '') continue;
      if (theme[key] === undefined) {
        theme[key] = v;
        if (key === 'parent') theme.parentLine = line;
      } else if (theme[key] !== v) {
        report(`theme '${id}' has ${col} '${v}' here but '${theme[key]}' on an earlier row`, line, theme);
      }
    }
    const neg = cell('count_negated').toLowerCase();
    if (neg !== '') {
      if (!['true', 'false', 'yes', 'no', '1', '0'].includes(neg)) report(`count_negated should be true or false, found '${neg}'`, line, theme);
      else theme.countNegated = ['true', 'yes', '1'].includes(neg);
    }
    const value = cell('pattern');
    const typed = cell('kind').toLowerCase().replace(/[\s-]+/g, '_');
    const kind = own(KINDS_MEANT, typed) ?? typed;
    if (kind !== '' && !KINDS.includes(kind)) {
      report(`unknown kind '${kind}'${suggest(kind, KINDS)} (expected: ${KINDS.join(', ')})`, line, theme);
      continue;
    }
    if (value === '') {
      if (kind !== '') report(`row of theme '${id}' has kind '${kind}' but no pattern`, line, theme);
      continue;
    }
    // one row per theme: a cell may list its patterns, separated by , or ; or one a line
    const listed = kind === 'regex' ? [value] : splitList(value);
    const lines = patternLines(row, value, listed);
    for (const [i, one] of listed.entries()) {
      const at = lines[i]!;
      if (kind === 'exclude') theme.exclusions.push({ value: one, line: at });
      else if (kind === 'not_near') theme.notNear.push(one);
      else theme.patterns.push({ kind: (kind || inferKind(one)) as PatternKind, value: one, line: at });
    }
  }
  const groups = subthemes || header.findIndex((h) => GROUP_HEADERS.has(h)) === index.parent;
  for (const t of order) {
    // a theme named, with an empty label cell, is labelled by its name
    const name = named.get(t.id!);
    if (name !== undefined && (t.label === undefined || t.label === '')) t.label = name;
    // and a parent named as a theme is ("Mental health") is that theme (a group column has its own rule)
    if (!groups && t.parent !== undefined) {
      const written = t.parent;
      t.parent = ids.parent(written, themes);
      if (t.parent !== written.trim()) t.parentAsWritten = written;
    }
  }
  if (filled.length > 0) warnings.unshift(filledDown(file, filled));
  const spec: CodebookSpec = { name, file, themes: groups ? withGroups(order) : order };
  if (problems.problems.length > 0) spec.problems = problems.problems;
  if (warnings.length > 0) spec.warnings = warnings;
  return spec;
}

/** Runs of filled-down rows named in the note, at most; the rest are counted. */
const FILLED_NAMED = 5;

/**
 * The note that blank theme cells were read as the theme above ("filled down"): one for the sheet, at
 * its first such row, naming the rows and the themes they were read as, so that a blank left by mistake
 * (a new theme's name forgotten) is found where it was read past.
 */
function filledDown(file: string, runs: readonly { theme: string; from: number; to: number }[]): Warning {
  const rows = runs.reduce((n, r) => n + r.to - r.from + 1, 0);
  const named = runs.slice(0, FILLED_NAMED).map((r) => `${r.from === r.to ? `row ${r.from}` : `rows ${r.from}–${r.to}`} as '${r.theme}'`);
  const more = runs.length > FILLED_NAMED ? ` and ${runs.length - FILLED_NAMED} more` : '';
  return {
    file,
    line: runs[0]!.from,
    message: `${rows === 1 ? 'a blank theme cell was' : `${rows} blank theme cells were`} taken as the theme above (filled down, for a sheet that writes each theme once, on the first row of its block): ${named.join(', ')}${more}`,
  };
}

/**
 * Themes whose parent is a group named in a category column: the group is the theme whose id or label it
 * names (in any case), or else a new theme of that label with no patterns of its own, added after the
 * themes it groups ("Wellbeing" → id `wellbeing`). The theme a group names has no parent itself.
 */
function withGroups(themes: ThemeSpec[]): ThemeSpec[] {
  const key = (v: string) => v.trim().toLowerCase();
  const byKey = new Map<string, string>();
  for (const t of themes) if (t.id) byKey.set(key(t.id), t.id);
  for (const t of themes) if (t.id && t.label && !byKey.has(key(t.label))) byKey.set(key(t.label), t.id);
  const added: ThemeSpec[] = [];
  for (const t of themes) {
    if (t.parent === undefined) continue;
    let id = byKey.get(key(t.parent));
    if (id === undefined) {
      id = nameId(t.parent) || 'group';
      while (byKey.has(id)) id = `${id}-group`;
      added.push({ id, label: t.parent.trim(), patterns: [], exclusions: [], notNear: [], ...(t.parentLine !== undefined ? { line: t.parentLine } : {}) });
      byKey.set(key(t.parent), id);
      byKey.set(id, id);
    }
    // A code named as its own category ("Stress,stress" above "Stress,exam-stress") is the category
    // itself: it heads the group, not a member of it.
    if (id === t.id) {
      delete t.parent;
      delete t.parentLine;
    } else t.parent = id;
  }
  return [...themes, ...added];
}

/**
 * The ids of a sheet's themes, from what its theme column holds. A cell is kept as written where the
 * column holds ids (`idColumn`) or where it is written as one (`exam_stress`, `21st-century`: letters,
 * digits, `-`, `_`, `.`, no capitals); else it is a theme's name, whose id is made as a .qdc code's is
 * (see nameId): lower case, hyphens for spaces and punctuation, accents folded, a leading outline number
 * left out ("1.2 Mental health" → mental-health, "Funding" → funding). Names differing only in case or
 * punctuation are one theme; two names only their outline numbers tell apart (`3. Other`, `4. Other`) are
 * `other` and `4-other`, as in a .qdc. An id column's entry that cannot be an id ("Mental health") is slugged
 * too, with its outline number kept: what it is told as (see validate.ts) is what the user wrote.
 */
class ThemeIds {
  /** Each name written (trimmed) → its id. */
  private readonly byName = new Map<string, string>();
  /** Each id made from a name → the slug of the whole name that made it first. */
  private readonly made = new Map<string, string>();

  constructor(private readonly idColumn: boolean) {}

  /** Whether `cell` is taken as an id as written. */
  private asWritten(cell: string): boolean {
    if (slug(cell) === '') return true;
    return isThemeId(cell) && (this.idColumn || cell === cell.toLowerCase());
  }

  of(written: string): string {
    const cell = written.trim();
    const known = this.byName.get(cell);
    if (known !== undefined) return known;
    let id: string;
    if (this.asWritten(cell)) id = cell;
    else if (this.idColumn) id = slug(cell);
    else {
      const whole = slug(cell);
      id = nameId(cell);
      const first = this.made.get(id);
      // the outline number alone told the two apart: the second keeps it
      if (first !== undefined && first !== whole) id = whole;
      if (!this.made.has(id)) this.made.set(id, whole);
    }
    this.byName.set(cell, id);
    return id;
  }

  /**
   * The id a parent cell names: a theme by its name or id as written, else by its name in another case
   * ("Mental Health"), else what its id would be, for an unknown parent to be told with a did-you-mean.
   */
  parent(written: string, themes: ReadonlyMap<string, unknown>): string {
    const cell = written.trim();
    const named = this.byName.get(cell);
    if (named !== undefined) return named;
    if (themes.has(cell)) return cell;
    const key = slug(cell);
    for (const [name, id] of this.byName) if (slug(name) === key && key !== '') return id;
    if (this.asWritten(cell)) return cell;
    return this.idColumn ? slug(cell) : nameId(cell);
  }
}
