// Responses written in another language than the codebook's (English, unless it is French or Spanish).
// The default codebook's patterns are English words, so a French immersion class's answers, or a
// newcomer's in Spanish or Punjabi, carry no theme: the report must say so rather than let "no theme came
// up" stand as a finding. Also judges a codebook's own language from its words.
import type { CodebookLanguage, Response } from '../model.js';
import { englishWord } from '../nlp/english-words.js';

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
// Words of short answers in each language besides its function words ("Trop de devoirs", "No me gusta el
// horario", "Plus de temps", "Más tiempo libre"): school, time, liking and wanting. A few are English
// words too, and listed in ALSO_ENGLISH.
const ANSWER_WORDS: Record<'French' | 'Spanish', string> = {
  French:
    'trop assez beaucoup moins temps devoirs devoir cours classe élèves élève eleves profs professeurs professeur enseignants enseignant ' +
    'horaire examens choix aider rien oui non merci besoin faut veux voulons aime aimons aimé suis sommes êtes ai avons sais pense crois trouve ' +
    'faire peux pouvons étudier apprendre école ecole écoles jamais toujours vraiment bon bonne bons bonnes mauvais mauvaise ennuyeux difficile ' +
    'facile intéressant amis ami projets activités musique récréation récré midi matin soir semaine jour jours heure heures tôt tard chose choses ' +
    'tout tous toute toutes autre autres même ne plus pour on long',
  Spanish:
    'gusta gustan gusto encanta quiero queremos necesito necesitamos tenemos tiene tienen hacer tarea tareas deberes clase maestro maestra ' +
    'maestros maestras profesor profesora profesores escuela colegio horario tiempo mucho mucha muchos muchas demasiado demasiada demasiados ' +
    'demasiadas poco poca pocos pocas menos nada gracias sí bueno buena buenos buenas malo mala aburrido aburrida difícil dificil fácil ' +
    'exámenes examenes opciones ayuda ayudar amigo amigos amigas proyectos actividades estudiar aprender siempre nunca todo todos toda todas ' +
    'otro otra otros otras mismo mas estoy estamos somos soy hora horas día dia días dias semana mañana tarde temprano mi mis no con sus',
};
// Words French and Spanish share, which say neither ("de", "la", "que", "en"); in a short answer they
// may stand beside either language's own words.
const SHARED_WORDS = 'de la que en se si te un me nos le les bien libre examen a son';
// French elisions as the tokenizer splits them: j'aime, l'école, d'accord, c'est, qu'il, n'aime.
const ELISIONS = 'j l d c qu n s m t';
// Words of either language that are English words too ("no", "me", "plus", "pour", "con", "yo"): they
// never make an answer another language's on their own, and no first scan is started by them.
const ALSO_ENGLISH = new Set('a me no on plus pour son con lo yo hay sus mucho nada amigo long chose gusto maestro poco todo soy para'.split(' '));

/**
 * French's and Spanish's words for judging a short answer: `vocabulary`, every word the language may use
 * (the words it shares with the other and, for French, its elisions, included); `own`, those of them that
 * are neither English nor the other language's.
 */
const SHORT_ANSWER = (['French', 'Spanish'] as const).map((language) => {
  const other = language === 'French' ? 'Spanish' : 'French';
  const words = (l: 'French' | 'Spanish') => [...FUNCTION_WORDS[l].split(' '), ...ANSWER_WORDS[l].split(' ')];
  const theirs = new Set(words(other));
  const own = new Set(words(language).filter((w) => !ALSO_ENGLISH.has(w) && !theirs.has(w)));
  const vocabulary = new Set([...words(language), ...SHARED_WORDS.split(' '), ...(language === 'French' ? ELISIONS.split(' ') : [])]);
  return { language, own, vocabulary };
});

/**
 * A French or Spanish word (any case) between non-letters, of its function words or of short answers'.
 * A French or Spanish text has one at least; an English text seldom any.
 */
const FOREIGN_WORD = new RegExp(
  `(?<![a-zà-ÿ])(?:${[...new Set(SHORT_ANSWER.flatMap((l) => [...l.own]))].join('|')})(?![a-zà-ÿ])`,
  'i',
);
// Letters one of the two languages writes and the other (and English) does not.
const OWN_LETTERS: Record<'French' | 'Spanish', RegExp> = { French: /[àâçèêëîïôùûœ]/, Spanish: /[ñáíóú]/ };
/** Each language's own words and its function words that are no English word (see {@link marksLanguage}). */
const CONTEXT_WORDS = Object.fromEntries(
  SHORT_ANSWER.map(({ language, own }) => [language, new Set([...own, ...FUNCTION_WORDS[language].split(' ').filter((w) => !ALSO_ENGLISH.has(w))])]),
) as Record<'French' | 'Spanish', Set<string>>;

