// Codes references to a respondent's own setting, the one piece of context a human coder uses beyond a
// response's words: "places like this" on a Pathways sheet, or "the program" in the Youth TRAIN group,
// is about the alternate program or the trades program. The setting is the text of a few attributes
// (the codebook's `setting.attributes`: the sheet's school and level columns, a transcript's front
// matter), tagged with the codebook itself; a response that refers to its setting — a reference word
// from the codebook, or the setting's own name — also carries the setting's themes, with the reference
// as evidence and the attribute that carried the theme named in it.
import type { Codebook, Coding, Corpus, Evidence, Response, SettingRules, Theme } from '../model.js';
import { compileCodebook, globToRegex, type CompiledCodebook } from '../codebook/compile.js';
import { tagResponses, tagText } from './tagging.js';
import { words } from '../nlp/tokenize.js';

/** Theme id of the setting references in the reference codebook (names get `name-<k>`). */
const REFERENCE = 'reference';

/**
 * First words of a place name that do not name it on their own ("North Valley Secondary" is not
 * referred to as "North"). A name's first word is a reference only when it is none of these.
 */
const GENERIC_NAME_WORDS = new Set(
  [
    'the', 'a', 'an', 'our', 'my', 'new', 'old', 'north', 'south', 'east', 'west', 'central', 'upper', 'lower', 'mount', 'mt',
    'saint', 'st', 'lake', 'river', 'valley', 'park', 'hill', 'city', 'county', 'district', 'school', 'secondary', 'middle',
    'elementary', 'primary', 'high', 'junior', 'senior', 'learning', 'centre', 'center', 'academy', 'program', 'programme',
    'community', 'public', 'youth', 'alternate', 'alternative', 'alt', 'international', 'regional', 'independent', 'online',
    'virtual', 'distance', 'adult', 'continuing', 'education', 'college', 'institute', 'open', 'first', 'grade',
  ],
);

/** One setting value with the themes its text carries (codebook indexes, ancestors included). */
interface SettingValue {
  attribute: string;
  value: string;
  themes: number[];
  /** Id of this value's name theme in the reference codebook. */
  nameTheme: string;
}

/**
 * Add the setting's themes to every response that refers to its setting. Returns `codings` itself when
 * the codebook has no setting rules or no setting carries a theme; otherwise a new array in the same
 * order (responses' order, then codebook order), with codings never changed in place.
 */
export function codeSettingReferences(corpus: Corpus, codings: Coding[], compiled: CompiledCodebook): Coding[] {
  const rules = compiled.codebook.setting;
  if (!rules || compiled.options.matcher !== 'lemma') return codings;
  const { settingOf, distinct } = settingsOf(corpus, rules, compiled);
  const responses = corpus.responses;
  const candidates: number[] = [];
  const valuesOf: SettingValue[][] = [];
  for (let i = 0; i < responses.length; i++) {
    const values = settingOf(responses[i]);
    if (values.length === 0) continue;
    candidates.push(i);
    valuesOf.push(values);
  }
  if (candidates.length === 0) return codings;

  const references = compileCodebook(referenceCodebook(rules, distinct()), { expansions: false, matcher: 'lemma' });
  const mayRefer = prefilter(references, compiled);
  const texts = candidates.map((i) => responses[i]).filter((r) => mayRefer.test(r.text));
  const found = tagResponses(texts, references);
  const themes = compiled.codebook.themes;
  const added: (Map<number, Evidence[]> | undefined)[] = new Array(responses.length);
  let any = false;
  let k = 0;
  for (let n = 0; n < candidates.length; n++) {
    const i = candidates[n];
    const r = responses[i];
    const values = valuesOf[n];
    const evidence: Evidence[] = [];
    for (; k < found.length && found[k].responseId === r.id; k++) {
      const c = found[k];
      if (c.themeId === REFERENCE || values.some((v) => v.nameTheme === c.themeId)) evidence.push(...c.evidence);
    }
    if (evidence.length === 0) continue;
    const byTheme = new Map<number, Evidence[]>();
    for (const v of values) {
      for (const t of v.themes) {
        if (byTheme.has(t)) continue;
        const setting = `${v.attribute}: ${v.value}`;
        const list = evidence.map((e) => ({ ...e, setting }));
        if (!themes[t].countNegated && list.every((e) => e.negated)) continue;
        byTheme.set(t, list);
      }
    }
    if (byTheme.size > 0) {
      added[i] = byTheme;
      any = true;
    }
  }
  return any ? merge(responses, codings, added, themes) : codings;
}

/**
 * A cheap test that a text may hold a reference, so that only those texts are tokenised again: the
 * text must contain, as a whole word, one of the corpus's words (every word of every response is in
 * the main matcher's lexicon once the responses are tagged) that is a form of the longest word of some
 * reference or name. Never false for a text the reference codebook would match.
 */
