// Reads a REFI-QDA codebook (.qdc, the exchange format of NVivo, ATLAS.ti, MAXQDA …) in two steps: a
// small XML reader keeps elements with their lines, then codes map to themes. A code's name is the
// label and, slugged, the id (`Mental health` → `mental-health`; a name that sub-codes of several parents
// share gets the parent in front: `peers-positive`, `Positive (Peers)`); nested codes get their parent. The
// code's <Description> is the theme's description, except lines starting `Keywords:` (or `Patterns:`),
// which list the patterns, separated by commas or semicolons (a quoted entry may hold either); their
// form decides the kind as in CSV codebooks. A code with no keywords is matched by its own name as
// phrases (split where the name lists several things; codes with child codes roll up instead), so an
// imported codebook works at once and can be refined.
import { ConfigError } from '../util/errors.js';
import { inferKind } from './parse-csv.js';
import { slug, splitList, type CodebookSpec, type ThemeSpec } from './validate.js';

/** One XML element: name without prefix, attributes, children, text and the line it starts on. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : all;
    }
    return ENTITIES[e] ?? all;
  });
}

/** Parse XML text into its root element; throws ConfigError (file:line) on broken structure. */
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
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const lt = text.indexOf('<', i);
    const chunk = text.slice(i, lt === -1 ? n : lt);
    if (stack.length > 0) stack[stack.length - 1].text += decode(chunk);
    else if (chunk.trim() !== '' && chunk.trim() !== '\uFEFF') throw new ConfigError('not valid XML: text outside the root element', { file, line: lineAt(i) });
    if (lt === -1) break;
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      if (end === -1) throw new ConfigError('not valid XML: comment is not closed', { file, line: lineAt(lt) });
      i = end + 3;
    } else if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      if (end === -1) throw new ConfigError('not valid XML: CDATA is not closed', { file, line: lineAt(lt) });
      if (stack.length > 0) stack[stack.length - 1].text += text.slice(lt + 9, end);
      i = end + 3;
    } else if (text.startsWith('<?', lt) || text.startsWith('<!', lt)) {
      const end = text.indexOf('>', lt);
      if (end === -1) throw new ConfigError('not valid XML: declaration is not closed', { file, line: lineAt(lt) });
      i = end + 1;
    } else if (text.startsWith('</', lt)) {
      const end = text.indexOf('>', lt);
      const name = text.slice(lt + 2, end).trim().replace(/^.*:/, '');
      const open = stack.pop();
      if (!open || open.name !== name) {
        throw new ConfigError(`not valid XML: </${name}> closes ${open ? `<${open.name}> from line ${open.line}` : 'nothing'}`, { file, line: lineAt(lt) });
      }
      i = end + 1;
    } else {
      const tag = /^<([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(text.slice(lt, lt + 100000));
      if (!tag) throw new ConfigError('not valid XML: broken tag', { file, line: lineAt(lt) });
      const attributes: Record<string, string> = {};
      for (const a of tag[2].matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        attributes[a[1].replace(/^.*:/, '')] = decode(a[2] ?? a[3] ?? '');
      }
      const el: XmlElement = { name: tag[1].replace(/^.*:/, ''), attributes, children: [], text: '', line: lineAt(lt) };
      if (stack.length > 0) stack[stack.length - 1].children.push(el);
      else if (root) throw new ConfigError('not valid XML: more than one root element', { file, line: el.line });
      else root = el;
      if (tag[3] !== '/') stack.push(el);
      i = lt + tag[0].length;
    }
  }
  if (stack.length > 0) throw new ConfigError(`not valid XML: <${stack[stack.length - 1].name}> is not closed`, { file, line: stack[stack.length - 1].line });
  if (!root) throw new ConfigError('not valid XML: no root element', { file, line: 1 });
  return root;
}

const KEYWORDS = /^\s*(?:keywords?|patterns?)\s*:\s*(.*)$/i;

/**
 * The phrases a code's name stands for when its description lists none: the name without an outline
 * number (`1.2 Teachers`) or a group prefix (`EMO: Anxiety`, as ATLAS.ti users name codes), split where
 * it lists several things (`Mental health (stress, anxiety)`, `Funding / resources`), since a phrase
 * never matches across such punctuation in a text. Parts of one letter are dropped.
 */
export function namePhrases(label: string): string[] {
  return label
    .replace(/^\s*(?:\p{L}?\d{1,2}(?:\.\d+)*[.)]?|\p{L}[.)])\s+/u, '')
    .replace(/^[^:]*:(?=.*[\p{L}\p{N}])/u, '')
    .split(/[,;:()[\]{}\/&+|]|\s[-\u2013\u2014]\s/)
    .map((part) => part.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((part) => [...part].length > 1);
}

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
    const s = slug(el.attributes.name ?? '');
    slugCount.set(s, (slugCount.get(s) ?? 0) + 1);
    el.children.forEach(count);
  };
  codes.children.forEach(count);
  const visit = (el: XmlElement, parent: ThemeSpec | undefined): void => {
    const name = el.attributes.name?.trim();
    if (!name) throw new ConfigError('<Code> has no name', { file, line: el.line });
    const own = slug(name);
    const shared = parent !== undefined && (slugCount.get(own) ?? 0) > 1;
    const id = shared ? `${parent.id}-${own}` : own;
    const label = shared ? `${name} (${parent.label})` : name;
    const theme: ThemeSpec = { id, label, patterns: [], exclusions: [], notNear: [], line: el.line };
    if (parent !== undefined) {
      theme.parent = parent.id;
      theme.parentLine = el.line;
    }
    const description = el.children.find((c) => c.name === 'Description');
    const kept: string[] = [];
    if (description) {
      description.text.split(/\r?\n/).forEach((line, k) => {
        const m = KEYWORDS.exec(line);
        if (!m) {
          kept.push(line);
          return;
        }
        for (const value of splitList(m[1])) theme.patterns.push({ kind: inferKind(value), value, line: description.line + k });
      });
      const rest = kept.join('\n').trim();
      if (rest !== '') theme.description = rest;
    }
    const children = el.children.filter((c) => c.name === 'Code');
    if (theme.patterns.length === 0 && children.length === 0) for (const value of namePhrases(name)) theme.patterns.push({ kind: 'phrase', value, line: el.line });
    themes.push(theme);
    for (const child of children) visit(child, theme);
  };
  for (const code of codes.children.filter((c) => c.name === 'Code')) visit(code, undefined);
  return { name, file, themes };
}
