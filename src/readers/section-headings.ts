// Section headings of hard-wrapped prose (a writeup saved as text from a PDF or typed with line breaks):
// a short line in title case ("Funding", "Alternate Programs Should be a Choice") or ending in a colon
// ("Some Interesting Findings:") on a line of its own, a blank line above it and a paragraph directly
// under it, with no blank line between. Left as they were, each ran into the paragraph below as one
// response ("Funding In the three years …"). Marked as Markdown headings (`# Funding`), they are read
// as a `#` heading is: a break between paragraphs, no one's words, a heading ending in a colon the
// prompt over the paragraphs below it. A section's question ("What else could schools do to make
// learning more" over "personalized?") is a heading too, one line or two, and the prompt below it.
import type { SourceLine } from './speaker-lines.js';
import { namesByWords, noWordName, topicLine, writerHeading } from './bylines.js';

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
  if (!/^\p{Lu}/u.test(words[0]!)) return false;
  // "Yes", "Definitely", and one over its reason after a comma ("Yes, Definitely", "No, not really").
  if ((words.length === 1 || words[0]!.endsWith(',')) && ANSWER_WORDS.has(words[0]!.replace(/,$/, '').toLowerCase())) return false;
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

// How a section's question starts: a question word or a verb asking one.
const QUESTION_START = /^(?:what|how|why|who|whose|when|where|which|is|are|was|were|do|does|did|can|could|should|would|will|has|have|in what|to what)\b/i;
// The writer asking their own question, not a section asking theirs ("Why do I have to learn this?").
const FIRST_PERSON = /\b(?:I|I'm|I’m|me|my|mine|myself)\b/;
const MAX_QUESTION_WORDS = 16;

/**
 * Whether a line's words are a question as a writeup's section or a reflection sheet asks one ("What
 * helps you learn?"): one sentence of `maxWords` words at most, ending in a question mark, starting with
 * a capital and a question word or a verb asking one, no label (`Q1: …`) or quotation in it, and never
 * in the first person ("Why do I have to learn this?" is the writer asking their own).
 */
export function asksQuestion(text: string, maxWords: number): boolean {
  if (!/[?？]$/.test(text) || !/^\p{Lu}/u.test(text) || !QUESTION_START.test(text) || FIRST_PERSON.test(text)) return false;
  return text.split(/\s+/).length <= maxWords && !/[.!?:;"“”？]/.test(text.slice(0, -1));
}

// A label before a question on its line ("Sticky notes from the forum: What gets in the way?"): a few
// words, no sentence's end among them, then a colon.
const LABEL_BEFORE = /^([^.!?:;]{1,60}):\s+(\S.*)$/u;

/**
 * The question a line asks after a label ("Sticky notes from the forum: What gets in the way?" → "What
 * gets in the way?"; see asksQuestion, `maxWords` the question's), as a class's sticky notes or a
 * sheet's photo typed up are headed; undefined where the line is no such label and question. A label of
 * eight words at most.
 */
export function labelledQuestion(text: string, maxWords: number): string | undefined {
  const m = LABEL_BEFORE.exec(text);
  if (!m || m[1]!.trim().split(/\s+/).length > MAX_WORDS) return undefined;
  return asksQuestion(m[2]!.trim(), maxWords) ? m[2]!.trim() : undefined;
}

/**
 * The number of lines (1 or 2) of a section's question at `i`, or 0: a question of 16 words at most,
 * starting with a question word, on one line or two short ones, alone as its own block (a blank line
 * above it) above a paragraph wrapped by hand of two lines or more (directly under it, or after one blank
 * line), whose first line starts a sentence. Where the paragraph follows directly, the question's last
 * line ends where the paragraph's width had room for more: the writer broke the line, as a heading is set,
 * where a paragraph's line ends because the next word did not fit. So a question a paragraph opens with
 * ("Why do we have to learn this? …"), one in the middle of a paragraph, and one in the first person stay
 * the writer's words.
 */
function questionLines(lines: readonly SourceLine[], i: number): number {
  const line = lines[i]!.text.trim();
  const run = line.endsWith('?') ? 1 : !blank(lines[i + 1]) && !/[.!?;:,]$/.test(line) && lines[i + 1]!.text.trim().endsWith('?') ? 2 : 0;
  if (run === 0 || !blank(lines[i - 1]) || lines.slice(i, i + run).some((l) => l.numbered)) return 0;
  if (!asksQuestion(lines.slice(i, i + run).map((l) => l.text.trim()).join(' '), MAX_QUESTION_WORDS)) return 0;
  const direct = !blank(lines[i + run]);
  const start = direct ? i + run : i + run + 1;
  const first = lines[start]?.text.trim() ?? '';
  if (first.length < WRAPPED || !SENTENCE_START.test(first) || blank(lines[start + 1])) return 0;
  let width = 0;
  for (let j = start; j < lines.length && !blank(lines[j]); j++) width = Math.max(width, lines[j]!.text.trim().length);
  const last = lines[i + run - 1]!.text.trim();
  if (lines.slice(i, i + run).some((l) => l.text.trim().length >= width)) return 0;
  return !direct || last.length + 1 + first.split(/\s+/)[0]!.length <= width ? run : 0;
}

// A paragraph's first line under a heading in prose not wrapped by hand: this many words at least, so a
// list of short lines ("Math" over "Science") heads nothing.
const PARAGRAPH_WORDS = 4;

/**
 * Whether `lines[i]` is alone over a paragraph as a heading is set: heading words (no colon: a prompt is
 * read otherwise), the file's start or a blank line above it, and directly under it (or, with `gap`,
 * after one blank line, as each paragraph of a Word document is set) a line starting a sentence, of four
 * words at least and half again as long as the heading, whether the paragraph is wrapped by hand or a
 * line of its own.
 */
function aloneOverParagraph(lines: readonly SourceLine[], i: number, gap = false): boolean {
  const text = lines[i]!.text.trim();
  const below = gap && blank(lines[i + 1]) ? i + 2 : i + 1;
  const next = lines[below]?.text.trim() ?? '';
  if ((i > 0 && !blank(lines[i - 1])) || lines[i]!.numbered || text.endsWith(':') || !headingWords(text)) return false;
  return SENTENCE_START.test(next) && next.split(/\s+/).length >= PARAGRAPH_WORDS && next.length >= text.length * 1.5;
}

/**
 * The lines of a writeup's topic headings: each line below the file's first line of words that is alone
 * directly over a paragraph with a topic's words (see topicLine: every word an English word, none a
 * name's; not a word that links a sentence, "However"), so a writer's piece under their name with
 * "Funding" over a later paragraph keeps "Funding" out of the answer; and such lines a paragraph of their
 * own over the paragraph (a blank line between, as in every Word document), where two or more are. The
 * first line over a paragraph is a writer's name as its shape goes (see writerHeading), so it is a heading
 * only where its words are a topic's and a line below is a topic's heading too ("Mental Health" over a
 * paragraph, "Funding" over the next). So "Maya Okafor", "Amir Khan" or "Justice Young" over a piece with
 * "Funding" below stay its writer's byline, and a topic's heading alone over the writing is read as before
 * (a title over one paragraph, see titleAbove; over two or more, a writer's name).
 */
function topicHeadings(lines: readonly SourceLine[]): number[] {
  const first = lines.findIndex((l) => !blank(l));
  if (first < 0) return [];
  const topic = (i: number, gap: boolean) => aloneOverParagraph(lines, i, gap) && topicLine(lines[i]!.text) && !linkingWord(lines[i]!.text);
  const below = lines.flatMap((_, i) => (i > first && topic(i, true) ? [i] : []));
  if (below.length > 0 && topic(first, true)) return [first, ...below];
  return below.length >= 2 ? below : below.filter((i) => topic(i, false));
}

// Words that open a sentence rather than head a section, typed on a line of their own at times
// ("However", then "The school…"): no topic's heading.
const LINKING_WORDS = new Set('also however overall anyway anyways today tomorrow yesterday finally first firstly second secondly third thirdly next then so well still besides plus moreover furthermore otherwise instead meanwhile afterwards sometimes'.split(' '));

/** Whether a line is one word that links a sentence to the last ("However", "Overall", "Honestly"), not a topic. */
function linkingWord(text: string): boolean {
  const word = text.trim().toLowerCase();
  return LINKING_WORDS.has(word) || (!/\s/.test(word) && word.endsWith('ly'));
}

/**
 * `lines` (a written reflection's, no speaker labels) with the section headings of hard-wrapped prose
 * marked as Markdown headings (`# Funding`); the same array where there is none. A heading: a short line
 * (8 words at most, no number, no sentence's end) in title case or ending in a colon, a blank line above
 * it, not the file's first line of words (its title, or the writer's name: see bylines.ts) unless it is a
 * topic's heading with another below it ({@link topicHeadings}, marked in prose not wrapped too), and directly
 * under it a paragraph wrapped by hand of two lines or more, whose first line starts a sentence and is
 * half again as long as the heading at least. Not a person's name (a line whose words can be one, see
 * namesByWords: a class's writing headed by each writer's name is read before, see nameParts), no answer
 * ("Yes", "Yes, Definitely"), and only in a file without Markdown headings of its own.
 * So a one-line answer, a list of short lines ("Math", "Science"), "Grade 11" above an answer, and a
 * sentence whose first line is short ("I think" over "that we need …") stay the writer's words. A
 * section's question ({@link questionLines}) is marked too, its two lines as one heading and the second
 * left blank, so the answers' line numbers stay the file's.
 */
export function markSectionHeadings(lines: readonly SourceLine[]): readonly SourceLine[] {
  if (lines.some((l) => /^#{1,6}(?:\s|$)/.test(l.text.trim()))) return lines;
  const topics = topicHeadings(lines);
  if (!hardWrapped(lines)) return topics.length === 0 ? lines : asHeadings(lines, new Set(topics), new Map());
  const first = lines.findIndex((l) => !blank(l));
  const heads = new Set<number>(topics);
  // A section's question over two lines: the first line the heading, the second left blank.
  const joined = new Map<number, string>();
  // Lines shaped as a heading over a paragraph, judged together once all are found.
  const candidates: { i: number; text: string; paragraph: string[] }[] = [];
  lines.forEach((l, i) => {
    const text = l.text.trim();
    if (i > first && joined.has(i - 1)) return;
    const asked = i > first ? questionLines(lines, i) : 0;
    if (asked > 0) {
      heads.add(i);
      if (asked === 2) joined.set(i, `${text} ${lines[i + 1]!.text.trim()}`);
      return;
    }
    const next = lines[i + 1]?.text.trim() ?? '';
    if (i <= first || !blank(lines[i - 1]) || l.numbered || !headingWords(text)) return;
    if (next.length < WRAPPED || next.length < text.length * 1.5 || !SENTENCE_START.test(next) || blank(lines[i + 2])) return;
    const paragraph: string[] = [];
    for (let j = i + 1; j < lines.length && !blank(lines[j]); j++) paragraph.push(lines[j]!.text);
    candidates.push({ i, text, paragraph });
  });
  // A person's name ("Maya" over her writing), where its words can be one: "Funding" over a paragraph not
  // saying funding is a heading. A listed given name that is also a word ("Jordan") is a name only where
  // every heading's words can be one (see namesByWords).
  // And where one of them is no name by its words ("Music"), a file read as no class's writing (see
  // nameParts) is a writeup with headings: a name that is also a word ("Justice", "Hope", "Grace") is one of them.
  const texts = candidates.map((c) => c.text);
  const byWords = namesByWords(texts);
  const named = byWords.every(Boolean) ? byWords : texts.map(noWordName);
  candidates.forEach((c, k) => {
    if (!(named[k] && writerHeading(c.text, c.paragraph, undefined) !== undefined)) heads.add(c.i);
  });
  return heads.size === 0 ? lines : asHeadings(lines, heads, joined);
}

/** `lines` with those at `heads` Markdown headings (`# Funding`), a question over two lines (`joined`) one heading and its second line left blank. */
function asHeadings(lines: readonly SourceLine[], heads: ReadonlySet<number>, joined: ReadonlyMap<number, string>): readonly SourceLine[] {
  return lines.map((l, i) => (heads.has(i) ? { ...l, text: `# ${joined.get(i) ?? l.text.trim()}` } : joined.has(i - 1) ? { ...l, text: '' } : l));
}
