// Hidden text in a Word document (Home › Font › Hidden: `<w:vanish/>` in a run's properties). Word shows
// none of it, and no one reading the document before sharing it sees it, yet mammoth reads it as text:
// a transcriber's hidden note ("this is Tyler Brennan, grade 10") reached the answers, unredacted. The
// runs so marked are taken out of the document's XML before mammoth reads it.
import JSZip from 'jszip';

// The parts that hold the text mammoth reads: the document's notes, and the document itself, named in
// the package's relationships (word/document.xml as Word names it; another name as other programs may).
const TEXT_PARTS = /^word\/(?:document|footnotes|endnotes)\.xml$/;
const MAIN_PART = /<Relationship\b[^>]*\bType="[^"]*\/officeDocument"[^>]*\bTarget="\/?([^"]+)"|<Relationship\b[^>]*\bTarget="\/?([^"]+)"[^>]*\bType="[^"]*\/officeDocument"/;
// The prefix bound to WordprocessingML (transitional or strict) in a part: `w` as Word, Google Docs and
// LibreOffice write it, another or none (a default namespace) as some programs that write documents do.
const WORDPROCESSINGML = /\sxmlns(?::([\w.-]+))?="(?:http:\/\/schemas\.openxmlformats\.org\/wordprocessingml\/2006\/main|http:\/\/purl\.oclc\.org\/ooxml\/wordprocessingml\/main)"/;

/** The regular expressions for runs, Hidden and tracked formatting changes, for the prefix `p` (`w:`, or '' for none). */
function patterns(p: string) {
  return {
    // One run: `<w:r>` or `<w:r …>` to its `</w:r>`, with no run inside (a text box's runs are runs of
    // their own, inside a drawing). `<w:rPr>` is not `<w:r>`.
    run: new RegExp(`<${p}r(?:\\s[^>]*)?>(?:(?!<\\/?${p}r[\\s>])[\\s\\S])*?<\\/${p}r>`, 'g'),
    // Hidden in the run's own properties; `w:val="false"` (or 0, off) switches an inherited Hidden off.
    hidden: new RegExp(`<${p}rPr\\b[^>]*>(?:(?!<\\/${p}rPr>)[\\s\\S])*?<${p}vanish(?:\\s+${p}val="(?:true|1|on)")?\\s*\\/>`),
    // A tracked change of a run's formatting keeps the run's old properties inside its own (`<w:rPrChange>`
    // in `<w:rPr>`): Hidden there is what the run was before, not what Word shows now.
    formatChange: new RegExp(`<${p}rPrChange\\b(?:[^>]*\\/>|[\\s\\S]*?<\\/${p}rPrChange>)`, 'g'),
  };
}

/** A .docx without its hidden runs, and how many there were; the same buffer when there are none. */
export async function withoutHiddenText(buffer: Buffer): Promise<{ buffer: Buffer; hidden: number }> {
  const zip = await JSZip.loadAsync(buffer);
  let hidden = 0;
  const rels = await zip.file('_rels/.rels')?.async('string');
  const main = rels === undefined ? undefined : MAIN_PART.exec(rels);
  const document = main?.[1] ?? main?.[2];
  for (const name of Object.keys(zip.files).filter((n) => TEXT_PARTS.test(n) || n === document).sort()) {
    const xml = await zip.file(name)!.async('string');
    if (!xml.includes('vanish')) continue;
    const bound = WORDPROCESSINGML.exec(xml);
    if (!bound) continue;
    const { run, hidden: isHidden, formatChange } = patterns(bound[1] === undefined ? '' : `${bound[1]}:`);
    const kept = xml.replace(run, (r) => {
      if (!isHidden.test(r.replace(formatChange, ''))) return r;
      hidden++;
      return '';
    });
    if (kept !== xml) zip.file(name, kept);
  }
  return hidden === 0 ? { buffer, hidden } : { buffer: await zip.generateAsync({ type: 'nodebuffer' }), hidden };
}
