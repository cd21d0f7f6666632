// `reflect codebook init` prints the default codebook (commented YAML) to start a custom one from;
// `reflect codebook check [--codebook FILE] [folder]` validates a codebook and, given a folder, lints it
// against the folder's responses; `reflect codebook try [--codebook FILE] [text…]` tags sentences typed
// on the command line (or one per line on stdin) and shows why, for trying a pattern out in seconds.
import { Option, type Command } from 'commander';
import { isCodebookFile, loadCodebook, readDefaultCodebookText } from '../codebook/load.js';
import { compileCodebook, lemmaForm } from '../codebook/compile.js';
import { tryCodebook, type TriedEvidence, type TriedText } from '../codebook/try.js';
import { anotherWordPatterns, formatFindings, formatLint, lintCodebook } from '../codebook/check.js';
import { tagCorpus } from '../analyses/setting.js';
import { loadCodebookFor, readCorpusWithConfig } from '../index.js';
import { loadConfig } from '../config.js';
import type { Codebook, Corpus, Evidence } from '../model.js';
import type { CompiledCodebook } from '../codebook/compile.js';
import { ConfigError, InputError, problemsOf, UsageError } from '../util/errors.js';
import { nothingRead } from './inspect.js';
import { stderrLogger } from '../util/log.js';
import { terminalText } from '../util/controls.js';
import { addTextOrJsonOptions, textOrJson, type TextOrJsonFlags } from './output-options.js';

/**
 * The error for `codebook check mine.yml`, a codebook given where the folder of responses goes: it was
 * read as a file of no responses and the built-in codebook checked, OK, against them.
 */
function codebookAsFolder(folder: string): UsageError {
  return new UsageError(`${folder} is a codebook, not a folder of responses: check it with \`reflect codebook check --codebook ${folder}\` (with a folder after it, to lint it against that folder's responses)`);
}

interface CheckFlags extends TextOrJsonFlags {
  codebook?: string;
  config?: string;
  expand: boolean;
}

/** One line per theme: id, label, parent, pattern counts. */
export function formatCodebookSummary(codebook: Codebook, compiled: CompiledCodebook, file: string): string {
  const lines = [`${file}: ${codebook.themes.length} ${codebook.themes.length === 1 ? 'theme' : 'themes'}, OK`];
  const language = languageLine(codebook);
  if (language !== undefined) lines.push(language);
  const width = Math.max(...codebook.themes.map((t) => t.id.length));
  for (const t of compiled.themes) {
    const own = t.theme.patterns.length;
    const added = t.patterns.length - own;
    const parts = [`${own} pattern${own === 1 ? '' : 's'}`];
    if (added > 0) parts.push(`+${added} expansion${added === 1 ? '' : 's'}`);
    if (t.theme.exclusions.length > 0) parts.push(`${t.theme.exclusions.length} exclusion${t.theme.exclusions.length === 1 ? '' : 's'}`);
    if (t.theme.parent) parts.push(`parent ${t.theme.parent}`);
    lines.push(`  ${t.theme.id.padEnd(width)}  ${t.theme.label} (${parts.join(', ')})`);
  }
  return lines.join('\n') + '\n';
}

/** `language` (and `languageInferred`) for --json, where the codebook says or is judged to be in one; nothing for English judged so. */
function languageOf(codebook: Codebook): { language?: string; languageInferred?: true } {
  return codebook.language === undefined ? {} : { language: codebook.language, ...(codebook.languageInferred ? { languageInferred: true as const } : {}) };
}

/**
 * The codebook's language, where it is declared or judged to be French or Spanish (an English codebook
 * judged so is said nothing of): `  language: French (judged from its words; …)`.
 */
function languageLine(codebook: Codebook): string | undefined {
  if (codebook.language === undefined) return undefined;
  const how = codebook.languageInferred
    ? `judged from its words; write "language: ${codebook.language.toLowerCase()}" at the codebook's top to say so`
    : 'declared';
  const matched = codebook.language === 'English' ? 'words matched by English lemma' : `words matched by ${codebook.language} stem, accents or none`;
  return `  language: ${codebook.language} (${how}); ${matched}`;
}

interface TryFlags extends TextOrJsonFlags {
  codebook?: string;
  expand: boolean;
  matcher: 'lemma' | 'keyword';
}

