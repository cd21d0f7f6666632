// A written reflection's byline or signature ("— Maya Lopez, Gr 11", "By: Jordan O.") and its title
// ("My reflection"): paragraphs of the file that are not the author's answers. Left as responses they
// would print a student's name in the report and count a title as something a student said.

/** 1–3 capitalised words or initials: "Maya", "Maya Lopez", "Jordan O.", "J. Okafor", "Ana de Souza". */
const NAME = String.raw`\p{Lu}[\p{L}'’-]*\.?(?:\s+(?:(?:de|da|di|du|del|van|von|le|la)\s+)?\p{Lu}[\p{L}'’-]*\.?){0,2}`;
// A dash before the name, or a word saying whose it is; after it, at most a short aside (", Gr 11").
const BYLINE = new RegExp(
  String.raw`^(?:[-–—~]+\s*|(?:by|from|signed|author|written by|name)\s*[:,\-–—]?\s+)(?<name>${NAME})(?:\s*[,(–—-]\s*[^()]{0,30}\)?)?\s*\.?$`,
  'iu',
);
// Case-insensitive as a whole, so the name's capitals are checked again on the name alone.
const CAPITALISED = new RegExp(String.raw`^${NAME}$`, 'u');
// "My reflection", "Personal Learning Reflection", "End-of-term self-assessment": a template's words may stack.
const TITLE = /^(?:my\s+)?(?:(?:end[- ]of[- ](?:term|year)|term|year[- ]end|self|personal|learning|student|weekly|unit)\s+){0,3}(?:reflection|reflections|journal|journal entry|exit ticket|self[- ]assessment|learning log)\b[^.!?]{0,40}$/i;

/** Paragraphs of a written reflection, split into the author's answers, the names signed, and titles dropped. */
export function splitBylines<T extends { text: string }>(paragraphs: readonly T[]): { answers: T[]; authors: string[] } {
  const answers: T[] = [];
  const authors: string[] = [];
  paragraphs.forEach((p, i) => {
    const text = p.text.trim();
    const byline = BYLINE.exec(text)?.groups?.name;
    if (byline !== undefined && CAPITALISED.test(byline)) {
      authors.push(byline.replace(/\.$/, ''));
      return;
    }
    if (i === 0 && paragraphs.length > 1 && TITLE.test(text)) return;
    answers.push(p);
  });
  return { answers, authors };
}
