import { describe, expect, it } from 'vitest';
import { StepTimer } from '../../src/util/timings.js';

describe('StepTimer', () => {
  it('names each step with the time since the one before, start-up first, and the total since the process began', () => {
    const clock = [250, 2080, 4590, 6610, 9650];
    const timer = new StepTimer(() => clock.shift()!);
    for (const step of ['read', 'tag', 'analyse', 'write']) timer.mark(step);
    expect(timer.line()).toBe('timings: start-up 0.25 s, read 1.83 s, tag 2.51 s, analyse 2.02 s, write 3.04 s; total 9.65 s');
  });
});
