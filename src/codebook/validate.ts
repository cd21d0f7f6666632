// Turns a codebook as read from any format (a spec, with line numbers) into the model's Codebook,
// checking everything a user can get wrong: ids, labels, duplicates, parents, empty themes, patterns.
import type { Codebook, CodebookLanguage, Pattern, PatternKind, SettingRules, Theme, Warning } from '../model.js';
import { ConfigError, ProblemList } from '../util/errors.js';
import { straightApostrophes, tokenize, words as wordsOf } from '../nlp/tokenize.js';
import { suggest } from '../util/suggest.js';
import { unicodeWordSource } from './unicode-regex.js';
import { codebookLanguageOf } from '../analyses/language.js';

/** Whether a word or phrase holds a glob's wildcard. */
const hasWildcard = (value: string): boolean => /[*?]/.test(value.replace(/\?$/, ''));

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
  /** The parent as the file wrote it ("Stres"), where `parent` is the id a sheet made of it ("stres"): an unknown parent is told as written. */
  parentAsWritten?: string;
  /**
   * Set when the reader could not read the theme (its problem is in CodebookSpec.problems): its id, if
   * known, still counts as taken and as a parent, and nothing else of it is checked.
   */
  unread?: boolean;
  /** Set when a key of the theme was left out with a problem (`pattern:` for `words:`): it is not also said to have no patterns. */
  partial?: boolean;
}

/** Setting rules as written, before checks. */
export interface SettingSpec {
  attributes: { value: string; line?: number }[];
  references: { value: string; line?: number }[];
  exclusions: { value: string; line?: number }[];
  line?: number;
  /** Set when a key was left out with a problem (`refs:` for `references:`): it is not also said to be missing. */
  partial?: boolean;
}

/** A codebook as read from a file, before checks. */
export interface CodebookSpec {
  name: string;
  /** The file as named to the user in messages. */
  file: string;
  themes: ThemeSpec[];
  setting?: SettingSpec;
  /** The codebook's `language:` as written (`french`, `fr`), before checks. */
  language?: { value: string; line?: number };
  /** Problems the reader found and read past, reported with the checks' own. */
  problems?: ConfigError[];
  /** What the reader made of something it could not take as written, for the user to see (see Codebook.warnings). */
  warnings?: Warning[];
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
 * An outline number before a code's name, as researchers number codes to order them: `1.2 `, `2.3.1 `,
 * `A1. `, `b) `, `(a) `, `(12) `. Only at the start and followed by a space: `Grade 9 supports`, `21st-century
 * skills` and `3D printing` keep their numbers.
 */
export const OUTLINE_NUMBER = /^\s*(?:\p{L}?\d{1,2}(?:\.\d+)*[.)]?|\p{L}[.)]|\((?:\p{L}|\d{1,2})\))\s+/u;

/**
 * A theme id from a code's name, as .qdc, CSV and Excel codebooks make one where no id is written: the
 * name's slug without its outline number (`1.2 Timetables` → timetables), which changes whenever the codes
 * are put in another order, so that the id stays the same across exports and reads as the theme; the whole
 * name's slug where nothing else would be left (`1.2` → 1-2).
 */
export function nameId(name: string): string {
  const rest = name.replace(OUTLINE_NUMBER, '');
  return slug(/[\p{L}\p{N}]/u.test(rest) ? rest : name);
}

/**
 * A theme's label read off its id, for a theme given none: `-`, `_` and `.` as spaces, the first letter in
 * capitals, the rest as written (`mental-health` → `Mental health`, `LGBTQ_support` → `LGBTQ support`).
 */
