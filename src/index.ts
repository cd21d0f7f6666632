// The library entry point: readCorpus(folder) and analyze(options) → Analysis. No console output and no
// process.exit here, so reflect can be used from other programs; the CLI adds the edges.
import { constants as fsConstants, promises as fs } from 'node:fs';
import path from 'node:path';
import { loadConfig, settingAt, CONFIG_FILE, type LoadedConfig } from './config.js';
import type { Analysis, Codebook, Corpus, Participant, ParticipantNoun, ReflectConfig, Table } from './model.js';
import { collectiveNoun, severalRolesGiving } from './analyses/roles.js';
import { listInputFiles } from './corpus/discover.js';
import { readFiles, rosterProblem, type FileRead } from './corpus/read-files.js';
import { buildCorpus } from './corpus/build-corpus.js';
import { ENCODING_EXAMPLES, knownEncoding } from './readers/encoding.js';
import { attributeKey } from './readers/columns.js';
import { gridAttributeLabels } from './readers/grid-labels.js';
import { loadCodebook } from './codebook/load.js';
import { compileCodebook } from './codebook/compile.js';
import { tagCorpus } from './analyses/setting.js';
import { summariseQuestions, summariseThemes } from './analyses/themes.js';
import { computeDemographics, groupStudents, STUDENT_ATTRIBUTES, type StudentGroups } from './analyses/demographics.js';
import { listOf } from './util/text.js';
import { breakdownAttributes, breakdownMembers, breakdownsFor, computeCrosstab, defaultBreakdownAttributes } from './analyses/crosstab.js';
import { findGroupDifferences } from './analyses/findings.js';
import { selectQuotes } from './analyses/quotes.js';
import { indexCodings, themeParticipation } from './analyses/participation.js';
import { otherLanguages, type OtherLanguage } from './analyses/language.js';
import { codingRecords, coderFromCodings, keepKnownResponses, parseCodingFile, rollUpThemes, themesAsIds } from './analyses/coding-files.js';
import { alignCodings, computeAgreement, type AgreementOptions } from './analyses/agreement.js';
import { bootstrapAgreement, type BootstrapSettings } from './analyses/bootstrap.js';
import { ConfigError, fileErrorText, InputError, UsageError, type ReflectError } from './util/errors.js';
import { suggest } from './util/suggest.js';
import { own } from './util/own.js';

export type { Analysis, Corpus } from './model.js';

/** Version of the analysis.json structure; bump the major part on breaking changes (see README). */
export const SCHEMA_VERSION = '1.12.0';

export interface ReadOptions {
  /** A config file (default: reflect.config.yml in the folder, if any). */
  config?: string;
  /** Folders to leave out of the input (the output folder). */
  exclude?: string[];
  /** A roster file (inside or outside the folder). */
  roster?: string;
  facilitators?: string[];
  /** More names to remove from every text (`--redact`), besides the config's `redact:`. */
  redact?: string[];
  encoding?: string;
  sheet?: string;
  /** The codebook file (`--codebook`), if any: never read as input where it is in the folder. */
  codebook?: string;
  /** Progress callback, one call per file. */
  onFile?: (done: number, total: number, file: string) => void;
  /** Who took part (`--participants`), over the config file's `participants:`; else see collectiveNoun. */
  participants?: ParticipantNoun;
}

export interface AnalyzeOptions extends ReadOptions {
  folder: string;
  title?: string;
  minCell?: number;
  by?: string[];
  expansions?: boolean;
  matcher?: 'lemma' | 'keyword';
  /** Code references to the respondent's setting (default true; needs a codebook with setting rules). */
  setting?: boolean;
  /** A human-coded file to measure the tagging against (reported in the method section). */
  compare?: string;
  /** With `compare`: add bootstrap confidence intervals to the agreement figures (`--ci`). */
  compareIntervals?: BootstrapSettings;
  /**
   * Called as each stage ends, when what only that stage needed is no longer referenced: the corpus is
   * read and the codebook compiled ('read'), the corpus is tagged ('tagged'), every analysis is done
   * ('analysed'). The CLI collects garbage there; a library caller may watch progress.
   */
  onStage?: (stage: AnalyzeStage) => void;
}

/** The stages of analyze() reported to `onStage`. */
export type AnalyzeStage = 'read' | 'tagged' | 'analysed';

