// Reads a YAML or JSON codebook into a spec with line numbers (JSON is read as the YAML it also is,
// after JSON.parse has vouched for its syntax). Unknown keys are errors with a did-you-mean.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import { ConfigError, ProblemList } from '../util/errors.js';
import { splitList, type CodebookSpec, type PatternSpec, type SettingSpec, type ThemeSpec } from './validate.js';
import { suggest } from '../util/suggest.js';
import type { PatternKind } from '../model.js';

const TOP_KEYS = ['name', 'description', 'language', 'setting', 'themes'];
const SETTING_KEYS = ['attributes', 'references', 'exclude'];
const THEME_KEYS = ['id', 'label', 'description', 'parent', 'count_negated', 'words', 'globs', 'phrases', 'regex', 'exclude', 'not_near'];
const PATTERN_KEYS = ['value', 'not_near'];
/** Theme keys as other tools and the CSV columns name them, with the key meant (`keywords:` → `words`). */
const THEME_KEYS_MEANT: Record<string, string> = {
  pattern: 'words',
  patterns: 'words',
  keyword: 'words',
  keywords: 'words',
  terms: 'words',
  name: 'label',
  title: 'label',
  code: 'id',
  definition: 'description',
  exclusions: 'exclude',
};
/** count_negated written as a word (YAML 1.1's and a CSV codebook's), or as a boolean JSON writes as text. */
const YES_NO: Record<string, boolean> = { yes: true, no: false, true: true, false: false };
const LISTS: Record<string, PatternKind> = { words: 'word', globs: 'glob', phrases: 'phrase', regex: 'regex' };

class Reader {
  /** Problems read past, for buildCodebook to report with its own. */
  readonly problems: ProblemList;

  constructor(
    readonly file: string,
    readonly lines: LineCounter,
    /** A JSON codebook, read as YAML: its messages speak of objects and arrays, and hint in JSON. */
    readonly json = false,
  ) {
    this.problems = new ProblemList(file);
  }

  /** What a node is, in the words of the file's format: "a mapping" (an object in JSON), "a list", "string \"x\"", "nothing". */
  describe(node: unknown): string {
    if (isMap(node)) return this.mapping;
    if (isSeq(node)) return this.list;
    if (isScalar(node)) return node.value === null ? 'nothing' : `${typeof node.value} ${JSON.stringify(node.value)}`;
    return 'nothing';
  }

  /** `a mapping`, or `an object` in JSON. */
  get mapping(): string {
    return this.json ? 'an object' : 'a mapping';
  }

  /** `a list`, or `an array` in JSON. */
  get list(): string {
    return this.json ? 'an array' : 'a list';
  }

  /** How many problems have been read past: compared before and after a part, it tells whether the part had any. */
  get problemCount(): number {
    return this.problems.problems.length;
  }

  line(node: unknown): number | undefined {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? this.lines.linePos(range[0]).line : undefined;
  }

  /** The line a node ends on. */
  lastLine(node: unknown): number | undefined {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? this.lines.linePos(Math.max(range[0], range[1] - 1)).line : undefined;
  }

  /** A problem that ends reading the part it is in (a theme, the setting), or the file. */
  fail(node: unknown, message: string): never {
    throw new ConfigError(message, { file: this.file, line: this.line(node) });
  }

  /** A problem that ends reading the file, thrown with those read past before it. */
  stop(node: unknown, message: string): never {
    return this.problems.stop(message, this.line(node));
  }

  string(node: unknown, what: string): string {
    const text = written(node);
    if (text !== undefined) return text;
    if (isScalar(node) && node.value === null) this.fail(node, `${what} is empty`);
    return this.fail(node, `${what} should be text, found ${this.describe(node)}`);
  }

  /** A list of texts; a text where the list was meant (`exclude: lego, chess`) is split into one. */
  strings(node: unknown, what: string): { value: string; line?: number }[] {
    if (isScalar(node) && node.value === null) return [];
    if (isScalar(node)) return splitList(this.string(node, what)).map((value) => ({ value, line: this.line(node) }));
    if (!isSeq(node)) this.fail(node, `${what} should be ${this.list}, found ${this.describe(node)}`);
    // an empty or odd entry is a problem read past, so that each is reported in one run
    return node.items.flatMap((item) => {
      const value = this.problems.readPast(() => this.string(item, `an entry of ${what}`));
      return value === undefined ? [] : [{ value, line: this.line(item) }];
    });
  }

