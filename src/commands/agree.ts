// `reflect agree <files...>`: how far coders agree, theme by theme, from two or more coding files.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { alignCodings, computeAgreement, findDisagreements, type Alignment, type AgreementOptions } from '../analyses/agreement.js';
import { bootstrapAgreement, DEFAULT_RESAMPLES, MIN_RESAMPLES, type BootstrapSettings } from '../analyses/bootstrap.js';
import { codingRecords, coderNames, keepKnownResponses, parseCodingFile, parseUnitsFile, rollUpThemes, sameThemeSpellings, themesAsIds, unsharedResponses, type CodingRecord } from '../analyses/coding-files.js';
import { coderFromSegments, responseTexts, segmentsExport, type SegmentsExport } from '../analyses/segment-codings.js';
import type { ResponseText } from '../analyses/segments.js';
import type { AgreementReport, Codebook, CodedUnit, CoderCodings, Warning } from '../model.js';
import { formatCsv, type CsvValue } from '../writers/csv-table.js';
import { agreementWriters } from '../writers/agreement.js';
import { colourFor } from '../util/colour.js';
import { formatWarning } from '../util/log.js';
import { fileErrorText, InputError, ReflectError, UsageError } from '../util/errors.js';
import { own } from '../util/own.js';

/** The options of `reflect agree`, as commander gives them. */
export interface AgreeFlags {
  reference?: string;
  disagreements?: string;
  force?: boolean;
  minKappa?: number;
  minAlpha?: number;
  format?: string;
  codebook?: string;
  units?: string;
  excel?: boolean;
  /** Leave the notes out of stderr (warnings and errors still print), as `analyze --quiet` prints only warnings and errors. */
  quiet?: boolean;
  /** Add bootstrap confidence intervals. */
  ci?: boolean;
  /** Resamples for `--ci`, as typed or as a number. */
  resamples?: number | string;
}

/** Everything `runAgree` does to the outside world, so tests can run it in memory. */
export interface AgreeIO {
  readFile(file: string): Promise<Uint8Array>;
  /** Write a file; when `overwrite` is false, throw an error with code `EEXIST` if it exists (`EISDIR` for a folder). */
  writeFile(file: string, text: string, overwrite: boolean): Promise<void>;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** The terminal's width, where stdout is one. */
  stdoutColumns?: number;
  env: NodeJS.ProcessEnv;
  /** The codebook loader; by default `loadCodebook` from src/codebook/load.ts, imported when needed. */
  loadCodebook?: (file?: string) => Promise<Codebook>;
}

/** What a run of `reflect agree` printed and how it ended. */
export interface AgreeResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** The report, when one was computed. */
  report?: AgreementReport;
}

/** The real file system, stdout and stderr. */
export function nodeAgreeIO(): AgreeIO {
  return {
    readFile: (file) => fs.readFile(file),
    writeFile: async (file, text, overwrite) => {
      await fs.writeFile(file, text, { flag: overwrite ? 'w' : 'wx' }).catch(async (err: NodeJS.ErrnoException) => {
        // A folder "exists" to 'wx': said as what it is, as 'w' says it.
        if (err.code === 'EEXIST' && (await fs.stat(file).then((s) => s.isDirectory(), () => false))) err.code = 'EISDIR';
        throw err;
      });
    },
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    ...(process.stdout.isTTY ? { stdoutColumns: process.stdout.columns } : {}),
    env: process.env,
  };
}

