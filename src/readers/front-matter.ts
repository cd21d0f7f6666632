// YAML front matter (a block between `---` lines at the very top of a transcript) → source attributes.
// Used by the text and DOCX readers; keys become lower-case, values strings (dates yyyy-mm-dd, lists
// joined by ", ", nested maps flattened to `parent.child`).
import { parse as parseYaml } from 'yaml';
import type { Warning } from '../model.js';
import { ownKey } from './columns.js';

/** Front matter found at the top of a list of lines. */
export interface FrontMatter {
  attributes: Record<string, string>;
  /** 0-based index of the first line after the front matter (0 when there is none). */
  bodyStart: number;
  warnings: Warning[];
}

const FENCE = /^---\s*$/;
// YAML also allows `...` to close a document; Jekyll/Hugo/Pandoc accept both.
const CLOSING_FENCE = /^(---|\.\.\.)\s*$/;

/**
 * Read the front matter at the top of `lines` (physical lines or DOCX paragraphs). `lineNumbers[i]`
 * is the number reported in warnings for `lines[i]` (defaults to i + 1). A block that is not valid YAML
 * or not a mapping is skipped with a warning; it is never read as turns.
 */
export function readFrontMatter(lines: string[], file: string, lineNumbers?: number[]): FrontMatter {
  const none: FrontMatter = { attributes: {}, bodyStart: 0, warnings: [] };
  if (lines.length === 0 || !FENCE.test(lines[0])) return none;
  const close = lines.findIndex((l, i) => i > 0 && CLOSING_FENCE.test(l));
  if (close < 0) return none; // a lone `---` at the top is a horizontal rule, not front matter
  const at = (i: number) => lineNumbers?.[i] ?? i + 1;
  const result: FrontMatter = { attributes: {}, bodyStart: close + 1, warnings: [] };
  let data: unknown;
  try {
    data = parseYaml(lines.slice(1, close).join('\n'));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    result.warnings.push({ file, line: at(0), message: `front matter is not valid YAML (${reason}); ignored` });
    return result;
  }
  if (data === null || data === undefined) return result;
  if (typeof data !== 'object' || Array.isArray(data)) {
    result.warnings.push({ file, line: at(0), message: 'front matter is not a list of `key: value` lines; ignored' });
    return result;
  }
  flatten(data as Record<string, unknown>, '', result.attributes);
  return result;
}

function flatten(data: Record<string, unknown>, prefix: string, into: Record<string, string>): void {
  for (const [rawKey, value] of Object.entries(data)) {
    // A key every object has already (`constructor`, `__proto__`) gets a `_`, as a column's does (ownKey).
    const key = ownKey(prefix + rawKey.trim().toLowerCase());
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)) {
      flatten(value as Record<string, unknown>, `${key}.`, into);
      continue;
    }
    const text = attributeValue(value);
    if (text !== '') into[key] = text;
  }
}

function attributeValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(attributeValue).filter((v) => v !== '').join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value).trim();
}

/** Attribute keys that name the facilitator(s) of a transcript. */
export const FACILITATOR_KEYS = ['facilitator', 'facilitators', 'interviewer', 'interviewers', 'moderator', 'moderators'];

/** Attribute keys that name the people who speak in a transcript. */
const SPEAKER_KEYS = [...FACILITATOR_KEYS, 'participants', 'speakers', 'students'];

/** Split a names attribute ("Ms Okafor, Dana and Lee") into names. */
export function splitNames(value: string): string[] {
  return value
    .split(/\s*(?:[,;&/]|\band\b)\s*/)
    .map((n) => n.trim())
    .filter((n) => n !== '');
}

/** Every name front matter gives for people who speak (facilitator, participants, speakers …). */
export function speakerNames(attributes: Record<string, string>): string[] {
  return SPEAKER_KEYS.flatMap((key) => (attributes[key] ? splitNames(attributes[key]) : []));
}
