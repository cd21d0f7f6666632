// Types of generate.mjs (plain JavaScript, so the benchmark runs without a build) for the tests that share it.

/** mulberry32: a small seeded PRNG giving numbers in [0, 1). */
export function prng(seed: number): () => number;

/** One answer of 10–60 words. */
export function answer(rnd: () => number): string;

/** A deterministic survey CSV and its answers in order. */
export function generateSurvey(options: { sheets: number; questions: number; seed?: number }): { csv: string; answers: string[] };