/** Register `agree` on the program. */
export function registerAgreeCommand(program: Command): void {
  program
    .command('agree')
    .description('measure agreement between coders (percent agreement, kappa, alpha; precision/recall/F1 against a reference) from two or more coding files')
    .argument(
      '<files...>',
      "coding files (CSV, TSV or XLSX), each with a response_id column and themes or codes (one row per response), numbered Code 1, Code 2 … columns, theme_id or code (one row per coding), or one column per theme marked 1, x, yes or ✓; or a QDA tool's export of coded segments (MAXQDA, Taguette), matched to the responses by their text",
    )
    .option('--reference <name>', "score every other coder against this one: a coder's name (the file's name without its extension) or one of the files")
    .option('--disagreements <file>', 'write every response × theme the coders disagree on to this CSV (never one of the files read)')
    .option('-f, --force', 'overwrite the --disagreements file if it exists (never one of the files read)')
    .option('--min-kappa <x>', 'exit with code 1 when the mean kappa over themes is below x', parseThreshold)
    .option('--min-alpha <x>', 'exit with code 1 when the mean alpha over themes is below x', parseThreshold)
    .addOption(new Option('--format <format>', 'output format').choices(Object.keys(agreementWriters)).default('table'))
    .option('--codebook <file>', 'the codebook whose theme ids and labels the files use, and their order (default: the built-in codebook, when the files use its ids)')
    .option('--units <file>', "CSV with a response_id column listing the responses coded (needed when every file is long: one row per response × theme); with a text column (reflect's responses.csv), the texts coded segments are found in")
    .option('--excel', 'the --format csv output and the --disagreements file for Excel: UTF-8 BOM and CRLF line ends')
    .option('--ci', '95% bootstrap confidence intervals for the figures (resampling responses)')
    .option('--resamples <n>', `with --ci: number of bootstrap resamples, at least ${MIN_RESAMPLES} (default ${DEFAULT_RESAMPLES})`)
    .option('-q, --quiet', 'print only warnings and errors on stderr (no notes); the output on stdout is unchanged')
    .addHelpText(
      'after',
      [
        '',
        'The table, CSV and Markdown end in two rows: (mean over themes), with percent',
        'agreement, kappa, alpha and macro precision/recall/F1 averaged over the themes,',
        'and (pooled over themes), with the responses, codings and TP/FP/FN summed over',
        'the themes and the micro precision/recall/F1 they give. With the table and CSV,',
        'notes go to stderr (left out with --quiet).',
        '',
        'Exit codes: 0 done, 1 below --min-kappa or --min-alpha, 2 usage error, 3 a file',
        'cannot be read.',
      ].join('\n'),
    )
    .action(async (files: string[], flags: AgreeFlags) => {
      const result = await agree(files, flags, nodeAgreeIO());
      process.stdout.write(result.stdout);
      process.stderr.write(result.stderr);
      if (result.exitCode !== 0) process.exitCode = result.exitCode;
    });
}

/**
 * The bootstrap settings `--ci` and `--resamples` ask for, or undefined without `--ci`.
 *
 * @throws UsageError when `--resamples` is not a whole number ≥ 100, or is given without `--ci`
 */
export function bootstrapSettings(flags: { ci?: boolean; resamples?: number | string }): BootstrapSettings | undefined {
  if (flags.resamples !== undefined && !flags.ci) {
    throw new UsageError('--resamples sets the number of bootstrap resamples for --ci; add --ci to compute intervals');
  }
  if (!flags.ci) return undefined;
  if (flags.resamples === undefined) return { resamples: DEFAULT_RESAMPLES };
  const text = String(flags.resamples).trim();
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(n) || n < MIN_RESAMPLES) {
    throw new UsageError(`--resamples expects a whole number of at least ${MIN_RESAMPLES}; found '${flags.resamples}'`);
  }
  return { resamples: n };
}

function parseThreshold(value: string): number {
  const x = Number(value);
  if (value.trim() === '' || !Number.isFinite(x)) throw new InvalidArgumentError(`expected a number such as 0.7; found '${value}'`);
  return x;
}

/**
 * `reflect agree`, ending with a result instead of exiting: expected errors (ReflectError) become a
 * one-line `error:` on stderr and their exit code; anything else is an internal error and is thrown.
 */
export async function runAgree(files: string[], flags: AgreeFlags, io: AgreeIO = nodeAgreeIO()): Promise<AgreeResult> {
  try {
    return await agree(files, flags, io);
  } catch (err) {
    if (err instanceof ReflectError) return { stdout: '', stderr: err.describe().split('\n').map((line) => `error: ${line}\n`).join(''), exitCode: err.exitCode };
    throw err;
  }
}

/**
 * `reflect agree` proper: reads the files, computes the report, writes the disagreements file, and
 * returns what to print. Throws ReflectError for bad usage (exit 2) and unreadable files (exit 3).
 */
