// Escaping for text that users wrote (answers, file names, codebook labels, coders' theme ids) when a
// Markdown writer puts it into prose or a table: it must read as written and never become markup.

/** Escape text for Markdown prose: emphasis, code, HTML, links and images stay literal. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/([*_`])/g, '\\$1')
    // Only a `<` that could open an HTML tag or autolink needs escaping; "p < 0.001" reads as written.
    .replace(/<(?=[A-Za-z/!?])/g, '&lt;')
    // A student's `[text](url)` or `![x](url)` would render as a link, or an image fetched from anywhere
    // as the report is read; `]\(` breaks both, and `[name]` (a redaction) stays as written.
    .replace(/\]\(/g, ']\\(')
    .replace(/^(\s*)>/, '$1\\>')
    .replace(/^(\s*)([#+-]|\d+\.)(?=\s)/, '$1\\$2');
}

/** Escape text for a Markdown table cell: as prose, plus `|` and line breaks. */
export function escapeCell(text: string): string {
  return escapeMarkdown(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