/** One piece of evidence as a reader checks it: the words, where, which pattern, and what qualifies it. */
function describeEvidence(e: TriedEvidence): string {
  const expansion = e.expansion ? `${e.expansion} expansion${e.expandedFrom ? ` of '${e.expandedFrom}'` : ''}` : undefined;
  // a parent's evidence rolled up from a sub-theme says which: the parent has no such pattern of its own
  const via = e.via ? `via sub-theme${e.via.length > 1 ? 's' : ''} ${e.via.join(' and ')}` : undefined;
  const notes = [via, expansion, e.negated ? 'negated' : undefined, e.hypothetical ? 'hypothetical' : undefined]
    .filter((n): n is string => n !== undefined);
  return `${quoted(e.text)} at ${e.start}–${e.end}, ${e.kind} '${e.pattern}'${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
}

/** A text in double quotes on one line: a line break inside it (a text given as one argument) shows as ↵, so
 *  the themes stay under their text, and any other control character (an escape sequence in text piped in,
 *  which a terminal would run) as an escape. Offsets count the text as given. */
function quoted(text: string): string {
  return `"${terminalText(text.replace(/\r?\n|\r/g, '↵'))}"`;
}

/** A further reason a match did not count: a negated mention in a theme that leaves those out. */
const NEGATED = 'negated, which count_negated: false does not count';

/** The reason a match held by a longer match of another theme did not count: the longest match wins. */
function insideLonger(l: { themeId: string; pattern: string }): string {
  return `inside the longer match '${l.pattern}' of ${l.themeId}`;
}

/** The plain-text report of `codebook try`: each text, then its themes and evidence, or "no theme". */
export function formatTried(results: readonly TriedText[]): string {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(quoted(r.text));
    if (r.themes.length === 0) lines.push('  no theme');
    const width = Math.max(0, ...[...r.themes, ...(r.uncounted ?? []), ...(r.cancelled ?? []), ...(r.hidden ?? []), ...(r.nearMisses ?? [])].map((t) => t.themeId.length));
    for (const t of r.themes) {
      const [first, ...rest] = t.evidence.map(describeEvidence);
      lines.push(`  ${t.themeId.padEnd(width)}  ${first ?? ''}`);
      for (const more of rest) lines.push(`  ${' '.repeat(width)}  ${more}`);
    }
    for (const t of r.uncounted ?? []) {
      lines.push(`  ${t.themeId.padEnd(width)}  not coded: every mention is negated (count_negated: false)`);
      for (const e of t.evidence) lines.push(`  ${' '.repeat(width)}  ${describeEvidence(e)}`);
    }
    for (const t of r.cancelled ?? []) {
      const why = [t.exclusion !== undefined ? `inside exclusion '${t.exclusion}'` : `not_near ${t.notNear!.map((w) => `'${w}'`).join(', ')} in its sentence`];
      if (t.longer) why.push(insideLonger(t.longer));
      if (t.negated) why.push(NEGATED);
      lines.push(`  ${t.themeId.padEnd(width)}  not counted: ${describeEvidence(t.evidence)}, ${why.join('; and ')}`);
    }
    for (const t of r.hidden ?? []) {
      const why = [insideLonger(t.longer), ...(t.negated ? [NEGATED] : [])];
      lines.push(`  ${t.themeId.padEnd(width)}  not counted: ${describeEvidence(t.evidence)}, ${why.join('; and ')}`);
    }
    for (const n of r.nearMisses ?? []) {
      lines.push(`  ${n.themeId.padEnd(width)}  no match: "${n.word}" is no form of word '${n.pattern}' (words match by base form; the glob '${lemmaForm(n.pattern.toLowerCase())}*' would match both)`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Texts from the command line, or else one per non-blank line of stdin when it is not a terminal. */
async function textsToTry(args: string[]): Promise<string[]> {
  if (args.length > 0) return args;
  if (process.stdin.isTTY) throw new UsageError('give one or more texts to try, or pipe them in one per line');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const texts = Buffer.concat(chunks)
    .toString('utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (texts.length === 0) throw new UsageError('no texts to try: stdin was empty');
  return texts;
}

/** What the codebook's reader read past (a .qdc code's name taken twice), on stderr. */
function warnAbout(book: Codebook, quiet: boolean | undefined): void {
  if (book.warnings === undefined) return;
  const log = stderrLogger({ quiet });
  for (const w of book.warnings) log.warn(w);
}

/**
 * Say, on stderr, each file of the folder that failed and how many warnings reading the rest raised,
 * and throw where nothing could be read: a lint of no response said the codebook matched nothing, exit 0,
 * where the one file named could not be opened.
 */
function warnNotRead(corpus: Corpus, folder: string, quiet: boolean | undefined): void {
  const log = stderrLogger({ quiet });
  for (const s of corpus.sources) if (s.status === 'failed') log.warn({ file: s.id, message: `not read: ${s.reason}` });
  const nothing = nothingRead(corpus);
  if (nothing) throw new InputError(nothing.replace(' (each is listed with why)', `; \`reflect inspect ${folder}\` lists each with why`));
  const n = corpus.warnings.length;
  if (n > 0) log.warn({ message: `${n === 1 ? '1 warning' : `${n} warnings`} reading the files (rows skipped, lines not understood …); \`reflect inspect ${folder}\` lists them` });
}

