// Words that mark a mention as negated or hypothetical, and words that start a new clause for that
// purpose. Kept small and explicit: each one changes how evidence is flagged.

/** Negation cues looked for a few words before a mention (plus every word ending in n't). */
export const NEGATION_CUES = ['not', 'never', 'no', 'without', 'hardly', 'barely', 'cannot', 'nobody', 'nothing', 'none', 'neither', 'nor', 'nowhere', 'rarely', 'seldom', 'lacking'];

/**
 * The n't contractions as students often type them, without the apostrophe ("i dont have wifi", "we cant
 * choose"). `wont` and `cant` are rare English words too, but in a student's answer they are almost
 * always the contraction.
 */
export const BARE_CONTRACTIONS = ['dont', 'doesnt', 'didnt', 'cant', 'couldnt', 'wont', 'wouldnt', 'shouldnt', 'isnt', 'arent', 'wasnt', 'werent', 'havent', 'hasnt', 'hadnt', 'aint', 'mustnt', 'neednt', 'mightnt'];

/**
 * Modals that stay hypothetical when negated, as `would` and `should` are: "I wouldn't be so stressed if
 * …", "we shouldn't have tests on Mondays". Not `couldn't`, which students mostly use of what happened:
 * "I couldn't afford it", "I couldn't get an extension".
 */
const NEGATED_MODALS = new Set(["wouldn't", "shouldn't", "mightn't", 'wouldnt', 'shouldnt', 'mightnt']);

/** Hypothetical cues before a mention in the same sentence (plus every `…'d`: I'd, we'd). */
export const HYPOTHETICAL_BEFORE = ['if', 'unless', 'would', 'could', 'should', 'might', 'wish', 'wishes', 'wished', 'hope', 'hopefully', 'imagine', 'suppose', 'supposing', 'ideally', 'maybe', 'perhaps'];

/** Modal cues right after a mention ("smaller classes would help"). */
export const HYPOTHETICAL_AFTER = ['would', 'could', 'should', 'might'];

/**
 * Words that end the reach of a cue, as a comma does ("I'm not sure but stress …"). A reason starts a
 * clause of its own: "I couldn't focus because of the stress" denies the focus, not the stress.
 */
export const CLAUSE_WORDS = ['but', 'however', 'although', 'though', 'whereas', 'except', 'yet', 'because', 'cause', 'cuz', 'coz', 'bc', 'since'];

/**
 * Subjects that start the main clause after an "even if" clause written without a comma: in "Even if I
 * study I fail my tests" the second `I` does. Only pronouns that are never objects (not `you`, `it`).
 */
export const MAIN_CLAUSE_SUBJECTS: ReadonlySet<string> = new Set(['i', "i'm", "i've", "i'll", 'we', "we're", "we've", "we'll", 'they', "they're", "they've", "they'll", 'he', "he's", "he'll", 'she', "she's", "she'll"]);
/** Words after which such a pronoun still belongs to the clause before: "even if I know what I want". */
const JOINING = new Set(['and', 'or', 'nor', 'that', 'what', 'when', 'where', 'who', 'whom', 'which', 'how', 'why', 'whether', 'if', 'so', 'as', 'than', 'until', 'unless', 'while', 'once', 'after', 'before']);

/** Verbs that report what is said or thought: a pronoun right after one (or after one and its object) starts what was said, not the main clause. */
const REPORTING = new Set([
  'say', 'says', 'said', 'tell', 'tells', 'told', 'think', 'thinks', 'thought', 'know', 'knows', 'knew',
  'feel', 'feels', 'felt', 'believe', 'believes', 'believed', 'hear', 'hears', 'heard', 'show', 'shows',
  'showed', 'explain', 'explains', 'explained', 'promise', 'promises', 'promised', 'realise', 'realises',
  'realised', 'realize', 'realizes', 'realized', 'mean', 'means', 'meant', 'hope', 'hopes', 'hoped',
  'guess', 'suppose', 'claim', 'claims', 'claimed', 'admit', 'admits', 'admitted', 'warn', 'warned',
  'remind', 'reminded', 'convince', 'convinced', 'prove', 'proved',
]);
/** The object of a reporting verb: "tell them we have stress". */
const OBJECTS = new Set(['me', 'us', 'them', 'him', 'her', 'you']);

/**
 * Whether `word` starts the main clause after an "even if" clause with no comma: a subject pronoun at
 * least two words after the `if` (`offset`, 3 or more: "if" + subject + verb) whose word before (`before`)
 * does not join it to that clause, and does not report it: "even if you tell them we have stress" (with
 * `twoBefore`, the word before that) is what they are told, inside the clause, as with "that".
 */
