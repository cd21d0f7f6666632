// The structure of the HTML mammoth makes of a Word document: paragraphs, and tables as rows of cells of
// paragraphs, numbered in document order. The first of the DOCX reader's two steps; what a paragraph or
// a table means for a transcript is decided later (docx.ts, docx-tables.ts).
//
// mammoth writes its HTML as well-formed XHTML (every element closed, `<br />`, text and attributes
// escaped), so it is read with saxes, the XML parser the .qdc reader uses, element by element: a list
// inside a list item (Word's sub-bullets) is read as paragraphs of its own, not run into its item's text.
import { SaxesParser } from 'saxes';
import { InputError } from '../util/errors.js';
import { BOX_MARK } from './docx-boxes.js';

/** One paragraph of a document, as a Markdown-like line (`# ` for headings, `**` around bold runs). */
export interface Paragraph {
  /** 1-based paragraph number in the document (empty paragraphs and paragraphs in table cells counted). */
  number: number;
  text: string;
  /** A footnote or endnote, which mammoth writes after the document's last paragraph, or a text box's paragraph, given after them. */
  note?: true;
  /** An item of a numbered list (its number, which Word writes, is not in `text`). */
  numbered?: true;
}

/** One cell of a Word table, as mammoth writes it. */
export interface DocxCell {
  /** The cell's paragraphs; a table inside the cell reads as more of its paragraphs. */
  paragraphs: Paragraph[];
  /** Columns the cell spans (merged across), 1 when not merged. */
  colspan: number;
  /** Rows the cell spans (merged down); mammoth leaves the merged-away cells out of the rows below. */
  rowspan: number;
}

/** A Word table: its rows, each a list of cells as written (not yet laid out on a grid). */
export interface DocxTable {
  rows: DocxCell[][];
}

/** A top-level piece of a document: a paragraph outside any table, or a whole table. */
export type Block = { type: 'paragraph'; paragraph: Paragraph } | { type: 'table'; table: DocxTable };

// Paragraph-like elements: each is a paragraph, except a `<p>` inside a list item (a note of several
// paragraphs), whose paragraphs are lines of the item's.
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);
// mammoth's footnotes and endnotes: `<li id="footnote-1">` at the end, a `[1]` link where each is
// referenced and a `↑` link back to it. The marks are no one's words.
const NOTE_ID = /^(?:footnote|endnote)-/;
const NOTE_LINK = /^#(?:footnote|endnote)-/;
const NOTE_BACK_LINK = /^#(?:footnote|endnote)-ref-/;
// Characters XML does not allow, which a Word document's text may still hold (a vertical tab, a form
// feed, a lone surrogate): each is passed through the parser as an element of its own and put back.
const NOT_XML = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const RAW = 'reflect-raw';
const SOFT_HYPHEN = /\u00ad/g;

// A bold run's start and end, and a line break: marks in a paragraph's parts, rendered at its end.
const BOLD_START = 0;
const BOLD_END = 1;
const BREAK = 2;
type Part = string | typeof BOLD_START | typeof BOLD_END | typeof BREAK;

/** A paragraph being read: the element it is, the depth it was opened at, and its text so far. */
interface Open {
  tag: string;
  depth: number;
  number: number;
  note: boolean;
  parts: Part[];
  /** Whether its text has been given out already (before a list inside it). */
  given: boolean;
  numbered: boolean;
}

/** A paragraph's text: bold runs in `**`, two bold runs with only spaces between them as one. */
function render(open: Open): string {
  const out: string[] = [];
  // Where the last bold run's end mark is in `out`, while only spaces have followed it; else -1.
  let boldEnd = -1;
  for (const part of open.parts) {
    if (part === BOLD_START) {
      if (boldEnd >= 0) out.splice(boldEnd, 1);
      else out.push('**');
      boldEnd = -1;
    } else if (part === BOLD_END) {
      out.push('**');
      boldEnd = out.length - 1;
    } else if (part === BREAK) {
      out.push('\n');
      boldEnd = -1;
    } else {
      out.push(part);
      if (/\S/.test(part)) boldEnd = -1;
    }
  }
  const text = out.join('');
  return open.tag.startsWith('h') && text.trim() !== '' ? `# ${text}` : text;
}

function span(attributes: Record<string, string>, name: 'colspan' | 'rowspan'): number {
  const n = Number(attributes[name]);
  return Number.isInteger(n) && n > 1 ? n : 1;
}

