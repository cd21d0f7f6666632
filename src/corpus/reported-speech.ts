// Reported speech as a cue to a name: "Maya said her favourite part…", "Jordan told us", "Dev mentioned",
// and the other way round, as a quote is reported: `"It's unfair," said Maya`.
// Notes and reflections name people this way far more than by "my friend Maya", and a name said only
// so is on no roster and in no speaker label. Which capitalised words before a reporting verb are names
// is decided here, from the words alone; redact.ts finds them. Pure.
import { FUNCTION_WORDS } from '../nlp/function-words.js';
import { isAdultRole, isGroupLabel, neverName } from '../util/names.js';
import { nounLooking } from '../util/name-words.js';

/** The reporting verbs, as a regex alternation (no group): "said", "told", "pointed out" … */
export const REPORTING_VERB = String.raw`(?:said|says|told|tells|asked|asks|thinks|thought|mentioned|mentions|added|adds|agreed|agrees|explained|explains|suggested|suggests|pointed[ \t]+out|points[ \t]+out|wrote|writes|noted|shared|replied|answered|argued|disagreed|commented|complained|admitted|insisted|recalled|remembered|wondered|joked|believes|believed)`;

/**
 * A word that may stand between the name and its verb ("Maya also said", "Dev then asked"), as a regex
 * alternation (no group).
 */
export const BETWEEN_NAME_AND_VERB = String.raw`(?:also|then|just|really|even|actually|later|once|always|never|basically|literally|apparently|finally|sometimes|too)`;

/**
 * Whether a text may hold reported speech: a reporting verb after a space. Most answers hold none, and
 * a test of one literal-led pattern is all they cost. Made from REPORTING_VERB, so the two cannot drift.
 */
export const REPORTING_HINT = new RegExp(String.raw`[ \t]${REPORTING_VERB}`);

// Capitalised words that say who spoke without naming anyone: people in general, family and the adults
// of a school, sources, places and institutions ("Everyone said", "Mom says", "Google says", "Canada
// agreed"). Adults' roles and groups that util/names.ts knows (Teachers, Principal, Parents, Group) are
// its to say: see mayNameSpeaker.
const NOT_REPORTERS: ReadonlySet<string> = new Set(
  (
    'people person others kids children family families friends classmates peers guys girls boys adults grownups ' +
    'mom mum dad mother father mommy daddy mama papa grandma grandpa grandmother grandfather granny nana ' +
    'brother sister siblings aunt auntie uncle cousin cousins husband wife ' +
    'vp nurse nurses officer officers pastor sergeant constable chaplain reverend rabbi imam administration facilitator facilitators interviewer moderator ' +
    'general colonel major captain lieutenant corporal admiral commander brigadier commodore marshal detective inspector sheriff ' +
    'host researcher researchers research studies study statistics data survey report article book bible quran news media ' +
    'internet website online government ministry board district province canada america bc ontario alberta quebec ' +
    'manitoba saskatchewan yukon nunavut twitter facebook reddit wikipedia chatgpt siri alexa apple microsoft netflix ' +
    'learners youth team club council committee management society experience life nature band ' +
    'choir jesus'
  ).split(' '),
);

// Words that open a sentence before a name ("Yesterday Maya said", "Then Dev asked"), besides the
// function words.
const OPENERS: ReadonlySet<string> = new Set(
  (
    'yesterday today tomorrow tonight later earlier afterwards afterward first second third next last finally lastly ' +
    'plus oh um uh wow yep yup nope sure anyway anyways besides instead otherwise however meanwhile sometimes often ' +
    'usually once again even overall'
  ).split(' '),
);

// Words a name does not follow: a determiner or a possessive ("The Principal said", "My Mom said") and a
// preposition, after which a capitalised word is a place or an institution ("Priya from Surrey told us",
// "someone at Google said").
const NOT_BEFORE_A_NAME: ReadonlySet<string> = new Set(
  'the a an this these those my our your his her their its every each some any no from in at of on by for with to into near around across'.split(' '),
);

