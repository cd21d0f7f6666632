// The command line: commander wiring and error → exit code. No analysis logic lives here.
import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { registerAnalyzeCommand } from './commands/analyze.js';
import { registerInspectCommand } from './commands/inspect.js';
import { registerAgreeCommand } from './commands/agree.js';
import { registerCodebookCommand } from './commands/codebook.js';
import { fileErrorText, ReflectError, UsageError } from './util/errors.js';
import { colourFor } from './util/colour.js';
import { showControls } from './util/controls.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

const program = new Command()
  .name('reflect')
  .description('Turn student reflection sheets and focus-group transcripts into a themed, anonymised report.')
  .version(version)
  .option('--debug', 'show stack traces for internal errors')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

// A reader that stops early (`reflect … | head`) closes the pipe: stop there, quietly, as other
// command-line tools do, with the exit code the run has set so far. Any other failure to write the data
// (a full disk under `> report.md`) is one line, not a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') {
    process.stderr.write(`${colourFor(process.stderr).red('error:')} cannot write to stdout: ${fileErrorText(err)}\n`);
    process.exit(3);
  }
  process.exit(process.exitCode ?? 0);
});
// stderr closed early (`2>&1 | head`, a log reader gone) must not end a run whose data still goes somewhere.
process.stderr.on('error', () => undefined);

registerAnalyzeCommand(program);
registerInspectCommand(program);
registerAgreeCommand(program);
registerCodebookCommand(program);
for (const command of program.commands) command.exitOverride();

// An option given an empty value (`--out "$DIR"` with DIR unset) is refused: taken as not given, it
// quietly wrote no report, read the folder's own config file, or turned small-cell suppression off.
program.hook('preAction', (_program, action) => {
  for (const option of action.options) {
    const key = option.attributeName();
    if (action.getOptionValueSource(key) !== 'cli') continue;
    const value: unknown = action.getOptionValue(key);
    const values = Array.isArray(value) ? value : [value];
    if (values.some((v) => typeof v === 'string' && v.trim() === '')) {
      throw new UsageError(`${option.long ?? option.flags} needs a value; found an empty one`);
    }
  }
});

try {
  await program.parseAsync(process.argv);
} catch (err) {
  process.exitCode = exitCodeFor(err, program.opts().debug === true || process.argv.includes('--debug'));
}

/** Print `err` on stderr (a line a problem) and return the exit code it maps to. */
function exitCodeFor(err: unknown, debug: boolean): number {
  const c = colourFor(process.stderr);
  if (err instanceof CommanderError) {
    // Commander already printed its message (or the help/version text). Help asked for (`--help`, `reflect
    // help`) is a success; help shown because no command was given (`reflect`, `reflect codebook`) is a
    // usage error, on stderr, as a script that forgot its command must see.
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return 0;
    if (err.code === 'commander.help') return err.exitCode === 0 ? 0 : 2;
    return 2;
  }
  if (err instanceof ReflectError) {
    // one line a problem: a codebook with several problems lists them all
    for (const line of showControls(err.describe()).split('\n')) process.stderr.write(`${c.red('error:')} ${line}\n`);
    if (debug && err.stack) process.stderr.write(`${err.stack}\n`);
    return err.exitCode;
  }
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`${c.red('internal error:')} ${message}\n`);
  if (debug && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  else process.stderr.write('(run with --debug for details, and please report it)\n');
  return 1;
}
