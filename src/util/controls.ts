// Control characters in text users named or wrote (a file name, a folder's, a codebook label) that a
// terminal would run rather than show: ESC starts a sequence that recolours, clears or retitles it (and in
// some terminals writes the clipboard), CR returns to the line's start to print over it.
import { closeBidi } from './bidi.js';

// C0 controls but tab and line feed, DEL, and the C1 controls (U+009B is an ESC [ of its own).
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** `text` with each control character but tab and line feed written as a visible escape: ESC as `\x1b`. */
export function showControls(text: string): string {
  return text.replace(CONTROLS, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/**
 * Text users named or wrote as a terminal (or a chart's label) should show it: no sequence it would run
 * (see showControls), no direction override left open to reverse what follows (see closeBidi).
 */
export function terminalText(text: string): string {
  return closeBidi(showControls(text));
}