export async function agree(files: string[], flags: AgreeFlags, io: AgreeIO): Promise<AgreeResult> {
  const format = flags.format ?? 'table';
  const writer = agreementWriters[format];
  if (!writer) throw new UsageError(`--format must be one of ${Object.keys(agreementWriters).join(', ')}; found '${format}'`);
  if (files.length < 2) throw new UsageError(`agree needs two or more coding files; got ${files.length}`);
  // As `analyze` does: --excel with nothing it could shape is said, not passed over.
  if (flags.excel && format !== 'csv' && flags.disagreements === undefined) {
    throw new UsageError(`--excel shapes CSV for Excel; --format ${format} writes no CSV (use --format csv, or --disagreements FILE)`);
  }
  for (const [name, value] of [['--min-kappa', flags.minKappa], ['--min-alpha', flags.minAlpha]] as const) {
    if (value !== undefined && !Number.isFinite(value)) throw new UsageError(`${name} must be a number; found '${value}'`);
  }
  const ci = bootstrapSettings(flags);
  if (flags.disagreements !== undefined) await refuseInputAsOutput(flags.disagreements, files, flags);
  await refuseRepeatedFile(files);

  const names = coderNames(files);
  const tables: CodingRecord[][] = [];
  for (const file of files) tables.push(await readTable(file, io));
  const unitsTable = flags.units ? await readTable(flags.units, io) : undefined;
  const units = unitsTable ? parseUnitsFile(unitsTable, flags.units!) : undefined;
  // Loaded before the files are parsed: its labels tell a label with a comma from a list of themes.
  const loaded = await loadThemes(flags.codebook, io);
  const segmentNotes: string[] = [];
  const exports = tables.map((table) => segmentsExport(table, loaded.codebook?.themes));
  const texts = exports.some((e) => e !== undefined) ? responsesToMatch(tables, exports, files, unitsTable, flags.units) : undefined;
  const parsed = tables.map((table, i): CoderCodings => {
    const exp = exports[i];
    if (exp === undefined || texts === undefined) return { ...parseCodingFile(table, files[i]!, loaded.codebook?.themes), coder: names[i]! };
    const read = coderFromSegments(names[i]!, files[i]!, exp, texts);
    segmentNotes.push(read.note);
    return read.coder;
  });
  const codebook = themeOrder(flags.codebook, loaded, parsed);
  // Themes differing only in case or spacing between (or within) files, as hand-kept codes do, are one.
  const named = sameThemeSpellings(codebook.coders ?? parsed, codebook.themes);
  // Response ids no one else has, as from an older run, are named rather than quietly left out: with
  // --units, those not in it; without, those one file alone lists.
  const known = units ? new Set(units) : undefined;
  const coders = known ? named.map((c) => keepKnownResponses(c, known, `the responses of ${flags.units}`)) : named;
  const unshared = known ? [] : unsharedResponses(coders);
  const options: AgreementOptions = {
    ...(flags.reference !== undefined ? { reference: resolveReference(flags.reference, files, names) } : {}),
    ...(codebook.themes ? { themes: codebook.themes, labels: codebook.labels } : {}),
    ...(units ? { units } : {}),
  };
  // Aligned once, for the figures, their intervals and the disagreements.
  const al = alignCodings(coders, options);
  const report = computeAgreement(coders, options, al);
  report.warnings.unshift(...codebook.warnings);
  report.notes.unshift(...segmentNotes);
  report.warnings.push(...unshared);
  if (ci) report.intervals = bootstrapAgreement(al, options, ci);

  if (flags.disagreements) {
    const text = formatCsv(...disagreementsTable(al, coders, codebook.labels), { excel: flags.excel });
    try {
      await io.writeFile(flags.disagreements, text, flags.force === true);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // A folder is no file to write, with or without --force (which said only "EISDIR").
      if (code === 'EISDIR') {
        throw new UsageError(`--disagreements ${flags.disagreements} is a folder; name a file, such as ${path.join(flags.disagreements, 'disagreements.csv')}`);
      }
      if (code === 'EEXIST') throw new UsageError(`${flags.disagreements} exists; use --force to overwrite it`);
      const why = code === 'ENOENT' ? `its folder ${path.dirname(flags.disagreements)} does not exist` : fileErrorText(err);
      throw new InputError(`cannot write ${flags.disagreements}: ${why}`);
    }
  }

  const c = colourFor({ isTTY: io.stderrIsTTY }, io.env);
  const err: string[] = report.warnings.map((w: Warning) => `${c.yellow('warning:')} ${formatWarning(w)}`);
  // Markdown and JSON carry the notes themselves; for the table and CSV they go to stderr, unless --quiet
  // (which, as analyze's, keeps warnings and errors).
  if ((format === 'table' || format === 'csv') && !flags.quiet) {
    err.push(...[...report.notes, ...(report.intervals?.notes ?? [])].map((n) => `${c.dim('note:')} ${n}`));
  }
  let exitCode = 0;
  const gates = [
    ['--min-kappa', 'kappa', flags.minKappa, report.overall.meanKappa],
    ['--min-alpha', 'alpha', flags.minAlpha, report.overall.meanAlpha],
  ] as const;
  for (const [flag, what, min, value] of gates) {
    if (min === undefined) continue;
    if (value === null) {
      err.push(`${c.red('error:')} mean ${what} is undefined (no theme has a defined ${what}), so ${flag} ${min} is not met`);
      exitCode = 1;
    } else if (belowThreshold(value, min)) {
      err.push(`${c.red('error:')} mean ${what} ${shownBelow(value, min)} is below ${flag} ${min}`);
      exitCode = 1;
    }
  }
  const stdout = writer(report, { chalk: colourFor({ isTTY: io.stdoutIsTTY }, io.env), excel: flags.excel, ...(io.stdoutColumns !== undefined ? { columns: io.stdoutColumns } : {}) });
  return { stdout, stderr: err.length ? `${err.join('\n')}\n` : '', exitCode, report };
}

