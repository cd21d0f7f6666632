// The command line at its edges: a pipe closed early, output folders that cannot be used, paths given in
// the ways people give them.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, SAMPLE, reflect, tempDir } from './helpers.js';

interface Closed {
  code: number | null;
  stderr: string;
  firstChunk: string;
}

/** Run `reflect …args`, read the first chunk of stdout, then close the pipe as `| head -1` does. */
function reflectClosedEarly(args: string[], input?: string): Promise<Closed> {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  let firstChunk = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  child.stdout!.once('data', (d: Buffer) => {
    firstChunk = d.toString('utf8');
    child.stdout!.destroy();
  });
  if (input !== undefined) child.stdin!.end(input);
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr, firstChunk })));
}

describe('a reader that closes the pipe early (reflect … | head)', () => {
  it('ends analyze --format json quietly, with exit code 0', async () => {
    const run = await reflectClosedEarly(['analyze', SAMPLE, '--format', 'json']);
    expect(run.firstChunk.startsWith('{')).toBe(true);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('keeps the --strict exit code of a run with warnings', async () => {
    const dir = tempDir();
    const rows = Array.from({ length: 5000 }, (_, i) => `S${i},More choice of projects and a flexible timetable number ${i}`);
    writeFileSync(path.join(dir, 'sheets.csv'), `id,What else could schools do?\n${rows.join('\n')}\nS9999,"never closed\n`);
    const run = await reflectClosedEarly(['analyze', dir, '--format', 'csv', '--strict']);
    expect(run.stderr).toContain('warning: sheets.csv:');
    expect(run.stderr).not.toContain('EPIPE');
    expect(run.code).toBe(3);
  });

  it('ends codebook try quietly, with no stack trace', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `I love the choice of hands-on projects, ${i}`).join('\n');
    const run = await reflectClosedEarly(['codebook', 'try'], lines);
    expect(run.firstChunk).toContain('"I love the choice of hands-on projects, 0"');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});

describe('a path holding an escape sequence', () => {
  it('is shown in an error, not run by the terminal', () => {
    const run = reflect(['analyze', path.join(tempDir(), 'no\u001b]0;pwned\u0007such')]);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain('\u001b');
    expect(run.stderr).toContain('no\\x1b]0;pwned\\x07such');
  });
});

describe('reflect analyze --out that cannot be used', () => {
  it('exits 2 with one line, not an internal error, when part of the path is a file', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'notes.txt'), 'mine\n');
    const run = reflect(['analyze', SAMPLE, '--out', 'notes.txt/report'], dir);
    expect(run.stderr).toBe('error: cannot make output folder notes.txt/report: part of that path is a file, not a folder\n');
    expect(run.code).toBe(2);
  });

  it('refuses the input folder itself, even with --force, saying so rather than "input folder is empty"', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'in'));
    writeFileSync(path.join(dir, 'in/sheets.csv'), 'id,What else could schools do?\nA1,More electives and a flexible timetable please\n');
    const run = reflect(['analyze', '.', '--out', '.', '--force'], path.join(dir, 'in'));
    expect(run.stderr).toBe('error: output folder . is the input folder; write the report somewhere else, such as reflect-report\n');
    expect(run.code).toBe(2);
    expect(reflect(['analyze', 'in', '--out', 'in/', '--force'], dir).stderr).toContain('is the input folder');
  });

  it('never replaces the one input file with a report file of the same name, even with --force', () => {
    const dir = tempDir();
    const survey = 'id,What else could schools do?\nA1,More electives and a flexible timetable please\n';
    writeFileSync(path.join(dir, 'responses.csv'), survey);
    const run = reflect(['analyze', 'responses.csv', '--out', '.', '--force'], dir);
    expect(run.stderr).toBe("error: writing the report to . would replace the input file responses.csv with reflect's responses.csv; choose another --out\n");
    expect(run.code).toBe(2);
    expect(readFileSync(path.join(dir, 'responses.csv'), 'utf8')).toBe(survey);
  });

  it("refuses the one input file's own folder, even with --force: the folder would then read as an earlier report", () => {
    const dir = tempDir();
    const survey = 'id,What else could schools do?\nA1,More electives and a flexible timetable please\n';
    writeFileSync(path.join(dir, 'survey.csv'), survey);
    writeFileSync(path.join(dir, 'transcript.txt'), 'Facilitator: What works?\nMaya: The flex block.\n');
    const run = reflect(['analyze', 'survey.csv', '--out', '.', '--force'], dir);
    expect(run.stderr).toBe('error: output folder . holds the input file survey.csv; write the report somewhere else, such as reflect-report\n');
    expect(run.code).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['survey.csv', 'transcript.txt']);
  });

  it("with --force, never overwrites a file of the user's that has a report file's name, in a folder holding no report", () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'notes'));
    writeFileSync(path.join(dir, 'notes/report.md'), 'my own notes\n');
    writeFileSync(path.join(dir, 'notes/responses.csv'), 'a,b\n1,2\n');
    const run = reflect(['analyze', SAMPLE, '--out', 'notes', '--force', '-q'], dir);
    expect(run.stderr).toBe(
      "error: output folder notes holds report.md, responses.csv, which are not part of a report of reflect's (no analysis.json of reflect's beside them); --force overwrites only an earlier report's files: move them, or choose another --out\n",
    );
    expect(run.code).toBe(2);
    expect(readFileSync(path.join(dir, 'notes/report.md'), 'utf8')).toBe('my own notes\n');
    // An earlier report is overwritten as before, and so is a folder holding nothing its user sees. A
    // folder of other files, whatever their names, is not written to: see the next test.
    expect(reflect(['analyze', SAMPLE, '--out', 'report', '-q'], dir).code).toBe(0);
    expect(reflect(['analyze', SAMPLE, '--out', 'report', '--force', '-q'], dir).code).toBe(0);
    mkdirSync(path.join(dir, 'other'));
    writeFileSync(path.join(dir, 'other/readme.txt'), 'hello\n');
    expect(reflect(['analyze', SAMPLE, '--out', 'other', '--force', '-q'], dir).code).toBe(2);
    mkdirSync(path.join(dir, 'finder'));
    writeFileSync(path.join(dir, 'finder/.DS_Store'), '');
    expect(reflect(['analyze', SAMPLE, '--out', 'finder', '--force', '-q'], dir).code).toBe(0);
  });

  it("refuses, even with --force, a folder of the user's own files: the report would make it read as an earlier one, its files skipped", () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'in'));
    mkdirSync(path.join(dir, 'data/2015'), { recursive: true });
    const survey = 'id,What else could schools do?\nA1,More electives and a flexible timetable please\n';
    writeFileSync(path.join(dir, 'in/sheets.csv'), survey);
    writeFileSync(path.join(dir, 'data/old-survey.csv'), survey.replace('A1', 'B1'));
    writeFileSync(path.join(dir, 'data/notes.txt'), 'what to ask next year\n');
    for (const args of [['--force'], []]) {
      const run = reflect(['analyze', 'in', '--out', 'data', ...args, '-q'], dir);
      expect(run.stderr).toBe(
        "error: output folder data holds files that are not a report of reflect's (2015/, notes.txt, old-survey.csv); reflect writes its report only to a new or empty folder, or over an earlier report of its own, even with --force, so that yours are never mixed with it nor skipped by later runs as part of a report: choose another --out, such as data/reflect-report\n",
      );
      expect(run.code).toBe(2);
    }
    expect(readdirSync(path.join(dir, 'data')).sort()).toEqual(['2015', 'notes.txt', 'old-survey.csv']);
    // So a later run over the folder above still reads them; and the folder it suggests is used.
    const sources = reflect(['analyze', '.', '--format', 'csv', '--table', 'sources'], dir);
    expect((parse(sources.stdout, { columns: true }) as Record<string, string>[]).map((r) => [r.file, r.status])).toEqual([
      ['data/notes.txt', 'read'],
      ['data/old-survey.csv', 'read'],
      ['in/sheets.csv', 'read'],
    ]);
    expect(reflect(['analyze', 'in', '--out', 'data/reflect-report', '-q'], dir).code).toBe(0);
  });
});

