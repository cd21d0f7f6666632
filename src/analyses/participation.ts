// Who raised which theme, resolved once to dense indices: the crosstab, the findings and the theme counts
// share one pass over the codings instead of each building string-keyed maps over every response.
import type { Coding, Participant, Response } from '../model.js';

// Codings usually follow their responses in order (tagResponses emits them so); a cursor that looks this
// far ahead finds the next coded response without a map. Anything else falls back to a map by id.
const LOOKAHEAD = 64;

/**
 * For each coding, the index of its response in `responses`, or -1 when no response has its id. Linear
 * when the codings come in response order (as from tagging); any order is handled, at the cost of a map.
 */
export function codingResponseIndex(responses: readonly Response[], codings: readonly Coding[]): Int32Array {
  const out = new Int32Array(codings.length);
  let byId: Map<string, number> | undefined;
  let cursor = 0;
  for (let k = 0; k < codings.length; k++) {
    const id = codings[k]!.responseId;
    let found = -1;
    const limit = Math.min(responses.length, cursor + LOOKAHEAD);
    for (let j = cursor; j < limit; j++) {
      if (responses[j]!.id === id) {
        found = j;
        break;
      }
    }
    if (found < 0) {
      if (!byId) {
        byId = new Map();
        // The first response with an id wins, as a cursor from the start would find it.
        for (let j = responses.length - 1; j >= 0; j--) byId.set(responses[j]!.id, j);
      }
      found = byId.get(id) ?? -1;
    }
    out[k] = found;
    if (found >= 0) cursor = found;
  }
  return out;
}

/**
 * For each coding, whether an earlier coding has the same theme and response (a duplicate coding, which
 * counts once). `themeOf` and `responseOf` are dense indices per coding (-1: unknown, never a duplicate).
 */
export function duplicateCodings(themeOf: Int32Array, responseOf: Int32Array, themeCount: number): Uint8Array {
  const duplicate = new Uint8Array(themeOf.length);
  let ordered = true;
  for (let k = 1; k < responseOf.length && ordered; k++) if (responseOf[k]! < responseOf[k - 1]!) ordered = false;
  if (ordered) {
    // In response order a duplicate can only follow within the same response: remember the last per theme.
    const last = new Int32Array(themeCount).fill(-1);
    for (let k = 0; k < themeOf.length; k++) {
      const t = themeOf[k]!;
      const r = responseOf[k]!;
      if (t < 0 || r < 0) continue;
      if (last[t] === r) duplicate[k] = 1;
      else last[t] = r;
    }
    return duplicate;
  }
  const seen = new Set<number>();
  for (let k = 0; k < themeOf.length; k++) {
    const t = themeOf[k]!;
    const r = responseOf[k]!;
    if (t < 0 || r < 0) continue;
    const key = r * themeCount + t;
    if (seen.has(key)) duplicate[k] = 1;
    else seen.add(key);
  }
  return duplicate;
}

/**
 * The codings of each response, in flat arrays: response i's codings are `order[first[i]]` …
 * `order[first[i + 1] - 1]` (coding indices, ascending). An array per coded response would cost more
 * than the index itself: a few hundred thousand small arrays.
 */
export interface CodingsByResponse {
  first: Int32Array;
  order: Int32Array;
}

/** Group coding indices by response (see {@link CodingsByResponse}); codings of no response are left out. */
export function codingsByResponse(responseOf: Int32Array, responseCount: number): CodingsByResponse {
  const first = new Int32Array(responseCount + 1);
  for (let k = 0; k < responseOf.length; k++) if (responseOf[k]! >= 0) first[responseOf[k]! + 1]!++;
  for (let i = 0; i < responseCount; i++) first[i + 1]! += first[i]!;
  const order = new Int32Array(first[responseCount]!);
  const next = first.slice(0, responseCount);
  for (let k = 0; k < responseOf.length; k++) if (responseOf[k]! >= 0) order[next[responseOf[k]!]!++] = k;
  return { first, order };
}

/** Per coding, the index of its theme in `themeIds`, or -1. */
export function codingThemeIndex(themeIds: readonly string[], codings: readonly Coding[]): Int32Array {
  const index = new Map(themeIds.map((id, i) => [id, i]));
  // A plain loop: TypedArray.from with a mapping function is several times slower on large arrays.
  const out = new Int32Array(codings.length);
  for (let k = 0; k < codings.length; k++) out[k] = index.get(codings[k]!.themeId) ?? -1;
  return out;
}

