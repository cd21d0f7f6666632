// A transcript's or reflection's header written as plain `Key: value` lines at the top, without YAML's
// `---` fences (`School: Willoughby Creek`, `Date: March 14`, `Transcriber: A. Nguyen`, `Name: Maya
// Lopez`), read as front matter is: as source attributes and names, never as speakers or answers. Used
// by the text and DOCX readers.
import { splitNames } from './front-matter.js';
import { holdsNames, isDoneKey, isNameKey, readsAsNames } from './name-keys.js';
import { parseAuthorLine, parseLabel, speakerKey, stripInlineMarkdown } from './speaker-lines.js';
import { own } from '../util/own.js';

/** A header block found at the top of a list of lines. */
export interface HeaderBlock {
  /** Keys lower-case with hyphens for spaces (`School level` → `school-level`), as front matter's. */
  attributes: Record<string, string>;
  /** 0-based index of the block's first line. */
  start: number;
  /** 0-based index of the first line after the block. */
  end: number;
}

// Keys a header gives a recording, a session or a written reflection. Only these: a line `Maya: I
// liked it` must stay a turn, so a key nobody writes in a header ends the block.
const KEYS = new Set(
  (
    'title project study school site district location venue room date day time duration length recording ' +
    'audio file session group focus-group cohort class course grade grades grade-level school-level program ' +
    'programme topic subject language platform meeting version'
  ).split(' '),
);
// Name keys a header writes otherwise than the corpus knows them (see name-keys.ts for which keys hold
// names): `Interviewed by` names the interviewer, so the corpus finds them as the facilitator.
const RENAMED: Record<string, string> = {
  'co-facilitator': 'facilitators',
  'facilitated-by': 'facilitator',
  'interviewed-by': 'interviewer',
  'moderated-by': 'moderator',
  notetaker: 'note-taker',
  'transcribed-by': 'transcriber',
  attendees: 'participants',
  present: 'participants',
};

/** A key as written (`School level`, `Interviewed by.`), lower case with hyphens for spaces. */
function written(key: string): string {
  return key.trim().toLowerCase().replace(/\.$/, '').replace(/\s+/g, '-');
}

/**
 * The key a header gives a field written `key` (`Date`, `School level`, `Facilitator`), lower case
 * with hyphens as front matter's (a name key as the corpus knows it: `Interviewed by` → `interviewer`),
 * and whether its values are names; undefined for a key no header has. A key that says what was done
 * (`Recorded`) holds names or not by its value (see {@link holdsNames}).
 */
export function headerKey(key: string): { key: string; names: boolean } | undefined {
  const k = written(key);
  const renamed = own(RENAMED, k) ?? k;
  if (isNameKey(renamed)) return { key: renamed, names: true };
  // `School name: Riverside Secondary` is the school, as `School:` is.
  const thing = /^(.+)-names?$/.exec(k)?.[1];
  if (thing !== undefined && KEYS.has(thing)) return { key: thing, names: false };
  return KEYS.has(k) || isDoneKey(k) ? { key: k, names: false } : undefined;
}

