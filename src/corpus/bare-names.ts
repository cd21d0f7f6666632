// Names written bare, with no cue and no roster ("I agree with Sofia.", "Emma helped me"): a capitalised
// word, or one in capitals, that is a listed English given name (or a short form of one) and no English
// word of wink's lexicon is a person's name wherever it stands, a sentence's start included. A name that
// is also a word ("Grace", "Hope", "Will", "Mark", "Jordan") stays a cue's to find. Kept as written: a
// place after a word of place ("moved to Victoria", "in Regina"), a word of a place's, a school's, a
// street's, a holiday's or a team's name of several words ("Richmond Hill", "Burnaby North Secondary",
// "Victoria Day", "George Street", "Hamilton Tiger-Cats", "Prince George"), a word the caller keeps (the
// folder's attribute values and questions, and the words it writes as places), a public figure quoted
// ("Nelson Mandela"), a name of two letters ("Phys Ed", "an Ag course") and a word inside an address.
// Pure.
import { englishWord } from '../nlp/english-words.js';
import { isGivenName } from '../util/given-names.js';
import { NAME_OF_A_PLACE_ENDS, surnameAfterName } from '../util/name-words.js';
import { neverName } from '../util/names.js';
import { isAnyCaseShortForm } from './nicknames.js';
import { mayNameSpeaker, quotedAuthor } from './reported-speech.js';

