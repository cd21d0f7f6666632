// Counts how often each theme occurs: per theme across all student responses and participants, and per
// sheet question. Quotes are filled in later by the quotes analysis.
import type { Codebook, Coding, Corpus, QuestionSummary, ThemeSummary } from '../model.js';
import { codingResponseIndex, codingThemeIndex, duplicateCodings } from './participation.js';
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
 */
export function summariseThemes(corpus: Corpus, codebook: Codebook, codings: Coding[], responseOf?: Int32Array): ThemeSummary[] {
  const responses = corpus.responses;
  const students = corpus.participants.filter((p) => p.role === 'student').length;
  const themeIds = codebook.themes.map((t) => t.id);
  const themeOf = codingThemeIndex(themeIds, codings);
  const resolved = responseOf ?? codingResponseIndex(responses, codings);
  const duplicate = duplicateCodings(themeOf, resolved, themeIds.length);
  // Participants as dense indices (first appearance), so each theme's participants are a bit per person.
  const personIndex = new Map<string, number>();
  const personOf = new Int32Array(responses.length).fill(-1);
  for (let i = 0; i < responses.length; i++) {
    const id = responses[i]!.participantId;
    if (!id) continue;
    let p = personIndex.get(id);
    if (p === undefined) personIndex.set(id, (p = personIndex.size));
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

/** Per sheet question: how many answered, and the themes of their answers, most frequent first. */
export function summariseQuestions(corpus: Corpus, codebook: Codebook, codings: Coding[], responseOf?: Int32Array): QuestionSummary[] {
  const responses = corpus.responses;
  const resolved = responseOf ?? codingResponseIndex(responses, codings);
  const order = new Map(codebook.themes.map((t, i) => [t.id, i]));
  const answered = new Map<string, number>();
  const bare = new Map<string, { yes: number; no: number }>();
  // A bare "no" to "What did you learn from the career fair?" declines to answer; only to a question asked
  // yes or no ("Do you have enough choice? Why or why not?") is it a no.
  const yesOrNo = new Set(corpus.questions.filter((q) => asksYesOrNo(q.text)).map((q) => q.id));
  for (const r of responses) {
    if (r.questionId === undefined) continue;
    answered.set(r.questionId, (answered.get(r.questionId) ?? 0) + 1);
    if (!yesOrNo.has(r.questionId)) continue;
    const yesNo = bareYesNo(r.text);
    if (yesNo === undefined) continue;
    const c = bare.get(r.questionId) ?? { yes: 0, no: 0 };
    c[yesNo]++;
    bare.set(r.questionId, c);
  }
  // Per question, theme → codings, in order of first appearance (the sort below is stable).
  const counts = new Map<string, Map<string, number>>(corpus.questions.map((q) => [q.id, new Map()]));
  for (let k = 0; k < codings.length; k++) {
    const r = resolved[k]!;
    const questionId = r < 0 ? undefined : responses[r]!.questionId;
    const perTheme = questionId === undefined ? undefined : counts.get(questionId);
    if (!perTheme) continue;
    const themeId = codings[k]!.themeId;
    perTheme.set(themeId, (perTheme.get(themeId) ?? 0) + 1);
  }
  return corpus.questions.map((q) => {
    const n = answered.get(q.id) ?? 0;
    const themes = [...counts.get(q.id)!.entries()]
      // A theme counted under a question was counted in one of its answers, so n > 0 and the share is defined.
      .map(([themeId, c]) => ({ themeId, responses: c, percent: roundRatio(c * 100, n, 1) }))
      .sort((a, b) => b.responses - a.responses || (order.get(a.themeId) ?? 0) - (order.get(b.themeId) ?? 0));
    const yesNo = bare.get(q.id);
    return { questionId: q.id, text: q.text, responses: n, themes, ...(yesNo ? { bareYesNo: yesNo } : {}), quotes: [] };
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
