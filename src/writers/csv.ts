// The CSV files of an analysis, one tidy table each (one row per unit, stable documented columns); every
// cell goes through formatCsv's formula-injection guard. Suppressed counts print as `<N`, never the count.
import type { Analysis, Evidence } from '../model.js';
import { formatCsv, type CsvOptions, type CsvValue } from './csv-table.js';

/** The CSV tables reflect writes, by name (file `<name>.csv`); the order is the order files are written. */
export const CSV_TABLES = ['responses', 'codings', 'themes', 'demographics', 'crosstab', 'sources'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

/** Each table as [header, rows]. */
function tables(a: Analysis): Record<CsvTable, [string[], CsvValue[][]]> {
  const minCell = a.settings.minCell;
  const hidden = `<${minCell}`;
  const questionText = new Map(a.corpus.questions.map((q) => [q.id, q.text]));
  const labels = new Map(a.codebook.themes.map((t) => [t.id, t.label]));
  const themeOrder = new Map(a.codebook.themes.map((t, i) => [t.id, i]));
  const themesOf = new Map<string, string[]>();
  for (const c of a.codings) {
    const list = themesOf.get(c.responseId) ?? [];
    list.push(c.themeId);
    themesOf.set(c.responseId, list);
  }
  const participantOf = new Map(a.corpus.responses.map((r) => [r.id, r.participantId]));
  const join = (ev: Evidence[], f: (e: Evidence) => string) => ev.map(f).join('; ');
  const yesNo = (b: boolean) => (b ? 'yes' : 'no');
  const themeOf = new Map(a.codebook.themes.map((t) => [t.id, t]));
  const studentCount = a.corpus.participants.filter((p) => p.role === 'student').length;

  return {
    responses: [
      ['response_id', 'source', 'locator', 'participant_id', 'question_id', 'question', 'text', 'themes'],
      a.corpus.responses.map((r) => [
        r.id,
        r.sourceId,
        r.locator,
        r.participantId,
        r.questionId ?? '',
        r.questionId ? questionText.get(r.questionId) : '',
        r.text,
        (themesOf.get(r.id) ?? []).sort((x, y) => themeOrder.get(x)! - themeOrder.get(y)!).join(';'),
      ]),
    ],
    codings: [
      ['response_id', 'participant_id', 'theme_id', 'theme_label', 'evidence', 'offsets', 'patterns', 'negated', 'hypothetical', 'expansion'],
      a.codings.map((c) => [
        c.responseId,
        participantOf.get(c.responseId),
        c.themeId,
        labels.get(c.themeId),
        join(c.evidence, (e) => e.text),
        join(c.evidence, (e) => `${e.start}-${e.end}`),
        join(c.evidence, (e) => e.pattern),
        yesNo(c.evidence.some((e) => e.negated)),
        yesNo(c.evidence.some((e) => e.hypothetical)),
        yesNo(c.evidence.some((e) => e.expansion)),
      ]),
    ],
    themes: [
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
        studentCount,
      ]),
    ],
    demographics: [
      ['attribute', 'value', 'count', 'percent', 'denominator'],
      a.demographics.map((d) => [d.attribute, d.value, d.suppressed ? hidden : d.count, d.suppressed ? '' : d.percent, d.denominator]),
    ],
    crosstab: [
      ['theme_id', 'theme_label', 'attribute', 'value', 'group_participants', 'participants', 'responses', 'percent_of_group', 'ratio'],
      a.crosstab.map((x) => [
        x.themeId,
        labels.get(x.themeId),
        x.attribute,
        x.value,
        x.groupParticipants < minCell ? hidden : x.groupParticipants,
        x.suppressed ? hidden : x.participants,
        x.suppressed ? hidden : x.responses,
        x.suppressed ? '' : x.percentOfGroup,
        x.suppressed ? '' : x.ratio,
      ]),
    ],
    sources: [
      ['file', 'kind', 'format', 'encoding', 'status', 'sheets', 'empty_sheets', 'rows_skipped', 'turns', 'responses', 'reason'],
      a.corpus.sources.map((s) => [
        s.id,
        s.kind,
        s.format,
        s.encoding ?? '',
        s.status,
        s.sheets,
        s.emptySheets,
        s.rowsSkipped,
        s.turns,
        s.responses,
        s.reason ?? '',
      ]),
    ],
  };
}

/** Every CSV table of the analysis as file text, keyed by table name. */
export function writeCsvTables(analysis: Analysis, options: CsvOptions = {}): Record<CsvTable, string> {
  const all = tables(analysis);
  return Object.fromEntries(CSV_TABLES.map((name) => [name, formatCsv(all[name][0], all[name][1], options)])) as Record<CsvTable, string>;
}

/** One CSV table of the analysis. */
export function writeCsvTable(analysis: Analysis, table: CsvTable, options: CsvOptions = {}): string {
  const [header, rows] = tables(analysis)[table];
  return formatCsv(header, rows, options);
}
