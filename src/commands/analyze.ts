// `reflect analyze <folder>`: read, tag, analyse, then write the report files (or one format to stdout).
import { constants as fsConstants, promises as fs, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { analyze, missingInput, type AnalyzeOptions, type AnalyzeStage } from '../index.js';
import type { Analysis, ParticipantNoun } from '../model.js';
import { once } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { CSV_TABLES, csvTableChunks, type CsvTable } from '../writers/csv.js';
import { jsonChunks } from '../writers/json.js';
import { writeMarkdownReport } from '../writers/markdown/index.js';
import { writeTerminalSummary } from '../writers/terminal.js';
import { writers } from '../writers/index.js';
import { spreadsheetLimitWarnings } from '../writers/spreadsheet-limits.js';
import { colourFor } from '../util/colour.js';
import { stderrLogger, type Logger } from '../util/log.js';
import { terminalProgress } from '../util/progress.js';
import { StepTimer } from '../util/timings.js';
import { ConfigError, fileErrorText, InputError, UsageError } from '../util/errors.js';
import { andMore } from '../util/text.js';
import { isHidden, isReportFolder, listInputFiles } from '../corpus/discover.js';
import { mayBeRead } from '../corpus/read-files.js';
import { CONFIG_FILE } from '../config.js';
import { bootstrapSettings } from './agree.js';
import { isCodebookFile } from '../codebook/load.js';
import { addReadOptions, collect } from './read-options.js';
import { nothingRead } from './inspect.js';
import { DEFAULT_RESAMPLES, MIN_RESAMPLES } from '../analyses/bootstrap.js';

interface AnalyzeFlags {
  out?: string;
  force?: boolean;
  format?: string;
  table: CsvTable;
  excel?: boolean;
  codebook?: string;
  config?: string;
  roster?: string;
  facilitator?: string[];
  redact?: string[];
  encoding?: string;
  sheet?: string;
  minCell?: number;
  by?: string[];
  title?: string;
  participants?: ParticipantNoun;
  expand: boolean;
  setting: boolean;
  matcher: 'lemma' | 'keyword';
  strict?: boolean;
  quiet?: boolean;
  timings?: boolean;
  compare?: string;
  ci?: boolean;
  resamples?: string;
}

/**
 * Records of a JSON list per chunk (see jsonChunks): chunks of some tens of KB, small enough to die
 * young (a string over 128 KB goes straight to V8's large-object space, freed only by a full collection).
 */
const JSON_BATCH = 100;
/** Bytes encoded before each write: few system calls, one buffer reused for the whole run. */
const WRITE_BUFFER = 1 << 20;
/** A chunk is encoded in pieces of at most this many UTF-16 units (3 bytes each at most, so one always fits). */
const PIECE = WRITE_BUFFER / 4;

/** What the status line shows once a stage of analyze() has ended (the last one is followed by warnings, then writing). */
const NEXT_STAGE: Record<AnalyzeStage, string | undefined> = { read: 'Tagging responses', tagged: 'Analysing', analysed: undefined };

/** The step of `--timings` a stage of analyze() ends. */
const STEP_OF_STAGE: Record<AnalyzeStage, string> = { read: 'read', tagged: 'tag', analysed: 'analyse' };

/** Warnings printed one by one before the rest are summarised (all are in analysis.json). */
const MAX_WARNINGS_SHOWN = 20;

/** Register `analyze` on the program. */
export function registerAnalyzeCommand(program: Command): void {
  const command = program
    .command('analyze')
    .description('read every reflection sheet and transcript in a folder, tag themes, and write the report')
    .argument('<folder>', 'folder of reflection sheets, transcripts and an optional roster (or one file)')
    .option('-o, --out <dir>', 'output folder (default: ./reflect-report)')
    .option('-f, --force', 'overwrite an earlier report in the output folder (never files of your own)')
    .addOption(new Option('--format <format>', 'write one format to stdout instead of a folder').choices(Object.keys(writers)))
    .addOption(new Option('--table <name>', 'with --format csv: which table').choices([...CSV_TABLES]).default('responses'))
    .option('--excel', 'CSV for Excel: UTF-8 BOM and CRLF line ends')
    .option('--codebook <file>', 'codebook file (YAML, JSON, CSV, TSV, Excel .xlsx or REFI-QDA .qdc); default: the one the config file names, else the built-in one');
  addReadOptions(command)
    .option('--min-cell <n>', 'hide counts below n in tables and quotes (default 5, or min-cell in the config file; 0 turns it off)', wholeNumber)
    .option('--by <attribute>', 'add a report section per group of this attribute (repeatable)', collect, undefined)
    .option('--title <text>', 'report title')
    .option('--no-expand', 'match only the codebook’s own patterns (no synonym or embedding expansion)')
    .option('--no-setting', 'do not code references to the respondent’s setting ("here", "the program") with the setting’s themes')
    .addOption(new Option('--matcher <kind>', 'lemma, or keyword: a literal, case-insensitive baseline').choices(['lemma', 'keyword']).default('lemma'))
    .option('--compare <file>', 'a human-coded file (response_id + themes) to measure the tagging against')
    .option('--ci', 'with --compare: 95% bootstrap confidence intervals for the agreement figures')
    .option('--resamples <n>', `with --ci: number of bootstrap resamples, at least ${MIN_RESAMPLES} (default ${DEFAULT_RESAMPLES})`)
    .option('--strict', 'exit with code 3 when any file failed or any warning was raised')
    .option('-q, --quiet', 'print only warnings and errors on stderr')
    .option('--timings', 'print how long each step took (start-up, read, tag, analyse, write) on stderr')
    .action(async (folder: string, flags: AnalyzeFlags, command: Command) => {
      // --table has a default, so only one typed on the command line can be out of place.
      if (command.getOptionValueSource('table') === 'cli' && flags.format !== 'csv') {
        throw new UsageError(`--table chooses the table --format csv prints; add --format csv (the output folder holds every table, as ${flags.table}.csv)`);
      }
      if (flags.excel && (flags.format === 'md' || flags.format === 'json')) {
        throw new UsageError(`--excel shapes CSV for Excel; --format ${flags.format} writes no CSV (leave out --format to write the folder, or use --format csv)`);
      }
      process.exitCode = await runAnalyze(folder, flags);
    });
}

async function runAnalyze(folder: string, flags: AnalyzeFlags): Promise<number> {
  const log = stderrLogger({ quiet: flags.quiet });
  const toStdout = flags.format !== undefined;
  const outDir = flags.out ?? (toStdout ? undefined : 'reflect-report');
  if (flags.ci && !flags.compare) throw new UsageError('--ci gives confidence intervals for the --compare figures; add --compare FILE');
  const ci = bootstrapSettings(flags);
  // A mistyped folder is said before the output folder is looked at: otherwise the report an earlier
  // run left in the working folder answers it with "already exists … use --force", which misleads.
  const missing = await fs.stat(folder).then(() => undefined, (err: unknown) => missingInput(folder, err));
  if (missing) throw missing;
  // A codebook given where the responses go: its definitions were read as a survey's answers.
  if (await isCodebookFile(folder, CODEBOOK_MAX_BYTES)) {
    throw new UsageError(`${folder} is a codebook, not a file of responses: give it with --codebook (reflect analyze <folder of responses> --codebook ${folder})`);
  }
  // So is a mistyped --codebook, --config, --roster or --compare, in the words the run would use for it.
  await missingFiles(flags);
  // And so is a folder with nothing to read, before "output folder exists … use --force" for the report
  // an earlier run left: --force would only have it fail again.
  if (outDir) await checkOutDir(outDir, Boolean(flags.force), folder).catch(async (err: unknown) => {
    throw (err instanceof UsageError && (await nothingToRead(folder, flags))) || err;
  });

  const status = terminalProgress(process.stderr, flags.quiet);
  const gc = collectGarbage();
  const timer = flags.timings ? new StepTimer() : undefined;
  const options: AnalyzeOptions = {
    folder,
    config: flags.config,
    exclude: outDir ? [path.resolve(outDir)] : [],
    roster: flags.roster,
    facilitators: flags.facilitator,
    redact: flags.redact,
    encoding: flags.encoding,
    sheet: flags.sheet,
    codebook: flags.codebook,
    title: flags.title,
    participants: flags.participants,
    minCell: flags.minCell,
    by: flags.by,
    expansions: flags.expand,
    setting: flags.setting,
    matcher: flags.matcher,
    compare: flags.compare,
    ...(ci ? { compareIntervals: ci } : {}),
    ...(status ? { onFile: (done: number, total: number) => status.files(done, total) } : {}),
    onStage: (stage: AnalyzeStage) => {
      // Not after analysing (see collectGarbage).
      if (stage !== 'analysed') gc?.();
      timer?.mark(STEP_OF_STAGE[stage]);
      const next = NEXT_STAGE[stage];
      if (next) status?.stage(next);
    },
  };
  let analysis;
  try {
    analysis = await analyze(options);
  } finally {
    // Cleared before any warning or error is printed, so it never shares their line.
    status?.end();
  }
  // Said before anything is written, and kept in analysis.json: the CSVs written hold more than Excel can.
  const tables = outDir ? CSV_TABLES : flags.format === 'csv' ? [flags.table] : [];
  analysis.warnings.push(...spreadsheetLimitWarnings(analysis, tables));
  reportProblems(analysis, log, outDir ? path.join(outDir, 'analysis.json') : flags.format === 'json' ? undefined : null);

  if (outDir) {
    status?.stage('Writing files');
    try {
      await writeOutputs(analysis, outDir, Boolean(flags.excel));
    } finally {
      status?.end();
    }
  }
  const failed = analysis.corpus.sources.some((s) => s.status === 'failed');
  // Input that could not be read at all is a failed run, whatever was written: a script or CI job must see
  // it. So is a folder of files reflect does not read (a .zip not unzipped, PDFs, empty files).
  const noneRead = !analysis.corpus.sources.some((s) => s.status === 'read');
  const code = noneRead || (flags.strict && (failed || analysis.warnings.length > 0)) ? 3 : 0;
  // Set before the data is written: a reader that closes the pipe early ends the run with this code (see cli.ts).
  process.exitCode = code;
  if (toStdout) {
    for (const chunk of writers[flags.format!](analysis, { table: flags.table, excel: Boolean(flags.excel) })) {
      if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
    }
    if (outDir) log.info(`Files written to ${path.join(outDir, path.sep)}`);
  } else if (!flags.quiet) {
    const columns = process.stdout.isTTY ? process.stdout.columns : undefined;
    process.stdout.write(writeTerminalSummary(analysis, { chalk: colourFor(process.stdout), outDir, columns }));
  }
  if (timer) {
    timer.mark('write');
    // asked for, so printed even with --quiet; on stderr, so stdout's data stays clean
    process.stderr.write(`${timer.line()}\n`);
  }
  // Exit 3 is said in words, as `inspect` says it: each file's warning alone left the reason to be guessed.
  if (noneRead) log.error(nothingRead(analysis.corpus)!);
  return code;
}

/**
 * The error for an input folder with no file reflect reads (empty, or only PDFs, archives, empty files),
 * as the run would say it; undefined where there is something to read, or a roster or config file from
 * elsewhere may give it something (the run then says what it finds).
 */
async function nothingToRead(folder: string, flags: AnalyzeFlags): Promise<UsageError | undefined> {
  if (flags.roster !== undefined || flags.config !== undefined) return undefined;
  if (!(await fs.stat(folder).then((s) => s.isDirectory(), () => false))) return undefined;
  // The output folder is not left out: one that is the input folder itself is refused for that.
  const files = await listInputFiles(folder).catch(() => undefined);
  if (!files || files.some((f) => f.id === CONFIG_FILE || (mayBeRead(f) && f.size > 0))) return undefined;
  if (files.length === 0) return new UsageError(`input folder is empty: ${folder} (expected reflection sheets or transcripts)`);
  const names = files.map((f) => f.id);
  return new UsageError(
    `no files to read in ${folder}: ${files.length === 1 ? 'its one file' : `its ${files.length} files`} (${andMore(names, 3)}) ${files.length === 1 ? 'is empty or of a type' : 'are empty or of types'} reflect does not read (it reads .csv, .tsv, .xlsx, .txt, .md, .docx, .vtt, .srt and .sbv); \`reflect inspect ${folder}\` says why each is skipped`,
  );
}

/** The files named on the command line that are not there, said before the output folder is looked at. */
async function missingFiles(flags: AnalyzeFlags): Promise<void> {
  const absent = async (file: string | undefined): Promise<boolean> =>
    file !== undefined && (await fs.stat(file).then(() => false, (err: unknown) => (err as NodeJS.ErrnoException).code === 'ENOENT'));
  if (await absent(flags.config)) throw new ConfigError('config file not found', { file: flags.config });
  if (await absent(flags.codebook)) throw new ConfigError('codebook file not found', { file: flags.codebook });
  if (await absent(flags.roster)) throw new UsageError(`roster file not found: ${flags.roster}`);
  if (await absent(flags.compare)) throw new InputError('cannot read the file to compare with: not found (ENOENT)', { file: flags.compare });
}

/**
 * Check the output folder before any work is done: one holding an earlier report is refused unless
 * --force; so are one that is the input folder itself (the report would be written among the files read,
 * and the folder would read as empty), a path through a file, the folder of the single input file being
 * analysed, and, even with --force, any folder holding files reflect did not write (hidden ones aside)
 * and no report of reflect's: a report file would replace a file of the same name, or, written beside
 * the user's files, make their folder read as an earlier report, every file in it skipped by later runs.
 */
async function checkOutDir(dir: string, force: boolean, input: string): Promise<void> {
  let listed: Dirent[];
  try {
    const stat = await fs.stat(dir);
    if (!stat.isDirectory()) throw new UsageError(`output path exists and is not a folder: ${dir}`);
    listed = await fs.readdir(dir, { withFileTypes: true });
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return checkCanMake(dir);
    if (code === 'ENOTDIR') throw new UsageError(`cannot make output folder ${dir}: part of that path is a file, not a folder`);
    throw new InputError(`cannot use output folder ${dir}: ${fileErrorText(err)}`);
  }
  // The folder is listed once, and read for an earlier report at most once.
  let report: Promise<boolean> | undefined;
  const isReport = (): Promise<boolean> => (report ??= isReportFolder(dir, listed));
  const out = await realPath(dir);
  const inputStat = await fs.stat(input).catch(() => undefined);
  if (inputStat?.isDirectory() && (await realPath(input)) === out) {
    throw new UsageError(`output folder ${dir} is the input folder; write the report somewhere else, such as ${path.join(dir, 'reflect-report')}`);
  }
  if (inputStat?.isDirectory() && isInside(out, await realPath(input))) {
    // The output folder is left out of the input: a folder of answers (`--out forum/2016`) would drop
    // them from the analysis without a word, and --force would write report files over the user's own
    // (a survey export saved as responses.csv). An earlier report's folder, or an empty one, is fine.
    const held = listed.filter((e) => !e.name.startsWith('.'));
    if (held.length > 0 && !(await isReport())) {
      const names = held.map((e) => e.name).sort();
      const shown = andMore(names, 3);
      throw new UsageError(
        `output folder ${dir} is inside the input folder and holds files that are not a report of reflect's (${shown}): they would be left out of the analysis${force ? ' and could be overwritten' : ''}; choose another --out, such as ${path.join(input, 'reflect-report')}`,
      );
    }
  }
  if (inputStat?.isFile()) {
    const real = await realPath(input);
    if (path.dirname(real) === out && OUTPUT_NAMES.includes(path.basename(real))) {
      throw new UsageError(`writing the report to ${dir} would replace the input file ${input} with reflect's ${path.basename(real)}; choose another --out`);
    }
    // The one file's folder is its input folder (its config file is read there): the report written among
    // the user's files would make the folder read as an earlier report, every file in it then skipped.
    if (path.dirname(real) === out) {
      throw new UsageError(`output folder ${dir} holds the input file ${input}; write the report somewhere else, such as ${path.join(dir, 'reflect-report')}`);
    }
  }
  if (listed.length === 0) return canWrite(dir);
  if (!(await isReport())) {
    // --force overwrites an earlier report's files, never a file of the user's that has a report file's
    // name (a survey export saved as responses.csv, notes in report.md) in a folder that holds no report.
    const taken = listed.map((e) => e.name).filter((name) => OUTPUT_NAMES.includes(name)).sort();
    if (taken.length > 0) {
      throw new UsageError(
        `output folder ${dir} holds ${andMore(taken, 3)}, which ${taken.length === 1 ? 'is' : 'are'} not part of a report of reflect's (no analysis.json of reflect's beside ${taken.length === 1 ? 'it' : 'them'}); --force overwrites only an earlier report's files: move ${taken.length === 1 ? 'it' : 'them'}, or choose another --out`,
      );
    }
    // Nor is a report written among the user's own files (`--out data --force`, data being their folder):
    // the folder would then hold report.md and analysis.json and read as an earlier report, so a later run
    // over a folder holding it would skip every file of theirs there, and the report would be mixed in
    // with files it is not. A .DS_Store or Thumbs.db alone leaves the folder empty to its user.
    const theirs = listed.filter((e) => !isHidden(e.name)).map((e) => (e.isDirectory() ? `${e.name}/` : e.name)).sort();
    if (theirs.length > 0) {
      throw new UsageError(
        `output folder ${dir} holds files that are not a report of reflect's (${andMore(theirs, 3)}); reflect writes its report only to a new or empty folder, or over an earlier report of its own, even with --force, so that yours are never mixed with it nor skipped by later runs as part of a report: choose another --out, such as ${path.join(dir, 'reflect-report')}`,
      );
    }
  }
  if (!force) {
    throw new UsageError(`output folder ${dir} already exists and is not empty; use --force to overwrite its report files, or --out to choose another`);
  }
  await canWrite(dir);
}

/**
 * Refuse, before the run, an output folder that could not be made: its nearest folder that exists may
 * not be written to (a read-only disk, a shared folder of someone else's). Found only at the end, after
 * reading and tagging every file, it cost the whole run.
 */
async function checkCanMake(dir: string): Promise<void> {
  const { nearest } = await pathFromExisting(dir);
  if (!nearest) return;
  if (!nearest.stat.isDirectory()) throw new UsageError(`cannot make output folder ${dir}: part of that path is a file, not a folder`);
  return canWrite(dir, nearest.at);
}

/**
 * The nearest folder of `dir`'s path that exists (`dir` itself or one above it), with its stat, and the
 * folders below it still to be made, outermost first; no `nearest` where not even the root could be read.
 */
async function pathFromExisting(dir: string): Promise<{ nearest?: { at: string; stat: Stats }; missing: string[] }> {
  const missing: string[] = [];
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    const stat = await fs.stat(at).catch(() => undefined);
    if (stat) return { nearest: { at, stat }, missing };
    if (path.dirname(at) === at) return { missing };
    missing.unshift(at);
  }
}

