// Tags responses with codebook themes in one pass: tokenise each text into a shared buffer, walk the
// compiled trie from every token, run the regexes, then resolve (exclusions, context words, longest
// match), flag negation and hypotheticals, and roll codings up to parent themes.
import type { Coding, Evidence, Pattern, Response } from '../model.js';
import type { CompiledCodebook, Context, TokenMatcher } from '../codebook/compile.js';
import { PLACEHOLDERS } from '../corpus/redact.js';
import { createTokens, growInt32, tokenize, type Tokens } from '../nlp/tokenize.js';
import {
  FLAG_CLAUSE,
  FLAG_HYPOTHETICAL_AFTER,
  FLAG_HYPOTHETICAL_BEFORE,
  FLAG_NEGATION,
  HYPOTHETICAL_WINDOW,
  MODAL_WINDOW,
  NEGATION_WINDOW,
  MAIN_CLAUSE_SUBJECTS,
  deniesAttitude,
  deniesBelief,
  negatesNothing,
  startsMainClause,
  statesAnyway,
  supposesNothing,
} from '../nlp/cues.js';

/** The words inside the placeholders de-identification writes ("name" of "[name]"). */
const PLACEHOLDER_WORDS = new Set<string>(PLACEHOLDERS.map((p) => p.slice(1, -1)));

/**
 * Give the word of every placeholder ("[phone]", "[name]") the id `id`, a word no pattern matches: the
 * placeholder stands for what a student wrote (a number, a name), not for the word, so "call me at
 * [phone]" is not about technology. The token stays, so phrases still do not match across it.
 */
function maskPlaceholders(text: string, t: Tokens, id: number): void {
  for (let i = 0; i < t.count; i++) {
    const s = t.start16[i]!;
    const e = t.end16[i]!;
    if (s > 0 && text.charCodeAt(s - 1) === 0x5b && text.charCodeAt(e) === 0x5d && PLACEHOLDER_WORDS.has(t.lexicon.words[t.ids[i]!]!)) t.ids[i] = id;
  }
}

// A word character past ASCII (é, ß, a digit of another script): only there do a regex's \b and \w read
// otherwise in JavaScript than in the Unicode form, whose first use costs V8 milliseconds to compile.
const WIDE_WORD_CHARACTER = /(?![\x00-\x7f])[\p{L}\p{N}\p{M}]/u;
// Most texts are ASCII: one plain scan settles them before the Unicode one.
const NOT_ASCII = /[^\x00-\x7f]/;

/** The hyphens that join two words into one (`well-being`, `e‑mail` with a non-breaking hyphen). */
const HYPHENS = /[-\u2010\u2011]/;

/** Reusable state for tagging many texts with one compiled codebook. */
class Tagger {
  private readonly tokens: Tokens;
  private readonly m: TokenMatcher;
  // candidate matches in parallel arrays: pattern, token span [s, e), code point and UTF-16 offsets
  private n = 0;
  private cp: Int32Array = new Int32Array(64);
  private cs: Int32Array = new Int32Array(64);
  private ce: Int32Array = new Int32Array(64);
  private ocs: Int32Array = new Int32Array(64);
  private oce: Int32Array = new Int32Array(64);
  private o16s: Int32Array = new Int32Array(64);
  private o16e: Int32Array = new Int32Array(64);
  private alive: Uint8Array = new Uint8Array(64);
  private hasExclusion = false;
  private readonly order: number[] = [];
  private readonly kept: number[] = [];
  // Per theme, the evidence found in this text, each as its shared one-element array (see evidence).
  private readonly byTheme: (Evidence[][] | undefined)[];
  // Per theme, an evidence list reused from text to text: a coding gets an exact-size copy, since an
  // array grown by push keeps room for 17 elements, and there are hundreds of thousands of codings.
  private readonly scratch: Evidence[][][];
  private readonly touched: number[] = [];
  private readonly placeholder: number;
  // Evidence texts by themselves: a codebook matches a few hundred distinct phrasings, so hundreds of
  // thousands of evidence objects share them instead of each holding a copy.
  private readonly texts = new Map<string, string>();
  // Evidence shared between codings (see evidence), in an open-addressing table: per slot, an entry + 1
  // (0 = empty); per entry, five integers (pattern index, flags, start, end, hash of all with the text),
  // its text and its one-element array.
  private slots: Int32Array = new Int32Array(0);
  private keys: Int32Array = new Int32Array(0);
  private readonly sharedTexts: string[] = [];
  private readonly shared: Evidence[][] = [];

