// Compiles a codebook once into a matcher over normalised tokens (quanteda's dictionary habit): every
// word, phrase, exclusion and expansion (synonym or embedding neighbour) becomes a path in one trie
// keyed by lemma ids, globs become keys a word carries, regexes are kept apart. Words are resolved to
// their keys once per distinct word.
import type { Codebook, Pattern, PatternKind, Theme } from '../model.js';
import { straightApostrophes, words } from '../nlp/tokenize.js';
import { Lexicon } from '../nlp/lexicon.js';
import { inflectionBases, lemma } from '../nlp/lemma.js';
import { stem, type CodebookLanguage, type StemmedLanguage } from '../nlp/stem.js';
import { BARE_CONTRACTIONS, cueFlags } from '../nlp/cues.js';
import { isSeparable, OBJECT_PRONOUNS } from '../nlp/phrasal-verbs.js';
import { parseRegex } from './validate.js';
import { createExpander } from './expansions.js';
import { unspacedLiteral } from './unicode-regex.js';

export interface CompileOptions {
  /** Add the curated synonyms and the reviewed word-embedding neighbours (lemma matcher only). */
  expansions: boolean;
  /** `lemma`: words by lemma, globs, phrases, regex, exclusions, not_near. `keyword`: a plain
   *  case-insensitive whole-word baseline of the words and phrases as written, nothing else. */
  matcher: 'lemma' | 'keyword';
  /** Also find references to the respondent's setting (the codebook's setting rules; lemma matcher only).
   *  They are matched in the same pass but reported apart from codings (see tagResponses). In the
   *  compiled codebook's options, true only when they are found: asked for, with rules, lemma matcher. */
  setting?: boolean;
  /**
   * The language of the codebook's patterns, where it is not English: the lemma matcher then reads each
   * word by its stem in that language, accents folded, and adds no English synonyms, phrasal verbs or
   * denials. Absent: the codebook's own (Codebook.language), else English. In the compiled codebook's
   * options, set only for French or Spanish.
   */
  language?: CodebookLanguage;
}

/** One pattern as matched: a theme's pattern or exclusion, with its context words as key ids. */
export interface CompiledPattern {
  /** Index of the theme in the codebook. */
  theme: number;
  pattern: Pattern;
  /** An exclusion phrase of the theme, not a pattern. */
  exclusion: boolean;
  /** The `unlessNear` context words and phrases as key ids; null when none. */
  unlessNear: Context | null;
  /**
   * Set on a reference to the respondent's setting rather than a theme's pattern: '' for the codebook's
   * setting references, or the setting value whose name this is. Such patterns belong to no theme
   * (`theme` is the number of themes) and never hide or are hidden by a theme's match.
   */
  reference?: string;
  /** Order of the pattern within its theme (user patterns first, then expansions), for ties. */
  rank: number;
  regex?: RegExp;
  /** The regex with \b and \w reading accented letters as letters, for texts that hold one (see parseRegex). */
  unicodeRegex?: RegExp;
}

/**
 * Context words (`not_near`) as key ids: single words, and phrases of several, each as a sequence; and
 * those written in a script without spaces (考试, 压力锅), found by a regex wherever their characters
 * stand in a row, as such patterns are (see unspacedLiteral).
 */
export interface Context {
  words: Set<number>;
  phrases: number[][];
  unspaced: RegExp[];
}

/** A theme as matched: its patterns including expansions, and its ancestors for roll-up. */
export interface CompiledTheme {
  theme: Theme;
  patterns: Pattern[];
  /** Indexes of the theme's ancestors, nearest first. */
  ancestors: number[];
}

/** A codebook compiled for tagging. Holds a per-word cache that grows as texts are tagged. */
export interface CompiledCodebook {
  codebook: Codebook;
  options: CompileOptions;
  themes: CompiledTheme[];
  matcher: TokenMatcher;
}

