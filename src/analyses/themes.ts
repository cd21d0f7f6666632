// Counts how often each theme occurs: per theme across all student responses and participants, and per
// sheet question. Quotes are filled in later by the quotes analysis.
import type { Codebook, Coding, Corpus, QuestionSummary, ThemeSummary } from '../model.js';

/** Percent with one decimal; 0 when the denominator is 0. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;
}

/**
 * One summary per codebook theme, ranked by participants, then responses, then codebook order, so
 * the order is stable. Themes no response carries are kept (with zeros): absence is a result too.
 */
export function summariseThemes(corpus: Corpus, codebook: Codebook, codings: Coding[]): ThemeSummary[] {
  const participantOf = new Map(corpus.responses.map((r) => [r.id, r.participantId]));
  const students = corpus.participants.filter((p) => p.role === 'student').length;
  const byTheme = new Map<string, { responses: Set<string>; participants: Set<string> }>();
  for (const c of codings) {
    let entry = byTheme.get(c.themeId);
    if (!entry) byTheme.set(c.themeId, (entry = { responses: new Set(), participants: new Set() }));
    entry.responses.add(c.responseId);
    const p = participantOf.get(c.responseId);
    if (p) entry.participants.add(p);
  }
  const order = new Map(codebook.themes.map((t, i) => [t.id, i]));
  return codebook.themes
    .map((t) => {
      const e = byTheme.get(t.id);
      const responses = e?.responses.size ?? 0;
      const participants = e?.participants.size ?? 0;
      return {
        themeId: t.id,
        label: t.label,
        responses,
        participants,
        percentResponses: percent(responses, corpus.responses.length),
        percentParticipants: percent(participants, students),
        quotes: [],
      };
    })
    .sort((a, b) => b.participants - a.participants || b.responses - a.responses || order.get(a.themeId)! - order.get(b.themeId)!);
}

/** Per sheet question: how many answered, and the themes of their answers, most frequent first. */
export function summariseQuestions(corpus: Corpus, codebook: Codebook, codings: Coding[]): QuestionSummary[] {
  const questionOf = new Map(corpus.responses.map((r) => [r.id, r.questionId]));
  const order = new Map(codebook.themes.map((t, i) => [t.id, i]));
  return corpus.questions.map((q) => {
    const responses = corpus.responses.filter((r) => r.questionId === q.id).length;
    const counts = new Map<string, number>();
    for (const c of codings) if (questionOf.get(c.responseId) === q.id) counts.set(c.themeId, (counts.get(c.themeId) ?? 0) + 1);
    const themes = [...counts.entries()]
      .map(([themeId, n]) => ({ themeId, responses: n, percent: percent(n, responses) }))
      .sort((a, b) => b.responses - a.responses || (order.get(a.themeId) ?? 0) - (order.get(b.themeId) ?? 0));
    return { questionId: q.id, text: q.text, responses, themes, quotes: [] };
  });
}
