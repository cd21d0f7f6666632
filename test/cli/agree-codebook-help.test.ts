// `reflect agree --help` and `reflect codebook … --help` say what the README says of the same options,
// so a user reading either is told the same thing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, reflect } from './helpers.js';

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