const GLOB_PREFIX = '\u0000glob:';
/** An elided article, pronoun or preposition of French (l', d', qu' …) or Italian (dell', nell' …) before a word. */
const ELIDED = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|dell|dall|nell|sull|all|un|quest)'(?=\p{L})/u;
/** A hyphen (ASCII, Unicode or non-breaking) between two letters or digits. */
const HYPHENATED = /[\p{L}\p{N}][-\u2010\u2011][\p{L}\p{N}]/u;
const HYPHENS = /([\p{L}\p{N}])[-\u2010\u2011](?=[\p{L}\p{N}])/gu;
/** Two words of letters only, such as a phrase `field trip` (not `teacher's help`, `4 day`). */
const TWO_WORDS = /^\p{L}+\s+\p{L}+$/u;
/** The key of a word that denies with `n't`, marking its base form: `can't` is `can` denied. */
const DENIED_PREFIX = '\u0000not:';
const BARE_DENIALS: ReadonlySet<string> = new Set([...BARE_CONTRACTIONS, 'cannot']);
/** Base forms of the verbs `not` is written onto (`do not` → `don't`, `can not` → `can't`, `is not` → `isn't`). */
const CONTRACTING: ReadonlySet<string> = new Set(['do', 'can', 'could', 'will', 'would', 'should', 'shall', 'be', 'have', 'must', 'need', 'might']);

/**
 * Whether a lower-cased word, apostrophes folded to `'`, is a verb with `n't` on it (`don't`, `isn't`),
 * typed without its apostrophe (`dont`, `cant`), or `cannot`. As a pattern's word it keeps its denial.
 */
export function denies(word: string): boolean {
  return (word.length > 3 && word.endsWith("n't")) || BARE_DENIALS.has(word);
}

/** The trie and the per-word cache. Internal to compile.ts and tagging.ts. */
export class TokenMatcher {
  readonly patterns: CompiledPattern[] = [];
  /** Indexes into `patterns` of regex patterns. */
  readonly regexPatterns: number[] = [];
  /** Regexes that can only match at a word the gate accepts: bit i of a word's mask = regex i may start
   *  there. Regexes without a derivable gate run on every text (`ungatedRegexes`). */
  private readonly regexGates: { bit: number; gate: RegExp }[] = [];
  readonly ungatedRegexes: number[] = [];
  readonly gatedRegexes: { bit: number; pattern: number }[] = [];
  /** Per word, for the hot loop: bits 0–30 = regex gates it opens, the sign bit = it starts a trie path. */
  wordInfo: Int32Array = new Int32Array(1024);
  /** Trie: children by key id, and accepted pattern indexes per node. Node 0 is the root. */
  readonly children: Map<number, number>[] = [new Map()];
  readonly accepts: (number[] | null)[] = [null];
  /** Key strings → ids; only keys some pattern or context word uses. */
  private readonly keyIds = new Map<string, number>();
  private readonly globs: { regex: RegExp; key: number }[] = [];
  /** Distinct lower-cased words seen in texts; the arrays below are indexed by their ids. */
  readonly lexicon = new Lexicon();
  /** Per word: relevant keys, trie nodes it starts, cue flags. */
  readonly wordKeys: (Int32Array | null)[] = [];
  readonly wordStarts: (Int32Array | null)[] = [];
  readonly wordFlags: number[] = [];
  /** Splits patterns into words: one lexicon for them all, not a new one (two typed arrays) per pattern. */
  private readonly patternWords = new Lexicon();

  constructor(
    readonly mode: 'lemma' | 'keyword',
    /** French or Spanish: words are read by their stem in it (lemma matcher only); undefined for English. */
    readonly stemmed?: StemmedLanguage,
  ) {}

  /** The key of one word of a pattern: its lemma (or stem), or the word itself for the keyword baseline. */
  patternKey(word: string): string {
    if (this.mode === 'keyword') return composed(word);
    if (this.stemmed !== undefined) return stemKeys(word, this.stemmed)[0]!;
    // `can't` keeps its `not`: read as `can` alone, `can't afford` coded "we can afford it"
    const base = lemma(lemmaForm(word));
    return denies(word) ? DENIED_PREFIX + base : base;
  }

  private keyId(key: string): number {
    let id = this.keyIds.get(key);
    if (id === undefined) {
      id = this.keyIds.size;
      this.keyIds.set(key, id);
    }
    return id;
  }

  /** Key ids of a phrase's words (or one word). */
  sequence(value: string): number[] {
    return this.keysOf(words(value, this.patternWords));
  }

  private keysOf(written: readonly string[]): number[] {
    return written.map((w) => this.keyId(this.patternKey(w)));
  }