// Plural nouns open sentences before a past participle ("Questions asked in class", "Comments shared"):
// a word ending in a consonant and "s" is taken for one there. A surname that looks so (Evans, Roberts)
// is lost there, and only there.
const PLURAL_LOOKING = /[^aeiousy'’]s$/u;

// Sentence adverbs ("Honestly", "Apparently", "Personally"): seven letters or more ending in "ly"; not
// "-erly", which names end in (Kimberly, Beverly).
const ADVERB_LOOKING = /^\p{L}{5,}ly$/u;

// Writers and public figures quoted in school work, as a quote's source: `"To be or not to be," wrote
// Shakespeare`, "Like Einstein said", "Maya Angelou wrote that …". Named alone (one word) or in full
// (two), they are quoted, not speaking in the room; a name that is also theirs is a student's wherever
// else it is known (a roster, a speaker label, "my friend Einstein"), and a classmate who shares a
// surname is named in full ("said Jordan Shakespeare"), which is redacted. Only names no classmate
// plausibly goes by alone are listed (not Gandhi, King, Frost or Lincoln).
const QUOTED_AUTHORS: ReadonlySet<string> = new Set(
  'shakespeare einstein aristotle plato socrates confucius thoreau nietzsche tolstoy hemingway orwell tolkien angelou mandela twain seuss'.split(' '),
);
const QUOTED_AUTHORS_IN_FULL: ReadonlySet<string> = new Set([
  'william shakespeare', 'albert einstein', 'maya angelou', 'nelson mandela', 'mark twain', 'george orwell', 'mahatma gandhi', 'henry thoreau',
]);

// Pen names with a title, as children's books are signed: "Dr. Seuss" names a writer, never an adult of
// the school (a teacher is Dr. with a surname of their own). Seuss alone is quoted too ("Seuss wrote").
const TITLED_PEN_NAMES: ReadonlySet<string> = new Set(['dr seuss']);

/** Whether a title and the word after it, as written ("Dr. Seuss"), are a writer's pen name (see TITLED_PEN_NAMES). */
export function titledPenName(titled: string): boolean {
  return TITLED_PEN_NAMES.has(titled.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim());
}

/** Whether the words of one speaker (one word or two) are a writer or a public figure quoted as a source ("Shakespeare", "Maya Angelou"). */
export function quotedAuthor(words: readonly string[]): boolean {
  const key = words.map((w) => w.toLowerCase().replace(/['’]s$/u, '')).join(' ');
  return words.length === 1 ? QUOTED_AUTHORS.has(key) : QUOTED_AUTHORS_IN_FULL.has(key);
}

/** Whether a word, lower case, opens a sentence or a clause before a name: a function word, an opener or an adverb. */
function opensBeforeName(key: string): boolean {
  return FUNCTION_WORDS.has(key) || OPENERS.has(key) || (ADVERB_LOOKING.test(key) && !key.endsWith('erly'));
}

/** Whether a capitalised word can name the one who spoke, whatever stands around it ("Maya"; not "Everyone", "Mom", "Google", "Principal"). */
export function mayNameSpeaker(word: string): boolean {
  const key = word.toLowerCase();
  if (opensBeforeName(key) || neverName(key) || NOT_REPORTERS.has(key) || nounLooking(key)) return false;
  return !isAdultRole(key) && !isGroupLabel(key);
}

/**
 * Which of the capitalised words right after a reporting verb are names, in the inverted order of a
 * quote (`"It's unfair," said Maya`, `…, says Maya Chen`, `…, asked Maya and Jordan`): the same judgement
 * as before a verb (never "said Everyone", "said Mom", "said Google"). The first word, right after the
 * verb, must be a name; a second not joined by "and" is its surname only when it can be a name too
 * ("said Maya Chen"; "said Maya Tuesday" names Maya alone). Two joined by "and" are judged apart.
 */
export function invertedNameWords(words: readonly string[], joined: boolean): boolean[] {
  // A speaker alone: a name that is no writer's quoted (see quotedAuthor).
  const alone = (word: string): boolean => mayNameSpeaker(word) && !quotedAuthor([word]);
  if (words.length === 1) return [alone(words[0]!)];
  if (joined) return [alone(words[0]!), alone(words[1]!)];
  if (quotedAuthor(words)) return [false, false];
  const first = mayNameSpeaker(words[0]!);
  return [first, first && mayNameSpeaker(words[1]!)];
}

// What ends a speaker's name after "…, said": a mark, a line's or the text's end, or a lower-case function
// word or adverb ("…, says Jordan from grade 10", "…, said Maya quietly").
const AFTER_INVERTED_SPEAKER = /^(?:[ \t]*(?:[.,;:!?)"”’…\n]|$)|[ \t]+(\p{Ll}+)(?![\p{L}\p{M}]))/u;

/**
 * Whether what follows a capitalised word after "…, said" (`after`) leaves it a speaker: a mark or an end
 * ("It's unfair, says Jordan."), a function word or an adverb; not another word, which makes the verb
 * one of a list's and the word its object ("we did projects, wrote Minecraft stories"). After a quote
 * (`"It's unfair," said Maya Chen`) none of this is asked.
 */
export function endsInvertedSpeaker(after: string): boolean {
  const m = AFTER_INVERTED_SPEAKER.exec(after);
  if (m === null) return false;
  const word = m[1];
  return word === undefined || FUNCTION_WORDS.has(word) || word.endsWith('ly');
}

/**
 * Which of the capitalised words before a reporting verb are names ("Maya Chen said": both; "Then Maya
 * said": the second; "Maya and Mom said": the first; "The Principal said", "Everyone said", "Science
 * Club said", "Priya from Surrey told": none).
 *
 * `words` are one or two capitalised words, the last right before the verb; `joined` says the two are
 * joined by "and" ("Maya and Jordan said"), so each is a speaker of its own, judged apart; `before` is
 * the word before them, lower case, undefined when a sentence starts there; `pastForm` says whether the
 * verb is also a past participle ("asked", "said"). Two words not joined are one speaker's: the last
 * must be a name, or none is.
 */
export function reportedNameWords(words: readonly string[], joined: boolean, before: string | undefined, pastForm: boolean): boolean[] {
  const judge = (word: string, prev: string | undefined, opens: boolean): boolean =>
    mayNameSpeaker(word) && !(prev !== undefined && NOT_BEFORE_A_NAME.has(prev)) && !(opens && pastForm && PLURAL_LOOKING.test(word));
  // A speaker of one word: a name that is no writer's quoted ("Shakespeare wrote"; see quotedAuthor).
  const alone = (word: string, prev: string | undefined, opens: boolean): boolean => judge(word, prev, opens) && !quotedAuthor([word]);
  if (words.length === 1) return [alone(words[0]!, before, before === undefined)];
  // Two joined by "and" are judged apart: "Maya and Mom said" names Maya, as "Mom and Maya said" does.
  if (joined) return [alone(words[0]!, before, before === undefined), alone(words[1]!, undefined, false)];
  if (quotedAuthor(words)) return [false, false];
  const first = judge(words[0]!, before, before === undefined);
  const opener = words[0]!.toLowerCase();
  // After a name the second word is its surname; after any other capitalised word only an opener
  // leaves a name ("Then Maya said", not "Science Club said"), alone ("Then Shakespeare wrote" names none).
  const second = first ? judge(words[1]!, undefined, false) : opensBeforeName(opener) && alone(words[1]!, opener, false);
  return second ? [first, true] : [false, false];
}