describe('paths in the config file that lead nowhere', () => {
  const folderWithConfig = (config: string): string => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'in'));
    writeFileSync(path.join(dir, 'in/sheets.csv'), 'id,What else could schools do?\nA1,More electives and a flexible timetable please\n');
    writeFileSync(path.join(dir, 'in/reflect.config.yml'), config);
    return dir;
  };

  it('names the config file and the line of a roster that is not there', () => {
    const dir = folderWithConfig('title: Forum\nroster: people/roster.csv\n');
    const run = reflect(['analyze', 'in', '--format', 'json'], dir);
    expect(run.stderr).toBe('error: reflect.config.yml:2: roster file not found: in/people/roster.csv (a roster path is relative to the input folder)\n');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });

  it('refuses a roster that is a folder, or a roster file that is not read as a table', () => {
    const dir = folderWithConfig('title: Forum\nroster: .\n');
    expect(reflect(['analyze', 'in', '--format', 'json'], dir).stderr).toBe('error: reflect.config.yml:2: roster file is a folder, not a file: in (a roster path is relative to the input folder)\n');
    writeFileSync(path.join(dir, 'in/reflect.config.yml'), 'title: Forum\n');
    const flag = reflect(['analyze', 'in', '--format', 'json', '--roster', 'in'], dir);
    expect([flag.code, flag.stderr]).toEqual([2, 'error: roster file is a folder, not a file: in\n']);
    writeFileSync(path.join(dir, 'in/reflect.config.yml'), 'roster: group.txt\n');
    writeFileSync(path.join(dir, 'in/group.txt'), 'Facilitator: What works?\nMaya: The flex block, mostly.\nJordan: Same, and smaller classes.\n');
    const transcript = reflect(['analyze', 'in', '--format', 'json'], dir);
    expect(transcript.stderr).toBe('error: reflect.config.yml:1: cannot use the roster group.txt: read as a transcript, not a table of ids, names and attributes\n');
    expect(transcript.code).toBe(2);
  });

  it('takes a roster given by its absolute path, as the codebook is', () => {
    const dir = folderWithConfig('title: Forum\n');
    writeFileSync(path.join(dir, 'roster.csv'), 'id,name,grade\nA1,Ann Lee,10\n');
    writeFileSync(path.join(dir, 'in/reflect.config.yml'), `roster: ${path.join(dir, 'roster.csv')}\n`);
    const run = reflect(['analyze', 'in', '--format', 'csv', '--table', 'sources'], dir);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('\n../roster.csv,roster,csv,utf-8,read,1,');
    writeFileSync(path.join(dir, 'in/reflect.config.yml'), `roster: ${path.join(dir, 'gone.csv')}\n`);
    expect(reflect(['analyze', 'in', '--format', 'json'], dir).stderr).toBe(`error: reflect.config.yml:1: roster file not found: ${path.join(dir, 'gone.csv')}\n`);
  });

  it('names a --roster outside the input folder as it was given, the same in sources.csv, the report and analysis.json', () => {
    const dir = folderWithConfig('title: Forum\n');
    mkdirSync(path.join(dir, 'forum'));
    writeFileSync(path.join(dir, 'forum/roster.csv'), 'id,name,grade\nA1,Ann Lee,10\n');
    const named = (cwd: string, ...args: string[]) => {
      const out = tempDir();
      const run = reflect(['analyze', ...args, '--out', out, '--force', '-q'], cwd);
      expect(run.code).toBe(0);
      const sources = (parse(readFileSync(path.join(out, 'sources.csv')), { columns: true }) as Record<string, string>[]).map((r) => r.file);
      const json = JSON.parse(readFileSync(path.join(out, 'analysis.json'), 'utf8')) as { corpus: { sources: { id: string }[] } };
      const report = readFileSync(path.join(out, 'report.md'), 'utf8');
      const roster = sources.find((f) => f.endsWith('roster.csv'))!;
      expect(json.corpus.sources.map((s) => s.id)).toEqual(sources);
      expect(report).toContain(`| ${roster} | roster |`);
      // No output names the machine's folders.
      for (const file of ['sources.csv', 'analysis.json', 'report.md']) expect(readFileSync(path.join(out, file), 'utf8')).not.toContain(dir);
      return roster;
    };
    // From the working folder, where it was ../forum/roster.csv (from the input folder, where it was not named).
    expect(named(dir, 'in', '--roster', 'forum/roster.csv')).toBe('forum/roster.csv');
    expect(named(dir, 'in', '--roster', path.join(dir, 'forum/roster.csv'))).toBe('forum/roster.csv');
    expect(named(path.join(dir, 'in'), '.', '--roster', '../forum/roster.csv')).toBe('../forum/roster.csv');
    // From the file system's root, the path would be the machine's: the file's name alone.
    expect(named('/', path.join(dir, 'in'), '--roster', path.join(dir, 'forum/roster.csv'))).toBe('…/roster.csv');
    // A path one of the input folder's own files has is named from the input folder.
    mkdirSync(path.join(dir, 'in/forum'));
    writeFileSync(path.join(dir, 'in/forum/roster.csv'), 'id,name,grade\nA2,Bo Li,11\n');
    expect(reflect(['analyze', 'in', '--roster', 'forum/roster.csv', '--format', 'csv', '--table', 'sources'], dir).stdout).toContain('\n../forum/roster.csv,roster,');
  });

  it('does not mind that roster when --roster names another', () => {
    const dir = folderWithConfig('roster: people/roster.csv\n');
    writeFileSync(path.join(dir, 'roster.csv'), 'id,name,grade\nA1,Ann Lee,10\n');
    const run = reflect(['analyze', 'in', '--format', 'json', '--roster', 'roster.csv'], dir);
    expect(run.code).toBe(0);
  });

  it('warns about a by: attribute no student has at the config file\'s line, not as a --by flag', () => {
    const dir = folderWithConfig('title: Forum\nby: [schol-level]\n');
    const run = reflect(['analyze', 'in', '--format', 'json'], dir);
    expect(run.stderr).toBe('warning: reflect.config.yml:2: by: schol-level: no student has this attribute; known attributes: none\n');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).warnings).toContainEqual({ file: 'reflect.config.yml', line: 2, message: expect.stringMatching(/^by: schol-level:/) });
  });

  it('names the config file and the line of a codebook that is not there, in analyze and codebook check', () => {
    const dir = folderWithConfig('title: Forum\n\ncodebook: our-codebook.yml\n');
    const expected = `error: reflect.config.yml:3: codebook file not found: ${path.join(dir, 'in/our-codebook.yml')}\n`;
    const run = reflect(['analyze', 'in', '--format', 'json'], dir);
    expect(run.stderr).toBe(expected);
    expect(run.code).toBe(2);
    const check = reflect(['codebook', 'check', 'in'], dir);
    expect(check.stderr).toBe(expected);
    expect(check.code).toBe(2);
  });
});

