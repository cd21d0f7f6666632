// Turns a codebook as read from any format (a spec, with line numbers) into the model's Codebook,
// checking everything a user can get wrong: ids, labels, duplicates, parents, empty themes, patterns.
import type { Codebook, Pattern, PatternKind, SettingRules, Theme } from '../model.js';
import { ConfigError } from '../util/errors.js';
import { tokenize } from '../nlp/tokenize.js';
import { suggest } from '../util/suggest.js';

/** One pattern as written, before checks. */
export interface PatternSpec {
  kind: PatternKind;
  value: string;
  line?: number;
  /** Context words that cancel this pattern (in addition to the theme's). */
  notNear?: string[];
}

/** One theme as written, before checks. Lines point at the theme's start and at single keys. */
export interface ThemeSpec {
  id?: string;
  label?: string;
  description?: string;
  parent?: string;
  countNegated?: boolean;
  patterns: PatternSpec[];
  exclusions: { value: string; line?: number }[];
  /** Context words that cancel every pattern of the theme. */
  notNear: string[];
  line?: number;
  parentLine?: number;
}

/** Setting rules as written, before checks. */
export interface SettingSpec {
  attributes: { value: string; line?: number }[];
  references: { value: string; line?: number }[];
  exclusions: { value: string; line?: number }[];
  line?: number;
}

/** A codebook as read from a file, before checks. */
export interface CodebookSpec {
  name: string;
  /** The file as named to the user in messages. */
  file: string;
  themes: ThemeSpec[];
  setting?: SettingSpec;
}

/** A theme id from a name, as codebook imports make them: `Mental Health & Wellbeing` → `mental-health-wellbeing`. */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Split a list written as one text into its entries: `stress, anxiety; worry`, or one entry a line (a
 * spreadsheet cell, a YAML string where a list was meant). A quoted entry ("…", “…”, '…') may hold `,` or `;`; a
 * `/…/` regex entry is kept whole. Word and phrase patterns never match across `,` `;` or a line break
 * (they end a clause), so such a text can only have been meant as a list.
 */
export function splitList(list: string): string[] {
  const out: string[] = [];
  for (const m of list.matchAll(/[\s,;]*(?:"([^"]*)"|“([^”]*)”|'([^']*)'|(\/(?:[^/\\\n]|\\.)+\/[a-z]*)(?=\s*(?:[,;\n]|$))|([^,;\r\n]+))/g)) {
    const v = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').trim();
    if (v !== '') out.push(v);
  }
  return out;
}

/** Ids go into CSV headers and `a;b` theme lists: letters, digits, `-`, `_`, `.`. */
const ID = /^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u;

/** Parse `/body/flags` (or a bare body) into a case-insensitive global RegExp, or say why not. */
export function parseRegex(value: string): { regex: RegExp } | { error: string } {
  let body = value;
  let flags = '';
  const m = /^\/(.*)\/([a-z]*)$/s.exec(value);
  if (m) {
    body = m[1];
    flags = m[2];
    const bad = flags.replace(/[imsu]/g, '');
    if (bad) return { error: `regex ${value} has unsupported flag(s) '${bad}' (allowed: i m s u)` };
  }
  if (body === '') return { error: 'regex is empty' };
  try {
    const regex = new RegExp(body, 'g' + (flags.includes('i') ? flags : flags + 'i'));
    if (regex.test('')) return { error: `regex ${value} matches empty text` };
    regex.lastIndex = 0;
    return { regex };
  } catch (e) {
    return { error: `regex ${value} is not valid: ${(e as Error).message.replace(/^Invalid regular expression: /, '')}` };
  }
}

function fail(spec: CodebookSpec, line: number | undefined, message: string): never {
  throw new ConfigError(message, { file: spec.file, line });
}