  /** Add a pattern (or exclusion) to the trie or the regex list. */
  add(p: CompiledPattern): void {
    const index = this.patterns.length;
    this.patterns.push(p);
    // a regex, or a word or phrase in a script without spaces, found in the text by its regex
    if (p.regex !== undefined || p.pattern.kind === 'regex') {
      this.regexPatterns.push(index);
      const gate = p.regex ? regexGate(p.regex) : null;
      if (gate && this.gatedRegexes.length < 31) {
        const bit = this.gatedRegexes.length;
        this.gatedRegexes.push({ bit, pattern: index });
        this.regexGates.push({ bit, gate });
      } else this.ungatedRegexes.push(index);
      return;
    }
    if (p.pattern.kind === 'glob') {
      // A glob matches one word, and a text's `self-paced` is two, read also as one, `selfpaced` (see the
      // tagger's walkJoined): so `self-pac*` is matched without its hyphen, where with it it matched nothing.
      const glob = p.pattern.value.replace(/[-\u2010\u2011]/g, '');
      const key = this.keyId(GLOB_PREFIX + glob.toLowerCase());
      if (!this.globs.some((g) => g.key === key)) this.globs.push({ regex: globToRegex(glob), key });
      this.insert([key], index);
      return;
    }
    const written = words(p.pattern.value, this.patternWords);
    const keys = this.keysOf(written);
    this.insert(keys, index);
    if (this.stemmed !== undefined) {
      // each word's other keys (see stemKeys: typed without its accents, its plural's `s` left off), each a
      // path of its own with the other words' first keys
      written.forEach((w, i) => {
        for (const other of stemKeys(w, this.stemmed!, true).slice(1)) this.insert(keys.map((k, j) => (j === i ? this.keyId(other) : k)), index);
      });
      // as in English, a hyphenated pattern also matches its words run together, and a phrase of two words
      // them written as one; English's denials and phrasal verbs (below) are not French's or Spanish's
      if (HYPHENATED.test(p.pattern.value)) this.insert(this.sequence(p.pattern.value.replace(HYPHENS, '$1')), index);
      else if (TWO_WORDS.test(p.pattern.value.trim())) this.insert(this.sequence(p.pattern.value.trim().replace(/\s+/, '')), index);
      return;
    }
    // a denial written out or run together is the same denial: `can't afford` matches "can not afford",
    // `do not understand` matches "don't understand" and "dont understand" (the keyword baseline: as written)
    if (this.mode === 'lemma') for (const other of this.denialForms(written)) this.insert(other, index);
    // a phrasal verb takes a pronoun object between its words: `hand in` matches "hand it in", as a reader
    // takes it (the keyword baseline matches as written)
    if (this.mode === 'lemma' && isSeparable(written)) {
      for (const pronoun of OBJECT_PRONOUNS) this.insert([keys[0]!, this.keyId(this.patternKey(pronoun)), keys[1]!], index);
    }
    // `well-being` also matches `wellbeing`, as a reader takes them (the tagger joins `well-being` in a
    // text for a `wellbeing` pattern); the keyword baseline matches as written
    if (this.mode === 'lemma' && HYPHENATED.test(p.pattern.value)) this.insert(this.sequence(p.pattern.value.replace(HYPHENS, '$1')), index);
    // and a phrase of two words matches them written as one, as students write `fieldtrips`, `eachother`,
    // `selfcare` or `#mentalhealth` (the lemma matcher only)
    else if (this.mode === 'lemma' && TWO_WORDS.test(p.pattern.value.trim())) this.insert(this.sequence(p.pattern.value.trim().replace(/\s+/, '')), index);
  }

  /**
   * The key paths of a pattern's words with each denial in its other writing: `can't` as `can not` and
   * `do not` as `don't`, every combination where there are several. None when the words hold no denial.
   */
  private denialForms(written: readonly string[]): number[][] {
    const not = this.keyId(this.patternKey('not'));
    let forms: number[][] = [[]];
    let denial = false;
    for (let i = 0; i < written.length; i++) {
      const w = written[i]!;
      const key = this.keyId(this.patternKey(w));
      let alternative: number[] | undefined;
      if (denies(w)) alternative = [this.keyId(lemma(lemmaForm(w))), not];
      else if (written[i + 1] === 'not' && CONTRACTING.has(lemma(lemmaForm(w)))) {
        alternative = [this.keyId(DENIED_PREFIX + lemma(lemmaForm(w)))];
        i++;
        forms = forms.flatMap((f) => [[...f, key, not], [...f, ...alternative!]]);
        denial = true;
        continue;
      }
      if (alternative === undefined) forms = forms.map((f) => [...f, key]);
      else {
        forms = forms.flatMap((f) => [[...f, key], [...f, ...alternative!]]);
        denial = true;
      }
    }
    return denial ? forms.slice(1) : [];
  }

