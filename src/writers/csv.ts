// The CSV files of an analysis, one tidy table each (one row per unit, stable documented columns); every
// cell that could hold a formula goes through the injection guard. Suppressed counts print as `<N`
// (below the threshold) or `hidden` (withheld so that a smaller one cannot be worked out), never the count.
import type { Analysis, Evidence, Source } from '../model.js';
import { csvCell, csvCells, csvChunks, type CsvCells, type CsvOptions, type CsvRow, type CsvValue } from './csv-table.js';
import { codingResponseIndex, codingsByResponse } from '../analyses/participation.js';
import { releaseMemory } from '../corpus/read-files.js';
import { hiddenGroupAttributes, withheldSources } from '../analyses/suppression.js';

/** The CSV tables reflect writes, by name (file `<name>.csv`), in the order they are written. */
export const CSV_TABLES = ['responses', 'codings', 'themes', 'demographics', 'crosstab', 'sources'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

type TableSpec = (a: Analysis) => [string[], Iterable<CsvRow>];

const yesNo = (b: boolean) => (b ? 'yes' : 'no');

/**
 * A flag over a coding's evidence: `yes` or `no` where every piece agrees, else each piece's, joined by
 * "; " in the order of the offsets ("no; yes": the first mention counts, the second is negated), so that
 * a filter on `yes` finds the codings that rest on flagged mentions alone.
 */
function flagCell(ev: readonly Evidence[], flag: (e: Evidence) => boolean): string {
  const first = flag(ev[0]!);
  for (let k = 1; k < ev.length; k++) {
    if (flag(ev[k]!) !== first) return ev.map((e) => yesNo(flag(e))).join('; ');
  }
  return yesNo(first);
}

/**
 * A coding's evidence as the last cells of its codings.csv row: texts, offsets and patterns joined by
 * "; ", three flags (see flagCell), the setting a reference stood for, if any, and the codebook patterns
 * the expansions among them came from (one pass over the evidence). Offsets (digits, ".." and "; ") and
 * flags never need the guard or quotes, so they skip them.
 */
function evidenceCells(ev: readonly Evidence[]): CsvCells {
  let text = '';
  let offsets = '';
  let patterns = '';
  let flagged = false;
  let settings: string[] | undefined;
  let sources: string[] | undefined;
  for (let k = 0; k < ev.length; k++) {
    const e = ev[k]!;
    if (k > 0) {
      text += '; ';
      offsets += '; ';
      patterns += '; ';
    }
    text += e.text;
    // `12..18`, not `12-18`: Excel, LibreOffice and Google Sheets read `12-18` or `3-7` as a date (18 Dec,
    // 7 Mar) on opening, and no quoting stops them; `..` is read as text everywhere.
    offsets += `${e.start}..${e.end}`;
    patterns += e.pattern;
    if (e.negated || e.hypothetical || e.expansion) flagged = true;
    if (e.expandedFrom !== undefined && !sources?.includes(e.expandedFrom)) (sources ??= []).push(e.expandedFrom);
    if (e.setting !== undefined && !settings?.includes(e.setting)) (settings ??= []).push(e.setting);
  }
  return {
    written: `${csvCell(text)},${offsets},${csvCell(patterns)},${flagged ? `${flagCell(ev, negatedOf)},${flagCell(ev, hypotheticalOf)},${flagCell(ev, expansionOf)}` : 'no,no,no'},${csvCell(settings?.join('; '))},${csvCell(sources?.join('; '))}`,
  };
}

const negatedOf = (e: Evidence): boolean => e.negated === true;
const hypotheticalOf = (e: Evidence): boolean => e.hypothetical === true;
const expansionOf = (e: Evidence): boolean => e.expansion !== undefined;

/**
 * Cells for runs of rows that share them: written again only when `key` differs from the one before,
 * from `values` (by default the key alone).
 */
function writtenOnChange(): (key: string, values?: () => CsvValue[]) => CsvCells {
  let last: string | undefined;
  let cells: CsvCells | undefined;
  return (key, values) => {
    if (cells === undefined || key !== last) {
      last = key;
      cells = csvCells(values ? values() : [key]);
    }
    return cells;
  };
}

/** The question cells of a response that answers no question (a turn before the facilitator asks one). */
const NO_QUESTION = csvCells(['', '']);

/**
 * How a suppressed count is printed, as the report prints it: `<5` when it is below the threshold, and
 * `hidden` when it is not (a count withheld so that a smaller one cannot be worked out): `<5` there would
 * be untrue. Suppression itself allows for the difference (see suppressCells).
 */
function hiddenCount(minCell: number): (count: number) => string {
  return (count) => (count < minCell ? `<${minCell}` : 'hidden');
}

const TABLES: Record<CsvTable, TableSpec> = {
  responses: (a) => {
    // A question's cells are written once, and so are a source's and a participant's for each run of
    // rows that share them (a sheet's rows, a respondent's answers), not on every row.
    const questionCells = new Map(a.corpus.questions.map((q) => [q.id, csvCells([q.id, q.text])]));
    const sourceCells = writtenOnChange();
    const participantCells = writtenOnChange();
    // Codings are sorted by response then codebook order, so each response's are in codebook order.
    // They are found by response index (codings resolved to indices once), not in a map by id.
    const responseOf = codingResponseIndex(a.corpus.responses, a.codings);
    const { first, order } = codingsByResponse(responseOf, a.corpus.responses.length);
    releaseMemory(responseOf);
    const themesOf = (i: number): string => {
      let themes = '';
      for (let j = first[i]!; j < first[i + 1]!; j++) themes += j > first[i]! ? `;${a.codings[order[j]!]!.themeId}` : a.codings[order[j]!]!.themeId;
      return themes;
    };
    return [
      ['response_id', 'source', 'locator', 'participant_id', 'question_id', 'question', 'text', 'themes'],
      mapIndexed(
        a.corpus.responses,
        (r, i) => [
          r.id,
          sourceCells(r.sourceId),
          r.locator,
          participantCells(r.participantId),
          r.questionId !== undefined
            ? (questionCells.get(r.questionId) ?? csvCells([r.questionId, '']))
            : r.asked !== undefined
              ? csvCells(['', r.asked])
              : NO_QUESTION,
          r.text,
          themesOf(i),
        ],
        () => releaseMemory(first, order),
      ),
    ];
  },
  codings: (a) => {
    const responses = a.corpus.responses;
    const responseOf = codingResponseIndex(responses, a.codings);
    // A theme's cells, and a response's for each of its codings (they follow one another), are written
    // once, not on every row.
    const themeCells = new Map(a.codebook.themes.map((t) => [t.id, csvCells([t.id, t.label])]));
    const responseCells = writtenOnChange();
    return [
      ['response_id', 'participant_id', 'theme_id', 'theme_label', 'evidence', 'offsets', 'patterns', 'negated', 'hypothetical', 'expansion', 'setting', 'expanded_from'],
      mapIndexed(
        a.codings,
        (c, k) => [
          responseCells(c.responseId, () => [c.responseId, responseOf[k]! >= 0 ? responses[responseOf[k]!]!.participantId : undefined]),
          themeCells.get(c.themeId) ?? csvCells([c.themeId, undefined]),
          evidenceCells(c.evidence),
        ],
        () => releaseMemory(responseOf),
      ),
    ];
  },
  themes: (a) => {
    const themeOf = new Map(a.codebook.themes.map((t) => [t.id, t]));
    const students = a.corpus.participants.filter((p) => p.role === 'student').length;
    return [
      ['theme_id', 'theme_label', 'parent', 'responses', 'participants', 'percent_responses', 'percent_participants', 'response_denominator', 'participant_denominator'],
      a.themes.map((t) => [
        t.themeId,
        t.label,
        themeOf.get(t.themeId)?.parent ?? '',
        t.responses,
        t.participants,
        t.percentResponses,
        t.percentParticipants,
        a.corpus.responses.length,
        students,
      ]),
    ];
  },
  demographics: (a) => {
    const hidden = hiddenCount(a.settings.minCell);
    return [
      ['attribute', 'value', 'count', 'percent', 'denominator'],
      a.demographics.map((d) => [d.attribute, d.value, d.suppressed ? hidden(d.count) : d.count, d.suppressed ? '' : d.percent, d.denominator]),
    ];
  },
  crosstab: (a) => {
    const minCell = a.settings.minCell;
    const hidden = hiddenCount(minCell);
    const labels = new Map(a.codebook.themes.map((t) => [t.id, t.label]));
    return [
      ['theme_id', 'theme_label', 'attribute', 'value', 'group_participants', 'participants', 'responses', 'percent_of_group', 'ratio'],
      a.crosstab.map((x) => [
        x.themeId,
        labels.get(x.themeId),
        x.attribute,
        x.value,
        x.groupSuppressed || x.groupParticipants < minCell ? hidden(x.groupParticipants) : x.groupParticipants,
        x.suppressed ? hidden(x.participants) : x.participants,
        // A hidden group's responses say nothing of their number: beside the theme's total response
        // count, "<5" or "hidden" there gave back the group's students.
        x.suppressed ? 'hidden' : x.responses,
        x.suppressed ? '' : x.percentOfGroup,
        x.suppressed ? '' : x.ratio,
      ]),
    ];
  },
  sources: (a) => {
    // A sheet in a folder per group, some group small: its counts would give the group's size back.
    const withheld = withheldSources(a.corpus, a.settings.minCell, hiddenGroupAttributes(a, a.settings.minCell));
    const count = (s: Source, n: number): CsvValue => (withheld.has(s.id) ? 'hidden' : n);
    return [
      // `session`, then `title`, last so that earlier columns keep their places: the first file of a focus
      // group kept in several files; a transcript's title.
      ['file', 'kind', 'format', 'encoding', 'status', 'sheets', 'empty_sheets', 'rows_skipped', 'turns', 'responses', 'reason', 'session', 'title'],
      a.corpus.sources.map((s) => [s.id, s.kind, s.format, s.encoding ?? '', s.status, count(s, s.sheets), count(s, s.emptySheets), count(s, s.rowsSkipped), s.turns, count(s, s.responses), s.reason ?? '', s.session ?? '', s.title ?? '']),
    ];
  },
};

/** The rows `f` makes of `items`; then `done`, once every row has been taken (to let go of its indexes). */
function* mapIndexed<T>(items: T[], f: (item: T, index: number) => CsvRow, done?: () => void): Generator<CsvRow> {
  for (let i = 0; i < items.length; i++) yield f(items[i]!, i);
  done?.();
}

/** One CSV table of the analysis, in chunks. */
export function csvTableChunks(analysis: Analysis, table: CsvTable, options: CsvOptions = {}): Generator<string> {
  const [header, rows] = TABLES[table](analysis);
  return csvChunks(header, rows, options);
}

/** One CSV table of the analysis as a string. */
export function writeCsvTable(analysis: Analysis, table: CsvTable, options: CsvOptions = {}): string {
  return [...csvTableChunks(analysis, table, options)].join('');
}
