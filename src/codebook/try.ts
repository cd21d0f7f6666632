// `reflect codebook try`'s reading of typed texts: each theme a text is coded with and its evidence, the
// matches the codebook's exclusions or context words cancelled, mentions a theme leaves out when negated,
// and words that begin with a word pattern but are no form of it ("stressful" for `stress`). Pure.
import { compileCodebook, compileCountingNegated, lemmaForm, type CompiledCodebook } from './compile.js';
import { createTokens, tokenize, words } from '../nlp/tokenize.js';
import { contextNear, tagText } from '../analyses/tagging.js';
import type { Evidence, Pattern } from '../model.js';
import { utf16Index } from '../util/text.js';

/**
 * A piece of evidence as `codebook try` shows it: in a parent theme, one a sub-theme's own pattern found
 * (rolled up, as analyze rolls a sub-theme's codings up to its parent) names that sub-theme (`via`,
 * each one whose pattern found it, in codebook order); a theme's own evidence has none.
 */
export type TriedEvidence = Evidence & { via?: string[] };

/** What `codebook try` found in one text: each theme with its evidence, in codebook order. */
export interface TriedText {
  text: string;
  themes: { themeId: string; label: string; evidence: TriedEvidence[] }[];
  /**
   * Themes with `count_negated: false` whose every mention in the text was negated, so they do not
   * code it; present only when there are some, so that "no theme" is not taken for "no match".
   */
  uncounted?: { themeId: string; label: string; evidence: TriedEvidence[] }[];
  /**
   * Matches of a theme's own patterns that its `exclude` phrases or `not_near` words cancelled, with the
   * exclusion that held the match or the context words found; present only when there are some, so a
   * match the codebook turned away is not taken for a pattern that did not match. A cancelled match
   * also held by a longer match of another theme says so (`longer`), and one negated in a theme with
   * `count_negated: false` says so (`negated`): each reason would have to go for it to count.
   */
  cancelled?: { themeId: string; label: string; evidence: Evidence; exclusion?: string; notNear?: string[]; longer?: Longer; negated?: true }[];
  /**
   * Words of the text that begin with a theme's word pattern but are no form of it (`stressful` for
   * `stress`: words match by base form), in no evidence; present only when there are some.
   */
  nearMisses?: { themeId: string; word: string; pattern: string }[];
  /**
   * Matches of a theme the text does not carry that a longer match of another theme holds (`support` in
   * relationships, inside `support worker` of support-staff: the longest match wins), with that longer
   * match, and `negated` when it is also negated in a theme with `count_negated: false`; present only
   * when there are some.
   */
  hidden?: { themeId: string; label: string; evidence: Evidence; longer: Longer; negated?: true }[];
}

/** A theme's own word patterns of four letters or more, lower-cased and with their keys, for near misses. */
function wordPatternsOf(compiled: CompiledCodebook): { themeId: string; value: string; prefix: string; key: string }[] {
  return compiled.codebook.themes.flatMap((t) =>
    t.patterns
      .filter((p) => p.kind === 'word' && [...p.value].length >= 4)
      .map((p) => ({ themeId: t.id, value: p.value, prefix: lemmaForm(p.value.toLowerCase()), key: compiled.matcher.patternKey(p.value) })),
  );
}

/** The near misses of `text` (see TriedText.nearMisses), each word once, in text order. */
function nearMissesIn(text: string, themes: TriedText['themes'], patterns: ReturnType<typeof wordPatternsOf>, compiled: CompiledCodebook): NonNullable<TriedText['nearMisses']> {
  const matched = new Set(themes.flatMap((t) => t.evidence.flatMap((e) => words(e.text))));
  const out: NonNullable<TriedText['nearMisses']> = [];
  for (const word of new Set(words(text))) {
    if (matched.has(word)) continue;
    const form = lemmaForm(word);
    for (const p of patterns) {
      if (form.length > p.prefix.length && form.startsWith(p.prefix) && compiled.matcher.patternKey(word) !== p.key) out.push({ themeId: p.themeId, word, pattern: p.value });
    }
  }
  return out;
}

/** A longer match of another theme that holds a match: the longest match wins. */
interface Longer {
  themeId: string;
  pattern: string;
  text: string;
}

/**
 * What `codebook try` needs to say why a match did not count, compiled once: each theme alone, without
 * exclusions or context words and counting negated mentions, to find every match of its patterns, each
 * theme's exclusions and context words, to name those that cancelled one, and each theme's own patterns.
 */
interface Reasons {
  /** Each theme compiled alone and loose, once and when first needed. */
  loose: (themeId: string) => CompiledCodebook;
  /** Per theme with exclusions (lemma matcher): each exclusion as a theme of its own (id = its index). */
  exclusions: Map<string, CompiledCodebook>;
  /** Per theme (lemma matcher), its patterns with context words, by kind and value. */
  near: Map<string, Map<string, string[]>>;
  /** Per theme, its own patterns (expansions too) by kind and value: a parent's rolled-up evidence is its sub-theme's. */
  own: Map<string, Set<string>>;
}

