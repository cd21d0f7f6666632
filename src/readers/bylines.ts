// A written reflection's byline or signature ("— Maya Lopez, Gr 11", "By: Jordan O.") and its title
// ("My reflection"): paragraphs of the file that are not the author's answers. Left as responses they
// would print a student's name in the report and count a title as something a student said.
import path from 'node:path';
import { neverName } from '../util/names.js';
import { CAP_WORD, COMMON_WORD_NAMES, nounLooking } from '../util/name-words.js';
import { englishWord } from '../nlp/english-words.js';
import { isGivenName } from '../util/given-names.js';
import { isRoleOrTitle } from '../util/role-titles.js';

/** 1–3 capitalised words or initials: "Maya", "Maya Lopez", "Jordan O.", "J. Okafor", "Ana de Souza". */
const NAME = String.raw`\p{Lu}[\p{L}'’-]*\.?(?:\s+(?:(?:de|da|di|du|del|van|von|le|la)\s+)?\p{Lu}[\p{L}'’-]*\.?){0,2}`;
// A dash before the name, or a word saying whose it is; after it, at most a short aside (", Gr 11").
const BYLINE = new RegExp(
  String.raw`^(?:[-–—~]+\s*|(?:by|from|signed|author|written by|name)\s*[:,\-–—]?\s+)(?<name>${NAME})(?:\s*[,(–—-]\s*[^()]{0,30}\)?)?\s*\.?$`,
  'iu',
);
// A quotation's attribution to someone unnamed, under the quote: "– A student", "— one Grade 10 student",
// "– a parent, Riverside". It names no one and is no one's words.
const ATTRIBUTION = /^[-–—~]+\s*(?:a|an|one|another)\s+(?:(?:grade\s+\d{1,2}|gr\.?\s*\d{1,2}|\d{1,2}(?:th|st|nd|rd)?[- ]grade|middle[- ]school|high[- ]school|secondary|elementary|alternate|young|former|current|female|male|senior|junior|indigenous)\s+){0,2}(?:student|participant|learner|teacher|parent|educator|youth|graduate)(?:\s*[,(][^.!?]{0,30}|\s+(?:in|from|at|of)\s+[^.!?,]{1,25})?$/iu;
// Case-insensitive as a whole, so the name's capitals are checked again on the name alone.
const CAPITALISED = new RegExp(String.raw`^${NAME}$`, 'u');
// "My reflection", "Personal Learning Reflection", "End-of-term self-assessment": a template's words may stack.
// The title's kind, then what it is about or for in at most 80 characters, no full stop but a title's
// ("My reflection — Grade 9, Westview Secondary, April 2017", "Personal learning reflection, Mr. Dhillon's
// class"); past 40 of them, no word a sentence has (see SENTENCE_WORDS).
const TITLE = /^(?:my\s+)?(?:(?:end[- ]of[- ](?:term|year)|term|year[- ]end|self|personal|learning|student|weekly|unit)\s+){0,3}(?:reflections?|journals?|journal entr(?:y|ies)|exit tickets?|exit slips?|self[- ]assessments?|learning logs?)\b(?<tail>(?:[^.!?]|\b(?:mr|ms|mrs|mx|dr)\.){0,80})$/i;
// A clause's verbs, conjunctions and subjects, which a sentence has and a title does not.
const CLAUSE_WORDS =
  'is was are were be been am has have had do does did will would can could should must that because when how why what which who where while whether if than so not i we you they'.split(' ');
// Words a sentence has and a title's longer tail does not: "My reflection on this year is that I learned
// a lot about my friends and me" is a student's first answer, however long, with no full stop.
const SENTENCE_WORDS = new Set([...CLAUSE_WORDS, ...'me us think thought felt feel learned'.split(' ')]);

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
// A date alone, as a blog post or a journal's entry is headed: "Tuesday, February 14, 2012", "14 March
// 2024", "2024-03-14", "3/14/2024". No one's words.
export const DATE_ALONE = new RegExp(
  String.raw`^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})$`,
  'i',
);
// Words a title leaves in lower case ("Defining Personalization in Education").
const MINOR_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'via', 'into', 'about']);

