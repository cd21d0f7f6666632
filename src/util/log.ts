// Logging to stderr: progress and warnings never touch stdout, which carries data only.
import type { Warning } from '../model.js';
import { colourFor } from './colour.js';
import { showControls } from './controls.js';

/**
 * `file:line: message` (or `file: row N: message`) for a warning, for a terminal: a file name can hold
 * an escape sequence (see showControls).
 */
export function formatWarning(w: Warning): string {
  let at = '';
  if (w.file) {
    at = w.file;
    if (w.line !== undefined) at += `:${w.line}`;
    at += ': ';
    if (w.row !== undefined) at += `row ${w.row}: `;
  }
  return showControls(`${at}${w.message}`);
}

export interface Logger {
  info(message: string): void;
  warn(warning: Warning): void;
  error(message: string): void;
}

/** A logger writing to stderr; `quiet` silences info lines (warnings and errors still print). */
export function stderrLogger(options: { quiet?: boolean; stream?: NodeJS.WriteStream } = {}): Logger {
  const stream = options.stream ?? process.stderr;
  const c = colourFor(stream);
  return {
    info(message) {
      if (!options.quiet) stream.write(`${message}\n`);
    },
    warn(w) {
      stream.write(`${c.yellow('warning:')} ${formatWarning(w)}\n`);
    },
    error(message) {
      stream.write(`${c.red('error:')} ${message}\n`);
    },
  };
}

/** A logger that records everything, for tests and library use. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(m),
    warn: (w) => lines.push(`warning: ${formatWarning(w)}`),
    error: (m) => lines.push(`error: ${m}`),
  };
}