function reasonsOf(compiled: CompiledCodebook): Reasons {
  const book = compiled.codebook;
  const lemma = compiled.options.matcher === 'lemma';
  const cache = new Map<string, CompiledCodebook>();
  const loose = (themeId: string): CompiledCodebook => {
    let one = cache.get(themeId);
    if (one === undefined) {
      const { parent: _parent, ...theme } = book.themes.find((t) => t.id === themeId)!;
      const bare = { ...theme, exclusions: [], countNegated: true, patterns: theme.patterns.map((p): Pattern => ({ kind: p.kind, value: p.value })) };
      one = compileCodebook({ name: book.name, themes: [bare] }, { ...compiled.options, setting: false });
      cache.set(themeId, one);
    }
    return one;
  };
  const exclusions = new Map<string, CompiledCodebook>();
  const near = new Map<string, Map<string, string[]>>();
  const plain = { expansions: false, matcher: 'lemma' as const, ...(compiled.options.language ? { language: compiled.options.language } : {}) };
  for (const t of lemma ? compiled.themes : []) {
    const id = t.theme.id;
    if (t.theme.exclusions.length > 0) {
      const themes = t.theme.exclusions.map((value, i) => ({ id: String(i), label: value, patterns: [{ kind: 'phrase' as const, value }], exclusions: [], countNegated: true }));
      exclusions.set(id, compileCodebook({ name: 'exclusions', themes }, plain));
    }
    const withNear = new Map(t.patterns.filter((p) => p.unlessNear?.length).map((p) => [`${p.kind} ${p.value}`, p.unlessNear!]));
    if (withNear.size > 0) near.set(id, withNear);
  }
  const own = new Map(compiled.themes.map((t) => [t.theme.id, new Set(t.patterns.map((p) => `${p.kind} ${p.value}`))]));
  return { loose, exclusions, near, own };
}

/**
 * The context words of `entries` found in the sentence of the match `e`, each asked as tagging asks it
 * (see contextNear). A context word elsewhere in the text cancels nothing, and is not named.
 */
function nearInSentence(text: string, e: Evidence, entries: readonly string[], compiled: CompiledCodebook): string[] {
  const m = compiled.matcher;
  const t = tokenize(text, createTokens(m.lexicon));
  m.resolveNewWords();
  // the tokens the match touches, as tagging takes them: a match in a script without spaces lies inside one
  let s = -1;
  let end = -1;
  for (let k = 0; k < t.count; k++) {
    if (t.end[k]! > e.start && t.start[k]! < e.end) {
      if (s < 0) s = k;
      end = k + 1;
    }
  }
  if (s < 0) return [];
  const s16 = utf16Index(text, e.start);
  const e16 = utf16Index(text, e.end);
  // the compiled codebook already holds every context word's keys: no key is added here
  return entries.filter((entry) => contextNear(t, m.wordKeys, s, end, m.contextKeys([entry]), text, s16, e16));
}

/**
 * The matches of each theme's patterns in `text` that did not count, with every reason: the exclusion
 * that holds it or the context words in its sentence (cancelled, told for any theme), a longer match of
 * another theme that holds it (hidden, told alone only for a theme the text does not carry), and a
 * negated mention in a theme with `count_negated: false`. Tagging cancels a match before the longest
 * match wins, and leaves out negated mentions after: a match can have all three reasons, and each is one
 * the codebook's author has to undo for it to count.
 */