/**
 * The error for an input folder (or file) that cannot be looked at: not found, a symbolic link whose
 * target is gone (a shortcut to a moved folder, which "not found" would deny is there), or a refusal in
 * words ("permission denied").
 */
export async function missingInput(folder: string, err: unknown): Promise<ReflectError> {
  const code = (err as NodeJS.ErrnoException).code;
  if (code !== 'ENOENT' && code !== 'ENOTDIR') return new InputError(`cannot read the input folder ${folder}: ${fileErrorText(err)}`);
  const target = await fs.readlink(path.resolve(folder)).catch(() => undefined);
  if (target !== undefined) return new UsageError(`input folder not found: ${folder} is a symbolic link to ${target}, which does not exist`);
  return new UsageError(`input folder not found: ${folder}`);
}

/**
 * Read every file under `folder` into a corpus, with the config it was read under. `folder` may also
 * name one file (a single survey export): it is read alone, with its folder's config file if any.
 */
export async function readCorpusWithConfig(
  folder: string,
  options: ReadOptions = {},
): Promise<{ corpus: Corpus; config: ReflectConfig; reads: FileRead[]; configFile: LoadedConfig }> {
  let root = path.resolve(folder);
  let stat;
  try {
    stat = await fs.stat(root);
  } catch (err) {
    throw await missingInput(folder, err);
  }
  let single: string | undefined;
  if (stat.isFile()) {
    single = path.basename(root);
    root = path.dirname(root);
  } else if (!stat.isDirectory()) {
    throw new UsageError(`not a folder or a file: ${folder}`);
  } else {
    // Said as what it is, before its config file is looked for (that would fail as an unreadable config).
    await fs.access(root, fsConstants.R_OK | fsConstants.X_OK).catch((err: NodeJS.ErrnoException) => {
      throw new InputError(`cannot read the input folder ${folder}: ${fileErrorText(err)}`);
    });
  }
  const configFile = await loadConfig(root, options.config);
  const { config, path: configPath } = configFile;
  const files = single
    ? [{ id: single, absolute: path.join(root, single), size: stat.size }]
    : await listInputFiles(root, options.exclude ?? [], config.ignore ?? []);
  const rosterPath = options.roster ?? (config.roster ? path.resolve(root, config.roster) : undefined);
  let rosterId: string | undefined;
  if (rosterPath) {
    const absolute = path.resolve(rosterPath);
    rosterId = rosterIdOf(absolute, root, options.roster !== undefined, files);
    if (!files.some((f) => f.id === rosterId)) {
      const rosterStat = await fs.stat(absolute).catch(() => undefined);
      if (!rosterStat?.isFile()) {
        const what = rosterStat ? 'is a folder, not a file' : 'not found';
        if (options.roster) throw new UsageError(`roster file ${what}: ${rosterPath}`);
        // Named at the line of the config file that sets it; the path there is relative to the input folder.
        const named = path.isAbsolute(config.roster!) ? config.roster! : `${path.join(folder, config.roster!)} (a roster path is relative to the input folder)`;
        throw new ConfigError(`roster file ${what}: ${named}`, settingAt(configFile, 'roster'));
      }
      files.push({ id: rosterId, absolute, size: rosterStat.size });
    }
  }
  if (files.length === 0) throw new UsageError(`input folder is empty: ${folder} (expected reflection sheets or transcripts)`);
  const notInputs = new Map<string, string>();
  if (configPath && path.dirname(configPath) === root) notInputs.set(path.basename(configPath), 'reflect configuration file');
  else if (files.some((f) => f.id === CONFIG_FILE)) notInputs.set(CONFIG_FILE, 'reflect configuration file (not used: --config names another)');
  // A CSV codebook kept beside the answers (`codebook: codebook.csv`) would read as a sheet, its
  // patterns as answers and its themes as students.
  const codebookFile = options.codebook !== undefined ? path.resolve(options.codebook) : config.codebook;
  if (codebookFile !== undefined) {
    const id = path.relative(root, codebookFile).split(path.sep).join('/');
    if (files.some((f) => f.id === id)) notInputs.set(id, `the codebook (${options.codebook !== undefined ? '--codebook' : `codebook: in ${configFile.name}`}); not an input`);
  }
  // A misspelt encoding fails every file alike: said once, before any file is read.
  if (options.encoding !== undefined && !knownEncoding(options.encoding)) {
    throw new UsageError(`unknown encoding '${options.encoding}' for --encoding; expected a name such as ${ENCODING_EXAMPLES}`);
  }
  if (options.encoding === undefined && config.encoding !== undefined && !knownEncoding(config.encoding)) {
    throw new ConfigError(`unknown encoding '${config.encoding}'; expected a name such as ${ENCODING_EXAMPLES}`, settingAt(configFile, 'encoding'));
  }
  const reads = await readFiles(files, { config, encoding: options.encoding, sheet: options.sheet, notInputs, onFile: options.onFile });
  // A roster named by the user that gives no roster is refused, as one not found is.
  const unusable = rosterId === undefined ? undefined : rosterProblem(rosterId, reads);
  if (unusable !== undefined) {
    if (options.roster !== undefined) throw new UsageError(`cannot use the roster ${rosterPath}: ${unusable}`);
    throw new ConfigError(`cannot use the roster ${config.roster}: ${unusable}`, settingAt(configFile, 'roster'));
  }
  // A single file's corpus is named after the file ("survey-2024.csv" → survey-2024), a folder's after the folder.
  const name = single ? single.replace(/\.[^.]+$/, '') || single : path.basename(root);
  const corpus = buildCorpus(name, reads, {
    config,
    facilitators: options.facilitators,
    redact: options.redact,
    roster: rosterId,
    participants: options.participants,
    warnings: unusedColumnSettings(configFile, reads),
  });
  return { corpus, config, reads, configFile };
}