/** The paragraphs and tables of mammoth's HTML, in document order. */
export function blocksFromHtml(html: string): Block[] {
  const blocks: Block[] = [];
  let number = 0;
  // Tables open around the current position. Only the outermost one is laid out as rows and cells: a
  // table nested in a cell is rare in transcripts and reads as that cell's paragraphs.
  let tables = 0;
  let table: DocxTable | undefined;
  let row: DocxCell[] | undefined;
  let cell: DocxCell | undefined;
  // The paragraphs open around the current position: more than one only for a list inside a list item.
  const open: Open[] = [];
  let depth = 0;
  // The depth of a footnote mark being left out, or -1.
  let skipping = -1;

  // A text box's paragraphs, given after the document's, as notes: a box stands beside the text, not in it.
  const boxes: Block[] = [];
  const give = (o: Open): void => {
    const text = render(o);
    if (text.includes(BOX_MARK)) {
      boxes.push({ type: 'paragraph', paragraph: { number: o.number, text: text.replaceAll(BOX_MARK, ''), note: true } });
      return;
    }
    const paragraph: Paragraph = { number: o.number, text };
    if (o.note) paragraph.note = true;
    else if (o.numbered) paragraph.numbered = true;
    if (cell) cell.paragraphs.push(paragraph);
    else blocks.push({ type: 'paragraph', paragraph });
  };

  const parser = new SaxesParser();
  let failure: string | undefined;
  parser.on('error', (e) => {
    failure ??= e.message;
  });
  // The lists open around the current position, `ol` or `ul`: an item is numbered in an `ol`.
  const lists: string[] = [];
  parser.on('opentag', ({ name, attributes: raw }) => {
    depth++;
    if (name === 'ol' || name === 'ul') lists.push(name);
    const attributes = raw as Record<string, string>;
    const inner = open[open.length - 1];
    if (name === RAW) {
      inner?.parts.push(String.fromCharCode(Number(attributes.c)));
    } else if (PARAGRAPH.has(name) && (inner === undefined || name === 'li')) {
      if (inner !== undefined && !inner.given) {
        // A list inside a list item: the item's own words come first, as a paragraph of their own.
        give(inner);
        inner.given = true;
        inner.parts = [];
      }
      open.push({ tag: name, depth, number: ++number, note: name === 'li' && NOTE_ID.test(attributes.id ?? ''), parts: [], given: false, numbered: name === 'li' && lists.at(-1) === 'ol' });
    } else if (inner !== undefined) {
      if (PARAGRAPH.has(name)) {
        // A note of several paragraphs is one list item: its paragraphs are lines.
        if (inner.parts.length > 0) inner.parts.push(BREAK);
      } else if (name === 'strong') inner.parts.push(BOLD_START);
      else if (name === 'br') inner.parts.push(BREAK);
      else if (name === 'a' && NOTE_LINK.test(attributes.href ?? '') && skipping < 0) {
        skipping = depth;
        if (NOTE_BACK_LINK.test(attributes.href ?? '')) {
          while (typeof inner.parts.at(-1) === 'string' && (inner.parts.at(-1) as string).trim() === '') inner.parts.pop();
          const last = inner.parts.at(-1);
          if (typeof last === 'string') inner.parts[inner.parts.length - 1] = last.trimEnd();
        }
      }
    } else if (name === 'table') {
      if (tables++ === 0) {
        table = { rows: [] };
        blocks.push({ type: 'table', table });
      }
    } else if (tables === 1 && table) {
      if (name === 'tr') {
        row = [];
        table.rows.push(row);
        cell = undefined;
      } else if (name === 'td' || name === 'th') {
        cell = { paragraphs: [], colspan: span(attributes, 'colspan'), rowspan: span(attributes, 'rowspan') };
        if (!row) table.rows.push((row = []));
        row.push(cell);
      }
    }
  });
  parser.on('text', (text) => {
    // Word's optional hyphen (Ctrl+-, manual hyphenation, text pasted from a PDF) is shown only where a
    // line breaks at it: inside a word it kept "pro-jects" from any codebook word and "Jor-dan" from
    // being redacted as Jordan.
    if (skipping < 0) open[open.length - 1]?.parts.push(text.replace(SOFT_HYPHEN, ''));
  });
  parser.on('closetag', ({ name }) => {
    if (name === 'ol' || name === 'ul') lists.pop();
    const inner = open[open.length - 1];
    if (skipping === depth) skipping = -1;
    if (inner !== undefined && inner.depth === depth) {
      open.pop();
      // After a list inside it, the rest of an item's words (rare) are a paragraph of their own.
      if (!inner.given) give(inner);
      else if (inner.parts.some((p) => typeof p === 'string' && p.trim() !== '')) give({ ...inner, number: ++number });
    } else if (inner !== undefined) {
      if (name === 'strong') inner.parts.push(BOLD_END);
    } else if (name === 'table') {
      if (tables > 0 && --tables === 0) table = row = cell = undefined;
    } else if (tables === 1 && table) {
      if (name === 'tr') {
        row = undefined;
        cell = undefined;
      } else if (name === 'td' || name === 'th') cell = undefined;
    }
    depth--;
  });
  const xml = html.replace(NOT_XML, (c) => `<${RAW} c="${c.charCodeAt(0)}"/>`);
  parser.write(`<body>${xml}</body>`).close();
  if (failure !== undefined) throw new InputError(`could not read the document's structure: ${failure}`);
  return [...blocks, ...boxes];
}

/** Every paragraph of mammoth's HTML in document order, table cells included (one paragraph each). */
export function paragraphsFromHtml(html: string): Paragraph[] {
  return blocksFromHtml(html).flatMap((b) =>
    b.type === 'paragraph' ? [b.paragraph] : b.table.rows.flatMap((r) => r.flatMap((c) => c.paragraphs)),
  );
}