  /**
   * The map's keys. One unknown, given twice or not plain text is a problem read past (the key is left
   * out), so that every such typo in the file is reported in one run.
   */
  keys(map: YAMLMap, allowed: string[], where: string, meant: Record<string, string> = {}): Map<string, Pair> {
    const out = new Map<string, Pair>();
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined) this.report(pair.key, `${where}: keys must be plain text`);
      else if (!allowed.includes(key)) {
        const hint = Object.hasOwn(meant, key.toLowerCase()) ? ` (did you mean '${meant[key.toLowerCase()]}'?)` : suggest(key, allowed);
        this.report(pair.key, `${where}: unknown key '${key}'${hint} (expected one of: ${allowed.join(', ')})`);
      } else if (out.has(key)) this.report(pair.key, `${where}: key '${key}' is given twice`);
      else out.set(key, pair);
    }
    return out;
  }

  report(node: unknown, message: string): void {
    this.problems.add(message, this.line(node));
  }
}

/**
 * A scalar's text as written. YAML reads an unquoted `true` or `1.10` as a boolean or the number 1.1,
 * where a codebook means the word (`words: [real, true]`) or the outline id (`1.10` beside `1.1`).
 * Undefined for nothing (`null`, `~`, an empty entry) and for a list or mapping.
 */
function written(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  if (typeof node.value === 'string') return node.value;
  if (typeof node.value !== 'number' && typeof node.value !== 'boolean') return undefined;
  const source = (node as { source?: unknown }).source;
  return node.type === 'PLAIN' && typeof source === 'string' && source !== '' ? source : String(node.value);
}

function readPatterns(r: Reader, node: unknown, kind: PatternKind, where: string, key: string): PatternSpec[] {
  if (isScalar(node) && node.value === null) return [];
  // `words: stress, anxiety, worried` is a list written as one text
  if (isScalar(node) && kind !== 'regex') return splitList(r.string(node, `${where}: ${key}`)).map((value) => ({ kind, value, line: r.line(node) }));
  const items = isSeq(node) ? node.items : [node];
  if (!isSeq(node) && !isScalar(node)) r.fail(node, `${where}: ${key} should be ${r.list}, found ${r.describe(node)}`);
  // each entry's problem is read past, so that every bad entry of every list is reported in one run
  return items.flatMap((item) => r.problems.readPast(() => readPattern(r, item, kind, where, key)) ?? []);
}

function readPattern(r: Reader, item: unknown, kind: PatternKind, where: string, key: string): PatternSpec {
  if (isMap(item)) {
    const keys = r.keys(item, PATTERN_KEYS, `${where}, ${key} entry`);
    const value = keys.get('value');
    if (!value) r.fail(item, `${where}: a ${key} entry written as ${r.mapping} needs 'value'`);
    const spec: PatternSpec = { kind, value: r.string(value.value, `${where}: ${key} value`), line: r.line(item) };
    const near = keys.get('not_near');
    if (near) spec.notNear = r.strings(near.value, `${where}: not_near`).map((s) => s.value);
    return spec;
  }
  const value = r.string(item, `${where}: an entry of ${key}`);
  // An entry indented further than the one above it (`  - worry` then `   - anxious`) is read by YAML as
  // that entry's next line, `worry - anxious`: a phrase no one wrote, which matched nothing.
  const folded = isScalar(item) && item.type === 'PLAIN' ? /\s-\s+(\S.*)$/.exec(value) : null;
  const last = folded ? r.lastLine(item) : undefined;
  if (folded && last !== undefined && last !== r.line(item)) {
    throw new ConfigError(`${where}: '- ${folded[1]}' is indented more than the ${key} entries above it, so it was read as part of '${value}'; indent each entry of the list alike`, { file: r.file, line: last });
  }
  return { kind, value, line: r.line(item) };
}

/** The id a theme's mapping gives, if it gives one as text. */
function idOf(node: unknown): string | undefined {
  if (!isMap(node)) return undefined;
  const pair = node.items.find((p) => isScalar(p.key) && p.key.value === 'id');
  return pair ? written(pair.value) : undefined;
}

