// Simple fields in a Word document (`<w:fldSimple>`: a page number, a date, a mail merge's «First name»
// as Word saves it once merged). Word shows the field's result, the runs inside it; mammoth reads none of
// them, so a merged template's words were missing from the answers ("as page  of the handout says").
// The runs are taken out of the field, so mammoth reads them as any other text.
import type { PartRewrite } from './docx-parts.js';

/** Takes each simple field's runs out of the field, counting the fields. */
export const SIMPLE_FIELDS: PartRewrite = {
  needs: 'fldSimple',
  rewrite: (xml, p) => {
    let count = 0;
    const tag = new RegExp(`<\\/?${p}fldSimple\\b[^>]*>`, 'g');
    const unwrapped = xml.replace(tag, (t) => {
      if (!t.startsWith('</')) count++;
      return '';
    });
    return { xml: unwrapped, count };
  },
};
