// `reflect codebook try`'s reading of typed texts: each theme a text is coded with and its evidence, the
// matches the codebook's exclusions or context words cancelled, mentions a theme leaves out when negated,
// and words that begin with a word pattern but are no form of it ("stressful" for `stress`). Pure.
import { compileCodebook, compileCountingNegated, lemmaForm, type CompiledCodebook } from './compile.js';
import { createTokens, tokenize, words } from '../nlp/tokenize.js';
import { contextNear, tagText } from '../analyses/tagging.js';
import type { Evidence, Pattern } from '../model.js';

/** What `codebook try` found in one text: each theme with its evidence, in codebook order. */
export interface TriedText {
  text: string;
  themes: { themeId: string; label: string; evidence: Evidence[] }[];
  /**
   * Themes with `count_negated: false` whose every mention in the text was negated, so they do not
   * code it; present only when there are some, so that "no theme" is not taken for "no match".
   */
  uncounted?: { themeId: string; label: string; evidence: Evidence[] }[];
  /**
   * Matches of a theme's own patterns that its `exclude` phrases or `not_near` words cancelled, with the
   * exclusion that held the match or the context words found; present only when there are some, so a
   * match the codebook turned away is not taken for a pattern that did not match.
   */
  cancelled?: { themeId: string; label: string; evidence: Evidence; exclusion?: string; notNear?: string[] }[];
  /**
   * Words of the text that begin with a theme's word pattern but are no form of it (`stressful` for
   * `stress`: words match by base form), in no evidence; present only when there are some.
   */
  nearMisses?: { themeId: string; word: string; pattern: string }[];
  /**
   * Matches of a theme the text does not carry that a longer match of another theme holds (`support` in
   * relationships, inside `support worker` of support-staff: the longest match wins), with that longer
   * match; present only when there are some.
   */
  hidden?: { themeId: string; label: string; evidence: Evidence; longer: { themeId: string; pattern: string; text: string } }[];
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

/** What cancels matches in a codebook, compiled for `codebook try` to say so; undefined when nothing does. */
interface Cancelling {
  /** The codebook without exclusions and context words. */
  loose: CompiledCodebook;
  /** Per theme with exclusions: each exclusion as a theme of its own (id = its index), to find which held a match. */
  exclusions: Map<string, CompiledCodebook>;
  /** Per theme, its patterns with context words, by kind and value. */
  near: Map<string, Map<string, string[]>>;
}

function cancellingOf(compiled: CompiledCodebook): Cancelling | undefined {
  const book = compiled.codebook;
  if (compiled.options.matcher !== 'lemma') return undefined;
  if (book.themes.every((t) => t.exclusions.length === 0 && t.patterns.every((p) => !p.unlessNear?.length))) return undefined;
  const bare = (p: Pattern): Pattern => ({ kind: p.kind, value: p.value });
  const loose = compileCodebook({ ...book, themes: book.themes.map((t) => ({ ...t, exclusions: [], patterns: t.patterns.map(bare) })) }, { ...compiled.options, setting: false });
  const exclusions = new Map<string, CompiledCodebook>();
  const near = new Map<string, Map<string, string[]>>();
  const plain = { expansions: false, matcher: 'lemma' as const };
  for (const t of compiled.themes) {
    const id = t.theme.id;
    if (t.theme.exclusions.length > 0) {
      const themes = t.theme.exclusions.map((value, i) => ({ id: String(i), label: value, patterns: [{ kind: 'phrase' as const, value }], exclusions: [], countNegated: true }));
      exclusions.set(id, compileCodebook({ name: 'exclusions', themes }, plain));
    }
    const withNear = new Map(t.patterns.filter((p) => p.unlessNear?.length).map((p) => [`${p.kind} ${p.value}`, p.unlessNear!]));
    if (withNear.size > 0) near.set(id, withNear);
  }
  return { loose, exclusions, near };
}

/** The matches of `text` the codebook's exclusions and context words cancelled, and what cancelled each. */
function cancelledIn(text: string, coded: TriedText['themes'], compiled: CompiledCodebook, c: Cancelling): NonNullable<TriedText['cancelled']> {
  const out: NonNullable<TriedText['cancelled']> = [];
  const key = (e: Evidence): string => `${e.start} ${e.end} ${e.kind} ${e.pattern}`;
  const kept = new Map(coded.map((t) => [t.themeId, new Set(t.evidence.map(key))]));
  const own = new Map(compiled.themes.map((t) => [t.theme.id, { label: t.theme.label, patterns: new Set(t.patterns.map((p) => `${p.kind} ${p.value}`)) }]));
  for (const found of tagText(text, c.loose)) {
    const theme = own.get(found.themeId)!;
    for (const e of found.evidence) {
      // a sub-theme's match, rolled up, is told under the sub-theme
      if (!theme.patterns.has(`${e.kind} ${e.pattern}`) || kept.get(found.themeId)?.has(key(e))) continue;
      const one: NonNullable<TriedText['cancelled']>[number] = { themeId: found.themeId, label: theme.label, evidence: e };
      const exclusions = c.exclusions.get(found.themeId);
      const holding = exclusions && tagText(text, exclusions).find((x) => x.evidence.some((h) => h.start <= e.start && e.end <= h.end));
      if (holding) one.exclusion = exclusions.codebook.themes[Number(holding.themeId)]!.label;
      else {
        const words = c.near.get(found.themeId)?.get(`${e.kind} ${e.pattern}`);
        if (words === undefined) continue;
        const present = nearInSentence(text, e, words, compiled);
        one.notNear = present.length > 0 ? present : words;
      }
      out.push(one);
    }
  }
  return out;
}

/**
 * The context words of `entries` found in the sentence of the match `e`, each asked as tagging asks it
 * (see contextNear). A context word elsewhere in the text cancels nothing, and is not named.
 */
function nearInSentence(text: string, e: Evidence, entries: readonly string[], compiled: CompiledCodebook): string[] {
  const m = compiled.matcher;
  const t = tokenize(text, createTokens(m.lexicon));
  m.resolveNewWords();
  let s = -1;
  let end = -1;
  for (let k = 0; k < t.count; k++) {
    if (t.start[k]! >= e.start && t.end[k]! <= e.end) {
      if (s < 0) s = k;
      end = k + 1;
    }
  }
  if (s < 0) return [];
  // the compiled codebook already holds every context word's keys: no key is added here
  return entries.filter((entry) => contextNear(t, m.wordKeys, s, end, m.contextKeys([entry])));
}

/**
 * Each theme compiled alone, once and when first needed, to find the matches a longer match of another
 * theme hid (a theme alone has no other theme's match to lose to).
 */
function themesAlone(compiled: CompiledCodebook): (themeId: string) => CompiledCodebook {
  const cache = new Map<string, CompiledCodebook>();
  const book = compiled.codebook;
  return (themeId) => {
    let one = cache.get(themeId);
    if (one === undefined) {
      const { parent: _parent, ...theme } = book.themes.find((t) => t.id === themeId)!;
      one = compileCodebook({ name: book.name, themes: [theme] }, { ...compiled.options, setting: false });
      cache.set(themeId, one);
    }
    return one;
  };
}

/**
 * The matches of themes `text` does not carry (nor has cancelled or uncounted) that a longer match of
 * another theme holds: each theme is tagged alone only where the text has a match of several words.
 */
function hiddenIn(text: string, themes: TriedText['themes'], told: ReadonlySet<string>, compiled: CompiledCodebook, alone: (themeId: string) => CompiledCodebook): NonNullable<TriedText['hidden']> {
  const longer = themes.flatMap((t) => t.evidence.filter((e) => e.end - e.start > 0 && /\s|-/.test(e.text)).map((e) => ({ themeId: t.themeId, e })));
  if (longer.length === 0) return [];
  const out: NonNullable<TriedText['hidden']> = [];
  for (const t of compiled.themes) {
    const id = t.theme.id;
    if (told.has(id)) continue;
    for (const found of tagText(text, alone(id))) {
      if (found.themeId !== id) continue;
      for (const e of found.evidence) {
        const by = longer.find((l) => l.themeId !== id && l.e.start <= e.start && e.end <= l.e.end && l.e.end - l.e.start > e.end - e.start);
        if (by !== undefined) out.push({ themeId: id, label: t.theme.label, evidence: e, longer: { themeId: by.themeId, pattern: by.e.pattern, text: by.e.text } });
      }
    }
  }
  return out;
}

/** Tag each text with a compiled codebook (no setting: a typed sentence has no respondent). */
export function tryCodebook(texts: readonly string[], compiled: CompiledCodebook): TriedText[] {
  const book = compiled.codebook;
  const labels = new Map(book.themes.map((t) => [t.id, t.label]));
  const uncounting = new Set(book.themes.filter((t) => !t.countNegated).map((t) => t.id));
  // the same codebook counting every negated mention, to show what count_negated: false left out
  const counting = compileCountingNegated(compiled);
  const described = (c: { themeId: string; evidence: Evidence[] }) => ({ themeId: c.themeId, label: labels.get(c.themeId) ?? c.themeId, evidence: c.evidence });
  const cancelling = cancellingOf(compiled);
  const wordPatterns = compiled.options.matcher === 'lemma' ? wordPatternsOf(compiled) : [];
  const alone = themesAlone(compiled);
  return texts.map((text) => {
    const themes = tagText(text, compiled).map(described);
    const tried: TriedText = { text, themes };
    const near = nearMissesIn(text, themes, wordPatterns, compiled);
    if (near.length > 0) tried.nearMisses = near;
    if (cancelling) {
      const cancelled = cancelledIn(text, themes, compiled, cancelling);
      if (cancelled.length > 0) tried.cancelled = cancelled;
    }
    if (counting) {
      const coded = new Set(themes.map((t) => t.themeId));
      const uncounted = tagText(text, counting).filter((c) => uncounting.has(c.themeId) && !coded.has(c.themeId));
      if (uncounted.length > 0) tried.uncounted = uncounted.map(described);
    }
    // a parent is carried by its sub-theme's roll-up: not hidden
    const told = new Set([...themes, ...(tried.uncounted ?? []), ...(tried.cancelled ?? [])].map((t) => t.themeId));
    const hidden = hiddenIn(text, themes, told, compiled, alone);
    if (hidden.length > 0) tried.hidden = hidden;
    return tried;
  });
}
