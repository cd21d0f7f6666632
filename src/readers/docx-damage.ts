// What is damaged in a .docx that mammoth could not read, where its zip package opens: a part whose XML
// is not XML (a program that crashed while saving, a part overwritten) or ends partway through. Said
// apart from a zip cut short, since the fix differs: Word's repair can save the rest of the text.
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { MAIN_PART } from './office-missing-part.js';

/** A part of the package that is not well-formed XML, and how: `word/document.xml` "ends partway through …". */
export interface DamagedPart {
  part: string;
  /** Whether it is the part holding the document's text. */
  text: boolean;
  /** "is not XML", "ends partway through, …", "is not well-formed XML at line 2 (…)". */
  how: string;
}

/**
 * The first damaged XML part of a .docx whose zip opens (the document's text first, then the others by
 * name), or undefined where the zip does not open or every part is XML.
 */
export async function damagedPart(bytes: Uint8Array): Promise<DamagedPart | undefined> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return undefined;
  }
  try {
    const rels = await zip.file('_rels/.rels')?.async('string');
    const main = rels === undefined ? undefined : MAIN_PART.exec(rels);
    const document = main?.[1] ?? main?.[2] ?? 'word/document.xml';
    const parts = Object.keys(zip.files)
      .filter((n) => !zip.files[n]!.dir && /\.(?:xml|rels)$/i.test(n))
      .sort((a, b) => Number(b === document) - Number(a === document) || (a < b ? -1 : a > b ? 1 : 0));
    for (const part of parts) {
      const xml = await zip.file(part)!.async('string');
      const how = xmlDamage(xml);
      if (how !== undefined) return { part, text: part === document, how };
    }
  } catch {
    // A part whose compressed data is broken: the zip is damaged, as the caller already says.
    return undefined;
  }
  return undefined;
}

/** How a part's text fails to be XML, or undefined where it is well-formed. */
export function xmlDamage(xml: string): string | undefined {
  const start = xml.replace(/^\ufeff/, '').trimStart();
  if (!start.startsWith('<')) return 'is not XML';
  const parser = new SaxesParser({ position: true });
  let first: string | undefined;
  parser.on('error', (e) => {
    first ??= e.message;
  });
  try {
    parser.write(xml).close();
  } catch {
    // saxes throws where no error handler takes it; the handler above has the first.
  }
  if (first === undefined) return undefined;
  const m = /^(\d+):\d+: (.*?)\.?$/s.exec(first);
  // Cut short: the part's elements are still open at the end of its text.
  if (/unclosed tag|unexpected end/i.test(first)) return 'ends partway through, as a part cut short while saving does';
  return `is not well-formed XML at line ${m ? m[1] : '?'} (${m ? m[2] : first})`;
}