  /** Longer token span, then longer text, then earlier, then codebook theme order, then pattern order. */
  private readonly longestFirst = (a: number, b: number): number => {
    const { cp, cs, ce, ocs, oce } = this;
    const patterns = this.m.patterns;
    return ce[b] - cs[b] - (ce[a] - cs[a]) || oce[b] - ocs[b] - (oce[a] - ocs[a]) || ocs[a] - ocs[b] || patterns[cp[a]].theme - patterns[cp[b]].theme || patterns[cp[a]].rank - patterns[cp[b]].rank;
  };

  constructor(private readonly compiled: CompiledCodebook) {
    this.m = compiled.matcher;
    this.tokens = createTokens(this.m.lexicon, 512);
    // A "word" with no letters: no lemma, glob or cue, so no pattern ever starts or continues at it.
    this.placeholder = this.m.wordId('[]');
    this.byTheme = new Array(compiled.themes.length).fill(undefined);
    this.scratch = Array.from({ length: compiled.themes.length }, () => []);
  }

  /** Receives the references to the respondent's setting found in the texts that want them. */
  sink: ReferenceSink | undefined;
  private index = -1;
  private readonly references: number[] = [];

  /**
   * Tag one text: push its codings (codebook order, evidence sorted by start) onto `out`, and pass its
   * references to the respondent's setting, if the codebook was compiled to find them, to the reference sink
   * with `index`.
   */
  tag(text: string, responseId: string, out: Coding[], index = -1): void {
    this.index = index;
    const m = this.m;
    const t = tokenize(text, this.tokens);
    if (text.includes('[')) maskPlaceholders(text, t, this.placeholder);
    m.resolveNewWords();
    this.n = 0;
    this.hasExclusion = false;
    this.wide = undefined;
    const count = t.count;
    const ids = t.ids;
    const info = m.wordInfo;
    let mask = 0;
    for (let i = 0; i < count; i++) {
      const v = info[ids[i]];
      if (v === 0) continue;
      mask |= v & 0x7fffffff;
      if (v < 0) {
        const starts = m.wordStarts[ids[i]]!;
        for (let k = 0; k < starts.length; k++) this.walk(starts[k], i, i + 1);
      }
    }
    if (m.mode === 'lemma') this.walkJoined(text);
    if (m.ungatedRegexes.length > 0) this.runRegexes(text, m.ungatedRegexes);
    if (mask !== 0) {
      for (const g of m.gatedRegexes) if (mask & (1 << g.bit)) this.runRegexes(text, [g.pattern]);
    }
    if (this.n > 0) this.resolve(text, responseId, out);
  }

  /**
   * Walk the trie from words a hyphen splits (`well-being`, `e-mail`) read as one (`wellbeing`,
   * `email`), so a pattern written without the hyphen matches them; the match spans both tokens.
   */
  private walkJoined(text: string): void {
    // Most texts have no hyphen at all: one native scan saves walking their tokens.
    if (!HYPHENS.test(text)) return;
    const m = this.m;
    const t = this.tokens;
    for (let i = 0; i + 1 < t.count; i++) {
      const at = t.end16[i];
      if (t.start16[i + 1] !== at + 1) continue;
      const c = text.charCodeAt(at);
      if (c !== 0x2d && c !== 0x2010 && c !== 0x2011) continue;
      if (t.ids[i] === this.placeholder || t.ids[i + 1] === this.placeholder) continue;
      const words = m.lexicon.words;
      const id = m.wordId(words[t.ids[i]] + words[t.ids[i + 1]]);
      if (m.wordInfo[id] >= 0) continue;
      const starts = m.wordStarts[id]!;
      for (let k = 0; k < starts.length; k++) this.walk(starts[k], i, i + 2);
    }
  }

  private push(p: number, s: number, e: number, ocs: number, oce: number, o16s: number, o16e: number): void {
    let n = this.n;
    if (n === this.cp.length) this.growCandidates();
    this.cp[n] = p;
    this.cs[n] = s;
    this.ce[n] = e;
    this.ocs[n] = ocs;
    this.oce[n] = oce;
    this.o16s[n] = o16s;
    this.o16e[n] = o16e;
    this.alive[n] = 1;
    if (this.m.patterns[p].exclusion) this.hasExclusion = true;
    this.n = n + 1;
  }

