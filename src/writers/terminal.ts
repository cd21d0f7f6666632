// The short summary printed after `reflect analyze`: what was read, and a table of the leading themes
// with a bar chart. Theme labels and counts only: no names, no quotes.
import path from 'node:path';
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import type { Analysis, ParticipantNoun } from '../model.js';
import { STUDENTS } from '../util/participant-nouns.js';
import { focusGroupCount, interviewCount, writtenCounts } from '../analyses/background.js';
import { formatPercent } from '../util/percent.js';
import { capitalise, plural } from '../util/text.js';
import { terminalText } from '../util/controls.js';
import { closeBidi } from '../util/bidi.js';

export interface SummaryOptions {
  /** Colour functions (a level-0 chalk prints plain text). */
  chalk: ChalkInstance;
  /** Folder the files were written to, if any. */
  outDir?: string;
  /** Rows in the theme table. */
  top?: number;
  /** Width of the bar column. */
  barWidth?: number;
  /**
   * Width of the terminal, if the summary goes to one: the table is fitted to it (a narrower bar, then
   * no bar, then a plain list) and every other line wrapped at its spaces to fit it, rather than left for
   * the terminal to break mid-row or mid-word. Unset for a pipe or a file, which always get the same
   * full table and one line each.
   */
  columns?: number;
}

/** The narrowest bar worth drawing; below it the bar column is left out. */
const MIN_BAR = 6;

/** A bar of `width` cells for `value` out of `max`, in eighths. */
export function bar(value: number, max: number, width: number): string {
  if (max <= 0 || value <= 0) return '';
  const eighths = Math.max(1, Math.round((value / max) * width * 8));
  const full = Math.floor(eighths / 8);
  const rest = eighths % 8;
  return '█'.repeat(full) + (rest ? '▏▎▍▌▋▊▉'[rest - 1] : '');
}

