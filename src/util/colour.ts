// Colour for the terminal only: off when NO_COLOR is set (chalk alone ignores it), when the stream is
// not a TTY, or when FORCE_COLOR=0; never in files.
import { Chalk, type ChalkInstance } from 'chalk';

/** Whether to colour output written to `stream`. */
export function wantsColour(stream: { isTTY?: boolean } = process.stderr, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR === '0') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return true;
  return Boolean(stream.isTTY);
}

/** A chalk instance that colours only when `wantsColour(stream)`. */
export function colourFor(stream: { isTTY?: boolean } = process.stderr, env: NodeJS.ProcessEnv = process.env): ChalkInstance {
  return new Chalk({ level: wantsColour(stream, env) ? 1 : 0 });
}
