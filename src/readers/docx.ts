// Reader for Word transcripts (.docx), in pandoc's two steps: mammoth turns the document into HTML
// (paragraphs, headings, bold runs, tables), docx-html.ts reads its structure, then each paragraph, and
// each row of a transcript table, becomes a line for the same speaker-line parser as text, so a
// transcript saved as .txt and as .docx reads to the same turns. Supports speaker labels in every text
// style, bold names [x] (also with no colon, `**Maya** I agree`, or alone above the words: see bare-names.ts; also where the bold run stops inside the name, `**Ma**ya:`), a tab in place of the colon after a name [x], headings and the Title style (never turns) [x], prompts in bold paragraphs
// (never turns: see isBoldPrompt) [x], a class's reflections in one document, each part headed
// `Name: …` or by a heading with the name [x], soft line breaks [x], optional hyphens left out [x], bulleted notes with sub-bullets [x], Otter DOCX exports [x], a
// leading `---` / `key: value` / `---` block of paragraphs as front matter [x], or `Key: value`
// paragraphs without the fences (see header-block.ts) [x], transcripts laid out as
// tables (`Speaker | Text` or `Time | Speaker | Text`, header row or none, a blank speaker cell
// continuing the turn above, merged cells) [x], a two-column `key | value` table at the top as front
// matter [x], or a row of keys over a row of values (`Date | School | Facilitator`) [x], a `prompt | answer` table (a reflection sheet typed in Word) as one turn per answer [x]
// (see docx-tables.ts; any other table reads one paragraph per cell).
// Footnotes and endnotes read as paragraphs of their own after the text, without their marks [x]; hidden
// text (Word's Hidden font) left out, with a warning (see docx-hidden.ts) [x].
// Text boxes read as paragraphs of their own after the text, as notes are (see docx-boxes.ts) [x]; simple
// fields' text (a page number, a merged «First name») read as any text (see docx-fields.ts) [x].
// Tracked changes read as if accepted (as mammoth reads them), with a warning counting them (see
// docx-tracked.ts) [x]. Not supported: comments (not read); a table inside a table cell reads as more paragraphs of that cell; a web page
// embedded as an altChunk (a web app's "Export to Word"), said so in an error or warning.
import type { ReadResult, Warning } from '../model.js';
import { InputError } from '../util/errors.js';
import { withBareNames } from './bare-names.js';
import { withSpacedTimes } from './spaced-times.js';
import { blocksFromHtml, type Paragraph } from './docx-html.js';
import { readTable, type TranscriptLayout } from './docx-tables.js';
import { readFrontMatter, speakerNames } from './front-matter.js';
import { readHeaderBlock } from './header-block.js';
import { invalidOfficeFile } from './content.js';
import { missingTextMessage, missingTextPart } from './office-missing-part.js';
import type { ReaderContext } from './index.js';
import { parseTurns, transcriptOf } from './prose.js';
import { parseLabel, tabbedLabel, withAuthors, type SourceLine } from './speaker-lines.js';

/** A document as lines for the speaker-line parser, with the attributes found above its text. */
export interface DocumentLines {
  /** From front matter and from key/value tables at the top (front matter wins a key both give). */
  attributes: Record<string, string>;
  lines: SourceLine[];
  warnings: Warning[];
}

// Word's, Google Docs' and LibreOffice's Title and Subtitle styles are headings (a template's "Personal
// Learning Reflection"), never anyone's words; mammoth's own map leaves them plain paragraphs.
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