/**
 * A heading in title case: 2–10 words, each capitalised but the small ones, no sentence punctuation at
 * its end ("Understanding Personalized Education in Schools"). Before any answer it is the piece's title.
 */
function isTitleCase(text: string): boolean {
  if (/[.!?:;,]$/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 10 || !/^\p{Lu}/u.test(words[0]!)) return false;
  return words.every((w) => /^[\p{Lu}\p{N}"“‘'(]/u.test(w) || MINOR_WORDS.has(w.toLowerCase()));
}

/** A written reflection's title: "My reflection", "Reflection on the forum", a heading in title case. */
export function isReflectionTitle(text: string): boolean {
  return titled(text) || isTitleCase(text);
}

/** Whether a line is a title by its kind's word ("My reflection", "Learning journal - week 3"), its tail a title's. */
function titled(text: string): boolean {
  const tail = TITLE.exec(text)?.groups?.tail;
  if (tail === undefined) return false;
  return tail.length <= 40 || !(tail.toLowerCase().match(/[\p{L}']+/gu) ?? []).some((w) => SENTENCE_WORDS.has(w));
}

// Words a line of a sentence may stop at before it runs on to the next line ("My reflection on the forum
// is that", "… on the trip to"): a title never ends so.
const RUNS_ON = new Set([...MINOR_WORDS, ...CLAUSE_WORDS, ...'my our your their his her its this these those'.split(' ')]);

/**
 * Whether a reflection's first line is its title with the writing under it, no blank line between ("My
 * reflection" over "I think the forum…"): a title by the rules splitBylines drops, not ending in a word a
 * sentence runs on from ("… trip to" over "Vancouver is …"), with the next line starting as a sentence does.
 */
export function titleAbove(line: string, next: string): boolean {
  const text = line.trim();
  const last = text.split(/\s+/).pop()!.toLowerCase();
  return isReflectionTitle(text) && !RUNS_ON.has(last) && /^["“‘'(]?[\p{Lu}\p{N}]/u.test(next.trim());
}

// What a transcript's title names: the session ("Focus group, Riverside, 12 March", "Grade 10 interview").
const SESSION_WORD = /\b(?:focus[- ]groups?|interviews?|transcripts?|sessions?|discussions?|meetings?|forums?|conversations?|circles?|panels?)\b/i;
// A day and month in either order ("12 March", "March 12th"), or a date in numbers.
const DATE_IN = new RegExp(String.raw`\b(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?)\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b`, 'i');

/** Whether a line names a session or gives a date ("Riverside Focus Group", "Interview, 12 March"): a title's words, never a person's name. */
export function namesSession(line: string): boolean {
  const text = line.trim();
  return SESSION_WORD.test(text) || DATE_IN.test(text) || DATE_ALONE.test(text);
}

/**
 * A line that heads a transcript rather than being anyone's words, as a title is: a heading in title
 * case, a date alone, or a short line (12 words at most, no sentence's end) that names a session or
 * gives a date ("Focus group, Riverside, 12 March"). A line someone said ("Okay, let's get started")
 * is none of these.
 */
export function isTranscriptTitle(line: string): boolean {
  const text = line.trim();
  if (text === '' || /[.!?]$/.test(text) || text.split(/\s+/).length > 12) return false;
  return isTitleCase(text) || titled(text) || namesSession(text);
}

// A name's word: capitalised ("Maya", "O'Neil", "Jean-Luc"), with capitals inside it as the redactor
// reads one ("McDONALD", "O'NEIL", "DeSHAWN"; see CAP_WORD), or an initial ("O.").
const NAME_WORD = new RegExp(String.raw`^(?:\p{Lu}[\p{Ll}'’-]+|${CAP_WORD}|\p{Lu}\.)$`, 'u');
// A name's word as the word lists hold it: lower case, an initial's full stop dropped ("O." → "o").
const nameKey = (word: string): string => word.toLowerCase().replace(/\.$/, '');
// Words of a text, lower case.
const WORDS = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;

/**
 * A line that is a person's name alone by its shape and its paragraph ("Maya", "Kiara Brown", "Jordan
 * O."), the name without a final full stop, or undefined: 1–3 name words, no word of them a subject, a
 * day or another word never a name, and none that `rest` (the writing under it) comes back to, in any
 * case ("Stress" above "I get stressed"). Its shape is a topic's too ("Stress", "Funding"): see
 * {@link mayBeName} for what the words themselves say.
 */
export function nameAlone(text: string, rest: readonly string[]): string | undefined {
  const words = text.split(/\s+/);
  if (words.length > 3 || !words.every((w) => NAME_WORD.test(w)) || !/\p{Ll}/u.test(text)) return undefined;
  const lower = words.map(nameKey);
  if (lower.some((w) => w.length > 1 && neverName(w))) return undefined;
  const written = new Set(rest.flatMap((r) => r.toLowerCase().match(WORDS) ?? []));
  const echoed = (w: string) => w.length > 1 && [...written].some((x) => formOf(x, w) || (x.length >= 4 && formOf(w, x)));
  return lower.some(echoed) ? undefined : text.replace(/\.$/, '');
}

/** Whether a line shaped as a name alone (1–3 capitalised words) has a word never a name: "Music", "Art", "Yes". */
export function subjectAlone(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length > 3 || !words.every((w) => NAME_WORD.test(w))) return false;
  return words.some((w) => w.length > 1 && neverName(nameKey(w)));
}

/**
 * Whether a line's words can be a person's name by the words themselves, not only by their shape: one of
 * them a name that is also a word (Grace, Hunter, Brown; see COMMON_WORD_NAMES) or a word that is no
 * English word ("Maya", "Kiara", "Priya"), in the singular too ("Timetables" is a word's plural) and not
 * shaped as a noun ("Wellness", "Mentorship"; see nounLooking). "Funding", "Choice" and "Jordan", words
 * of the English lexicon, are not; so a topic's heading is read as a heading, and a file's name lines
 * must have some such word among them to be names (see speaker-lines.ts, nameLines).
 */
export function mayBeName(text: string): boolean {
  return text.split(/\s+/).some((w) => COMMON_WORD_NAMES.has(nameKey(w))) || noWordName(text);
}

/** The singulars a lower-case plural may have ("stories" → "story"; "classes" → "class", "classe"; "marks" → "mark"), none for a word not ending in -s. */
function singularForms(key: string): string[] {
  return key.endsWith('ies') ? [`${key.slice(0, -3)}y`] : key.endsWith('es') ? [key.slice(0, -2), key.slice(0, -1)] : key.endsWith('s') ? [key.slice(0, -1)] : [];
}

/** Whether one of a line's words is a name by being no English word ("Maya", "Kiara Brown"; not "Grace", "Jordan", "Funding"): see {@link mayBeName}. */
export function noWordName(text: string): boolean {
  return text.split(/\s+/).some((w) => {
    const key = nameKey(w);
    if (key.length < 2) return false;
    const singular = singularForms(key);
    return !englishWord(key) && !singular.some(englishWord) && !nounLooking(key);
  });
}

// Given names and surnames that are words of wink's lexicon yet in neither the given names' list nor
// COMMON_WORD_NAMES ("Amir Khan", "Precious Blessing", "Favour", "Raj Malik"): names far more often than a
// topic's heading, so a class headed by them is read as one (see {@link listedName}).
const NAMES_NOT_HEADINGS: ReadonlySet<string> = new Set(
  'amir khan das malik raj diaz reyes precious blessing favour favor goodness miracle marvel divine princess testimony innocent saint sincere serenity'.split(' '),
);

// With names that are words and as often a writeup's heading ("Peace", "Freedom", "Success", "Journey"): a
// line of them is a name as much as a topic, so never a topic's heading by its words (see {@link topicLine}).
const NAMES_AS_WORDS: ReadonlySet<string> = new Set([
  ...NAMES_NOT_HEADINGS,
  ...'peace comfort promise treasure honour wisdom unity liberty freedom success journey heaven legend beauty genesis queen'.split(' '),
]);

/**
 * Whether a line is a topic's heading by its words, no one's name: 1–6 words, each an English word of
 * wink's lexicon (in the singular too), none a listed given name (see isGivenName), a name that is also a
 * word (COMMON_WORD_NAMES: "Justice", "Young", "Grace") or a name the lexicon holds as a word
 * (NAMES_AS_WORDS: "Amir", "Khan", "Precious", "Blessing"). "Mental Health", "Funding", "Class Sizes" are;
 * "Maya Okafor", "Amir Khan", "Justice Young", "Jordan" are not. Alone it does not make a file's first line
 * a heading (see section-headings.ts, topicHeadings): a writer's name may be words none of these lists hold.
 */
export function topicLine(text: string): boolean {
  const words = text.trim().split(/\s+/).map((w) => nameKey(w.replace(/[:,]$/, '')));
  if (words.length === 0 || words.length > 6 || !words.every((w) => /^[\p{L}'’-]+$/u.test(w))) return false;
  return words.every((w) => {
    const base = w.replace(/['’]s$/, '');
    if (MINOR_WORDS.has(base)) return true;
    const singular = singularForms(base);
    if ([base, ...singular].some((f) => isGivenName(f) || COMMON_WORD_NAMES.has(f) || NAMES_AS_WORDS.has(f))) return false;
    return englishWord(base) || singular.some(englishWord);
  }) && words.some((w) => !MINOR_WORDS.has(w));
}

// Words of the given names' list that head a writeup's section far more often than they name a student
// ("Law", "Care", "Honor"): alone on a line they are a topic. Names that are words a class is often headed
// by ("Grace", "Hope", "Justice") are COMMON_WORD_NAMES, names by their words, and stay names.
const TOPIC_NAMES: ReadonlySet<string> = new Set('law care honor charity glory bliss job cash bank court trip land town case'.split(' '));

/**
 * Whether a line opens with an English given name of the list (see given-names.ts): "Jordan", "Sam",
 * "Cole Martin", "Taylor R."; or has a name the lexicon holds as a word, seldom a heading
 * (NAMES_NOT_HEADINGS: "Amir", "Precious", "Blessing", "Raj Malik"; not "Peace", "Freedom"). Many are words
 * too ("Jordan", "Sam", "Chance"), so this alone does not make the line a name (see {@link namesByWords});
 * and a few are a topic's words first ("Law", "Care"; see TOPIC_NAMES), never a listed name here.
 */
export function listedName(text: string): boolean {
  const keys = text.split(/\s+/).map(nameKey);
  const first = keys[0]!;
  return (first.length > 1 && isGivenName(first) && !TOPIC_NAMES.has(first)) || keys.some((k) => NAMES_NOT_HEADINGS.has(k));
}

/**
 * Which of a file's heading lines (each a name alone by its shape) are names by their words: each that
 * {@link mayBeName} takes; and, where every line is one or opens with a listed given name, those too, so
 * a class headed "Jordan", "Sam", "Cole Martin" reads as three names where "Art", "Music", "Drama" (no
 * name's word in "Music") stay a topic's headings. A listed name that is also a word counts only among
 * lines that can all be names. With `topics` (the file heads other paragraphs with a word never a name,
 * "Music", "Drama"), only the lines with a word no English word are ("Justice", "Hope" are a writeup's headings).
 */
export function namesByWords(lines: readonly string[], topics = false): boolean[] {
  // Beside a heading no name can be (a subject: "Art", "Music"), only a word no English word is a name's.
  if (topics) return lines.map(noWordName);
  const byWords = lines.map(mayBeName);
  const listedToo = lines.every((l, i) => byWords[i] || listedName(l));
  return lines.map((l, i) => byWords[i]! || (listedToo && listedName(l)));
}

/**
 * The writer's name alone at the head of a reflection ("Maya", "Maya Lopez", "Jordan O."), as a sheet typed
 * up or a Word file is headed, or undefined. Its shape is a topic's too ("Stress", "Math"), so the rest
 * must bear it out (see {@link nameAlone}), and either the file is named for it (`Priya - reflection.txt`)
 * or two paragraphs or more follow it, as a piece of writing under its writer's name does. A topic's
 * heading over a writeup's first paragraph, with another topic's heading below ("Mental Health", then
 * "Funding"), is marked a heading before this reads it (see section-headings.ts, topicHeadings).
 */
export function writerHeading(text: string, rest: readonly string[], file: string | undefined): string | undefined {
  const name = nameAlone(text, rest);
  if (name === undefined) return undefined;
  const named = new Set(path.basename(file ?? '').toLowerCase().match(WORDS) ?? []);
  const lower = name.split(/\s+/).map(nameKey);
  return rest.length >= 2 || lower.some((w) => named.has(w)) ? name : undefined;
}

/**
 * A signed name without the role words and titles before it ("Principal Okafor" → "Okafor", "Coach Kim"
 * → "Kim", "Mr. Lee" → "Lee"; see isRoleOrTitle): a role word taken for a name would be redacted from
 * every answer ("the nurse" → "the [name]"). Empty where the signature is a role alone ("— Principal").
 */
function withoutRole(name: string): string {
  const words = name.split(/\s+/);
  let i = 0;
  while (i < words.length && isRoleOrTitle(words[i]!)) i++;
  return words.slice(i).join(' ');
}

// Endings that make another form of a word ("stressed", "stresses", "stressful" of "stress").
const FORM_ENDING = /^(?:s|es|d|ed|ing|ful)$/;

/**
 * Whether `word` is `base` or a form of it ("stressed" of "stress"), not merely a word that begins so
 * ("time" of "Tim", "every" of "Eve", "dance" of "Dan": a name above such writing is still a name).
 */
function formOf(word: string, base: string): boolean {
  return word.startsWith(base) && (word.length === base.length || FORM_ENDING.test(word.slice(base.length)));
}

/**
 * Paragraphs of a written reflection, split into the author's answers, the names signed, and what is not
 * an answer dropped: a title before the first answer ("My reflection", a heading in title case), a date
 * alone, and a quotation's attribution to someone unnamed ("– A student"). The writer's name alone first ("Maya") is the author's, as a byline is (see writerHeading); `file`,
 * the file's path, may bear it out.
 */
export function splitBylines<T extends { text: string }>(paragraphs: readonly T[], file?: string): { answers: T[]; authors: string[] } {
  const answers: T[] = [];
  const authors: string[] = [];
  const heading = paragraphs.length > 1 ? writerHeading(paragraphs[0]!.text.trim(), paragraphs.slice(1).map((p) => p.text), file) : undefined;
  const head = heading === undefined || withoutRole(heading) === '' ? undefined : withoutRole(heading);
  paragraphs.forEach((p, i) => {
    const text = p.text.trim();
    if (i === 0 && head !== undefined) {
      authors.push(head);
      return;
    }
    const byline = BYLINE.exec(text)?.groups?.name;
    if (byline !== undefined && CAPITALISED.test(byline)) {
      const name = withoutRole(byline.replace(/\.$/, ''));
      if (name !== '') authors.push(name);
      return;
    }
    if (DATE_ALONE.test(text) || ATTRIBUTION.test(text)) return;
    if (answers.length === 0 && paragraphs.length > 1 && isReflectionTitle(text)) return;
    answers.push(p);
  });
  return { answers, authors };
}
