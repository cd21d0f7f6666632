// Codes references to a respondent's own setting, the one piece of context a human coder uses beyond a
// response's words: "places like this" on a Pathways sheet, or "the program" in the Youth TRAIN group,
// is about the alternate program or the trades program. The setting is the text of a few attributes
// (the codebook's `setting.attributes`: the sheet's school and level columns, a transcript's front
// matter), tagged with the codebook itself; a response that refers to its setting — a reference word
// from the codebook, or the setting's own name — also carries the setting's themes, with the reference
// as evidence and the attribute that carried the theme named in it.
import type { Codebook, Coding, Corpus, Evidence, Response, SettingRules, Theme } from '../model.js';
import { compileCodebook, type CompiledCodebook } from '../codebook/compile.js';
import { tagResponses, tagText } from './tagging.js';

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
  const settings = settingsOf(corpus, rules, compiled);
  const candidates: Response[] = [];
  const valuesOf: SettingValue[][] = [];
  for (const r of corpus.responses) {
    const values = settings(r);
    if (values.length === 0) continue;
    candidates.push(r);
    valuesOf.push(values);
  }
  if (candidates.length === 0) return codings;

  const distinct = [...new Map(valuesOf.flat().map((v) => [v.nameTheme, v])).values()];
  const references = tagResponses(candidates, compileCodebook(referenceCodebook(rules, distinct), { expansions: false, matcher: 'lemma' }));
  const themes = compiled.codebook.themes;
  const added = new Map<string, Map<number, Evidence[]>>();
  let k = 0;
  for (let i = 0; i < candidates.length; i++) {
    const id = candidates[i].id;
    const values = valuesOf[i];
    const found: Evidence[] = [];
    for (; k < references.length && references[k].responseId === id; k++) {
      const c = references[k];
      if (c.themeId === REFERENCE || values.some((v) => v.nameTheme === c.themeId)) found.push(...c.evidence);
    }
    if (found.length === 0) continue;
    const byTheme = new Map<number, Evidence[]>();
    for (const v of values) {
      for (const t of v.themes) {
        if (byTheme.has(t)) continue;
        const setting = `${v.attribute}: ${v.value}`;
        const evidence = found.map((e) => ({ ...e, setting }));
        if (!themes[t].countNegated && evidence.every((e) => e.negated)) continue;
        byTheme.set(t, evidence);
      }
    }
    if (byTheme.size > 0) added.set(id, byTheme);
  }
  return added.size === 0 ? codings : merge(corpus.responses, codings, added, themes);
}

/** A function giving each response its setting values that carry at least one theme. */
function settingsOf(corpus: Corpus, rules: SettingRules, compiled: CompiledCodebook): (r: Response) => SettingValue[] {
  const participants = new Map(corpus.participants.map((p) => [p.id, p]));
  const sources = new Map(corpus.sources.map((s) => [s.id, s]));
  const themeIndex = new Map(compiled.codebook.themes.map((t, i) => [t.id, i]));
  const tagged = new Map<string, number[]>();
  const names = new Map<string, string>();
  const themesOfText = (text: string): number[] => {
    let t = tagged.get(text);
    if (t === undefined) {
      t = tagText(text, compiled).map((c) => themeIndex.get(c.themeId)!);
      tagged.set(text, t);
    }
    return t;
  };
  const memo = new Map<string, SettingValue[]>();
  return (r) => {
    const participant = participants.get(r.participantId);
    const source = sources.get(r.sourceId);
    const key = `${r.participantId}\u0000${r.sourceId}`;
    const known = memo.get(key);
    if (known) return known;
    const values: SettingValue[] = [];
    for (const attribute of rules.attributes) {
      for (const value of [participant?.attributes[attribute], source?.attributes[attribute]]) {
        if (value === undefined || value === 'Not stated' || values.some((v) => v.value === value)) continue;
        const themes = themesOfText(value);
        if (themes.length === 0) continue;
        let nameTheme = names.get(value);
        if (nameTheme === undefined) names.set(value, (nameTheme = `name-${names.size + 1}`));
        values.push({ attribute, value, themes, nameTheme });
      }
    }
    memo.set(key, values);
    return values;
  };
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
function merge(responses: readonly Response[], codings: Coding[], added: Map<string, Map<number, Evidence[]>>, themes: Theme[]): Coding[] {
  const order = new Map(themes.map((t, i) => [t.id, i]));
  const out: Coding[] = [];
  let k = 0;
  for (const r of responses) {
    const start = k;
    while (k < codings.length && codings[k].responseId === r.id) k++;
    const extra = added.get(r.id);
    if (extra === undefined) {
      for (let i = start; i < k; i++) out.push(codings[i]);
      continue;
    }
    const own: Coding[] = [];
    for (let i = start; i < k; i++) {
      const c = codings[i];
      const more = extra.get(order.get(c.themeId)!);
      if (more === undefined) {
        own.push(c);
        continue;
      }
      extra.delete(order.get(c.themeId)!);
      // a reference over the words' own evidence (the name "Alternate program" in an alternate program) adds nothing
      const fresh = more.filter((e) => !c.evidence.some((x) => x.start < e.end && e.start < x.end));
      own.push(fresh.length === 0 ? c : { ...c, evidence: [...c.evidence, ...fresh].sort(byPosition) });
    }
    for (const [t, evidence] of extra) own.push({ responseId: r.id, themeId: themes[t].id, evidence });
    own.sort((a, b) => order.get(a.themeId)! - order.get(b.themeId)!);
    out.push(...own);
  }
  return out;
}

const byPosition = (a: Evidence, b: Evidence): number => a.start - b.start || a.end - b.end || (a.pattern < b.pattern ? -1 : a.pattern > b.pattern ? 1 : 0);