// A kappa or alpha is a ratio of counts computed in floating point, so one that is exactly the threshold
// by hand can land an ulp under it: two coders agreeing on 2 of 3 responses with margins 2/3 and 1/3 have
// κ = 2/5, computed as 0.39999999999999986, and `--min-kappa 0.4` failed with "0.400 is below 0.4".
// Differences this small are rounding, never a difference in the codings.
const THRESHOLD_TOLERANCE = 1e-12;

/** Whether a mean is below a `--min-kappa`/`--min-alpha` threshold, rounding error aside. */
export function belowThreshold(value: number, min: number): boolean {
  return value < min - THRESHOLD_TOLERANCE;
}

/**
 * A mean below its threshold, to 3 decimals, or as many more as it takes not to read as the threshold
 * or above it (0.3996 below 0.4 is shown 0.3996, not 0.400).
 */
function shownBelow(value: number, min: number): string {
  let digits = 3;
  while (digits < 12 && Number(value.toFixed(digits)) >= min) digits++;
  return value.toFixed(digits);
}

/**
 * The disagreements file: response, theme (and its label, where the codebook gives labels) and each
 * coder's value; then, where any coding file has them, the response's text and the evidence a coder gave
 * for the theme, so a disputed coding can be judged from this one file.
 */
export function disagreementsTable(al: Alignment, coders: readonly CoderCodings[], labels?: Record<string, string>): [string[], CsvValue[][]] {
  const units = new Map<string, CodedUnit[]>();
  for (const c of coders) for (const u of c.units) (units.get(u.responseId) ?? units.set(u.responseId, []).get(u.responseId)!).push(u);
  const disagreements = findDisagreements(al);
  const textOf = (id: string): string => units.get(id)?.find((u) => u.text !== undefined)?.text ?? '';
  const evidenceOf = (id: string, theme: string): string => own(units.get(id)?.find((u) => own(u.evidence, theme) !== undefined)?.evidence, theme) ?? '';
  const withText = disagreements.some((d) => textOf(d.responseId) !== '');
  const withEvidence = disagreements.some((d) => evidenceOf(d.responseId, d.themeId) !== '');
  const header = ['response_id', 'theme_id', ...(labels ? ['theme_label'] : []), ...al.coders, ...(withText ? ['text'] : []), ...(withEvidence ? ['evidence'] : [])];
  const rows = disagreements.map((d): CsvValue[] => [
    d.responseId,
    d.themeId,
    ...(labels ? [own(labels, d.themeId) ?? ''] : []),
    ...d.values,
    ...(withText ? [textOf(d.responseId)] : []),
    ...(withEvidence ? [evidenceOf(d.responseId, d.themeId)] : []),
  ]);
  return [header, rows];
}

