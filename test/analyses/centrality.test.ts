// Tests for the corpus scan behind quote centrality: the trie-based pass must find exactly the terms,
// counts, document frequencies and word counts a plain regex tokenisation gives, on awkward text too.
import { describe, expect, it } from 'vitest';
import type { Response } from '../../src/model.js';
import { centrality, normaliseTerm, quickWordCount, scanCorpus, STOPWORDS } from '../../src/analyses/centrality.js';

function response(i: number, text: string): Response {
  return { id: `r${i}`, sourceId: 's.csv', locator: `row ${i}`, participantId: `p${i}`, text };
}

/** The reference: split the lower-cased text on non-letters, normalise, drop stop words; ids by first appearance. */
function reference(texts: string[]) {
  const vocabulary = new Map<string, number>();
  const vectors = texts.map((text) => {
    const counts = new Map<number, number>();
    for (const token of text.toLowerCase().split(/[^\p{L}'’]+/u)) {
      if (token === '') continue;
      const term = normaliseTerm(token.replace(/’/g, "'"));
      if (term.length < 2 || STOPWORDS.has(term)) continue;
      if (!vocabulary.has(term)) vocabulary.set(term, vocabulary.size);
      const id = vocabulary.get(term)!;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => a[0] - b[0]);
  });
  return { vocabulary, vectors };
}

function scanned(texts: string[]) {
  const { space, words, brackets } = scanCorpus(texts.map((t, i) => response(i, t)));
  const vectors = texts.map((_, i) => {
    const pairs: [number, number][] = [];
    for (let j = space.offsets[i]!; j < space.offsets[i + 1]!; j++) pairs.push([space.ids[j]!, space.tf[j] === 255 ? space.tfMore.get(j)! : space.tf[j]!]);
    return pairs.sort((a, b) => a[0] - b[0]);
  });
  return { vocabularySize: space.vocabularySize, vectors, words: [...words], brackets: [...brackets] };
}

describe('scanCorpus', () => {
  it('finds the terms, counts and word counts of a plain tokenisation, whatever the characters', () => {
    const texts = [
      'Teachers know us. The teachers’ lounge; students’ voices and STUDENTS’ choices!',
      'ΣΟΦΊΑ and ΟΔΌΣ: Greek capitals, a final sigma; İstanbul, STRASSE and Straße; Élèves, naïve café.',
      'Emoji 😭😭 between words😭and 𝒜𝒷𝒸 letters outside the BMP, ＦＵＬＬ width, K (Kelvin) and Å (Angstrom).',
      "it's don't 'quoted' rock'n'roll o'clock ’tis teachers' [name] said [name]'s idea 123 4th 5-6",
      "1'2 ''a b'' 'c 9'x ’’y x’'z mid1word2s 😭'a 😭’b é'' ''é [x]'y",
      '',
      '   ',
      `${'word '.repeat(300)}timetable`,
      'a\uD83Dlone high surrogate and a lone low \uDE00 one',
    ];
    const ref = reference(texts);
    const got = scanned(texts);
    expect(got.vectors).toEqual(ref.vectors);
    expect(got.vocabularySize).toBe(ref.vocabulary.size);
    expect(got.words).toEqual(texts.map(quickWordCount));
    expect(got.brackets).toEqual(texts.map((t) => (t.includes('[') ? 1 : 0)));
  });

  it('gives the same terms once the trie of ASCII tokens is full (rare tokens go to the lexicon)', () => {
    // 40,000 distinct ten-letter tokens need about 400,000 trie nodes, past the trie's limit.
    // mulberry32, a small seeded PRNG.
    let seed = 7;
    const random = (): number => {
      seed = (seed + 0x6d2b79f5) >>> 0;
      let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const letter = () => String.fromCharCode(97 + Math.floor(random() * 26));
    const tokens = Array.from({ length: 40_000 }, () => Array.from({ length: 10 }, letter).join(''));
    const texts = Array.from({ length: 2_000 }, (_, i) => tokens.slice((i * 23) % 39_970, ((i * 23) % 39_970) + 30).join(' '));
    texts.push(...texts.slice(0, 50).map((t) => t.toUpperCase()));
    const ref = reference(texts);
    const got = scanned(texts);
    expect(got.vocabularySize).toBe(ref.vocabulary.size);
    expect(got.vectors).toEqual(ref.vectors);
  });

  it('gives the same terms once the vocabulary outgrows two-byte ids, after chunks were filled', () => {
    // Term n is its number in base 26 as letters; 9,000 texts of 40 terms introduce 9 new ones each, so
    // term 65,536 comes after the first chunk of 2^18 stored terms is full.
    const term = (n: number): string => {
      let out = '';
      for (let k = 0; k < 4; k++, n = Math.floor(n / 26)) out = String.fromCharCode(97 + (n % 26)) + out;
      return `q${out}`;
    };
    const texts = Array.from({ length: 9_000 }, (_, i) => Array.from({ length: 40 }, (_, k) => term(i * 9 + k)).join(' '));
    const ref = reference(texts);
    expect(ref.vocabulary.size).toBeGreaterThan(0x10000);
    const got = scanned(texts);
    expect(got.vocabularySize).toBe(ref.vocabulary.size);
    expect(got.vectors).toEqual(ref.vectors);
  });
});

describe('centrality', () => {
  /** Cosine to the basis centroid as a plain computation would do it: weights summed in term order, the centroid in basis order. */
  function referenceScores(texts: string[], basis: number[], candidates: number[]): number[] {
    const { vocabulary, vectors } = reference(texts);
    const df = new Array<number>(vocabulary.size).fill(0);
    for (const v of vectors) for (const [id] of v) df[id]!++;
    const idf = df.map((d) => Math.log((texts.length + 1) / (d + 1)) + 1);
    const unit = vectors.map((v) => {
      const raw = v.map(([id, tf]) => [id, (1 + Math.log(tf)) * idf[id]!] as const);
      let norm = 0;
      for (const [, w] of raw) norm += w * w;
      norm = Math.sqrt(norm);
      return raw.map(([id, w]) => [id, norm > 0 ? w / norm : 0] as const);
    });
    const centroid = new Array<number>(vocabulary.size).fill(0);
    for (const i of basis) for (const [id, w] of unit[i]!) centroid[id]! += w;
    let norm2 = 0;
    for (const c of centroid) norm2 += c * c;
    return candidates.map((i) => {
      if (unit[i]!.length === 0) return 0;
      let dot = 0;
      for (const [id, w] of unit[i]!) dot += w * centroid[id]!;
      if (!basis.includes(i)) return norm2 > 1e-12 ? Math.max(0, dot / Math.sqrt(norm2)) : 0;
      const rest = norm2 - 2 * dot + 1;
      return rest > 1e-9 ? Math.max(0, (dot - 1) / Math.sqrt(rest)) : 0;
    });
  }

  it('scores exactly as the plain computation, a term counted hundreds of times in one response too', () => {
    const texts = [
      'Teachers helped with projects and timetables; the projects were hands-on.',
      'Projects in science, art and music: more choice of projects, please.',
      'Flexible timetables let students choose when to study science.',
      `${'timetable '.repeat(300)}and projects`,
      'Our counsellor checks in with students about stress and workload.',
      'Music and art teachers give feedback; science teachers give tests.',
      '',
      'Students want choice, feedback and less stress about tests.',
    ];
    const { space } = scanCorpus(texts.map((t, i) => response(i, t)));
    const mark = new Uint8Array(texts.length);
    for (const [basis, candidates] of [
      [[0, 1, 2, 3, 4], [0, 3, 5, 6, 7]],
      [[7, 5, 3, 1], [1, 2, 3, 4]],
    ] as const) {
      const got = [...centrality(space, [...basis], [...candidates], mark)];
      expect(got).toEqual(referenceScores(texts, [...basis], [...candidates]));
    }
    expect([...mark]).toEqual(texts.map(() => 0));
  });
});
