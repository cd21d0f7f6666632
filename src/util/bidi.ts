// Unicode bidirectional controls in text users wrote: an override or embedding left open (a right-to-left
// override, U+202E, typed or pasted into an answer or a codebook label) reverses everything after it to
// the end of the line or paragraph, so the counts a report or terminal prints after a label can be shown
// backwards. Closing what the text leaves open keeps its effect inside the text.

const PDF = '\u202C';
const PDI = '\u2069';

/**
 * `text` with a closing mark appended for each embedding, override or isolate it opens and does not
 * close (PDF for LRE, RLE, LRO and RLO; PDI for LRI, RLI and FSI), innermost first. Text that closes
 * what it opens, or has no such controls, is returned as it is.
 */
export function closeBidi(text: string): string {
  // Most text has none: one scan, no loop over the characters.
  if (!/[\u202A-\u202E\u2066-\u2069]/.test(text)) return text;
  const open: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x202a || c === 0x202b || c === 0x202d || c === 0x202e) open.push(PDF);
    else if (c >= 0x2066 && c <= 0x2068) open.push(PDI);
    // As UAX #9 reads them: a PDF closes an embedding only inside the innermost isolate; a PDI closes
    // its isolate and whatever is open inside it, and is ignored where no isolate is open.
    else if (c === 0x202c && open.at(-1) === PDF) open.pop();
    else if (c === 0x2069) {
      const isolate = open.lastIndexOf(PDI);
      if (isolate >= 0) open.length = isolate;
    }
  }
  return open.length === 0 ? text : text + open.reverse().join('');
}