/**
 * The disagreements file is written over whatever is there with --force, so it must not be one of the
 * files read: `--disagreements human.csv --force` would replace a coder's work with reflect's table.
 * Compared as files (see fileIdentity): a link to a coder's file is that file.
 *
 * @throws UsageError when `out` is a coding file, the --units file or the --codebook
 */
async function refuseInputAsOutput(out: string, files: readonly string[], flags: AgreeFlags): Promise<void> {
  const target = await fileIdentity(out);
  const inputs: [string, string][] = [
    ...files.map((f): [string, string] => [f, 'one of the coding files compared']),
    ...(flags.units !== undefined ? [[flags.units, 'the --units file'] as [string, string]] : []),
    ...(flags.codebook !== undefined ? [[flags.codebook, 'the --codebook file'] as [string, string]] : []),
  ];
  for (const [file, what] of inputs) {
    if ((await fileIdentity(file)) !== target) continue;
    const same = path.resolve(file) === path.resolve(out) ? what : `${what} (${file}, by another name)`;
    throw new UsageError(`--disagreements ${out} is ${same}; it is never overwritten, even with --force: name another file for the disagreements`);
  }
}

/**
 * What makes two paths one file: its device and inode where it exists, so that a symbolic or hard link
 * to a coder's file is that file (writing the disagreements through one replaced the coder's codings);
 * else the resolved path.
 */
async function fileIdentity(file: string): Promise<string> {
  try {
    const { dev, ino } = await fs.stat(file);
    return `${dev}:${ino}`;
  } catch {
    return path.resolve(file);
  }
}

/**
 * A file named twice (`coders/*.csv coders/alice.csv`, or `a.csv ./a.csv`, or a link to it) would be
 * compared with itself as two coders who agree on everything, lifting every mean; it got a name of its
 * own (`a#2`) and no word. Compared as files (see fileIdentity), not as spellings.
 *
 * @throws UsageError naming both spellings of the file
 */
async function refuseRepeatedFile(files: readonly string[]): Promise<void> {
  const first = new Map<string, string>();
  for (const file of files) {
    const key = await fileIdentity(file);
    const earlier = first.get(key);
    if (earlier !== undefined) {
      const both = earlier === file ? `${file} is named twice` : `${earlier} and ${file} are the same file`;
      throw new UsageError(`${both}: a coder compared with themself agrees on everything and lifts every figure; name each coder's file once`);
    }
    first.set(key, file);
  }
}

/**
 * The responses' texts the coded-segments exports among `tables` are matched against: the --units file's,
 * where it has a text column, else those of the first other file with response ids and texts (reflect's
 * responses.csv given among the coders).
 *
 * @throws InputError naming the first export and what to give, where no file has the texts
 */
function responsesToMatch(
  tables: readonly CodingRecord[][],
  exports: readonly (SegmentsExport | undefined)[],
  files: readonly string[],
  unitsTable: CodingRecord[] | undefined,
  unitsFile: string | undefined,
): ResponseText[] {
  const fromUnits = unitsTable ? responseTexts(unitsTable) : undefined;
  if (fromUnits) return fromUnits;
  for (let i = 0; i < tables.length; i++) {
    if (exports[i] !== undefined) continue;
    const texts = responseTexts(tables[i]!);
    if (texts) return texts;
  }
  const first = exports.findIndex((e) => e !== undefined);
  const units = unitsFile !== undefined ? `; ${unitsFile}, the --units file, has no text column` : '';
  throw new InputError(
    `a coded-segments export from a QDA tool (one row per coded segment), which names no response; its segments are matched to the responses by their text, ` +
      `and no file given has the responses' texts${units}: give reflect's responses.csv among the files or with --units (e.g. --units reflect-report/responses.csv)`,
    { file: files[first]!, line: tables[first]![0]?.line ?? 1 },
  );
}

