// The writers registry: every `--format` choice comes from here, so help text and code cannot drift.
import type { Analysis } from '../model.js';
import { writeMarkdownReport } from './markdown/index.js';
import { jsonChunks } from './json.js';
import { csvTableChunks, type CsvTable } from './csv.js';

export interface WriteOptions {
  /** For csv: which table. */
  table: CsvTable;
  excel: boolean;
}

/** Format name → writer of the whole analysis as one document for stdout, in chunks. */
export const writers: Record<string, (analysis: Analysis, options: WriteOptions) => Iterable<string>> = {
  // Printed on its own: no analysis.json beside it lists the warnings.
  md: (a) => [writeMarkdownReport(a, true)],
  csv: (a, o) => csvTableChunks(a, o.table, { excel: o.excel }),
  json: (a) => jsonChunks(a, { batch: 100 }),
};