describe('a codebook with several problems', () => {
  const codebook = path.join(ROOT, 'fixtures/codebook/errors/many-problems.yml');

  it('lists them all on stderr, a line each, and exits 2', () => {
    const run = reflect(['codebook', 'check', '--codebook', codebook]);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(7);
    expect(lines.every((line) => line.startsWith(`error: ${codebook}:`))).toBe(true);
    expect(lines[0]).toBe(`error: ${codebook}:11: theme 'stress': word 'anxi*' has a wildcard; put it under globs`);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
    // analyze stops on them before writing anything
    const dir = tempDir();
    const analyze = reflect(['analyze', SAMPLE, '--codebook', codebook, '--out', 'report'], dir);
    expect(analyze.stderr).toContain(run.stderr);
    expect(analyze.code).toBe(2);
    expect(existsSync(path.join(dir, 'report'))).toBe(false);
  });

  it('codebook check --json gives them on stdout, valid false, with file and line', () => {
    const run = reflect(['codebook', 'check', '--codebook', codebook, '--json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout);
    expect(result.valid).toBe(false);
    expect(result.problems).toHaveLength(7);
    expect(result.problems[5]).toEqual({ file: codebook, line: 28, message: "theme 'stress' is defined twice (first at line 8)" });
  });
});

describe('options out of place', () => {
  it('refuses --table without --format csv, rather than ignore it', () => {
    const dir = tempDir();
    const run = reflect(['analyze', SAMPLE, '--table', 'themes', '--out', 'report'], dir);
    expect(run.stderr).toBe('error: --table chooses the table --format csv prints; add --format csv (the output folder holds every table, as themes.csv)\n');
    expect(run.code).toBe(2);
    expect(reflect(['analyze', SAMPLE, '--table', 'codings', '--format', 'json'], dir).code).toBe(2);
  });

  it('refuses an unknown encoding once, before reading any file, from --encoding or from the config', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'in'));
    writeFileSync(path.join(dir, 'in', 'a.csv'), 'id,What helps?\n1,More flex time in the timetable\n');
    writeFileSync(path.join(dir, 'in', 'b.csv'), 'id,What gets in the way?\n1,Not enough counsellors\n');
    const flag = reflect(['analyze', 'in', '--encoding', 'klingon', '--format', 'csv', '--table', 'themes'], dir);
    expect(flag.stderr).toBe("error: unknown encoding 'klingon' for --encoding; expected a name such as utf-8, utf-16le, windows-1252, latin1 or macintosh\n");
    expect([flag.code, flag.stdout]).toEqual([2, '']);
    expect(reflect(['inspect', 'in', '--encoding', 'klingon'], dir).code).toBe(2);
    writeFileSync(path.join(dir, 'in', 'reflect.config.yml'), '# our exports\nencoding: klingon\n');
    const config = reflect(['analyze', 'in', '--format', 'csv', '--table', 'themes'], dir);
    expect(config.stderr).toBe("error: reflect.config.yml:2: unknown encoding 'klingon'; expected a name such as utf-8, utf-16le, windows-1252, latin1 or macintosh\n");
    expect(config.code).toBe(2);
    // the flag overrides the config's setting, as it does for every setting
    expect(reflect(['analyze', 'in', '--encoding', 'latin1', '--format', 'csv', '--table', 'themes'], dir).code).toBe(0);
  });

  it('refuses --excel with --format md or json, which write no CSV', () => {
    const run = reflect(['analyze', SAMPLE, '--format', 'json', '--excel']);
    expect(run.stderr).toBe('error: --excel shapes CSV for Excel; --format json writes no CSV (leave out --format to write the folder, or use --format csv)\n');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });

  it('says in the help that every XLSX sheet with data is read unless --sheet names one', () => {
    for (const command of ['analyze', 'inspect']) {
      const help = reflect([command, '--help']).stdout.replace(/\s+/g, ' ');
      expect(help).toContain('--sheet <name> XLSX sheet to read (default: every sheet with data)');
    }
  });

  it('says in the help what the README says of --force, the codebook formats and default, and the repeatable names', () => {
    const analyze = reflect(['analyze', '--help']).stdout.replace(/\s+/g, ' ');
    expect(analyze).toContain('-f, --force overwrite an earlier report in the output folder (never files of your own)');
    expect(analyze).toContain('--codebook <file> codebook file (YAML, JSON, CSV, TSV, Excel .xlsx or REFI-QDA .qdc); default: the one the config file names, else the built-in one');
    const check = reflect(['codebook', 'check', '--help']).stdout.replace(/\s+/g, ' ');
    expect(check).toContain('default: the one the config file names, else the built-in one');
    for (const command of ['analyze', 'inspect']) {
      const help = reflect([command, '--help']).stdout.replace(/\s+/g, ' ');
      expect(help).toContain('--facilitator <name> a facilitator in the transcripts (repeatable) --redact');
      expect(help).not.toContain('(default: [])');
    }
  });
});

