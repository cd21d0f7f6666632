// `--format <text|json>`, `--json` and `-q, --quiet` on `inspect`, `codebook check` and `codebook try`,
// as `analyze` and `agree` take `--format` and `-q`: a script can pass them to any of the family.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reflect, tempDir } from './helpers.js';

const MIXED = 'fixtures/cli/mixed';

describe('reflect inspect --format and -q', () => {
  const text = reflect(['inspect', MIXED]);
  const json = reflect(['inspect', MIXED, '--json']);

  it('prints with --format json what --json prints, and with --format text what it prints by default', () => {
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toHaveProperty('files');
    const asJson = reflect(['inspect', MIXED, '--format', 'json']);
    expect(asJson.code).toBe(0);
    expect(asJson.stdout).toBe(json.stdout);
    // the two together, agreeing, are no contradiction
    expect(reflect(['inspect', MIXED, '--json', '--format', 'json']).stdout).toBe(json.stdout);
    const asText = reflect(['inspect', MIXED, '--format', 'text']);
    expect(asText.code).toBe(0);
    expect(asText.stdout).toBe(text.stdout);
  });

  it('takes -q and --quiet, its stdout the same', () => {
    for (const [flag, expected] of [['-q', text], ['--quiet', text]] as const) {
      const run = reflect(['inspect', MIXED, flag]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(expected.stdout);
      expect(run.stderr).toBe('');
    }
    expect(reflect(['inspect', MIXED, '-q', '--format', 'json']).stdout).toBe(json.stdout);
  });

  it('still says on stderr, under -q, that nothing could be read, and exits 3', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'agenda.pdf'), '%PDF-1.4\n');
    const run = reflect(['inspect', dir, '-q', '--format', 'json']);
    expect(run.code).toBe(3);
    expect((JSON.parse(run.stdout) as { files: { status: string }[] }).files.map((f) => f.status)).toEqual(['skipped']);
    expect(run.stderr).toBe('error: nothing could be read: 1 file skipped (each is listed with why)\n');
  });

  it('refuses --json with --format text, and a format it has not, before reading the folder', () => {
    const both = reflect(['inspect', 'no-such-folder', '--json', '--format', 'text']);
    expect(both.code).toBe(2);
    expect(both.stdout).toBe('');
    expect(both.stderr).toBe('error: --json asks for --format json, and --format text was given too: give one of them\n');
    const yaml = reflect(['inspect', MIXED, '--format', 'yaml']);
    expect(yaml.code).toBe(2);
    expect(yaml.stderr).toContain("argument 'yaml' is invalid. Allowed choices are text, json.");
  });
});

describe('reflect codebook check and try take --format and -q too', () => {
  it('codebook check: --format json is --json, -q leaves stdout and the warnings as they were', () => {
    const json = reflect(['codebook', 'check', '--json']);
    expect(json.code).toBe(0);
    expect(reflect(['codebook', 'check', '--format', 'json']).stdout).toBe(json.stdout);
    expect(reflect(['codebook', 'check', '--format', 'text']).stdout).toBe(reflect(['codebook', 'check']).stdout);
    // with a folder, the files that failed are warnings: -q keeps them
    const loud = reflect(['codebook', 'check', MIXED]);
    const quiet = reflect(['codebook', 'check', MIXED, '-q']);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toBe(loud.stdout);
    expect(quiet.stderr).toBe(loud.stderr);
    expect(quiet.stderr).toContain('warning: broken.docx: not read:');
  });

  it('codebook check: an invalid codebook under --format json is the JSON result, as under --json', () => {
    const file = path.join(tempDir(), 'codebook.yml');
    writeFileSync(file, 'themes:\n  - id: a\n    regex: ["/(a/"]\n');
    const run = reflect(['codebook', 'check', '--codebook', file, '--format', 'json']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ valid: false, problems: [{ line: 3 }] });
    expect(run.stdout).toBe(reflect(['codebook', 'check', '--codebook', file, '--json']).stdout);
  });

  it('codebook try: --format json is --json, -q the same output, and the two disagreeing refused', () => {
    const text = 'I freeze up before tests';
    const json = reflect(['codebook', 'try', text, '--json']);
    expect(json.code).toBe(0);
    expect(reflect(['codebook', 'try', text, '--format', 'json']).stdout).toBe(json.stdout);
    const plain = reflect(['codebook', 'try', text]);
    expect(reflect(['codebook', 'try', text, '-q', '--format', 'text']).stdout).toBe(plain.stdout);
    const both = reflect(['codebook', 'try', text, '--json', '--format', 'text']);
    expect(both.code).toBe(2);
    expect(both.stdout).toBe('');
    expect(both.stderr).toMatch(/^error: --json asks for --format json, and --format text was given too/);
  });
});
