// The XML parts of a Word document that hold the text mammoth reads (the document itself, its footnotes
// and endnotes), rewritten before mammoth reads them, where mammoth alone would read them wrong: hidden
// runs taken out (docx-hidden.ts), text boxes marked (docx-boxes.ts), fields' text kept (docx-fields.ts).
import JSZip from 'jszip';
import { MAIN_PART } from './office-missing-part.js';

// The parts that hold the text mammoth reads: the document's notes, and the document itself, named in
// the package's relationships (word/document.xml as Word names it; another name as other programs may).
const TEXT_PARTS = /^word\/(?:document|footnotes|endnotes)\.xml$/;
// The prefix bound to WordprocessingML (transitional or strict) in a part: `w` as Word, Google Docs and
// LibreOffice write it, another or none (a default namespace) as some programs that write documents do.
const WORDPROCESSINGML = /\sxmlns(?::([\w.-]+))?="(?:http:\/\/schemas\.openxmlformats\.org\/wordprocessingml\/2006\/main|http:\/\/purl\.oclc\.org\/ooxml\/wordprocessingml\/main)"/;

/** One rewrite of a part's XML. */
export interface PartRewrite {
  /** A word the part's XML must hold for the rewrite to change anything (`vanish`, `txbxContent`). */
  needs: string;
  /** The part's XML rewritten, given the prefix bound to WordprocessingML (`w:`, or '' for none), and how many things were changed. */
  rewrite: (xml: string, prefix: string) => { xml: string; count: number };
}

/**
 * A .docx with its text parts rewritten by each of `rewrites` in turn, and how many things each changed;
 * the same buffer when none changed anything.
 */
export async function rewriteTextParts(buffer: Buffer, rewrites: readonly PartRewrite[]): Promise<{ buffer: Buffer; counts: number[] }> {
  const zip = await JSZip.loadAsync(buffer);
  const counts = rewrites.map(() => 0);
  const rels = await zip.file('_rels/.rels')?.async('string');
  const main = rels === undefined ? undefined : MAIN_PART.exec(rels);
  const document = main?.[1] ?? main?.[2];
  for (const name of Object.keys(zip.files).filter((n) => TEXT_PARTS.test(n) || n === document).sort()) {
    const original = await zip.file(name)!.async('string');
    const bound = WORDPROCESSINGML.exec(original);
    if (!bound) continue;
    const prefix = bound[1] === undefined ? '' : `${bound[1]}:`;
    let xml = original;
    rewrites.forEach((r, i) => {
      if (!xml.includes(r.needs)) return;
      const done = r.rewrite(xml, prefix);
      xml = done.xml;
      counts[i] += done.count;
    });
    if (xml !== original) zip.file(name, xml);
  }
  return counts.every((n) => n === 0) ? { buffer, counts } : { buffer: await zip.generateAsync({ type: 'nodebuffer' }), counts };
}
