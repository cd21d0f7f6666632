// Escaping for text that users wrote (answers, file names, codebook labels, coders' theme ids) when a
// Markdown writer puts it into prose or a table: it must read as written and never become markup.
import { closeBidi } from '../util/bidi.js';
import { showControls } from '../util/controls.js';

/**
 * Escape text for Markdown prose: emphasis, code, HTML, links and images stay literal, control
 * characters show as escapes (see showControls), and a direction override it leaves open is closed (see
 * closeBidi), so it cannot reverse the sentence that follows.
 */
export function escapeMarkdown(text: string): string {
  // Every place the report puts such text is one line (a sentence, a heading, a quote, a cell): a line
  // break let a codebook description or a question header start a heading, a list, or a `~~~` fence that
  // swallowed the rest of the report.
  const line = text.replace(/[ \t]*(?:\r\n?|\n)\s*/g, ' ');
  // A file name's ESC would run in the terminal of whoever reads the report there (`cat report.md`).
  const escaped = showControls(line)
    .replace(/\\/g, '\\\\')
    // `~~x~~` strikes through on GitHub, and `$x$` is set as mathematics there.
    .replace(/([*_`~$])/g, '\\$1')
    // "&lt;" or "&#60;" typed by a student reads as written, not as the character it names.
    .replace(/&(?=#?[0-9A-Za-z]+;)/g, '&amp;')
    // Only a `<` that could open an HTML tag or autolink needs escaping; "p < 0.001" reads as written.
    .replace(/<(?=[A-Za-z/!?])/g, '&lt;')
    // A student's `[text](url)` or `![x](url)` would render as a link, or an image fetched from anywhere
    // as the report is read; `]\(` breaks both, and `[name]` (a redaction) stays as written.
    .replace(/\]\(/g, ']\\(')
    .replace(/^(\s*)>/, '$1\\>')
    // What would start a heading, list or rule where the text starts a paragraph. A number's dot is
    // escaped, not the number: only punctuation can be (`\1.` shows its backslash).
    .replace(/^(\s*)(#+|-+|\++)(?=\s|$)/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2');
  return closeBidi(escaped);
}

/** Escape text for a Markdown table cell: as prose, plus `|`. */
export function escapeCell(text: string): string {
  return escapeMarkdown(text).replace(/\|/g, '\\|');
}
