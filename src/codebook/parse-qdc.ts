// Reads a REFI-QDA codebook (.qdc, the exchange format of NVivo, ATLAS.ti, MAXQDA …) in two steps: a
// small XML reader keeps elements with their lines, then codes map to themes. A code's name is the
// label and, slugged without an outline number, the id (`Mental health` → `mental-health`, `1.2 Timetables`
// → `timetables`; a name that sub-codes of several parents
// share gets the parent in front: `peers-positive`, `Positive (Peers)`, and the path of codes above in its
// label deeper down: `Caring (Peers › Positive)`); nested codes get their parent. The
// code's <Description> is the theme's description, except `Keywords:` (or `Patterns:`) and what follows it
// on its line, at the line's start or after a sentence,
// which list the patterns, separated by commas or semicolons (a quoted entry may hold either); their
// form decides the kind as in CSV codebooks. A code with no keywords is matched by its own name as
// phrases (split where the name lists several things, at punctuation or `and`/`or`: `Stress and
// anxiety` is the words stress and anxiety; codes with child codes roll up instead), so an
// imported codebook works at once and can be refined.
import { SaxesParser } from 'saxes';
import { ConfigError } from '../util/errors.js';
import type { Warning } from '../model.js';
import { inferKind } from './parse-csv.js';
import { nameId, OUTLINE_NUMBER, slug, splitList, type CodebookSpec, type ThemeSpec } from './validate.js';

/** One XML element: name without prefix, attributes, children, text and the line it starts on. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

/** A name without its namespace prefix: `qdc:Code` → `Code`. */
const local = (name: string): string => name.replace(/^.*:/, '');

/**
 * Parse XML text into its root element with saxes (a strict, well-formedness-checking parser); the
 * first error is a ConfigError at its line (`not valid XML: unclosed tag: Code`). Each element's line
 * is where its start tag begins.
 */