function prefilter(references: CompiledCodebook, compiled: CompiledCodebook): RegExp {
  const m = references.matcher;
  const anchors = new Set<number>();
  const globs: RegExp[] = [];
  for (const p of m.patterns) {
    if (p.exclusion || p.pattern.kind === 'regex') continue;
    if (p.pattern.kind === 'glob') {
      globs.push(globToRegex(p.pattern.value));
      continue;
    }
    const keys = m.sequence(p.pattern.value);
    const parts = words(p.pattern.value);
    let best = 0;
    for (let j = 1; j < parts.length; j++) if (parts[j].length > parts[best].length) best = j;
    anchors.add(keys[best]);
  }
  const forms: string[] = [];
  for (const word of compiled.matcher.lexicon.words) {
    const keys = m.wordKeys[m.wordId(word)];
    if ((keys !== null && keys.some((k) => anchors.has(k))) || globs.some((g) => g.test(word))) forms.push(word);
  }
  if (forms.length === 0) return /(?!)/;
  const alternatives = forms.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’ʼ]"));
  return new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}\\p{M}])`, 'iu');
}

/** Each response's setting values that carry at least one theme, and all such values seen. */
function settingsOf(corpus: Corpus, rules: SettingRules, compiled: CompiledCodebook): { settingOf: (r: Response) => SettingValue[]; distinct: () => SettingValue[] } {
  const participants = new Map(corpus.participants.map((p) => [p.id, p]));
  const sources = new Map(corpus.sources.map((s) => [s.id, s]));
  const themeIndex = new Map(compiled.codebook.themes.map((t, i) => [t.id, i]));
  const tagged = new Map<string, number[]>();
  const names = new Map<string, SettingValue>();
  const themesOfText = (text: string): number[] => {
    let t = tagged.get(text);
    if (t === undefined) {
      t = tagText(text, compiled).map((c) => themeIndex.get(c.themeId)!);
      tagged.set(text, t);
    }
    return t;
  };
  // by participant, then by source; a participant's answers on a sheet come one after another, so the
  // last one found is tried first
  const memo = new Map<string, Map<string, SettingValue[]>>();
  let last: Response | undefined;
  let lastValues: SettingValue[] = [];
  const settingOf = (r: Response): SettingValue[] => {
    if (last !== undefined && last.participantId === r.participantId && last.sourceId === r.sourceId) return lastValues;
    let bySource = memo.get(r.participantId);
    if (bySource === undefined) memo.set(r.participantId, (bySource = new Map()));
    const known = bySource.get(r.sourceId);
    last = r;
    if (known !== undefined) return (lastValues = known);
    const participant = participants.get(r.participantId);
    const source = sources.get(r.sourceId);
    const values: SettingValue[] = [];
    for (const attribute of rules.attributes) {
      for (const value of [participant?.attributes[attribute], source?.attributes[attribute]]) {
        if (value === undefined || value === 'Not stated' || values.some((v) => v.value === value)) continue;
        const themes = themesOfText(value);
        if (themes.length === 0) continue;
        let v = names.get(value);
        if (v === undefined) names.set(value, (v = { attribute, value, themes, nameTheme: `name-${names.size + 1}` }));
        values.push(v.attribute === attribute ? v : { ...v, attribute });
      }
    }
    bySource.set(r.sourceId, values);
    return (lastValues = values);
  };
  return { settingOf, distinct: () => [...names.values()] };
}

/**
 * The codebook that finds references: one theme of the reference words, and one per setting value of
 * its name (the whole value as a phrase, and its first word when that word names the place alone:
 * "Pathways" for "Pathways Learning Centre"). The first word is a glob, matched as written, so the
 * name "Pathways" is not also the common noun "pathway".
 */
function referenceCodebook(rules: SettingRules, values: SettingValue[]): Codebook {
  const themes: Theme[] = [
    {
      id: REFERENCE,
      label: 'Reference to the setting',
      patterns: rules.references.map((value) => ({ kind: /\s/.test(value) ? 'phrase' : 'word', value })),
      exclusions: rules.exclusions,
      countNegated: true,
    },
  ];
  for (const v of values) {
    const patterns: Theme['patterns'] = [{ kind: 'phrase', value: v.value }];
    const first = /^[\p{L}][\p{L}'’-]{3,}/u.exec(v.value.trim())?.[0];
    if (first && /\s/.test(v.value.trim()) && /^\p{Lu}/u.test(first) && !GENERIC_NAME_WORDS.has(first.toLowerCase())) {
      patterns.push({ kind: 'glob', value: first.toLowerCase() });
    }
    themes.push({ id: v.nameTheme, label: v.value, patterns, exclusions: [], countNegated: true });
  }
  return { name: 'setting references', themes };
}

/** `codings` with the added evidence: new codings, or setting evidence appended to a theme's coding. */
function merge(responses: readonly Response[], codings: Coding[], added: (Map<number, Evidence[]> | undefined)[], themes: Theme[]): Coding[] {
  const order = new Map(themes.map((t, i) => [t.id, i]));
  const out: Coding[] = [];
  let k = 0;
  for (let i = 0; i < responses.length; i++) {
    const id = responses[i].id;
    const start = k;
    while (k < codings.length && codings[k].responseId === id) k++;
    const extra = added[i];
    if (extra === undefined) {
      for (let j = start; j < k; j++) out.push(codings[j]);
      continue;
    }
    const own: Coding[] = [];
    for (let j = start; j < k; j++) {
      const c = codings[j];
      const t = order.get(c.themeId)!;
      const more = extra.get(t);
      if (more === undefined) {
        own.push(c);
        continue;
      }
      extra.delete(t);
      // a reference over the words' own evidence (the name "Alternate program" in an alternate program) adds nothing
      const fresh = more.filter((e) => !c.evidence.some((x) => x.start < e.end && e.start < x.end));
      own.push(fresh.length === 0 ? c : { ...c, evidence: [...c.evidence, ...fresh].sort(byPosition) });
    }
    for (const [t, evidence] of extra) own.push({ responseId: id, themeId: themes[t].id, evidence });
    own.sort((a, b) => order.get(a.themeId)! - order.get(b.themeId)!);
    out.push(...own);
  }
  return out;
}

const byPosition = (a: Evidence, b: Evidence): number => a.start - b.start || a.end - b.end || (a.pattern < b.pattern ? -1 : a.pattern > b.pattern ? 1 : 0);