export function startsMainClause(word: string, before: string, twoBefore: string, offset: number): boolean {
  if (offset < 3 || !MAIN_CLAUSE_SUBJECTS.has(word) || JOINING.has(before)) return false;
  return !(REPORTING.has(before) || (OBJECTS.has(before) && REPORTING.has(twoBefore)));
}

export const FLAG_NEGATION = 1;
export const FLAG_HYPOTHETICAL_BEFORE = 2;
export const FLAG_HYPOTHETICAL_AFTER = 4;
export const FLAG_CLAUSE = 8;

const negation = new Set([...NEGATION_CUES, ...BARE_CONTRACTIONS]);
const before = new Set(HYPOTHETICAL_BEFORE);
const after = new Set(HYPOTHETICAL_AFTER);
const clause = new Set(CLAUSE_WORDS);

/** The cue flags of one lower-cased word. */
export function cueFlags(word: string): number {
  let f = 0;
  if (negation.has(word) || word.endsWith("n't")) {
    f |= FLAG_NEGATION;
    if (NEGATED_MODALS.has(word)) f |= FLAG_HYPOTHETICAL_BEFORE | FLAG_HYPOTHETICAL_AFTER;
  } else {
    if (before.has(word) || (word.endsWith("'d") && word.length > 2)) f |= FLAG_HYPOTHETICAL_BEFORE;
    if (after.has(word)) f |= FLAG_HYPOTHETICAL_AFTER;
  }
  if (clause.has(word)) f |= FLAG_CLAUSE;
  return f;
}

/** Words after `not` that make it add rather than deny: "not only the workload but also …". */
const ADDING = new Set(['only', 'merely', 'solely', 'just', 'simply']);
/** Of those, the ones that add after `n't` too only when it is a form of be ("it isn't just the money"):
 *  "you can't just pick" and "they don't simply listen" still deny. */
const ADDING_AFTER_VERBS = new Set(['only', 'merely', 'solely']);
const BE_NOT = new Set(["isn't", "aren't", "wasn't", "weren't", "ain't", 'isnt', 'arent', 'wasnt', 'werent', 'aint']);
/** Words after `no` that make an idiom, not a denial: "no doubt tests stress me out", "no matter how". */
const NO_IDIOMS = new Set(['doubt', 'matter', 'wonder']);

/**
 * Whether a negation cue (`cue`, lower-cased) negates nothing in its context: "not only" and "not
 * just" add ("not only the workload but also the stress"), as does "not to mention"; "whether or not"
 * and "stressed or not" offer both; "no doubt", "no matter" and "no wonder" are idioms. `before` is the
 * word before the cue, `next` and `then` the two after it, each undefined outside the cue's clause.
 */
export function negatesNothing(before: string | undefined, cue: string, next: string | undefined, then: string | undefined): boolean {
  // "I couldn't be more stressed", "it can't be any worse": a degree no higher, said of the highest.
  if (next === 'be' && (then === 'more' || then === 'any') && cue !== 'no' && cue !== 'without') return true;
  if (cue === 'not') return before === 'or' || (next !== undefined && ADDING.has(next)) || (next === 'to' && then === 'mention');
  if (cue === 'no') return next !== undefined && NO_IDIOMS.has(next);
  if (next === undefined) return false;
  return BE_NOT.has(cue) ? ADDING.has(next) : (cue.endsWith("n't") || cue.endsWith('nt')) && ADDING_AFTER_VERBS.has(next);
}

/** Words after which `if` means whether: "I don't know if I'll pass", "I asked if I could switch". */
const ASKING = new Set(['know', 'knew', 'known', 'idk', 'sure', 'unsure', 'ask', 'asks', 'asked', 'asking', 'wonder', 'wonders', 'wondered', 'wondering', 'see', 'check', 'checked', 'decide', 'decided', 'tell', 'doubt']);

/**
 * Whether a hypothetical cue (`cue`, lower-cased) supposes nothing in its context: an `if` that means
 * whether ("I don't know if I'll pass my exams" is about exams that will happen). `before` is the word
 * before the cue, undefined outside its sentence.
 */
export function supposesNothing(before: string | undefined, cue: string): boolean {
  return cue === 'if' && before !== undefined && ASKING.has(before);
}

/** Verbs after which `would` hedges what follows rather than supposing it: "I'd say stress is the worst". */
const HEDGED = new Set(['say', 'think', 'guess', 'argue', 'agree']);

/**
 * Whether a hypothetical cue (`cue`, lower-cased) states what follows rather than supposing it, by the
 * word after it (`next`, undefined outside its clause): "could not" and "could never" tell what
 * happened, as "couldn't" does ("I could not afford the trip"), and "I'd say" or "I would think" hedge a
 * statement ("I'd say the stress is the worst part").
 */