/** Read one file named on the command line into rows (CSV, TSV or XLSX). */
async function readTable(file: string, io: AgreeIO): Promise<CodingRecord[]> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // In words, as every refusal is ("a loop of symbolic links (ELOOP)"), not Node's message with the absolute path.
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : fileErrorText(err);
    throw new InputError(`cannot read ${file}: ${why}`);
  }
  return codingRecords(bytes, file);
}

/** The coder `--reference` names: a coder name, or one of the files (compared as resolved paths). */
export function resolveReference(reference: string, files: string[], names: string[]): string {
  if (names.includes(reference)) return reference;
  const target = path.resolve(reference);
  const i = files.findIndex((f) => path.resolve(f) === target);
  if (i >= 0) return names[i]!;
  throw new UsageError(`--reference '${reference}' is neither a coder name nor one of the files; coders: ${names.join(', ')}`);
}

interface ThemeOrder {
  themes?: string[];
  labels?: Record<string, string>;
  /** With a codebook, the coders with its labels ("Mental health") written as its ids (see themesAsIds), rolled up to its parents. */
  coders?: CoderCodings[];
  warnings: Warning[];
}

/** The codebook `agree` reads theme ids and labels from, if any, with warnings about loading it. */
interface LoadedThemes {
  codebook?: Codebook;
  warnings: Warning[];
}

/**
 * The codebook of `--codebook`, or the built-in one without it. With `--codebook`, its errors stand
 * (exit 2); without it, a built-in codebook that cannot be loaded is none, and themes are sorted
 * alphabetically.
 */
async function loadThemes(file: string | undefined, io: AgreeIO): Promise<LoadedThemes> {
  let load = io.loadCodebook;
  if (!load) {
    try {
      // Imported only here: `agree` needs the codebook for ordering alone, and should still work (in
      // alphabetical order) if the codebook module cannot be loaded.
      const mod: { loadCodebook?: (file?: string) => unknown } = await import('../codebook/load.js');
      if (typeof mod.loadCodebook === 'function') {
        const fn = mod.loadCodebook;
        load = async (f) => asCodebook(await fn(f));
      }
    } catch {
      load = undefined;
    }
  }
  if (!load) {
    const warnings: Warning[] = file ? [{ file, message: 'codebooks cannot be loaded in this build; themes are sorted alphabetically' }] : [];
    return { warnings };
  }
  try {
    const codebook = await load(file);
    // what the codebook's reader read past (a .qdc code's name taken twice)
    return { codebook, warnings: codebook.warnings ?? [] };
  } catch (err) {
    if (file) throw err;
    return { warnings: [] };
  }
}

/**
 * Theme ids and labels from the codebook, and the coders with its labels read as its ids and their
 * codings rolled up to its parent themes. Without `--codebook` (`file`), the built-in codebook is used
 * only when the files share a theme id with it, since coders working to their own codebook would
 * otherwise get a warning for every id.
 */
function themeOrder(file: string | undefined, loaded: LoadedThemes, coders: CoderCodings[]): ThemeOrder {
  const { codebook } = loaded;
  if (!codebook) return { warnings: loaded.warnings };
  const ids = codebook.themes.map((t) => t.id);
  // Ids, or labels (in any case), as coders write them; then rolled up to parents as reflect's own
  // responses.csv is, so a coder need not write a parent theme beside its child.
  const named = coders.map((c) => rollUpThemes(themesAsIds(c, codebook.themes), codebook.themes));
  if (!file && !named.some((c) => c.units.some((u) => u.themes.some((t) => ids.includes(t))))) return { warnings: [] };
  return { themes: ids, labels: Object.fromEntries(codebook.themes.map((t) => [t.id, t.label])), coders: named, warnings: loaded.warnings };
}

/** The loader may return the codebook or `{ codebook, … }`; take the codebook either way. */
function asCodebook(value: unknown): Codebook {
  const v = value as { themes?: unknown; codebook?: Codebook };
  if (Array.isArray(v.themes)) return value as Codebook;
  if (v.codebook && Array.isArray(v.codebook.themes)) return v.codebook;
  throw new Error('loadCodebook returned no themes');
}
