// Progress on a terminal: one status line on stderr, rewritten in place ("Reading files: 3/12",
// "Tagging responses…") and cleared at the end, so a long run shows it is alive and leaves nothing
// behind. Nothing at all when stderr is not a terminal (pipes, CI logs), on a dumb terminal, or with --quiet.

/** Where the status line goes: process.stderr, or a stand-in in tests. */
export interface StatusStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface Progress {
  /** "Reading files: 3/12". */
  files(done: number, total: number): void;
  /** A stage's name, shown with an ellipsis until the next one. */
  stage(text: string): void;
  /** Clear the line (safe to call more than once, and after an error). */
  end(): void;
}

// Carriage return, then erase to the end of the line: the next status replaces the last in place.
const REWRITE = '\r\u001b[K';

/** A status line on `stream`, or undefined when it is not a terminal, TERM is dumb, or `quiet` is set. */
export function terminalProgress(stream: StatusStream, quiet = false, env: NodeJS.ProcessEnv = process.env): Progress | undefined {
  // A dumb terminal cannot erase a line: each status would be left behind, with `^[[K` after it.
  if (quiet || !stream.isTTY || env.TERM === 'dumb') return undefined;
  let shown = false;
  const show = (text: string): void => {
    stream.write(`${REWRITE}${text}`);
    shown = true;
  };
  return {
    files: (done, total) => show(`Reading files: ${done}/${total}`),
    stage: (text) => show(`${text}…`),
    end: () => {
      if (shown) stream.write(REWRITE);
      shown = false;
    },
  };
}