  /** Add a path of key ids to the trie, accepting pattern `index` at its end. */
  private insert(keys: number[], index: number): void {
    let node = 0;
    for (const k of keys) {
      let next = this.children[node].get(k);
      if (next === undefined) {
        next = this.children.length;
        this.children.push(new Map());
        this.accepts.push(null);
        this.children[node].set(k, next);
      }
      node = next;
    }
    (this.accepts[node] ??= []).push(index);
  }

  /**
   * Key ids for context words (`not_near`). An entry of several words (`lego set`) is a phrase, found as
   * its words together, where each of its words alone ("set") cancelled the match. An entry in a script
   * without spaces is kept as its regex: a text in it has no words to find it among.
   */
  contextKeys(words: readonly string[]): Context {
    const out: Context = { words: new Set(), phrases: [], unspaced: [] };
    for (const w of words) {
      const source = unspacedLiteral(w);
      if (source !== undefined) {
        out.unspaced.push(new RegExp(source, 'gi'));
        continue;
      }
      const keys = this.sequence(w);
      if (keys.length === 1) out.words.add(keys[0]!);
      else if (keys.length > 1) out.phrases.push(keys);
    }
    return out;
  }

  /**
   * Add a pattern once words have been resolved (a setting's name, known only once the corpus is read):
   * every word is resolved again, against the grown trie, when next seen.
   */
  addLate(p: CompiledPattern): void {
    this.add(p);
    this.wordKeys.length = 0;
    this.wordStarts.length = 0;
    this.wordFlags.length = 0;
  }

  /** Resolve keys, trie starts and cue flags of the words the lexicon gained since the last call. */
  resolveNewWords(): void {
    const all = this.lexicon.words;
    for (let id = this.wordKeys.length; id < all.length; id++) this.resolveWord(all[id]);
  }

  /** The id of a lower-cased word (interned and resolved on first sight). */
  wordId(word: string): number {
    const id = this.lexicon.id(word);
    this.resolveNewWords();
    return id;
  }

  private resolveWord(word: string): void {
    const keys: number[] = [];
    const push = (key: string): void => {
      const k = this.keyIds.get(key);
      if (k !== undefined && !keys.includes(k)) keys.push(k);
    };
    // the globs (`anxi*`) a form of the word matches, as written with its accents read past
    const pushGlobs = (bare: string): void => {
      for (const g of this.globs) if (g.regex.test(bare) && !keys.includes(g.key)) keys.push(g.key);
    };
    if (this.mode === 'keyword') {
      push(composed(word));
    } else if (this.stemmed !== undefined) {
      const language = this.stemmed;
      const resolve = (form: string): void => {
        for (const k of stemKeys(form, language)) push(k);
        pushGlobs(lemmaForm(form));
      };
      resolve(word);
      // l'école, d'aide, qu'il: the word is also read without its elided article or pronoun
      const elided = ELIDED.exec(word);
      if (elided) resolve(word.slice(elided[0].length));
    } else {
      const resolve = (form: string): void => {
        const before = keys.length;
        const l = lemma(form);
        push(l);
        if (l === form || keys.length === before) for (const b of inflectionBases(form)) push(b);
        pushGlobs(form);
      };
      const form = lemmaForm(word);
      resolve(form);
      // `don't` is also `do` denied, for a pattern that keeps the denial (see patternKey)
      if (denies(form)) push(DENIED_PREFIX + lemma(form));
      // French and Italian write an article or pronoun onto the word (l'école, d'aide, dell'ansia): the
      // word is also read without it, as a reader reads it, where `école` never matched "l'école"
      const elided = ELIDED.exec(form);
      if (elided) resolve(form.slice(elided[0].length));
    }
    const starts: number[] = [];
    for (const k of keys) {
      const node = this.children[0].get(k);
      if (node !== undefined) starts.push(node);
    }
    this.wordKeys.push(keys.length > 0 ? Int32Array.from(keys) : null);
    this.wordStarts.push(starts.length > 0 ? Int32Array.from(starts) : null);
    this.wordFlags.push(cueFlags(word));
    // JS's \b knows only ASCII word characters: a word with others may hide a boundary, so it opens every gate
    let mask = 0;
    const ascii = /^[\x00-\x7f]*$/.test(word);
    for (const g of this.regexGates) if (!ascii || g.gate.test(word)) mask |= 1 << g.bit;
    const id = this.wordStarts.length - 1;
    if (id >= this.wordInfo.length) {
      const grown = new Int32Array(this.wordInfo.length * 2);
      grown.set(this.wordInfo);
      this.wordInfo = grown;
    }
    this.wordInfo[id] = mask | (starts.length > 0 ? 1 << 31 : 0);
  }