// A word of three letters or more that opens with a capital, whole: not a piece of a hyphenated word, of
// an address or a handle ("Sofia-Maria", "Sofia.com", "@Sofia", "O'Brien"'s "Brien"); a possessive after
// it stays ("Sofia's" → "[name]'s").
// The listed names are written in the letters A to Z alone, and the capital is sought first, the
// word's start after it: a text is scanned for a capital A to Z, not tried at every position.
const CAPITALISED = /[A-Z](?<![\p{L}\p{M}\p{N}_'’.@/\\-][A-Z])[A-Za-z]{2,}(?![\p{L}\p{M}\p{N}_@]|-\p{L}|\.\p{L}|\/)/gu;

// Listed names that students write as shorthand or as a word's part ("Cos I wanted to", "Lil bit", "Wat
// do you mean", "Reg English", "Main Ave", "The Sims"), the function words of the French and Spanish
// answers come in ("Les élèves", "Una vez", "Elle a dit"), and the characters and figures of what
// students read, named more often than anyone of that name ("Othello", "Ophelia", "Hermione",
// "Cleopatra", "Katniss", "Beyonce"), and places the lists hold that a student is seldom named ("Alberta",
// "Burnaby", "London", "Asia"): no name there.
const NOT_BARE: ReadonlySet<string> = new Set('cos coz wat lil reg sax sim sims ave cal les des del una elle othello ophelia hermione cleopatra katniss beyonce alberta burnaby london bristol albany asia'.split(' '));
// Works whose titles are two names ("Romeo and Juliet"), and characters named in full ("Holden
// Caulfield"): their words are kept there, as an address's are.
const WORKS = /\b(?:Romeo and Juliet|Antony and Cleopatra|Hansel and Gretel|Holden Caulfield)\b/giu;

// Words before "to" or "from" that make the word after it a place ("moved to Victoria", "went to
// Kingston", "I'm from Regina", "students from Richmond"), where "talked to Emma", "next to Noah" and
// "help from Sofia" name people.
const TO_PLACE_AFTER: ReadonlySet<string> = new Set(
  (
    'move moved moving moves went go goes going gone come came coming comes back trip trips drive drove driving flew fly flying ' +
    'flight travel travelled traveled travelling traveling bus ferry train ride rode walk walked commute commuted head headed heading ' +
    'transfer transferred relocated return returned immigrated emigrated way road highway vacation holiday visit'
  ).split(' '),
);
const FROM_PLACE_AFTER: ReadonlySet<string> = new Set(
  [...TO_PLACE_AFTER, ...'am im i\'m i’m is are was were be been originally family families people kids students live lived born raised all came'.split(' ')],
);
// Words right before a place's name that make one ("in Victoria", "downtown Kingston", "south Richmond"),
// and the articles, before which a name is a place's or a thing's ("the Richmond campus", "a Mercedes"),
// as a person's seldom is.
const PLACE_BEFORE: ReadonlySet<string> = new Set('in into across throughout downtown north south east west northern southern eastern western the a an'.split(' '));

// Capitalised words heading a place's name ("Prince George", "Port Moody", "Lake Louise", "University of
// Victoria", "Hail Mary"); "of" between ("City of Richmond") counts as no word.
const PLACE_HEADS: ReadonlySet<string> = new Set(
  'prince princess port fort mount mt lake saint st san santa new north south east west upper lower greater old university city town district county province state college hail'.split(' '),
);
// Capitalised words ending a place's, a school's, a street's, a holiday's or a program's name ("Richmond
// Hill", "Burnaby North Secondary", "Victoria Day", "George Street", "Hamilton Centre").
const PLACE_TAILS: ReadonlySet<string> = new Set([
  ...NAME_OF_A_PLACE_ENDS,
  ...(
    'north south east west campus st ave rd dr boulevard blvd lane crescent way court place terrace highway hwy square ' +
    'county hill stadium airport bridge harbour harbor library hospital museum day days weekend public catholic christian ' +
    'community memorial'
  ).split(' '),
]);

// Words ending a club's or a program's name typed in lower case after it ("Leo club", "Key club"): a
// person's name is not followed so.
const GROUP_TAILS: ReadonlySet<string> = new Set(['club', 'clubs', 'program', 'programs', 'programme', 'council', 'league']);

/** Whether a word, in lower case, is a bare name by its letters: a listed given name or short form of three letters or more, no English word, shorthand or word a name never is. */
export function bareNameWord(key: string): boolean {
  // Most capitalised words are no listed name: that is asked first.
  if (key.length < 3 || !(isGivenName(key) || isAnyCaseShortForm(key))) return false;
  return !NOT_BARE.has(key) && !englishWord(key) && !neverName(key) && !quotedAuthor([key]);
}

/** The word before `index` on its line, as written, and whether it is capitalised; '' where none. */
function wordBefore(text: string, index: number): string {
  return /([\p{L}\p{M}'’]+)[ \t]+$/u.exec(text.slice(Math.max(0, index - 40), index))?.[1] ?? '';
}

/** The word after a word ending at `end`, on its line, as written; '' where none. */
function wordAfter(text: string, end: number): string {
  return /^[ \t]+([\p{L}\p{M}][\p{L}\p{M}'’-]*)/u.exec(text.slice(end, end + 40))?.[1] ?? '';
}

const capitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

/**
 * Whether a bare name at `index` of `text` is kept as a place's or a thing's word by what is around it:
 * after a word of place ("in Victoria", "moved to Kingston", "from Regina"), beside a word heading or
 * ending a place's name ("Prince George", "Richmond Hill", "Victoria Day", "University of Regina"),
 * before a hyphenated word of English words ("Hamilton Tiger-Cats"), or a public figure in full ("Nelson
 * Mandela"). A possessive makes it a person's ("in Emma's class").
 */
function keptAround(text: string, index: number, word: string): boolean {
  const end = index + word.length;
  if (/^['’][Ss](?![\p{L}])/u.test(text.slice(end, end + 3))) return false;
  const before = wordBefore(text, index);
  const prior = before.toLowerCase();
  if (PLACE_BEFORE.has(prior)) return true;
  if (prior === 'to' || prior === 'from') {
    const two = wordBefore(text, index - before.length - 1).toLowerCase();
    if ((prior === 'to' ? TO_PLACE_AFTER : FROM_PLACE_AFTER).has(two)) return true;
  }
  if (capitalised(before) && PLACE_HEADS.has(prior)) return true;
  if (prior === 'of' && PLACE_HEADS.has(wordBefore(text, index - before.length - 1).toLowerCase())) return true;
  if (runsToPlace(text, end)) return true;
  const after = wordAfter(text, end);
  if (capitalised(after)) {
    const next = after.toLowerCase().replace(/['’]s$/u, '');
    if (PLACE_TAILS.has(next) || quotedAuthor([word, next])) return true;
    const pieces = next.split('-');
    if (pieces.length > 1 && pieces.every((p) => englishWord(p) && !isGivenName(p))) return true;
  } else if (GROUP_TAILS.has(after)) return true;
  return capitalised(before) && quotedAuthor([before, word]);
}

// A web address or an email, whose words are kept as written (see redact.ts URL).
const ADDRESS = /\S*(?:https?:\/\/|www\.|[\p{L}\p{N}]\.(?:com|org|net|ca|edu|gov|io|ly|me|info)\b|@)\S*/giu;

/** Where a text's addresses and works' titles are: their words are kept as written. */
function keptSpans(text: string): [number, number][] {
  return [...text.matchAll(ADDRESS), ...text.matchAll(WORKS)].map((a) => [a.index, a.index + a[0].length]);
}

// Up to four capitalised words or initials after a word, on its line ("John| A. Macdonald Secondary").
const RUN_AFTER = /^(?:[ \t]+(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’-]*)){1,4}/u;

/**
 * Whether the capitalised words after a word run on to a word ending a place's, a school's or a
 * holiday's name ("Sir John A. Macdonald Secondary", "Charles Best Secondary", "Victoria Day").
 */
function runsToPlace(text: string, end: number): boolean {
  const run = RUN_AFTER.exec(text.slice(end, end + 80));
  return run !== null && run[0].trim().split(/[ \t]+/).some((w) => PLACE_TAILS.has(w.toLowerCase().replace(/['’]s$/u, '')));
}

/**
 * Whether a capitalised word right after a bare name is its surname ("Sofia Ruiz", "Emma White"; see
 * surnameAfterName), not a place's word nor a word the caller keeps; in capitals ("SOFIA RUIZ"), only a
 * word that is no English word ("KIM HELPED" keeps its verb).
 */
function bareSurname(word: string, kept: ReadonlySet<string>): boolean {
  const key = word.toLowerCase();
  if (!capitalised(word) || PLACE_TAILS.has(key) || kept.has(key) || !surnameAfterName(word)) return false;
  return !/^\p{Lu}{2}/u.test(word) || !englishWord(key);
}

/**
 * Whether a capitalised word right before a bare name is a first name, the bare one its surname ("Maya
 * Chen", "Jordan Kim"): a listed given name or a word that is no English word, which can name a speaker
 * ("Then Kim" keeps "Then").
 */
function firstNameBefore(word: string, kept: ReadonlySet<string>): boolean {
  const key = word.toLowerCase();
  if (!/^\p{Lu}\p{Ll}/u.test(word) || kept.has(key) || PLACE_HEADS.has(key) || !mayNameSpeaker(word)) return false;
  return isGivenName(key) || isAnyCaseShortForm(key) || !englishWord(key);
}

/** A bare name found in a text: where it starts and ends, with a first name before it or a surname after it, and its words. */
interface BareName {
  start: number;
  end: number;
  words: string[];
}

/**
 * The bare names of a text (see bareNameWord), with a capitalised word after one that can be its surname
 * ("Sofia Ruiz"; see bareSurname) or a first name before it ("Maya Chen"; see firstNameBefore), save
 * those kept where they stand (see keptAround), inside an address or a work's title, and the words of
 * `kept`.
 */
function bareNames(text: string, kept: ReadonlySet<string>): BareName[] {
  const found: BareName[] = [];
  let at = 0;
  let spans: [number, number][] | undefined;
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(text); m !== null; m = CAPITALISED.exec(text)) {
    const word = m[0];
    const key = word.toLowerCase();
    if (m.index < at || !bareNameWord(key) || kept.has(key) || keptAround(text, m.index, word)) continue;
    spans ??= keptSpans(text);
    const index = m.index;
    if (spans.some(([s, e]) => index >= s && index < e)) continue;
    const words = [word];
    let start = m.index;
    let end = m.index + word.length;
    const before = wordBefore(text, start);
    if (before !== '' && start - before.length - 1 >= at && /^[ \t]$/.test(text[start - 1]!) && firstNameBefore(before, kept)) {
      start -= before.length + 1;
      words.unshift(before);
    }
    // Two surnames at most ("Lexi Chen Wong", "Sofia Garcia Lopez").
    for (let i = 0; i < 2; i++) {
      const surname = wordAfter(text, end).replace(/['’]s$/u, '');
      if (!bareSurname(surname, kept)) break;
      end = text.indexOf(surname, end) + surname.length;
      words.push(surname);
    }
    found.push({ start, end, words });
    at = end;
  }
  return found;
}

/**
 * A text with its bare names redacted ("I agree with [name].", "[name] helped me", "SOFIA said" →
 * "[name] said", "[name]'s idea", "[name] helped" for "Sofia Ruiz helped"; see bareNames).
 * `kept`: words, lower case, never taken (the folder's attribute values and questions, and the words it
 * writes as places).
 */
export function redactBareNames(text: string, kept: ReadonlySet<string> = new Set()): string {
  const found = bareNames(text, kept);
  if (found.length === 0) return text;
  let out = '';
  let at = 0;
  for (const f of found) {
    out += `${text.slice(at, f.start)}[name]`;
    at = f.end;
  }
  return out + text.slice(at);
}

/**
 * The words bare names of two words give the folder, with the two together ("Ruiz" and "Sofia Ruiz" of
 * "Sofia Ruiz helped me", "Maya" and "Maya Chen" of "Maya Chen said"), to be removed wherever else it
 * writes them capitalised, as a cued name's are (the bare name itself is found wherever it stands).
 */
export function bareSurnames(text: string, kept: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  for (const { words } of bareNames(text, kept)) {
    if (words.length < 2) continue;
    const bare = (w: string) => bareNameWord(w.toLowerCase());
    out.push(...words.filter((w) => !bare(w)), words.join(' '));
  }
  return out;
}

/**
 * The bare names `texts` write as places, lower case: after a word that only a place follows ("in
 * Regina", "downtown Kingston", "north Richmond"; see keptAround). The folder keeps them wherever it
 * writes them, as it keeps a pair's word it writes so (README, Privacy). Not after "to" or "from", kept
 * where they stand only: "I came to Sofia for help", "I go to Emma when I'm stuck" name a person, and
 * would spare her name in every answer.
 */
export function bareNamesAsPlaces(texts: Iterable<string>): Set<string> {
  const places = new Set<string>();
  for (const text of texts) {
    if (!CAPITAL_AFTER_SPACE.test(text) || !PLACE_HINT.test(text)) continue;
    for (const m of text.matchAll(CAPITALISED)) {
      const key = m[0].toLowerCase();
      if (places.has(key) || !bareNameWord(key)) continue;
      const before = wordBefore(text, m.index).toLowerCase();
      // An article keeps a word where it stands only ("the Richmond campus"), not in the whole folder.
      if (!PLACE_BEFORE.has(before) || ARTICLES.has(before)) continue;
      if (keptAround(text, m.index, m[0])) places.add(key);
    }
  }
  return places;
}
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
// A word of place before a capitalised word, which most texts lack, sought only in a text with a capital
// after a space: the two plain patterns scan the bench's 400,000 answers in 0.1 s, where one pattern
// of Unicode classes took 0.35 s.
const CAPITAL_AFTER_SPACE = /[ \t][A-Z]/;
const PLACE_HINT = /\b(?:[Ii][Nn](?:[Tt][Oo])?|[Aa]cross|[Tt]hroughout|[Dd]owntown|(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:ern)?)[ \t]+[A-Z]/;
