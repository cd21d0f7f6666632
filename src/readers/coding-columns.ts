// The columns of a coding file (a coder's themes per response, the input of `reflect agree`): how its
// headers are matched, and whether a table found in an input folder is one (and so not answers).

/** Header → the key it is matched by: case, spaces, hyphens and dots do not matter. */
export function codingHeaderKey(header: string): string {
  return header.trim().toLowerCase().replace(/[\s\-.]+/g, '_');
}

export const RESPONSE_KEYS = ['response_id', 'responseid', 'response'];
/** A column of several themes per row ("mental-health; funding"): one row per response. */
export const WIDE_KEYS = ['themes', 'codes', 'categories', 'tags'];
/** A column of one theme per row: one row per response × theme. */
export const LONG_KEYS = ['theme_id', 'themeid', 'theme', 'code_id', 'codeid', 'code', 'category', 'tag'];
/**
 * Numbered theme columns ("Code 1", "Code 2", "Theme_3"), as coders lay out a sheet with a column per code
 * given: one row per response, its themes in whichever of those columns are filled.
 */
export const NUMBERED_KEY = /^(?:theme|code|category|tag)_?\d{1,2}$/;
export const TEXT_KEYS = ['text', 'response_text', 'answer'];
/**
 * Columns of a QDA tool's coded-segments export (MAXQDA "Document name … Segment", NVivo "Coded Text",
 * ATLAS.ti "Quotation Content"): one row per coded segment, said by the document and the text.
 */
export const SEGMENT_KEYS = ['segment', 'coded_segment', 'coded_text', 'quotation', 'quotation_content', 'content', 'reference_text', 'document', 'document_name', 'document_group'];
/**
 * The column of a coded-segments export holding the segment's text, best first: MAXQDA's "Segment", NVivo's
 * "Coded Text", ATLAS.ti's "Quotation Content", Taguette's "content"; a plain "Text" beside a document column last.
 */
export const SEGMENT_TEXT_KEYS = ['segment', 'coded_segment', 'coded_text', 'quotation_content', 'reference_text', 'content', 'quotation', 'text'];
/** The column of a coded-segments export naming the document a segment was coded in (MAXQDA "Document name", Taguette "document"). */
export const DOCUMENT_KEYS = ['document_name', 'document', 'file_name', 'filename', 'file'];
/** A column of reflect's responses.csv saying which file a response was read from. */
export const SOURCE_KEYS = ['source'];
export const EVIDENCE_KEYS = ['evidence'];
/** Columns of a coder's sheet that are about the response or the coding, never a theme of a matrix. */
export const DETAIL_KEYS = [
  'participant_id', 'participant', 'student', 'student_id', 'coder', 'source', 'file', 'locator', 'question',
  'question_id', 'row', 'line', 'note', 'notes', 'comment', 'comments', 'memo', 'date', 'offsets', 'patterns',
];

// A bare "Response" or "Theme" column is common in surveys; in an input folder only the explicit names
// (response_id with themes or theme_id) mark a table as codings.
const FOLDER_RESPONSE_KEYS = new Set(RESPONSE_KEYS.filter((k) => k !== 'response'));
const FOLDER_THEME_KEYS = new Set(['themes', 'codes', 'theme_id', 'themeid', 'code_id', 'codeid']);

/** Whether a table with these headers, found among the inputs, is a coding file rather than answers. */
export function isCodingHeader(headers: readonly string[]): boolean {
  const keys = headers.map(codingHeaderKey);
  return keys.some((k) => FOLDER_RESPONSE_KEYS.has(k)) && keys.some((k) => FOLDER_THEME_KEYS.has(k) || NUMBERED_KEY.test(k));
}

// reflect's own response ids: a sheet's answer (`survey.csv:r14:q2`) or a transcript's turn (`fg.txt:t12`).
const REFLECT_RESPONSE_ID = /:(?:r\d+:q\d+|t\d+)$/;

/**
 * Whether a table found among the inputs lists reflect's own responses by their ids: a coder's sheet made
 * from responses.csv with a column per theme marked x, its text beside each id. Read as answers, every
 * text in it would be counted again, by students made up from its rows. A survey's own response ids
 * (Qualtrics' `R_1abc…`) are not of that form.
 */
export function listsReflectResponses(headers: readonly string[], rows: readonly { cells: readonly string[] }[]): boolean {
  const col = headers.map(codingHeaderKey).findIndex((k) => FOLDER_RESPONSE_KEYS.has(k));
  if (col < 0) return false;
  let ids = 0;
  let theirs = 0;
  for (const row of rows) {
    const id = (row.cells[col] ?? '').trim();
    if (id === '') continue;
    ids++;
    if (REFLECT_RESPONSE_ID.test(id)) theirs++;
  }
  return ids > 0 && theirs >= 0.8 * ids;
}