/** The colour codes chalk puts round text: no width on screen. */
const COLOUR_CODES = /\x1b\[[0-9;]*m/g;

/** How many columns `line` takes on a terminal: its characters, less the colour codes around them. */
export function shownWidth(line: string): number {
  return [...line.replace(COLOUR_CODES, '')].length;
}

/**
 * `text` as the lines of a terminal `columns` wide, broken at its spaces, every line after the first
 * begun with `indent`; a word wider than the terminal (a long path) has a line of its own, whole. Text
 * that fits, or with no width given (a pipe, a file), is one line as it was. Colour codes take no
 * width, and a colour begun on one line runs on to the next, as the terminal shows it; each line closes
 * the direction overrides it opens (see closeBidi), so none reverses the line after it.
 */
export function wrapToWidth(text: string, columns: number | undefined, indent = ''): string {
  if (columns === undefined || columns <= 0 || shownWidth(text) <= columns) return text;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter((w) => w !== '')) {
    const candidate = line === '' ? (lines.length === 0 ? word : indent + word) : `${line} ${word}`;
    if (line !== '' && shownWidth(candidate) > columns) {
      lines.push(line);
      line = indent + word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines.map(closeBidi).join('\n');
}

/** The terminal summary as text. */
export function writeTerminalSummary(a: Analysis, options: SummaryOptions): string {
  const c = options.chalk;
  const columns = options.columns;
  const sources = a.corpus.sources;
  const read = sources.filter((s) => s.status === 'read');
  const sheets = read.filter((s) => s.kind === 'sheet').reduce((n, s) => n + s.sheets, 0);
  const empty = read.filter((s) => s.kind === 'sheet').reduce((n, s) => n + s.emptySheets, 0);
  const transcripts = read.filter((s) => s.kind === 'transcript').length;
  // Parts of one recording, or a meeting's chat beside its transcript, are one focus group.
  const groups = focusGroupCount(read);
  const interviews = interviewCount(read);
  // Many students' notes (sticky notes, exit tickets) are counted as notes, not as one reflection.
  const { reflections, notes } = writtenCounts(read);
  const notRead = sources.length - read.length;
  // The students the responses came from: one whose every sheet was blank is in "(3 empty)", not here.
  const students = new Set(a.corpus.responses.map((r) => r.participantId)).size;
  // An analysis.json of schema 1.9 or earlier has no noun: its participants were students.
  const noun = a.settings?.participants ?? STUDENTS;
  const coded = new Set(a.codings.map((x) => x.responseId)).size;

  const lines: string[] = [];
  // The title (a folder's name) and the labels (a codebook's) are users' text: see terminalText.
  lines.push(wrapToWidth(c.bold(terminalText(a.title)), columns));
  const parts = [`${plural(sources.length, 'file')} found`, `${read.length} read`];
  if (notRead) parts.push(c.yellow(`${notRead} not read (see sources.csv)`));
  lines.push(wrapToWidth(parts.join(', '), columns));
  // Only the kinds of file there were: "0 reflection sheets, 0 transcripts, 5 written reflections" read
  // as a list of what was missing. With nothing read at all, sheets and transcripts say so.
  const kinds: string[] = [];
  if (sheets || empty) kinds.push(`${plural(sheets, 'reflection sheet')}${empty ? ` (${empty} empty)` : ''}`);
  // One-to-one interviews beside the focus groups are said: "2 transcripts (1 focus group, 1 interview)".
  const talk = interviews > 0 ? [...(groups > 0 ? [plural(groups, 'focus group')] : []), plural(interviews, 'interview')].join(', ') : plural(groups, 'focus group');
  if (transcripts) kinds.push(`${plural(transcripts, 'transcript')}${groups + interviews < transcripts || interviews > 0 ? ` (${talk})` : ''}`);
  if (reflections) kinds.push(plural(reflections, 'written reflection'));
  if (notes) kinds.push(plural(notes, 'note'));
  if (kinds.length === 0) kinds.push(plural(0, 'reflection sheet'), plural(0, 'transcript'));
  lines.push(
    wrapToWidth(
      `${kinds.join(', ')}; ` +
        `${plural(a.corpus.responses.length, 'response')} from ${plural(students, noun.singular, noun.plural)}${silentNote(a)}; ` +
        `${coded} ${coded === 1 ? 'carries' : 'carry'} at least one theme`,
      columns,
    ),
  );
  if (a.warnings.length) lines.push(c.yellow(plural(a.warnings.length, 'warning')));

  const top = a.themes.filter((t) => t.responses > 0).slice(0, options.top ?? 10);
  const everyStudent = a.corpus.participants.filter((p) => p.role === 'student').length;
  if (top.length > 0) lines.push('', themeTable(top, everyStudent, noun, c, options.barWidth ?? 24, columns));
  if (options.outDir) lines.push('', wrapToWidth(`Report written to ${path.join(options.outDir, 'report.md')}`, columns));
  return `${lines.join('\n')}\n`;
}

/**
 * " (3 more handed in blank sheets)": the students counted in the table's shares whom no response came
 * from, as the report says it, so that "from 87 students" beside shares of 90 is not taken for a slip.
 * Empty where every one of them gave a response.
 */
function silentNote(a: Analysis): string {
  const writers = new Set(a.corpus.responses.map((r) => r.participantId));
  const silent = a.corpus.participants.filter((p) => p.role === 'student' && !writers.has(p.id));
  if (silent.length === 0) return '';
  const kindOf = new Map(a.corpus.sources.map((s) => [s.id, s.kind]));
  const onlySheets = silent.every((p) => p.sources.length > 0 && p.sources.every((id) => kindOf.get(id) === 'sheet' || kindOf.get(id) === 'roster'));
  return ` (${silent.length} more ${onlySheets ? `handed in ${silent.length === 1 ? 'a blank sheet' : 'blank sheets'}` : 'took part without a response'})`;
}

type ThemeRow = Analysis['themes'][number];

/**
 * A theme's share of the students as a whole percent, as the report gives it (the model's one decimal
 * printed as it came set "50%" above "62.5%" in one column), or a dash where there were none to take a
 * share of.
 */
const shareOf = (t: ThemeRow, students: number): string => (students === 0 ? '–' : formatPercent(t.participants, students));

/**
 * The leading themes as a table with a bar chart, as wide as `barWidth` asks; on a terminal of `columns`
 * too narrow for it, with the widest bar that fits, then without the bar, then as one line per theme.
 */
function themeTable(top: ThemeRow[], students: number, noun: ParticipantNoun, c: ChalkInstance, barWidth: number, columns: number | undefined): string {
  const max = Math.max(...top.map((t) => t.participants));
  const draw = (width: number | undefined): string => {
    const table = new Table({
      head: ['Theme', capitalise(noun.plural), '%', 'Responses', ...(width === undefined ? [] : [''])],
      colAligns: ['left', 'right', 'right', 'right', 'left'],
      style: { head: [], border: [], compact: true },
      chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    });
    for (const t of top) {
      const row: (string | number)[] = [terminalText(t.label), t.participants, shareOf(t, students), t.responses];
      if (width !== undefined) row.push(c.cyan(bar(t.participants, max, width)));
      table.push(row);
    }
    return table.toString();
  };
  const full = draw(barWidth);
  if (columns === undefined || columns <= 0) return full;
  // The top border's width on screen is the table's.
  const tableWidth = (text: string): number => shownWidth(text.slice(0, text.indexOf('\n')));
  const over = tableWidth(full) - columns;
  if (over <= 0) return full;
  if (barWidth - over >= MIN_BAR) return draw(barWidth - over);
  const noBar = draw(undefined);
  if (tableWidth(noBar) <= columns) return noBar;
  // Each theme's line wrapped at its spaces, its later lines indented under it.
  return top.map((t) => wrapToWidth(`${terminalText(t.label)}: ${plural(t.participants, noun.singular, noun.plural)} (${shareOf(t, students)}), ${plural(t.responses, 'response')}`, columns, '  ')).join('\n');
}