/** Throw where the folder `at` (the output folder, or the one it is to be made in) may not be written to. */
async function canWrite(dir: string, at: string = dir): Promise<void> {
  await fs.access(at, fsConstants.W_OK | fsConstants.X_OK).catch((err: unknown) => {
    throw new InputError(`cannot write to output folder ${dir}${at === dir ? '' : ` (in ${at})`}: ${fileErrorText(err)}`);
  });
}

/**
 * Make `dir` and the folders above it that are missing, one at a time. Node's own `mkdir(…, { recursive })`
 * loops for ever where a folder's parent exists yet making the folder says it does not (`--out
 * /proc/report`), and the run hung there after all its work.
 */
async function makeFolder(dir: string): Promise<void> {
  for (const at of (await pathFromExisting(dir)).missing) {
    await fs.mkdir(at).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'EEXIST') throw err;
    });
  }
}

/** Whether `inner` is a folder below `outer` (both absolute, links resolved). */
function isInside(inner: string, outer: string): boolean {
  const rel = path.relative(outer, inner);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** A path with its links resolved, or made absolute if it cannot be. */
function realPath(p: string): Promise<string> {
  return fs.realpath(p).catch(() => path.resolve(p));
}

/** The names of the files `reflect analyze` writes to its output folder. */
const OUTPUT_NAMES: readonly string[] = ['report.md', ...CSV_TABLES.map((t) => `${t}.csv`), 'analysis.json'];

/** Every output file of `reflect analyze`: its name and a producer of its text, in the order written. */
export function outputFiles(analysis: Analysis, excel: boolean): [string, () => Iterable<string>][] {
  return [
    ['report.md', () => [writeMarkdownReport(analysis)]],
    ...CSV_TABLES.map((t): [string, () => Iterable<string>] => [`${t}.csv`, () => csvTableChunks(analysis, t, { excel })]),
    ['analysis.json', () => jsonChunks(analysis, { batch: JSON_BATCH })],
  ];
}

async function writeOutputs(analysis: Analysis, dir: string, excel: boolean): Promise<void> {
  try {
    await makeFolder(dir);
    // One pair of buffers for every file: a pair per file would leave 2 MB of garbage each, outside the
    // heap, that lives on until a full collection (perhaps never in a run).
    const buffers = writeBuffers();
    for (const [name, produce] of outputFiles(analysis, excel)) await writeChunks(path.join(dir, name), produce(), buffers);
  } catch (err) {
    throw new InputError(`cannot write to ${dir}: ${fileErrorText(err)}`);
  }
}

/**
 * Write chunks to a file as they are produced, so memory stays flat. Each chunk is encoded as UTF-8
 * straight into one of two buffers; a full buffer is written while the next one fills, so the system
 * call overlaps the encoding. No string is joined or copied to gather small chunks, and no Buffer is
 * made per write. A lone surrogate becomes U+FFFD, as Node writes it.
 */
export async function writeChunks(file: string, chunks: Iterable<string>, buffers: [Buffer, Buffer] = writeBuffers()): Promise<void> {
  const handle = await fs.open(file, 'w');
  let writing: Promise<void> = Promise.resolve();
  try {
    let [buffer, spare] = buffers;
    let used = 0;
    const writeAll = async (bytes: Buffer, length: number): Promise<void> => {
      // A short write, rare on files, is completed.
      for (let offset = 0; offset < length; ) offset += (await handle.write(bytes, offset, length - offset)).bytesWritten;
    };
    const flush = async (): Promise<void> => {
      // The spare buffer is free once its write has finished.
      await writing;
      writing = writeAll(buffer, used);
      // Its error, if any, is thrown where it is awaited, not reported as unhandled meanwhile.
      writing.catch(() => undefined);
      [buffer, spare] = [spare, buffer];
      used = 0;
    };
    for (const chunk of chunks) {
      for (let from = 0; from < chunk.length; ) {
        if (WRITE_BUFFER - used < 3 * PIECE) await flush();
        let to = chunk.length;
        if (to - from > PIECE) {
          to = from + PIECE;
          // Never split a surrogate pair between pieces.
          const last = chunk.charCodeAt(to - 1);
          if (last >= 0xd800 && last <= 0xdbff) to--;
        }
        used += buffer.write(from === 0 && to === chunk.length ? chunk : chunk.slice(from, to), used, 'utf8');
        from = to;
      }
    }
    await flush();
    await writing;
  } finally {
    await writing.catch(() => undefined);
    await handle.close();
  }
}

/**
 * The two buffers writeChunks fills in turn. They may be passed to one writeChunks call after another,
 * never to two at once.
 */
export function writeBuffers(): [Buffer, Buffer] {
  return [Buffer.allocUnsafe(WRITE_BUFFER), Buffer.allocUnsafe(WRITE_BUFFER)];
}

/**
 * Print each failed file and the first warnings. `json` is where all of them can be read: the
 * analysis.json written, undefined for the JSON on stdout, or null when neither is written.
 */
function reportProblems(analysis: Analysis, log: Logger, json: string | null | undefined): void {
  // Where nothing was read, each skipped file is said too: the error that ends the run says each file is
  // listed with why, and a folder of only skipped files (a sheet with no free-text column) listed none.
  const noneRead = !analysis.corpus.sources.some((s) => s.status === 'read');
  for (const s of analysis.corpus.sources) {
    if (s.status === 'failed') log.warn({ file: s.id, message: `not read: ${s.reason}` });
    else if (noneRead && s.status === 'skipped') log.warn({ file: s.id, message: s.reason ? `skipped: ${s.reason}` : 'skipped' });
  }
  analysis.warnings.slice(0, MAX_WARNINGS_SHOWN).forEach((w) => log.warn(w));
  if (analysis.warnings.length > MAX_WARNINGS_SHOWN) {
    const where = json === null ? 'in the JSON of --format json (or analysis.json, with --out)' : json === undefined ? 'in the JSON printed' : `in ${json}`;
    log.warn({ message: `${analysis.warnings.length - MAX_WARNINGS_SHOWN} more warnings; all are listed ${where}` });
  }
}

/** Codebooks are small: a file of megabytes is a survey export, and is not read twice to find out. */
const CODEBOOK_MAX_BYTES = 5_000_000;

/**
 * A full garbage collection, called at the end of reading and of tagging. V8 collects the old
 * generation only when it has grown well past what was live at the last full collection, and a run may
 * end before it does: everything a stage leaves behind in the old generation (parsed records, the
 * lemmatizer's model as it is read, the tagger's scratch) stays, and the next stage takes new pages
 * rather than reuse its space, so the peak was live data plus every stage's garbage. A collection costs
 * some 0.1 to 0.3 s of CPU here, on a run of seconds. None is called after analysing: it freed some
 * 10 MB for as much CPU, and the run's peak is at the end of reading, not later. `gc` is exposed only to
 * new contexts, as test runners get it; if the flag cannot be set, nothing is collected.
 */
function collectGarbage(): (() => void) | undefined {
  let gc: (() => void) | undefined;
  try {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
  return typeof gc === 'function' ? () => gc!() : undefined;
}

function wholeNumber(value: string): number {
  // Digits only: Number('') is 0, which would turn suppression off, and Number reads '0x10' as 16 and
  // '1e3' as 1000, which no one means by a cell size.
  const n = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--min-cell expects a whole number ≥ 0; found '${value}'`);
  return n;
}
