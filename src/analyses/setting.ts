// Codes references to a respondent's own setting, the one piece of context a human coder uses beyond a
// response's words: "places like this" on a Pathways sheet, or "the program" in the Youth TRAIN group,
// is about the alternate program or the trades program. The setting is the text of a few attributes
// (the codebook's `setting.attributes`: the sheet's school and level columns, a transcript's front
// matter), tagged with the codebook itself; a response that refers to its setting — a reference word
// from the codebook, or the setting's own name — also carries the setting's themes, with the reference
// as evidence and the attribute that carried the theme named in it. References are found by the tagger
// in its one pass over the texts (compileCodebook with `setting`); this module adds the settings' names
// to the matcher, keeps the references of responses whose setting carries a theme, and adds the codings.
import type { Coding, Corpus, Evidence, Response, SettingRules, Theme } from '../model.js';
import type { CompiledCodebook } from '../codebook/compile.js';
import { byPosition, tagResponses, tagText, withSetting, type ReferenceSink } from './tagging.js';

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

/**
 * Tag every response of a corpus as `reflect analyze` does: the themes its words carry, and, where the
 * codebook was compiled with `setting`, the themes of the setting it refers to (one pass over the texts).
 */
export function tagCorpus(corpus: Corpus, compiled: CompiledCodebook): Coding[] {
  const setting = settingCoder(corpus, compiled);
  return setting ? setting.apply(tagResponses(corpus.responses, compiled, setting.references)) : tagResponses(corpus.responses, compiled);
}

/** One setting value with the themes its text carries (codebook indexes, ancestors included). */
interface SettingValue {
  attribute: string;
  value: string;
  themes: number[];
}

/** Codes setting references in one run: pass `references` to tagResponses, then `apply` to its codings. */
export interface SettingCoder {
  /** Wants the references of the responses whose setting carries a theme. */
  references: ReferenceSink;
  /** `codings` with the setting's themes added; `codings` itself when no response referred to a setting
   *  that carries a theme. Codings are never changed in place. */
  apply(codings: Coding[]): Coding[];
}

/**
 * Prepare to code references to each response's setting, or undefined when the codebook was not
 * compiled to find them or no response's setting carries a theme. Adds the names of the settings that
 * carry themes to the compiled matcher: call it before tagging.
 */