  private growCandidates(): void {
    const size = this.cp.length * 2;
    const g = (a: Int32Array): Int32Array => growInt32(a, size);
    this.cp = g(this.cp);
    this.cs = g(this.cs);
    this.ce = g(this.ce);
    this.ocs = g(this.ocs);
    this.oce = g(this.oce);
    this.o16s = g(this.o16s);
    this.o16e = g(this.o16e);
    const alive = new Uint8Array(size);
    alive.set(this.alive);
    this.alive = alive;
  }

  private walk(node: number, i: number, j: number): void {
    const m = this.m;
    const t = this.tokens;
    const acc = m.accepts[node];
    if (acc !== null) {
      for (let a = 0; a < acc.length; a++) this.push(acc[a], i, j, t.start[i], t.end[j - 1], t.start16[i], t.end16[j - 1]);
    }
    if (j >= t.count || t.clause[j] !== t.clause[i]) return;
    const children = m.children[node];
    if (children.size === 0) return;
    const keys = m.wordKeys[t.ids[j]];
    if (keys === null) return;
    for (let k = 0; k < keys.length; k++) {
      const child = children.get(keys[k]);
      if (child !== undefined) this.walk(child, i, j + 1);
    }
  }

  /** Whether the text being tagged holds a word character past ASCII; undefined until a regex needs to know. */
  private wide: boolean | undefined;

