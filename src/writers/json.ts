// analysis.json: the whole Analysis for pipes and other programs, with participants' names removed.
// One record a line in the long lists, so the file stays small and fast to write, and a person can
// still read it; written in pieces so a province-wide survey never needs the whole document as one string.
import type { Analysis } from '../model.js';

/** The analysis as it is published: Participant.name removed. */
function publishable(analysis: Analysis): Analysis {
  const participants = analysis.corpus.participants.map(({ name: _name, ...rest }) => rest);
  return { ...analysis, corpus: { ...analysis.corpus, participants } };
}

/** Options of {@link jsonChunks}. */
export interface JsonChunkOptions {
  /** Elements of a list per chunk (default 1). Larger batches make fewer, larger chunks; the output is the same. */
  batch?: number;
}

/**
 * The analysis as JSON (schema: README, "analysis.json"), in chunks. The document and its objects are
 * indented by two spaces, as `JSON.stringify(analysis, null, 2)` would, except the lists of records —
 * the arrays of the document (codings, themes, crosstab …) and of its objects (corpus.responses,
 * corpus.participants, codebook.themes …) — whose elements are written one a line, each as
 * `JSON.stringify(element)`. Arrays are yielded an element at a time, or `options.batch` at a time.
 */
export function* jsonChunks(analysis: Analysis, options: JsonChunkOptions = {}): Generator<string> {
  yield* value(publishable(analysis), '', 0, Math.max(1, Math.floor(options.batch ?? 1)));
  yield '\n';
}

// Depth 0 is the document, 1 its keys (corpus, codings …), 2 the corpus' keys (responses …): arrays at
// depth ≤ 2 are lists of records, one a line; anything else is small and goes through JSON.stringify whole.
function* value(v: unknown, indent: string, depth: number, batch: number): Generator<string> {
  if (Array.isArray(v) && depth <= 2) {
    yield* records(v, indent, batch);
    return;
  }
  if (v !== null && typeof v === 'object' && !Array.isArray(v) && depth <= 1) {
    const entries = Object.entries(v).filter(([, x]) => x !== undefined && typeof x !== 'function');
    if (entries.length === 0) {
      yield '{}';
      return;
    }
    const inner = `${indent}  `;
    yield '{\n';
    for (let i = 0; i < entries.length; i++) {
      yield `${inner}${JSON.stringify(entries[i][0])}: `;
      yield* value(entries[i][1], inner, depth + 1, batch);
      yield i < entries.length - 1 ? ',\n' : '\n';
    }
    yield `${indent}}`;
    return;
  }
  yield reindent(JSON.stringify(v, null, 2) ?? 'null', indent);
}

/**
 * A list at `indent`, one compact element a line, `batch` elements a chunk (see recordLines). The
 * separator between batches is yielded apart, not prepended: a concatenation would be copied again
 * when written.
 */
function* records(items: readonly unknown[], indent: string, batch: number): Generator<string> {
  if (items.length === 0) {
    yield '[]';
    return;
  }
  const inner = `${indent}  `;
  const separator = `,\n${inner}`;
  for (let i = 0; i < items.length; i += batch) {
    yield i === 0 ? `[\n${inner}` : separator;
    yield recordLines(items.slice(i, i + batch), separator);
  }
  yield `\n${indent}]`;
}

/**
 * Elements as `JSON.stringify(element)` each, joined by `separator` (`,` then a line break and indent).
 * A batch of objects that all begin with the same key (every Response with "id", every Coding with
 * "responseId") is stringified in one call, as an array, and its elements are told apart where one
 * ends and the next begins, `},{"id":`: one call of JSON.stringify costs less than a hundred, and the
 * bytes are the same. The text `{"id":` can only begin an object whose first key is id (a `"` inside
 * a string is always written `\"`), so the batch splits at each element and nowhere else if it splits
 * into as many pieces as it has elements. Any other batch is stringified an element at a time.
 */
function recordLines(items: readonly unknown[], separator: string): string {
  const key = sharedFirstKey(items);
  if (key !== undefined) {
    const start = `{${JSON.stringify(key)}:`;
    const pieces = JSON.stringify(items).slice(1, -1).split(`},${start}`);
    if (pieces.length === items.length) return pieces.join(`}${separator}${start}`);
  }
  // As inside an array, what JSON cannot hold (undefined, a function) is written as null.
  return items.map((item) => JSON.stringify(item) ?? 'null').join(separator);
}

/**
 * The key every item's JSON begins with, if they are all plain objects whose first key is the same
 * and holds a string (so it is written first); else undefined. A `toJSON` would be called with the
 * element's index as an array's element, so an item that has one is not shared.
 */
function sharedFirstKey(items: readonly unknown[]): string | undefined {
  const key = firstKey(items[0]);
  if (key === undefined) return undefined;
  for (let k = 1; k < items.length; k++) if (firstKey(items[k]) !== key) return undefined;
  return key;
}

function firstKey(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item) || 'toJSON' in item) return undefined;
  // for…in lists own keys first, in the order JSON.stringify writes them.
  for (const key in item) return Object.hasOwn(item, key) && typeof (item as Record<string, unknown>)[key] === 'string' ? key : undefined;
  return undefined;
}

function reindent(json: string, indent: string): string {
  return indent === '' ? json : json.replace(/\n/g, `\n${indent}`);
}

/** The analysis as one JSON string (small analyses, tests). */
export function writeJson(analysis: Analysis): string {
  return [...jsonChunks(analysis)].join('');
}