/**
 * The id a roster is listed under in sources.csv, the report and analysis.json. Inside the input folder,
 * its path there, as any file of the folder. Outside it, the path from where the user named it:
 * `--roster` from the working folder (`forum/roster.csv`, where it was `../forum/roster.csv`, from an
 * input folder the user never named it from), `roster:` from the input folder, as the config file reads.
 * Where the two share less than two folders under the file system's root, that path would name the
 * machine's own (`../../home/alice/roster.csv`, or `home/alice/roster.csv` from `/`) and change with where
 * the input lies: the roster is shown as `…/roster.csv`. An id one of the folder's own files has (`--roster in2/r.csv` beside
 * `in/in2/r.csv`) is shown from the input folder instead (`../in2/r.csv`), which no file there can be.
 */
function rosterIdOf(absolute: string, root: string, flag: boolean, files: readonly { id: string }[]): string {
  const posix = (p: string): string => p.split(path.sep).join('/');
  const fromRoot = posix(path.relative(root, absolute));
  if (!fromRoot.startsWith('../') && !path.isAbsolute(fromRoot)) return fromRoot;
  const base = flag ? process.cwd() : root;
  const shown = sharedDepth(base, absolute) >= 2 ? posix(path.relative(base, absolute)) : `…/${path.basename(absolute)}`;
  return files.some((f) => f.id === shown) ? fromRoot : shown;
}

/** How many folders below the file system's root two absolute paths have in common (0 on different drives). */
function sharedDepth(a: string, b: string): number {
  const { root } = path.parse(a);
  if (root !== path.parse(b).root) return 0;
  const pa = a.slice(root.length).split(path.sep).filter(Boolean);
  const pb = b.slice(root.length).split(path.sep).filter(Boolean);
  let n = 0;
  while (n < pa.length && n < pb.length && pa[n] === pb[n]) n++;
  return n;
}

/**
 * A warning for each `columns:` entry of the config file that no column of any sheet read has as its
 * header (or question): a header misspelt, or reworded in a later year's sheets, would otherwise leave
 * the column to be read as reflect infers it, with nothing to say so.
 */
function unusedColumnSettings(configFile: LoadedConfig, reads: FileRead[]): Corpus['warnings'] {
  const set = Object.keys(configFile.config.columns ?? {});
  if (set.length === 0) return [];
  const used = new Set<string>();
  const headers = new Set<string>();
  for (const read of reads) {
    const content = read.result?.content;
    if (content?.type !== 'table') continue;
    for (const c of content.columns) {
      if (c.configKey !== undefined) used.add(c.configKey);
      headers.add(c.header);
    }
  }
  return set
    .filter((key) => !used.has(key))
    .map((key) => ({
      file: configFile.name,
      ...(own(configFile.columnLines, key) !== undefined ? { line: own(configFile.columnLines, key) } : {}),
      // Quoted, so that a header naming a student is de-identified with the other warnings.
      message: `columns: no sheet has a column "${key}"${suggest(key, [...headers], '"')}; this setting was not used`,
    }));
}

