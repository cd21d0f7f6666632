// Whether a facilitator's question may be shown beside a quote that answers it (see corpus/asked.ts). It
// was de-identified as every text is, but a name the folder gave no cue for ("Did you and Kiara both pick
// robotics?") stays in it; in analysis.json a person reads it with the rest, while the report, which is
// shared, shows the question only where every capitalised word in it is plainly no one's name. Pure.
import { mayBeName } from '../util/given-names.js';
import { neverName } from '../util/names.js';

// A capitalised word, to its end: "Kiara", "McKay", "Willoughby".
const CAPITALISED = /\p{Lu}[\p{Ll}\p{M}]+[\p{L}\p{M}]*/gu;

/**
 * A test of the questions that may be shown: every capitalised word in one is a word of `described`
 * (the folder's attribute values, lower case: its schools and programs, "Willoughby", "Pathways"), a
 * function word or other word never a name ("What", "Will"), or an English word that is no listed given
 * name ("Some", "Let"); so "Jordan", "Grace" and "Kiara" keep a question out of the report.
 */
export function plainQuestion(described: ReadonlySet<string>): (asked: string) => boolean {
  return (asked) => {
    for (const [word] of asked.matchAll(CAPITALISED)) {
      const key = word.toLowerCase();
      if (described.has(key) || neverName(key)) continue;
      if (mayBeName(key)) return false;
    }
    return true;
  };
}