  private runRegexes(text: string, which: readonly number[]): void {
    const m = this.m;
    const t = this.tokens;
    let astral: boolean | undefined;
    for (const p of which) {
      const pattern = m.patterns[p];
      const regex = pattern.unicodeRegex !== undefined && (this.wide ??= NOT_ASCII.test(text) && WIDE_WORD_CHARACTER.test(text)) ? pattern.unicodeRegex : pattern.regex!;
      regex.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = regex.exec(text)) !== null) {
        const s16 = match.index;
        const e16 = s16 + match[0].length;
        if (e16 === s16) {
          regex.lastIndex += 1;
          continue;
        }
        let s = 0;
        while (s < t.count && t.end16[s] <= s16) s++;
        let e = s;
        while (e < t.count && t.start16[e] < e16) e++;
        // A match on a placeholder's word ("phone" of "[phone]") is not the student's word (see maskPlaceholders).
        if (this.overlapsPlaceholder(s, e)) continue;
        astral ??= /[\uD800-\uDFFF]/.test(text);
        const cs = astral ? countCodePoints(text, 0, s16) : s16;
        const ce = astral ? cs + countCodePoints(text, s16, e16) : e16;
        this.push(p, s, e, cs, ce, s16, e16);
      }
    }
  }

  private overlapsPlaceholder(s: number, e: number): boolean {
    for (let k = s; k < e; k++) if (this.tokens.ids[k] === this.placeholder) return true;
    return false;
  }

  private resolve(text: string, responseId: string, out: Coding[]): void {
    const m = this.m;
    const patterns = m.patterns;
    const n = this.n;
    const { cp, cs, ce, ocs, oce, alive } = this;
    // exclusions hide their own theme's matches inside them
    if (this.hasExclusion) {
      // In a long text (a one-line file of thousands of answers), each exclusion looks only at the matches
      // that start inside it, found in the matches sorted by start, not at every match.
      const byStart = n > MANY_MATCHES ? Array.from({ length: n }, (_, c) => c).sort((a, b) => ocs[a]! - ocs[b]!) : undefined;
      for (let x = 0; x < n; x++) {
        if (!patterns[cp[x]].exclusion) continue;
        alive[x] = 0;
        const theme = patterns[cp[x]].theme;
        const hide = (c: number): void => {
          if (alive[c] && !patterns[cp[c]].exclusion && patterns[cp[c]].theme === theme && ocs[x] <= ocs[c] && oce[c] <= oce[x]) alive[c] = 0;
        };
        if (byStart === undefined) for (let c = 0; c < n; c++) hide(c);
        else for (let i = firstStartingAt(byStart, ocs, ocs[x]!); i < n && ocs[byStart[i]!]! <= oce[x]!; i++) hide(byStart[i]!);
      }
    }
    // context words in the same sentence cancel a match; references to the setting go apart
    const order = this.order;
    const references = this.references;
    order.length = 0;
    references.length = 0;
    for (let c = 0; c < n; c++) {
      if (!alive[c]) continue;
      const near = patterns[cp[c]].unlessNear;
      if (near !== null && contextNear(this.tokens, this.m.wordKeys, cs[c], ce[c], near, text, this.o16s[c], this.o16e[c])) continue;
      if (patterns[cp[c]].reference !== undefined) references.push(c);
      else order.push(c);
    }
    if (references.length > 0 && this.sink !== undefined && this.sink.wanted[this.index] === 1) this.emitReferences(text);
    if (order.length === 0) return;
    // longest match wins: within a theme no two pieces of evidence overlap; across themes a match
    // strictly inside a longer one is dropped (equal spans in several themes all count)
    const kept = this.kept;
    kept.length = 0;
    if (order.length > 1) sortSmall(order, this.longestFirst);
    // Whether kept match k keeps c out: overlapping in one theme, or holding it and longer in another.
    const blocks = (k: number, c: number): boolean =>
      patterns[cp[k]].theme === patterns[cp[c]].theme
        ? ocs[k] < oce[c] && ocs[c] < oce[k]
        : ocs[k] <= ocs[c] && oce[c] <= oce[k] && (ce[k] - cs[k] > ce[c] - cs[c] || oce[k] - ocs[k] > oce[c] - ocs[c]);
    if (order.length <= MANY_MATCHES) {
      for (const c of order) if (!kept.some((k) => blocks(k, c))) kept.push(c);
    } else {
      // A long text: the kept matches are filed by where they start, and a match is compared only with
      // those that start near enough to reach it (no nearer than the widest kept match), not with all.
      const filed = new Map<number, number[]>();
      let widest = 0;
      for (const c of order) {
        const from = Math.floor(Math.max(0, ocs[c]! - widest) / BUCKET);
        const to = Math.floor(Math.max(ocs[c]!, oce[c]!) / BUCKET);
        let blocked = false;
        for (let b = from; b <= to && !blocked; b++) blocked = filed.get(b)?.some((k) => blocks(k, c)) ?? false;
        if (blocked) continue;
        kept.push(c);
        const bucket = Math.floor(ocs[c]! / BUCKET);
        const list = filed.get(bucket);
        if (list === undefined) filed.set(bucket, [c]);
        else list.push(c);
        widest = Math.max(widest, oce[c]! - ocs[c]!);
      }
    }
    const byTheme = this.byTheme;
    const touched = this.touched;
    touched.length = 0;
    for (const c of kept) {
      const cpat = patterns[cp[c]];
      const p = cpat.pattern;
      const spansTokens = ce[c] > cs[c];
      const ev = this.evidence(text, c, p, spansTokens && this.negated(cs[c]), spansTokens && this.hypothetical(cs[c], ce[c]));
      let list = byTheme[cpat.theme];
      if (list === undefined) {
        byTheme[cpat.theme] = list = this.scratch[cpat.theme];
        list.length = 0;
        touched.push(cpat.theme);
      }
      list.push(ev);
    }
    const themes = this.compiled.themes;
    // a theme that does not count negated mentions needs one mention that is not negated
    if (this.compiled.options.matcher === 'lemma') {
      for (let k = touched.length - 1; k >= 0; k--) {
        const ti = touched[k];
        if (!themes[ti].theme.countNegated && byTheme[ti]!.every((e) => e[0]!.negated)) {
          byTheme[ti] = undefined;
          touched.splice(k, 1);
        }
      }
    }
    // roll up to ancestors
    const own = touched.length;
    for (let k = 0; k < own; k++) {
      const ti = touched[k];
      for (const a of themes[ti].ancestors) {
        let list = byTheme[a];
        if (list === undefined) {
          byTheme[a] = list = this.scratch[a];
          list.length = 0;
          touched.push(a);
        }
        // Each piece of evidence once, though two children hold it; by key where there are many.
        const seen = list.length + byTheme[ti]!.length > MANY_MATCHES ? new Set(list.map(([x]) => evidenceKey(x!))) : undefined;
        for (const one of byTheme[ti]!) {
          const e = one[0]!;
          if (seen === undefined ? !list.some(([x]) => x!.start === e.start && x!.end === e.end && x!.pattern === e.pattern) : !seen.has(evidenceKey(e))) {
            list.push(one);
            seen?.add(evidenceKey(e));
          }
        }
      }
    }
    if (touched.length > 1) sortSmall(touched, ascending);
    for (const ti of touched) {
      const list = byTheme[ti]!;
      byTheme[ti] = undefined;
      out.push({ responseId, themeId: themes[ti].theme.id, evidence: list.length === 1 ? list[0]! : sortSmall(list.map(first), byPosition) });
    }
  }

  /** Setting references, longest first where they overlap, in position order, to the sink. */
  private emitReferences(text: string): void {
    const refs = this.references;
    if (refs.length > 1) refs.sort(this.longestFirst);
    const { cs, ce, ocs, oce } = this;
    const kept: number[] = [];
    for (const c of refs) if (!kept.some((k) => ocs[k] < oce[c] && ocs[c] < oce[k])) kept.push(c);
    kept.sort((a, b) => ocs[a] - ocs[b]);
    this.sink!.found(
      this.index,
      kept.map((c) => this.evidence(text, c, this.m.patterns[this.cp[c]].pattern, this.negated(cs[c]), this.hypothetical(cs[c], ce[c]))[0]!),
    );
  }

  /**
   * The evidence of candidate `c` in `text`, as a one-element array. Evidence is never changed once made,
   * and the same phrase turns up at the same offset in many short answers, so codings share it, and the
   * one-element arrays that most codings carry: the arrays made so far are kept in a table by pattern,
   * flags, offsets and a hash of the text, and one whose text is the same as this candidate's (compared in
   * place, no slice) is given again. The table is flat typed arrays, where per pattern, flags and start
   * a chain of maps and arrays cost a cache miss at each step.
   */
  private evidence(text: string, c: number, p: Pattern, negated: boolean, hypothetical: boolean): Evidence[] {
    const pattern = this.cp[c];
    const start = this.ocs[c];
    const end = this.oce[c];
    const s16 = this.o16s[c];
    const e16 = this.o16e[c];
    const flags = (negated ? 1 : 0) | (hypothetical ? 2 : 0);
    let h = 0x811c9dc5 | 0;
    for (let k = s16; k < e16; k++) h = Math.imul(h ^ text.charCodeAt(k), 16777619);
    h = Math.imul(h ^ pattern, 16777619);
    h = Math.imul(h ^ flags, 16777619);
    h = Math.imul(h ^ start, 16777619);
    h = Math.imul(h ^ end, 16777619);
    if (this.slots.length === 0) {
      this.slots = new Int32Array(1024);
      this.keys = new Int32Array(5 * 512);
    }
    const { slots, keys } = this;
    const mask = slots.length - 1;
    let slot = (h ^ (h >>> 15)) & mask;
    for (let entry = slots[slot] - 1; entry >= 0; entry = slots[slot] - 1) {
      const k = 5 * entry;
      if (keys[k + 4] === h && keys[k] === pattern && keys[k + 1] === flags && keys[k + 2] === start && keys[k + 3] === end) {
        const known = this.sharedTexts[entry]!;
        if (known.length === e16 - s16 && sameAt(text, s16, known)) return this.shared[entry]!;
      }
      slot = (slot + 1) & mask;
    }
    const one = [evidence(this.internText(text.slice(s16, e16)), start, end, p, negated, hypothetical)];
    // The table stops growing at a size no survey reaches; past it, evidence is no longer shared.
    const entry = this.shared.length;
    if (entry < MAX_SHARED) {
      const k = 5 * entry;
      if (k + 5 > keys.length) this.keys = growInt32(keys, 2 * keys.length);
      this.keys[k] = pattern;
      this.keys[k + 1] = flags;
      this.keys[k + 2] = start;
      this.keys[k + 3] = end;
      this.keys[k + 4] = h;
      this.sharedTexts.push(one[0]!.text);
      this.shared.push(one);
      slots[slot] = entry + 1;
      if (2 * (entry + 1) > slots.length) this.rehash();
    }
    return one;
  }

  /** Double the evidence table's slots and file every entry again. */
  private rehash(): void {
    const slots = new Int32Array(2 * this.slots.length);
    const mask = slots.length - 1;
    for (let entry = 0; entry < this.shared.length; entry++) {
      const h = this.keys[5 * entry + 4];
      let slot = (h ^ (h >>> 15)) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = entry + 1;
    }
    this.slots = slots;
  }

  /** The one copy of an evidence text. */
  private internText(piece: string): string {
    const known = this.texts.get(piece);
    if (known !== undefined) return known;
    this.texts.set(piece, piece);
    return piece;
  }

  private negated(s: number): boolean {
    const t = this.tokens;
    const flags = this.m.wordFlags;
    const clause = t.clause[s];
    // "Without breaks I get anxious": a subject after `without` starts what it does not reach.
    let subject = false;
    for (let k = s - 1; k >= 0 && k >= s - NEGATION_WINDOW; k--) {
      if (t.clause[k] !== clause) return false;
      const f = flags[t.ids[k]];
      if (f & FLAG_NEGATION && !this.negatesNothing(k)) {
        if (subject && t.lexicon.words[t.ids[k]] === 'without') return false;
        // "never not stressed": two negations in a row deny each other, as do a denied belief and a
        // negation in what it reports, "I don't think it's not fair"
        return !(k > 0 && t.clause[k - 1] === clause && flags[t.ids[k - 1]] & FLAG_NEGATION) && !this.beliefDenied(k) && !this.attitudeDenied(k, s);
      }
      subject ||= MAIN_CLAUSE_SUBJECTS.has(t.lexicon.words[t.ids[k]]!);
      if (f & FLAG_CLAUSE) return false;
      // a question put inside the sentence has a reach of its own: "I'm not sure if the timetable helps"
      if (f & FLAG_HYPOTHETICAL_BEFORE ? this.supposesNothing(k) : t.lexicon.words[t.ids[k]] === 'whether') return false;
    }
    return false;
  }

  /** Whether the negation cue at token `k` denies a liking of what token `s` mentions: "I don't like tests". */
  private attitudeDenied(k: number, s: number): boolean {
    const t = this.tokens;
    const words = t.lexicon.words;
    const between: string[] = [];
    for (let j = k + 1; j < s; j++) between.push(words[t.ids[j]]!);
    return deniesAttitude(k > 0 && t.clause[k - 1] === t.clause[k] ? words[t.ids[k - 1]] : undefined, words[t.ids[k]]!, between);
  }

  /** Whether a denied belief ("don't think") stands before the negation cue at token `k`, in its clause and reach. */
  private beliefDenied(k: number): boolean {
    const t = this.tokens;
    const words = t.lexicon.words;
    const clause = t.clause[k];
    for (let j = k - 2; j >= 0 && j >= k - 2 - NEGATION_WINDOW; j--) {
      if (t.clause[j] !== clause) return false;
      if (this.m.wordFlags[t.ids[j]] & FLAG_NEGATION) return deniesBelief(words[t.ids[j]]!, words[t.ids[j + 1]]);
    }
    return false;
  }

  /** Whether the hypothetical cue at token `k` states what follows anyway ("could not", "I'd say"). */
  private statesAnyway(k: number): boolean {
    const t = this.tokens;
    return statesAnyway(t.lexicon.words[t.ids[k]]!, k + 1 < t.count && t.clause[k + 1] === t.clause[k] ? t.lexicon.words[t.ids[k + 1]] : undefined);
  }

  /** Whether the hypothetical cue at token `k` supposes nothing there ("I don't know if …"). */
  private supposesNothing(k: number): boolean {
    const t = this.tokens;
    const words = t.lexicon.words;
    return supposesNothing(k > 0 && t.sentence[k - 1] === t.sentence[k] ? words[t.ids[k - 1]] : undefined, words[t.ids[k]]!);
  }

  /**
   * Whether the cue at token `k` is the `if` of "even if", whose clause concedes: what follows it in
   * another clause is said as fact ("Even if I study, I fail my tests").
   */
  private concedes(k: number): boolean {
    const t = this.tokens;
    const words = t.lexicon.words;
    return k > 0 && t.sentence[k - 1] === t.sentence[k] && words[t.ids[k]] === 'if' && words[t.ids[k - 1]] === 'even';
  }

  /**
   * Whether token `s` lies past the clause of the "even if" at token `k`: in another clause ("Even if I
   * study, I fail my tests"), or, with no comma, after the subject that starts the main clause ("Even if
   * I study I fail my tests").
   */
  private afterConcession(k: number, s: number): boolean {
    const t = this.tokens;
    if (t.clause[k] !== t.clause[s]) return true;
    const words = t.lexicon.words;
    for (let b = k + 3; b < s; b++) if (startsMainClause(words[t.ids[b]]!, words[t.ids[b - 1]]!, words[t.ids[b - 2]]!, b - k)) return true;
    return false;
  }

  /** Whether the negation cue at token `k` is one that denies nothing there ("not only", "whether or not"). */
  private negatesNothing(k: number): boolean {
    const t = this.tokens;
    const words = t.lexicon.words;
    const clause = t.clause[k];
    const at = (i: number): string | undefined => (i >= 0 && i < t.count && t.clause[i] === clause ? words[t.ids[i]] : undefined);
    return negatesNothing(at(k - 1), words[t.ids[k]]!, at(k + 1), at(k + 2));
  }

  private hypothetical(s: number, e: number): boolean {
    const t = this.tokens;
    const flags = this.m.wordFlags;
    const sentence = t.sentence[s];
    for (let k = s - 1; k >= 0 && k >= s - HYPOTHETICAL_WINDOW; k--) {
      if (t.sentence[k] !== sentence) break;
      const f = flags[t.ids[k]];
      if (f & FLAG_HYPOTHETICAL_BEFORE && !this.supposesNothing(k) && !this.statesAnyway(k) && !(this.concedes(k) && this.afterConcession(k, s))) return true;
      if (f & FLAG_CLAUSE) break;
    }
    const clause = t.clause[e - 1];
    for (let k = e; k < t.count && k < e + MODAL_WINDOW; k++) {
      if (t.clause[k] !== clause) break;
      const f = flags[t.ids[k]];
      if (f & FLAG_HYPOTHETICAL_AFTER && !this.statesAnyway(k)) return true;
      if (f & FLAG_CLAUSE) break;
    }
    return false;
  }
}

