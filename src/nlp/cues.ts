// Words that mark a mention as negated or hypothetical, and words that start a new clause for that
// purpose. Kept small and explicit: each one changes how evidence is flagged.

/** Negation cues looked for a few words before a mention (plus every word ending in n't). */
export const NEGATION_CUES = ['not', 'never', 'no', 'without', 'hardly', 'barely', 'cannot', 'nobody', 'nothing', 'none', 'neither', 'nor', 'nowhere', 'rarely', 'seldom', 'lacking'];

/** Hypothetical cues before a mention in the same sentence (plus every `…'d`: I'd, we'd). */
export const HYPOTHETICAL_BEFORE = ['if', 'unless', 'would', 'could', 'should', 'might', 'wish', 'wishes', 'wished', 'hope', 'hopefully', 'imagine', 'suppose', 'supposing', 'ideally', 'maybe', 'perhaps'];

/** Modal cues right after a mention ("smaller classes would help"). */
export const HYPOTHETICAL_AFTER = ['would', 'could', 'should', 'might'];

/** Words that end the reach of a cue, as a comma does ("I'm not sure but stress …"). */
export const CLAUSE_WORDS = ['but', 'however', 'although', 'though', 'whereas', 'except', 'yet'];

export const FLAG_NEGATION = 1;
export const FLAG_HYPOTHETICAL_BEFORE = 2;
export const FLAG_HYPOTHETICAL_AFTER = 4;
export const FLAG_CLAUSE = 8;

const negation = new Set(NEGATION_CUES);
const before = new Set(HYPOTHETICAL_BEFORE);
const after = new Set(HYPOTHETICAL_AFTER);
const clause = new Set(CLAUSE_WORDS);

/** The cue flags of one lower-cased word. */
export function cueFlags(word: string): number {
  let f = 0;
  if (negation.has(word) || word.endsWith("n't")) f |= FLAG_NEGATION;
  else {
    if (before.has(word) || (word.endsWith("'d") && word.length > 2)) f |= FLAG_HYPOTHETICAL_BEFORE;
    if (after.has(word)) f |= FLAG_HYPOTHETICAL_AFTER;
  }
  if (clause.has(word)) f |= FLAG_CLAUSE;
  return f;
}

/** How many words before a mention a negation cue may stand. */
export const NEGATION_WINDOW = 4;
/** How many words before a mention a hypothetical cue may stand (same sentence). */
export const HYPOTHETICAL_WINDOW = 12;
/** How many words after a mention a modal may stand. */
export const MODAL_WINDOW = 3;
