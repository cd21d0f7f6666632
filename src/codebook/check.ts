// Lints a codebook against data (`reflect codebook check`): patterns that never match, patterns that
// match a large share of all responses, themes that nearly always come together, duplicate patterns,
// and the words most frequent in responses no theme reached. A pure function of its inputs.
import type { Codebook, Coding, Pattern, Response, Theme } from '../model.js';
import { compileCodebook, compileCountingNegated, denies, lemmaForm, type CompiledCodebook } from './compile.js';
import { createTokens, straightApostrophes, tokenize, words } from '../nlp/tokenize.js';
import { lemma } from '../nlp/lemma.js';
import { Lexicon } from '../nlp/lexicon.js';
import { tagResponses, tagText } from '../analyses/tagging.js';
import { PLACEHOLDER_WORDS } from '../corpus/redact.js';
import { byCodeUnits } from '../util/text.js';
import { FUNCTION_WORDS } from '../nlp/function-words.js';
import { editDistance } from '../util/suggest.js';

const PLACEHOLDER_PATTERN = new RegExp(`\\[(?:${PLACEHOLDER_WORDS})\\]`, 'g');

export interface LintOptions {
  /** A pattern in at least this share of all responses is flagged as too broad (default 0.25). */
  broadShare?: number;
  /** …and in at least this many responses (default 5), so tiny corpora do not flag everything. */
  broadMinimum?: number;
  /** Two themes sharing at least this share of the rarer theme's responses are flagged (default 0.9). */
  cooccurShare?: number;
  /** …when they share at least this many responses (default 5). */
  cooccurMinimum?: number;
  /** How many frequent words of uncoded responses to list (default 20). */
  topWords?: number;
}

export type LintKind = 'duplicate-pattern' | 'other-form' | 'another-word' | 'function-word' | 'never-matches' | 'unused-exclusion' | 'only-inside-longer' | 'only-negated' | 'too-broad' | 'co-occur';

export interface LintFinding {
  kind: LintKind;
  themeId: string;
  /** The pattern (never-matches, only-negated, too-broad, duplicate-pattern) or the other theme (co-occur). */
  subject: string;
  /** Responses involved: matched by the pattern (only-negated: where it was negated), or shared by the two themes. */
  count: number;
  message: string;
  /** never-matches: the word of the responses, a slip away, that a word pattern was likely meant to be (`anxiety` for `anxeity`). */
  meant?: string;
  /** other-form: the pattern of the theme it is another form of (`counseling` for `counselling`). */
  of?: string;
  /** only-inside-longer: the longer match that held it most often, its theme and pattern. */
  longer?: { themeId: string; pattern: string };
}

export interface CodebookLint {
  responses: number;
  /** Responses that carry no theme. */
  uncoded: number;
  /** Per theme: responses coded (roll-ups included), in codebook order. */
  themes: { themeId: string; responses: number }[];
  findings: LintFinding[];
  /**
   * The most frequent words (by lemma) in uncoded responses, by responses containing them: words the
   * codebook might add, each as students wrote it most often (`kids` for kid, kids; `data`, not `datum`). Words written as names are left out (capitalised mid-sentence at least as often
   * as in lower case), and so are words that code a theme on their own (see `uncodedCodebookWords`).
   */
  unmatchedWords: { word: string; responses: number }[];
  /**
   * Frequent words of uncoded responses that code a theme on their own: already in the codebook, yet
   * there they coded nothing (negated under `count_negated: false`, inside an `exclude` phrase, near a
   * `not_near` word, or hidden by a longer match).
   */
  uncodedCodebookWords: { word: string; responses: number }[];
  /** Settings that responses referred to ("here" in an alternate program): the themes they carried, and
   *  the responses coded through the reference, by setting (`program: Alternate program`). */
  settings: { setting: string; themes: string[]; responses: number }[];
}

// No responses give no share: '–', where 0% read as if none of many carried it.
const pct = (part: number, whole: number): string => (whole === 0 ? '–' : `${Math.round((part / whole) * 100)}%`);

