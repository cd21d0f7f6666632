// Sheets that hold answers another sheet already holds: the same survey exported twice (as CSV and as
// XLSX, or downloaded on Monday and again on Friday with more rows), or a filtered export beside the whole
// one ("grade 9 only.csv"). Byte-identical files are caught earlier (read-files.ts); these differ in
// bytes, so they are compared by their answers. Read as well, each would count its answers twice.
import type { Table, Warning } from '../model.js';
import { keptCopyFirst } from './source-ids.js';

/** A sheet to compare: its id and its table. */
export interface SheetToCompare {
  id: string;
  table: Table;
}

/** What {@link sameAnswers} found. */
export interface SameAnswers {
  /** Sheets whose every distinctive answer is in another sheet, by id, with the reason they are not read. */
  skip: Map<string, string>;
  /** Sheets that share most, not all, of their distinctive answers with another: both read, and said so. */
  warnings: Warning[];
}

/**
 * Answers of fewer words than this are not compared: "Math", "nothing" or "more breaks" are written by
 * many students in many surveys, so sharing them says nothing about two files being one survey.
 */
const MIN_WORDS = 4;
const MIN_WORDS_IN_WORDS = 'four';
/**
 * A sheet needs this many distinctive answers before it is judged contained in another; a smaller one is
 * read, with a warning where all its answers are in another sheet.
 */
const MIN_ANSWERS = 5;
/** Share of a sheet's distinctive answers also in another sheet, from which the overlap is pointed out. */
const WARN_SHARE = 0.5;

/**
 * Which sheets repeat another's answers. A sheet is left out when the multiset of its distinctive answers
 * (free-text answers of {@link MIN_WORDS} words or more, spaces folded) is contained in another sheet's,
 * whatever the order of rows or columns: nothing of it would be lost. Of two sheets with the same answers
 * the one with the shorter id is read (then the first by id), as for identical files. A sheet sharing at
 * least half of its distinctive answers, but not all, with another is read, with a warning naming both.
 * Pure; costs nothing with fewer than two sheets.
 */
export function sameAnswers(sheets: readonly SheetToCompare[]): SameAnswers {
  const skip = new Map<string, string>();
  const warnings: Warning[] = [];
  if (sheets.length < 2) return { skip, warnings };
  const counted = sheets
    .map((s) => {
      const answers = distinctiveAnswers(s.table);
      return { id: s.id, answers, size: total(answers) };
    })
    .filter((s) => s.size > 0);
  // Larger sheets first, so a sheet is only ever checked against sheets at least its size.
  counted.sort((a, b) => b.size - a.size || keptCopyFirst(a.id, b.id));
  // Which sheets hold each answer, to compare a sheet only with sheets it shares an answer with.
  const holders = new Map<string, number[]>();
  counted.forEach((s, i) => {
    for (const text of s.answers.keys()) {
      const list = holders.get(text);
      if (list) list.push(i);
      else holders.set(text, [i]);
    }
  });
  for (let i = 1; i < counted.length; i++) {
    const sheet = counted[i];
    const size = sheet.size;
    // Answers shared with each earlier (larger or equal) sheet, counting repeats no more than both hold.
    const shared = new Map<number, number>();
    for (const [text, n] of sheet.answers) {
      for (const j of holders.get(text)!) {
        if (j >= i) break;
        shared.set(j, (shared.get(j) ?? 0) + Math.min(n, counted[j].answers.get(text)!));
      }
    }
    const candidates = [...shared].filter(([j]) => !skip.has(counted[j].id)).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const [best] = candidates;
    if (!best) continue;
    const [j, n] = best;
    const other = counted[j].id;
    if (size < MIN_ANSWERS) {
      // A few answers of four words or more, all in another sheet: a class of four saved as CSV and as
      // XLSX, or two forms whose few students gave the same words; too few to tell, so both are read and
      // the overlap is pointed out, where it was said nothing of.
      if (n < size) continue;
      const its = size === 1 ? `its one answer of ${MIN_WORDS_IN_WORDS} words or more is` : `all ${size} of its answers of ${MIN_WORDS_IN_WORDS} words or more are`;
      warnings.push({
        file: sheet.id,
        message: `${its} also in ${other}, too few to tell whether the two are one survey; if they are, keep one, or those answers count twice`,
      });
    } else if (n === size) {
      skip.set(
        sheet.id,
        counted[j].size === size
          ? `the same answers as ${other} (the survey exported again); not read twice`
          : `all ${size} of its answers of ${MIN_WORDS_IN_WORDS} words or more are also in ${other} (an earlier or filtered export of the same survey); not read twice`,
      );
    } else if (n >= MIN_ANSWERS && n / size >= WARN_SHARE) {
      warnings.push({
        file: sheet.id,
        message: `${n} of its ${size} answers of ${MIN_WORDS_IN_WORDS} words or more are also in ${other}; if the two are exports of the same survey, keep one, or those answers count twice`,
      });
    }
  }
  return { skip, warnings };
}

/** The sheet's answers of {@link MIN_WORDS} words or more, spaces folded, with how often each occurs. */
function distinctiveAnswers(table: Table): Map<string, number> {
  const answers = new Map<string, number>();
  const textColumns = table.columns.filter((c) => c.role === 'text');
  for (const row of table.rows) {
    // A form sent twice is still part of the export: the same export saved again holds it too.
    if (row.skipReason && row.repeatOf === undefined) continue;
    for (const column of textColumns) {
      const text = (row.cells[column.index] ?? '').trim().replace(/\s+/g, ' ');
      if (wordCount(text) < MIN_WORDS) continue;
      answers.set(text, (answers.get(text) ?? 0) + 1);
    }
  }
  return answers;
}

function wordCount(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/\S+/g)) if (++n >= MIN_WORDS) break;
  return n;
}

function total(answers: Map<string, number>): number {
  let n = 0;
  for (const count of answers.values()) n += count;
  return n;
}