export function labelFromId(id: string): string {
  const words = id.replace(/[-_.]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Split a list written as one text into its entries: `stress, anxiety; worry | burnout`, or one entry a line (a
 * spreadsheet cell, a YAML string where a list was meant). A quoted entry ("…", “…”, '…') may hold `,` or `;`; a
 * `/…/` regex entry is kept whole. Word and phrase patterns never match across `,` `;` or a line break
 * (they end a clause), so such a text can only have been meant as a list.
 */
export function splitList(list: string): string[] {
  const out: string[] = [];
  for (const m of list.matchAll(/[\s,;|]*(?:"([^"]*)"|“([^”]*)”|'([^']*)'|(\/(?:[^/\\\n]|\\.)+\/[a-z]*)(?=\s*(?:[,;|\n]|$))|([^,;|\r\n]+))/g)) {
    const v = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').trim();
    if (v !== '') out.push(v);
  }
  return out;
}

/** Ids go into CSV headers and `a;b` theme lists: letters, digits, `-`, `_`, `.`. */
const ID = /^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u;
const ID_CHARS = /^[\p{L}\p{N}_.-]+$/u;

/** Whether `value` is a theme id as written (no spaces or other punctuation). */
export const isThemeId = (value: string): boolean => ID.test(value);

/**
 * Parse `/body/flags` (or a bare body) into a case-insensitive global RegExp, or say why not. `unicode`,
 * where the regex has \b or \w, is the same regex with those reading accented letters as letters (see
 * unicode-regex.ts), for texts that are not all ASCII; on ASCII text the two match alike, `regex` faster.
 */
export function parseRegex(value: string): { regex: RegExp; unicode?: RegExp } | { error: string } {
  let body = value;
  let flags = '';
  const m = /^\/(.*)\/([a-z]*)$/s.exec(value);
  if (m) {
    body = m[1];
    flags = m[2];
    const bad = flags.replace(/[imsu]/g, '');
    if (bad) return { error: `regex ${value} has unsupported flag(s) '${bad}' (allowed: i m s u)` };
  } else if (value.startsWith('/') && value.length > 1) {
    // `/\bexam stress` was matched with its slash, a character no text has there: the closing one was forgotten
    return { error: `regex ${value} begins with '/' but does not end with one: write ${value}/ (or \\/ to match a slash itself)` };
  }
  if (body === '') return { error: 'regex is empty' };
  // `(?i)stress`, as Python and R write a flag: JavaScript's regexes know no such group, "invalid group"
  const inline = /^\(\?([a-z]+)\)/.exec(body);
  if (inline) {
    const others = inline[1]!.replace(/i/g, '');
    const without = body.slice(inline[0].length);
    return {
      error: `regex ${value} begins with (?${inline[1]}), a flag as Python or R write one, which JavaScript's regexes do not know: a regex here always ignores case, so leave it out${others === '' ? `: write '${without}'` : ` and give the others after a closing slash: '/${without}/${others}'`}`,
    };
  }
  try {
    const regex = new RegExp(body, 'g' + (flags.includes('i') ? flags : flags + 'i'));
    if (regex.test('')) return { error: `regex ${value} matches empty text` };
    regex.lastIndex = 0;
    const wide = unicodeWordSource(body);
    if (wide === undefined) return { regex };
    try {
      return { regex, unicode: new RegExp(wide, regex.flags) };
    } catch {
      // what the rewriting cannot mend (under the `u` flag, a lone `{`): its words stay ASCII's
      return { regex };
    }
  } catch (e) {
    // the engine's message repeats the regex with its flags (`/(a/gi: Unterminated group`): said once, in words
    const said = (e as Error).message.replace(/^Invalid regular expression: /, '').replace(/^\/.*\/[a-z]*: /s, '');
    const plain = REGEX_ERRORS[said];
    return { error: `regex ${value} is not valid: ${said.charAt(0).toLowerCase()}${said.slice(1)}${plain ? ` (${plain})` : ''}` };
  }
}

/** What the commonest regex errors mean, for a researcher who rarely writes one. */
const REGEX_ERRORS: Record<string, string> = {
  'Unterminated group': "a '(' has no ')'",
  'Unterminated character class': "a '[' has no ']'",
  "Unmatched ')'": "a ')' has no '('",
  'Nothing to repeat': 'a *, + or ? follows nothing it could repeat; write \\* for a star itself',
  'Lone quantifier brackets': "a '{' or '}' stands alone; write \\{ for the brace itself",
  '\\ at end of pattern': 'it ends in a lone \\',
};

/** Quotes around a whole entry, as a word processor types them (“mental health”, ‘stress’, «stress»). */
const WRAPPING_QUOTES = /^\s*(?:“([^“”]*)”|‘([^‘’]*)’|„([^„“”]*)[“”]|«\s*([^«»]*?)\s*»|"([^"]*)")\s*$/;

/**
 * An entry without the quotes it was wrapped in: YAML keeps “mental health” in `[“mental health”]` as
 * written, quotes and all, and the pattern then showed so in every piece of evidence.
 */
export function unquoted(value: string): string {
  const m = WRAPPING_QUOTES.exec(value);
  return (m ? (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '') : value).trim();
}

/** A `+` or `#` written onto a word (`A+`, `C++`, `C#`, `+2`), or a `-` after a word of one letter (a grade, `B-`). */
const SIGNED = /[\p{L}\p{N}]([+#])|(\+)[\p{L}\p{N}]|(?<![\p{L}\p{N}])\p{L}(-)(?![\p{L}\p{N}])/u;

/** The regex for words with wildcards among them (`burn* out` → `/\bburn\w* out\b/`): `*` any letters, `?` one, a word of them alone any word. */
function wildcardRegex(words: readonly string[]): string {
  return `/\\b${words.map((w) => (/^[*?]+$/.test(w) ? '\\w+' : w.replace(/\*/g, '\\w*').replace(/\?/g, '\\w'))).join(' ')}\\b/`;
}

/**
 * A pattern checked and normalised (a `words` entry of several words becomes a phrase), or undefined
 * after its problem is added to `problems`.
 */
function normalisePattern(problems: ProblemList, theme: string, p: PatternSpec, format: Format): PatternSpec | undefined {
  const bad = (message: string): undefined => {
    problems.add(`theme '${theme}': ${message}`, p.line);
    return undefined;
  };
  const value = p.kind === 'regex' ? p.value.trim() : unquoted(p.value);
  if (value === '') {
    problems.add(`theme '${theme}' has an empty ${p.kind}`, p.line);
    return undefined;
  }
  if (p.kind === 'regex') {
    // `"\bstress\b"` in JSON, or between YAML's double quotes, is a backspace either side: a regex that
    // never matches, said OK. No text has a backspace, so it is taken for the \b meant.
    if (value.includes('\b') && (format === 'json' || format === 'yaml')) return bad(backspaceSaid(value, format));
    const r = parseRegex(value);
    return 'error' in r ? bad(r.error) : { ...p, value };
  }
  // `/\bburn(ed)? out\b/` under words was read as a word with a wildcard, and its hint was a regex in a regex
  if (/^\/.+\/[a-z]*$/s.test(value)) return bad(`${p.kind} '${value}' is written as a regex (between slashes); ${regexHint(format)}`);
  if (p.kind === 'glob') {
    if (/\s/.test(value)) {
      // `anxi* nervous*` is two globs a comma was left out of; `burn* out` a phrase, which holds no wildcard
      const parts = value.split(/\s+/);
      const wild = parts.filter((w) => /[*?]/.test(w)).length;
      if (wild === 0) return bad(`glob '${value}' has a space; globs match one word (use a phrase)`);
      if (wild === parts.length) return bad(`glob '${value}' has a space; a glob matches one word, so these are ${parts.length} globs: separate them with commas ('${parts.join("', '")}')`);
      const regex = `a regex for any ending in its place, e.g. '${wildcardRegex(parts)}' (${regexHint(format)})`;
      if (parts.some((w) => /^[*?]+$/.test(w))) return bad(`glob '${value}' has a space; a glob matches one word, and a phrase holds no wildcard: use ${regex}`);
      const phrase = parts.map((w) => w.replace(/[*?]/g, '')).join(' ');
      return bad(`glob '${value}' has a space; a glob matches one word: use the phrase '${phrase}', whose words match in any of their forms, or ${regex}`);
    }
    if (!/[\p{L}\p{N}]/u.test(value)) return bad(`glob '${value}' has no letters or digits, so it would match any word; write the start of the words it stands for, as in 'stress*'`);
    if (/[^\p{L}\p{N}\p{M}*?'’-]/u.test(value)) return bad(`glob '${value}' may hold only letters, digits, ' - * and ?`);
    // `co-*` is matched without its hyphen, as `co*` (see compile.ts's add): it coded "could" and "come"
    const compound = /^([\p{L}\p{N}\p{M}'’]+)[-\u2010\u2011][*?]+$/u.exec(value);
    if (compound) {
      const stem = compound[1]!;
      return bad(`glob '${value}' is matched without its hyphen, as '${stem}*', so it codes every word beginning '${stem}', not only those written '${stem}-': give each word with its hyphen, or for '${stem}-' before any word the regex '/\\b${stem}[- ]\\w+/' (${regexHint(format)})`);
    }
    return { ...p, value };
  }
  if (/[*?]/.test(value)) {
    // a glob is one word, so a wildcard inside a phrase needs a regex
    const words = value.split(/\s+/);
    const advice = words.length > 1 ? `globs match one word, so for any word in its place use a regex, e.g. '${wildcardRegex(words)}'` : 'put it under globs';
    return bad(`${p.kind} '${value}' has a wildcard; ${advice}`);
  }
  const n = tokenize(value).count;
  if (n === 0) {
    // words are letters and digits; an emoji or symbol can still be found by a regex over the text
    const symbol = /\p{Extended_Pictographic}|\p{S}/u.test(value) ? ` (to match a symbol or emoji, use a regex: '/${value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/u')` : '';
    return bad(`${p.kind} '${value}' has no letters or digits${symbol}`);
  }
  // a word is its letters and digits: the sign of `A+`, `C++`, `C#` or `B-` was read away, and `A+` coded every "a"
  const sign = SIGNED.exec(value);
  if (sign) {
    const read = wordsOf(value).join(' ');
    return bad(`${n > 1 ? 'phrase' : p.kind} '${value}' is read as '${read}', since a word is its letters and digits and the '${sign[1] ?? sign[2] ?? sign[3]}' is left out, so it would code every '${read}': for it as written, use the regex '${asWrittenRegex(value)}' (${regexHint(format)})`);
  }
  const split = clauseBreak(value);
  if (split?.abbreviation !== undefined) {
    // one phrase with an abbreviation (`e.g. exams`), not a list: a regex matches it as written
    return bad(`${n > 1 ? 'phrase' : p.kind} '${value}' ${abbreviationSaid(split.abbreviation)}: for it as written, use the regex '${asWrittenRegex(value)}' (${regexHint(format)})`);
  }
  // `1:1` (one-to-one) is one thing, not a list: a ratio or time, its sign between digits with no space
  if (split !== undefined && /^\S*\d:\d\S*$/.test(value)) {
    return bad(`${p.kind} '${value}' is read as two numbers with '${split.between}' between them, and a phrase never matches across one: for it as written, use the regex '${asWrittenRegex(value)}' (${regexHint(format)})`);
  }
  if (split !== undefined) {
    return bad(`${n > 1 ? 'phrase' : p.kind} '${value}' has '${split.between}' between its words, and a phrase never matches across one (give each entry on its own)`);
  }
  // a `words` entry of several words is a phrase
  return { ...p, value, kind: n > 1 ? 'phrase' : p.kind === 'phrase' ? 'phrase' : 'word' };
}

/**
 * The punctuation between two words of `value` that ends a clause in a text (`,` `;` `:` a bracket, a
 * line break), if any: a phrase never matches across it, so a pattern holding one was meant as a list.
 * A dash between words (`teacher–student`, as word processors write a hyphen) is not taken for one. The
 * dot of an abbreviation (`e.g. exams`, `U.S. history`, `etc. and`) ends a clause too, but a pattern
 * holding one is one phrase, not a list: it is told apart (`abbreviation`, the first), where no other
 * break is found.
 */
function clauseBreak(value: string): { between: string; abbreviation?: string } | undefined {
  const t = tokenize(value);
  let abbreviation: string | undefined;
  for (let k = 1; k < t.count; k++) {
    if (t.clause[k] !== t.clause[k - 1]) {
      const between = value.slice(t.end16[k - 1], t.start16[k]).trim();
      if (/^[\u2013\u2014-]+$/.test(between)) continue;
      const short = between === '.' ? abbreviationBefore(value.slice(0, t.end16[k - 1])) : undefined;
      if (short !== undefined) {
        abbreviation ??= `${short}.`;
        continue;
      }
      return { between: between === '' ? 'a line break' : between };
    }
  }
  return abbreviation === undefined ? undefined : { between: '.', abbreviation };
}

/** Abbreviations written with one dot that a phrase may hold before a word (`etc. and`, `vs. homework`). */
const ABBREVIATIONS: ReadonlySet<string> = new Set('etc vs esp incl approx cf viz dept govt'.split(' '));

/** The abbreviation that `before` (the text up to a dot) ends with, if any: letters and dots (`e.g`, `U.S`), or a known one (`etc`). */
function abbreviationBefore(before: string): string | undefined {
  const m = /(?:^|[^\p{L}\p{N}.])((?:\p{L}\.)+\p{L}|\p{L}+)$/u.exec(before);
  if (!m) return undefined;
  return m[1]!.includes('.') || ABBREVIATIONS.has(m[1]!.toLowerCase()) ? m[1] : undefined;
}

/** Why a phrase holding an abbreviation never matches: its dot is read as a sentence's end. */
function abbreviationSaid(abbreviation: string): string {
  return `has the abbreviation '${abbreviation}', whose '.' is read as the end of a sentence, so the phrase never matches`;
}

/** A regex matching `value` as written, in any case, whole words at its ends: '/\be\.g\. exams\b/'. */
function asWrittenRegex(value: string): string {
  const body = value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return `/${/^[\p{L}\p{N}_]/u.test(value) ? '\\b' : ''}${body}${/[\p{L}\p{N}_]$/u.test(value) ? '\\b' : ''}/`;
}

/** An exclusion without its abbreviations (`i.e. now` → `now`), or undefined where nothing else is left. */
function withoutAbbreviations(value: string): string | undefined {
  const rest = value
    .split(/\s+/)
    .filter((w) => !/^(?:(?:\p{L}\.)+\p{L}?|\p{L}+)\.$/u.test(w) || !(w.slice(0, -1).includes('.') || ABBREVIATIONS.has(w.slice(0, -1).toLowerCase())))
    .join(' ');
  return rest === '' ? undefined : rest;
}

/** How a codebook file is written, for hints in its own terms: YAML, JSON, a table (CSV, TSV, Excel) or a REFI-QDA codebook. */
type Format = 'yaml' | 'json' | 'table' | 'qdc';

function formatOf(file: string): Format {
  // a workbook's sheet is named `book.xlsx#Sheet`
  const ext = /\.([^./\\#]+)(?:#[^/\\]*)?$/.exec(file)?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'csv' || ext === 'tsv' || ext === 'tab' || ext === 'xlsx') return 'table';
  if (ext === 'qdc') return 'qdc';
  return 'yaml';
}

/** What a number in the file's messages counts: a workbook's rows, else lines. */
function placeWord(file: string): string {
  return /\.xlsx(?:#[^/\\]*)?$/i.test(file) ? 'row' : 'line';
}

/** How to write a theme's id (and its name as label) in the file's format. */
function idHint(format: Format, id: string, label: string | undefined): string {
  if (format === 'json') return `; write "id": ${JSON.stringify(id)}${label !== undefined ? `, "label": ${JSON.stringify(label)}` : ''}`;
  if (format === 'table') return `; write ${id} in the theme column${label !== undefined ? ` (and ${label} in a label column)` : ''}`;
  if (format === 'qdc') return '';
  return `; write id: ${id}${label !== undefined ? `, label: ${label}` : ''}`;
}

/** The problem of a regex holding a backspace, `\b` written once where JSON or YAML's double quotes read it so. */
function backspaceSaid(value: string, format: 'json' | 'yaml'): string {
  const meant = value.replace(/\u0008/g, '\\b');
  const doubled = `"${meant.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const how = format === 'json' ? `write it ${doubled}` : `write it '${meant.replace(/'/g, "''")}', between single quotes, or ${doubled}`;
  return `regex ${meant} matches nothing: between double quotes, ${format === 'json' ? 'JSON' : 'YAML'} reads its \\b as a backspace, not the regex's word boundary; ${how}`;
}

/** Where a regex goes in the file's format. */
function regexHint(format: Format): string {
  if (format === 'table') return "give it the kind regex, or leave its kind empty";
  if (format === 'json') return 'put it in the theme\'s "regex" list';
  return 'put it under regex';
}

/** Where a theme's patterns go in the file's format, and where a description's words should go instead. */
function patternHint(format: Format, described: boolean): string {
  if (format === 'table') return `(give them in the pattern column, a row each or separated by commas) and no child themes${described ? ' (its description is not matched: put the words to look for in the pattern column)' : ''}`;
  if (format === 'qdc') return `(list them in the code's description as "Keywords: …") and no child codes`;
  return `(give words, globs, phrases or regex) and no child themes${described ? ' (its description is not matched: put the words to look for under words or phrases)' : ''}`;
}

/**
 * Check a spec and build the Codebook. Every problem is found in one pass, with those the reader found
 * (`spec.problems`), and thrown together (see ProblemList.check): a ConfigError naming file and line.
 */
export function buildCodebook(spec: CodebookSpec): Codebook {
  const problems = new ProblemList(spec.file);
  const format = formatOf(spec.file);
  const place = placeWord(spec.file);
  problems.problems.push(...(spec.problems ?? []));
  if (spec.themes.length === 0) problems.add('codebook has no themes');
  // every id written counts as known, even one with a problem of its own, so that its children are not
  // also reported as having an unknown parent
  const firstLine = new Map<string, number | undefined>();
  const checked: { spec: ThemeSpec; id: string; label: string }[] = [];
  for (const t of spec.themes) {
    if (t.id === undefined || t.id.trim() === '') {
      if (!t.unread) problems.add(`theme has no id${t.label ? ` (label '${t.label}')` : ''}`, t.line);
      continue;
    }
    const id = t.id.trim();
    if (firstLine.has(id)) {
      const first = firstLine.get(id);
      problems.add(`theme '${id}' is defined twice${first ? ` (first at ${place} ${first})` : ''}`, t.line);
      continue;
    }
    // ids differing only in case are one theme to a reader, and to case-blind tools and file systems
    const same = [...firstLine.keys()].find((other) => other.toLowerCase() === id.toLowerCase());
    if (same !== undefined) {
      const first = firstLine.get(same);
      problems.add(`theme '${id}' differs from theme '${same}'${first ? ` (${place} ${first})` : ''} only in case; give them different ids, or merge them`, t.line);
      continue;
    }
    firstLine.set(id, t.line);
    if (t.unread) continue;
    // A theme with a bad id or no label is checked on, so that its patterns' and parent's problems are
    // reported in the same run.
    // `__proto__` and `_draft` hold only allowed characters: saying they did not was no help.
    // a name given as the id (`id: Mental health`) is told the id it would make, beside the name as label
    const asId = slug(id);
    const instead = !ID_CHARS.test(id) && asId !== '' ? idHint(format, asId, t.label === undefined || t.label.trim() === '' ? id : undefined) : '';
    if (!ID.test(id)) problems.add(`theme id '${id}' ${ID_CHARS.test(id) ? 'must begin with a letter or digit' : `may hold only letters, digits, '-', '_' and '.' (no spaces or ';')${instead}`}`, t.line);
    // no label: the id read as a name (`mental-health` → Mental health), as a CSV theme is labelled by its name
    // a label a word processor wrapped in curly quotes (“Well-being”) is read without them, as a pattern is
    checked.push({ spec: t, id, label: (t.label === undefined ? undefined : unquoted(t.label)) || labelFromId(id) });
  }
  const hasChildren = new Set<string>();
  const parentOf = new Map<string, string>();
  for (const { spec: t, id } of checked) {
    if (t.parent === undefined) continue;
    const parent = t.parent.trim();
    hasChildren.add(parent);
    if (!firstLine.has(parent)) {
      // told as the file wrote it, and so is the theme it may have meant: by its name where the sheet named it so
      const written = t.parentAsWritten?.trim();
      const meant = written === undefined ? '' : suggest(written, checked.map((c) => c.label));
      problems.add(`theme '${id}' has unknown parent '${written ?? parent}'${meant || suggest(parent, [...firstLine.keys()])}`, t.parentLine ?? t.line);
    }
    else if (parent === id) problems.add(`theme '${id}' is its own parent`, t.parentLine ?? t.line);
    else parentOf.set(id, parent);
  }
  // parent cycles, each reported once, at the first of its themes in the file
  const reported = new Set<string>();
  for (const { spec: t, id } of checked) {
    const path = [id];
    for (let p = parentOf.get(id); p !== undefined; p = parentOf.get(p)) {
      const from = path.indexOf(p);
      path.push(p);
      if (from === -1) continue;
      const key = path.slice(from, -1).sort().join(' ');
      if (from === 0 && !reported.has(key)) {
        reported.add(key);
        problems.add(`theme '${id}' has a parent cycle (${path.join(' → ')}): a theme cannot be under itself; remove the parent of one of them`, t.parentLine ?? t.line);
      }
      break;
    }
  }
  const themes: Theme[] = checked.map(({ spec: t, id, label }) => {
    const patterns: Pattern[] = [];
    for (const raw of t.patterns) {
      const p = normalisePattern(problems, id, raw, format);
      if (p === undefined) continue;
      const near = [...t.notNear, ...(p.notNear ?? [])].map((w) => unquoted(w).toLowerCase()).filter((w) => w !== '' && !hasWildcard(w));
      const pattern: Pattern = { kind: p.kind, value: p.value };
      if (near.length > 0) pattern.unlessNear = [...new Set(near)];
      patterns.push(pattern);
    }
    // Context words and exclusions are matched as words: a `*` there would be read past, not as a glob.
    for (const w of new Set(t.notNear.filter(hasWildcard))) problems.add(`theme '${id}': not_near word '${w}' has a wildcard, and context words are matched by their base form, not as globs (write each word out)`, t.line);
    if (t.patterns.length === 0 && !hasChildren.has(id) && !t.partial) {
      // a description is for readers of the report: a theme described only still matches nothing
      const described = t.description !== undefined && t.description.trim() !== '';
      problems.add(`theme '${id}' has no patterns ${patternHint(format, described)}`, t.line);
    }
    const exclusions: string[] = [];
    // an exclusion that is the theme's own word or phrase cancels every match of it: the theme silently coded nothing by it
    const same = (value: string): string => straightApostrophes(value.toLowerCase()).replace(/\s+/g, ' ');
    const own = new Map(patterns.filter((p) => p.kind === 'word' || p.kind === 'phrase').map((p) => [same(p.value), p] as const));
    for (const e of t.exclusions) {
      const v = unquoted(e.value);
      const split = clauseBreak(v);
      const mine = own.get(same(v));
      if (tokenize(v).count === 0) problems.add(`theme '${id}': exclusion '${e.value}' has no letters or digits`, e.line);
      else if (mine !== undefined) {
        problems.add(`theme '${id}': exclusion '${v}' is also its ${mine.kind} '${mine.value}', so it cancels every match of it: remove the exclusion, or make it a longer phrase to turn the ${mine.kind} away in, as 'stress ball' for 'stress'`, e.line);
      }
      else if (hasWildcard(v)) problems.add(`theme '${id}': exclusion '${v}' has a wildcard, and exclusions are matched as words and phrases, not as globs (write the words out)`, e.line);
      else if (split?.abbreviation !== undefined) {
        // an exclusion is a phrase, never a regex: the words around the abbreviation are what is left to give
        const rest = withoutAbbreviations(v);
        problems.add(`theme '${id}': exclusion '${v}' ${abbreviationSaid(split.abbreviation)}: write it without the abbreviation${rest !== undefined && rest !== v ? ` ('${rest}')` : ''}`, e.line);
      } else if (split !== undefined) problems.add(`theme '${id}': exclusion '${v}' has '${split.between}' between its words, and a phrase never matches across one (give each entry on its own)`, e.line);
      else exclusions.push(v);
    }
    const theme: Theme = { id, label, patterns, exclusions, countNegated: t.countNegated ?? true };
    if (t.description !== undefined && t.description.trim() !== '') theme.description = t.description.trim();
    if (t.parent !== undefined) theme.parent = t.parent.trim();
    return theme;
  });
  const setting = spec.setting ? buildSetting(problems, spec.setting) : undefined;
  const declared = spec.language === undefined ? undefined : languageNamed(problems, spec.language);
  // The reader's warning on a line with a problem most often tells its cause, `stress; anxiety` unquoted in
  // a ';' sheet moving the row's cells (so its parent read 'anxiety'), and is said first on the line,
  // where it was lost with the run
  const failing = new Set(problems.problems.map((p) => p.line));
  const causes = (spec.warnings ?? []).filter((w) => w.line !== undefined && failing.has(w.line));
  problems.problems.unshift(...causes.map((w) => new ConfigError(w.message, { file: w.file ?? spec.file, line: w.line })));
  problems.check();
  const book: Codebook = setting ? { name: spec.name, themes, setting } : { name: spec.name, themes };
  if (declared !== undefined) book.language = declared;
  else {
    // undeclared: French or Spanish where its words say so, else English (said by leaving it out)
    const judged = codebookLanguageOf(themes.flatMap((t) => [t.label, ...t.patterns.filter((p) => p.kind !== 'regex').map((p) => p.value)]));
    if (judged !== undefined) Object.assign(book, { language: judged, languageInferred: true });
  }
  if (spec.warnings !== undefined && spec.warnings.length > 0) book.warnings = spec.warnings;
  return book;
}

/** The languages a codebook may declare, by the names and codes it may give them (lower case). */
const LANGUAGE_NAMES: Record<string, CodebookLanguage> = {
  english: 'English',
  en: 'English',
  eng: 'English',
  french: 'French',
  fr: 'French',
  fra: 'French',
  fre: 'French',
  français: 'French',
  francais: 'French',
  spanish: 'Spanish',
  es: 'Spanish',
  spa: 'Spanish',
  español: 'Spanish',
  espanol: 'Spanish',
};

/** A declared language (`french`, `fr`, `Français`, `es-MX`), or a problem at its line naming those known. */
function languageNamed(problems: ProblemList, l: { value: string; line?: number }): CodebookLanguage | undefined {
  const key = l.value.trim().toLowerCase();
  // a region after the language (`fr-CA`, `es_MX`) is the language still
  const named = Object.hasOwn(LANGUAGE_NAMES, key) ? LANGUAGE_NAMES[key] : /^[a-z]{2}[-_][a-z]{2}$/.test(key) && Object.hasOwn(LANGUAGE_NAMES, key.slice(0, 2)) ? LANGUAGE_NAMES[key.slice(0, 2)] : undefined;
  if (named === undefined) problems.add(`codebook language '${l.value}' is not one reflect matches by (use english, french or spanish, or en, fr, es)`, l.line);
  return named;
}

/** Check setting rules: attribute names, and references and exclusions that hold words. */
function buildSetting(problems: ProblemList, s: SettingSpec): SettingRules {
  if (s.attributes.length === 0 && !s.partial) problems.add('setting has no attributes (which attributes describe where a respondent learns, e.g. [program, school-level, school])', s.line);
  if (s.references.length === 0 && !s.partial) problems.add('setting has no references (words that refer to the setting, e.g. [here, the program])', s.line);
  const words = (list: { value: string; line?: number }[], what: string): string[] =>
    list.flatMap((e) => {
      const v = e.value.trim();
      if (tokenize(v).count > 0) return [v];
      problems.add(`setting: ${what} '${e.value}' has no letters or digits`, e.line ?? s.line);
      return [];
    });
  const attributes = s.attributes.flatMap((a) => {
    const v = a.value.trim().toLowerCase().replace(/\s+/g, '-');
    if (v !== '') return [v];
    problems.add('setting: an attribute name is empty', a.line ?? s.line);
    return [];
  });
  return { attributes: [...new Set(attributes)], references: words(s.references, 'reference'), exclusions: words(s.exclusions, 'exclusion') };
}