/**
 * The codebook named on the command line (`explicit`), else in the config file, else the default one.
 * One named in the config file that is not there is reported at the line that names it.
 */
export async function loadCodebookFor(explicit: string | undefined, configFile: LoadedConfig): Promise<Codebook> {
  const file = explicit ?? configFile.config.codebook;
  if (explicit === undefined && file !== undefined && !(await fs.stat(file).then(() => true, () => false))) {
    throw new ConfigError(`codebook file not found: ${file}`, settingAt(configFile, 'codebook'));
  }
  return loadCodebook(file);
}

/** Read every file under `folder` into a corpus. */
export async function readCorpus(folder: string, options: ReadOptions = {}): Promise<Corpus> {
  return (await readCorpusWithConfig(folder, options)).corpus;
}

/** The tables of the files read (a survey's sheets, a roster), in the order read. */
function tablesOf(reads: readonly FileRead[]): Table[] {
  return reads.flatMap((r) => (r.status === 'read' && r.result?.content.type === 'table' ? [r.result.content] : []));
}

/** Read, tag and analyse a folder: the whole of `reflect analyze` without the writing. */
export async function analyze(options: AnalyzeOptions): Promise<Analysis> {
  // The grid rows' names are taken from the tables read at once, so that the tables' cells, every row of
  // a large survey, are not held until the report is written (+9 MB at the benchmark's peak).
  const { corpus, config, configFile, gridLabels } = await readCorpusWithConfig(options.folder, options).then(({ reads, ...read }) => ({
    ...read,
    gridLabels: gridAttributeLabels(tablesOf(reads)),
  }));
  // what the codebook's reader read past (a .qdc code's name taken twice) is the run's to warn about
  const { warnings: codebookWarnings, ...codebook } = await loadCodebookFor(options.codebook, configFile);
  if (codebookWarnings) corpus.warnings.push(...codebookWarnings);
  const matcher = options.matcher ?? 'lemma';
  const compiled = compileCodebook(codebook, { expansions: options.expansions ?? true, matcher, setting: options.setting ?? true });
  // As the compiler uses them: the keyword baseline, and a French or Spanish codebook, have no expansions, whatever was asked.
  const expansions = (options.expansions ?? true) && matcher === 'lemma' && compiled.options.language === undefined;
  options.onStage?.('read');
  const codings = tagCorpus(corpus, compiled);
  options.onStage?.('tagged');
  const minCell = options.minCell ?? config.minCell ?? 5;
  const themeList = codebook.themes.map((t) => ({ id: t.id, label: t.label }));
  const students = corpus.participants.filter((p) => p.role === 'student');
  const noun = participantNoun(corpus, config, options.participants);
  const known = [...new Set(students.flatMap((p) => Object.keys(p.attributes)))].sort();
  const by = asAttributeKeys(options.by ?? config.by ?? [], known);
  corpus.warnings.push(...unknownAttributes(by, known, options.by === undefined ? settingAt(configFile, 'by') : {}, noun));
  // `--by grade` in a forum of teachers and parents: a grade taught and a child's grade are not one attribute.
  for (const a of by.filter((a) => STUDENT_ATTRIBUTES.has(a))) {
    const roles = severalRolesGiving(students, a);
    if (roles) corpus.warnings.push({ message: `--by ${a}: no breakdown by ${a}, since ${listOf(roles.map((r) => `the ${r.plural}`))} gave one and it means something else for each (a teacher's grade is the grade they teach, a parent's their child's); --by role compares the roles` });
  }
  if (corpus.responses.length === 0) {
    corpus.warnings.push({ message: `no responses found: no file held free-text answers or ${noun.singular} turns (see sources.csv)` });
  }

  // Codings resolved to response and theme indices once, and theme participation once, for every analysis below.
  const themeIds = themeList.map((t) => t.id);
  const index = indexCodings(corpus.responses, codings, themeIds);
  const { responseOf } = index;
  const codebookLanguage = codebook.language ?? 'English';
  const languages = otherLanguages(untagged(corpus.responses, responseOf), codebookLanguage);
  for (const l of languages) corpus.warnings.push(languageWarning(l, codebookLanguage));
  const participation = themeParticipation(students, corpus.responses, codings, themeIds, index);

  const themes = summariseThemes(corpus, codebook, codings, index);
  const questions = summariseQuestions(corpus, codebook, codings, index);
  // The students grouped by each attribute once, for the breakdowns and the demographics alike.
  const grouped = groupStudents(students);
  const attributes = breakdownsWith(students, by, known, minCell, grouped);
  // The crosstab prints its groups' sizes too: both tables hide the same ones. Its groups, suppressed
  // together, are worked out once for the crosstab and the findings.
  const linked = breakdownAttributes(students, minCell, attributes, grouped);
  const demographics = computeDemographics(corpus.participants, { minCell, linked, grouped });
  const breakdowns = breakdownsFor(students, linked, minCell, grouped);
  const members = breakdownMembers(breakdowns, participation);
  const crosstab = computeCrosstab(students, corpus.responses, codings, themeIds, { minCell, participation, breakdowns, members });
  // A grid question's rows are named as the survey asked them, where their keys run question and row together.
  const attributeLabels = Object.fromEntries(Object.entries(gridLabels).filter(([key]) => known.includes(key)));
  const labelled = Object.keys(attributeLabels).length > 0;
  const findings = findGroupDifferences(students, corpus.responses, codings, themeList, { minCell, noun, crosstab, participation, index, breakdowns, members, ...(labelled ? { attributeLabels } : {}) });
  const parentOf = new Map(codebook.themes.map((t) => [t.id, t.parent]));
  const ranked = themes.map((t) => ({ id: t.themeId, label: t.label, parent: parentOf.get(t.themeId) })).filter((_, i) => themes[i].responses > 0);
  const quotes = selectQuotes(corpus, codings, ranked, { minCell, index, noun });
  for (const t of themes) t.quotes = quotes.themes[t.themeId] ?? [];
  for (const q of questions) q.quotes = quotes.questions[q.questionId] ?? [];

  const agreement = options.compare ? await compareWith(options.compare, corpus, codings, codebook, options.compareIntervals) : undefined;
  // The compared file's problems (themes not in the codebook, responses reflect did not read) are the user's to see.
  if (agreement) corpus.warnings.push(...agreement.warnings);
  options.onStage?.('analysed');

  return {
    schemaVersion: SCHEMA_VERSION,
    title: options.title ?? config.title ?? defaultTitle(corpus, noun),
    corpus,
    codebook,
    codings,
    themes,
    questions,
    focusGroupQuotes: quotes.focusGroups,
    demographics,
    crosstab,
    findings,
    settings: { minCell, by, matcher, expansions, settingReferences: compiled.options.setting === true, participants: noun },
    ...(labelled ? { attributeLabels } : {}),
    ...(languages.length > 0 ? { otherLanguages: languages.map(({ language, responses }) => ({ language, responses })) } : {}),
    warnings: corpus.warnings,
    ...(agreement ? { agreement } : {}),
  };
}

