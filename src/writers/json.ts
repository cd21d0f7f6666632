// analysis.json: the whole Analysis for pipes and other programs, with participants' names removed.
// Written in pieces so a province-wide survey never needs the whole document as one string.
import type { Analysis } from '../model.js';

/** The analysis as it is published: Participant.name removed. */
function publishable(analysis: Analysis): Analysis {
  const participants = analysis.corpus.participants.map(({ name: _name, ...rest }) => rest);
  return { ...analysis, corpus: { ...analysis.corpus, participants } };
}

/**
 * The analysis as pretty-printed JSON (schema: README, "analysis.json"), in chunks whose concatenation
 * is exactly `JSON.stringify(analysis, null, 2) + "\n"`. Arrays of the corpus and the codings are
 * yielded an element at a time.
 */
export function* jsonChunks(analysis: Analysis): Generator<string> {
  yield* value(publishable(analysis), '', 0);
  yield '\n';
}

// Depth 0 is the document, 1 its keys (corpus, codings …), 2 the corpus' keys (responses …): arrays at
// depth ≤ 2 are streamed; anything deeper is small and goes through JSON.stringify whole.
function* value(v: unknown, indent: string, depth: number): Generator<string> {
  if (Array.isArray(v) && depth <= 2) {
    if (v.length === 0) {
      yield '[]';
      return;
    }
    const inner = `${indent}  `;
    yield '[\n';
    for (let i = 0; i < v.length; i++) {
      yield inner + reindent(JSON.stringify(v[i], null, 2) ?? 'null', inner);
      yield i < v.length - 1 ? ',\n' : '\n';
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
      yield* value(entries[i][1], inner, depth + 1);
      yield i < entries.length - 1 ? ',\n' : '\n';
    }
    yield `${indent}}`;
    return;
  }
  yield reindent(JSON.stringify(v, null, 2) ?? 'null', indent);
}

function reindent(json: string, indent: string): string {
  return indent === '' ? json : json.replace(/\n/g, `\n${indent}`);
}

/** The analysis as one JSON string (small analyses, tests). */
export function writeJson(analysis: Analysis): string {
  return [...jsonChunks(analysis)].join('');
}