/**
 * Whether a lower-cased word is French's or Spanish's and not English's: one of its own words or function
 * words that is no English word, or a word with a letter only it writes. What makes a codebook's words
 * that language's ({@link codebookLanguageOf}), and a short answer in a question answered mostly in it
 * ({@link inTheirLanguage}).
 */
function marksLanguage(word: string, language: 'French' | 'Spanish'): boolean {
  return CONTEXT_WORDS[language].has(word) || OWN_LETTERS[language].test(word);
}

/** A text's words, lower case, split at every character that is no letter of English, French or Spanish. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().split(NOT_WORD_LETTER).filter((w) => w !== '');
}

/**
 * The language a codebook's words (its patterns and labels) are in, where they are clearly French or
 * Spanish: two words at least are that language's own (by the lists above, or a letter only it writes),
 * twice as many as the other's, and half its words at least are no English word. Undefined otherwise,
 * for English: an English codebook with a `lycée` or a `fiesta` stays English. Pure.
 */
export function codebookLanguageOf(texts: Iterable<string>): 'French' | 'Spanish' | undefined {
  const words = new Set<string>();
  for (const text of texts) for (const w of text.toLowerCase().split(NOT_WORD_LETTER)) if (w.length > 1) words.add(w);
  const marked = SHORT_ANSWER.map(({ language }) => [...words].filter((w) => marksLanguage(w, language)).length);
  const [french, spanish] = marked as [number, number];
  const best = french >= spanish ? 0 : 1;
  const hits = marked[best]!;
  if (hits < 2 || hits < 2 * marked[1 - best]!) return undefined;
  // only now is wink's English lexicon read: most codebooks stop above
  const english = [...words].filter((w) => LANGUAGE_OF.get(w) === 0 || (/^[a-z]+$/.test(w) && englishWord(w))).length;
  return english * 2 <= words.size ? SHORT_ANSWER[best]!.language : undefined;
}

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
  const words = wordsOf(text);
  return byFunctionWords(words) ?? byEveryWord(text, words);
}

/** A sentence's language, by its function words: two distinct ones of French or Spanish, and three times as many as of English. */
function byFunctionWords(words: string[]): string | undefined {
  if (words.length < MIN_WORDS) return undefined;
  const hits = functionWordHits(words);
  const best = hits[1]! >= hits[2]! ? 1 : 2;
  return hits[best]! >= 2 && hits[best]! >= 3 * hits[0]! ? LANGUAGES[best] : undefined;
}

/** Distinct function words of each of {@link LANGUAGES} among `words`, in one pass. */
function functionWordHits(words: string[]): [number, number, number] {
  const hits: [number, number, number] = [0, 0, 0];
  let seen: Set<string> | undefined;
  for (const w of words) {
    const i = LANGUAGE_OF.get(w);
    if (i === undefined || seen?.has(w)) continue;
    (seen ??= new Set()).add(w);
    hits[i]++;
  }
  return hits;
}

/**
 * Whether a sentence is English, for a French or Spanish codebook: two distinct English function words
 * at least, and three times as many as of French and Spanish together (as {@link byFunctionWords} judges
 * those).
 */
function isEnglish(text: string): boolean {
  const words = wordsOf(text);
  if (words.length < MIN_WORDS) return false;
  const hits = functionWordHits(words);
  return hits[0] >= 2 && hits[0] >= 3 * (hits[1] + hits[2]);
}

/**
 * The language a response seems to be in, when it is clearly not the codebook's `language`; undefined
 * otherwise. For an English codebook, {@link otherLanguageOf}; for a French or Spanish one, the other of
 * them, another script, or English.
 */
export function languageOtherThan(text: string, language: CodebookLanguage): string | undefined {
  const judged = otherLanguageOf(text);
  if (language === 'English') return judged;
  if (judged !== undefined) return judged === language ? undefined : judged;
  return isEnglish(text) ? 'English' : undefined;
}

/**
 * A short answer's language ("Trop de devoirs", "No me gusta el horario"), which has too few function
 * words to count: every word of it is one the language uses, and one at least is its own, not English
 * and not the other language's. Precision first: one English word ("I like la musique class", "Me
 * too"), a word alone ("Trop", "No") or a name in capitals ("De La Salle", "Los Angeles") is never judged.
 */
