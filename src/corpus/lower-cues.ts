// Names typed in lower case after a cue, where no roster names them ("my friend kiara", "i sat with
// priya", "ask ngozi", "lee and dhillon helped me", "the sandhu sisters"). Students type everything in
// lower case, so a word of English stays: after a relation ("my friend", "my teacher", "my bestie") a
// listed given name or a word that is no English word is the name; after a weaker cue ("with", "and",
// "me and", "ask", "told", "thanks") only a word that is no English word and is shaped as a name (not
// texting shorthand, a misspelling, a school's abbreviation or an app), or a given name that is a name
// above all ("jordan", "lee"). Pure.
import { englishWord } from '../nlp/english-words.js';
import { misspeltWord } from '../nlp/misspelt-words.js';
import { isGivenName, mayBeName } from '../util/given-names.js';
import { RELATION } from '../util/name-words.js';
import { neverName } from '../util/names.js';
import { BETWEEN_NAME_AND_VERB, REPORTING_VERB } from './reported-speech.js';

// The cues, each before a lower-case word: a relation after a possessive ("my friend", "my best friend",
// "my friend is"), a word a person follows ("with", "and", "&", "ask", "asked", "told", "thanks",
// "thank you", "shout out to"), or "the" before a family's word ("the sandhu sisters").
const LOWER_CUE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_'’])(?:(?<rel>(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:\p{Ll}+[ \t]+)?${RELATION},?[ \t]+(?:(?:is|was)[ \t]+)?)|(?<weak>(?:[Ww]ith|[Aa]nd|&|[Aa]sk|[Aa]sked|[Tt]old|[Tt]hanks|[Tt]hank[ \t]+you|[Tt]hx|[Ss]hout[ \t-]?outs?|[Ss]\/[Oo])[ \t]+(?:to[ \t]+)?)|(?<the>[Tt]he[ \t]+))(?<w>\p{Ll}(?:[\p{Ll}'’-]*\p{Ll})?)(?![\p{L}\p{M}\p{N}_@])`,
  'gu',
);
// A family's word after "the" and a surname ("the sandhu sisters", "the okafor family").
const FAMILY_AFTER = /^[ \t]+(?:sisters|brothers|twins|family|cousins)(?![\p{L}\p{N}_])/u;
// A second lower-case word after a cued name, its surname where it is no English word ("my friend kiara okafor").
const SECOND_WORD = /\[name\][ \t]+(\p{Ll}(?:[\p{Ll}'’-]*\p{Ll})?)(?![\p{L}\p{M}\p{N}_@])/gu;
// The words a cue ends in, for the pre-check (see mayHoldLowerCue): a text without one and a word after it
// holds no cued name. In ASCII only, for speed, and by first letter, as the engine tries it at each space
// (a tenth faster than the words listed apart): a name that opens with a letter beyond ASCII is tried too.
const CUE_ENDS = String.raw`(?:[Ww]ith|[Aa](?:nd|sk(?:ed)?|unt(?:ie|y)?)|&|[Tt](?:old|hanks?(?:[ \t]+you)?|hx|eacher|eammate|utor|he(?=[ \t]+[a-z\u00df-\u024f'’-]+[ \t]+(?:sisters|brothers|twins|family|cousins)\b))|[Ss](?:\/[Oo]|hout[ \t-]?outs?|ister|tep-?(?:brother|sister|mom|dad))|f(?:riends?)|b(?:esties?|ff|uddy|rother|oyfriend|oss)|c(?:lassmates?|ousin|ounsell?or|oach)|g(?:irlfriend|rand(?:ma|pa|mother|father))|p(?:artner|rincipal)|n(?:eighbou?r)|r(?:oommate)|u(?:ncle)|m(?:entor))`;
// A cue's last word after a space and the word after it (see mayHoldLowerCue): a literal space first lets
// the engine skip to the spaces, where a word's edge tried at every letter cost twice as much. A text's
// first word is tried with CUE_WORD_FIRST, and one after a line break, a tab or a bracket with
// CUE_WORD_AT_LINE, in the few texts that hold one.
const CUE_AND_WORD = String.raw`${CUE_ENDS},?[ \t]+(?:(?:is|was|to)[ \t]+)?([a-z\u00df-\u024f][a-z\u00df-\u024f'’-]*)`;
const CUE_WORD = new RegExp(String.raw` ${CUE_AND_WORD}`, 'g');
const CUE_WORD_AT_LINE = new RegExp(String.raw`[\n\t(]${CUE_AND_WORD}`, 'g');
const CUE_WORD_FIRST = new RegExp(String.raw`^${CUE_AND_WORD}`);

// Texting shorthand, school abbreviations and subjects, and words of laughter or filler, none of wink's
// lexicon and no one's name ("with ppl", "and tbh", "with hw", "and esl").
const SHORTHAND: ReadonlySet<string> = new Set(
  (
    'im ur ure gonna wanna gotta ngl tbh idk idc imo imho smh omg omfg lmao lmfao rofl bc cuz coz bcuz rn btw irl fyi ppl ppls abt tmrw tmr tmmrw ' +
    'prolly tryna finna yall sum thx pls plz ty tysm nvm ikr jk fr frfr ong istg bruh bro sis fam lowkey highkey ' +
    'hw hwk hmwk homewrk asap bf gf bff bffs bsf gfs bfs pe ela esl ell ict ap ib cte stem steam ib sped iep ' +
    'hmm hmmm ugh ughh uhh umm yeah yea yeh yep yup nah nope ok okay okk kk mhm aww haha hahaha hehe lol lols xd ' +
    'chromebook chromebooks minecraft roblox fortnite youtube tiktok kahoot kahoots desmos canva quizlet duolingo gimkit blooket ' +
    'spotify snapchat instagram grammarly padlet flipgrid seesaw brightspace moodle google gmail ipad ipads iphone ' +
    'whatsapp facetime netflix discord zoom teams powerpoint wifi xbox playstation nintendo twitch reddit pinterest ' +
    'mr mrs ms mx dr prof sr jr skool gud tho smth sth bday hw ' +
    'admin admins ea eas sped calc bio chem phys psych geo socs sci compsci comp tech eng lit lang govt dept caf caff cafe ' +
    'gr grd sem yr yrs hr hrs mins min sec pm am ppt vid vids pic pics app apps ' +
    'tmrw tmw tdy 2day 2moro ppl n u r y k'
  ).split(' '),
);
// Given names that are words of wink's lexicon too, but names above all in a student's text: after any
// cue ("me and jordan", "ask sam", "lee and [name]") they are the name.
const NAMES_FIRST: ReadonlySet<string> = new Set(
  (
    'jordan lee raj sam ben tom tony ted teddy matt mike mickey josh jimmy johnny jerry harry bobby billy anthony edward joseph ' +
    'julian victor vincent carlos dexter derrick hector levi muhammad ibrahim hakim hakeem husain salim solomon elvis fabian ' +
    'dorian chad brad brent cole tanner carter cooper harper ken kris kylie amelia anna aurora beth catherine caroline ' +
    'colleen cynthia donna elizabeth elisa erica jasmine lucia mariana pauline rebekah theresa veronica sally tori kat liv meg'
  ).split(' '),
);
// Given names that are words too and are names after a relation, where a sentence seldom has the word
// ("my friend grace", "my sister hope", "my cousin sky"); not "my teacher bell schedule", "my friend field trip".
const WORD_FIRST_NAMES: ReadonlySet<string> = new Set(
  (
    'amber angel autumn carol crystal daisy dawn dean destiny eve faith grace hazel heather holly hope iris ivy jade jay joy ' +
    'lily mason max melody mercy nick robin rose ruby sage sky summer violet trinity harmony patience pearl penny scott ray ' +
    'gene glen dale don earl frank drew hunter chase'
  ).split(' '),
);
const ADVERB = new RegExp(String.raw`^${BETWEEN_NAME_AND_VERB}$`);
const REPORTING = new RegExp(String.raw`^${REPORTING_VERB}$`);

// Short words students run into the next ('aswell', 'infront', 'alittle', 'eachother').
const RUN_ON_STARTS: ReadonlySet<string> = new Set('a as in on at of to by no so be my up'.split(' '));

/**
 * Whether a word, lower case and no word of wink's lexicon, is a misspelling of one: two letters swapped
 * ("teh", "thier", "freinds"), one letter doubled or left out ("untill", "peple"), or letters run on
 * ("sooo", "yeahh"). Names are rarely one slip from a word ("kiara", "priya", "dhillon" are not).
 */
export function typoOfWord(word: string): boolean {
  const known = (w: string): boolean => w.length > 1 && (englishWord(w) || SHORTHAND.has(w));
  const single = word.replace(/(\p{L})\1+/gu, '$1');
  if (/(\p{L})\1\1/u.test(word) || known(single)) return true;
  // a letter doubled and another slip ("tommorow")
  if (single !== word && typoOfWord(single)) return true;
  for (let i = 0; i + 1 < word.length; i++) {
    if (known(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2))) return true;
  }
  // a letter too many, or one left out inside, in a word of seven letters or more ("excercise", "goverment",
  // "tomorow"): in shorter words a slip makes one of the lexicon's rarer words of a name ("sandhu" of "sadhu")
  if (word.length >= 7) {
    for (let i = 0; i < word.length; i++) if (known(word.slice(0, i) + word.slice(i + 1))) return true;
    for (let i = 1; i < word.length; i++) {
      for (const c of 'abcdefghijklmnopqrstuvwxyz') if (known(word.slice(0, i) + c + word.slice(i))) return true;
    }
  }
  for (let i = 1; i < word.length; i++) for (const c of 'aeiou') if (known(word.slice(0, i) + c + word.slice(i))) return true;
  // two words run together, a short one first or both of four letters or more ("aswell", "infront",
  // "alittle", "eachother", "bestfriends"; not "okafor", "brayden", "hassan")
  for (let i = 1; i < word.length - 1; i++) {
    const a = word.slice(0, i);
    const b = word.slice(i);
    if ((RUN_ON_STARTS.has(a) ? b.length >= 3 : a.length >= 4 && b.length >= 4) && englishWord(a) && englishWord(b)) return true;
  }
  return false;
}

/** Whether a hyphenated word's parts are no English words ("mary-kate" is no word; "hands-on", "one-on-one" are words'). */
function hyphenNamed(word: string): boolean {
  return !word.includes('-') || word.split('-').every((part) => part.length > 1 && mayBeName(part));
}

/** Whether a word is a plural of a word or an app ("apprenticeships", "chromebooks") or an "-ing" form ("googling"), which the lexicon may lack. */
function inflected(word: string): boolean {
  if (word.endsWith('s') && (englishWord(word.slice(0, -1)) || SHORTHAND.has(word.slice(0, -1)))) return true;
  return word.length >= 6 && word.endsWith('ing');
}

/** Whether a word is never a name after any cue: shorthand, a misspelt function word, a day or a subject, an adverb or a reporting verb. */
function neverCued(word: string): boolean {
  return SHORTHAND.has(word) || misspeltWord(word) || neverName(word) || ADVERB.test(word) || REPORTING.test(word);
}

/**
 * Whether a lower-case word after a weak cue ("with", "and", "ask", "told", "thanks") is a name: a name
 * above all that is a word too ("jordan", "lee"; see NAMES_FIRST), or a word of three letters or more
 * that is no English word, no shorthand, no misspelling ("teh", "thier"), no plural of a word or an app
 * ("chromebooks"), no "-ing" form ("googling"), and a listed given name or no "-ly" word.
 */
export function weakCueNamed(word: string): boolean {
  if (NAMES_FIRST.has(word)) return true;
  if (word.length < 3 || !/^\p{Ll}+(?:['’-]\p{Ll}+)*$/u.test(word) || englishWord(word) || neverCued(word)) return false;
  if (!hyphenNamed(word)) return false;
  if (isGivenName(word)) return true;
  if (inflected(word) || word.endsWith('ly')) return false;
  return !typoOfWord(word);
}

/**
 * Whether a lower-case word after a relation ("my friend", "my teacher") is a name: a listed given name,
 * one that is also a word too ("grace", "hope"), save one a sentence uses there ("will", "may", "happy"),
 * or a word that is no English word, no shorthand and no misspelt function word ("kiara", "ngozi"; not
 * "ngl", "alot", "dosent").
 */
export function relationNamed(word: string): boolean {
  if (word.length < 2 || neverCued(word)) return false;
  if (!englishWord(word)) return isGivenName(word) || (!word.endsWith('ly') && !inflected(word) && hyphenNamed(word));
  return NAMES_FIRST.has(word) || WORD_FIRST_NAMES.has(word);
}

// A word beside a name this pass or another put in, joined by "and" or "&" ("lee and [name]", "[name] and lee").
const BESIDE_NAME = /(?<![\p{L}\p{N}_'’])(\p{Ll}(?:[\p{Ll}'’-]*\p{Ll})?)(?=[ \t]+(?:and|&)[ \t]+\[name\])|(?<=\[name\][ \t]+(?:and|&)[ \t]+)(\p{Ll}(?:[\p{Ll}'’-]*\p{Ll})?)(?![\p{L}\p{M}\p{N}_@])/gu;

/**
 * Whether a text may hold a lower-case name after a cue: a word after a cue's last word (see
 * CUE_WORD) that is no English word, or a name above all. Most answers hold no cue but "and" or "with",
 * and the word after it is a word: the cues' words alone are found natively and looked up, where
 * the full pattern tried at every position cost the bench's 200,000 answers twice the whole redaction.
 */
export function mayHoldLowerCue(text: string): boolean {
  if (cuedCandidate(text, CUE_WORD)) return true;
  const first = CUE_WORD_FIRST.exec(text);
  if (first !== null && candidate(first[1]!)) return true;
  return (text.includes('\n') || text.includes('(') || text.includes('\t')) && cuedCandidate(text, CUE_WORD_AT_LINE);
}

/** Whether any word after a cue that `pattern` finds in a text may be a name (see candidate). */
function cuedCandidate(text: string, pattern: RegExp): boolean {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) if (candidate(m[1]!)) return true;
  return false;
}

/** Whether a lower-case word after a cue may be a name: no English word, or a name above all. */
function candidate(word: string): boolean {
  return !englishWord(word) || NAMES_FIRST.has(word) || WORD_FIRST_NAMES.has(word);
}

/**
 * A text with the lower-case names its cues introduce redacted ("my friend [name] said hi", "i sat with
 * [name]", "ask [name]", "the [name] sisters"), a second word that is no English word with the first
 * ("my friend [name]" for "my friend kiara okafor"), and a name-shaped word joined by "and" to a name
 * ("[name] and [name] helped me" for "lee and dhillon helped me").
 */
export function redactLowerCuedNames(text: string): string {
  if (!mayHoldLowerCue(text)) return text;
  let out = '';
  let kept = 0;
  LOWER_CUE.lastIndex = 0;
  for (let m = LOWER_CUE.exec(text); m !== null; m = LOWER_CUE.exec(text)) {
    const g = m.groups as { rel?: string; weak?: string; the?: string; w: string };
    const start = m.index + m[0].length - g.w.length;
    const possessive = /['’]s$/u.exec(g.w)?.[0] ?? '';
    const word = g.w.slice(0, g.w.length - possessive.length);
    let named: boolean;
    if (g.the !== undefined) {
      // "the sandhu sisters": a surname only, no word that is also a name ("the jordan family" may be the country's).
      named = FAMILY_AFTER.test(text.slice(start + g.w.length, start + g.w.length + 12)) && !NAMES_FIRST.has(word) && weakCueNamed(word);
    } else named = g.rel !== undefined ? relationNamed(word) : weakCueNamed(word);
    if (named) {
      out += `${text.slice(kept, start)}[name]`;
      kept = start + word.length;
    } else {
      // The word that is no name may open the next cue ("me and my friend priya").
      LOWER_CUE.lastIndex = start;
    }
  }
  const changed = kept > 0;
  out += text.slice(kept);
  if (!changed && !out.includes('[name]')) return text;
  // A surname after a cued name: one that is no English word ("my friend [name] okafor" → "my friend [name]").
  out = out.replace(SECOND_WORD, (whole: string, word: string) => (!NAMES_FIRST.has(word) && weakCueNamed(word) ? '[name]' : whole));
  return out.replace(BESIDE_NAME, (whole: string) => (weakCueNamed(whole) ? '[name]' : whole));
}