export function settingCoder(corpus: Corpus, compiled: CompiledCodebook): SettingCoder | undefined {
  const rules = compiled.codebook.setting;
  if (!rules || !compiled.options.setting) return undefined;
  const { settingOf, distinct } = settingsOf(corpus, rules, compiled);
  const responses = corpus.responses;
  const valuesOf: (SettingValue[] | undefined)[] = new Array(responses.length);
  const wanted = new Uint8Array(responses.length);
  let any = false;
  for (let i = 0; i < responses.length; i++) {
    const values = settingOf(responses[i]!);
    if (values.length > 0) {
      valuesOf[i] = values;
      wanted[i] = 1;
      any = true;
    }
  }
  if (!any) return undefined;
  // Each setting's name, as a phrase, and its first word where that names the place alone ("Pathways"
  // for "Pathways Learning Centre"), as a glob, matched as written, so the name "Pathways" is not also
  // the common noun "pathway".
  const generic = new Set(rules.references);
  const namesOf = new Map<string, string[]>();
  const ti = compiled.codebook.themes.length;
  for (const v of distinct()) {
    const value = v.value.trim();
    const add = (kind: 'phrase' | 'glob', pattern: string): void => {
      if (generic.has(pattern)) return;
      const values = namesOf.get(pattern);
      if (values !== undefined) {
        // two settings with one name ("Pathways" of two schools): the pattern is there already
        values.push(v.value);
        return;
      }
      namesOf.set(pattern, [v.value]);
      compiled.matcher.addLate({ theme: ti, pattern: { kind, value: pattern }, exclusion: false, unlessNear: null, rank: generic.size + namesOf.size, reference: v.value });
    };
    add('phrase', value);
    const first = /^[\p{L}][\p{L}'’-]{3,}/u.exec(value)?.[0];
    if (first && /\s/.test(value) && /^\p{Lu}/u.test(first) && !GENERIC_NAME_WORDS.has(first.toLowerCase())) add('glob', first.toLowerCase());
  }

  const found = new Map<number, Evidence[]>();
  const keep = (index: number, evidence: Evidence[]): void => {
    const values = valuesOf[index]!;
    // a name counts only in its own setting
    const own = evidence.filter((e) => generic.has(e.pattern) || (namesOf.get(e.pattern)?.some((name) => values.some((v) => v.value === name)) ?? false));
    if (own.length > 0) found.set(index, own);
  };

  const apply = (codings: Coding[]): Coding[] => {
    const themes = compiled.codebook.themes;
    const added = new Map<number, Map<number, Evidence[]>>();
    for (const [i, evidence] of found) {
      const byTheme = new Map<number, Evidence[]>();
      for (const v of valuesOf[i]!) {
        const setting = `${v.attribute}: ${v.value}`;
        for (const t of v.themes) {
          if (byTheme.has(t)) continue;
          // Not `{ ...e, setting }`: V8 gives each such copy a map of its own, and the writers' reads
          // of thousands of maps miss every inline cache. withSetting's copies share the tagger's one.
          const list = evidence.map((e) => withSetting(e, setting));
          if (!themes[t]!.countNegated && list.every((e) => e.negated)) continue;
          byTheme.set(t, list);
        }
      }
      if (byTheme.size > 0) added.set(i, byTheme);
    }
    const out = added.size > 0 ? merge(responses, codings, added, themes) : codings;
    // the references are in the codings now; what found them is not needed again
    found.clear();
    valuesOf.length = 0;
    return out;
  };
  return { references: { wanted, found: keep }, apply };
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
  // A setting is the same for every response with the same attribute values: kept once per combination
  // (a few), not per participant. A participant's answers on a sheet come one after another, so the last
  // response's setting is tried first.
  const byCombination = new Map<string, SettingValue[]>();
  let last: Response | undefined;
  let lastValues: SettingValue[] = [];
  const raw: (string | undefined)[] = [];
  const settingOf = (r: Response): SettingValue[] => {
    if (last !== undefined && last.participantId === r.participantId && last.sourceId === r.sourceId) return lastValues;
    last = r;
    const participant = participants.get(r.participantId);
    const source = sources.get(r.sourceId);
    raw.length = 0;
    for (const attribute of rules.attributes) raw.push(participant?.attributes[attribute], source?.attributes[attribute]);
    const key = raw.join('\u0000');
    const known = byCombination.get(key);
    if (known !== undefined) return (lastValues = known);
    const values: SettingValue[] = [];
    rules.attributes.forEach((attribute, a) => {
      for (const value of [raw[2 * a], raw[2 * a + 1]]) {
        if (value === undefined || value === 'Not stated' || values.some((v) => v.value === value)) continue;
        const themes = themesOfText(value);
        if (themes.length === 0) continue;
        let v = names.get(value);
        if (v === undefined) names.set(value, (v = { attribute, value, themes }));
        values.push(v.attribute === attribute ? v : { ...v, attribute });
      }
    });
    byCombination.set(key, values);
    return (lastValues = values);
  };
  return { settingOf, distinct: () => [...names.values()] };
}

/** `codings` with the added evidence: new codings, or setting evidence appended to a theme's coding. */
function merge(responses: readonly Response[], codings: Coding[], added: Map<number, Map<number, Evidence[]>>, themes: Theme[]): Coding[] {
  const order = new Map(themes.map((t, i) => [t.id, i]));
  // one array of the final size (grown by push, a copy of half a million pointers is left at each doubling)
  let extra = 0;
  for (const byTheme of added.values()) extra += byTheme.size;
  const out: Coding[] = new Array(codings.length + extra);
  let n = 0;
  let k = 0;
  for (let i = 0; i < responses.length; i++) {
    const id = responses[i]!.id;
    const start = k;
    while (k < codings.length && codings[k]!.responseId === id) k++;
    const more = added.get(i);
    if (more === undefined) {
      for (let j = start; j < k; j++) out[n++] = codings[j]!;
      continue;
    }
    const own: Coding[] = [];
    for (let j = start; j < k; j++) {
      const c = codings[j]!;
      const t = order.get(c.themeId)!;
      const evidence = more.get(t);
      if (evidence === undefined) {
        own.push(c);
        continue;
      }
      more.delete(t);
      // a reference over the words' own evidence (the name "Alternate program" in an alternate program) adds nothing
      const fresh = evidence.filter((e) => !c.evidence.some((x) => x.start < e.end && e.start < x.end));
      own.push(fresh.length === 0 ? c : { ...c, evidence: [...c.evidence, ...fresh].sort(byPosition) });
    }
    for (const [t, evidence] of more) own.push({ responseId: id, themeId: themes[t]!.id, evidence });
    own.sort((a, b) => order.get(a.themeId)! - order.get(b.themeId)!);
    for (const c of own) out[n++] = c;
  }
  out.length = n;
  return out;
}
