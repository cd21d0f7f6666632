// Hidden text in a Word document (Home › Font › Hidden: `<w:vanish/>` in a run's properties). Word shows
// none of it, and no one reading the document before sharing it sees it, yet mammoth reads it as text:
// a transcriber's hidden note ("this is Tyler Brennan, grade 10") reached the answers, unredacted. The
// runs so marked are taken out of the document's XML before mammoth reads it.
import type { PartRewrite } from './docx-parts.js';

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

/** Takes a part's hidden runs out, counting them. */
export const HIDDEN_TEXT: PartRewrite = {
  needs: 'vanish',
  rewrite: (xml, prefix) => {
    const { run, hidden: isHidden, formatChange } = patterns(prefix);
    let count = 0;
    const kept = xml.replace(run, (r) => {
      if (!isHidden.test(r.replace(formatChange, ''))) return r;
      count++;
      return '';
    });
    return { xml: kept, count };
  },
};
