// Interns lower-cased words to dense ids straight from a text's char codes (FNV-1a hash, open
// addressing), so the tokenizer never builds a string for a word it has seen before.

// Lower-case of each BMP code unit, filled lazily (0 = not yet computed). Typographic apostrophes, and
// the ‘ and ´ typed for them, fold to `'`; a character whose lower case is longer than one unit keeps its
// first unit.
const lowerTable = new Uint16Array(65536);

/** The lower-cased code unit used for matching. */
export function lowerUnit(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let l = lowerTable[c];
  if (l === 0) {
    if (c === 0x2019 || c === 0x2bc || c === 0x2018 || c === 0xb4) l = 0x27;
    else if (c >= 0xd800 && c <= 0xdfff) l = c;
    else l = String.fromCharCode(c).toLowerCase().charCodeAt(0);
    lowerTable[c] = l;
  }
  return l;
}

/** A growing set of distinct lower-cased words with dense ids 0, 1, 2 … */
export class Lexicon {
  readonly words: string[] = [];
  private hashes = new Int32Array(1024);
  private table = new Int32Array(4096); // id + 1; 0 = empty
  private mask = 4095;

  get size(): number {
    return this.words.length;
  }

  /** Id of the word `text[start, end)` lower-cased, whose FNV-1a hash over lowered units is `hash`. */
  intern(text: string, start: number, end: number, hash: number): number {
    const table = this.table;
    const mask = this.mask;
    const len = end - start;
    let slot = hash & mask;
    for (;;) {
      const entry = table[slot];
      if (entry === 0) break;
      const id = entry - 1;
      if (this.hashes[id] === hash) {
        const w = this.words[id];
        if (w.length === len) {
          let k = 0;
          for (; k < len; k++) {
            const c = text.charCodeAt(start + k);
            if (w.charCodeAt(k) !== (c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : lowerUnit(c))) break;
          }
          if (k === len) return id;
        }
      }
      slot = (slot + 1) & mask;
    }
    let word = '';
    for (let k = start; k < end; k++) word += String.fromCharCode(lowerUnit(text.charCodeAt(k)));
    return this.insert(word, hash, slot);
  }

  /** Id of a lower-cased word given as a string. */
  id(word: string): number {
    return this.intern(word, 0, word.length, hashOf(word, 0, word.length));
  }

  private insert(word: string, hash: number, slot: number): number {
    const id = this.words.length;
    this.words.push(word);
    if (id === this.hashes.length) {
      const h = new Int32Array(id * 2);
      h.set(this.hashes);
      this.hashes = h;
    }
    this.hashes[id] = hash;
    this.table[slot] = id + 1;
    if (this.words.length * 2 > this.table.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const size = this.table.length * 2;
    const table = new Int32Array(size);
    const mask = size - 1;
    for (let id = 0; id < this.words.length; id++) {
      let slot = this.hashes[id] & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = id + 1;
    }
    this.table = table;
    this.mask = mask;
  }
}

/** FNV-1a over the lowered units of `text[start, end)`, as `intern` expects. */
export function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let k = start; k < end; k++) h = Math.imul(h ^ lowerUnit(text.charCodeAt(k)), 16777619);
  return h;
}
