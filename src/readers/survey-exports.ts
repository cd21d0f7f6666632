// Survey platform export quirks: Google Forms [x] (Timestamp first), Qualtrics [x] (three header rows,
// preview/test/spam rows), SurveyMonkey [x] (question row + sub-label row), Microsoft Forms [x] and
// LimeSurvey [x] (response numbers that restart in each export). Works on a grid of strings, so CSV and
// XLSX exports are recognised alike.
import type { Table } from '../model.js';
import { own } from '../util/own.js';

/** How a sheet's header is laid out, and which data rows the platform marks as not real responses. */
export interface SurveyLayout {
  flavour?: Table['flavour'];
  /** Rows at the top that are header, not data (1 for a plain sheet). */
  headerRows: number;
  /** One header per column (trimmed). */
  headers: string[];
  /** Question wording per column where it differs from the header (Qualtrics row 2). */
  questions: (string | undefined)[];
  /**
   * Per column, the question and the one option its box stands for, where a checkbox question's options
   * are spread over several columns (SurveyMonkey's, each answered with the option's text or left blank).
   */
  options?: ({ question: string; option: string } | undefined)[];
  /** Why a data row is not a real response (preview, test, spam), or undefined for a real one. */
  skipRow: (cells: string[]) => string | undefined;
  /**
   * How far a response the respondent never finished got ("40%"; "" where the export does not say), or
   * undefined for a finished one (Qualtrics' Finished column). Such a response is read, and said to be so.
   */
  unfinished?: (cells: string[]) => string | undefined;
  /**
   * A board's post whose title is a column of its own (Padlet's "Subject" beside "Body"): the title is read
   * as the opening line of the post, so what the student wrote there is kept, and a post that is all title
   * is still an answer.
   */
  postTitle?: { title: number; body: number };
  /**
   * The column where the platform numbers each response (not a student's own id), and whether the numbers
   * restart at 1 in every export (Microsoft Forms, LimeSurvey), so they cannot tell two forms' students apart.
   */
  responseId?: { index: number; perExport: boolean };
  /**
   * Why the platform flags a real response as a likely duplicate of another (Qualtrics'
   * `Q_DuplicateRespondent: true`), or undefined. Such a response is read, and said to be so.
   */
  duplicate?: (cells: string[]) => string | undefined;
  /**
   * Whether the export gives choice answers as numbers (Qualtrics downloaded with "Use numeric values":
   * `Finished` 1 and 0, `Status` 0, a gender `1`, `2`, `3`), judged on its data rows; and per column,
   * whether it answers a choice question (its ImportId names the question, not a text entry's `_TEXT`;
   * without the ImportId row, every column may).
   */
  numericChoices?: { numeric: (rows: string[][]) => boolean; choice: (index: number) => boolean };
}

const keep = (): undefined => undefined;
const cellsOf = (row: string[] | undefined): string[] => (row ?? []).map((c) => (c ?? '').trim());
const lower = (s: string): string => s.toLowerCase();

// Google Forms names the first column "Timestamp" in the form owner's language.
const GOOGLE_TIMESTAMP = new Set(['timestamp', 'marca temporal', 'horodateur', 'zeitstempel', 'carimbo de data/hora', 'informazioni cronologiche', 'tijdstempel']);