/** Lint `codebook` (compiled as `compiled`) against responses and their codings from `tagResponses`. */
export function lintCodebook(codebook: Codebook, compiled: CompiledCodebook, responses: readonly Response[], codings: readonly Coding[], options: LintOptions = {}): CodebookLint {
  const broadShare = options.broadShare ?? 0.25;
  const broadMinimum = options.broadMinimum ?? 5;
  const cooccurShare = options.cooccurShare ?? 0.9;
  const cooccurMinimum = options.cooccurMinimum ?? 5;
  const topWords = options.topWords ?? 20;
  const findings: LintFinding[] = [];

  // duplicate patterns within a theme: the same kind, and the same lemmas and the same words as written.
  // Another form of a pattern (`counselling` beside `counseling`, `asked us` beside `ask us`) adds nothing
  // under the lemma matcher, which reads them as one, but the keyword baseline matches as written and
  // needs both: the default codebook keeps such forms on purpose (without them, `--matcher keyword` lost
  // 9 codings of the sample and 0.01 F1). They are reported apart ('other-form'), not as duplicates.
  const key = (kind: string, value: string): string => (kind === 'word' || kind === 'phrase' ? `w:${compiled.matcher.sequence(value).join(' ')}` : `${kind}:${value.toLowerCase()}`);
  const asWritten = (value: string): string => words(value).map((w) => w.normalize('NFC')).join(' ');
  const duplicates = new Set<string>();
  for (const theme of codebook.themes) {
    const seen = new Map<string, string[]>();
    for (const p of theme.patterns) {
      const k = key(p.kind, p.value);
      const firsts = seen.get(k);
      if (firsts === undefined) {
        seen.set(k, [p.value]);
        continue;
      }
      const same = k.startsWith('w:') ? firsts.find((f) => asWritten(f) === asWritten(p.value)) : firsts[0];
      if (same !== undefined) {
        findings.push({ kind: 'duplicate-pattern', themeId: theme.id, subject: p.value, count: 0, message: `${p.kind} '${p.value}' repeats '${same}' (same lemmas)` });
      } else {
        findings.push({
          kind: 'other-form',
          themeId: theme.id,
          subject: p.value,
          count: 0,
          message: `${p.kind} '${p.value}' is another form of '${firsts[0]}': the lemma matcher reads them as one; only --matcher keyword, which matches as written, needs it`,
          of: firsts[0],
        });
        firsts.push(p.value);
      }
      duplicates.add(`${theme.id}\u0000${p.value}`);
    }
  }
  // the same pattern in a theme and its parent: every match codes the sub-theme (and rolls up), so the
  // parent's copy adds nothing and the sub-theme takes all its mentions. (In two unrelated themes it is a
  // choice, a response coded twice, as the default codebook makes for `genius hour`.)
  const parentOf = new Map(codebook.themes.map((t) => [t.id, t.parent]));
  const isAncestor = (a: string, of: string): boolean => {
    for (let p = parentOf.get(of), n = 0; p !== undefined && n < codebook.themes.length; p = parentOf.get(p), n++) if (p === a) return true;
    return false;
  };
  const firstIn = new Map<string, { theme: string; value: string }>();
  for (const theme of codebook.themes) {
    for (const p of theme.patterns) {
      const k = key(p.kind, p.value);
      const first = firstIn.get(k);
      if (first === undefined) firstIn.set(k, { theme: theme.id, value: p.value });
      else if (first.theme !== theme.id) {
        const related = isAncestor(first.theme, theme.id)
          ? `'${first.theme}', its parent, has it too ('${first.value}'), so every match codes '${theme.id}': keep it in one of them`
          : isAncestor(theme.id, first.theme)
            ? `'${first.theme}', its sub-theme, has it too ('${first.value}'), so every match codes '${first.theme}': keep it in one of them`
            : undefined;
        if (related !== undefined) findings.push({ kind: 'duplicate-pattern', themeId: theme.id, subject: p.value, count: 0, message: `${p.kind} '${p.value}': ${related}` });
      }
    }
  }

  findings.push(...anotherWordPatterns(codebook));

  // responses per theme, and per (theme, pattern) for the theme's own patterns
  const own = new Map(codebook.themes.map((t) => [t.id, new Set(t.patterns.map((p) => p.value))]));
  const byTheme = new Map<string, Set<string>>(codebook.themes.map((t) => [t.id, new Set()]));
  const byPattern = new Map<string, Set<string>>();
  // An own pattern whose expansion matched is in use, though the longer expansion won the words: "mental
  // health days" is the expansion 'mental-health day' of 'mental health', and dropping the pattern drops it.
  const byExpansion = new Map<string, Set<string>>();
  for (const c of codings) {
    byTheme.get(c.themeId)?.add(c.responseId);
    addPatternHits(byPattern, c, own, byExpansion);
  }
  const total = responses.length;
  const coded = new Set(codings.map((c) => c.responseId));
  // the words of the responses, read once: all of them for the patterns' likely typos, the uncoded for words to add
  const read = wordsOfResponses(responses, coded);
  const typoOf = total > 0 ? closeWords(read.all, read.names) : () => undefined;
  const negatedOnly = total > 0 ? negatedMatches(codebook, compiled, responses) : new Map<string, Set<string>>();
  // patterns that match no response as coded, but do where their theme is alone: a longer match held them
  const silent: { theme: Theme; pattern: Pattern }[] = [];
  if (total > 0) {
    for (const theme of codebook.themes) {
      for (const p of theme.patterns) {
        const k = `${theme.id}\u0000${p.value}`;
        if (!byPattern.has(k) && !duplicates.has(k) && !byExpansion.has(k) && !negatedOnly.has(k)) silent.push({ theme, pattern: p });
      }
    }
  }
  const heldList = silent.length > 0 ? heldByLonger(silent, compiled, responses, codings, own) : [];
  const held = new Map(silent.map(({ pattern }, i) => [pattern, heldList[i]]));
  if (total > 0) {
    for (const theme of codebook.themes) {
      for (const p of theme.patterns) {
        const n = byPattern.get(`${theme.id}\u0000${p.value}`)?.size ?? 0;
        // a duplicate's (or other form's) matches are credited to the first spelling: it is reported as such only
        if (n === 0 && duplicates.has(`${theme.id}\u0000${p.value}`)) continue;
        if (n === 0 && byExpansion.has(`${theme.id}\u0000${p.value}`)) continue;
        const negated = n === 0 ? (negatedOnly.get(`${theme.id}\u0000${p.value}`)?.size ?? 0) : 0;
        const h = n === 0 ? held.get(p) : undefined;
        if (negated > 0) {
          findings.push({
            kind: 'only-negated',
            themeId: theme.id,
            subject: p.value,
            count: negated,
            message: `${p.kind} '${p.value}' is in ${negated} ${negated === 1 ? 'response' : 'responses'}, always negated, so it codes none (count_negated: false)`,
          });
        } else if (h !== undefined) {
          const where = h.longer.themeId === theme.id ? 'its own theme' : h.longer.themeId;
          findings.push({
            kind: 'only-inside-longer',
            themeId: theme.id,
            subject: p.value,
            count: h.responses,
            message: `${p.kind} '${p.value}' is in ${h.responses} ${h.responses === 1 ? 'response' : 'responses'}, each time inside a longer match ('${h.longer.pattern}' of ${where}), which wins`,
            longer: h.longer,
          });
        } else if (n === 0) {
          const meant = p.kind === 'word' ? typoOf(p.value) : undefined;
          const hint = meant ? ` (did you mean '${meant.word}'? it is in ${meant.responses} responses)` : '';
          const finding: LintFinding = { kind: 'never-matches', themeId: theme.id, subject: p.value, count: 0, message: `${p.kind} '${p.value}' matches no response${hint}` };
          if (meant) finding.meant = meant.word;
          findings.push(finding);
        }
        // a function word ('the') is told once, as one (see anotherWordPatterns), not again as too general
        else if (n >= broadMinimum && n / total >= broadShare && !(p.kind === 'word' && GRAMMAR_WORDS.has(p.value.toLowerCase()))) {
          findings.push({ kind: 'too-broad', themeId: theme.id, subject: p.value, count: n, message: `${p.kind} '${p.value}' matches ${n} of ${total} responses (${pct(n, total)}): too general?` });
        }
      }
    }
  }

  if (total > 0) findings.push(...unusedExclusions(codebook, responses));

  // themes that nearly always come together (a parent and its descendants always do: skipped)
  const related = (a: number, b: number): boolean => compiled.themes[a].ancestors.includes(b) || compiled.themes[b].ancestors.includes(a);
  const themes = codebook.themes;
  for (let a = 0; a < themes.length; a++) {
    for (let b = a + 1; b < themes.length; b++) {
      if (related(a, b)) continue;
      const A = byTheme.get(themes[a].id)!;
      const B = byTheme.get(themes[b].id)!;
      const [small, large] = A.size <= B.size ? [A, B] : [B, A];
      if (small.size === 0) continue;
      let both = 0;
      for (const r of small) if (large.has(r)) both++;
      if (both >= cooccurMinimum && both / small.size >= cooccurShare) {
        const rarer = A.size <= B.size ? themes[a].id : themes[b].id;
        findings.push({
          kind: 'co-occur',
          themeId: themes[a].id,
          subject: themes[b].id,
          count: both,
          message: `'${themes[a].id}' and '${themes[b].id}' share ${both} responses, ${pct(both, small.size)} of '${rarer}': merge them, or make one the other's parent?`,
        });
      }
    }
  }

  // frequent words of uncoded responses
  const uncoded = responses.filter((r) => !coded.has(r.id));
  const { names } = read;
  const { counts, written } = read.uncoded;
  const unmatchedWords: CodebookLint['unmatchedWords'] = [];
  const uncodedCodebookWords: CodebookLint['uncodedCodebookWords'] = [];
  const ranked = [...counts].filter(([word, n]) => n >= 2 && !names.has(word)).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  for (const [word, n] of ranked) {
    if (unmatchedWords.length === topWords) break;
    // a word that codes a theme by itself is no word to add: it coded nothing here for a reason of the codebook's
    const shown = written.get(word) ?? word;
    (tagText(shown, compiled).length > 0 ? uncodedCodebookWords : unmatchedWords).push({ word: shown, responses: n });
  }

  return {
    responses: total,
    uncoded: uncoded.length,
    themes: themes.map((t) => ({ themeId: t.id, responses: byTheme.get(t.id)!.size })),
    findings,
    unmatchedWords,
    uncodedCodebookWords,
    settings: settingsReferredTo(codings, themes),
  };
}

