// `reflect agree --help` and `reflect codebook … --help` say what the README says of the same options,
// so a user reading either is told the same thing.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, reflect, tempDir } from './helpers.js';

const help = (...args: string[]): string => reflect([...args, '--help']).stdout.replace(/\s+/g, ' ');
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ');

describe('agree --help and the README', () => {
  it('names every layout of coding file the README lists', () => {
    const text = help('agree');
    for (const said of ['themes or codes', 'numbered Code 1, Code 2 … columns', 'theme_id or code', "marked 1, x, yes or ✓"]) expect(text).toContain(said);
  });

  it('says what a coder is named, what --disagreements never overwrites, and what --excel shapes, as the README does', () => {
    const text = help('agree');
    expect(text).toContain("--reference <name> score every other coder against this one: a coder's name (the file's name without its extension) or one of the files");
    expect(text).toContain('never one of the files read');
    expect(text).toContain('--excel the --format csv output and the --disagreements file for Excel: UTF-8 BOM and CRLF line ends');
    expect(text).toContain('--codebook <file> the codebook whose theme ids and labels the files use, and their order');
    expect(text).toContain('one row per response × theme');
  });

  it('says that --min-kappa and --min-alpha gate the means over themes, and the exit codes, in help and README alike', () => {
    const text = help('agree');
    expect(text).toContain('--min-kappa <x> exit with code 1 when the mean kappa over themes is below x');
    expect(text).toContain('--min-alpha <x> exit with code 1 when the mean alpha over themes is below x');
    expect(readme).toContain('| `agree` | `--min-kappa <x>`, `--min-alpha <x>` | exit 1 when the mean kappa (or alpha) over themes is below `x` |');
    expect(text).toContain('Exit codes: 0 done, 1 below --min-kappa or --min-alpha, 2 usage error, 3 a file cannot be read');
    expect(readme).toContain('`reflect agree` exits `1` when the mean kappa or alpha is below `--min-kappa` or `--min-alpha`, `2` on a usage error and `3` when a file cannot be read');
  });

  it("tells what the table's last two rows hold", () => {
    const text = help('agree');
    expect(text).toContain('(mean over themes)');
    expect(text).toContain('(pooled over themes)');
  });
});

describe('codebook --help and the README', () => {
  it('names try among what the codebook commands do', () => {
    expect(help('codebook')).toContain('start, check, lint and try out codebooks');
  });

  it('check: --json prints the check (and the lint, with a folder), an invalid codebook as its problems; --config names the codebook without a folder; exit codes', () => {
    const text = help('codebook', 'check');
    expect(text).toContain('--json print the check (and with a folder the lint) as JSON; an invalid codebook as {"valid": false, "problems": […]}');
    expect(text).toContain('--config <file> config file (default: reflect.config.yml in the folder); without a folder, the codebook it names is checked');
    expect(readme).toContain('| `codebook check` | `--config <file>` | the folder\'s config file, as for `analyze`; without a folder, the codebook it names is the one checked |');
    expect(text).toContain('Exit codes: 0 a valid codebook (whatever the lint finds), 2 one that is not valid (every problem, with file and line)');
  });
});

describe('agree --quiet', () => {
  const human = path.join(ROOT, 'fixtures/agreement/reference/human.csv');
  const tool = path.join(ROOT, 'fixtures/agreement/reference/reflect.csv');

  it('is in --help and the README, as analyze --quiet is', () => {
    expect(help('agree')).toContain('-q, --quiet print only warnings and errors on stderr (no notes); the output on stdout is unchanged');
    expect(readme).toContain('| `agree` | `-q, --quiet` | warnings and errors only on stderr, as for `analyze`');
  });

  it('leaves the notes out of stderr, keeping the output on stdout byte for byte', () => {
    for (const format of ['table', 'csv']) {
      const args = ['agree', human, tool, '--reference', 'human', '--format', format, '--ci', '--resamples', '100'];
      const loud = reflect(args);
      expect(loud.stderr).toContain('note: Precision, recall and F1 are against human as the reference.');
      for (const quiet of ['-q', '--quiet']) {
        const run = reflect([...args, quiet]);
        expect(run.code).toBe(0);
        expect(run.stderr).toBe('');
        expect(run.stdout).toBe(loud.stdout);
      }
    }
  });

  it('keeps warnings and errors', () => {
    // a coder's file naming responses the other does not: a warning; a gate not met: an error
    const dir = tempDir('reflect-agree-quiet-');
    const a = path.join(dir, 'ana.csv');
    const b = path.join(dir, 'ben.csv');
    writeFileSync(a, 'response_id,themes\nr1,stress\nr2,\nr3,funding\nr4,stress\n');
    writeFileSync(b, 'response_id,themes\nr1,stress\nr2,funding\nr3,funding\nr9,stress\n');
    const loud = reflect(['agree', a, b, '--min-kappa', '0.99']);
    const run = reflect(['agree', a, b, '--min-kappa', '0.99', '--quiet']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(loud.stdout);
    const kept = loud.stderr.split('\n').filter((l) => !l.startsWith('note:')).join('\n');
    expect(run.stderr).toBe(kept);
    expect(run.stderr).toMatch(/^warning: /m);
    expect(run.stderr).toMatch(/^error: mean kappa .* is below --min-kappa 0\.99$/m);
  });
});
