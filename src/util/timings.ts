// How long each step of a run took, for `analyze --timings`: a mark as each step ends, then one line.

/** Seconds, to two places: `1.83 s`. */
const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/** Marks taken as a run goes; `line()` names each step with its time, and the total since the process began. */
export class StepTimer {
  private readonly steps: { name: string; ms: number }[] = [];
  private last: number;

  /** `now` is milliseconds since the process began (performance.now); the time before the timer is start-up. */
  constructor(private readonly now: () => number = () => performance.now()) {
    this.last = now();
    this.steps.push({ name: 'start-up', ms: this.last });
  }

  /** The step `name` ended now. */
  mark(name: string): void {
    const t = this.now();
    this.steps.push({ name, ms: t - this.last });
    this.last = t;
  }

  /** `timings: start-up 0.21 s, read 1.83 s, …; total 9.61 s`. */
  line(): string {
    return `timings: ${this.steps.map((s) => `${s.name} ${seconds(s.ms)}`).join(', ')}; total ${seconds(this.last)}`;
  }
}
