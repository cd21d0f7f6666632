// The structure of the HTML mammoth makes of a Word document: paragraphs, and tables as rows of cells of
// paragraphs, numbered in document order. The first of the DOCX reader's two steps; what a paragraph or
// a table means for a transcript is decided later (docx.ts, docx-tables.ts).
import { decodeEntities } from './vtt.js';

/** One paragraph of a document, as a Markdown-like line (`# ` for headings, `**` around bold runs). */
export interface Paragraph {
  /** 1-based paragraph number in the document (empty paragraphs and paragraphs in table cells counted). */
  number: number;
  text: string;
  /** A footnote or endnote, which mammoth writes after the document's last paragraph. */
  note?: true;
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

// A paragraph-like element with its inline content, or a table tag. Tried in this order at each
// position, so a paragraph is consumed whole and the tags inside it (strong, br, a) are never seen here.
// `\b` keeps `<th` from matching `<thead>` and `<tbody>`, which carry nothing we need.
const TOKEN = /<(p|h[1-6]|li)\b([^>]*)>([\s\S]*?)<\/\1>|<(\/?)(table|tr|td|th)\b([^>]*)>/g;
// mammoth's footnotes and endnotes: `<li id="footnote-1">` at the end, a `[1]` where each is referenced
// and a `↑` link back to it. The marks are no one's words.
const NOTE = /\bid="(?:footnote|endnote)-[^"]*"/;
const NOTE_MARKS = /<sup>\s*<a href="#(?:footnote|endnote)-[^"]*"[^>]*>[^<]*<\/a>\s*<\/sup>|\s*<a href="#(?:footnote|endnote)-ref-[^"]*"[^>]*>[^<]*<\/a>/g;

function paragraphText(tag: string, inner: string): string {
  const inline = inner
    .replace(NOTE_MARKS, '')
    // A note of several paragraphs is one list item: its paragraphs are lines.
    .replace(/<\/p>\s*<p\b[^>]*>/g, '\n')
    .replace(/<\/strong>(\s*)<strong>/g, '$1')
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<\/?strong>/g, '**')
    .replace(/<[^>]*>/g, '');
  const text = decodeEntities(inline);
  return tag.startsWith('h') && text.trim() !== '' ? `# ${text}` : text;
}

function span(attributes: string, name: 'colspan' | 'rowspan'): number {
  const m = new RegExp(`\\b${name}="(\\d+)"`).exec(attributes);
  return m ? Math.max(1, Number(m[1])) : 1;
}

/** The paragraphs and tables of mammoth's HTML, in document order. */
export function blocksFromHtml(html: string): Block[] {
  const blocks: Block[] = [];
  let number = 0;
  // Tables open around the current position. Only the outermost one is laid out as rows and cells: a
  // table nested in a cell is rare in transcripts and reads as that cell's paragraphs.
  let depth = 0;
  let table: DocxTable | undefined;
  let row: DocxCell[] | undefined;
  let cell: DocxCell | undefined;
  for (const m of html.matchAll(TOKEN)) {
    if (m[1] !== undefined) {
      const paragraph: Paragraph = { number: ++number, text: paragraphText(m[1], m[3]!) };
      if (m[1] === 'li' && NOTE.test(m[2]!)) paragraph.note = true;
      if (cell) cell.paragraphs.push(paragraph);
      else blocks.push({ type: 'paragraph', paragraph });
      continue;
    }
    const closing = m[4] === '/';
    const tag = m[5];
    if (tag === 'table') {
      if (!closing && depth++ === 0) {
        table = { rows: [] };
        blocks.push({ type: 'table', table });
      } else if (closing && depth > 0 && --depth === 0) {
        table = row = cell = undefined;
      }
      continue;
    }
    if (depth !== 1 || !table) continue;
    if (tag === 'tr') {
      row = closing ? undefined : [];
      if (row) table.rows.push(row);
      cell = undefined;
    } else if (closing) {
      cell = undefined;
    } else {
      cell = { paragraphs: [], colspan: span(m[6]!, 'colspan'), rowspan: span(m[6]!, 'rowspan') };
      if (!row) table.rows.push((row = []));
      row.push(cell);
    }
  }
  return blocks;
}

/** Every paragraph of mammoth's HTML in document order, table cells included (one paragraph each). */
export function paragraphsFromHtml(html: string): Paragraph[] {
  return blocksFromHtml(html).flatMap((b) =>
    b.type === 'paragraph' ? [b.paragraph] : b.table.rows.flatMap((r) => r.flatMap((c) => c.paragraphs)),
  );
}
