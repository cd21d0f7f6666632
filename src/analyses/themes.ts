// Counts how often each theme occurs: per theme across all student responses and participants, and per
// sheet question. Quotes are filled in later by the quotes analysis.
import type { Codebook, Coding, Corpus, QuestionSummary, ThemeSummary } from '../model.js';
import { indexCodings, type CodingIndex } from './participation.js';
import { roundRatio } from '../util/percent.js';

/**
 * Percent with one decimal, halves away from zero as everywhere else in the report ({@link roundRatio});
 * null when the denominator is 0: of no responses or no students there is no share, and a 0 there read
 * as "none of them" (themes.csv wrote `0` beside a denominator of 0). Rounding the float part / whole ×
 * 1000 turned 201 of 400 (50.25%) into 50.2 while the crosstab wrote 50.3 for the same share.
 */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : roundRatio(part * 100, whole, 1);
}

/**
 * One summary per codebook theme, ranked by participants, then responses, then codebook order, so
 * the order is stable. Themes no response carries are kept (with zeros): absence is a result too.
 * `index`: the codings resolved against the corpus's responses and the codebook's theme ids, to reuse.
 */
export function summariseThemes(corpus: Corpus, codebook: Codebook, codings: Coding[], index?: CodingIndex): ThemeSummary[] {
  const responses = corpus.responses;
  const students = corpus.participants.filter((p) => p.role === 'student').length;
  const themeIds = codebook.themes.map((t) => t.id);
  const { themeOf, responseOf: resolved, duplicate } = index ?? indexCodings(responses, codings, themeIds);
  // Participants as dense indices (first appearance), so each theme's participants are a bit per person.
  const personIndex = new Map<string, number>();
  const personOf = new Int32Array(responses.length).fill(-1);
  // A person's answers come one after another: the id is looked up once per run of them.
  let lastId: string | undefined;
  let p = -1;
  for (let i = 0; i < responses.length; i++) {
    const id = responses[i]!.participantId;
    if (!id) continue;
    if (id !== lastId) {
      lastId = id;
      p = personIndex.get(id) ?? personIndex.set(id, personIndex.size).size - 1;
    }
    personOf[i] = p;
  }
  const responseCounts = new Array<number>(themeIds.length).fill(0);
  const participantCounts = new Array<number>(themeIds.length).fill(0);
  const seenPerson = themeIds.map(() => new Uint8Array(personIndex.size));
  // Codings naming no known response still count as responses (by id), as a set of ids would.
  const unknown = themeIds.map(() => new Set<string>());
  for (let k = 0; k < codings.length; k++) {
    const t = themeOf[k]!;
    if (t < 0) continue;
    const r = resolved[k]!;
    if (r < 0) {
      unknown[t]!.add(codings[k]!.responseId);
      continue;
    }
    if (duplicate[k]) continue;
    responseCounts[t]! += 1;
    const p = personOf[r]!;
    if (p >= 0 && seenPerson[t]![p] === 0) {
      seenPerson[t]![p] = 1;
      participantCounts[t]! += 1;
    }
  }
  const order = new Map(codebook.themes.map((t, i) => [t.id, i]));
  return codebook.themes
    .map((t) => {
      // A theme id listed twice shares one set of counts, as codings name themes by id.
      const i = order.get(t.id)!;
      const n = responseCounts[i]! + unknown[i]!.size;
      const participants = participantCounts[i]!;
      return {
        themeId: t.id,
        label: t.label,
        responses: n,
        participants,
        percentResponses: percent(n, responses.length),
        percentParticipants: percent(participants, students),
        quotes: [],
      };
    })
    .sort((a, b) => b.participants - a.participants || b.responses - a.responses || order.get(a.themeId)! - order.get(b.themeId)!);
}

/**
 * Per sheet question: how many answered, and the themes of their answers, most frequent first.
 * `index`: as for {@link summariseThemes}.
 */