const KEY_VALUE = /^([A-Za-z][A-Za-z .'/-]{0,30}?)\s*:\s+(\S.*)$/;

/** The attribute a header line gives (`[key, value]`), or undefined when the line is not one. */
function headerLine(line: string): [key: string, value: string, names: boolean] | undefined {
  // Bold keys as Word and Markdown write them: `**Date:** March 14`.
  const m = KEY_VALUE.exec(stripInlineMarkdown(line.trim()));
  if (!m) return undefined;
  const field = headerKey(m[1]!);
  if (!field) return undefined;
  const value = m[2]!.replace(/\s+/g, ' ').trim();
  if (field.names) return readsAsNames(value) ? [field.key, value, true] : undefined;
  // Who recorded or typed it, in full (`Recorded: Dana Reyes`): a name, as `Recorded by:` gives one.
  if (holdsNames(field.key, value)) return [field.key, value, true];
  // A header's value is short ("March 14", "Willoughby Creek Secondary"); a sentence after "Time:" or
  // "Subject:" is the student writing ("Time: I never have enough of it, between my job and …").
  return value.split(' ').length <= MAX_VALUE_WORDS && !SENTENCE_END.test(value) ? [field.key, value, false] : undefined;
}

/**
 * A name key alone on its line with the names on the next, as Google Meet's transcript lists who was
 * there (`Attendees`, then `Maya Lopez, Jordan Okafor, …`): the attribute (`[key, value, true]`), or
 * undefined. An attendee who never speaks is named nowhere else, yet must be redacted where others
 * mention them.
 */
function stackedNameLines(lines: readonly string[], i: number): [key: string, value: string, names: true] | undefined {
  const field = headerKey(stripInlineMarkdown(lines[i]!.trim()).replace(/:$/, ''));
  const next = lines[i + 1]?.replace(/\s+/g, ' ').trim();
  return field?.names && next && readsAsNames(next) ? [field.key, next, true] : undefined;
}

// A grade alone on its line, as a student heads a reflection under their name ("Grade 11", "Gr. 9",
// "Grade 10 student"): the grade, as `Grade: 11` gives it. "Grade 11 English" names a class, not the writer's grade.
const GRADE_ALONE = /^(?:grade|gr\.?)[ \t]*(\d{1,2}|k)(?:[ \t]+student)?$/i;

/** The grade a line alone gives (`['grade', '11', false]`), or undefined. */
function gradeLine(line: string): [key: string, value: string, names: boolean] | undefined {
  const m = GRADE_ALONE.exec(stripInlineMarkdown(line.trim()));
  return m ? ['grade', m[1]!.toUpperCase(), false] : undefined;
}

/** The header entry at line `i` and how many lines it takes (a stacked name key, two), or undefined. */
function headerEntry(lines: readonly string[], i: number): { entry: [key: string, value: string, names: boolean]; size: number } | undefined {
  const entry = headerLine(lines[i]!) ?? gradeLine(lines[i]!);
  if (entry) return { entry, size: 1 };
  const stacked = stackedNameLines(lines, i);
  return stacked ? { entry: stacked, size: 2 } : undefined;
}

/** Most words in a header's value; more is prose. */
const MAX_VALUE_WORDS = 8;
/** A value ending as a sentence does (a full stop after a word, or ! or ?) is prose, not a field. */
const SENTENCE_END = /(?:\p{L}{2}\.|[!?])$/u;

/**
 * The `Key: value` header at the top of `lines`, from `from` on (after blank lines, and at most one
 * title line above it, which stays where it is, with blank lines under it), or undefined. Every line of the block is a key a
 * header has (School, Date, Recording, Transcriber, Name …), or a name key alone with the names on the
 * next line (Google Meet's `Attendees`); a name key's value reads as names; the
 * block ends at the first line that is not one. A key that is also used as a speaker label further on
 * (`Group: yeah!`) is no header, the block is talk, unless it names someone in full
(`Facilitator: Ms. Kaur` above the facilitator's turns). A `Name: …` line that comes again further on
 * heads a part of the document, not the document: the block ends above it.
 */
export function readHeaderBlock(lines: string[], from = 0): HeaderBlock | undefined {
  let start = from;
  while (start < lines.length && lines[start]!.trim() === '') start++;
  if (start < lines.length && !headerEntry(lines, start) && parseLabel(lines[start]!) === undefined) {
    // A title, and the blank lines a writer leaves under it ("Personal Learning Reflection", "", "Name: …").
    start++;
    while (start < lines.length && lines[start]!.trim() === '') start++;
  }
  const found: [string, string, boolean][] = [];
  // `Name: Maya Lopez` again further down: the document is a class's reflections, each part headed by
  // its writer's name (see parseAuthorLine), and this line heads the first part, not the document.
  let lastAuthorLine = -1;
  for (let i = lines.length - 1; i > start && lastAuthorLine < 0; i--) if (parseAuthorLine(lines[i]!)) lastAuthorLine = i;
  let end = start;
  while (end < lines.length) {
    const at = headerEntry(lines, end);
    if (!at || (end < lastAuthorLine && parseAuthorLine(lines[end]!))) break;
    found.push(at.entry);
    end += at.size;
  }
  if (found.length === 0) return undefined;
  const speakers = new Set<string>();
  for (const line of lines.slice(end)) {
    const label = parseLabel(line);
    if (label) speakers.add(speakerKey(label.speaker));
  }
  const attributes: Record<string, string> = {};
  for (const [key, value, names] of found) {
    // A role that speaks further on heads the talk with a name only when it is written out in full
    // (`Facilitator: Ms. Kaur`): `Teacher: Ready` / `Student: Maybe` is the talk itself.
    const speaks = speakers.has(speakerKey(key.replace(/-/g, ' ')));
    if (speaks && (!names || splitNames(value).some((n) => !n.includes(' ')))) return undefined;
    attributes[key] = attributes[key] === undefined ? value : `${attributes[key]}, ${value}`;
  }
  return { attributes, start, end };
}
