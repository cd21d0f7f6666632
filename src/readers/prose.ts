// A document's lines read as turns, the same for a text file and a Word document: the speaker-line
// parser, then, where no one speaks in it (a written reflection, a writeup), again with its section
// headings marked (see section-headings.ts), so a heading ("Funding" over its paragraph) is no one's words.
import { markSectionHeadings } from './section-headings.js';
import { parseSpeakerLines, type ParsedTurns, type ParseOptions, type SourceLine } from './speaker-lines.js';

/** The turns of `lines`, a written piece's section headings no one's words. */
export function parseTurns(lines: SourceLine[], options: ParseOptions): ParsedTurns {
  const parsed = parseSpeakerLines(lines, options);
  if (!parsed.written || parsed.notes || parsed.turns.some((t) => t.speaker !== undefined)) return parsed;
  const marked = markSectionHeadings(lines);
  return marked === lines ? parsed : parseSpeakerLines([...marked], options);
}
