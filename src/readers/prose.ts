// A document's lines read as turns, the same for a text file and a Word document: the speaker-line
// parser, then, where no one speaks in it (a written reflection, a writeup), again with its section
// headings marked (see section-headings.ts), so a heading ("Funding" over its paragraph) is no one's words;
// or, under a title naming many students' notes (sticky notes, exit tickets: see many-writers.ts), each
// note on its own.
import type { Transcript } from '../model.js';
import { manyWriters, namesManyWriters } from './many-writers.js';
import { asksQuestion, markSectionHeadings } from './section-headings.js';
import { parseSpeakerLines, type ParsedTurns, type ParseOptions, type SourceLine } from './speaker-lines.js';

/** The turns of a document, with whether they are many students' notes, one each. */
export interface ProseTurns extends ParsedTurns {
  manyWriters?: true;
}

// A question over the notes that answer it, as long as a sheet's question may be.
const MAX_PROMPT_WORDS = 24;
// A collection's title on a line of its own: "Sticky notes, Grade 9 forum, 12 March".
const TITLE_WORDS = 10;

/**
 * The turns of `lines`, a written piece's section headings no one's words; `title`, a front matter's,
 * may say the lines are many students' notes.
 */
export function parseTurns(lines: SourceLine[], options: ParseOptions, title?: string): ProseTurns {
  const parsed = parseSpeakerLines(lines, options);
  if (!parsed.written || parsed.notes || parsed.turns.some((t) => t.speaker !== undefined)) return parsed;
  if (manyWriters(lines, title)) return { ...notesOfMany(lines, options, parsed), manyWriters: true };
  const marked = markSectionHeadings(lines);
  return marked === lines ? parsed : parseSpeakerLines([...marked], options);
}

/**
 * Many students' notes, one a turn: typed one a line with no blank line between them (a list typed up,
 * a Word document's paragraphs), each line is a note, not a paragraph's line; a question above them all
 * that no prompt of the parse already holds ("What is one thing that helped you learn today?") is the
 * prompt they answer, not a note.
 */
function notesOfMany(lines: SourceLine[], options: ParseOptions, parsed: ParsedTurns): ParsedTurns {
  const words = (l: SourceLine | undefined) => l !== undefined && /[\p{L}\p{N}]/u.test(l.text);
  const first = lines.findIndex(words);
  const gaps = lines.some((l, i) => i > first && !words(l) && words(lines[i - 1]) && lines.slice(i + 1).some(words));
  const split = gaps ? parsed : parseSpeakerLines(lines.flatMap((l) => [l, { text: '', line: l.line }]), options);
  // The collection's title on a line of its own ("Comment cards") is no one's note: the file's title,
  // whether the parse kept it as a turn or already set it apart as a reflection's title.
  const top = lines[first];
  const headTurn = split.turns[0] !== undefined && split.turns[0].line === top?.line ? split.turns[0] : undefined;
  const heading = headTurn?.text ?? top?.text.replace(/^[#*_\s]+|[*_\s]+$/g, '');
  const titled = heading !== undefined && split.title === undefined && namesManyWriters(heading) && heading.split(/\s+/).length <= TITLE_WORDS;
  const notes = titled ? { ...split, title: heading.trim(), turns: headTurn ? split.turns.slice(1) : split.turns } : split;
  const [head, ...rest] = notes.turns;
  if (head === undefined || rest.length < 2 || notes.turns.some((t) => t.prompt !== undefined) || !asksQuestion(head.text.trim(), MAX_PROMPT_WORDS)) return notes;
  return { ...notes, turns: rest.map((t) => ({ ...t, prompt: head.text.trim() })) };
}

/**
 * A document's transcript from its turns (`parsed`) and its attributes, the same for a text file and a
 * Word document.
 */
export function transcriptOf(attributes: Record<string, string>, parsed: ProseTurns): Transcript {
  return {
    type: 'transcript',
    attributes,
    turns: parsed.turns,
    ...(parsed.written ? { written: true } : {}),
    ...(parsed.manyWriters ? { manyWriters: true } : {}),
    ...(parsed.chat ? { chat: true } : {}),
    ...(parsed.notes ? { notes: true } : {}),
    ...(parsed.title ? { title: parsed.title } : {}),
  };
}