export function parseXml(text: string, file: string): XmlElement {
  const newlines: number[] = [];
  for (let k = text.indexOf('\n'); k !== -1; k = text.indexOf('\n', k + 1)) newlines.push(k);
  const lineAt = (pos: number): number => {
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newlines[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let error: ConfigError | undefined;
  /** The element closed last, and where the root's end tag ends (for the messages below). */
  let lastClosed: XmlElement | undefined;
  let rootEnd = 0;
  parser.on('error', (e) => {
    if (error) return;
    // saxes writes `line:column: message.`; the line goes to the error, the rest is said plainly
    const m = /^(\d+):\d+: (.*?)\.?$/s.exec(e.message);
    let message = m ? m[2] : e.message;
    let line = m ? Number(m[1]) : parser.line;
    const open = stack[stack.length - 1];
    const closing = /^<\/\s*([^\s>]+)/.exec(text.slice(text.lastIndexOf('</', parser.position - 1)));
    if (message === 'unexpected close tag' && lastClosed && closing) {
      // a close tag for an element further out: saxes has just closed the one left open, so name both
      message = `</${local(closing[1])}> closes <${lastClosed.name}> from line ${lastClosed.line}`;
    } else if (message === 'text data outside of root node') {
      // named where the text starts, not where saxes finds its end
      const from = root === undefined ? 0 : rootEnd;
      line = lineAt(from + Math.max(0, text.slice(from).search(/\S/)));
    } else if (message.startsWith('unclosed tag') && open) {
      // named at the element's own line, not at the end of the file where saxes finds it
      message = `<${open.name}> is not closed`;
      line = open.line;
    }
    error = new ConfigError(`not valid XML: ${message}`, { file, line });
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries(tag.attributes)) attributes[local(key)] = value;
    // `position` is just past the start tag, in UTF-16 units; the tag began at the last `<` before it
    const el: XmlElement = { name: local(tag.name), attributes, children: [], text: '', line: lineAt(text.lastIndexOf('<', parser.position - 1)) };
    if (stack.length > 0) stack[stack.length - 1].children.push(el);
    else root ??= el;
    stack.push(el);
  });
  parser.on('closetag', () => {
    lastClosed = stack.pop();
    if (stack.length === 0) rootEnd = parser.position;
  });
  const addText = (t: string): void => {
    if (stack.length > 0) stack[stack.length - 1].text += t;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.write(text).close();
  if (error) throw error;
  return root!;
}

/** `Keywords: …` at a line's start, or after a sentence of description on its line ("Control over time. Keywords: …"). */
const KEYWORDS = /^(|.*?[.!?;]\s+)(?:keywords?|patterns?)\s*:\s*(.*)$/i;

/**
 * The phrases a code's name stands for when its description lists none: the name without an outline
 * number (`1.2 Teachers`) or a group prefix (`EMO: Anxiety`, as ATLAS.ti users name codes), split where
 * it lists several things (`Mental health (stress, anxiety)`, `Funding / resources`, `Funding &
 * resources`), since a phrase never matches across such punctuation in a text, and at `and` or `or`
 * between them (`Stress and anxiety`, `Peers or friends`): a researcher naming a code so means either
 * topic, where the phrase "stress and anxiety" matched almost no one's words. Parts of one letter are dropped.
 */
export function namePhrases(label: string): string[] {
  return label
    .replace(OUTLINE_NUMBER, '')
    .replace(/^[^:]*:(?=.*[\p{L}\p{N}])/u, '')
    .split(/[,;:()[\]{}\/&+|]|\s[-\u2013\u2014]\s|\s(?:and\/or|and|or)\s/i)
    .map((part) => part.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((part) => [...part].length > 1);
}

/**
 * Names of catch-all codes (`Other`, `Misc`, `Unclear`): they say no topic to look for, and as a pattern
 * `other` coded every response with the word ("each other", "other students").
 */
const CATCH_ALL: ReadonlySet<string> = new Set([
  'other', 'others', 'misc', 'miscellaneous', 'general', 'uncategorised', 'uncategorized', 'uncoded', 'unclear',
  'unsure', 'none', 'not applicable', 'irrelevant', 'off topic', 'off-topic', 'unrelated', 'anything else', 'everything else',
]);

/** Parse a REFI-QDA codebook. */
export function parseQdcCodebook(text: string, file: string, name: string): CodebookSpec {
  const root = parseXml(text, file);
  if (root.name !== 'CodeBook') throw new ConfigError(`not a REFI-QDA codebook: root element is <${root.name}>, expected <CodeBook>`, { file, line: root.line });
  const codes = root.children.find((c) => c.name === 'Codes');
  if (!codes) throw new ConfigError('codebook has no <Codes>', { file, line: root.line });
  const themes: ThemeSpec[] = [];
  // Sub-codes of different parents often share a name (Teachers › Positive, Peers › Positive): such
  // names get their parent's id in front (teachers-positive, peers-positive) to keep ids apart.
  const slugCount = new Map<string, number>();
  const count = (el: XmlElement): void => {
    if (el.name !== 'Code') return;
    const s = nameId(el.attributes.name ?? '');
    slugCount.set(s, (slugCount.get(s) ?? 0) + 1);
    el.children.forEach(count);
  };
  codes.children.forEach(count);
  // Two codes that still make one id (NVivo allows a name twice, in different folders or sets, and
  // `Mental health` and `Mental-health` slug alike): the second becomes `id-2` with a warning naming both,
  // where it was an error ("defined twice") the researcher could not fix inside NVivo.
  const taken = new Map<string, { name: string; line: number }>();
  const warnings: Warning[] = [];
  const problems: ConfigError[] = [];
  // `above`: the names of the codes above this one, outermost first
  const visit = (el: XmlElement, parent: ThemeSpec | undefined, above: readonly string[]): void => {
    const name = el.attributes.name?.trim();
    if (!name) throw new ConfigError('<Code> has no name', { file, line: el.line });
    const own = nameId(name);
    const shared = parent !== undefined && (slugCount.get(own) ?? 0) > 1;
    let id = shared ? `${parent.id}-${own}` : own;
    // labelled by the path of codes above it, as the QDA tool shows it (Caring (Teachers › Positive)),
    // not by its parent's label, which may itself be a label with its parent in brackets
    let label = shared ? `${name} (${above.join(' › ')})` : name;
    // two codes the outline number alone told apart (`1 Other`, `2 Other`) keep it, as the second's id
    const numbered = slug(name);
    if (taken.has(id) && numbered !== own && !taken.has(shared ? `${parent.id}-${numbered}` : numbered)) id = shared ? `${parent.id}-${numbered}` : numbered;
    const first = taken.get(id);
    if (first !== undefined && id !== '') {
      let n = 2;
      while (taken.has(`${id}-${n}`)) n++;
      const firstId = id;
      id = `${id}-${n}`;
      label = `${label} (${n})`;
      warnings.push({
        file,
        line: el.line,
        message: `code '${name}' makes the same theme id as code '${first.name}' at line ${first.line}, '${firstId}': it is read as theme '${id}', labelled '${label}'`,
      });
    }
    taken.set(id, { name, line: el.line });
    const theme: ThemeSpec = { id, label, patterns: [], exclusions: [], notNear: [], line: el.line };
    if (parent !== undefined) {
      theme.parent = parent.id;
      theme.parentLine = el.line;
    }
    const description = el.children.find((c) => c.name === 'Description');
    const kept: string[] = [];
    if (description) {
      description.text.split(/\r?\n/).forEach((line, k) => {
        const m = KEYWORDS.exec(line.trim());
        if (!m) {
          kept.push(line);
          return;
        }
        if (m[1]!.trim() !== '') kept.push(m[1]!.trim());
        for (const value of splitList(m[2]!)) theme.patterns.push({ kind: inferKind(value), value, line: description.line + k });
      });
      const rest = kept.join('\n').trim();
      if (rest !== '') theme.description = rest;
    }
    const children = el.children.filter((c) => c.name === 'Code');
    if (theme.patterns.length === 0 && children.length === 0) {
      const phrases = namePhrases(name);
      if (phrases.length > 0 && phrases.every((p) => CATCH_ALL.has(p.toLowerCase()))) {
        problems.push(
          new ConfigError(
            `code '${name}' has no keywords, and its name is no topic to look for: as a pattern, '${phrases.join("' or '").toLowerCase()}' would code every response that says it, whatever it is about; list what the code stands for in its description as "Keywords: …", or leave the code out`,
            { file, line: el.line },
          ),
        );
        theme.partial = true;
      } else for (const value of phrases) theme.patterns.push({ kind: 'phrase', value, line: el.line });
    }
    themes.push(theme);
    for (const child of children) visit(child, theme, [...above, name]);
  };
  for (const code of codes.children.filter((c) => c.name === 'Code')) visit(code, undefined, []);
  return { name, file, themes, ...(warnings.length > 0 ? { warnings } : {}), ...(problems.length > 0 ? { problems } : {}) };
}