function notCountedIn(
  text: string,
  themes: TriedText['themes'],
  uncounted: TriedText['themes'],
  all: readonly { themeId: string; evidence: Evidence[] }[],
  compiled: CompiledCodebook,
  r: Reasons,
): { cancelled: NonNullable<TriedText['cancelled']>; hidden: NonNullable<TriedText['hidden']> } {
  const cancelled: NonNullable<TriedText['cancelled']> = [];
  const hidden: NonNullable<TriedText['hidden']> = [];
  const key = (e: Evidence): string => `${e.start} ${e.end} ${e.kind} ${e.pattern}`;
  const told = new Map<string, Set<string>>();
  for (const t of [...themes, ...uncounted]) told.set(t.themeId, new Set([...(told.get(t.themeId) ?? []), ...t.evidence.map(key)]));
  const carried = new Set(themes.map((t) => t.themeId));
  // a match of several words, of its theme's own patterns, that held every match inside it
  const longer = all.flatMap((t) => t.evidence.filter((e) => r.own.get(t.themeId)?.has(`${e.kind} ${e.pattern}`) && /\s|-/.test(e.text)).map((e) => ({ themeId: t.themeId, e })));
  const lemma = compiled.options.matcher === 'lemma';
  for (const t of compiled.themes) {
    const id = t.theme.id;
    const cancels = r.exclusions.has(id) || r.near.has(id);
    if (!cancels && (carried.has(id) || longer.length === 0)) continue;
    for (const found of tagText(text, r.loose(id))) {
      for (const e of found.evidence) {
        if (told.get(id)?.has(key(e))) continue;
        const exclusions = r.exclusions.get(id);
        const holding = exclusions && tagText(text, exclusions).find((x) => x.evidence.some((h) => h.start <= e.start && e.end <= h.end));
        const exclusion = holding ? exclusions.codebook.themes[Number(holding.themeId)]!.label : undefined;
        const words = r.near.get(id)?.get(`${e.kind} ${e.pattern}`);
        const notNear = words === undefined ? [] : nearInSentence(text, e, words, compiled);
        const by = longer.find((l) => l.themeId !== id && l.e.start <= e.start && e.end <= l.e.end && l.e.end - l.e.start > e.end - e.start);
        const held: Longer | undefined = by && { themeId: by.themeId, pattern: by.e.pattern, text: by.e.text };
        const negated = lemma && e.negated === true && !t.theme.countNegated ? { negated: true as const } : {};
        if (exclusion !== undefined || notNear.length > 0) {
          cancelled.push({
            themeId: id,
            label: t.theme.label,
            evidence: e,
            ...(exclusion !== undefined ? { exclusion } : { notNear }),
            ...(held ? { longer: held } : {}),
            ...negated,
          });
        } else if (held && !carried.has(id)) hidden.push({ themeId: id, label: t.theme.label, evidence: e, longer: held, ...negated });
      }
    }
  }
  return { cancelled, hidden };
}

/**
 * `found`, each parent's rolled-up evidence naming the sub-themes whose own patterns found it (see
 * TriedEvidence): a theme's evidence not of its own patterns that a sub-theme of it carries, by its place
 * and pattern. New objects: the tagger's evidence is shared.
 */
function withVia(found: TriedText['themes'], compiled: CompiledCodebook, own: Reasons['own']): TriedText['themes'] {
  const index = new Map(compiled.themes.map((t, i) => [t.theme.id, i]));
  const same = (a: Evidence, b: Evidence): boolean => a.start === b.start && a.end === b.end && a.pattern === b.pattern;
  return found.map((t) => {
    const at = index.get(t.themeId);
    const subs = found.filter((c) => at !== undefined && compiled.themes[index.get(c.themeId) ?? -1]?.ancestors.includes(at));
    if (subs.length === 0) return t;
    const evidence = t.evidence.map((e): TriedEvidence => {
      const key = `${e.kind} ${e.pattern}`;
      if (own.get(t.themeId)?.has(key)) return e;
      const via = subs.filter((c) => own.get(c.themeId)?.has(key) && c.evidence.some((x) => same(x, e))).map((c) => c.themeId);
      return via.length > 0 ? { ...e, via } : e;
    });
    return { ...t, evidence };
  });
}

/** Tag each text with a compiled codebook (no setting: a typed sentence has no respondent). */
export function tryCodebook(texts: readonly string[], compiled: CompiledCodebook): TriedText[] {
  const book = compiled.codebook;
  const labels = new Map(book.themes.map((t) => [t.id, t.label]));
  const uncounting = new Set(book.themes.filter((t) => !t.countNegated).map((t) => t.id));
  // the same codebook counting every negated mention, to show what count_negated: false left out
  const counting = compileCountingNegated(compiled);
  const described = (c: { themeId: string; evidence: Evidence[] }) => ({ themeId: c.themeId, label: labels.get(c.themeId) ?? c.themeId, evidence: c.evidence });
  const reasons = reasonsOf(compiled);
  const wordPatterns = compiled.options.matcher === 'lemma' ? wordPatternsOf(compiled) : [];
  return texts.map((text) => {
    const themes = withVia(tagText(text, compiled).map(described), compiled, reasons.own);
    const tried: TriedText = { text, themes };
    const near = nearMissesIn(text, themes, wordPatterns, compiled);
    if (near.length > 0) tried.nearMisses = near;
    // every match that won its place, negated or not: negated mentions are left out after the longest wins
    const all = counting ? tagText(text, counting) : themes;
    if (counting) {
      const coded = new Set(themes.map((t) => t.themeId));
      const uncounted = all.filter((c) => uncounting.has(c.themeId) && !coded.has(c.themeId));
      if (uncounted.length > 0) tried.uncounted = withVia(uncounted.map(described), compiled, reasons.own);
    }
    const { cancelled, hidden } = notCountedIn(text, themes, tried.uncounted ?? [], all, compiled, reasons);
    if (cancelled.length > 0) tried.cancelled = cancelled;
    if (hidden.length > 0) tried.hidden = hidden;
    return tried;
  });
}