/**
 * Whether a context word (`not_near`), or a context phrase not wholly inside the match of tokens [s, e),
 * stands in the match's sentence: a word outside the match, a phrase within one clause. A context word
 * in a script without spaces is found by its characters (see Context.unspaced), anywhere in the sentence
 * but wholly inside the match (`text` and the match's UTF-16 offsets [s16, e16) tell where that is). The
 * sentence is the tokenizer's, which ends at a full-width ！ ？ or ｡ as at . ! ?.
 * Tagging asks it of every match whose pattern has context words, and `codebook try` of each word to
 * name those found.
 */
export function contextNear(t: Tokens, wordKeys: TokenMatcher['wordKeys'], s: number, e: number, near: Context, text?: string, s16 = -1, e16 = -1): boolean {
  if (t.count === 0) return false;
  const anchor = Math.min(s, t.count - 1);
  const sentence = t.sentence[anchor];
  let from = anchor;
  while (from > 0 && t.sentence[from - 1] === sentence) from--;
  let to = anchor;
  while (to + 1 < t.count && t.sentence[to + 1] === sentence) to++;
  // the sentence in UTF-16 units, [lo, hi): the tokenizer ends one at ！ ？ ｡ too, as at . ! ?
  const lo = t.start16[from]!;
  const hi = t.end16[to]!;
  if (text !== undefined && s16 >= 0) {
    for (const regex of near.unspaced) {
      regex.lastIndex = lo;
      let m: RegExpExecArray | null;
      while ((m = regex.exec(text)) !== null && m.index < hi) {
        const end = m.index + m[0].length;
        if (end === m.index) regex.lastIndex++;
        else if (end <= hi && (m.index < s16 || end > e16)) return true;
      }
    }
  }
  const has = (k: number, key: number): boolean => {
    const keys = wordKeys[t.ids[k]];
    return keys !== null && keys.includes(key);
  };
  for (let k = from; k <= to; k++) {
    for (const phrase of near.phrases) {
      const end = k + phrase.length;
      if ((k < s || end > e) && end <= t.count && t.clause[end - 1] === t.clause[k] && phrase.every((key, j) => has(k + j, key))) return true;
    }
    if (k >= s && k < e) continue;
    const keys = wordKeys[t.ids[k]];
    if (keys === null) continue;
    for (let q = 0; q < keys.length; q++) if (near.words.has(keys[q])) return true;
  }
  return false;
}

