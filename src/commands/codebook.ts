// `reflect codebook init` prints the default codebook (commented YAML) to start a custom one from;
// `reflect codebook check [--codebook FILE] [folder]` validates a codebook and, given a folder, lints it
// against the folder's responses; `reflect codebook try [--codebook FILE] [text…]` tags sentences typed
// on the command line (or one per line on stdin) and shows why, for trying a pattern out in seconds.
import { Option, type Command } from 'commander';
import { loadCodebook, readDefaultCodebookText } from '../codebook/load.js';
import { compileCodebook, compileCountingNegated, lemmaForm } from '../codebook/compile.js';
import { words } from '../nlp/tokenize.js';
import { anotherWordPatterns, formatFindings, formatLint, lintCodebook } from '../codebook/check.js';
import { tagCorpus } from '../analyses/setting.js';
import { loadCodebookFor, readCorpusWithConfig } from '../index.js';
import { loadConfig } from '../config.js';
import type { Codebook, Evidence, Pattern } from '../model.js';
import type { CompiledCodebook } from '../codebook/compile.js';
import { tagText } from '../analyses/tagging.js';
import { ConfigError, problemsOf, UsageError } from '../util/errors.js';

interface CheckFlags {
  codebook?: string;
  config?: string;
  expand: boolean;
  json?: boolean;
}

