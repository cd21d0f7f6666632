// Reader for Word transcripts (.docx), in pandoc's two steps: mammoth turns the document into HTML
// (paragraphs, headings, bold runs), then each paragraph becomes a line for the same speaker-line
// parser as text, so a transcript saved as .txt and as .docx reads to the same turns. Supports speaker
// labels in every text style, bold names [x], headings (never turns) [x], soft line breaks [x], Otter
// DOCX exports [x], a leading `---` / `key: value` / `---` block of paragraphs as front matter [x].
// Not supported: transcripts laid out as tables (each cell reads as its own paragraph), comments,
// tracked changes (mammoth reads the document as if all changes were accepted), text boxes.
import type { ReadResult } from '../model.js';
import { InputError } from '../util/errors.js';
import { paragraphsFromHtml } from './docx-html.js';
import { readFrontMatter, speakerNames } from './front-matter.js';
import type { ReaderContext } from './index.js';
import { parseSpeakerLines, type SourceLine } from './speaker-lines.js';

/** Read a .docx file into a Transcript. */
export async function readDocx(bytes: Uint8Array, ctx: ReaderContext): Promise<ReadResult> {
  const { file } = ctx;
  if (bytes.length === 0) throw new InputError('empty file', { file });
  let html: string;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Loaded on first use, like exceljs: most folders hold no DOCX.
    const { default: mammoth } = await import('mammoth');
    html = (await mammoth.convertToHtml({ buffer }, { ignoreEmptyParagraphs: false })).value;
  } catch {
    throw new InputError('not a valid DOCX file', { file });
  }
  const paragraphs = paragraphsFromHtml(html);
  const front = readFrontMatter(
    paragraphs.map((p) => p.text),
    file,
    paragraphs.map((p) => p.number),
  );
  const lines: SourceLine[] = paragraphs.slice(front.bodyStart).flatMap((p) => [
    ...p.text.split('\n').map((text) => ({ text, line: p.number })),
    // Paragraphs are separate even without a blank one between them (a reflection: one turn each).
    { text: '', line: p.number },
  ]);
  const parsed = parseSpeakerLines(lines, { file, knownSpeakers: speakerNames(front.attributes), markdown: true });
  const warnings = [...front.warnings, ...parsed.warnings];
  if (parsed.turns.length === 0) warnings.push({ file, message: 'no text found in the document' });
  return {
    format: 'docx',
    content: { type: 'transcript', attributes: front.attributes, turns: parsed.turns },
    warnings,
  };
}
