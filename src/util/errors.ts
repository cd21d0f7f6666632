// The error hierarchy: each kind of failure maps to one exit code (usage/config 2, unreadable input 3,
// internal 1), so the CLI can turn any thrown error into a one-line message and the right code.

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

/** Input that cannot be read at all (missing or empty folder, unreadable file named on the command line). Exit 3. */
export class InputError extends ReflectError {
  override readonly exitCode = 3;
}