/**
 * Each coding resolved once, for every analysis of a run (theme participation, the theme and question
 * counts, quote selection): its response, its theme, and whether it repeats an earlier coding.
 */
export interface CodingIndex {
  /** The theme ids `themeOf` indexes into. */
  themeIds: readonly string[];
  /** Per coding, its response's index in the responses, or -1 ({@link codingResponseIndex}). */
  responseOf: Int32Array;
  /** Per coding, its theme's index in `themeIds`, or -1 ({@link codingThemeIndex}). */
  themeOf: Int32Array;
  /** Per coding, 1 where an earlier coding has the same theme and response ({@link duplicateCodings}). */
  duplicate: Uint8Array;
}

/** Resolve every coding to its response and its theme of `themeIds` (see {@link CodingIndex}). */
export function indexCodings(responses: readonly Response[], codings: readonly Coding[], themeIds: readonly string[]): CodingIndex {
  const responseOf = codingResponseIndex(responses, codings);
  const themeOf = codingThemeIndex(themeIds, codings);
  return { themeIds, responseOf, themeOf, duplicate: duplicateCodings(themeOf, responseOf, themeIds.length) };
}

/** Counts per student: bytes while no student gave more than 255 responses, else wider. */
export type StudentCounts = Uint8Array | Uint16Array | Int32Array;

/** Which students raised which theme, over dense student indices. */
export interface ThemeParticipation {
  /** Student id → index into the per-theme arrays. */
  studentIndex: Map<string, number>;
  /** Number of students indexed. */
  studentCount: number;
  /** Per response, its student's index, or -1 for a response by anyone but a student. */
  studentOf: Int32Array;
  themeIds: string[];
  /**
   * Per theme (in `themeIds` order): per student index, the student's distinct responses carrying it;
   * in the narrowest array that holds the most responses any one student gave.
   */
  counts: StudentCounts[];
  /** Per theme: students with at least one response carrying it. */
  raisers: number[];
}

/**
 * Per theme, how many of each student's responses carry it. Codings of responses by anyone but a student
 * are ignored; a response coded twice with the same theme counts once. `index`: the same codings
 * resolved against the same responses and `themeIds` ({@link indexCodings}), to reuse.
 */
export function themeParticipation(
  students: readonly Participant[],
  responses: readonly Response[],
  codings: readonly Coding[],
  themeIds: readonly string[],
  index: CodingIndex = indexCodings(responses, codings, themeIds),
): ThemeParticipation {
  const studentIndex = new Map<string, number>();
  for (const s of students) if (!studentIndex.has(s.id)) studentIndex.set(s.id, studentIndex.size);
  const studentCount = studentIndex.size;
  const studentOf = new Int32Array(responses.length);
  // A student's answers come one after another: the id is looked up once per run of them.
  let lastId: string | undefined;
  let last = -1;
  for (let r = 0; r < responses.length; r++) {
    const id = responses[r]!.participantId;
    if (id !== lastId) [lastId, last] = [id, studentIndex.get(id) ?? -1];
    studentOf[r] = last;
  }
  const { themeOf, responseOf, duplicate } = index;
  // No count can exceed a student's number of responses.
  const given = new Int32Array(studentCount);
  for (let r = 0; r < studentOf.length; r++) if (studentOf[r]! >= 0) given[studentOf[r]!]!++;
  let most = 0;
  for (let s = 0; s < studentCount; s++) if (given[s]! > most) most = given[s]!;
  const counts = themeIds.map((): StudentCounts => (most <= 0xff ? new Uint8Array(studentCount) : most <= 0xffff ? new Uint16Array(studentCount) : new Int32Array(studentCount)));
  const raisers = themeIds.map(() => 0);
  for (let k = 0; k < themeOf.length; k++) {
    const t = themeOf[k]!;
    const r = responseOf[k]!;
    if (t < 0 || r < 0 || duplicate[k]) continue;
    const s = studentOf[r]!;
    if (s < 0) continue;
    if (counts[t]![s]!++ === 0) raisers[t]! += 1;
  }
  return { studentIndex, studentCount, studentOf, themeIds: [...themeIds], counts, raisers };
}
