// The floor of the benchmark: the least any tool must do to tag every answer of the survey, timed in the
// same run as (a) and (b). It reads the file with csv-parse, splits every cell after the header into
// words with a hand-written character loop (no regex, no lemmas, no negation), looks each word up, lower
// cased, in a set of the codebook's plain words, and writes one CSV line per hit. Nothing else: no
// column roles, de-identification, evidence objects, analyses, report, responses.csv or analysis.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

/** A letter, digit or apostrophe (ASCII), or any character past ASCII: what the floor counts as a word's. */
function wordCode(c) {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c > 127;
}

/**
 * Runs the floor on `file`, looking words up in `words` (lower case), writing the hits to `out`.
 * @returns {{ ms: number, hits: number }}
 */
export function runFloor(file, words, out) {
  const t0 = performance.now();
  const rows = parse(readFileSync(file), { bom: true });
  const lines = ['row,column,word,start,end'];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    for (let c = 0; c < row.length; c++) {
      const text = row[c];
      const length = text.length;
      let i = 0;
      while (i < length) {
        if (!wordCode(text.charCodeAt(i))) {
          i++;
          continue;
        }
        const start = i;
        while (i < length && wordCode(text.charCodeAt(i))) i++;
        const word = text.slice(start, i).toLowerCase();
        if (words.has(word)) lines.push(`${r},${c},${word},${start},${i}`);
      }
    }
  }
  writeFileSync(out, `${lines.join('\n')}\n`);
  return { ms: performance.now() - t0, hits: lines.length - 1 };
}