function normalisePattern(spec: CodebookSpec, theme: string, p: PatternSpec): PatternSpec {
  const value = p.value.trim();
  if (value === '') fail(spec, p.line, `theme '${theme}' has an empty ${p.kind}`);
  if (p.kind === 'regex') {
    const r = parseRegex(value);
    if ('error' in r) fail(spec, p.line, `theme '${theme}': ${r.error}`);
    return { ...p, value };
  }
  if (p.kind === 'glob') {
    if (/\s/.test(value)) fail(spec, p.line, `theme '${theme}': glob '${value}' has a space; globs match one word (use a phrase)`);
    if (!/[\p{L}\p{N}]/u.test(value)) fail(spec, p.line, `theme '${theme}': glob '${value}' has no letters or digits`);
    if (/[^\p{L}\p{N}\p{M}*?'’-]/u.test(value)) fail(spec, p.line, `theme '${theme}': glob '${value}' may hold only letters, digits, ' - * and ?`);
    return { ...p, value };
  }
  if (/[*?]/.test(value)) {
    // a glob is one word, so a wildcard inside a phrase needs a regex
    const words = value.split(/\s+/);
    const advice = words.length > 1
      ? `globs match one word, so for any word in its place use a regex, e.g. '/\\b${words.map((w) => (/^[*?]+$/.test(w) ? '\\w+' : w.replace(/\*/g, '\\w*').replace(/\?/g, '\\w'))).join(' ')}\\b/'`
      : 'put it under globs';
    fail(spec, p.line, `theme '${theme}': ${p.kind} '${value}' has a wildcard; ${advice}`);
  }
  const n = tokenize(value).count;
  if (n === 0) {
    // words are letters and digits; an emoji or symbol can still be found by a regex over the text
    const symbol = /\p{Extended_Pictographic}|\p{S}/u.test(value) ? ` (to match a symbol or emoji, use a regex: '/${value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/u')` : '';
    fail(spec, p.line, `theme '${theme}': ${p.kind} '${value}' has no letters or digits${symbol}`);
  }
  const split = clauseBreak(value);
  if (split !== undefined) {
    fail(spec, p.line, `theme '${theme}': ${n > 1 ? 'phrase' : p.kind} '${value}' has '${split}' between its words, and a phrase never matches across one (give each entry on its own)`);
  }
  // a `words` entry of several words is a phrase
  return { ...p, value, kind: n > 1 ? 'phrase' : p.kind === 'phrase' ? 'phrase' : 'word' };
}

/**
 * The punctuation between two words of `value` that ends a clause in a text (`,` `;` `:` a bracket, a
 * line break), if any: a phrase never matches across it, so a pattern holding one was meant as a list.
 * A dash between words (`teacher–student`, as word processors write a hyphen) is not taken for one.
 */
function clauseBreak(value: string): string | undefined {
  const t = tokenize(value);
  for (let k = 1; k < t.count; k++) {
    if (t.clause[k] !== t.clause[k - 1]) {
      const between = value.slice(t.end16[k - 1], t.start16[k]).trim();
      if (/^[\u2013\u2014-]+$/.test(between)) continue;
      return between === '' ? 'a line break' : between;
    }
  }
  return undefined;
}

/** Check a spec and build the Codebook; throws ConfigError at the first problem (file:line). */
export function buildCodebook(spec: CodebookSpec): Codebook {
  if (spec.themes.length === 0) fail(spec, undefined, 'codebook has no themes');
  const firstLine = new Map<string, number | undefined>();
  for (const t of spec.themes) {
    if (t.id === undefined || t.id.trim() === '') fail(spec, t.line, `theme has no id${t.label ? ` (label '${t.label}')` : ''}`);
    const id = t.id.trim();
    if (!ID.test(id)) fail(spec, t.line, `theme id '${id}' may hold only letters, digits, '-', '_' and '.' (no spaces or ';')`);
    if (firstLine.has(id)) {
      const first = firstLine.get(id);
      fail(spec, t.line, `theme '${id}' is defined twice${first ? ` (first at line ${first})` : ''}`);
    }
    // ids differing only in case are one theme to a reader, and to case-blind tools and file systems
    const same = [...firstLine.keys()].find((other) => other.toLowerCase() === id.toLowerCase());
    if (same !== undefined) {
      const first = firstLine.get(same);
      fail(spec, t.line, `theme '${id}' differs from theme '${same}'${first ? ` (line ${first})` : ''} only in case; give them different ids, or merge them`);
    }
    firstLine.set(id, t.line);
    if (t.label === undefined || t.label.trim() === '') fail(spec, t.line, `theme '${id}' has no label`);
  }
  const ids = new Set(firstLine.keys());
  const hasChildren = new Set<string>();
  for (const t of spec.themes) {
    const id = t.id!.trim();
    if (t.parent === undefined) continue;
    const parent = t.parent.trim();
    if (!ids.has(parent)) fail(spec, t.parentLine ?? t.line, `theme '${id}' has unknown parent '${parent}'${suggest(parent, [...ids])}`);
    if (parent === id) fail(spec, t.parentLine ?? t.line, `theme '${id}' is its own parent`);
    hasChildren.add(parent);
  }
  // parent cycles
  const parentOf = new Map(spec.themes.filter((t) => t.parent).map((t) => [t.id!.trim(), t.parent!.trim()]));
  for (const t of spec.themes) {
    const seen = new Set<string>([t.id!.trim()]);
    let p = parentOf.get(t.id!.trim());
    while (p !== undefined) {
      if (seen.has(p)) fail(spec, t.parentLine ?? t.line, `theme '${t.id}' has a parent cycle (${[...seen, p].join(' → ')})`);
      seen.add(p);
      p = parentOf.get(p);
    }
  }
  const themes: Theme[] = spec.themes.map((t) => {
    const id = t.id!.trim();
    const patterns: Pattern[] = t.patterns.map((raw) => {
      const p = normalisePattern(spec, id, raw);
      const near = [...t.notNear, ...(p.notNear ?? [])].map((w) => w.trim().toLowerCase()).filter((w) => w !== '');
      const pattern: Pattern = { kind: p.kind, value: p.value };
      if (near.length > 0) pattern.unlessNear = [...new Set(near)];
      return pattern;
    });
    if (patterns.length === 0 && !hasChildren.has(id)) {
      fail(spec, t.line, `theme '${id}' has no patterns (give words, globs, phrases or regex) and no child themes`);
    }
    const exclusions = t.exclusions.map((e) => {
      const v = e.value.trim();
      if (tokenize(v).count === 0) fail(spec, e.line, `theme '${id}': exclusion '${e.value}' has no letters or digits`);
      const split = clauseBreak(v);
      if (split !== undefined) fail(spec, e.line, `theme '${id}': exclusion '${v}' has '${split}' between its words, and a phrase never matches across one (give each entry on its own)`);
      return v;
    });
    const theme: Theme = { id, label: t.label!.trim(), patterns, exclusions, countNegated: t.countNegated ?? true };
    if (t.description !== undefined && t.description.trim() !== '') theme.description = t.description.trim();
    if (t.parent !== undefined) theme.parent = t.parent.trim();
    return theme;
  });
  const setting = spec.setting ? buildSetting(spec, spec.setting) : undefined;
  return setting ? { name: spec.name, themes, setting } : { name: spec.name, themes };
}

/** Check setting rules: attribute names, and references and exclusions that hold words. */
function buildSetting(spec: CodebookSpec, s: SettingSpec): SettingRules {
  if (s.attributes.length === 0) fail(spec, s.line, 'setting has no attributes (which attributes describe where a respondent learns, e.g. [program, school-level, school])');
  if (s.references.length === 0) fail(spec, s.line, 'setting has no references (words that refer to the setting, e.g. [here, the program])');
  const words = (list: { value: string; line?: number }[], what: string): string[] =>
    list.map((e) => {
      const v = e.value.trim();
      if (tokenize(v).count === 0) fail(spec, e.line ?? s.line, `setting: ${what} '${e.value}' has no letters or digits`);
      return v;
    });
  const attributes = s.attributes.map((a) => {
    const v = a.value.trim().toLowerCase().replace(/\s+/g, '-');
    if (v === '') fail(spec, a.line ?? s.line, 'setting: an attribute name is empty');
    return v;
  });
  return { attributes: [...new Set(attributes)], references: words(s.references, 'reference'), exclusions: words(s.exclusions, 'exclusion') };
}
