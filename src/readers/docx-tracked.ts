// Tracked changes in a Word document (Review › Track Changes): mammoth reads the text as if every change
// were accepted, deleted words left out and inserted ones kept. A transcriber's edits still under review
// may not be the transcript's final words, so they are counted, for a warning; the XML is not changed.
import type { PartRewrite } from './docx-parts.js';

/** Counts a part's tracked insertions and deletions (`<w:ins …>`, `<w:del …>`), changing nothing. */
export const TRACKED_CHANGES: PartRewrite = {
  needs: '<',
  rewrite: (xml, prefix) => {
    const change = new RegExp(`<${prefix}(?:ins|del)[\\s>]`, 'g');
    return { xml, count: xml.match(change)?.length ?? 0 };
  },
};
