// Words left in the de-identified texts that may be people's names: capitalised words inside a sentence
// that the folder never writes in lower case, and runs of them ("Kiara Okonkwo"). De-identification
// removes the names it knows (roster, speakers, `redact:`), names after a cue or a title, and listed
// given names that are no English word wherever they stand (see bare-names.ts); a tutor or a sibling
// named bare by a name the list lacks, or by one that is a word too, is not among them. `reflect inspect` lists these for a person to read before the
// report is shared, and to add to `redact:`; most are places, programs and subjects, and that is fine
// for a list a person reads. Pure.
import type { Corpus, NameCandidate } from '../model.js';
import { neverName } from '../util/names.js';
import { byCodeUnits } from '../util/text.js';

// A run of capitalised words (a capital, then lower-case letters, then any letters to the word's end, so
// "McDONALD" whole, not "Mc"; an optional possessive), one space apart.
const CAPITALISED_RUN = /\p{Lu}[\p{Ll}\p{M}]+[\p{L}\p{M}]*(?:['’]s)?(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]+[\p{L}\p{M}]*(?:['’]s)?)*/gu;
// What a sentence starts after: an end mark, a colon, a quote, a dash or a bracket (or the text's start).
const SENTENCE_END = new Set('.!?:;"“”…-–—(['.split(''));
const WORDS = /[\p{L}\p{M}]+/gu;

/** A word as looked up: lower case, without a possessive. */
function key(word: string): string {
  return word.toLowerCase().replace(/['’]s$/u, '');
}

/**
 * The capitalised words and runs of them in the corpus' response and context texts that may be names:
 * not at a sentence's start (there a run keeps its first word only if the folder never writes it in
 * lower case), not a word the folder also writes in lower case ("English" where someone wrote
 * "english"), not a function word ("When"), a day, month, subject or title, and not a word of a
 * question, a school or any other attribute value. Sorted by how many texts hold them, most first, then alphabetically.
 */
export function nameCandidates(corpus: Corpus): NameCandidate[] {
  const texts = [...corpus.responses, ...corpus.context];
  const known = new Set<string>();
  for (const r of texts) for (const w of r.text.match(WORDS) ?? []) if (w === w.toLowerCase()) known.add(w);
  const described = [
    ...corpus.questions.map((q) => q.text),
    ...corpus.sources.flatMap((s) => Object.values(s.attributes)),
    ...corpus.participants.flatMap((p) => Object.values(p.attributes)),
  ];
  for (const text of described) for (const w of text.match(WORDS) ?? []) known.add(w.toLowerCase());
  const plain = (word: string): boolean => !known.has(key(word)) && !neverName(key(word));

  const found = new Map<string, { responses: Set<string>; first: string; locator: string; sourceId: string }>();
  for (const r of texts) {
    for (const m of r.text.matchAll(CAPITALISED_RUN)) {
      let words = m[0].split(/[ \t]+/);
      if (startsSentence(r.text, m.index)) {
        // A sentence's first word is capitalised whatever it is: it is a name only beside another one.
        if (words.length === 1 || !plain(words[0]!)) words = words.slice(1);
      }
      // A run is cut at its ordinary words: "When Sarah Connor" holds "Sarah Connor".
      for (const run of runsOf(words, plain)) {
        const text = run.join(' ').replace(/['’]s$/u, '');
        const entry = found.get(text);
        if (entry) entry.responses.add(r.id);
        else found.set(text, { responses: new Set([r.id]), first: r.id, locator: r.locator, sourceId: r.sourceId });
      }
    }
  }
  return [...found]
    .map(([text, e]) => ({ text, responses: e.responses.size, first: { responseId: e.first, sourceId: e.sourceId, locator: e.locator } }))
    .sort((a, b) => b.responses - a.responses || byCodeUnits(a.text, b.text));
}

/** Whether position `at` of `text` starts a sentence: only spaces lie between it and a sentence's end, or the text's start. */
function startsSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return i < 0 || SENTENCE_END.has(text[i]!);
}

/** The runs of consecutive words that pass `keep`. */
function runsOf(words: string[], keep: (word: string) => boolean): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const w of words) {
    if (keep(w)) run.push(w);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}