export function summariseQuestions(corpus: Corpus, codebook: Codebook, codings: Coding[], index?: CodingIndex): QuestionSummary[] {
  const responses = corpus.responses;
  const themeIds = codebook.themes.map((t) => t.id);
  const { themeOf, responseOf } = index ?? indexCodings(responses, codings, themeIds);
  const order = new Map(codebook.themes.map((t, i) => [t.id, i]));
  // Questions as dense indices (a question id listed twice is one question, as its answers name it by id).
  const questionIndex = new Map(corpus.questions.map((q, i) => [q.id, i]));
  const questionOf = new Int32Array(responses.length).fill(-1);
  const answered = new Int32Array(corpus.questions.length);
  const bare = new Map<string, { yes: number; no: number }>();
  // A bare "no" to "What did you learn from the career fair?" declines to answer; only to a question asked
  // yes or no ("Do you have enough choice? Why or why not?") is it a no.
  const yesOrNo = new Set(corpus.questions.filter((q) => asksYesOrNo(q.text)).map((q) => q.id));
  for (let i = 0; i < responses.length; i++) {
    const r = responses[i]!;
    if (r.questionId === undefined) continue;
    const q = questionIndex.get(r.questionId);
    if (q === undefined) continue;
    questionOf[i] = q;
    answered[q]!++;
    if (!yesOrNo.has(r.questionId)) continue;
    const yesNo = bareYesNo(r.text);
    if (yesNo === undefined) continue;
    const c = bare.get(r.questionId) ?? { yes: 0, no: 0 };
    c[yesNo]++;
    bare.set(r.questionId, c);
  }
  // Per question and theme, its codings; per question, its themes in order of first appearance (the sort
  // below is stable): a codebook theme by its index, a theme the codebook lacks by its id.
  const themeCount = themeIds.length;
  const counts = new Int32Array(corpus.questions.length * themeCount);
  const appeared: (number | string)[][] = corpus.questions.map(() => []);
  const unknown = new Map<number, Map<string, number>>();
  for (let k = 0; k < responseOf.length; k++) {
    const r = responseOf[k]!;
    const q = r < 0 ? -1 : questionOf[r]!;
    if (q < 0) continue;
    const t = themeOf[k]!;
    if (t >= 0) {
      if (counts[q * themeCount + t]!++ === 0) appeared[q]!.push(t);
      continue;
    }
    const themeId = codings[k]!.themeId;
    const perTheme = unknown.get(q) ?? unknown.set(q, new Map()).get(q)!;
    const c = perTheme.get(themeId) ?? 0;
    if (c === 0) appeared[q]!.push(themeId);
    perTheme.set(themeId, c + 1);
  }
  return corpus.questions.map((question) => {
    const q = questionIndex.get(question.id)!;
    const n = answered[q]!;
    const themes = appeared[q]!
      .map((key) => {
        const themeId = typeof key === 'number' ? themeIds[key]! : key;
        const c = typeof key === 'number' ? counts[q * themeCount + key]! : unknown.get(q)!.get(key)!;
        // A theme counted under a question was counted in one of its answers, so n > 0 and the share is defined.
        return { themeId, responses: c, percent: roundRatio(c * 100, n, 1) };
      })
      .sort((a, b) => b.responses - a.responses || (order.get(a.themeId) ?? 0) - (order.get(b.themeId) ?? 0));
    const yesNo = bare.get(question.id);
    return { questionId: question.id, text: question.text, responses: n, themes, ...(yesNo ? { bareYesNo: yesNo } : {}), quotes: [] };
  });
}

const BARE_YES = /^(?:yes|yeah|yep|yup|y|sure|definitely|absolutely)[.!]*$/i;
const BARE_NO = /^(?:no|nope|nah|n|not really|never)[.!]*$/i;

// A question one answers yes or no opens with a verb: "Do you …?", "Is there …?", "Have you ever …?".
const YES_NO_QUESTION = /^(?:do|does|did|are|is|was|were|have|has|had|can|could|would|will|should|shall|may|might)\b[^?]*\?/i;

/** Whether one of a question's sentences asks yes or no ("What helps? Do you get enough of it?"). */
function asksYesOrNo(text: string): boolean {
  return text
    .split(/(?<=[.?!:])\s+/)
    .some((sentence) => YES_NO_QUESTION.test(sentence.replace(/^(?:q(?:uestion)?\s*)?\d+[a-z]?\s*[.):-]\s*/i, '')));
}

/** Whether an answer is a bare yes or a bare no ("Yes.", "nope"), and which; undefined for anything else. */
function bareYesNo(text: string): 'yes' | 'no' | undefined {
  if (text.length > 12) return undefined;
  const t = text.trim();
  return BARE_YES.test(t) ? 'yes' : BARE_NO.test(t) ? 'no' : undefined;
}
