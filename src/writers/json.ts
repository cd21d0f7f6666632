// analysis.json: the whole Analysis for pipes and other programs, with participants' names removed.
import type { Analysis } from '../model.js';

/** The analysis as pretty-printed JSON (schema: README, "analysis.json"); never includes names. */
export function writeJson(analysis: Analysis): string {
  const participants = analysis.corpus.participants.map(({ name: _name, ...rest }) => rest);
  const safe = { ...analysis, corpus: { ...analysis.corpus, participants } };
  return `${JSON.stringify(safe, null, 2)}\n`;
}
