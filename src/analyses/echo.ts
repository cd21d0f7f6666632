// Echo turns in a focus group: a student agreeing with what another has just said ("Same, genius hour
// is the best part of the week"), whose words are not their own point and make a poor quote.
import type { Response } from '../model.js';

// Cues that say in so many words that the point is someone else's.
const OTHERS_POINT = String.raw`same(?: here| with me)?|ditto|me too|i agree(?: with (?:\[name\]|her|him|them|that|you|everyone|everybody))?|(?:like|what|as) (?:she|he|they|you|\[name\]) said`;
const CUE = String.raw`(?:${OTHERS_POINT}|yeah|yea|yah|ya|yes|yep|yup|exactly|totally|true|right|agreed|for sure|definitely|mm+[- ]?hm+|uh[- ]huh|that's (?:so )?(?:true|real|right))(?![\p{L}\p{N}'’])`;
// An opening of agreement, possibly several ("Yeah, same."): each cue is set off by punctuation, comes
// before another cue, or is all there is; so "Right now we …" and "Same thing happens …" agree with no one.
const AGREEMENT = new RegExp(String.raw`^(?:${CUE}(?:\s*[,.!?…:;—–-]+\s*|\s+(?=${CUE})|\s*$))+`, 'iu');
const SAYS_SO = new RegExp(String.raw`(?:^|[\s,.!…:;—–-])(?:${OTHERS_POINT})(?![\p{L}\p{N}'’])`, 'iu');
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|\[[a-z]+\]/gu;
// A turn that adds this many words of its own after agreeing says something of its own.
const OWN_WORDS = 12;
// How many turns back an echoed point may have been made.
const LOOK_BACK = 2;

/**
 * Whether transcript turn `i` echoes another student: it opens by agreeing ("Same", "Yeah", "Like she
 * said", "I agree with [name]"), adds fewer than 12 words of its own, and either says outright that the
 * point is someone else's ("same", "me too", "like she said") or repeats what one of the two turns
 * before it, by other students of the same source, said: every piece of `evidence` (the matched words of
 * its themes, asked for only when needed) is in one of them. A turn with no evidence echoes only by
 * saying so. Looks at no more than two neighbouring turns, so it costs a constant per turn.
 */
export function echoesPeer(responses: readonly Response[], i: number, evidenceOf: () => readonly string[]): boolean {
  const r = responses[i]!;
  const text = r.text.trimStart();
  const opening = AGREEMENT.exec(text);
  if (!opening) return false;
  if ((text.slice(opening[0].length).match(WORD)?.length ?? 0) >= OWN_WORDS) return false;
  if (SAYS_SO.test(opening[0])) return true;
  const evidence = evidenceOf();
  if (evidence.length === 0) return false;
  for (let back = 1; back <= LOOK_BACK; back++) {
    const before = responses[i - back];
    if (!before || before.sourceId !== r.sourceId) break;
    if (before.participantId === r.participantId) continue;
    const said = before.text.toLowerCase();
    if (evidence.every((e) => said.includes(e.toLowerCase()))) return true;
  }
  return false;
}