/**
 * What a theme that is not a mapping should be, and what it found: a theme is its keys, `id` (or the key
 * it is filed under) and its patterns (`label` is optional). A name or a list of words in its place is
 * told the lines it was likely meant as.
 */
function notATheme(r: Reader, node: unknown, index: number, keyId?: string): string {
  const shape = `should be ${r.mapping} of its keys (${keyId !== undefined ? '' : 'id, then '}words, phrases, globs or regex), found ${r.describe(node)}`;
  if (keyId !== undefined) {
    const words = isSeq(node) ? node.items.map(written) : [written(node)];
    if (words.length === 0 || words.some((w) => w === undefined)) return `theme '${keyId}' ${shape}`;
    const list = splitList(words.join(', '));
    if (r.json) return `theme '${keyId}' ${shape}; write ${JSON.stringify(keyId)}: { "words": [${list.map((w) => JSON.stringify(w)).join(', ')}] }`;
    return `theme '${keyId}' ${shape}; write "words: [${list.join(', ')}]" on a line under "${keyId}:"`;
  }
  const name = written(node);
  if (name === undefined) return `theme ${index + 1} ${shape}`;
  if (r.json) return `theme ${index + 1} ${shape}; write { "id": ${JSON.stringify(name)}, "words": [...] }`;
  return `theme ${index + 1} ${shape}; write "- id: ${name}" and its words on a line "words: [...]" under it`;
}

/**
 * The id a theme in a list is written as when it is its only key (`- wellbeing: [stress, worry]`, as
 * themes keyed by id are written, but with a '-'): a key no theme has, nor one another tool names a
 * theme key by (`keywords:`, told as the key meant).
 */
function listedId(node: unknown): string | undefined {
  if (!isMap(node) || node.items.length !== 1) return undefined;
  const key = written(node.items[0]!.key);
  if (key === undefined || THEME_KEYS.includes(key) || Object.hasOwn(THEME_KEYS_MEANT, key.toLowerCase())) return undefined;
  return key;
}

/**
 * What a theme in a list written as its id (`- wellbeing: [stress, worry]`) should be: a theme in a list
 * is written with `id:`, and its words (or keys) under it. Read as keys, it was an unknown key 'wellbeing'
 * and a theme with no id, which said neither.
 */
function idAsKey(r: Reader, node: YAMLMap, index: number, id: string): string {
  const value = node.items[0]!.value;
  const head = `theme ${index + 1} is written as its id '${id}'`;
  if (r.json) {
    // in JSON, the id's own key and the theme's keys (or its words) in one object
    const words = isSeq(value) ? value.items.map(written) : [written(value)];
    const keys = isMap(value) ? value.items.map((p) => written(p.key)).filter((k): k is string => k !== undefined) : [];
    const rest = isMap(value)
      ? keys.map((k) => `${JSON.stringify(k)}: …`).join(', ') || '"words": [...]'
      : `"words": [${words.length > 0 && words.every((w) => w !== undefined) ? splitList(words.join(', ')).map((w) => JSON.stringify(w)).join(', ') : '...'}]`;
    return `${head} with its ${isMap(value) ? 'keys' : 'words'} as its value, where a theme in an array is written with "id": write { "id": ${JSON.stringify(id)}, ${rest} }`;
  }
  const tail = `where a theme in a list is written with id: write "- id: ${id}" and under it`;
  if (isMap(value)) {
    const first = value.items.length > 0 ? written(value.items[0]!.key) : undefined;
    return `${head} with its keys under it, ${tail} "  ${first ?? 'words'}: …", lined up with id`;
  }
  const words = isSeq(value) ? value.items.map(written) : [written(value)];
  const list = words.length > 0 && words.every((w) => w !== undefined) ? splitList(words.join(', ')).join(', ') : '...';
  return `${head} with its words under it, ${tail} "  words: [${list}]"`;
}