/** Register `codebook init`, `codebook check` and `codebook try` on the program. */
export function registerCodebookCommand(program: Command): void {
  const codebook = program.command('codebook').description('start, check, lint and try out codebooks');

  codebook
    .command('init')
    .description('print the default codebook as commented YAML (reflect codebook init > codebook.yml)')
    .action(async () => {
      process.stdout.write(await readDefaultCodebookText());
    });

  const check = codebook
    .command('check')
    .description('validate a codebook; with a folder, lint it against the responses there')
    .argument('[folder]', 'a folder of responses to lint the codebook against')
    .option('--codebook <file>', 'codebook file (YAML, JSON, CSV, TSV, Excel .xlsx or REFI-QDA .qdc); default: the one the config file names, else the built-in one')
    .option('--config <file>', 'config file (default: reflect.config.yml in the folder); without a folder, the codebook it names is checked')
    .option('--no-expand', 'leave out synonym and embedding expansions');
  addTextOrJsonOptions(check, 'print the check (and with a folder the lint) as JSON; an invalid codebook as {"valid": false, "problems": […]}')
    .addHelpText('after', '\nExit codes: 0 a valid codebook (whatever the lint finds), 2 one that is not valid\n(every problem, with file and line).')
    .action(async (folder: string | undefined, flags: CheckFlags) => {
      const json = textOrJson(flags) === 'json';
      let file = flags.codebook;
      let corpus = null;
      let configFile;
      // a codebook given where the folder goes was read as a file of responses, and the built-in codebook checked
      if (folder !== undefined && flags.codebook === undefined && (await isCodebookFile(folder))) throw codebookAsFolder(folder);
      if (folder !== undefined) {
        const read = await readCorpusWithConfig(folder, { config: flags.config, codebook: flags.codebook });
        warnNotRead(read.corpus, folder, flags.quiet);
        file ??= read.config.codebook;
        corpus = read.corpus;
        configFile = read.configFile;
      } else if (flags.config !== undefined) {
        // Without a folder, the config file still names the codebook to check; passed over, the
        // built-in one was checked and said OK.
        configFile = await loadConfig(process.cwd(), flags.config);
        file ??= configFile.config.codebook;
      }
      const name = file ?? 'default codebook';
      let book;
      try {
        book = configFile !== undefined ? await loadCodebookFor(flags.codebook, configFile) : await loadCodebook(file);
      } catch (e) {
        // with --json, an invalid codebook is a result too: every problem, for a program to show
        if (!(json && e instanceof ConfigError)) throw e;
        const problems = problemsOf(e).map((p) => ({ file: p.file ?? null, line: p.line ?? null, message: p.message }));
        process.stdout.write(`${JSON.stringify({ codebook: name, valid: false, problems }, null, 2)}\n`);
        process.exitCode = e.exitCode;
        return;
      }
      warnAbout(book, flags.quiet);
      const compiled = compileCodebook(book, { expansions: flags.expand, matcher: 'lemma', setting: true });
      if (corpus === null) {
        // Without data, what the codebook's own words say: patterns read as another word.
        const findings = anotherWordPatterns(book);
        if (json) process.stdout.write(`${JSON.stringify({ codebook: name, themes: book.themes.length, valid: true, ...languageOf(book), findings }, null, 2)}\n`);
        else process.stdout.write(formatCodebookSummary(book, compiled, name) + (findings.length > 0 ? `\n${formatFindings(findings)}` : ''));
        return;
      }
      const codings = tagCorpus(corpus, compiled);
      const lint = lintCodebook(book, compiled, corpus.responses, codings);
      if (json) process.stdout.write(`${JSON.stringify({ codebook: name, valid: true, ...languageOf(book), ...lint }, null, 2)}\n`);
      else process.stdout.write(formatCodebookSummary(book, compiled, name) + '\n' + formatLint(lint, { builtIn: file === undefined }));
    });

  const tryTexts = codebook
    .command('try')
    .description('tag texts typed here (or piped in, one per line) and show each theme’s evidence, to try patterns out')
    .argument('[texts...]', 'texts to tag, each its own response')
    .option('--codebook <file>', 'codebook file (YAML, JSON, CSV, TSV, Excel .xlsx or REFI-QDA .qdc); default: the built-in one')
    .option('--no-expand', 'leave out synonym and embedding expansions')
    .addOption(new Option('--matcher <kind>', 'lemma, or keyword: a literal, case-insensitive baseline').choices(['lemma', 'keyword']).default('lemma'));
  addTextOrJsonOptions(tryTexts, 'print the results as JSON')
    .action(async (args: string[], flags: TryFlags) => {
      const json = textOrJson(flags) === 'json';
      const texts = await textsToTry(args);
      const book = await loadCodebook(flags.codebook);
      warnAbout(book, flags.quiet);
      const compiled = compileCodebook(book, { expansions: flags.expand, matcher: flags.matcher });
      const results = tryCodebook(texts, compiled);
      process.stdout.write(json ? `${JSON.stringify(results, null, 2)}\n` : formatTried(results));
    });
}
