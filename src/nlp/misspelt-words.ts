// Function words as students misspell them or type them without an apostrophe, which wink's lexicon
// lacks ("dosent", "didint", "realy", "alot"): no English word by englishWord, yet no one's name either.
// The redactor keeps them after a role word, where a word that is no English word is taken for a surname
// ("my coach dosent care" is no "my coach [name] care").

// An auxiliary's negative, misspelt or without its apostrophe: the auxiliary's stem as students type
// it, an "e" or an "i" or none, then "nt" ("dosent", "doesent", "dosnt", "dident", "didint", "isent",
// "wasint", "havnt", "arnt", "wernt", "couldent", "shudnt"; "dont", "cant", "wont" are wink's words
// too). No given name of the English lists has this shape.
const NEGATIVE_CONTRACTION =
  /^(?:do|does|doe|dos|did|is|was|were|wer|are|ar|has|hav|have|had|ca|wo|could|coud|cud|would|woud|wud|should|shoud|shud|must|might|need)[ei]?n['’]?t$/;

// Adverbs, conjunctions and a few verbs as students misspell or shorten them, each checked to be no word
// of wink's lexicon and no given name of the English lists; a word that is a name somewhere ("neva",
// "sayed", "wich") is left out: a name kept is worse than a word lost.
/** The listed misspellings (see misspeltWord), for tests to check each against wink's lexicon and the name lists. */
export const MISSPELLINGS: ReadonlySet<string> = new Set(
  (
    'realy relly reely rly rlly alot allways alway alwys alwayz becuase becasue beacuse becaus becouse bcuz coz ' +
    'definately definatly defintely deffinitely probaly probly usualy usally actualy acually finaly totaly basicly ' +
    'seriosly srsly litterally honstly allready alredy sumtimes somtimes stil nvr dunno gunna gona'
  ).split(' '),
);

/**
 * Whether a word, lower case, is a function word misspelt or typed without its apostrophe that wink's
 * lexicon lacks: an auxiliary's negative by its shape ("dosent", "didint", "wasint", "shouldent") or a
 * listed misspelling ("realy", "alot", "becuase", "definately").
 */
export function misspeltWord(word: string): boolean {
  return MISSPELLINGS.has(word) || NEGATIVE_CONTRACTION.test(word);
}
