// analysis.json: the whole Analysis for pipes and other programs, with participants' names removed.
// Written in pieces so a province-wide survey never needs the whole document as one string.
import type { Analysis } from '../model.js';

/** The analysis as it is published: Participant.name removed. */
function publishable(analysis: Analysis): Analysis {
  const participants = analysis.corpus.participants.map(({ name: _name, ...rest }) => rest);
  return { ...analysis, corpus: { ...analysis.corpus, participants } };
}

/** Options of {@link jsonChunks}. */
export interface JsonChunkOptions {
  /**
   * Elements of a streamed array per chunk (default 1). Larger batches are much faster to write (one
   * native JSON.stringify per batch); the output is the same.
   */
  batch?: number;
}

/**
 * The analysis as pretty-printed JSON (schema: README, "analysis.json"), in chunks whose concatenation
 * is exactly `JSON.stringify(analysis, null, 2) + "\n"`. Arrays of the corpus and the codings are
 * yielded an element at a time, or `options.batch` elements at a time.
 */
export function* jsonChunks(analysis: Analysis, options: JsonChunkOptions = {}): Generator<string> {
  yield* value(publishable(analysis), '', 0, Math.max(1, Math.floor(options.batch ?? 1)));
  yield '\n';
}

// Depth 0 is the document, 1 its keys (corpus, codings …), 2 the corpus' keys (responses …): arrays at
// depth ≤ 2 are streamed; anything deeper is small and goes through JSON.stringify whole.
function* value(v: unknown, indent: string, depth: number, batch: number): Generator<string> {
  if (Array.isArray(v) && depth <= 2) {
    if (v.length === 0) {
      yield '[]';
      return;
    }
    yield '[\n';
    for (let i = 0; i < v.length; i += batch) {
      yield elements(v.slice(i, i + batch), indent.length / 2 + 1);
      yield i + batch < v.length ? ',\n' : '\n';
    }
    yield `${indent}]`;
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
 * Array elements pretty-printed at nesting `level` (indent 2 × level), joined by ",\n", without the
 * brackets. The elements are wrapped in `level - 1` arrays so JSON.stringify indents them itself,
 * rather than re-indenting its output with a regex afterwards; the wrapping lines are cut off.
 */
function elements(items: unknown[], level: number): string {
  let wrapped: unknown = items;
  let open = '';
  let close = '';
  for (let d = 0; d < level; d++) {
    if (d > 0) wrapped = [wrapped];
    open += `${'  '.repeat(d)}[\n`;
    close = `\n${'  '.repeat(d)}]${close}`;
  }
  const json = JSON.stringify(wrapped, null, 2);
  return json.slice(open.length, json.length - close.length);
}

function reindent(json: string, indent: string): string {
  return indent === '' ? json : json.replace(/\n/g, `\n${indent}`);
}

/** The analysis as one JSON string (small analyses, tests). */
export function writeJson(analysis: Analysis): string {
  return [...jsonChunks(analysis)].join('');
}