/**
 * One piece of evidence, built in a single literal holding every field of Evidence in the order JSON
 * output lists them, those not set left undefined (JSON leaves them out). Every piece of evidence so
 * has the one hidden class, the setting's copies (see setting.ts) included, and the writers' and
 * analyses' reads of a field stay on V8's fast path: a literal of only the fields set made eight hidden
 * classes, twelve with the setting's, and a read of a fifth of a million pieces of evidence through more
 * than four of them goes the slow way each time.
 */
function evidence(text: string, start: number, end: number, p: Pattern, negated: boolean, hypothetical: boolean): Evidence {
  const { value: pattern, kind } = p;
  return {
    text,
    start,
    end,
    pattern,
    kind,
    expansion: p.expansion,
    // Every expansion is made from a codebook pattern (see expansions.ts); the fallback never shows.
    expandedFrom: p.expansion ? (p.expandedFrom ?? pattern) : undefined,
    negated: negated || undefined,
    hypothetical: hypothetical || undefined,
    setting: undefined,
  };
}

/** A copy of `e` carrying `setting`, with the same hidden class (see {@link evidence}). */
export function withSetting(e: Evidence, setting: string): Evidence {
  const { text, start, end, pattern, kind, expansion, expandedFrom, negated, hypothetical } = e;
  return { text, start, end, pattern, kind, expansion, expandedFrom, negated, hypothetical, setting };
}

