// Text boxes in a Word document (Insert › Text Box: a callout, a sidebar, a transcriber's note beside
// the talk). mammoth reads a box's paragraphs after the paragraph it is anchored in, with nothing to
// tell them apart, so a note in a box ran on as the words of whoever spoke there. Each piece of a box's
// text is marked here, in the XML, so that docx-html.ts sets the box's paragraphs apart, as notes.
import type { PartRewrite } from './docx-parts.js';

/** The mark put before each piece of a text box's text (a private-use character no document's text holds). */
export const BOX_MARK = '\uE010';

/** Marks every piece of text inside a part's text boxes, counting the boxes. */
export const TEXT_BOXES: PartRewrite = {
  needs: 'txbxContent',
  rewrite: (xml, p) => {
    let count = 0;
    const box = new RegExp(`<${p}txbxContent\\b[\\s\\S]*?<\\/${p}txbxContent>`, 'g');
    const text = new RegExp(`<${p}t(?:\\s[^>]*)?>`, 'g');
    const marked = xml.replace(box, (content) => {
      count++;
      return content.replace(text, (open) => open + BOX_MARK);
    });
    return { xml: marked, count };
  },
};