/** Agreement of reflect's codings with a human-coded file, the file as the reference. */
async function compareWith(file: string, corpus: Corpus, codings: Analysis['codings'], codebook: Analysis['codebook'], intervals?: BootstrapSettings) {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    throw new InputError(`cannot read the file to compare with: ${fileErrorText(err)}`, { file });
  }
  const read = corpus.responses.map((r) => r.id);
  // Ids reflect did not read (a file from an older run) are named, not counted as coded by the file alone.
  // Rolled up to parents, as reflect's own codings are.
  const human = keepKnownResponses(
    rollUpThemes(themesAsIds(parseCodingFile(await codingRecords(bytes, file), file, codebook.themes), codebook.themes), codebook.themes),
    new Set(read),
    'the responses reflect read',
  );
  if (human.layout === 'long') {
    // One row per response × theme: a response the file does not mention counts as coded with no theme.
    human.warnings.unshift({
      file: human.file,
      message:
        'lists codings only (one row per response and theme), so every response reflect read is taken as coded by it, those it does not mention with no theme; if the coder coded only some responses, give one row per response (a themes column, or Code 1, Code 2 … columns)',
    });
  }
  const tool = coderFromCodings('reflect', read, codings);
  const coders = [human, tool];
  const options: AgreementOptions = {
    reference: human.coder,
    themes: codebook.themes.map((t) => t.id),
    labels: Object.fromEntries(codebook.themes.map((t) => [t.id, t.label])),
  };
  const al = alignCodings(coders, options);
  const report = computeAgreement(coders, options, al);
  if (intervals) report.intervals = bootstrapAgreement(al, options, intervals);
  return report;
}