function readTheme(r: Reader, node: unknown, index: number, keyId?: string): ThemeSpec {
  if (!isMap(node)) r.fail(node, notATheme(r, node, index, keyId));
  const listed = keyId === undefined ? listedId(node) : undefined;
  if (listed !== undefined) r.fail(node, idAsKey(r, node, index, listed));
  const idText = idOf(node) ?? keyId;
  const where = idText ? `theme '${idText}'` : `theme ${index + 1}`;
  const before = r.problemCount;
  const keys = r.keys(node, THEME_KEYS, where, THEME_KEYS_MEANT);
  const spec: ThemeSpec = { patterns: [], exclusions: [], notNear: [], line: r.line(node) };
  if (r.problemCount > before) spec.partial = true;
  const text = (key: string): string | undefined => {
    const pair = keys.get(key);
    if (!pair) return undefined;
    if (isScalar(pair.value) && pair.value.value === null) return undefined;
    return r.string(pair.value, `${where}: ${key}`);
  };
  spec.id = text('id') ?? keyId;
  spec.label = text('label');
  spec.description = text('description');
  spec.parent = text('parent');
  if (keys.has('parent')) spec.parentLine = r.line(keys.get('parent')!.value);
  const neg = keys.get('count_negated');
  if (neg) {
    // `no` and `yes`, as YAML 1.1 and a CSV codebook's column read them, are false and true
    const said = isScalar(neg.value) ? (typeof neg.value.value === 'boolean' ? neg.value.value : YES_NO[String(neg.value.value).toLowerCase()]) : undefined;
    if (said === undefined) r.fail(neg.value, `${where}: count_negated should be true or false, found ${r.describe(neg.value)}`);
    spec.countNegated = said;
  }
  for (const [key, kind] of Object.entries(LISTS)) {
    const pair = keys.get(key);
    if (pair) spec.patterns.push(...readPatterns(r, pair.value, kind, where, key));
  }
  const ex = keys.get('exclude');
  if (ex) spec.exclusions = r.strings(ex.value, `${where}: exclude`);
  const near = keys.get('not_near');
  if (near) spec.notNear = r.strings(near.value, `${where}: not_near`).map((s) => s.value);
  return spec;
}

function readSetting(r: Reader, node: unknown): SettingSpec {
  if (!isMap(node)) r.fail(node, `setting should be ${r.mapping} with attributes and references, found ${r.describe(node)}`);
  const before = r.problemCount;
  const keys = r.keys(node, SETTING_KEYS, 'setting');
  const list = (key: string) => {
    const pair = keys.get(key);
    return pair ? r.strings(pair.value, `setting: ${key}`) : [];
  };
  const spec: SettingSpec = { attributes: list('attributes'), references: list('references'), exclusions: list('exclude'), line: r.line(node) };
  if (r.problemCount > before) spec.partial = true;
  return spec;
}

