// Semantic expansion: adds to each theme the close words of its own words and phrases from the
// curated synonym list (synonyms.ts). Expansions are marked on the pattern and in the evidence, and
// switched off by `--no-expand`.
import type { Pattern, PatternKind, Theme } from '../model.js';
import { SYNONYMS } from './synonyms.js';

function kindOf(value: string): PatternKind {
  if (/[*?]/.test(value)) return 'glob';
  return /[\s-]/.test(value.trim()) ? 'phrase' : 'word';
}

/**
 * The expansions of one theme: for each word or phrase (as `normalise` keys it, so `timetables` finds
 * the entry `timetable`), the synonyms listed for it that the theme does not already have.
 * `normalise` maps a word or phrase to a comparable key (the matcher's lemma sequence).
 */
export function expandTheme(theme: Theme, own: readonly Pattern[], normalise: (value: string) => string, synonyms: Record<string, readonly string[]> = SYNONYMS): Pattern[] {
  const index = thesaurusIndex(synonyms, normalise);
  const have = new Set(own.filter((p) => p.kind !== 'regex').map((p) => (p.kind === 'glob' ? `glob:${p.value.toLowerCase()}` : normalise(p.value))));
  const out: Pattern[] = [];
  for (const p of own) {
    if (p.kind === 'regex' || p.expansion) continue;
    const key = p.kind === 'glob' ? `glob:${p.value.toLowerCase()}` : normalise(p.value);
    for (const value of index.get(key) ?? []) {
      const kind = kindOf(value);
      const k = kind === 'glob' ? `glob:${value.toLowerCase()}` : normalise(value);
      if (have.has(k)) continue;
      have.add(k);
      const e: Pattern = { kind, value, expansion: 'synonym', expandedFrom: p.value };
      if (p.unlessNear) e.unlessNear = [...p.unlessNear];
      out.push(e);
    }
  }
  return out;
}

const cache = new WeakMap<object, Map<(v: string) => string, Map<string, readonly string[]>>>();

function thesaurusIndex(synonyms: Record<string, readonly string[]>, normalise: (value: string) => string): Map<string, readonly string[]> {
  let byFn = cache.get(synonyms);
  if (!byFn) cache.set(synonyms, (byFn = new Map()));
  let index = byFn.get(normalise);
  if (!index) {
    index = new Map();
    for (const [head, list] of Object.entries(synonyms)) {
      const key = /[*?]/.test(head) ? `glob:${head.toLowerCase()}` : normalise(head);
      index.set(key, [...(index.get(key) ?? []), ...list]);
    }
    byFn.set(normalise, index);
  }
  return index;
}
