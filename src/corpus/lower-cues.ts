// Names typed in lower case after a cue, where no roster names them ("my friend kiara", "i sat with
// priya", "ask ngozi", "lee and dhillon helped me", "the sandhu sisters"). Students type everything in
// lower case, so a word of English stays: after a relation ("my friend", "my teacher", "my bestie") a
// listed given name or a word that is no English word is the name; after a weaker cue ("with", "and",
// "me and", "ask", "told", "thanks") only a word that is no English word and is shaped as a name (not
// texting shorthand, a misspelling, a school's abbreviation or an app), or a given name that is a name
// above all ("jordan", "lee"). Pure.
import { englishWord } from '../nlp/english-words.js';
import { misspeltWord } from '../nlp/misspelt-words.js';
import { describingName, isGivenName } from '../util/given-names.js';
import { COMMON_WORD_NAMES } from '../util/name-words.js';
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
// Whether a text may hold a cue: most answers hold "and" or "with", so the words are checked one by one.
const LOWER_CUE_HINT = /(?:^|[^\p{L}])(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Ww]ith|[Aa]nd|&|[Aa]sk|[Aa]sked|[Tt]old|[Tt]hank|[Tt]hanks|[Tt]hx|[Ss]hout|[Ss]\/[Oo]|[Tt]he)[ \t]+\p{Ll}/u;

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
// Given names that are English words a sentence uses after a relation ("my friend will help", "my friend
// may come", "my friends best"): kept there, as a describing word is (see describingName).
const NOT_AFTER_RELATION: ReadonlySet<string> = new Set('will may can must love best long little short young guy see saw read care wait'.split(' '));
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
  if (isGivenName(word) || COMMON_WORD_NAMES.has(word)) return !describingName(word) && !NOT_AFTER_RELATION.has(word);
  return !englishWord(word) && !word.endsWith('ly');
}

// A word beside a name this pass or another put in, joined by "and" or "&" ("lee and [name]", "[name] and lee").
const BESIDE_NAME = /(?<![\p{L}\p{N}_'’])(\p{Ll}(?:[\p{Ll}'’-]*\p{Ll})?)(?=[ \t]+(?:and|&)[ \t]+\[name\])|(?<=\[name\][ \t]+(?:and|&)[ \t]+)(\p{Ll}(?:[\p{Ll}'’-]*\p{Ll})?)(?![\p{L}\p{M}\p{N}_@])/gu;

/**
 * A text with the lower-case names its cues introduce redacted ("my friend [name] said hi", "i sat with
 * [name]", "ask [name]", "the [name] sisters"), a second word that is no English word with the first
 * ("my friend [name]" for "my friend kiara okafor"), and a name-shaped word joined by "and" to a name
 * ("[name] and [name] helped me" for "lee and dhillon helped me").
 */
export function redactLowerCuedNames(text: string): string {
  if (!LOWER_CUE_HINT.test(text)) return text;
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
