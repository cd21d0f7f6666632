// `reflect codebook init` prints the default codebook (commented YAML) to start a custom one from;
// `reflect codebook check [--codebook FILE] [folder]` validates a codebook and, given a folder, lints it
// against the folder's responses.
import type { Command } from 'commander';
import { loadCodebook, readDefaultCodebookText } from '../codebook/load.js';
import { compileCodebook } from '../codebook/compile.js';
import { formatLint, lintCodebook } from '../codebook/check.js';
import { tagCorpus } from '../analyses/setting.js';
import { readCorpusWithConfig } from '../index.js';
import type { Codebook } from '../model.js';
import type { CompiledCodebook } from '../codebook/compile.js';

interface CheckFlags {
  codebook?: string;
  config?: string;
  expand: boolean;
  json?: boolean;
}

/** One line per theme: id, label, parent, pattern counts. */
export function formatCodebookSummary(codebook: Codebook, compiled: CompiledCodebook, file: string): string {
  const lines = [`${file}: ${codebook.themes.length} themes, OK`];
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

/** Register `codebook init` and `codebook check` on the program. */
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
    .option('--codebook <file>', 'codebook file (YAML, JSON, CSV or REFI-QDA .qdc); default: the built-in one')
    .option('--config <file>', 'config file (default: reflect.config.yml in the folder)')
    .option('--no-expand', 'leave out synonym and embedding expansions')
    .option('--json', 'print the lint as JSON')
    .action(async (folder: string | undefined, flags: CheckFlags) => {
      let file = flags.codebook;
      let corpus = null;
      if (folder !== undefined) {
        const read = await readCorpusWithConfig(folder, { config: flags.config });
        file ??= read.config.codebook;
        corpus = read.corpus;
      }
      const book = await loadCodebook(file);
      const compiled = compileCodebook(book, { expansions: flags.expand, matcher: 'lemma', setting: true });
      const name = file ?? 'default codebook';
      if (corpus === null) {
        process.stdout.write(flags.json ? `${JSON.stringify({ codebook: name, themes: book.themes.length, valid: true }, null, 2)}\n` : formatCodebookSummary(book, compiled, name));
        return;
      }
      const codings = tagCorpus(corpus, compiled);
      const lint = lintCodebook(book, compiled, corpus.responses, codings);
      if (flags.json) process.stdout.write(`${JSON.stringify({ codebook: name, valid: true, ...lint }, null, 2)}\n`);
      else process.stdout.write(formatCodebookSummary(book, compiled, name) + '\n' + formatLint(lint));
    });
}
