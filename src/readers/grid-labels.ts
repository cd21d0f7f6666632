// The wording of a grid question's rows, kept for the report: a column headed `Question [Row]` (Google
// Forms heads each row of a grid so) is an attribute keyed by both run together
// (`how-much-do-you-agree-teachers-care-about-me`), which reads as no question the survey asked.
import type { Table } from '../model.js';
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

/** How a grid row is named in the report: "How much do you agree? — Teachers care about me". */
export function gridLabel(grid: { question: string; row: string }): string {
  return `${grid.question} — ${grid.row}`;
}

/**
 * The label of a column's attribute where the column is a grid question's row ({@link gridHeader}) keyed
 * from its own header: "How much do you agree? — Teachers care about me". Undefined for any other column,
 * and for one the config file names an attribute of its own, which keeps its name.
 */
export function gridColumnLabel(column: { header: string; attribute?: string }): string | undefined {
  const grid = gridHeader(column.header);
  return grid && column.attribute !== undefined && column.attribute === attributeKey(column.header) ? gridLabel(grid) : undefined;
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
      const label = gridColumnLabel(column);
      if (label !== undefined) labels[column.attribute] = label;
    }
  }
  return labels;
}