const ascending = (a: number, b: number): number => a - b;

// Matches in one response past which resolving compares each only with those near it, not with every
// other: a response is a few sentences, but a text file of thousands of answers on one line is one
// response of tens of thousands of matches, which comparing all pairs took minutes over.
const MANY_MATCHES = 256;
// Characters of text per bucket the kept matches are filed in.
const BUCKET = 256;

/** The first index of `byStart` (indices sorted by `starts`) whose start is `at` or later. */
function firstStartingAt(byStart: readonly number[], starts: ArrayLike<number>, at: number): number {
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[byStart[mid]!]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `a` sorted in place by `compare`, as `a.sort(compare)` sorts it (both are stable): by insertion where
 * `a` is short, as nearly every response's matches and codings are, which saves the builtin's set-up.
 */
function sortSmall<T>(a: T[], compare: (x: T, y: T) => number): T[] {
  if (a.length > SHORT_SORT) return a.sort(compare);
  for (let i = 1; i < a.length; i++) {
    const x = a[i]!;
    let j = i - 1;
    for (; j >= 0 && compare(a[j]!, x) > 0; j--) a[j + 1] = a[j]!;
    a[j + 1] = x;
  }
  return a;
}
/** Longest array {@link sortSmall} sorts by insertion. */
const SHORT_SORT = 16;

/** A piece of evidence's identity for roll-up: where it is, and the pattern that found it. */
function evidenceKey(e: Evidence): string {
  return `${e.start}:${e.end}:${e.pattern}`;
}
const first = (one: Evidence[]): Evidence => one[0]!;
/** Pieces of evidence one tagging run shares at most (see Tagger.evidence): 6 MB of table. */
const MAX_SHARED = 1 << 18;
/** Evidence order within a coding: by start, then end, then pattern. */
export const byPosition = (a: Evidence, b: Evidence): number => a.start - b.start || a.end - b.end || (a.pattern < b.pattern ? -1 : a.pattern > b.pattern ? 1 : 0);

/** Whether `text` holds `piece` at `at` (`text.startsWith(piece, at)`, without the builtin's call). */
function sameAt(text: string, at: number, piece: string): boolean {
  for (let k = 0; k < piece.length; k++) if (text.charCodeAt(at + k) !== piece.charCodeAt(k)) return false;
  return true;
}

function countCodePoints(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** Receives references to the respondent's setting, for the responses that want them. */
export interface ReferenceSink {
  /** By response index: 1 = pass this response's references to `found`. */
  wanted: Uint8Array;
  /** The references found in response `index`, in position order (none overlap). */
  found(index: number, evidence: Evidence[]): void;
}

/**
 * Tag every response with the compiled codebook's themes. Codings come in the responses' order, then
 * in the codebook's theme order; a parent theme gets a roll-up coding carrying its children's evidence.
 * Evidence objects, and one-element evidence arrays, are shared between codings: treat them as read-only.
 */
export function tagResponses(
  responses: readonly Response[],
  compiled: CompiledCodebook,
  /** Where references to the respondent's setting go (codebooks compiled with `setting`). */
  references?: ReferenceSink,
): Coding[] {
  const tagger = new Tagger(compiled);
  tagger.sink = references;
  // Gathered in blocks small enough for the regular heap, then joined into one array of the exact size:
  // one array grown by push to hundreds of thousands of codings leaves each outgrown copy behind as
  // large-object garbage (8 MB for 460,000 codings) that a run may never collect.
  const blocks: Coding[][] = [];
  let block: Coding[] = [];
  for (let i = 0; i < responses.length; i++) {
    const r = responses[i]!;
    tagger.tag(r.text, r.id, block, i);
    if (block.length >= CODING_BLOCK) {
      blocks.push(block);
      block = [];
    }
  }
  if (blocks.length === 0) return block;
  blocks.push(block);
  return ([] as Coding[]).concat(...blocks);
}

/** Codings per block in tagResponses (an array of this many pointers stays under V8's large-object size). */
const CODING_BLOCK = 16000;

/** Tag one text: the theme ids it carries with their evidence, in codebook order. */
export function tagText(text: string, compiled: CompiledCodebook): { themeId: string; evidence: Evidence[] }[] {
  const out: Coding[] = [];
  new Tagger(compiled).tag(text, '', out);
  return out.map((c) => ({ themeId: c.themeId, evidence: c.evidence }));
}
