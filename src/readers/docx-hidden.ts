// Hidden text in a Word document (Home › Font › Hidden: `<w:vanish/>` in a run's properties). Word shows
// none of it, and no one reading the document before sharing it sees it, yet mammoth reads it as text:
// a transcriber's hidden note ("this is Tyler Brennan, grade 10") reached the answers, unredacted. The
// runs so marked are taken out of the document's XML before mammoth reads it.
import JSZip from 'jszip';

// The parts that hold the text mammoth reads.
const TEXT_PARTS = /^word\/(?:document|footnotes|endnotes)\.xml$/;
// One run: `<w:r>` or `<w:r …>` to its `</w:r>`, with no run inside (a text box's runs are runs of their
// own, inside a drawing). `<w:rPr>` is not `<w:r>`.
const RUN = /<w:r(?:\s[^>]*)?>(?:(?!<\/?w:r[\s>])[\s\S])*?<\/w:r>/g;
// Hidden in the run's own properties; `w:val="false"` (or 0, off) switches an inherited Hidden off.
const HIDDEN = /<w:rPr\b[^>]*>(?:(?!<\/w:rPr>)[\s\S])*?<w:vanish(?:\s+w:val="(?:true|1|on)")?\s*\/>/;

// A tracked change of a run's formatting keeps the run's old properties inside its own (`<w:rPrChange>`
// in `<w:rPr>`): Hidden there is what the run was before, not what Word shows now.
const FORMAT_CHANGE = /<w:rPrChange\b(?:[^>]*\/>|[\s\S]*?<\/w:rPrChange>)/g;

/** A .docx without its hidden runs, and how many there were; the same buffer when there are none. */
export async function withoutHiddenText(buffer: Buffer): Promise<{ buffer: Buffer; hidden: number }> {
  const zip = await JSZip.loadAsync(buffer);
  let hidden = 0;
  for (const name of Object.keys(zip.files).filter((n) => TEXT_PARTS.test(n)).sort()) {
    const xml = await zip.file(name)!.async('string');
    if (!xml.includes('w:vanish')) continue;
    const kept = xml.replace(RUN, (run) => {
      if (!HIDDEN.test(run.replace(FORMAT_CHANGE, ''))) return run;
      hidden++;
      return '';
    });
    if (kept !== xml) zip.file(name, kept);
  }
  return hidden === 0 ? { buffer, hidden } : { buffer: await zip.generateAsync({ type: 'nodebuffer' }), hidden };
}