/** One line per theme: id, label, parent, pattern counts. */
export function formatCodebookSummary(codebook: Codebook, compiled: CompiledCodebook, file: string): string {
  const lines = [`${file}: ${codebook.themes.length} ${codebook.themes.length === 1 ? 'theme' : 'themes'}, OK`];
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

interface TryFlags {
  codebook?: string;
  expand: boolean;
  matcher: 'lemma' | 'keyword';
  json?: boolean;
}

/** What `codebook try` found in one text: each theme with its evidence, in codebook order. */
export interface TriedText {
  text: string;
  themes: { themeId: string; label: string; evidence: Evidence[] }[];
  /**
   * Themes with `count_negated: false` whose every mention in the text was negated, so they do not
   * code it; present only when there are some, so that "no theme" is not taken for "no match".
   */
  uncounted?: { themeId: string; label: string; evidence: Evidence[] }[];
  /**
   * Matches of a theme's own patterns that its `exclude` phrases or `not_near` words cancelled, with the
   * exclusion that held the match or the context words found; present only when there are some, so a
   * match the codebook turned away is not taken for a pattern that did not match.
   */
  cancelled?: { themeId: string; label: string; evidence: Evidence; exclusion?: string; notNear?: string[] }[];
  /**
   * Words of the text that begin with a theme's word pattern but are no form of it (`stressful` for
   * `stress`: words match by base form), in no evidence; present only when there are some.
   */
  nearMisses?: { themeId: string; word: string; pattern: string }[];
}

/** A theme's own word patterns of four letters or more, lower-cased and with their keys, for near misses. */
function wordPatternsOf(compiled: CompiledCodebook): { themeId: string; value: string; prefix: string; key: string }[] {
  return compiled.codebook.themes.flatMap((t) =>
    t.patterns
      .filter((p) => p.kind === 'word' && [...p.value].length >= 4)
      .map((p) => ({ themeId: t.id, value: p.value, prefix: lemmaForm(p.value.toLowerCase()), key: compiled.matcher.patternKey(p.value) })),
  );
}

/** The near misses of `text` (see TriedText.nearMisses), each word once, in text order. */
function nearMissesIn(text: string, themes: TriedText['themes'], patterns: ReturnType<typeof wordPatternsOf>, compiled: CompiledCodebook): NonNullable<TriedText['nearMisses']> {
  const matched = new Set(themes.flatMap((t) => t.evidence.flatMap((e) => words(e.text))));
  const out: NonNullable<TriedText['nearMisses']> = [];
  for (const word of new Set(words(text))) {
    if (matched.has(word)) continue;
    const form = lemmaForm(word);
    for (const p of patterns) {
      if (form.length > p.prefix.length && form.startsWith(p.prefix) && compiled.matcher.patternKey(word) !== p.key) out.push({ themeId: p.themeId, word, pattern: p.value });
    }
  }
  return out;
}

/** What cancels matches in a codebook, compiled for `codebook try` to say so; undefined when nothing does. */
interface Cancelling {
  /** The codebook without exclusions and context words. */
  loose: CompiledCodebook;
  /** Per theme with exclusions: each exclusion as a theme of its own (id = its index), to find which held a match. */
  exclusions: Map<string, CompiledCodebook>;
  /** Per theme, its patterns with context words, by kind and value. */
  near: Map<string, Map<string, string[]>>;
}

function cancellingOf(compiled: CompiledCodebook): Cancelling | undefined {
  const book = compiled.codebook;
  if (compiled.options.matcher !== 'lemma') return undefined;
  if (book.themes.every((t) => t.exclusions.length === 0 && t.patterns.every((p) => !p.unlessNear?.length))) return undefined;
  const bare = (p: Pattern): Pattern => ({ kind: p.kind, value: p.value });
  const loose = compileCodebook({ ...book, themes: book.themes.map((t) => ({ ...t, exclusions: [], patterns: t.patterns.map(bare) })) }, { ...compiled.options, setting: false });
  const exclusions = new Map<string, CompiledCodebook>();
  const near = new Map<string, Map<string, string[]>>();
  const plain = { expansions: false, matcher: 'lemma' as const };
  for (const t of compiled.themes) {
    const id = t.theme.id;
    if (t.theme.exclusions.length > 0) {
      const themes = t.theme.exclusions.map((value, i) => ({ id: String(i), label: value, patterns: [{ kind: 'phrase' as const, value }], exclusions: [], countNegated: true }));
      exclusions.set(id, compileCodebook({ name: 'exclusions', themes }, plain));
    }
    const withNear = new Map(t.patterns.filter((p) => p.unlessNear?.length).map((p) => [`${p.kind} ${p.value}`, p.unlessNear!]));
    if (withNear.size > 0) near.set(id, withNear);
  }
  return { loose, exclusions, near };
}

/** The matches of `text` the codebook's exclusions and context words cancelled, and what cancelled each. */
function cancelledIn(text: string, coded: TriedText['themes'], compiled: CompiledCodebook, c: Cancelling): NonNullable<TriedText['cancelled']> {
  const out: NonNullable<TriedText['cancelled']> = [];
  const key = (e: Evidence): string => `${e.start} ${e.end} ${e.kind} ${e.pattern}`;
  const kept = new Map(coded.map((t) => [t.themeId, new Set(t.evidence.map(key))]));
  const own = new Map(compiled.themes.map((t) => [t.theme.id, { label: t.theme.label, patterns: new Set(t.patterns.map((p) => `${p.kind} ${p.value}`)) }]));
  for (const found of tagText(text, c.loose)) {
    const theme = own.get(found.themeId)!;
    for (const e of found.evidence) {
      // a sub-theme's match, rolled up, is told under the sub-theme
      if (!theme.patterns.has(`${e.kind} ${e.pattern}`) || kept.get(found.themeId)?.has(key(e))) continue;
      const one: NonNullable<TriedText['cancelled']>[number] = { themeId: found.themeId, label: theme.label, evidence: e };
      const exclusions = c.exclusions.get(found.themeId);
      const holding = exclusions && tagText(text, exclusions).find((x) => x.evidence.some((h) => h.start <= e.start && e.end <= h.end));
      if (holding) one.exclusion = exclusions.codebook.themes[Number(holding.themeId)]!.label;
      else {
        const words = c.near.get(found.themeId)?.get(`${e.kind} ${e.pattern}`);
        if (words === undefined) continue;
        const present = words.filter((w) => tagText(text, compileCodebook({ name: 'near', themes: [{ id: 'w', label: w, patterns: [{ kind: /\s/.test(w) ? 'phrase' : 'word', value: w }], exclusions: [], countNegated: true }] }, { expansions: false, matcher: 'lemma' })).length > 0);
        one.notNear = present.length > 0 ? present : words;
      }
      out.push(one);
    }
  }
  return out;
}

/** Tag each text with a compiled codebook (no setting: a typed sentence has no respondent). */
export function tryCodebook(texts: readonly string[], compiled: CompiledCodebook): TriedText[] {
  const book = compiled.codebook;
  const labels = new Map(book.themes.map((t) => [t.id, t.label]));
  const uncounting = new Set(book.themes.filter((t) => !t.countNegated).map((t) => t.id));
  // the same codebook counting every negated mention, to show what count_negated: false left out
  const counting = compileCountingNegated(compiled);
  const described = (c: { themeId: string; evidence: Evidence[] }) => ({ themeId: c.themeId, label: labels.get(c.themeId) ?? c.themeId, evidence: c.evidence });
  const cancelling = cancellingOf(compiled);
  const wordPatterns = compiled.options.matcher === 'lemma' ? wordPatternsOf(compiled) : [];
  return texts.map((text) => {
    const themes = tagText(text, compiled).map(described);
    const tried: TriedText = { text, themes };
    const near = nearMissesIn(text, themes, wordPatterns, compiled);
    if (near.length > 0) tried.nearMisses = near;
    if (cancelling) {
      const cancelled = cancelledIn(text, themes, compiled, cancelling);
      if (cancelled.length > 0) tried.cancelled = cancelled;
    }
    if (counting) {
      const coded = new Set(themes.map((t) => t.themeId));
      const uncounted = tagText(text, counting).filter((c) => uncounting.has(c.themeId) && !coded.has(c.themeId));
      if (uncounted.length > 0) tried.uncounted = uncounted.map(described);
    }
    return tried;
  });
}

/** One piece of evidence as a reader checks it: the words, where, which pattern, and what qualifies it. */
function describeEvidence(e: Evidence): string {
  const expansion = e.expansion ? `${e.expansion} expansion${e.expandedFrom ? ` of '${e.expandedFrom}'` : ''}` : undefined;
  const notes = [expansion, e.negated ? 'negated' : undefined, e.hypothetical ? 'hypothetical' : undefined]
    .filter((n): n is string => n !== undefined);
  return `${quoted(e.text)} at ${e.start}–${e.end}, ${e.kind} '${e.pattern}'${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
}

/** A text in double quotes on one line: a line break inside it (a text given as one argument) shows as ↵, so
 *  the themes stay under their text. Offsets count the text as given. */
function quoted(text: string): string {
  return `"${text.replace(/\r?\n|\r/g, '↵')}"`;
}

/** The plain-text report of `codebook try`: each text, then its themes and evidence, or "no theme". */
export function formatTried(results: readonly TriedText[]): string {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(quoted(r.text));
    if (r.themes.length === 0) lines.push('  no theme');
    const width = Math.max(0, ...[...r.themes, ...(r.uncounted ?? []), ...(r.cancelled ?? []), ...(r.nearMisses ?? [])].map((t) => t.themeId.length));
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
      const why = t.exclusion !== undefined ? `inside exclusion '${t.exclusion}'` : `not_near ${t.notNear!.map((w) => `'${w}'`).join(', ')} in the text`;
      lines.push(`  ${t.themeId.padEnd(width)}  not counted: ${describeEvidence(t.evidence)}, ${why}`);
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

/** Register `codebook init`, `codebook check` and `codebook try` on the program. */
export function registerCodebookCommand(program: Command): void {
  const codebook = program.command('codebook').description('start, check and lint codebooks');

  codebook
    .command('init')
    .description('print the default codebook as commented YAML (reflect codebook init > codebook.yml)')
    .action(async () => {
      process.stdout.write(await readDefaultCodebookText());
    });

  codebook
    .command('check')
    .description('validate a codebook; with a folder, lint it against the responses there')
    .argument('[folder]', 'a folder of responses to lint the codebook against')
    .option('--codebook <file>', 'codebook file (YAML, JSON, CSV, TSV, Excel .xlsx or REFI-QDA .qdc); default: the one the config file names, else the built-in one')
    .option('--config <file>', 'config file (default: reflect.config.yml in the folder)')
    .option('--no-expand', 'leave out synonym and embedding expansions')
    .option('--json', 'print the lint as JSON')
    .action(async (folder: string | undefined, flags: CheckFlags) => {
      let file = flags.codebook;
      let corpus = null;
      let configFile;
      if (folder !== undefined) {
        const read = await readCorpusWithConfig(folder, { config: flags.config, codebook: flags.codebook });
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
        if (!(flags.json && e instanceof ConfigError)) throw e;
        const problems = problemsOf(e).map((p) => ({ file: p.file ?? null, line: p.line ?? null, message: p.message }));
        process.stdout.write(`${JSON.stringify({ codebook: name, valid: false, problems }, null, 2)}\n`);
        process.exitCode = e.exitCode;
        return;
      }
      const compiled = compileCodebook(book, { expansions: flags.expand, matcher: 'lemma', setting: true });
      if (corpus === null) {
        // Without data, what the codebook's own words say: patterns read as another word.
        const findings = anotherWordPatterns(book);
        if (flags.json) process.stdout.write(`${JSON.stringify({ codebook: name, themes: book.themes.length, valid: true, findings }, null, 2)}\n`);
        else process.stdout.write(formatCodebookSummary(book, compiled, name) + (findings.length > 0 ? `\n${formatFindings(findings)}` : ''));
        return;
      }
      const codings = tagCorpus(corpus, compiled);
      const lint = lintCodebook(book, compiled, corpus.responses, codings);
      if (flags.json) process.stdout.write(`${JSON.stringify({ codebook: name, valid: true, ...lint }, null, 2)}\n`);
      else process.stdout.write(formatCodebookSummary(book, compiled, name) + '\n' + formatLint(lint));
    });

  codebook
    .command('try')
    .description('tag texts typed here (or piped in, one per line) and show each theme’s evidence, to try patterns out')
    .argument('[texts...]', 'texts to tag, each its own response')
    .option('--codebook <file>', 'codebook file (YAML, JSON, CSV, TSV, Excel .xlsx or REFI-QDA .qdc); default: the built-in one')
    .option('--no-expand', 'leave out synonym and embedding expansions')
    .addOption(new Option('--matcher <kind>', 'lemma, or keyword: a literal, case-insensitive baseline').choices(['lemma', 'keyword']).default('lemma'))
    .option('--json', 'print the results as JSON')
    .action(async (args: string[], flags: TryFlags) => {
      const texts = await textsToTry(args);
      const compiled = compileCodebook(await loadCodebook(flags.codebook), { expansions: flags.expand, matcher: flags.matcher });
      const results = tryCodebook(texts, compiled);
      process.stdout.write(flags.json ? `${JSON.stringify(results, null, 2)}\n` : formatTried(results));
    });
}
