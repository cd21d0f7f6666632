// The wording of a grid question's rows, kept for the report: a column headed `Question [Row]` (Google
// Forms heads each row of a grid so; SurveyMonkey's and Qualtrics' exports write `Question - Row`) is an
// attribute keyed by both run together (`how-much-do-you-agree-teachers-care-about-me`), which reads as
// no question the survey asked.
import type { Column, Table } from '../model.js';
import { attributeKey } from './columns.js';
import { dict } from '../util/own.js';

// `How much do you agree? [Teachers care about me]`: the question, then the row in square brackets, last.
const GRID_HEADER = /^(.*?\S)\s*\[([^[\]]*[^[\]\s][^[\]]*)\]$/;

/** A grid row's header split into its question and its row, or undefined for any other header. */
export function gridHeader(header: string): { question: string; row: string } | undefined {
  const match = GRID_HEADER.exec(header.trim());
  if (!match || match[1]!.includes('[')) return undefined;
  return { question: match[1]!.trim(), row: match[2]!.trim() };
}

// `How much do you agree? - Teachers care about me`: a matrix row as SurveyMonkey's two header rows are
// joined (survey-exports.ts) and as Qualtrics words a matrix statement's column in its second row. The
// last " - " parts them: a row's few words seldom hold one. Not a checkbox's "Selected Choice" nor a
// write-in's "Other - Text".
const DASHED_GRID = /^(.*\S)\s+-\s+(\S.*)$/;
const NOT_A_ROW = /selected choice|\s-\s+text$/i;

/** A matrix row's wording (`Question - Row`) split into its question and its row, or undefined. */
export function dashedGridHeader(text: string): { question: string; row: string } | undefined {
  const match = DASHED_GRID.exec(text.trim());
  if (!match || NOT_A_ROW.test(text.trim())) return undefined;
  return { question: match[1]!.trim(), row: match[2]!.trim() };
}

/** How a grid row is named in the report: "How much do you agree? — Teachers care about me". */
export function gridLabel(grid: { question: string; row: string }): string {
  return `${grid.question} — ${grid.row}`;
}

/**
 * The label of a column's attribute where the column is a grid question's row keyed from its own wording:
 * a Google Forms `Question [Row]` header ({@link gridHeader}), or in a SurveyMonkey or Qualtrics export a
 * matrix row's `Question - Row` ({@link dashedGridHeader}; Qualtrics' in its second header row, under a
 * code such as `Q3_1`): "How much do you agree? — Teachers care about me". Undefined for any other
 * column, and for one the config file names an attribute of its own, which keeps its name.
 */
export function gridColumnLabel(column: Pick<Column, 'header' | 'question' | 'attribute'>, flavour?: Table['flavour']): string | undefined {
  if (column.attribute === undefined) return undefined;
  const bracketed = gridHeader(column.header);
  if (bracketed) return column.attribute === attributeKey(column.header) ? gridLabel(bracketed) : undefined;
  if (flavour !== 'surveymonkey' && flavour !== 'qualtrics') return undefined;
  for (const text of [column.question, column.header]) {
    const dashed = text ? dashedGridHeader(text) : undefined;
    if (dashed && column.attribute === attributeKey(text!)) return gridLabel(dashed);
  }
  return undefined;
}

/**
 * The labels of the attributes that are the rows of a grid question ({@link gridColumnLabel}), by
 * attribute key: "How much do you agree? — Teachers care about me" for
 * `how-much-do-you-agree-teachers-care-about-me`. Where two files head one key differently, the first
 * file's wording is kept.
 */
export function gridAttributeLabels(tables: readonly Table[]): Record<string, string> {
  const labels = dict<string>();
  for (const table of tables) {
    for (const column of table.columns) {
      if (column.role !== 'attribute' || column.attribute === undefined || Object.hasOwn(labels, column.attribute)) continue;
      const label = gridColumnLabel(column, table.flavour);
      if (label !== undefined) labels[column.attribute] = label;
    }
  }
  return labels;
}
