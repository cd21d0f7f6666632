// Quote selection: representative, readable, anonymously attributed quotes per theme, per question and
// for the focus groups, never the same response twice in one report.
import { releaseMemory } from '../corpus/read-files.js';
import type { Coding, Corpus, Evidence, Participant, ParticipantNoun, Quote, Response, SourceKind } from '../model.js';
import { isStudentNoun, PARTICIPANTS, STUDENTS, withArticle } from '../util/participant-nouns.js';
import { capitalise, utf16Index } from '../util/text.js';
import { roleOf } from './roles.js';
import { interviewSources } from './background.js';
import { PLACEHOLDER_WORDS, placeholderShare } from '../corpus/redact.js';
import { isNoneValue } from '../util/no-answer.js';
import { codingsByResponse, indexCodings, type CodingIndex } from './participation.js';
import { centrality, normaliseTerm, releaseVectorSpace, scanCorpus, STOPWORDS } from './centrality.js';
import { echoesPeer } from './echo.js';
import { plainQuestion } from './shown-questions.js';
import { attributeWords } from '../util/attribute-words.js';
import { hasTranscriptionGap, tidyTranscriberMarks } from './transcriber-marks.js';
import { subThemesAfter } from '../codebook/hierarchy.js';

/** Options of {@link selectQuotes}. */
export interface QuoteOptions {
  /** Small-cell threshold: an attribution names an attribute only if at least this many students share it. */
  minCell: number;
  /** Who took part, as attributions name them ("A teacher"); default students. */
  noun?: ParticipantNoun;
  /** Quotes per theme (default 3). */
  perTheme?: number;
  /** Quotes per question, and for the focus groups (default 2). */
  perQuestion?: number;
  /**
   * The codings resolved against `corpus.responses` and theme ids that hold every theme to quote
   * ({@link indexCodings}), if known.
   */
  index?: CodingIndex;
}

/** Quotes chosen for one report. */
export interface QuoteSelection {
  /** Theme id → quotes, best first. Themes with no usable response are absent. */
  themes: Record<string, Quote[]>;
  /** Question id → quotes, best first. */
  questions: Record<string, Quote[]>;
  /** Quotes from focus-group (transcript) responses, best first; empty without transcripts. */
  focusGroups: Quote[];
}