/**
 * For each pattern of `silent` (patterns that coded no response), the responses where it matches with its
 * theme's exclusions and context words but inside a longer match that coded them (the longest match wins),
 * and the longer match that held it most often; undefined for a pattern that matches nowhere, or only
 * where something else (an exclusion, a context word) turned it away.
 */
function heldByLonger(
  silent: readonly { theme: Theme; pattern: Pattern }[],
  compiled: CompiledCodebook,
  responses: readonly Response[],
  codings: readonly Coding[],
  own: Map<string, Set<string>>,
): ({ responses: number; longer: { themeId: string; pattern: string } } | undefined)[] {
  // each pattern a theme of its own (its index the id), compiled as the codebook was, without expansions
  const themes = silent.map(({ theme, pattern }, i) => ({ id: String(i), label: pattern.value, patterns: [pattern], exclusions: theme.exclusions, countNegated: true }));
  const alone = compileCodebook({ name: 'alone', themes }, { expansions: false, matcher: compiled.options.matcher, setting: false, ...(compiled.options.language ? { language: compiled.options.language } : {}) });
  const found = tagResponses(responses, alone);
  if (found.length === 0) return silent.map(() => undefined);
  const byResponse = new Map<string, Coding[]>();
  for (const c of codings) {
    const list = byResponse.get(c.responseId);
    if (list === undefined) byResponse.set(c.responseId, [c]);
    else list.push(c);
  }
  const tally = silent.map(() => ({ responses: new Set<string>(), longer: new Map<string, number>() }));
  for (const f of found) {
    const i = Number(f.themeId);
    for (const e of f.evidence) {
      for (const c of byResponse.get(f.responseId) ?? []) {
        // a theme's own pattern (a parent's rolled-up evidence is its sub-theme's), holding it and longer
        const holder = c.evidence.find((h) => own.get(c.themeId)?.has((h.expansion ? h.expandedFrom : h.pattern) ?? h.pattern) && h.start <= e.start && e.end <= h.end && h.end - h.start > e.end - e.start);
        if (holder === undefined) continue;
        tally[i]!.responses.add(f.responseId);
        // named by what matched (an expansion by itself, not the pattern it was made from)
        const key = `${c.themeId}\u0000${holder.pattern}`;
        tally[i]!.longer.set(key, (tally[i]!.longer.get(key) ?? 0) + 1);
        break;
      }
    }
  }
  return tally.map((t) => {
    if (t.responses.size === 0) return undefined;
    const [key] = [...t.longer].sort((a, b) => b[1] - a[1] || byCodeUnits(a[0], b[0]))[0]!;
    const [themeId, pattern] = key.split('\u0000') as [string, string];
    return { responses: t.responses.size, longer: { themeId, pattern } };
  });
}

