// The error hierarchy: each kind of failure maps to one exit code (usage/config 2, unreadable input 3,
// internal 1), so the CLI can turn any thrown error into a one-line message and the right code.
import { own } from './own.js';

/** Base class of every error reflect throws on purpose. */
export class ReflectError extends Error {
  readonly exitCode: number = 1;
  /** File the problem is in, relative to the input folder where possible. */
  readonly file?: string;
  readonly line?: number;

  constructor(message: string, where: { file?: string; line?: number } = {}) {
    super(message);
    this.name = new.target.name;
    this.file = where.file;
    this.line = where.line;
  }

  /** `file:line: message`, or the message alone. */
  describe(): string {
    const at = this.file ? `${this.file}${this.line ? `:${this.line}` : ''}: ` : '';
    return `${at}${this.message}`;
  }
}

/** Bad command-line use: unknown option, missing argument, conflicting flags. Exit 2. */
export class UsageError extends ReflectError {
  override readonly exitCode = 2;
}

/** A bad codebook, config file or roster named by the user. Exit 2. */
export class ConfigError extends ReflectError {
  override readonly exitCode = 2;
}

/** At most this many of a file's problems are described; the rest are counted. */
const PROBLEMS_SHOWN = 25;

/**
 * Every problem found in one pass over a file the user wrote (a codebook with a typo on line 4 and a
 * broken regex on line 30), so that one run shows them all, in order of line. Exit 2, like ConfigError.
 */
export class ConfigErrors extends ConfigError {
  readonly problems: readonly ConfigError[];

  constructor(problems: readonly ConfigError[]) {
    super(`${problems.length} problems`, { file: problems[0]?.file });
    this.problems = problems;
  }

  /** One `file:line: message` line a problem, the first PROBLEMS_SHOWN of them, then how many more. */
  override describe(): string {
    const lines = this.problems.slice(0, PROBLEMS_SHOWN).map((p) => p.describe());
    const more = this.problems.length - PROBLEMS_SHOWN;
    if (more > 0) lines.push(`${this.file ? `${this.file}: ` : ''}and ${more} more problem${more === 1 ? '' : 's'}`);
    return lines.join('\n');
  }
}

/** The problems a ConfigError stands for: its own list, or itself. */
export function problemsOf(err: ConfigError): readonly ConfigError[] {
  return err instanceof ConfigErrors ? err.problems : [err];
}

/**
 * Collects the problems of one file as they are found, so reading can go on past the first; `check`
 * then throws them all: a ConfigError for one, ConfigErrors (in order of line) for several.
 */
export class ProblemList {
  readonly problems: ConfigError[] = [];

  constructor(readonly file: string) {}

  add(message: string, line?: number): void {
    this.problems.push(new ConfigError(message, { file: this.file, line }));
  }

  /** `read()`, or undefined with the ConfigError it threw kept as a problem, to read past it. */
  readPast<T>(read: () => T): T | undefined {
    try {
      return read();
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      this.problems.push(e);
      return undefined;
    }
  }

  /** Throw what was found, if anything. */
  check(): void {
    const error = this.error();
    if (error) throw error;
  }

  /** Add a problem that ends reading the file, and throw it with those found before it. */
  stop(message: string, line?: number): never {
    this.add(message, line);
    throw this.error()!;
  }

  /** What was found, as one error: the problem itself, or ConfigErrors in order of line. */
  private error(): ConfigError | undefined {
    if (this.problems.length <= 1) return this.problems[0];
    // lines in order, problems without a line (the file as a whole) last; the sort is stable
    return new ConfigErrors([...this.problems].sort((a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER)));
  }
}

// What the codes of the file system's refusals mean, in words a teacher reads: "unreadable: EACCES" said
// nothing to someone who is not a programmer. The code is kept beside them, for whoever helps.
const FILE_ERRORS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EBUSY: 'in use by another program',
  EIO: 'the disk could not read or write it',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'on a read-only disk',
  ELOOP: 'a loop of symbolic links',
  ENAMETOOLONG: 'its path is too long',
  ENOENT: 'not found',
  EISDIR: 'a folder, not a file',
  ENOTDIR: 'part of its path is a file, not a folder',
  EMFILE: 'too many files open',
  // Node reads a file whole, into one buffer of at most 2 GiB.
  ERR_FS_FILE_TOO_LARGE: 'larger than the 2 GB a file may be to be read; split it, or save only the columns of answers',
};

/** A file-system error as words and its code (`permission denied (EACCES)`), else its code or message. */
export function fileErrorText(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const words = code !== undefined ? own(FILE_ERRORS, code) : undefined;
  if (words !== undefined) return `${words} (${code})`;
  return code ?? (err instanceof Error ? err.message : String(err));
}

/** Input that cannot be read at all (missing or empty folder, unreadable file named on the command line). Exit 3. */
export class InputError extends ReflectError {
  override readonly exitCode = 3;
}
