// Section headings of hard-wrapped prose (a writeup saved as text from a PDF or typed with line breaks):
// a short line in title case ("Funding", "Alternate Programs Should be a Choice") or ending in a colon
// ("Some Interesting Findings:") on a line of its own, a blank line above it and a paragraph directly
// under it, with no blank line between. Left as they were, each ran into the paragraph below as one
// response ("Funding In the three years …"). Marked as Markdown headings (`# Funding`), they are read
// as a `#` heading is: a break between paragraphs, no one's words, a heading ending in a colon the
// prompt over the paragraphs below it.
import type { SourceLine } from './speaker-lines.js';
import { writerHeading } from './bylines.js';

// Words a heading leaves in lower case ("Alternate Programs Should be a Choice", "Time to Learn").
const MINOR_WORDS = new Set('a an the and or but nor of in on at to for by with from as vs via into about be is are not up out off over per than'.split(' '));
// One word that answers a question, above the reason for it: an answer, not a heading.
const ANSWER_WORDS = new Set('yes no maybe sure ok okay nope yeah yep none nothing agree disagree true false definitely sometimes never always'.split(' '));
const MAX_WORDS = 8;
// A line of a paragraph wrapped by hand: this long at least, with more of the paragraph on the next line.
const WRAPPED = 40;
// A sentence's start: a capital, after an opening quote or bracket if any.
const SENTENCE_START = /^["“‘'(]?\p{Lu}/u;

const blank = (l: SourceLine | undefined): boolean => l === undefined || l.text.trim() === '';

/** Whether the words of a line are a heading's: title case, or a few words before a colon. */
function headingWords(text: string): boolean {
  const colon = text.endsWith(':');
  const words = text.replace(/\s*:$/, '').split(/\s+/);
  if (words.length > MAX_WORDS || text.length > 60 || /\p{N}/u.test(text) || /[.!?;,"”’)\]…]$/.test(text)) return false;
  if (!/^\p{Lu}/u.test(words[0]!) || (words.length === 1 && ANSWER_WORDS.has(words[0]!.toLowerCase()))) return false;
  // `Name: …`, `Q1: …` and `- S2: …` are labels and notes, read before this; a colon inside is a label's.
  if (/[:#*>•|]/.test(text.slice(0, -1)) || /^[-–—]/.test(text)) return false;
  const titled = words.every((w, i) => /^[\p{Lu}"“‘'(]/u.test(w) || (i > 0 && MINOR_WORDS.has(w.toLowerCase())));
  return titled || (colon && words.length <= 4);
}

/**
 * Whether the prose is wrapped by hand: three lines or more, and a quarter of its lines of words, long
 * and with the paragraph going on on the next line. Prose with a paragraph a line ("Math" above "I like
 * it …") sets nothing apart by its layout.
 */
function hardWrapped(lines: readonly SourceLine[]): boolean {
  const filled = lines.filter((l) => !blank(l)).length;
  const wrapped = lines.filter((l, i) => l.text.trim().length >= WRAPPED && !blank(lines[i + 1])).length;
  return wrapped >= 3 && wrapped * 4 >= filled;
}

/**
 * `lines` (a written reflection's, no speaker labels) with the section headings of hard-wrapped prose
 * marked as Markdown headings (`# Funding`); the same array where there is none. A heading: a short line
 * (8 words at most, no number, no sentence's end) in title case or ending in a colon, a blank line above
 * it, not the file's first line of words (its title, or the writer's name: see bylines.ts), and directly
 * under it a paragraph wrapped by hand of two lines or more, whose first line starts a sentence and is
 * half again as long as the heading at least. Not a person's name (a class's writing headed by each
 * writer's name is left for the name rules), and only in a file without Markdown headings of its own.
 * So a one-line answer, a list of short lines ("Math", "Science"), "Grade 11" above an answer, and a
 * sentence whose first line is short ("I think" over "that we need …") stay the writer's words.
 */
export function markSectionHeadings(lines: readonly SourceLine[]): readonly SourceLine[] {
  if (lines.some((l) => /^#{1,6}(?:\s|$)/.test(l.text.trim())) || !hardWrapped(lines)) return lines;
  const first = lines.findIndex((l) => !blank(l));
  const heads = new Set<number>();
  lines.forEach((l, i) => {
    const text = l.text.trim();
    const next = lines[i + 1]?.text.trim() ?? '';
    if (i <= first || !blank(lines[i - 1]) || l.numbered || !headingWords(text)) return;
    if (next.length < WRAPPED || next.length < text.length * 1.5 || !SENTENCE_START.test(next) || blank(lines[i + 2])) return;
    const paragraph: string[] = [];
    for (let j = i + 1; j < lines.length && !blank(lines[j]); j++) paragraph.push(lines[j]!.text);
    if (writerHeading(text, paragraph, undefined) !== undefined) return;
    heads.add(i);
  });
  return heads.size === 0 ? lines : lines.map((l, i) => (heads.has(i) ? { ...l, text: `# ${l.text.trim()}` } : l));
}