/**
 * Per (theme, own pattern) of the themes with `count_negated: false`: the responses where the pattern
 * matched, negated or not. The codebook is tagged again with every negated mention counting, for those
 * themes only; a pattern that coded nothing yet is found here was negated wherever it was.
 */
function negatedMatches(codebook: Codebook, compiled: CompiledCodebook, responses: readonly Response[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const counting = compileCountingNegated(compiled, { setting: false });
  if (!counting) return out;
  const own = new Map(codebook.themes.filter((t) => !t.countNegated).map((t) => [t.id, new Set(t.patterns.map((p) => p.value))]));
  for (const c of tagResponses(responses, counting)) addPatternHits(out, c, own);
  return out;
}

/**
 * A finder of the word a never-matching word pattern was likely meant to be, a slip away (`anxeity` for
 * anxiety: one letter wrong, missing, extra or two swapped; two in a word of eight letters or more), among
 * the words of at least two responses, never a word written as a name; the closest, then the commonest.
 */
function closeWords({ counts, written }: WordCounts, names: ReadonlySet<string>): (pattern: string) => { word: string; responses: number } | undefined {
  const words = [...counts].filter(([l, n]) => n >= 2 && !names.has(l)).map(([l, n]) => ({ word: written.get(l) ?? l, lemma: l, responses: n }));
  return (pattern) => {
    const p = lemmaForm(pattern.toLowerCase());
    if ([...p].length < 4 || !/^[\p{L}']+$/u.test(p)) return undefined;
    const reach = p.length >= 8 ? 2 : 1;
    let best: { word: string; responses: number; d: number } | undefined;
    for (const w of words) {
      if (Math.abs(w.word.length - p.length) > reach) continue;
      const d = Math.min(editDistance(p, lemmaForm(w.word)), editDistance(p, w.lemma));
      if (d === 0 || d > reach) continue;
      if (best === undefined || d < best.d || (d === best.d && (w.responses > best.responses || (w.responses === best.responses && w.word < best.word)))) best = { word: w.word, responses: w.responses, d };
    }
    return best && { word: best.word, responses: best.responses };
  };
}

/**
 * Words no theme is made of, beyond the function words: number words, prepositions and the adverbs
 * students pad a sentence with ("actually", "one", "among" led the list of words to add).
 */
const NO_THEME_WORDS: ReadonlySet<string> = new Set(
  (
    'one two three four five six seven eight nine ten eleven twelve twenty thirty hundred thousand million ' +
    'among around across along within without behind beside besides upon toward towards onto via per ' +
    'actually literally definitely probably usually always often sometimes never already almost quite rather ' +
    'else instead anyway anyways although however also etc'
  ).split(' '),
);

/**
 * The lemmas of the responses not in `coded`, each with the responses it is in (placeholders, stop words,
 * numbers and words under 3 letters left out); and the lemmas that read as names across all responses:
 * written with a capital inside a sentence at least as often as in lower case (so "Kaitlyn", met only at
 * the start of sentences, is a name too, and "Math" written so throughout is left out with them: a
 * participant's name must never reach the output, a lost suggestion is cheap).
 */
function wordsOfResponses(responses: readonly Response[], coded: ReadonlySet<string>): { all: WordCounts; uncoded: WordCounts; names: Set<string> } {
  const all = new WordTally();
  const uncoded = new WordTally();
  const lower = new Map<string, number>();
  const capitalised = new Map<string, number>();
  const lexicon = new Lexicon();
  const tokens = createTokens(lexicon);
  const bump = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
  for (const r of responses) {
    const seen = new Set<string>();
    // the placeholders de-identification left ([name], [email] …) are not words a student used
    const text = r.text.replace(PLACEHOLDER_PATTERN, ' ');
    const t = tokenize(text, tokens);
    const isUncoded = !coded.has(r.id);
    for (let i = 0; i < t.count; i++) {
      const w = lexicon.words[t.ids[i]!]!;
      if (w.length < 3 || FUNCTION_WORDS.has(w) || NO_THEME_WORDS.has(w) || !/^[\p{L}\p{M}']+$/u.test(w)) continue;
      const l = lemma(w);
      if (FUNCTION_WORDS.has(l) || NO_THEME_WORDS.has(l) || l.length < 3) continue;
      const first = text.codePointAt(t.start16[i]!)!;
      const upper = String.fromCodePoint(first).toLowerCase() !== String.fromCodePoint(first);
      if (!upper) bump(lower, l);
      else if (i > 0 && t.sentence[i] === t.sentence[i - 1]) bump(capitalised, l);
      all.form(l, w);
      if (isUncoded) uncoded.form(l, w);
      seen.add(l);
    }
    for (const l of seen) {
      all.response(l);
      if (isUncoded) uncoded.response(l);
    }
  }
  const names = new Set([...all.counts.keys()].filter((l) => (lower.get(l) ?? 0) <= (capitalised.get(l) ?? 0)));
  return { all: all.result(), uncoded: uncoded.result(), names };
}

/** Per lemma: the responses it is in, and the form written most often (`kids` for kid). */
interface WordCounts {
  counts: Map<string, number>;
  written: Map<string, string>;
}

/** Counts of lemmas by response, and of the forms each was written in, over some of the responses. */
class WordTally {
  readonly counts = new Map<string, number>();
  private readonly forms = new Map<string, Map<string, number>>();

  form(lemma: string, word: string): void {
    let f = this.forms.get(lemma);
    if (f === undefined) this.forms.set(lemma, (f = new Map()));
    f.set(word, (f.get(word) ?? 0) + 1);
  }

  response(lemma: string): void {
    this.counts.set(lemma, (this.counts.get(lemma) ?? 0) + 1);
  }

  /** The counts, and per lemma the form written most often, the first in code-unit order on a tie, so the same input gives the same list. */
  result(): WordCounts {
    const written = new Map([...this.forms].map(([l, f]) => [l, [...f].sort((a, b) => b[1] - a[1] || byCodeUnits(a[0], b[0]))[0]![0]]));
    return { counts: this.counts, written };
  }
}

/** Per setting a reference stood for: the themes it gave, in codebook order, and the responses. */
function settingsReferredTo(codings: readonly Coding[], themes: readonly Codebook['themes'][number][]): CodebookLint['settings'] {
  const bySetting = new Map<string, { themes: Set<string>; responses: Set<string> }>();
  for (const c of codings) {
    for (const e of c.evidence) {
      if (e.setting === undefined) continue;
      let s = bySetting.get(e.setting);
      if (s === undefined) bySetting.set(e.setting, (s = { themes: new Set(), responses: new Set() }));
      s.themes.add(c.themeId);
      s.responses.add(c.responseId);
    }
  }
  return [...bySetting]
    .sort(([a], [b]) => byCodeUnits(a, b))
    .map(([setting, s]) => ({ setting, themes: themes.filter((t) => s.themes.has(t.id)).map((t) => t.id), responses: s.responses.size }));
}

/**
 * Exclusions found in no response: they cancel nothing here, most often a slip in the phrase (`zebra
 * crosing`), or one kept for other data. Each is looked for as tagging looks for it, a phrase by base forms.
 */
function unusedExclusions(codebook: Codebook, responses: readonly Response[]): LintFinding[] {
  const listed = codebook.themes.flatMap((t) => t.exclusions.map((value) => ({ theme: t.id, value })));
  if (listed.length === 0) return [];
  // each exclusion as a theme of its own, its id its index
  const book: Codebook = { name: 'exclusions', themes: listed.map((e, i) => ({ id: String(i), label: e.value, patterns: [{ kind: 'phrase', value: e.value }], exclusions: [], countNegated: true })) };
  if (codebook.language !== undefined) book.language = codebook.language;
  const compiled = compileCodebook(book, { expansions: false, matcher: 'lemma' });
  const found = new Set<string>();
  for (const r of responses) {
    if (found.size === listed.length) break;
    for (const c of tagText(r.text, compiled)) found.add(c.themeId);
  }
  return listed.flatMap((e, i) =>
    found.has(String(i)) ? [] : [{ kind: 'unused-exclusion' as const, themeId: e.theme, subject: e.value, count: 0, message: `exclusion '${e.value}' is in no response, so it cancels nothing here (a slip in its words?)` }],
  );
}

/**
 * Words too common to tell a theme, the articles, pronouns, prepositions, conjunctions and forms of "be"
 * of English: a word pattern of one codes nearly every response. (`not` and `no` are read as negation.)
 */
const GRAMMAR_WORDS: ReadonlySet<string> = new Set(
  'a an the and or but nor of to in on at by for from with as into onto than then so if is are was were be been being am it its this that these those i me my you your he him his she her we us our they them their there here'.split(' '),
);

/**
 * Word patterns whose base form is another word ("better" is read as "good", "felt" as "feel", "left"
 * as "leave"): a word is matched by its lemma, so such a pattern also codes that word and all its forms,
 * which its writer rarely means. An inflection of the word itself ("timetables", "studies", "doing") is
 * not one: its base form starts as it does. A finding that needs no data.
 */
export function anotherWordPatterns(codebook: Codebook): LintFinding[] {
  const findings: LintFinding[] = [];
  // English lemmas and English grammar words: a French or Spanish codebook's words are read by their stems
  if ((codebook.language ?? 'English') !== 'English') return findings;
  for (const theme of codebook.themes) {
    for (const p of theme.patterns) {
      if (p.kind !== 'word') continue;
      const word = straightApostrophes(lemmaForm(p.value.toLowerCase()));
      const base = lemma(word);
      // and, a finding that needs no data either, a word of grammar ('the'), in nearly every response; so
      // is one with its 's (`it's`, `that's`), read as the word alone
      const grammar = GRAMMAR_WORDS.has(word) ? word : word.endsWith("'s") && GRAMMAR_WORDS.has(base) ? base : undefined;
      if (grammar !== undefined) {
        findings.push({
          kind: 'function-word',
          themeId: theme.id,
          subject: p.value,
          count: 0,
          message: `word '${p.value}' is ${grammar === word ? 'a function word' : `read as '${grammar}', a function word`}, in nearly every response, so it codes almost everything: give the words that tell the theme, or a phrase with it ('${p.value.toLowerCase()} bell')`,
        });
        continue;
      }
      // `won't` is matched as `will` denied, so it codes no plain 'will' (see compile.ts's patternKey)
      if (denies(word)) continue;
      if (base === word || word.startsWith(base) || sharedStart(word, base) >= 3) continue;
      findings.push({
        kind: 'another-word',
        themeId: theme.id,
        subject: p.value,
        count: 0,
        message: `word '${p.value}' is read as its base form '${base}', so it also codes '${base}' and its other forms; for '${p.value}' alone, use a regex: '/\\b${word}\\b/'`,
      });
    }
  }
  return findings;
}

/** How many characters two words start with alike. */
function sharedStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

const FINDING_GROUPS: [LintKind, string][] = [
  ['duplicate-pattern', 'Duplicate patterns'],
  ['other-form', 'Other forms of a pattern in its theme, read as one by the lemma matcher (kept for --matcher keyword, which matches as written)'],
  ['another-word', 'Words read as another word (their base form)'],
  ['function-word', 'Function words as patterns (they code almost every response)'],
  ['never-matches', 'Patterns that never match'],
  ['unused-exclusion', 'Exclusions found in no response, so they cancel nothing here (a slip in their words, or kept for other data?)'],
  ['only-inside-longer', 'Patterns found only inside a longer match (the longest match wins)'],
  ['only-negated', 'Patterns found only negated, in themes with count_negated: false'],
  ['too-broad', 'Patterns that match a large share of responses'],
  ['co-occur', 'Themes that nearly always co-occur'],
];

export interface FormatOptions {
  /**
   * The codebook is the built-in one: a general codebook, hundreds of whose patterns match nothing in one
   * folder, and whose other forms serve the keyword baseline. Those two groups are then a count and the
   * first few, said to be expected (JSON keeps every finding).
   */
  builtIn?: boolean;
  /** Responses linted, to say how few a general codebook met. */
  responses?: number;
}

/** How many patterns a summarised group shows. */
const FIRST_FEW = 6;

/**
 * Findings as text for the terminal, a titled group per kind, one finding a line ('' for none), except
 * patterns that never match: one line a theme, listing them, since a broad codebook on a small folder
 * has hundreds (JSON keeps one finding each); of the built-in codebook, a count and the first few.
 */
export function formatFindings(findings: readonly LintFinding[], options: FormatOptions = {}): string {
  const groups: string[] = [];
  for (const [kind, title] of FINDING_GROUPS) {
    const list = findings.filter((f) => f.kind === kind);
    if (list.length === 0) continue;
    if (options.builtIn && (kind === 'never-matches' || kind === 'other-form' || kind === 'unused-exclusion')) {
      groups.push(builtInSummary(kind, list, options.responses));
      continue;
    }
    const lines =
      kind === 'never-matches' || kind === 'unused-exclusion'
        ? neverMatchLines(list)
        : kind === 'other-form'
          ? list.map((f) => `  ${f.themeId}: '${f.subject}' is another form of '${f.of}'`)
          : list.map((f) => (kind === 'co-occur' ? `  ${f.message}` : `  ${f.themeId}: ${f.message}`));
    groups.push([`${title} (${list.length}):`, ...lines].join('\n'));
  }
  return groups.length > 0 ? `${groups.join('\n\n')}\n` : '';
}

/** A group of the built-in codebook's findings, said as expected: a count and the first few. */
function builtInSummary(kind: LintKind, list: readonly LintFinding[], responses: number | undefined): string {
  const few = list.slice(0, FIRST_FEW).map((f) => (kind === 'other-form' ? `'${f.subject}' ('${f.of}')` : `'${f.subject}'`));
  const more = list.length > FIRST_FEW ? ', …' : '';
  const head =
    kind === 'never-matches'
      ? `Patterns of the built-in codebook that match no response here: ${list.length}, as expected of a general codebook${responses !== undefined ? ` on ${responses} ${responses === 1 ? 'response' : 'responses'}` : ''}`
      : kind === 'unused-exclusion'
        ? `Exclusions of the built-in codebook found in no response here: ${list.length}, as expected of a general codebook${responses !== undefined ? ` on ${responses} ${responses === 1 ? 'response' : 'responses'}` : ''}`
        : `Other forms of a pattern in the built-in codebook: ${list.length}, read as one by the lemma matcher and kept for --matcher keyword, which matches as written`;
  return `${head}.\n  ${few.join(', ')}${more} (--json lists them all)`;
}

/** `  theme (n): 'a', 'b', …`, a line a theme in the order the findings come. */
function neverMatchLines(list: readonly LintFinding[]): string[] {
  const byTheme = new Map<string, string[]>();
  for (const f of list) {
    const subjects = byTheme.get(f.themeId) ?? [];
    subjects.push(`'${f.subject}'${f.meant !== undefined ? ` (did you mean '${f.meant}'?)` : ''}`);
    byTheme.set(f.themeId, subjects);
  }
  return [...byTheme].map(([theme, subjects]) => `  ${theme} (${subjects.length}): ${subjects.join(', ')}`);
}

/** The lint as text for the terminal (one finding per line); `builtIn` as in `formatFindings`. */
export function formatLint(lint: CodebookLint, options: { builtIn?: boolean } = {}): string {
  const lines: string[] = [];
  lines.push(`${lint.responses} responses; ${lint.uncoded} (${pct(lint.uncoded, lint.responses)}) carry no theme.`);
  lines.push('');
  lines.push('Responses per theme:');
  const width = Math.max(...lint.themes.map((t) => t.themeId.length));
  for (const t of lint.themes) lines.push(`  ${t.themeId.padEnd(width)}  ${String(t.responses).padStart(6)}  ${pct(t.responses, lint.responses).padStart(4)}`);
  const findings = formatFindings(lint.findings, { builtIn: options.builtIn, responses: lint.responses });
  if (findings) lines.push('', findings.trimEnd());
  if (lint.settings.length > 0) {
    lines.push('', 'Settings responses referred to ("here", "the program", the school’s name):');
    for (const s of lint.settings) lines.push(`  ${s.setting} → ${s.themes.join(', ')} (${s.responses} ${s.responses === 1 ? 'response' : 'responses'})`);
  }
  if (lint.unmatchedWords.length > 0) {
    lines.push('', 'Most frequent words in responses no theme matched:');
    lines.push(`  ${lint.unmatchedWords.map((w) => `${w.word} (${w.responses})`).join(', ')}`);
  }
  if (lint.uncodedCodebookWords.length > 0) {
    lines.push('', 'Codebook words in those responses that coded nothing there (negated, excluded or out of context):');
    lines.push(`  ${lint.uncodedCodebookWords.map((w) => `${w.word} (${w.responses})`).join(', ')}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * Add a coding's response to the responses of each of its theme's own patterns (in `own`, by theme) that
 * its evidence shows, under `theme\0pattern`; expansions are not the codebook's own patterns, but where
 * `derived` is given, an expansion's response is added there under the pattern it was derived from.
 */
function addPatternHits(hits: Map<string, Set<string>>, c: Coding, own: Map<string, Set<string>>, derived?: Map<string, Set<string>>): void {
  const patterns = own.get(c.themeId);
  if (!patterns) return;
  for (const e of c.evidence) {
    const pattern = e.expansion ? e.expandedFrom : e.pattern;
    const into = e.expansion ? derived : hits;
    if (pattern === undefined || into === undefined || !patterns.has(pattern)) continue;
    const k = `${c.themeId}\u0000${pattern}`;
    let set = into.get(k);
    if (!set) into.set(k, (set = new Set()));
    set.add(c.responseId);
  }
}
