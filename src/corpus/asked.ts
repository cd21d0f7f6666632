// What a facilitator asked: the question in their turn, which the students' turns after it answer until
// the facilitator asks another (README, "responses.csv"). "Fair enough." or "Thanks, Ava." asks nothing,
// so the question before it still stands.

// A sentence: up to its end mark, with any closing quotes or brackets, or to the text's end.
const SENTENCE = /[^.!?…]+(?:[.!?…]+["”’')\]]*|$)/gu;
// A full stop that ends a title, an initial or a short form, not a sentence ("Ms. [name]'s class?", "e.g. Fridays").
const NOT_AN_END = /(?:^|[\s(.])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sr|St|Mt|vs|etc|approx|\p{L})\.$/iu;
const QUESTION = /\?["”’')\]]*$/u;
// "Tell me about …", "So, describe …", "Now think of a time …": a prompt that asks without a question mark.
const IMPERATIVE =
  /^(?:(?:so|okay|ok|now|and|next|finally|lastly|alright|all right|right|well|last one|one more)\b[\s,:;—–-]*)*(?:tell|describe|talk|share|explain|walk|give|name|list|think|imagine|picture|let['’]s talk|i['’]d (?:like|love) (?:to hear|you to)|i want (?:to hear|you to))\b/i;
// What opens a nod to the last answer rather than the setting of the next question.
const ACKNOWLEDGES =
  /^(?:thanks?|thank you|ok(?:ay)?|great|good|fair enough|right|cool|awesome|interesting|wow|yes|yeah|yep|sure|perfect|nice|alright|all right|i see|got it|mm+|hm+|uh|um|love that|that['’]s)\b/i;
// A question this short ("Do you get to decide things here?") takes the sentence that sets it up, if any.
const SHORT_QUESTION = 8;
const SETTING_UP = 4;

function words(sentence: string): number {
  return sentence.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0;
}

/** The text's sentences, trimmed; a title's or short form's full stop does not end one. */
function sentences(text: string): string[] {
  const out: string[] = [];
  let carry = '';
  for (const m of text.matchAll(SENTENCE)) {
    const s = (carry + m[0]).trim();
    if (NOT_AN_END.test(s)) {
      carry = `${carry}${m[0]}`;
      continue;
    }
    carry = '';
    if (words(s) > 0) out.push(s);
  }
  if (words(carry) > 0) out.push(carry.trim());
  return out;
}

/**
 * The question a facilitator's turn asks, in their words: its sentences from the first question to the
 * last ("Fair enough. What about technology, does that help you?" → "What about technology, does that
 * help you?"), with the sentence before a short question that sets it up ("At the conference, some
 * students said they want a say. Do you get to decide things here?"), or, with no question mark, a prompt
 * such as "Tell me about a teacher who helped you." to the turn's end. Undefined where it asks nothing.
 */
export function questionAsked(text: string): string | undefined {
  const parts = sentences(text.replace(/\s+/g, ' '));
  let from = parts.findIndex((s) => QUESTION.test(s));
  let to = parts.length - 1;
  if (from >= 0) {
    while (!QUESTION.test(parts[to]!)) to--;
    const before = parts[from - 1];
    if (before !== undefined && words(parts[from]!) < SHORT_QUESTION && words(before) >= SETTING_UP && !ACKNOWLEDGES.test(before)) from--;
  } else {
    from = parts.findIndex((s) => IMPERATIVE.test(s));
    if (from < 0) return undefined;
  }
  return parts.slice(from, to + 1).join(' ');
}

// A turn's words that end partway through a sentence: no end mark (a colon introduces what follows, as one does).
const ENDS_SENTENCE = /[.!?…:]["”’')\]]*$/u;
// The next turn's words taking the sentence up: a word in lower case, as a caption cue cut mid-sentence goes on.
const GOES_ON = /^["“‘'(]*\p{Ll}/u;

/**
 * Where the facilitator's words that the last of `texts` ends begin: `texts` are one run of the
 * facilitator's consecutive turns (no one else spoke between them), the last the turn just spoken, and
 * the index returned is that of the first turn whose sentence runs on into it, as caption cues cut a
 * sentence ("And if you could change one thing about the" + "schedule, what would it be?"). A turn that
 * ends its sentence ("OK, next one.") is no part of the question after it, so the question a run of turns
 * asks is its last question, not the first.
 */
export function sentenceStart(texts: readonly string[]): number {
  let k = texts.length - 1;
  while (k > 0 && !ENDS_SENTENCE.test(texts[k - 1]!.trim()) && GOES_ON.test(texts[k]!.trim())) k--;
  return Math.max(k, 0);
}