// A bold run that starts or ends inside the paragraph's first word (`**Ma**ya:`, `Ma**ya:**`): a name
// selected short of a letter or two when it was made bold, or a word split by Word into runs of which
// only some are bold.
const BOLD_ENDS_IN_WORD = /^(\*\*)([^*\n]{1,40}?\p{L})\*\*(\p{L}[\p{L}\p{M}'’.-]*)/u;
const BOLD_STARTS_IN_WORD = /^(\p{L}[\p{L}\p{M}'’.-]*?)\*\*(\p{L}[^*\n]{0,40}?)\*\*/u;

/**
 * A paragraph's first line with the bold run around its first word widened to the whole word, so a
 * bold speaker label cut short (`**Ma**ya: …`) is read as `**Maya**: …` is; it was read as words of the
 * turn before, the speaker's words given to whoever spoke last.
 */
function wholeWordBold(line: string): string {
  return line.replace(BOLD_ENDS_IN_WORD, '**$2$3**').replace(BOLD_STARTS_IN_WORD, '**$1$2**');
}

function paragraphLines(p: Paragraph): SourceLine[] {
  return [
    // A note is set apart from the paragraph above it: a transcriber's footnote is not the words of
    // whoever spoke last (it is reported as text outside any turn), a student's is a paragraph of theirs.
    ...(p.note ? [{ text: '---', line: p.number }] : []),
    ...p.text.split('\n').map((text, i) => ({ text: i === 0 ? tabbedLabel(wholeWordBold(text)) : text, line: p.number, ...(i === 0 && p.numbered ? { numbered: true as const } : {}) })),
    // Paragraphs are separate even without a blank one between them (a reflection: one turn each).
    { text: '', line: p.number },
  ];
}

/**
 * Whether a paragraph may stand above front matter: empty, a heading, or a title in a plain paragraph
 * (a title typed in a larger font, or in Normal style): a short line that is no sentence and no speaker label.
 */
function isTitle(text: string): boolean {
  const t = text.trim();
  return t === '' || t.startsWith('# ') || (t.length <= 80 && !t.includes('\n') && !/[.?!:]$/.test(t) && parseLabel(t) === undefined);
}

/** The lines of mammoth's HTML for the speaker-line parser: paragraphs, and tables as docx-tables.ts reads them. */
export function linesFromHtml(html: string, file: string): DocumentLines {
  const blocks = blocksFromHtml(html);
  const firstTable = blocks.findIndex((b) => b.type === 'table');
  const top = blocks.slice(0, firstTable < 0 ? blocks.length : firstTable).flatMap((b) => (b.type === 'paragraph' ? [b.paragraph] : []));
  const front = readFrontMatter(
    top.map((p) => p.text),
    file,
    top.map((p) => p.number),
  );
  // Without `---` front matter, a header of `Key: value` paragraphs plays its part.
  const header = front.bodyStart === 0 ? readHeaderBlock(top.map((p) => p.text)) : undefined;
  const attributes = { ...front.attributes, ...header?.attributes };
  const warnings = [...front.warnings];
  const lines: SourceLine[] = [];
  // A key/value table is read as attributes only with nothing but titles above it: further down, two
  // columns are as likely a student's answers (`Goal | Finish my essay`), which are responses.
  let atTop = true;
  let previous: TranscriptLayout | undefined;
  for (const [i, block] of blocks.entries()) {
    if (i < front.bodyStart || (header && i >= header.start && i < header.end)) continue;
    if (block.type === 'paragraph') {
      lines.push(...paragraphLines(block.paragraph));
      if (!isTitle(block.paragraph.text)) atTop = false;
      continue;
    }
    const reading = readTable(block.table, { file, atTop, previous });
    if (reading.kind === 'attributes') {
      for (const [key, value] of Object.entries(reading.attributes)) attributes[key] ??= value;
      continue;
    }
    atTop = false;
    if (reading.kind === 'transcript') {
      previous = reading.layout;
      warnings.push(...reading.warnings);
    }
    if (reading.kind === 'cells') {
      lines.push(...block.table.rows.flatMap((row) => row.flatMap((cell) => cell.paragraphs.flatMap(paragraphLines))));
    } else {
      // A transcript's turns and a prompt table's headings and answers: each line its own paragraph.
      lines.push(...reading.lines.flatMap((l) => [l, { text: '', line: l.line }]));
    }
  }
  return { attributes, lines, warnings };
}

const RESAVE = 'open it in Word and save it (File › Save As › Word Document) to have it read';

/** Read a .docx file into a Transcript. */
export async function readDocx(bytes: Uint8Array, ctx: ReaderContext): Promise<ReadResult> {
  const { file } = ctx;
  if (bytes.length === 0) throw new InputError('empty file', { file });
  let html: string;
  let embedded: boolean;
  let hidden: number;
  let tracked: number;
  try {
    // Loaded on first use, like exceljs: most folders hold no DOCX.
    const [{ default: mammoth }, { rewriteTextParts }, { HIDDEN_TEXT }, { TEXT_BOXES }, { SIMPLE_FIELDS }, { TRACKED_CHANGES }] = await Promise.all([
      import('mammoth'),
      import('./docx-parts.js'),
      import('./docx-hidden.js'),
      import('./docx-boxes.js'),
      import('./docx-fields.js'),
      import('./docx-tracked.js'),
    ]);
    // Tracked changes are counted first, in the document as saved.
    const prepared = await rewriteTextParts(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), [TRACKED_CHANGES, HIDDEN_TEXT, TEXT_BOXES, SIMPLE_FIELDS]);
    tracked = prepared.counts[0]!;
    hidden = prepared.counts[1]!;
    const converted = await mammoth.convertToHtml({ buffer: prepared.buffer }, { ignoreEmptyParagraphs: false, styleMap: STYLE_MAP });
    html = converted.value;
    embedded = converted.messages.some((m) => m.message.includes('w:altChunk'));
  } catch {
    // A Word package without the part holding its text is said so: no repair brings the text back.
    const missing = await missingTextPart(bytes);
    if (missing !== undefined) throw new InputError(missingTextMessage(missing), { file });
    // A package that opens but holds a part that is not XML is said so, apart from a zip that is damaged.
    const { damagedPart } = await import('./docx-damage.js');
    const damaged = await damagedPart(bytes);
    if (damaged) {
      const what = damaged.text ? "the document's text" : 'the document';
      throw new InputError(`${what} is damaged: its part ${damaged.part} ${damaged.how}, though the file opens as a zip; open it in Word, which offers to repair it, and save it again to have it read`, { file });
    }
    throw new InputError(invalidOfficeFile(bytes, 'docx'), { file });
  }
  const document = linesFromHtml(html, file);
  const parsed = parseTurns(withBareNames(withSpacedTimes(document.lines)), { file, knownSpeakers: speakerNames(document.attributes), markdown: true }, document.attributes.title);
  const warnings = [...document.warnings, ...parsed.warnings];
  // A web app's "Export to Word" (html-docx-js and the like) puts its text in the document as a web page
  // (an altChunk), which Word turns into paragraphs when it opens the file and mammoth does not read.
  if (embedded && parsed.turns.length === 0) throw new InputError(`its text is a web page embedded in the document, as a web app's "Export to Word" makes it, which reflect cannot read: ${RESAVE}`, { file });
  if (embedded) warnings.push({ file, message: `part of the document is a web page embedded in it, as a web app's "Export to Word" makes it, and was not read: ${RESAVE}` });
  if (hidden > 0) {
    warnings.push({ file, message: `${hidden === 1 ? '1 run of text is' : `${hidden} runs of text are`} hidden (Word's Hidden font, which Word does not show); left out` });
  }
  if (tracked > 0) {
    warnings.push({
      file,
      message: `${tracked === 1 ? '1 tracked change (an insertion or deletion) is' : `${tracked} tracked changes (insertions or deletions) are`} still under review in Word; read as if accepted, deleted words left out and inserted ones kept: accept or reject them in Word (Review › Accept or Reject) if that is not the transcript's final text`,
    });
  }
  if (parsed.turns.length === 0) warnings.push({ file, message: 'no text found in the document' });
  return {
    format: 'docx',
    content: transcriptOf(withAuthors(document.attributes, parsed.authors, parsed.mentioned), parsed),
    warnings,
  };
}