// Qualtrics "Status": choice text or, when exported as numeric values, its code. 0 = IP Address and
// 4 = Imported are real responses; the rest are previews, tests and spam.
const QUALTRICS_STATUS: Record<string, string> = {
  'survey preview': 'survey preview',
  'survey test': 'survey test',
  spam: 'spam',
  'survey preview spam': 'survey preview',
  'imported spam': 'spam',
  'offline survey preview': 'survey preview',
  '1': 'survey preview',
  '2': 'survey test',
  '8': 'spam',
  '9': 'survey preview',
  '12': 'spam',
  '17': 'survey preview',
};
const QUALTRICS_CHANNEL: Record<string, string> = { preview: 'survey preview', test: 'survey test' };
const QUALTRICS_IMPORT_ID = /^\{\s*"ImportId"\s*:/i;
const QUALTRICS_SELECTED_CHOICE = /^(.+?) - Selected Choice - (.+)$/;
// Qualtrics' flags of a likely duplicate response: its Duplicate Detection (`Q_DuplicateRespondent`, from
// 2025), RelevantID's before it, and "Prevent multiple submissions" set to flag (`Q_BallotBoxStuffing`).
const QUALTRICS_DUPLICATE_FLAGS = ['q_duplicaterespondent', 'q_relevantidduplicate', 'q_ballotboxstuffing'];
// A question's ImportId in row 3 ("QID5", "QID5_4"), not a text entry's ("QID5_TEXT", "QID5_4_TEXT").
const QUALTRICS_CHOICE_IMPORT_ID = /^\{\s*"ImportId"\s*:\s*"QID\d+(?:_\d+)*"/i;

// SurveyMonkey's sub-labels that say nothing beyond the question itself.
const SURVEYMONKEY_PLAIN_SUBLABELS = new Set(['response', 'open-ended response', 'open ended response']);

/**
 * Recognise a survey platform export from the top rows of a sheet (blank rows above the header already
 * removed) and describe its header. A sheet no platform matches has one header row.
 */
export function detectSurveyExport(grid: string[][]): SurveyLayout {
  const first = cellsOf(grid[0]);
  return (
    detectQualtrics(grid, first) ??
    detectSurveyMonkey(grid, first) ??
    detectGoogleForms(first) ??
    detectMicrosoftForms(first) ??
    detectLimeSurvey(first) ??
    detectPadlet(first) ??
    plain(first)
  );
}

function plain(first: string[]): SurveyLayout {
  return { headerRows: 1, headers: first, questions: first.map(() => undefined), skipRow: keep };
}

function detectGoogleForms(first: string[]): SurveyLayout | undefined {
  if (!GOOGLE_TIMESTAMP.has(lower(first[0] ?? ''))) return undefined;
  return { ...plain(first), flavour: 'google-forms' };
}

// Microsoft Forms opens with Id, Start time, Completion time (in the form owner's language).
const MS_FORMS_ID = new Set(['id', 'id.', 'identifiant']);
const MS_FORMS_START = new Set(['start time', 'heure de début', 'hora de inicio', 'startzeit']);
const MS_FORMS_END = new Set(['completion time', 'heure de fin', 'hora de finalización', 'fertigstellungszeit']);

function detectMicrosoftForms(first: string[]): SurveyLayout | undefined {
  if (!MS_FORMS_ID.has(lower(first[0] ?? '')) || !MS_FORMS_START.has(lower(first[1] ?? '')) || !MS_FORMS_END.has(lower(first[2] ?? ''))) {
    return undefined;
  }
  return { ...plain(first), flavour: 'microsoft-forms', responseId: { index: 0, perExport: true } };
}

// LimeSurvey's own columns, headed by question code or by full text.
const LIMESURVEY_META = ['submitdate', 'lastpage', 'startlanguage', 'date submitted', 'last page', 'start language'];

function detectLimeSurvey(first: string[]): SurveyLayout | undefined {
  const names = first.map(lower);
  const index = names.findIndex((h) => h === 'response id' || h === 'id');
  if (index < 0 || LIMESURVEY_META.filter((h) => names.includes(h)).length < 2) return undefined;
  return { ...plain(first), flavour: 'limesurvey', responseId: { index, perExport: true } };
}

function detectQualtrics(grid: string[][], first: string[]): SurveyLayout | undefined {
  const names = new Set(first.map(lower));
  const hasId = names.has('responseid');
  const hasMeta = ['startdate', 'enddate', 'status', 'recordeddate', 'finished'].filter((h) => names.has(h)).length >= 2;
  if (!hasId || !hasMeta || grid.length < 2) return undefined;

  const second = cellsOf(grid[1]);
  const third = cellsOf(grid[2]);
  const nonBlankThird = third.filter((c) => c !== '');
  const importIds = nonBlankThird.filter((c) => QUALTRICS_IMPORT_ID.test(c)).length;
  // The current export has ImportId JSON in row 3; older "legacy" exports stop after the question row.
  const headerRows = nonBlankThird.length > 0 && importIds / nonBlankThird.length >= 0.5 ? 3 : 2;

  const questions = first.map((header, i) => {
    const q = second[i] ?? '';
    return q && q !== header ? q : undefined;
  });
  // A checkbox question exported with "split multi-value fields into columns": Q5_1, Q5_2 … under
  // "What helps you learn best? - Selected Choice - Choosing my own topics", each the option's text or blank.
  const options = questions.map((q) => {
    const found = q === undefined ? null : QUALTRICS_SELECTED_CHOICE.exec(q);
    return found ? { question: found[1]!.trim(), option: found[2]!.trim() } : undefined;
  });
  const statusAt = first.findIndex((h) => lower(h) === 'status');
  const finishedAt = first.findIndex((h) => lower(h) === 'finished');
  const progressAt = first.findIndex((h) => lower(h) === 'progress');
  const channelAt = first.findIndex((h) => lower(h) === 'distributionchannel');
  const flagsAt = QUALTRICS_DUPLICATE_FLAGS.map((flag) => first.findIndex((h) => lower(h) === flag)).filter((i) => i >= 0);

  return {
    flavour: 'qualtrics',
    responseId: { index: first.findIndex((h) => lower(h) === 'responseid'), perExport: false },
    headerRows,
    headers: first,
    questions,
    ...(options.some(Boolean) ? { options } : {}),
    // Finished is "False" (or 0, exported as numeric values) for a response closed before its end.
    ...(finishedAt >= 0
      ? {
          unfinished(cells: string[]) {
            if (!/^(?:false|0)$/i.test((cells[finishedAt] ?? '').trim())) return undefined;
            const progress = progressAt >= 0 ? (cells[progressAt] ?? '').trim() : '';
            return /^\d{1,3}$/.test(progress) ? `${progress}%` : '';
          },
        }
      : {}),
    ...(flagsAt.length > 0
      ? {
          duplicate(cells: string[]) {
            const at = flagsAt.find((i) => /^(?:true|1)$/i.test((cells[i] ?? '').trim()));
            return at === undefined ? undefined : `${first[at]}: ${(cells[at] ?? '').trim()}`;
          },
        }
      : {}),
    numericChoices: {
      // Choice text says "True"/"False" and "IP Address"; numeric values 1/0 and 0.
      numeric(rows: string[][]) {
        const at = finishedAt >= 0 ? finishedAt : statusAt;
        const values = at < 0 ? [] : rows.map((r) => (r[at] ?? '').trim()).filter((v) => v !== '');
        return values.length > 0 && values.every((v) => /^\d{1,2}$/.test(v));
      },
      choice: (index: number) => headerRows < 3 || QUALTRICS_CHOICE_IMPORT_ID.test(third[index] ?? ''),
    },
    skipRow(cells) {
      const status = statusAt >= 0 ? (cells[statusAt] ?? '').trim() : '';
      const byStatus = own(QUALTRICS_STATUS, lower(status));
      if (byStatus) return `Qualtrics ${byStatus} (Status: ${status})`;
      const channel = channelAt >= 0 ? (cells[channelAt] ?? '').trim() : '';
      const byChannel = own(QUALTRICS_CHANNEL, lower(channel));
      if (byChannel) return `Qualtrics ${byChannel} (DistributionChannel: ${channel})`;
      return undefined;
    },
  };
}

function detectSurveyMonkey(grid: string[][], first: string[]): SurveyLayout | undefined {
  const names = new Set(first.map(lower));
  if (!names.has('respondent id') || !names.has('collector id') || grid.length < 2) return undefined;
  const second = cellsOf(grid[1]);
  const width = Math.max(first.length, second.length);

  const headers: string[] = [];
  const options: SurveyLayout['options'] = [];
  const seen = new Set<string>();
  let carried = '';
  for (let i = 0; i < width; i++) {
    const top = first[i] ?? '';
    const sub = second[i] ?? '';
    // A multi-column question is written once, over its first column; the blanks to its right are its
    // other options.
    if (top) carried = top;
    const question = top || carried;
    const adds = sub !== '' && !SURVEYMONKEY_PLAIN_SUBLABELS.has(lower(sub)) && lower(sub) !== lower(question);
    let header = question && adds ? `${question} - ${sub}` : question || sub;
    // "Response" then "Open-Ended Response" under one question: keep the second column's header apart.
    if (seen.has(lower(header)) && sub && question) header = `${question} - ${sub}`;
    seen.add(lower(header));
    headers.push(header);
    // An option of a checkbox question: each column under the question whose sub-label is not "Response"
    // (the one written over it and the blanks after, or a question's only box). Whether it is a box, ticked
    // with that text or left blank, its values say (a matrix row's are points of a scale).
    options.push(adds && question !== '' ? { question, option: sub } : undefined);
  }
  const responseId = { index: first.findIndex((h) => lower(h) === 'respondent id'), perExport: false };
  return { flavour: 'surveymonkey', headerRows: 2, headers, questions: headers.map(() => undefined), options, skipRow: keep, responseId };
}

// A Padlet board exported as a spreadsheet: one post a row, its title and text apart ("Subject", "Body"),
// with who posted it ("Author", "Anonymous" for a guest) and when.
const PADLET_OWN = ['author', 'attachment', 'created at', 'updated at', 'section'];

function detectPadlet(first: string[]): SurveyLayout | undefined {
  const names = first.map(lower);
  const body = names.indexOf('body');
  const title = names.indexOf('subject');
  if (body < 0 || title < 0 || PADLET_OWN.filter((h) => names.includes(h)).length < 2) return undefined;
  // The export names no question; "Body" is no wording to head a report's section with.
  const questions = first.map((_, i) => (i === body ? 'Padlet post' : undefined));
  return { ...plain(first), flavour: 'padlet', questions, postTitle: { title, body } };
}