describe('an option given an empty value (a shell variable left unset)', () => {
  it('is refused, never read as not given: --out "" wrote no report, --min-cell "" turned suppression off', () => {
    const dir = tempDir();
    for (const [option, message] of [
      ['--out', '--out needs a value; found an empty one'],
      ['--config', '--config needs a value; found an empty one'],
      ['--roster', '--roster needs a value; found an empty one'],
      ['--compare', '--compare needs a value; found an empty one'],
      ['--redact', '--redact needs a value; found an empty one'],
      ['--min-cell', "--min-cell expects a whole number ≥ 0; found ''"],
    ]) {
      const run = reflect(['analyze', SAMPLE, option!, ''], dir);
      expect(run.stderr).toBe(`error: ${message}\n`);
      expect(run.code).toBe(2);
    }
    expect(reflect(['analyze', SAMPLE, '--format', 'csv', '--facilitator', 'Ms. Kaur', '--facilitator', ' '], dir).stderr).toBe('error: --facilitator needs a value; found an empty one\n');
    expect(reflect(['codebook', 'check', '--codebook', ''], dir).stderr).toBe('error: --codebook needs a value; found an empty one\n');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--min-cell takes digits only: 0x10 and 1e3 are not cell sizes', () => {
    for (const value of ['0x10', '1e3', '2.5', '-1']) {
      const run = reflect(['analyze', SAMPLE, '--format', 'csv', '--min-cell', value]);
      expect(run.stderr, value).toBe(`error: --min-cell expects a whole number ≥ 0; found '${value}'\n`);
      expect(run.code).toBe(2);
    }
  });
});
