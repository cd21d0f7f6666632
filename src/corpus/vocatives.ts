// Names a facilitator calls students by ("Kiara, what about you?", "What about you, Tomasz?", "Thanks,
// Dev."). Where the speakers are labelled S1, S2 … or by a name the facilitator shortens, a name said to a
// student is known from nowhere else, and a facilitator's question is shown beside the quotes that answer
// it (see asked.ts). Pure.
import { mayBeName } from '../util/given-names.js';
import { CAP_WORD, looksLikeName, nounLooking } from '../util/name-words.js';

// A name called at a sentence's start, before a comma and the words it opens ("Kiara, what …").
const OPENING = new RegExp(String.raw`(?:^|[.!?…]["”’)\]]*\s+)(${CAP_WORD})[ \t]*,[ \t]*(?=\p{L})`, 'gu');
// A name called at a sentence's end, after a comma: "What about you, Tomasz?", "Thanks, Dev and Noor."
const CLOSING = new RegExp(String.raw`,[ \t]*(${CAP_WORD})(?:[ \t]+(?:and|&)[ \t]+(${CAP_WORD}))?[ \t]*[?.!…]`, 'gu');
// Listed given names that open a sentence before a comma as words: "Wait, what?", "Man, that's hard".
const WORDS_BEFORE_A_COMMA: ReadonlySet<string> = new Set('hi wait honey buddy man fair'.split(' '));

/**
 * Whether a word called before or after a comma is a name: no English word ("Kiara", "Tomasz"), or a
 * listed given name even where it is one ("Jay", "Mark", "Will"); never "So", "Okay", "Everyone", nor a
 * word of `places` (a school's or a district's, as its attributes give them: "Thanks, Langley.").
 */
function calledName(word: string, places: ReadonlySet<string>): boolean {
  const key = word.toLowerCase();
  if (places.has(key) || WORDS_BEFORE_A_COMMA.has(key) || !looksLikeName(word) || nounLooking(key)) return false;
  return mayBeName(key);
}

/**
 * The names facilitators' turns (`texts`) call students by, at a sentence's start before a comma or at
 * its end after one, as written, distinct and sorted. `places` holds the words, lower case, of the
 * folder's attribute values (schools, districts), which a facilitator may thank as they would a person.
 */
export function vocativeNames(texts: Iterable<string>, places: ReadonlySet<string> = new Set()): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    if (!text.includes(',')) continue;
    for (const m of text.matchAll(OPENING)) if (calledName(m[1]!, places)) found.add(m[1]!);
    for (const m of text.matchAll(CLOSING)) {
      for (const word of [m[1], m[2]]) if (word !== undefined && calledName(word, places)) found.add(word);
    }
  }
  return [...found].sort();
}
