// Names typed in lower case after a cue, where no roster names them ("my friend kiara", "i sat with
// priya", "ask ngozi", "lee and dhillon helped me", "the sandhu sisters"). Students type everything in
// lower case, so a word of English stays: after a relation ("my friend", "my teacher", "my bestie") a
// listed given name or a word that is no English word is the name; after a weaker cue ("with", "and",
// "me and", "ask", "told", "thanks") only a word that is no English word and is shaped as a name (not
// texting shorthand, a misspelling, a school's abbreviation or an app), or a given name that is a name
// above all ("jordan", "lee"). Pure.
import { englishWord } from '../nlp/english-words.js';
import { misspeltWord } from '../nlp/misspelt-words.js';
import { isGivenName } from '../util/given-names.js';
import { neverName } from '../util/names.js';
import { BETWEEN_NAME_AND_VERB, REPORTING_VERB } from './reported-speech.js';

const RELATION = String.raw`(?:friend|friends|bestie|besties|bff|buddy|classmate|classmates|teammate|brother|sister|cousin|boyfriend|girlfriend|partner|neighbou?r|roommate|step-?(?:brother|sister|mom|dad)|aunt|auntie|aunty|uncle|grandma|grandpa|grandmother|grandfather|teacher|counsell?or|coach|tutor|principal|mentor|boss)`;
// The cues, each before a lower-case word: a relation after a possessive ("my friend", "my best friend",
// "my friend is"), a word a person follows ("with", "and", "&", "ask", "asked", "told", "thanks",
// "thank you", "shout out to"), or "the" before a family's word ("the sandhu sisters").
const LOWER_CUE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_'’])(?:(?<rel>(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:\p{Ll}+[ \t]+)?${RELATION},?[ \t]+(?:(?:is|was)[ \t]+)?)|(?<weak>(?:[Ww]ith|[Aa]nd|&|[Aa]sk|[Aa]sked|[Tt]old|[Tt]hanks|[Tt]hank[ \t]+you|[Tt]hx|[Ss]hout[ \t-]?outs?|[Ss]\/[Oo])[ \t]+(?:to[ \t]+)?)|(?<the>[Tt]he[ \t]+))(?<w>\p{Ll}(?:[\p{Ll}'’-]*\p{Ll})?)(?![\p{L}\p{M}\p{N}_@])`,
  'gu',
);
// A family's word after "the" and a surname ("the sandhu sisters", "the okafor family").
const FAMILY_AFTER = /^[ \t]+(?:sisters|brothers|twins|family|cousins|kids|boys|girls)(?![\p{L}\p{N}_])/u;
// A second lower-case word after a cued name, its surname where it is no English word ("my friend kiara okafor").
const SECOND_WORD = /\[name\][ \t]+(\p{Ll}(?:[\p{Ll}'’-]*\p{Ll})?)(?![\p{L}\p{M}\p{N}_@])/gu;
// The words a cue ends in, lower case: the word after one is the word a name may be.
const CUE_ENDS: ReadonlySet<string> = new Set(
  (
    'with and & ask asked told thanks you thx to o out outs friend friends bestie besties bff buddy classmate classmates teammate ' +
    'brother sister cousin boyfriend girlfriend partner neighbor neighbour roommate stepbrother stepsister stepmom stepdad ' +
    'step-brother step-sister step-mom step-dad aunt auntie aunty uncle grandma grandpa grandmother grandfather teacher ' +
    'counsellor counselor coach tutor principal mentor boss is was the'
  ).split(' '),
);

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
    'whatsapp facetime netflix discord zoom teams powerpoint wifi'
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

/**
 * Whether a word, lower case and no word of wink's lexicon, is a misspelling of one: two letters swapped
 * ("teh", "thier", "freinds"), one letter doubled or left out ("untill", "peple"), or letters run on
 * ("sooo", "yeahh"). Names are rarely one slip from a word ("kiara", "priya", "dhillon" are not).
 */
export function typoOfWord(word: string): boolean {
  const known = (w: string): boolean => w.length > 1 && (englishWord(w) || SHORTHAND.has(w));
  if (/(\p{L})\1\1/u.test(word) || known(word.replace(/(\p{L})\1+/gu, '$1'))) return true;
  for (let i = 0; i + 1 < word.length; i++) {
    if (known(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2))) return true;
  }
  if (word.length >= 5) {
    for (let i = 0; i < word.length; i++) {
      if (word[i] === word[i - 1] && known(word.slice(0, i) + word.slice(i + 1))) return true;
    }
  }
  for (let i = 1; i < word.length; i++) {
    for (const c of 'aeiou') if (known(word.slice(0, i) + c + word.slice(i))) return true;
  }
  return false;
}

/** Whether a hyphenated word's parts are no English words ("mary-kate" is no word; "hands-on", "one-on-one" are words'). */
function hyphenNamed(word: string): boolean {
  return !word.includes('-') || word.split('-').every((part) => part.length > 1 && (isGivenName(part) || !englishWord(part)));
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
  if (/s$/u.test(word) && (englishWord(word.slice(0, -1)) || SHORTHAND.has(word.slice(0, -1)))) return false;
  if (word.length >= 6 && word.endsWith('ing')) return false;
  if (word.endsWith('ly')) return false;
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
  if (!englishWord(word)) return isGivenName(word) || (!word.endsWith('ly') && hyphenNamed(word));
  return NAMES_FIRST.has(word) || WORD_FIRST_NAMES.has(word);
}

// A word beside a name this pass or another put in, joined by "and" or "&" ("lee and [name]", "[name] and lee").
const BESIDE_NAME = /(?<![\p{L}\p{N}_'’])(\p{Ll}(?:[\p{Ll}'’-]*\p{Ll})?)(?=[ \t]+(?:and|&)[ \t]+\[name\])|(?<=\[name\][ \t]+(?:and|&)[ \t]+)(\p{Ll}(?:[\p{Ll}'’-]*\p{Ll})?)(?![\p{L}\p{M}\p{N}_@])/gu;

/** A word's hash as mayHoldLowerCue takes it, its letters in lower case. */
function wordHash(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = (Math.imul(hash, 31) + word.charCodeAt(i)) | 0;
  return hash;
}
const CUE_HASHES: ReadonlySet<number> = new Set([...CUE_ENDS].map(wordHash));

/**
 * Whether a text may hold a lower-case name after a cue: a word after a cue's last word (see CUE_ENDS)
 * that is no English word, or a name above all. One pass over the text's letters, where a pattern of
 * every cue cost the bench's 200,000 answers as much again as the whole redaction: most answers hold
 * "and" or "with", and the word after it is a word.
 */
export function mayHoldLowerCue(text: string): boolean {
  let cue = false;
  let start = -1;
  let hash = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    // a letter, or a hyphen or an apostrophe inside a word
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c > 127 || ((c === 45 || c === 39) && start >= 0)) {
      if (start < 0) {
        start = i;
        hash = 0;
      }
      hash = (Math.imul(hash, 31) + (c >= 65 && c <= 90 ? c + 32 : c)) | 0;
      continue;
    }
    if (start >= 0) {
      const first = text.charCodeAt(start);
      if (cue && first >= 97 && first <= 122) {
        const word = text.slice(start, i);
        if (!englishWord(word) || NAMES_FIRST.has(word) || WORD_FIRST_NAMES.has(word)) return true;
      }
      // Words are told from cues by a hash of their letters, so no word is copied out that follows none:
      // one that shares a cue's hash only sends its text to the pattern.
      cue = CUE_HASHES.has(hash);
      start = -1;
    }
    // "&" is a cue of its own; a space or a comma leaves the cue before it standing ("my friend, kiara").
    if (c === 38) cue = true;
    else if (c !== 32 && c !== 9 && c !== 44) cue = false;
  }
  return false;
}

/**
 * A text with the lower-case names its cues introduce redacted ("my friend [name] said hi", "i sat with
 * [name]", "ask [name]", "the [name] sisters"), a second word that is no English word with the first
 * ("my friend [name]" for "my friend kiara okafor"), and a name-shaped word joined by "and" to a name
 * ("[name] and [name] helped me" for "lee and dhillon helped me").
 */
export function redactLowerCuedNames(text: string): string {
  if (!mayHoldLowerCue(text)) return text;
  let changed = false;
  let out = text.replace(LOWER_CUE, (whole: string, ...rest: unknown[]) => {
    const g = rest[rest.length - 1] as { rel?: string; weak?: string; the?: string; w: string };
    const offset = rest[rest.length - 3] as number;
    const possessive = /['’]s$/u.exec(g.w)?.[0] ?? '';
    const word = g.w.slice(0, g.w.length - possessive.length);
    if (g.the !== undefined) {
      // "the sandhu sisters": a surname only, no word that is also a name ("the jordan family" may be the country's).
      const family = FAMILY_AFTER.test(text.slice(offset + whole.length, offset + whole.length + 12));
      if (!family || NAMES_FIRST.has(word) || !weakCueNamed(word)) return whole;
    } else if (!(g.rel !== undefined ? relationNamed(word) : weakCueNamed(word))) return whole;
    changed = true;
    return `${g.rel ?? g.weak ?? g.the}[name]${possessive}`;
  });
  if (!changed && !out.includes('[name]')) return text;
  // A surname after a cued name: one that is no English word ("my friend [name] okafor" → "my friend [name]").
  out = out.replace(SECOND_WORD, (whole: string, word: string) => (!NAMES_FIRST.has(word) && weakCueNamed(word) ? '[name]' : whole));
  return out.replace(BESIDE_NAME, (whole: string) => (weakCueNamed(whole) ? '[name]' : whole));
}
