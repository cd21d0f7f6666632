// Names that are also words (Mark, Will, Grace, Hope) at a sentence's start, where the capital tells
// nothing: "Mark my words", "Will you help?", "Grace period" hold the word; "Mark said", "Grace, come
// here", "Grace helped me" the name. Only the word after tells which, and a doubt is settled for the
// name: the word is kept only where what follows could not follow a person's name. Pure.
import { FUNCTION_WORDS } from '../nlp/function-words.js';
import { REPORTING_VERB } from './reported-speech.js';

// Words that make what comes before them a verb (an article, a demonstrative, a possessive: "Mark my
// words", "Hope this helps", "Love the idea"), or a time ("Summer this year", "June the 5th"); after a
// name that is neither they make it a name in apposition or called to ("Grace my friend helped", "Grace
// your essay was good").
const DETERMINERS: ReadonlySet<string> = new Set('the a an this that these those my your our their his her its every each'.split(' '));

// Pronouns after a name that is also a verb taking one ("Will you help?", "May I go?", "Hope you like
// it", "Mark it down"); after any other name a pronoun is read as a vocative ("Grace you are right").
const PRONOUNS: ReadonlySet<string> = new Set("i i'm you we they he she it me us them him there".split(' '));
const VERB_NAMES: ReadonlySet<string> = new Set('will may can must hope mark love chase bill grant nick pat rob park page max jack price star storm wade cook drew'.split(' '));
const TIME_NAMES: ReadonlySet<string> = new Set('april may june summer autumn'.split(' '));

// What follows a person's name at a sentence's start besides a function word or a reporting verb: its
// verb in the past ("Grace went"), as a vocative is followed by a bidding ("Grace go ahead"), and the
// adverbs between a name and its verb.
const AFTER_A_NAME: ReadonlySet<string> = new Set(
  (
    'went made came took gave knew felt found left kept meant met paid sent spent sold brought bought thought caught taught ' +
    'fought sought heard held lost led fed fell forgot grew hid hung lay drove drank drew ate saw sat stood understood ran ' +
    'won wore spoke broke chose began sang swam threw flew rode rose wrote woke built lent put set cut hit let read ' +
    'go come look wait tell help stop listen try take give see sit stand start answer share talk speak keep show explain ' +
    'continue finish please here always never often usually already later first again almost probably definitely totally ' +
    'seriously literally actually also who whose'
  ).split(' '),
);
const REPORTING = new RegExp(String.raw`^${REPORTING_VERB}$`);
// Verbs and adverbs by their ending: "thinks", "helped", "laughing", "quickly" ("class", "glass" are not).
const VERB_OR_ADVERB_ENDING = /(?:[^s'’]s|ed|ing|ly)$/u;
// The word after a name, lower case, on the same line.
const NEXT_WORD = /^[ \t]+(\p{Ll}[\p{Ll}'’]*)/u;

/**
 * Whether a name that is also a word (`key`, lower case), capitalised at a sentence's start, is the word
 * there, judged by what follows it (`after`): a determiner or a possessive after a name that is also a
 * verb or a time ("Mark my words", "Hope this helps", "Summer this year"); a pronoun after a name that is also a verb ("Will you help?", "Hope you like it"); or a
 * lower-case word that is no verb or adverb, which makes the two a noun phrase ("Grace period",
 * "Summer break"). A comma, a full stop, a capitalised word, a function word ("and", "from"), a
 * reporting verb, a verb ending in -s or -ed, a past form or a bidding leave it a name.
 */
export function readsAsWord(key: string, after: string): boolean {
  const m = NEXT_WORD.exec(after);
  if (m === null) return false;
  const next = m[1]!.replace(/’/g, "'");
  if (DETERMINERS.has(next)) return VERB_NAMES.has(key) || TIME_NAMES.has(key);
  if (PRONOUNS.has(next)) return VERB_NAMES.has(key);
  return !FUNCTION_WORDS.has(next) && !AFTER_A_NAME.has(next) && !REPORTING.test(next) && !VERB_OR_ADVERB_ENDING.test(next);
}
