// A small seeded pseudo-random generator, so anything drawn at random (bootstrap resamples) is the same on every run.

/**
 * mulberry32: a 32-bit generator returning floats in [0, 1). Not for cryptography; chosen because it is
 * a few lines, fast, and passes the usual statistical test batteries well enough for resampling.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