export function statesAnyway(cue: string, next: string | undefined): boolean {
  if (next === undefined) return false;
  if (cue === 'could') return next === 'not' || next === 'never';
  return (cue === 'would' || cue.endsWith("'d")) && HEDGED.has(next);
}

/** Verbs whose negation is read as negating the clause they report: "I don't think it's fair". */
const NEG_RAISING = new Set(['think', 'believe', 'suppose', 'reckon', 'expect', 'imagine', 'guess']);

/**
 * Whether a negation cue (`cue`, lower-cased) and the word after it (`next`) deny a belief, "don't
 * think", so that a second negation in the clause it reports cancels the first: "I don't think it's not
 * fair" says it is fair.
 */
export function deniesBelief(cue: string, next: string | undefined): boolean {
  return next !== undefined && NEG_RAISING.has(next) && cue !== 'without';
}

/**
 * Verbs of knowing, whose negation leaves what is known true ("I didn't know there was a counsellor":
 * there was one) or its topic standing ("I don't know much about Indigenous culture"). Not `think` or
 * `believe`, which a negation denies through ("I don't think stress helps").
 */
const KNOWING = new Set(['know', 'knew', 'known', 'realise', 'realised', 'realize', 'realized', 'notice', 'noticed', 'understand', 'understood']);
/** Verbs of liking or disliking: "I don't like tests" denies the liking, and says something of the tests. */
const ATTITUDE = new Set(['like', 'likes', 'liked', 'enjoy', 'enjoys', 'enjoyed', 'love', 'loves', 'loved', 'hate', 'hates', 'hated', 'mind', 'minds', 'minded', 'care', 'cares', 'cared', 'appreciate', 'appreciates', 'appreciated', 'prefer', 'prefers', 'preferred']);
/** `like` is that verb after a negated do, never or nobody, and not after a negated be: "it's not like regular school". */
const LIKE = new Set(['like', 'likes', 'liked']);
const DO_NOT = new Set(["don't", "doesn't", "didn't", 'dont', 'doesnt', 'didnt', 'never', 'nobody', 'noone']);
const DO = new Set(['do', 'does', 'did']);
/** "can't stand" dislikes. */
const CANNOT = new Set(["can't", 'cant', 'cannot', "couldn't", 'couldnt']);
/** "not a big fan of": a fan of a thing likes it. */
const FAN_SIZE = new Set(['big', 'huge', 'great', 'massive']);
/** Words that may stand between the negation and the verb: "I don't really like tests". */
const DEGREE = new Set(['really', 'even', 'ever', 'always', 'particularly', 'much', 'actually', 'exactly', 'totally', 'quite', 'necessarily', 'usually', 'especially']);

/**
 * Whether a negation cue (`cue`, lower-cased; `before`, the word before it in its clause) denies a verb
 * of liking or knowing that stands among `after`, the words between the cue and a mention: "I don't like
 * tests", "I never enjoyed group work", "no one likes the timetable", "I can't stand exams", "I'm not a
 * fan of flex", "I didn't know there was a tutor". The mention is then the object of the attitude, said
 * of, not denied: a good quote for its theme, not a weak one. A verb after the mention (`after` ends
 * before it) is not looked at.
 */
export function deniesAttitude(before: string | undefined, cue: string, after: readonly string[]): boolean {
  let i = cue === 'no' && after[0] === 'one' ? 1 : 0;
  while (i < after.length && DEGREE.has(after[i]!)) i++;
  const verb = after[i];
  if (verb === undefined) return false;
  // "not a fan of tests", "I'm no big fan of group work"
  let j = verb === 'a' ? i + 1 : i;
  if (FAN_SIZE.has(after[j] ?? '')) j++;
  if ((after[j] === 'fan' || after[j] === 'fans') && after[j + 1] === 'of') return true;
  if (verb === 'stand') return CANNOT.has(cue);
  if (KNOWING.has(verb)) return true;
  if (!ATTITUDE.has(verb)) return false;
  if (!LIKE.has(verb)) return true;
  return DO_NOT.has(cue) || (cue === 'no' && after[0] === 'one') || (cue === 'not' && before !== undefined && DO.has(before));
}

/** How many words before a mention a negation cue may stand. */
export const NEGATION_WINDOW = 4;
/** How many words before a mention a hypothetical cue may stand (same sentence). */
export const HYPOTHETICAL_WINDOW = 12;
/** How many words after a mention a modal may stand. */
export const MODAL_WINDOW = 3;