/** The responses no coding points at (`responseOf`: each coding's response index). */
function* untagged(responses: Corpus['responses'], responseOf: Int32Array): Generator<Corpus['responses'][number]> {
  const tagged = new Uint8Array(responses.length);
  for (const i of responseOf) if (i >= 0) tagged[i] = 1;
  for (let i = 0; i < responses.length; i++) if (tagged[i] === 0) yield responses[i]!;
}

function languageWarning(l: OtherLanguage, codebook: string): Corpus['warnings'][number] {
  const what = l.responses === 1 ? `a response (${l.first.locator}) seems` : `${l.responses} responses (the first: ${l.first.locator}) seem`;
  return {
    file: l.first.sourceId,
    ...(l.first.line !== undefined ? { line: l.first.line } : {}),
    message: `${what} to be in ${l.language}; the codebook's patterns are ${codebook}, so ${l.responses === 1 ? 'it carries' : 'they carry'} a theme only where the codebook has patterns in ${l.language}`,
  };
}

/**
 * A warning for each `--by` attribute no student has (a typo would otherwise drop a section silently),
 * at the config file's `by:` line when that is where it was set (`where` names it).
 */
function unknownAttributes(by: string[], known: string[], where: { file?: string; line?: number }, noun: ParticipantNoun): Corpus['warnings'] {
  const setting = where.file !== undefined ? 'by:' : '--by';
  return by
    .filter((attribute) => !known.includes(attribute))
    .map((attribute) => ({
      ...where,
      message: `${setting} ${attribute}: no ${noun.singular} has this attribute${suggest(attribute, known)}; known attributes: ${known.join(', ') || 'none'}`,
    }));
}

/**
 * `--by` attributes as their keys: one written as its column's header ("Gender", "School level") is the
 * key reflect made of that header (gender, school-level), or a transcript's front-matter key (source.…);
 * each once, in the order given. Any other is kept as written, for {@link unknownAttributes} to report.
 */
function asAttributeKeys(by: string[], known: string[]): string[] {
  const keys = by.map((attribute) => {
    if (known.includes(attribute)) return attribute;
    const key = attributeKey(attribute);
    return [key, `source.${key}`].find((k) => known.includes(k)) ?? attribute;
  });
  return [...new Set(keys)];
}

/**
 * The attributes to break down by: the default ones and any other `--by` names (one keyed `…-name`, of
 * more than 20 values, or of fewer than two groups of 5 students), whose section of the report is made of the crosstab's rows: left out of it,
 * a section by team name said of groups of 10 that no count could be shown without revealing a small
 * group. Undefined (the default breakdowns) when `--by` adds none.
 */
function breakdownsWith(students: Participant[], by: string[], known: string[], minCell: number, grouped: StudentGroups): string[] | undefined {
  const defaults = defaultBreakdownAttributes(students, minCell, grouped);
  const extra = by.filter((a) => known.includes(a) && !defaults.includes(a));
  return extra.length > 0 ? [...defaults, ...extra] : undefined;
}

/**
 * Who took part, as the report names them: `--participants` (`named`), else the config file's
 * `participants:`, else what a Role column says of the students counted (see collectiveNoun).
 */
export function participantNoun(corpus: Corpus, config: ReflectConfig, named?: ParticipantNoun): ParticipantNoun {
  return named ?? config.participants ?? collectiveNoun(corpus.participants.filter((p) => p.role === 'student'));
}

function defaultTitle(corpus: Corpus, noun: ParticipantNoun): string {
  const name = corpus.folder.replace(/[-_]+/g, ' ').trim();
  return `What ${noun.plural} said: ${name}`;
}