// Readable length in words: shorter texts rarely stand alone, longer ones are trimmed to a window of
// sentences around the evidence.
const MIN_WORDS = 6;
const PREFERRED_MIN = 12;
const PREFERRED_MAX = 60;
// Trimmed quotes grow sentence by sentence until about this many words: long enough to carry a thought.
const TARGET_WORDS = 30;
// A text more than this share placeholders is mostly "[name]" and says little about the theme.
const MAX_PLACEHOLDER_SHARE = 0.2;
// A text with words the transcriber could not make out ("[inaudible]") weighs this much: quoted where
// nothing else says as much, as a negated mention is.
const GAP_WEIGHT = 0.5;
// A written reflection's paragraph that begins mid-sentence, going on from the one before, weighs this much.
const CONTINUATION_WEIGHT = 0.5;
// A response that opens mid-thought ("And …", "But …", "Also …", "So …", "because …"), or on someone
// else's words ("Mine are kind of the opposite", "Same, …", "Yeah, …"), weighs this much: it reads as the
// second half of something unsaid, so one that stands alone goes first, but it is still
// quoted where nothing else says as much. Its words are never trimmed.
const MID_THOUGHT_WEIGHT = 0.85;
// The words that open a response mid-thought, in any case, after any opening quotation mark or "…".
const MID_THOUGHT = /^[\s"“‘'…]*(?:and|but|also|so|plus|or|because|cause|cuz|which|though|mine|ours|theirs|same|yeah|yep|exactly)\b(?![-'’])/iu;
// The end of a finished sentence, with any closing quotes or brackets and trailing space.
const SENTENCE_END = /[.!?…]["”’')\]]*\s*$/u;
// A near-repeat of a quote already chosen for the same section weighs this much (see nearRepeat).
const NEAR_REPEAT_WEIGHT = 0.5;
// Only the best candidates by score take part in the greedy, diversity-aware choice.
const POOL_CAP = 200;
// Large pools are cut down before any vector work, so a theme of 100,000 responses costs about what a
// theme of a few thousand does: the centroid comes from an evenly spaced sample of the pool, and only
// the best candidates by the cheap score (length, negation) are scored for centrality.
const CENTROID_SAMPLE = 5000;
const SCORED_CAP = 2000;

const WORD = new RegExp(`\\[(?:${PLACEHOLDER_WORDS})\\]|[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*`, 'gu');
// ───────────────────────────── Attribution ─────────────────────────────

/**
 * The phrase for a program or school-level value, or undefined when it has no readable form; `who` is
 * the singular the students are called by ("student", "learner").
 */
function describeGroup(attribute: 'program' | 'school-level', value: string, who: string): string | undefined {
  const v = value.trim();
  if (/alternat|alt[- ]?ed/i.test(v)) return `A ${who} in an alternate program`;
  if (attribute === 'program') {
    // "No" to "Are you in a specialty program?" is no program: "A student in the No program" is no attribution.
    if (isNoneValue(v)) return undefined;
    if (/trade|apprentic|\btrain\b/i.test(v)) return `A trades program ${who}`;
    const name = v.replace(/\s+program(me)?$/i, '');
    return name ? `A ${who} in the ${name} program` : undefined;
  }
  if (/middle/i.test(v)) return `A middle school ${who}`;
  if (/secondary|high/i.test(v)) return `A secondary school ${who}`;
  if (/elementary|primary/i.test(v)) return `An elementary school ${who}`;
  return undefined;
}

/** "grade 10" from "10", "Grade 10" or "gr. 10". */
function gradePhrase(value: string): string {
  const v = value.trim().replace(/^(?:grade|gr\.?)\s*/i, '');
  return `grade ${v}`;
}

// The attributes an attribution may name, each with the key it has when it comes from a transcript's
// front matter rather than a sheet column (as a focus group's program does).
const NAMED = { program: 'source.program', 'school-level': 'source.school-level', grade: 'source.grade' } as const;
type Named = keyof typeof NAMED;

/**
 * An attributor for one population: a function from a participant to an anonymous attribution.
 * Counting is done once, so attributing many quotes is cheap. See {@link attributeQuote}.
 */
function makeAttributor(
  population: Participant[],
  minCell: number,
  noun: ParticipantNoun = STUDENTS,
  kinds?: ReadonlyMap<string, SourceKind>,
  interviews: ReadonlySet<string> = new Set(),
): (participant: Participant | undefined, group?: string) => string {
  const counted = population.filter((p) => p.role === 'student');
  // Each person is signed by the role their Role column gives, where at least `minCell` share it (a
  // forum's one principal would be named by it); a role too rare is "A participant"; no role, `noun`.
  const roleShared = new Map<string, number>();
  for (const p of counted) {
    const role = roleOf(p);
    if (role) roleShared.set(role.singular, (roleShared.get(role.singular) ?? 0) + 1);
  }
  const nounOf = (p: Participant): ParticipantNoun => {
    const role = roleOf(p);
    if (!role) return noun;
    return (roleShared.get(role.singular) ?? 0) >= minCell ? role : PARTICIPANTS;
  };
  // Only students are signed by a program, school level or grade: a teacher's grade is the one they teach.
  const students = counted.filter((p) => isStudentNoun(nounOf(p)));
  const valueOf = (p: Participant, attribute: Named) => (p.attributes[attribute] ?? p.attributes[NAMED[attribute]])?.trim();
  // Students per value, per attribute: keys made by joining attribute and value would cost a string a student.
  const counts = new Map<Named, Map<string, number>>();
  for (const attribute of Object.keys(NAMED) as Named[]) {
    const perValue = new Map<string, number>();
    for (const p of students) {
      const value = valueOf(p, attribute);
      if (value) perValue.set(value, (perValue.get(value) ?? 0) + 1);
    }
    counts.set(attribute, perValue);
  }
  const shared = (attribute: Named, value: string): number => counts.get(attribute)!.get(value) ?? 0;
  // Students per grade within one small group (a focus group), counted when first asked for.
  const gradesIn = new Map<string, Map<string, number>>();
  const sharedIn = (group: string, grade: string): number => {
    let perGrade = gradesIn.get(group);
    if (!perGrade) {
      perGrade = new Map();
      for (const p of students) {
        const g = p.attributes.grade?.trim();
        if (g && p.sources.includes(group)) perGrade.set(g, (perGrade.get(g) ?? 0) + 1);
      }
      gradesIn.set(group, perGrade);
    }
    return perGrade.get(grade) ?? 0;
  };

  // A person's signatures, finest first: what their quote is signed by, then their noun alone ("A
  // student", "A teacher"), then "A participant".
  const chain = (participant: Participant | undefined, group: string | undefined): string[] => {
    if (!participant || participant.role !== 'student') return [capitalise(withArticle(noun.singular))];
    const own = nounOf(participant);
    const bare = capitalise(withArticle(own.singular));
    const coarser = [...new Set([bare, capitalise(withArticle(PARTICIPANTS.singular))])];
    // An interview's student is a group of one: a quote from it names no program, level or grade of theirs.
    if (!isStudentNoun(own) || (group !== undefined && interviews.has(group))) return coarser;
    for (const attribute of ['program', 'school-level'] as const) {
      const value = valueOf(participant, attribute);
      if (!value) continue;
      const phrase = describeGroup(attribute, value, own.singular);
      const n = shared(attribute, value);
      // Distinctive: a minority of the students (a program, an alternate school), so it says something
      // a grade would not; and shared by enough students that it identifies no one.
      if (phrase && n >= minCell && n * 2 < students.length) return [phrase, ...coarser];
    }
    const grade = participant.attributes.grade?.trim();
    // In a focus group, the others in the room know who is in which grade: the grade is named only when
    // enough of that group share it, as well as enough of everyone.
    if (grade && shared('grade', grade) >= minCell && (group === undefined || sharedIn(group, grade) >= minCell)) return [`${bare}, ${gradePhrase(grade)}`, ...coarser];
    return coarser;
  };
  const coarsened = coarsenedSignatures(counted, minCell, kinds, chain);
  return (participant, group) => chain(participant, group).find((s) => !coarsened.has(s))!;
}

/**
 * The signatures too few people share, each left for the next coarser one (see makeAttributor's
 * `chain`), so that every signature printed is shared by at least `minCell` of the people who can be
 * quoted. A signature is a group as a table's row is: where every other quote names a grade that at
 * least 5 share, "— A student" is the one grade-11 student, whose grade the tables print as "<5"; where
 * the others are signed "A teacher" or "A student", "— A participant" is the forum's one principal; and
 * "A student, grade 8" beside "A middle school student" is the secondary school's two grade 8s. As
 * suppression hides a complement, a signature shared by too few takes in the smallest signature that is
 * one step finer (the grade-11 student's "A student" takes in grade 9's students), or else becomes the
 * coarser one itself. Each person counts under every signature a quote of theirs could carry: their
 * focus group's where they spoke in one, a sheet's or reflection's where they wrote one (by `kinds`, each
 * source's kind; without it, everyone is counted as quoted from a sheet).
 */
function coarsenedSignatures(
  people: Participant[],
  minCell: number,
  kinds: ReadonlyMap<string, SourceKind> | undefined,
  chain: (participant: Participant, group: string | undefined) => string[],
): Set<string> {
  const coarsened = new Set<string>();
  if (minCell <= 1) return coarsened;
  // Every chain a person's quote could be signed along, once each; people with the same chains are one
  // entry with their number (a survey of 200,000 students has a few dozen), so none is kept per person.
  const kept = new Map<string, { chains: string[][]; people: number }>();
  let quotable = 0;
  for (const p of people) {
    // A focus group's quote is signed as its group allows (undefined: a sheet's or a reflection's); a
    // roster holds nothing to quote.
    const contexts = kinds
      ? p.sources.flatMap((s) => (kinds.get(s) === 'transcript' ? [s] : kinds.get(s) === 'sheet' || kinds.get(s) === 'reflection' ? [undefined] : []))
      : [undefined];
    const mine = new Map(contexts.map((group) => chain(p, group)).map((c) => [c.join('\u0001'), c]));
    if (mine.size > 0) quotable++;
    const key = [...mine.keys()].join('\u0002');
    const entry = kept.get(key);
    if (entry) entry.people++;
    else kept.set(key, { chains: [...mine.values()], people: 1 });
  }
  // Of fewer people than `minCell` in all, every signature is shared by too few, and none helps: the
  // report says how many took part, and so each quote is one of them whatever it is signed.
  if (quotable < minCell) return coarsened;
  // Each step coarsens one signature, and there are no more signatures than steps of the chains.
  for (;;) {
    const shared = new Map<string, number>();
    // The signature one step coarser than each one printed.
    const parent = new Map<string, string>();
    for (const { chains, people: n } of kept.values()) {
      const mine = new Set<string>();
      for (const c of chains) {
        const at = c.findIndex((s) => !coarsened.has(s));
        mine.add(c[at]!);
        if (at + 1 < c.length) parent.set(c[at]!, c[at + 1]!);
      }
      for (const s of mine) shared.set(s, (shared.get(s) ?? 0) + n);
    }
    const bySize = [...shared].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const small = bySize.find(([, n]) => n < minCell)?.[0];
    if (small === undefined) break;
    const finer = bySize.find(([s]) => parent.get(s) === small)?.[0];
    if (finer !== undefined) coarsened.add(finer);
    else if (parent.has(small)) coarsened.add(small);
    else break;
  }
  return coarsened;
}

/**
 * An anonymous attribution for a quote: "A student in an alternate program", "A trades program
 * student", "A middle school student", "A student, grade 10" or "A student"; "A teacher" where the
 * participants are teachers (`noun`), or a Role column says so.
 *
 * A program or school level is used first when it is distinctive (fewer than half of the students share
 * it), else the grade. An attribute is named only when at least `minCell` student participants of
 * `population` share its value, so a rare grade never points at one student; for a quote from a focus
 * group (`group`, its source id), a grade only when as many students of that group share it too. Names
 * and schools are never used: schools are small enough to identify a student. Only students are signed
 * by a program, level or grade; anyone else by their role alone, where at least `minCell` share it
 * (else "A participant").
 */
export function attributeQuote(participant: Participant | undefined, population: Participant[], minCell: number, group?: string, noun?: ParticipantNoun): string {
  return makeAttributor(population, minCell, noun)(participant, group);
}

// ───────────────────────────── Trimming ─────────────────────────────

function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Sentence spans [start, end) in UTF-16 indices; a sentence ends at . ! ? … (with closing quotes) or a blank line. */
function sentenceSpans(text: string): { start: number; end: number; words: number }[] {
  const spans: { start: number; end: number; words: number }[] = [];
  const re = /[^.!?…\n]*(?:[.!?…]+["”’')\]]*|\n\s*\n|\n|$)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      if (re.lastIndex > text.length) break;
      continue;
    }
    const words = countWords(m[0]);
    if (words > 0) spans.push({ start: m.index, end: m.index + m[0].length, words });
  }
  return spans;
}

/** Collapse whitespace, tidy a transcriber's marks (see tidyTranscriberMarks), and drop quotation marks wrapped around the whole text. */
function tidy(text: string): string {
  let t = tidyTranscriberMarks(text.replace(/\s+/g, ' ').trim());
  const wrapped = /^["“”'‘’](.*)["“”'‘’]$/su.exec(t);
  if (wrapped && !/["“”]/.test(wrapped[1]!)) t = wrapped[1]!.trim();
  return t;
}

/**
 * Shorten a text for quoting: texts of up to `maxWords` words are kept whole; longer ones keep the
 * sentence holding `focus` (a UTF-16 index, e.g. the evidence) and grow by whole neighbouring sentences
 * to about 30 words, marking cuts with "…". A single sentence longer than `maxWords` is cut at word
 * boundaries around the focus. Never cuts inside a word. Whitespace is collapsed.
 */
export function trimQuote(text: string, focus = 0, maxWords = PREFERRED_MAX): string {
  const { start, end } = withoutPlaceholderEnds(text, focus);
  if (start === 0 && end === text.length) return trimAround(text, focus, maxWords);
  const inner = trimAround(text.slice(start, end), focus - start, maxWords);
  return `${start > 0 && !inner.startsWith('…') ? '… ' : ''}${inner}${end < text.length && !inner.endsWith('…') ? ' …' : ''}`;
}

const PLACEHOLDER = new RegExp(`\\[(?:${PLACEHOLDER_WORDS})\\]`, 'gu');

/**
 * The part of a text [start, end) without its leading and trailing sentences that are nothing but
 * placeholders: a turn that answers "Who helps you?" with "[name]. She's an EA in my class …" is quoted
 * from "She's". The sentence holding `focus` is always kept, and so is a text that is all placeholders.
 */
function withoutPlaceholderEnds(text: string, focus: number): { start: number; end: number } {
  if (!text.includes('[')) return { start: 0, end: text.length };
  const spans = sentenceSpans(text);
  const namesAlone = (k: number): boolean => !/[\p{L}\p{N}]/u.test(text.slice(spans[k]!.start, spans[k]!.end).replace(PLACEHOLDER, ''));
  let a = 0;
  let b = spans.length - 1;
  while (a < b && namesAlone(a) && focus >= spans[a]!.end) a++;
  while (b > a && namesAlone(b) && focus < spans[b]!.start) b--;
  if (spans.length === 0 || (a === 0 && b === spans.length - 1)) return { start: 0, end: text.length };
  return { start: spans[a]!.start, end: spans[b]!.end };
}

/** trimQuote, once placeholder-only ends are gone. */
function trimAround(text: string, focus: number, maxWords: number): string {
  if (countWords(text) <= maxWords) return tidy(text);
  const spans = sentenceSpans(text);
  if (spans.length === 0) return tidy(text);
  let k = spans.findIndex((s) => focus >= s.start && focus < s.end);
  if (k < 0) k = focus >= spans[spans.length - 1]!.end ? spans.length - 1 : 0;
  const sentence = spans[k]!;

  if (sentence.words > maxWords) return cutSentence(text, sentence, focus, maxWords);

  let a = k;
  let b = k;
  let words = sentence.words;
  // Grow forward first: the words after a point usually finish it; then back for its lead-in.
  while (words < TARGET_WORDS) {
    const next = spans[b + 1];
    const prev = spans[a - 1];
    if (next && words + next.words <= maxWords) {
      b++;
      words += next.words;
    } else if (prev && words + prev.words <= maxWords) {
      a--;
      words += prev.words;
    } else break;
  }
  const body = tidy(text.slice(spans[a]!.start, spans[b]!.end));
  return `${a > 0 ? '… ' : ''}${body}${b < spans.length - 1 ? ' …' : ''}`;
}

// A cut at a sentence's start leaves out at least this many words, or none.
const MIN_LEFT_OUT = 5;

/** Cut one over-long sentence to `maxWords` words around the focus, at word boundaries. */
function cutSentence(text: string, sentence: { start: number; end: number }, focus: number, maxWords: number): string {
  const words = [...text.slice(sentence.start, sentence.end).matchAll(WORD)].map((m) => ({
    start: sentence.start + m.index!,
    end: sentence.start + m.index! + m[0].length,
  }));
  let fi = words.findIndex((w) => w.end > focus);
  if (fi < 0) fi = 0;
  // A third of the window before the focus, the rest after it; but a cut that would leave out only a word
  // or few of the sentence's start ("… is easy for us to say" for "It is easy …") starts it instead.
  let first = Math.max(0, fi - Math.floor(maxWords / 3));
  if (first < MIN_LEFT_OUT) first = 0;
  const last = Math.min(words.length - 1, first + maxWords - 1);
  first = Math.max(0, last - maxWords + 1);
  const startsSentence = first === 0 && sentence.start === 0;
  // Keep the sentence's own closing punctuation when the window reaches its end.
  const end = last === words.length - 1 ? sentence.end : words[last]!.end;
  const body = tidy(text.slice(words[first]!.start, end));
  const endsText = last === words.length - 1 && text.slice(sentence.end).trim() === '';
  return `${startsSentence ? '' : '… '}${body}${endsText ? '' : ' …'}`;
}

// ───────────────────────────── Pools ─────────────────────────────

/** An evenly spaced, order-preserving sample of at most `size` items. */
function evenSample<T>(items: T[], size: number): T[] {
  if (items.length <= size) return items;
  return Array.from({ length: size }, (_, k) => items[Math.floor((k * items.length) / size)]!);
}

/** Distinct numbers in ascending order; linear when they already come in order, as codings do. */
function distinctAscending(values: number[]): number[] {
  let ordered = true;
  for (let k = 1; k < values.length && ordered; k++) if (values[k]! < values[k - 1]!) ordered = false;
  if (!ordered) return [...new Set(values)].sort((a, b) => a - b);
  const out: number[] = [];
  for (let k = 0; k < values.length; k++) if (k === 0 || values[k] !== values[k - 1]) out.push(values[k]!);
  return out;
}

/**
 * The responses of the codings `codings[from]` … `codings[to - 1]` (coding indices, in coding order),
 * distinct and ascending; and in `codingAt`, per response, its last coding of them. A plain loop over the
 * range: Array.from with a mapping function, or iterating a subarray, costs several times as much.
 */
function codedResponses(codings: Int32Array, from: number, to: number, responseOf: Int32Array, codingAt: Int32Array): number[] {
  const coded: number[] = [];
  for (let j = from; j < to; j++) {
    const k = codings[j]!;
    codingAt[responseOf[k]!] = k;
    coded.push(responseOf[k]!);
  }
  return distinctAscending(coded);
}

/**
 * The first `count` items under a strict total order `compare`, in no particular order (quickselect:
 * linear on average, where a sort would be n log n). `items` is reordered.
 */
export function selectFirst(items: number[], count: number, compare: (a: number, b: number) => number): number[] {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    // Median of three as the pivot keeps ordered input from going quadratic.
    const mid = (lo + hi) >>> 1;
    const [a, b, c] = [items[lo]!, items[mid]!, items[hi]!];
    const pivot = compare(a, b) < 0 ? (compare(b, c) < 0 ? b : compare(a, c) < 0 ? c : a) : compare(a, c) < 0 ? a : compare(b, c) < 0 ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (compare(items[i]!, pivot) < 0) i++;
      while (compare(items[j]!, pivot) > 0) j--;
      if (i <= j) {
        const t = items[i]!;
        items[i] = items[j]!;
        items[j] = t;
        i++;
        j--;
      }
    }
    // Now items[lo..j] ≤ pivot ≤ items[i..hi]; keep narrowing on the side holding position count - 1.
    if (count - 1 <= j) hi = j;
    else if (count - 1 >= i) lo = i;
    else break;
  }
  return items.slice(0, count);
}

/** FNV-1a hash of a string: a deterministic tie-break that does not favour the first source's ids. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// ───────────────────────────── Selection ─────────────────────────────

/** Whether there is evidence and every piece of it is negated. */
function allNegated(evidence: readonly Evidence[]): boolean {
  for (let k = 0; k < evidence.length; k++) if (!evidence[k]!.negated) return false;
  return evidence.length > 0;
}

/** Codings grouped by theme, with what quote selection needs to know of each (see {@link codingsByTheme}). */
interface ThemeCodings {
  /** Theme id → theme number (its index in the index's theme ids). */
  themeNumber: Map<string, number>;
  /**
   * Theme t's codings are `themeCodings[themeStart[t]]` … before `themeStart[t + 1]`, in coding order: one
   * flat array (lists grown one push at a time would leave copies behind).
   */
  themeStart: Int32Array;
  themeCodings: Int32Array;
  /** Per coding, 1 when every mention is negated ("I'm not stressed"): a weak example of its theme. */
  negatedOnly: Uint8Array;
}

/**
 * Codings grouped by theme, in one pass in coding order rather than per pool by chasing each coding's
 * evidence; codings of no response or of no theme of the index (-1 in it) are left out.
 */
function codingsByTheme(codings: readonly Coding[], { themeIds, responseOf, themeOf }: CodingIndex): ThemeCodings {
  const themeNumber = new Map(themeIds.map((id, t) => [id, t]));
  const themeCount = themeIds.length;
  const negatedOnly = new Uint8Array(codings.length);
  const themeStart = new Int32Array(themeCount + 1);
  for (let k = 0; k < codings.length; k++) {
    if (responseOf[k]! < 0 || themeOf[k]! < 0) continue;
    themeStart[themeOf[k]! + 1]!++;
    if (allNegated(codings[k]!.evidence)) negatedOnly[k] = 1;
  }
  for (let t = 0; t < themeCount; t++) themeStart[t + 1]! += themeStart[t]!;
  const themeCodings = new Int32Array(themeStart[themeCount]!);
  const filled = themeStart.slice(0, themeCount);
  for (let k = 0; k < codings.length; k++) if (responseOf[k]! >= 0 && themeOf[k]! >= 0) themeCodings[filled[themeOf[k]!]!++] = k;
  return { themeNumber, themeStart, themeCodings, negatedOnly };
}

/** How well a word count reads as a quote: 1 inside the preferred range, less outside it. */
function lengthWeight(words: number): number {
  if (words < PREFERRED_MIN) return 0.6 + (0.4 * (words - MIN_WORDS)) / (PREFERRED_MIN - MIN_WORDS);
  if (words <= PREFERRED_MAX) return 1;
  return words <= 3 * PREFERRED_MAX ? 0.85 : 0.7;
}

interface Candidate {
  index: number;
  score: number;
}

/** State shared by every choice in one report: nothing is quoted twice, and quoted people are known. */
interface Chooser {
  /** Per response: 1 once quoted. */
  used: Uint8Array;
  quotedParticipants: Set<string>;
  /** Normalised sentences of the responses quoted so far. */
  usedSentences: Set<string>;
  /**
   * Per response: 1 once found to hold a sentence already quoted. The quoted sentences only grow, so it
   * stays so; without this, every later theme and round split the same (perhaps 2,000-word) text again.
   */
  repeats: Uint8Array;
  /** Per response, the question whose section could quote it (its index; -1 for none). */
  sectionOf: Int32Array;
  /** Per section, how many responses it could quote are still unquoted (and not known to repeat a quote). */
  sectionLeft: Int32Array;
  /**
   * Sentence keys (see sentenceKeys) of answers kept for their question's section that a theme passed
   * over, to the answer: no other response quoting one of its sentences can take that answer's place, so
   * the section quotes it and the theme's section can say where it is.
   */
  claimed: Map<string, number>;
  /** Claim answer i's sentences (`keys`) for it, marking the section answers that repeat one as repeats. */
  claim: (i: number, keys: readonly string[]) => void;
}

/** Mark response i as repeating a quoted or claimed sentence: it stays so, and its section can no longer count on it. */
function markRepeat(state: Chooser, i: number): void {
  state.repeats[i] = 1;
  if (state.sectionOf[i]! >= 0) state.sectionLeft[state.sectionOf[i]!]!--;
}

/**
 * The sentences of a text in a normalised form (lower case, letters and digits only), for spotting a
 * sentence already quoted: students copy each other's lines, and sheets repeat a prompt's wording.
 * Sentences under four words are too common to compare; a text made only of those is compared whole.
 */
function sentenceKeys(text: string): string[] {
  const norm = (t: string): string => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const keys = text
    .split(/[.!?…\n]+/)
    .map(norm)
    .filter((k) => k.split(' ').length >= 4);
  return keys.length > 0 ? keys : [norm(text)];
}

/**
 * A text's content words, lower case and without a plural's ending ("buses" and "bus" are one), leaving
 * out words too common to tell two quotes apart (see STOPWORDS) and words of one or two letters.
 */
function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(WORD)) {
    if (m[0].startsWith('[')) continue;
    const w = normaliseTerm(m[0].replace(/(s|x|z|ch|sh)es$/i, '$1'));
    if (w.length > 2 && !STOPWORDS.has(w)) out.add(w);
  }
  return out;
}

/**
 * Whether two quotes' content words (see contentWords) mostly repeat each other: at least two shared,
 * and more than half of the shorter's. Two students' "more money for the bus" is one point made twice.
 */
function nearRepeat(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared >= 2 && shared * 2 > small.size;
}

function compareCandidates(responses: Response[]) {
  return (a: Candidate, b: Candidate): number =>
    b.score - a.score || (responses[a.index]!.id < responses[b.index]!.id ? -1 : responses[a.index]!.id > responses[b.index]!.id ? 1 : 0);
}

/**
 * Choose up to `count` candidates greedily, in three rounds of decreasing strictness: a participant
 * not quoted anywhere yet from a group (school or source) not yet used here; then any participant not
 * quoted yet; then any participant not already quoted here. A `deferred` candidate (one a sub-theme still
 * to come would quote) is taken only once the three rounds have found too few others. Within a round, a
 * near-repeat of a quote already picked here (see nearRepeat) counts at half its score. A candidate
 * `reserved` for a theme still to come, which has no other, is taken only when nothing else can be: in a
 * last round, if none was picked. A `kept` candidate, the last answer a question's section could quote,
 * is never taken: quoted there, it is still in the report, and the theme says where. Its sentences are
 * claimed for it as it is passed over, so no response repeating one is quoted before its section quotes it.
 */
function choose(
  ranked: Candidate[],
  count: number,
  responses: Response[],
  groupOf: (r: Response) => string,
  state: Chooser,
  reserved: (i: number) => boolean = () => false,
  deferred?: (i: number) => boolean,
  kept: (i: number) => boolean = () => false,
): Candidate[] {
  const picked: Candidate[] = [];
  const people = new Set<string>();
  const groups = new Set<string>();
  const open: ((r: Response, i: number) => boolean)[] = [
    (r, i) => !reserved(i) && !state.quotedParticipants.has(r.participantId) && !groups.has(groupOf(r)),
    (r, i) => !reserved(i) && !state.quotedParticipants.has(r.participantId),
    (_, i) => !reserved(i),
  ];
  const last = (): boolean => picked.length === 0;
  const rounds = [...(deferred ? open.map((fits) => (r: Response, i: number) => !deferred(i) && fits(r, i)) : []), ...open, last];
  // The content words of the quotes picked here, and of the candidates looked at, for spotting a
  // near-repeat (see nearRepeat).
  const shown: Set<string>[] = [];
  const contentOf = new Map<number, Set<string>>();
  // Each candidate's sentence keys, made once: every pick looks at the candidates again.
  const keysOf = new Map<number, string[]>();
  const keys = (i: number): string[] => keysOf.get(i) ?? keysOf.set(i, sentenceKeys(responses[i]!.text)).get(i)!;
  // Whether response i holds a sentence already quoted, or one claimed by an answer kept for its section:
  // so marked once, and no longer counted among what its own section could quote.
  const repeated = (i: number): boolean => {
    if (!keys(i).some((k) => state.usedSentences.has(k) || (state.claimed.get(k) ?? i) !== i)) return false;
    markRepeat(state, i);
    return true;
  };
  for (const fits of rounds) {
    // Each pick is the best candidate that fits, a near-repeat of a quote already picked here ("it costs
    // money for the bus" beside "bad weather lol and money for buses") at half its score: it says the
    // same thing twice, so another quote of the theme goes first, but not one that is barely about it.
    // Without near-repeats this is the ranked order.
    while (picked.length < count) {
      let best: Candidate | undefined;
      let bestScore = -Infinity;
      for (const c of ranked) {
        // Ranked by score: nothing further on can beat the best so far.
        if (c.score <= bestScore) break;
        const r = responses[c.index]!;
        if (state.used[c.index] === 1 || state.repeats[c.index] === 1 || people.has(r.participantId)) continue;
        if (kept(c.index)) {
          // Passed over for its section, which is to quote it: its sentences are its own from now on (a copied
          // line quoted under a later theme made it unquotable, and the section, and this theme, quote-less).
          if (!repeated(c.index)) state.claim(c.index, keys(c.index));
          continue;
        }
        if (!fits(r, c.index) || repeated(c.index)) continue;
        const content = contentOf.get(c.index) ?? contentOf.set(c.index, contentWords(r.text)).get(c.index)!;
        const score = shown.some((w) => nearRepeat(content, w)) ? c.score * NEAR_REPEAT_WEIGHT : c.score;
        if (score > bestScore) {
          best = c;
          bestScore = score;
        }
      }
      if (!best) break;
      // A repeat found during the scan may have left the best its section's last answer: looked at again.
      if (kept(best.index)) continue;
      const r = responses[best.index]!;
      for (const k of keys(best.index)) state.usedSentences.add(k);
      shown.push(contentOf.get(best.index)!);
      picked.push(best);
      state.used[best.index] = 1;
      if (state.sectionOf[best.index]! >= 0) state.sectionLeft[state.sectionOf[best.index]!]!--;
      people.add(r.participantId);
      groups.add(groupOf(r));
    }
    if (picked.length >= count) return picked;
  }
  return picked;
}

/**
 * Choose representative quotes for a report.
 *
 * Themes are processed in the order given (pass them in ranking order, so the leading themes get the
 * best quotes), except that a theme already quoted leaves to a later one a response that is among that
 * theme's only candidates and says at least as much about it (or is its sub-theme: `parent` set); and a
 * parent quotes responses that carry none of its sub-themes still to come before any that do, so that
 * each sub-theme has its own quotes where the parent's did not need them all. Then each question, from
 * what is left, each question keeping one answer of its own from the themes where any can be quoted;
 * then the focus groups. For each, candidates are
 * responses that stand alone (at least 6 words, at most a fifth placeholders), scored by centrality
 * (TF-IDF cosine to the centroid of the pool's other responses) times a readable length weight (12–60
 * words best), with negated-only theme mentions halved, one opening mid-thought ("And …", "But …") at 0.85, and so a transcript's turn with words the
 * transcriber could not make out ("[inaudible]"). A quote shows a transcriber's note without its time
 * ("[inaudible]" for "[inaudible 00:12:03]"; see tidyTranscriberMarks). A focus-group turn that only echoes another
 * student ("Same, genius hour is the best part of the week") is never quoted, and a question's or the
 * focus groups' quotes come only from responses that carry a theme where any do. Large pools are capped before any vector work:
 * the centroid comes from an evenly spaced sample of 5,000, and only the 2,000 best candidates by length
 * and negation (ties by a hash of the id) are scored, so cost stays linear. The top 200 by score are
 * chosen greedily for different participants and, where possible, different schools or sources; no
 * response, and no sentence of four or more words, is quoted twice anywhere (copied lines stay single).
 * Long texts are trimmed at sentence boundaries around the evidence. Deterministic: ties go to the
 * smaller response id.
 */
export function selectQuotes(
  corpus: Corpus,
  codings: Coding[],
  themes: { id: string; label: string; parent?: string }[],
  options: QuoteOptions,
): QuoteSelection {
  const perTheme = options.perTheme ?? 3;
  const perQuestion = options.perQuestion ?? 2;
  const responses = corpus.responses;
  const index = options.index ?? indexCodings(responses, codings, themes.map((t) => t.id));
  const responseOf = index.responseOf;
  const participants = new Map(corpus.participants.map((p) => [p.id, p]));
  const sourceKind = new Map(corpus.sources.map((s) => [s.id, s.kind]));
  const attribute = makeAttributor(corpus.participants, options.minCell, options.noun, sourceKind, interviewSources(corpus.sources));
  // The facilitator's question beside a quote, where it plainly names no one (see shown-questions.ts);
  // the attributes' words are gathered on the first such quote (a survey has none), each value once.
  let shown: ((asked: string) => boolean) | undefined;
  const shownQuestion = (asked: string): boolean => {
    shown ??= plainQuestion(attributeWords([...corpus.sources, ...corpus.participants]));
    return shown(asked);
  };
  const groupOf = (r: Response): string => {
    const school = participants.get(r.participantId)?.attributes.school;
    return school ? `school:${school}` : `source:${r.sourceId}`;
  };

  const { themeNumber, themeStart, themeCodings, negatedOnly } = codingsByTheme(codings, index);
  const { first: firstCoding, order: codingsOf } = codingsByResponse(responseOf, responses.length);
  const isCoded = (i: number): boolean => firstCoding[i + 1]! > firstCoding[i]!;

  // One pass over the text: the TF-IDF space and cheap per-response facts (word count, a "[").
  const { space, words, brackets } = scanCorpus(responses);
  // Whether the text can stand alone. Only a text holding "[" can hold a placeholder, so the share is
  // worked out for those alone.
  const alone = new Uint8Array(responses.length);
  // Per response, 1 for a focus-group turn (a transcript's response): known once here, not looked up by
  // source for every response of every pool ranked.
  const turn = new Uint8Array(responses.length);
  // Per response, 1 where the transcriber marks words missing from it (see GAP_WEIGHT).
  const gaps = new Uint8Array(responses.length);
  // Per response, 1 for a written reflection's paragraph that goes on from the one before it: it starts in
  // lower case after a paragraph left unfinished ("… compared to one" over a page break, then "another
  // would lead to greater personalization."; a list's items after its lead-in). Quoted, it starts
  // mid-sentence, so it weighs less and shows its cut.
  const continues = new Uint8Array(responses.length);
  for (let i = 1; i < responses.length; i++) {
    const r = responses[i]!;
    const before = responses[i - 1]!;
    if (before.sourceId !== r.sourceId || before.participantId !== r.participantId || sourceKind.get(r.sourceId) !== 'reflection') continue;
    if (/^\p{Ll}/u.test(r.text.trimStart()) && !SENTENCE_END.test(before.text)) continues[i] = 1;
  }
  // Per response, 1 where it opens mid-thought (see MID_THOUGHT_WEIGHT).
  const midThought = new Uint8Array(responses.length);
  for (let i = 0; i < responses.length; i++) {
    if (MID_THOUGHT.test(responses[i]!.text)) midThought[i] = 1;
    alone[i] = words[i]! >= MIN_WORDS && (brackets[i] === 0 || placeholderShare(responses[i]!.text) <= MAX_PLACEHOLDER_SHARE) ? 1 : 0;
    if (sourceKind.get(responses[i]!.sourceId) === 'transcript') {
      turn[i] = 1;
      if (hasTranscriptionGap(responses[i]!.text)) gaps[i] = 1;
    }
  }
  // The cheap score of each response in the pool being ranked (scratch, overwritten per pool).
  const cheap = new Float64Array(responses.length);
  // Scratch for centrality: the responses of the basis being scored.
  const mark = new Uint8Array(responses.length);
  // Id hashes for tie-breaks in large pools, computed once and only when a pool is large.
  let idHashes: Uint32Array | undefined;
  const hashes = (): Uint32Array => {
    if (!idHashes) {
      idHashes = new Uint32Array(responses.length);
      for (let i = 0; i < responses.length; i++) idHashes[i] = hash(responses[i]!.id);
    }
    return idHashes;
  };
  // The order of the cut in large pools: cheap score, then id hash (see hashes), then index. One function
  // for every pool, answering -1 or 1: a new function per pool, or a difference of hashes past 2^31, sends
  // the optimised selection back to the interpreter, and each return costs a recompilation.
  const byCheapScore = (a: number, b: number): number => {
    if (cheap[a] !== cheap[b]) return cheap[a]! > cheap[b]! ? -1 : 1;
    const h = idHashes!;
    if (h[a] !== h[b]) return h[a]! < h[b]! ? -1 : 1;
    return a - b;
  };
  const state: Chooser = {
    used: new Uint8Array(responses.length),
    quotedParticipants: new Set(),
    usedSentences: new Set(),
    repeats: new Uint8Array(responses.length),
    sectionOf: new Int32Array(responses.length).fill(-1),
    sectionLeft: new Int32Array(corpus.questions.length),
    claimed: new Map(),
    claim: (i, keys) => {
      for (const k of keys) if (!state.claimed.has(k)) state.claimed.set(k, i);
      // The answers a section could quote that repeat a claimed sentence are no longer among those it
      // could: found now, not when a theme next looks at them, so a section is not left counting on one.
      sharers ??= sectionSentences();
      for (const k of keys) {
        for (const j of sharers.get(k) ?? []) {
          if (j !== i && state.used[j] !== 1 && state.repeats[j] !== 1) markRepeat(state, j);
        }
      }
    },
  };
  // Per sentence key, the answers a question's section could quote that hold it: made on the first claim.
  let sharers: Map<string, number[]> | undefined;
  const sectionSentences = (): Map<string, number[]> => {
    const out = new Map<string, number[]>();
    for (let j = 0; j < responses.length; j++) {
      if (state.sectionOf[j]! < 0) continue;
      for (const k of new Set(sentenceKeys(responses[j]!.text))) (out.get(k) ?? out.set(k, []).get(k)!).push(j);
    }
    return out;
  };

  /** Rank a pool; `factor` weighs a response up or down for reasons of its own (negation, an echo), or leaves it out (0). */
  const rank = (pool: number[], factor: (i: number) => number): Candidate[] => {
    // One pass over the pool, no intermediate list: a question's pool is every answer to it.
    let eligible: number[] = [];
    for (const i of pool) {
      if (alone[i] === 0 || state.used[i] === 1) continue;
      cheap[i] = lengthWeight(words[i]!) * factor(i) * (gaps[i] === 1 ? GAP_WEIGHT : 1) * (continues[i] === 1 ? CONTINUATION_WEIGHT : 1) * (midThought[i] === 1 ? MID_THOUGHT_WEIGHT : 1);
      // A factor of 0 leaves a response out.
      if (cheap[i]! > 0) eligible.push(i);
    }
    if (eligible.length > SCORED_CAP) {
      hashes(); // for byCheapScore
      // Only which candidates make the cut matters (they are ranked by score below), so select, not sort.
      eligible = selectFirst(eligible, SCORED_CAP, byCheapScore);
    }
    const central = centrality(space, evenSample(pool, CENTROID_SAMPLE), eligible, mark);
    const ranked = eligible.map((i, k) => ({ index: i, score: (0.25 + central[k]!) * cheap[i]! }));
    return ranked.sort(compareCandidates(responses)).slice(0, POOL_CAP);
  };

  /** Quotes for the picked candidates, each trimmed around `focusOf` (a UTF-16 index) where long. */
  const toQuotes = (picked: Candidate[], focusOf: (i: number) => number | undefined): Quote[] =>
    picked.map((c) => {
      const r = responses[c.index]!;
      state.quotedParticipants.add(r.participantId);
      const text = trimQuote(r.text, focusOf(c.index) ?? 0);
      return {
        responseId: r.id,
        text: continues[c.index] === 1 && !text.startsWith('…') ? `… ${text}` : text,
        attribution: attribute(participants.get(r.participantId), sourceKind.get(r.sourceId) === 'transcript' ? r.sourceId : undefined),
        ...(r.asked !== undefined && shownQuestion(r.asked) ? { asked: r.asked } : {}),
      };
    });

  /** Earliest evidence of the codings at `from` … `to` - 1 of `order` (coding indices), as a UTF-16 index. */
  const firstEvidence = (i: number, order: ArrayLike<number>, from: number, to: number): number | undefined => {
    let best: number | undefined;
    for (let j = from; j < to; j++) for (const e of codings[order[j]!]!.evidence) if (best === undefined || e.start < best) best = e.start;
    return best === undefined ? undefined : utf16Index(responses[i]!.text, best);
  };

  // A focus-group turn that only agrees with another student's point ("Same, genius hour is the best part
  // of the week", "Like she said, it's the choosing") is never quoted: the point is better quoted from
  // whoever made it, and a theme or section with nothing else shows fewer quotes. 0 for such a turn, else 1.
  // Per response, 1 for an echo and 2 for none once known: a turn is looked at for a theme, a section's count and its quotes.
  const echoes = new Uint8Array(responses.length);
  const echoWeight = (i: number): number => {
    if (turn[i] === 0) return 1;
    if (echoes[i] !== 0) return echoes[i] === 1 ? 0 : 1;
    const evidenceOf = (): string[] => {
      const evidence: string[] = [];
      for (let j = firstCoding[i]!; j < firstCoding[i + 1]!; j++) for (const e of codings[codingsOf[j]!]!.evidence) evidence.push(e.text);
      return evidence;
    };
    echoes[i] = echoesPeer(responses, i, evidenceOf) ? 1 : 2;
    return echoes[i] === 1 ? 0 : 1;
  };

  // A theme with no more candidates than it has quotes to show needs every one of them: a theme before
  // it in the order leaves it one that says more about it (more pieces of evidence, or as many) once it
  // has a quote of its own. Otherwise a reflection's paragraph on stress and a friend's anxiety went to
  // timetables for "not just for scheduling", and mental health had no quote. Per response in such a
  // theme's pool: the theme's position in `themes` and its evidence there. A theme's codings are read only
  // until it shows more candidates than it has quotes.
  const neededBy = new Map<number, { position: number; evidence: number }[]>();
  themes.forEach((theme, position) => {
    const t = themeNumber.get(theme.id);
    if (t === undefined) return;
    const few: { i: number; evidence: number }[] = [];
    for (let j = themeStart[t]!; j < themeStart[t + 1]!; j++) {
      const k = themeCodings[j]!;
      const i = responseOf[k]!;
      if (alone[i] === 0 || few.some((f) => f.i === i) || echoWeight(i) === 0) continue;
      few.push({ i, evidence: codings[k]!.evidence.length });
      if (few.length > perTheme) return;
    }
    for (const { i, evidence } of few) (neededBy.get(i) ?? neededBy.set(i, []).get(i)!).push({ position, evidence });
  });
  // Per theme position, the sub-themes quoted after it. A parent's coding carries its sub-theme's evidence
  // and any of its own, so it always says at least as much: the comparison of evidence would hand every
  // response a sub-theme needs to the parent, which is quoted first.
  const subThemes = subThemesAfter(themes);
  /** Whether response i, carrying the theme at `position` by `evidence` pieces, is left to a theme after it. */
  const leftToLater = (i: number, position: number, evidence: number): boolean =>
    neededBy.get(i)?.some((n) => n.position > position && (n.evidence >= evidence || subThemes[position]!.has(themes[n.position]!.id))) ?? false;
  /** Whether response i carries a sub-theme of the theme at `position` still to be quoted: the parent quotes it last. */
  const ofLaterSubTheme = (i: number, position: number): boolean => {
    const later = subThemes[position]!;
    for (let j = firstCoding[i]!; j < firstCoding[i + 1]!; j++) if (later.has(codings[codingsOf[j]!]!.themeId)) return true;
    return false;
  };

  // Question and focus-group quotes illustrate what was said. Where some of a pool's responses carry a
  // theme, only those are quoted: once the themes have taken the best of them, what carries none is
  // what is left ("This was fun. We should do this every year.", "The barriers, yeah. I mean, the
  // barriers are kind of everything."). A pool none of whose responses carry a theme (a question the
  // codebook does not reach) is quoted from all of them.
  const answerWeight = (pool: readonly number[]): ((i: number) => number) => {
    const anyCoded = pool.some(isCoded);
    return (i) => (anyCoded && !isCoded(i) ? 0 : echoWeight(i));
  };
  const anyEvidence = (i: number): number | undefined => firstEvidence(i, codingsOf, firstCoding[i]!, firstCoding[i + 1]!);

  const questionQuotes: Record<string, Quote[]> = {};
  const byQuestion = new Map<string, number[]>();
  const transcriptPool: number[] = [];
  responses.forEach((r, i) => {
    if (r.questionId !== undefined) (byQuestion.get(r.questionId) ?? byQuestion.set(r.questionId, []).get(r.questionId)!).push(i);
    else if (sourceKind.get(r.sourceId) === 'transcript') transcriptPool.push(i);
  });
  // A question's section keeps at least one quote where any of its answers can be quoted: the themes,
  // quoted first, take the best answers, and in a small survey they took every one, leaving "What else
  // could schools do?" with figures and no student's words. Per answer the question's section could
  // quote, the question (its index in corpus.questions), and per question how many of those are still
  // unquoted; a theme leaves a question its last one, even where the theme has nothing else: the theme's
  // section then says where its response is quoted, while a question's would have had no quote at all
  // (a forum's "What does it look like in your classroom?" lost its last answer to a theme of one). A theme
  // that passes such an answer over claims its sentences for it (see Chooser.claimed): a copied line
  // quoted under a later theme made it unquotable, the question had no quote, and the theme's section said
  // its one response "could not be quoted on its own".
  const sections = corpus.questions.map((q) => byQuestion.get(q.id) ?? []);
  for (let k = 0; k < sections.length; k++) {
    const weight = answerWeight(sections[k]!);
    for (const i of sections[k]!) {
      if (alone[i] === 0 || weight(i) === 0) continue;
      state.sectionOf[i] = k;
      state.sectionLeft[k]!++;
    }
  }
  const keptForSection = (i: number): boolean => state.sectionOf[i]! >= 0 && state.sectionLeft[state.sectionOf[i]!]! <= 1;

  const themeQuotes: Record<string, Quote[]> = {};
  // Per response, the index of its coding with the theme at hand (scratch, set per theme for its pool).
  const codingAt = new Int32Array(responses.length);
  themes.forEach((theme, position) => {
    const t = themeNumber.get(theme.id);
    // A theme none of whose codings is of a response has nothing to quote.
    if (t === undefined || themeStart[t] === themeStart[t + 1]) return;
    const pool = codedResponses(themeCodings, themeStart[t]!, themeStart[t + 1]!, responseOf, codingAt);
    const ranked = rank(pool, (i) => (negatedOnly[codingAt[i]!] === 1 ? 0.5 : 1) * echoWeight(i));
    const reserved = (i: number): boolean => leftToLater(i, position, codings[codingAt[i]!]!.evidence.length);
    // A parent quotes its own responses first, leaving its sub-themes' to their own sections, where they
    // would otherwise have none: the parent is ranked, and quoted, before them.
    const deferred = subThemes[position]!.size > 0 ? (i: number) => ofLaterSubTheme(i, position) : undefined;
    const quotes = toQuotes(choose(ranked, perTheme, responses, groupOf, state, reserved, deferred, keptForSection), (i) => firstEvidence(i, codingAt, i, i + 1));
    if (quotes.length > 0) themeQuotes[theme.id] = quotes;
  });

  for (const q of corpus.questions) {
    const pool = byQuestion.get(q.id);
    if (!pool) continue;
    const quotes = toQuotes(choose(rank(pool, answerWeight(pool)), perQuestion, responses, groupOf, state), anyEvidence);
    if (quotes.length > 0) questionQuotes[q.id] = quotes;
  }

  // Focus groups are told apart by source: two quotes from two different groups where there are two.
  const bySource = (r: Response): string => `source:${r.sourceId}`;
  const focusGroups = transcriptPool.length > 0 ? toQuotes(choose(rank(transcriptPool, answerWeight(transcriptPool)), perQuestion, responses, bySource, state), anyEvidence) : [];

  // The scratch arrays' memory goes now, not whenever the garbage collector next looks at the old
  // generation (perhaps never in a run): the report is written next.
  releaseVectorSpace(space);
  releaseMemory(words, brackets, alone, turn, gaps, continues, midThought, cheap, mark, state.used, state.repeats, state.sectionOf, state.sectionLeft, echoes, negatedOnly, themeCodings, codingAt, firstCoding, codingsOf, idHashes);
  return { themes: themeQuotes, questions: questionQuotes, focusGroups };
}