/** Parse YAML codebook text. `file` is the name used in messages; `name` the codebook's name. */
export function parseYamlCodebook(text: string, file: string, name: string, json = false): CodebookSpec {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  const r: Reader = new Reader(file, lines, json);
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    let line = lines.linePos(e.pos[0]).line;
    const said = e.message.split('\n')[0];
    const all = text.split(/\r?\n/);
    // an unclosed `[` is found where the file or the part ends: it is named at its own line
    if (said.startsWith('Flow sequence in block collection')) {
      for (let k = Math.min(line, all.length) - 1; k >= 0; k--) {
        if (/\[[^\]]*$/.test(all[k]!)) {
          line = k + 1;
          break;
        }
      }
    }
    const hint = yamlHint(e.code, said, all[line - 1] ?? '');
    throw new ConfigError(`not valid YAML: ${said}${hint ? `; ${hint}` : ''}`, { file, line });
  }
  const root = doc.contents as YamlNode | null;
  let themesNode: unknown = root;
  let codebookName = name;
  let setting: SettingSpec | undefined;
  let language: { value: string; line?: number } | undefined;
  if (isMap(root)) {
    const keys = r.keys(root, TOP_KEYS, 'codebook');
    const n = keys.get('name');
    if (n) codebookName = r.string(n.value, 'codebook name');
    const l = keys.get('language');
    if (l) language = r.problems.readPast(() => ({ value: r.string(l.value, 'codebook language'), line: r.line(l.value) }));
    const s = keys.get('setting');
    if (s) setting = r.problems.readPast(() => readSetting(r, s.value));
    const t = keys.get('themes');
    if (!t) {
      // an unknown key there (`theme:`, `Themes:`) already says why there is none
      r.problems.check();
      r.fail(root, "codebook has no 'themes' list");
    }
    themesNode = t.value;
  } else if (root === null || (isScalar(root) && root.value === null)) {
    throw new ConfigError("codebook is empty (expected a 'themes' list; `reflect codebook init` prints one to start from)", { file, line: 1 });
  } else if (!isSeq(root)) {
    throw new ConfigError(`codebook should be ${r.mapping} with a 'themes' ${json ? 'array' : 'list'} (or ${r.list} of themes), found ${r.describe(root)}`, { file, line: r.line(root) ?? 1 });
  }
  // themes keyed by their ids (`themes:` then `wellbeing:` and its keys), as a YAML writer often keys
  // things, are the list they stand for, each id its key
  // (a theme's value that is not a mapping, `wellbeing: stress, worry`, is told as that theme's problem);
  // one theme's keys written without its '-' are a theme, not themes keyed by id
  const keyed = isMap(themesNode) && themesNode.items.length > 0 && themesNode.items.every((p) => isScalar(p.key) && written(p.key) !== undefined);
  if (keyed) {
    const own = (themesNode as YAMLMap).items.map((p) => written(p.key)!).filter((k) => THEME_KEYS.includes(k));
    if (own.length > 0 && !(themesNode as YAMLMap).items.every((p) => isMap(p.value))) {
      const first = written((themesNode as YAMLMap).items[0]!.key);
      r.stop(
        themesNode,
        json
          ? `'themes' should be an array of themes, found one theme's keys (${own.join(', ')}); put the theme in an array, as in "themes": [{ ${JSON.stringify(first)}: … }]`
          : `'themes' should be a list of themes, found one theme's keys (${own.join(', ')}); put "- " before its first key, as in "- ${first}: …"`,
      );
    }
  }
  if (!keyed && !isSeq(themesNode)) r.stop(themesNode, `'themes' should be ${r.list} of themes, found ${r.describe(themesNode)}`);
  const entries: { item: unknown; key?: string }[] = keyed ? (themesNode as YAMLMap).items.map((p) => ({ item: p.value, key: written(p.key) })) : (themesNode as { items: unknown[] }).items.map((item) => ({ item }));
  // a theme that cannot be read is a problem read past: its id still counts (see ThemeSpec.unread)
  const themes = entries.map(({ item, key }, i) => r.problems.readPast(() => readTheme(r, item, i, key)) ?? { id: idOf(item) ?? key ?? listedId(item), patterns: [], exclusions: [], notNear: [], line: r.line(item), unread: true });
  const spec: CodebookSpec = setting ? { name: codebookName, file, themes, setting } : { name: codebookName, file, themes };
  if (language !== undefined) spec.language = language;
  if (r.problemCount > 0) spec.problems = r.problems.problems;
  return spec;
}

/**
 * What a YAML syntax error most often means in a hand-edited codebook, in words, from the parser's code,
 * message and the line it names; undefined where there is no likely reading.
 */
export function yamlHint(code: string, message: string, line: string): string | undefined {
  if (code === 'TAB_AS_INDENT') return 'indent with spaces, not tabs';
  // `-test` under `- exam`, `-id: a`: a '-' with no space after it makes no list entry, and the parser
  // spoke of columns or of a text needing quotes
  const dashed = /^\s*-([^\s-].*)$/.exec(line);
  if (dashed) return `a list entry needs a space after its '-', as in "- ${dashed[1]!.trim()}"`;
  if (code === 'BLOCK_AS_IMPLICIT_KEY') {
    const key = /^\s*-?\s*([\w-]+):\s/.exec(line)?.[1];
    return `a text holding ': ' needs quotes${key ? `, as in ${key}: "${line.slice(line.indexOf(':') + 1).trim().replace(/"/g, "'")}"` : ''}`;
  }
  if (message.startsWith('Flow sequence in block collection')) return "a list opened with '[' here is not closed with ']'";
  if (message.startsWith('Missing , or : between flow sequence items')) return "separate entries with commas; inside '…' an apostrophe is written twice ('don''t'), or quote the entry with \"…\"";
  if (message.startsWith('Sequence item without - indicator') || code === 'BAD_INDENT') return 'this line is indented differently from the lines of its part above it; keys of one theme line up';
  return undefined;
}