  /** Distinct words seen so far. */
  get vocabularySize(): number {
    return this.wordKeys.length;
  }
}

/**
 * A cheap test on a lower-cased word that every match of `regex` must start at, when one can be read
 * off its source: `\bclass(?:es)?…` must start at a word beginning `class`, `\b[1-9]\d…` at one
 * beginning with a digit. Null when the regex does not start with `\b` and a literal or class.
 */
export function regexGate(regex: RegExp): RegExp | null {
  const m = /^\\b(?:([a-z0-9]{2,})|(\[[a-z0-9-]+\]))/i.exec(regex.source);
  if (!m) return null;
  return new RegExp(`^${m[1] ?? m[2]}`, 'i');
}

const ASCII_WORD = /^[\x00-\x7f]*$/;
const ACCENTS = /[\u0300-\u036f]/g;

/**
 * A word as the keyword baseline matches it: as written, whether its accents are typed as one character
 * (é) or as a letter and a combining accent (e + ◌́, as some keyboards, Macs and PDF exports give them).
 */
function composed(word: string): string {
  return ASCII_WORD.test(word) ? word : word.normalize('NFC');
}

/**
 * A word as the lemma matcher reads it: composed, without the accents of Latin letters, as a coder reads
 * past them ("résumé" is "resume", "Métis" is "Metis"), the same in texts, patterns and globs.
 */
export function lemmaForm(word: string): string {
  return ASCII_WORD.test(word) ? word : word.normalize('NFD').replace(ACCENTS, '').normalize('NFC');
}

/**
 * The keys of a French or Spanish word, its first the key a pattern's word is matched by: its stem, the
 * accents then folded (`élèves` → `elev`); where they differ, the stem of the word without its accents
 * (`sécurité` → `secur`, but `securite` → `securit`), so that a word typed without its accents meets the
 * pattern written with them; and the stems of the word without its plural's `s` (or Spanish `es`), where
 * the stemmer keeps a short plural whole (`amis` → `amis` but `ami` → `ami`; `tareas` → `tar` but `tarea`
 * → `tare`). A text's word carries them all; a pattern's word (`pattern`) is a path by each.
 */