function byEveryWord(text: string, words: string[]): string | undefined {
  if (words.length < 2 || TITLE_CASE.test(text)) return undefined;
  for (const { language, own, vocabulary } of SHORT_ANSWER) {
    if (words.every((w) => vocabulary.has(w)) && words.some((w) => own.has(w))) return language;
  }
  return undefined;
}

// Every word capitalised: a name, a place or a program ("Los Angeles", "Notre Dame"), not an answer.
const TITLE_CASE = /^[^\p{L}]*\p{Lu}[\p{L}'’-]*(?:[^\p{L}]+\p{Lu}[\p{L}'’-]*)*[^\p{L}]*$/u;

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
 * Responses in each language other than the codebook's (`codebook`, English unless said), most first
 * (then by name). Pass the responses that carry no theme: one that matched the codebook's words is in its
 * language enough, and judging only the rest keeps this cheap on a large survey. Pure.
 */
export function otherLanguages(responses: Iterable<Response>, codebook: CodebookLanguage = 'English'): OtherLanguage[] {
  const all = [...responses];
  const judged = all.map((r) => languageOtherThan(r.text, codebook));
  byContext(all, judged);
  const found = new Map<string, OtherLanguage>();
  all.forEach((r, i) => {
    const language = judged[i];
    if (language === undefined) return;
    const seen = found.get(language);
    if (seen) seen.responses++;
    else found.set(language, { language, responses: 1, first: { sourceId: r.sourceId, locator: r.locator, ...(r.line !== undefined ? { line: r.line } : {}) } });
  });
  return [...found.values()].sort((a, b) => b.responses - a.responses || (a.language < b.language ? -1 : 1));
}

/**
 * Judge again, in `judged`, the answers to a question (or in a file without questions) that most of its
 * judged answers say is in French or Spanish: two at least, and twice as many as those in any other
 * language, English judged by its function words too. There, an answer too short to judge alone ("Un
 * horaire plus souple", "Je me sens seule a l'ecole") is in that language where it holds a word of it
 * and no English function word. An English survey's question rarely has two French answers among its
 * untagged ones, and its English short answers hold no French word.
 */
function byContext(responses: readonly Response[], judged: (string | undefined)[]): void {
  // A group needs two answers judged French or Spanish: with fewer in all (an English survey), none has
  // them, and the answers are not grouped at all.
  let foreign = 0;
  for (const l of judged) if ((l === 'French' || l === 'Spanish') && ++foreign === 2) break;
  if (foreign < 2) return;
  // by question first; then by file, where a question's few answers said too little (four students' sheet)
  for (const key of [(r: Response) => `${r.sourceId}\u0000${r.questionId ?? ''}`, (r: Response) => r.sourceId]) {
    const groups = new Map<string, number[]>();
    responses.forEach((r, i) => {
      const k = key(r);
      const group = groups.get(k);
      if (group === undefined) groups.set(k, [i]);
      else group.push(i);
    });
    for (const group of groups.values()) judgeInGroup(responses, judged, group);
  }
}

/** {@link byContext} for one question's or file's answers, `group` their indexes. */
function judgeInGroup(responses: readonly Response[], judged: (string | undefined)[], group: number[]): void {
  const counts = new Map<string, number>();
  for (const i of group) if (judged[i] !== undefined) counts.set(judged[i]!, (counts.get(judged[i]!) ?? 0) + 1);
  const french = counts.get('French') ?? 0;
  const spanish = counts.get('Spanish') ?? 0;
  const language = french >= spanish ? 'French' : 'Spanish';
  const most = Math.max(french, spanish);
  if (most < 2 || most === group.length) return;
  // English answers count against, whether judged (a French codebook's) or not (an English one's)
  const english = group.filter((i) => judged[i] === 'English' || (judged[i] === undefined && isEnglish(responses[i]!.text))).length;
  const others = [...counts].filter(([l]) => l !== language && l !== 'English').reduce((n, [, c]) => n + c, 0);
  if (most < 2 * (english + others)) return;
  for (const i of group) if (judged[i] === undefined && inTheirLanguage(responses[i]!.text, language)) judged[i] = language;
}

/**
 * Whether an answer in a question answered mostly in `language` is in it too: one word of it at least
 * ({@link marksLanguage}), and no English function word, nor a name in capitals.
 */
function inTheirLanguage(text: string, language: 'French' | 'Spanish'): boolean {
  const words = wordsOf(text);
  if (words.length === 0 || (words.length > 1 && TITLE_CASE.test(text))) return false;
  // `me` and `on` are French or Spanish words as well as English ones
  if (words.some((w) => LANGUAGE_OF.get(w) === 0 && !ALSO_ENGLISH.has(w))) return false;
  return words.some((w) => marksLanguage(w, language));
}