/** Position of the first comma before a closing `]` or `}` outside strings (JSON allows none), or -1. */
function trailingComma(text: string): number {
  let inString = false;
  let comma = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      comma = -1;
    } else if (c === ',') {
      comma = i;
    } else if (c === ']' || c === '}') {
      if (comma !== -1) return comma;
    } else if (!/\s/.test(c)) {
      comma = -1;
    }
  }
  return -1;
}

/**
 * The first slip outside strings that a JSON codebook written by hand makes, with what it is: a comment
 * (`// my codebook`), a text between single quotes, or curly quotes a word processor typed.
 */
function jsonSlip(text: string): { at: number; said: string } | undefined {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) return { at: i, said: 'a comment, which JSON does not allow (remove it; in a YAML codebook a comment starts with #)' };
    else if (c === "'") return { at: i, said: "a text between single quotes: JSON writes its texts between double quotes, \"…\"" };
    else if ('“”‘’„'.includes(c)) return { at: i, said: `a curly quote (${c}), as a word processor types it: JSON writes its texts between straight double quotes, "…" (save it from a plain-text editor)` };
  }
  return undefined;
}

/**
 * What a backslash JSON does not know as an escape (`\d`, `\s`, `\.` in a regex, written once) is, said
 * with how to write it: in JSON a regex's backslash is written twice. `at` is where V8 says it is: the
 * backslash, or the character after it.
 */
function badEscape(text: string, at: number): string | undefined {
  const slash = text[at] === '\\' ? at : text[at - 1] === '\\' ? at - 1 : -1;
  const next = slash === -1 ? undefined : [...text.slice(slash + 1, slash + 3)][0];
  // a \u with too few hex digits is JSON's own escape, mistyped: V8's words say it
  if (next === undefined || next === 'u' || /\s/.test(next)) return undefined;
  return `\\${next} is no escape JSON knows: in a JSON string a regex's backslash is written twice, "\\\\${next}" for the regex's \\${next}`;
}

/** What V8's commonest JSON errors mean in a codebook written by hand. */
const JSON_MEANS: Record<string, string> = {
  "Expected ',' or '}' after property value": "a comma is missing before the next key (or a '}' to close the object)",
  "Expected ',' or ']' after array element": "a comma is missing before the next entry of the list (or a ']' to close it)",
};

/** Parse JSON codebook text (same structure as YAML). */
export function parseJsonCodebook(text: string, file: string, name: string): CodebookSpec {
  const lineAt = (pos: number): number => text.slice(0, pos).split('\n').length;
  if (text.trim() === '') throw new ConfigError("codebook is empty (expected a JSON object with a 'themes' list)", { file, line: 1 });
  try {
    JSON.parse(text);
  } catch (e) {
    const comma = trailingComma(text);
    const slip = jsonSlip(text);
    // said at the first of them, where V8 named a comment or a curly quote only as an unexpected token
    if (slip !== undefined && (comma === -1 || slip.at < comma)) throw new ConfigError(`not valid JSON: ${slip.said}`, { file, line: lineAt(slip.at) });
    if (comma !== -1) throw new ConfigError('not valid JSON: a comma after the last entry of a list or object (JSON allows none; remove it)', { file, line: lineAt(comma) });
    // V8 names the position in most messages, and in some quotes the whole text instead: keep one line
    const message = (e as Error).message.split('\n')[0]!;
    const pos = /position (\d+)/.exec(message);
    const what = message.replace(/ in JSON at position \d+.*$/, '').replace(/, (?:\.\.\.)?".*$/, '');
    const escape = pos && what === 'Bad escaped character' ? badEscape(text, Number(pos[1])) : undefined;
    throw new ConfigError(`not valid JSON: ${escape ?? what}${JSON_MEANS[what] ? `; ${JSON_MEANS[what]}` : ''}`, { file, line: pos ? lineAt(Number(pos[1])) : undefined });
  }
  return parseYamlCodebook(text, file, name, true);
}