export function stemKeys(word: string, language: StemmedLanguage, pattern = false): string[] {
  const written = composed(straightApostrophes(word));
  const forms = [written];
  // a text's `amis` is read as `ami` too; a pattern's plural gives its singular only from four letters
  // (`mois` is not `moi`, a word in every other answer), and `mes` is never `me`
  const shortest = pattern ? 4 : 3;
  if (/[^s]s$/.test(written) && [...written].length > shortest) forms.push(written.slice(0, -1));
  if (language === 'Spanish' && /[^e]es$/.test(written) && [...written].length > shortest + 1) forms.push(written.slice(0, -2));
  const keys: string[] = [];
  for (const form of forms) {
    for (const key of [lemmaForm(stem(form, language)), stem(lemmaForm(form), language)]) if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** `anxi*` → /^anxi.*$/ over a lower-cased word (`*` any run, `?` one character), accents read past as in `lemmaForm`. */
export function globToRegex(glob: string): RegExp {
  const body = straightApostrophes(lemmaForm(glob).toLowerCase())
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'u');
}

/**
 * A word, phrase or glob without wildcards written in Chinese, Japanese, Thai or another script without
 * spaces is found by a regex, wherever its characters stand in a row (see unspacedLiteral): the text has
 * no words to match it against. `p` itself, with its regex when it needs one.
 */
function matchUnspaced(p: CompiledPattern): CompiledPattern {
  if (p.pattern.kind === 'glob' && /[*?]/.test(p.pattern.value)) return p;
  const source = unspacedLiteral(p.pattern.value);
  if (source !== undefined) p.regex = new RegExp(source, 'gi');
  return p;
}

function ancestorsOf(themes: Theme[]): number[][] {
  const index = new Map(themes.map((t, i) => [t.id, i]));
  return themes.map((t) => {
    const out: number[] = [];
    let p = t.parent;
    while (p !== undefined) {
      const i = index.get(p);
      if (i === undefined || out.includes(i)) break;
      out.push(i);
      p = themes[i].parent;
    }
    return out;
  });
}

/**
 * Compile a codebook for `tagResponses`. `keyword` is the honest baseline: words and phrases matched
 * literally (case-insensitive, whole words), with no lemmas, globs (but for a glob without a wildcard,
 * which is a literal word), regexes, expansions, exclusions or context words.
 */
export function compileCodebook(codebook: Codebook, options: CompileOptions): CompiledCodebook {
  const language = options.language ?? codebook.language ?? 'English';
  const stemmed = language !== 'English' && options.matcher === 'lemma' ? language : undefined;
  const matcher = new TokenMatcher(options.matcher, stemmed);
  const ancestors = ancestorsOf(codebook.themes);
  const normalise = (value: string): string => matcher.sequence(value).join(' ');
  // the curated synonyms and embedding neighbours are English words
  const expand = options.expansions && options.matcher === 'lemma' && stemmed === undefined ? createExpander(normalise) : null;
  const themes: CompiledTheme[] = codebook.themes.map((theme, ti) => {
    const keyword = options.matcher === 'keyword';
    // a glob without a wildcard (`resume`, to leave out the verb's `resumed`) is a word as written, which the
    // baseline matches as it matches every word
    const own = keyword ? theme.patterns.filter((p) => p.kind === 'word' || p.kind === 'phrase' || (p.kind === 'glob' && !/[*?]/.test(p.value))).map((p) => (p.kind === 'glob' ? { ...p, kind: 'word' as PatternKind } : p)) : theme.patterns;
    const patterns = expand === null ? own : [...own, ...expand(theme, own)];
    patterns.forEach((pattern, rank) => {
      const near = !keyword && pattern.unlessNear && pattern.unlessNear.length > 0 ? matcher.contextKeys(pattern.unlessNear) : null;
      const compiled: CompiledPattern = { theme: ti, pattern, exclusion: false, unlessNear: near, rank };
      if (pattern.kind === 'regex') {
        const r = parseRegex(pattern.value);
        if ('error' in r) throw new Error(`theme '${theme.id}': ${r.error}`);
        compiled.regex = r.regex;
        if (r.unicode) compiled.unicodeRegex = r.unicode;
      } else matchUnspaced(compiled);
      matcher.add(compiled);
    });
    if (!keyword) {
      for (const value of theme.exclusions) {
        matcher.add(matchUnspaced({ theme: ti, pattern: { kind: 'phrase' as PatternKind, value }, exclusion: true, unlessNear: null, rank: -1 }));
      }
    }
    return { theme, patterns, ancestors: ancestors[ti] };
  });
  const rules = options.setting && options.matcher === 'lemma' ? codebook.setting : undefined;
  if (rules) {
    const ti = codebook.themes.length;
    rules.references.forEach((value, rank) => matcher.add({ theme: ti, pattern: { kind: /\s/.test(value) ? 'phrase' : 'word', value }, exclusion: false, unlessNear: null, rank, reference: '' }));
    for (const value of rules.exclusions) matcher.add({ theme: ti, pattern: { kind: 'phrase', value }, exclusion: true, unlessNear: null, rank: -1, reference: '' });
  }
  const compiledOptions: CompileOptions = { ...options, setting: rules !== undefined };
  if (language === 'English') delete compiledOptions.language;
  else compiledOptions.language = language;
  return { codebook, options: compiledOptions, themes, matcher };
}

/**
 * The codebook compiled again with every theme counting its negated mentions, to show by difference what
 * `count_negated: false` left out; undefined when no theme leaves any out, or for the keyword matcher,
 * which records no negation. `options` override the compiled codebook's own.
 */
export function compileCountingNegated(compiled: CompiledCodebook, options: Partial<CompileOptions> = {}): CompiledCodebook | undefined {
  const book = compiled.codebook;
  if (compiled.options.matcher !== 'lemma' || book.themes.every((t) => t.countNegated)) return undefined;
  return compileCodebook({ ...book, themes: book.themes.map((t) => ({ ...t, countNegated: true })) }, { ...compiled.options, ...options });
}
