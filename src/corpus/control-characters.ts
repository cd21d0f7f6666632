// Characters in an answer that are not text: a FileMaker or Access export's vertical tab for a line break
// within a field, a form feed from text copied out of a PDF, a stray NUL or escape from a broken export.
// They reach every output unseen, and the tools analysts open the CSVs with choke on them: R stops a
// field at a NUL, an .xlsx cannot hold them (pandas' to_excel fails), Excel shows boxes.

// C0 controls but tab, LF and CR, and DEL.
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;
const CONTROLS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;

/** Whether `text` holds a control character other than tab, LF and CR. */
export function hasControlCharacters(text: string): boolean {
  return CONTROL.test(text);
}

/**
 * `text` with a vertical tab or form feed as the line break it stands for, and every other control
 * character (but tab, LF and CR) removed. Those read as line breaks keep the text's length, so the
 * characters removed are the difference in length.
 */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROLS, (c) => (c === '\x0b' || c === '\x0c' ? '\n' : ''));
}

/** The control characters `text` holds that withoutControlCharacters removes, as `U+0000`, in order of first use. */
export function removedControlCharacters(text: string): string[] {
  const found: string[] = [];
  for (const c of text.match(CONTROLS) ?? []) {
    if (c === '\x0b' || c === '\x0c') continue;
    const name = `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    if (!found.includes(name)) found.push(name);
  }
  return found;
}
