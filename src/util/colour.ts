// Colour for the terminal only: off when NO_COLOR is set (chalk alone ignores it), when the stream is
// not a TTY or a dumb terminal, or when FORCE_COLOR=0 or false; never in files.
import { Chalk, type ChalkInstance } from 'chalk';

/** Whether to colour output written to `stream`. */
export function wantsColour(stream: { isTTY?: boolean } = process.stderr, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  // As chalk and Node read it: 0 and false turn colour off, any other value forces it on.
  if (env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return true;
  // TERM=dumb (Emacs' shell, some CI consoles) prints escape codes as they are.
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

/** A chalk instance that colours only when `wantsColour(stream)`. */
export function colourFor(stream: { isTTY?: boolean } = process.stderr, env: NodeJS.ProcessEnv = process.env): ChalkInstance {
  return new Chalk({ level: wantsColour(stream, env) ? 1 : 0 });
}
