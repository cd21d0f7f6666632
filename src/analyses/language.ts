// Responses written in another language than the codebook's English. The default codebook's patterns
// are English words, so a French immersion class's answers, or a newcomer's in Spanish or Punjabi, carry
// no theme: the report must say so rather than let "no theme came up" stand as a finding.
import type { Response } from '../model.js';

/** How many responses seem to be in one other language, and where the first is. */
export interface OtherLanguage {
  /** "French", "Spanish", or the script for text not in Latin letters ("Gurmukhi script"). */
  language: string;
  responses: number;
  /** The first such response, to point a warning at. */
  first: { sourceId: string; locator: string; line?: number };
}

// Short, frequent words of each language that the others rarely use: articles, pronouns, conjunctions,
// common verbs. Words two of the languages share ("de", "la", "que", "en") are left out of both, and so
// are those that English shares ("a", "on", "plus", "no").
const LANGUAGES = ['English', 'French', 'Spanish'] as const;
const FUNCTION_WORDS: Record<(typeof LANGUAGES)[number], string> = {
  English:
    'the and to of in is it i we you that for my our are was be with more not they this have do can would should but if so what when there their them because me us just like really',
  French: 'le les des et est je nous pas une du pour dans avec sur mais être ce ça au aux ont sont il elle vous très qui aussi peut fait avoir mes nos leur cette',
  Spanish: 'el los las y es una por para con más pero muy lo del como está yo tengo hay porque también nosotros ellos sus esta cuando puede',
};
/**
 * A French or Spanish function word (any case) between non-letters. A French or Spanish text has two
 * distinct ones at least; an English text seldom any.
 */
const FOREIGN_WORD = new RegExp(
  `(?<![a-zà-ÿ])(?:${[...FUNCTION_WORDS.French.split(' '), ...FUNCTION_WORDS.Spanish.split(' ')].join('|')})(?![a-zà-ÿ])`,
  'i',
);
/** Each function word and the index of its language in {@link LANGUAGES}. */
const LANGUAGE_OF = new Map<string, number>(LANGUAGES.flatMap((language, i) => FUNCTION_WORDS[language].split(' ').map((w): [string, number] => [w, i])));

/** Fewer words than this and a response is not judged (a name of a course, "Merci!"). */
const MIN_WORDS = 5;

// Letters of other scripts, named for the report; a response mostly in one of them is not English.
const SCRIPTS: [string, RegExp][] = [
  ['Gurmukhi script', /\p{Script=Gurmukhi}/gu],
  ['Devanagari script', /\p{Script=Devanagari}/gu],
  ['Arabic script', /\p{Script=Arabic}/gu],
  ['Chinese characters', /\p{Script=Han}/gu],
  ['Korean script', /\p{Script=Hangul}/gu],
  ['Japanese script', /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ['Cyrillic script', /\p{Script=Cyrillic}/gu],
  // Letters only Vietnamese uses (not French's â, ê, ô).
  ['Vietnamese', /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu],
];

/** The language a response seems to be in, when it is clearly not English; undefined otherwise. */
export function otherLanguageOf(text: string): string | undefined {
  // Only a text with a letter outside the Latin script, or one of Vietnamese's, can be in another script.
  if (!ASCII.test(text) && (NON_LATIN_LETTER.test(text) || VIETNAMESE_LETTER.test(text))) {
    const letters = text.match(LETTERS)?.length ?? 0;
    if (letters === 0) return undefined;
    const script = scriptOf(text, letters);
    if (script !== undefined) return script;
  }
  // Most texts hold none of the words only French or Spanish use: one native scan rules them out.
  if (!FOREIGN_WORD.test(text)) return undefined;
  // Left are texts in Latin letters: French's and Spanish's accented ones are all in Latin-1.
  const words = text.toLowerCase().split(NOT_WORD_LETTER);
  // Distinct function words of each language, one pass.
  const hits = [0, 0, 0];
  let seen: Set<string> | undefined;
  let count = 0;
  for (const w of words) {
    if (w === '') continue;
    count++;
    const i = LANGUAGE_OF.get(w);
    if (i === undefined || seen?.has(w)) continue;
    (seen ??= new Set()).add(w);
    hits[i]!++;
  }
  if (count < MIN_WORDS) return undefined;
  const best = hits[1]! >= hits[2]! ? 1 : 2;
  // Two distinct function words of the other language, and three times as many as of English.
  return hits[best]! >= 2 && hits[best]! >= 3 * hits[0]! ? LANGUAGES[best] : undefined;
}

const ASCII = /^[\x00-\x7f]*$/;
const LETTERS = /\p{L}/gu;
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u;
const VIETNAMESE_LETTER = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;
const NOT_WORD_LETTER = /[^a-z\u00e0-\u00ff]+/;

/** The script (or Vietnamese) most of a text's `letters` are written in, if not English's. */
function scriptOf(text: string, letters: number): string | undefined {
  for (const [name, pattern] of SCRIPTS) {
    const n = text.match(pattern)?.length ?? 0;
    // Vietnamese is Latin letters with marks: a few marked letters in a sentence are enough.
    if (name === 'Vietnamese' ? n >= 3 && n / letters >= 0.05 : n / letters >= 0.5) return name;
  }
  return undefined;
}

/**
 * Responses in each language other than English, most first (then by name). Pass the responses that
 * carry no theme: one that matched the codebook's English words is English enough, and judging only
 * the rest keeps this cheap on a large survey. Pure.
 */
export function otherLanguages(responses: Iterable<Response>): OtherLanguage[] {
  const found = new Map<string, OtherLanguage>();
  for (const r of responses) {
    const language = otherLanguageOf(r.text);
    if (language === undefined) continue;
    const seen = found.get(language);
    if (seen) seen.responses++;
    else found.set(language, { language, responses: 1, first: { sourceId: r.sourceId, locator: r.locator, ...(r.line !== undefined ? { line: r.line } : {}) } });
  }
  return [...found.values()].sort((a, b) => b.responses - a.responses || (a.language < b.language ? -1 : 1));
}
