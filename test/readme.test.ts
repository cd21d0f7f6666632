// The README's examples are code too: its config file and codebook must load as they are printed.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';
import { parseCodebook } from '../src/codebook/load.js';
import { ROOT, SAMPLE, reflect, tempDir } from './cli/helpers.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const yamlBlocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);

describe('README examples', () => {
  it('has a config example, a codebook example and a setting example', () => {
    expect(yamlBlocks).toHaveLength(3);
  });

  it('config example parses with every key', () => {
    const config = parseConfig(yamlBlocks.find((b) => b.startsWith('title:'))!, 'README.md');
    expect(Object.keys(config).sort()).toEqual(
      ['by', 'codebook', 'columns', 'encoding', 'facilitators', 'folders', 'ignore', 'minCell', 'redact', 'roster', 'sheet', 'title', 'values'],
    );
  });

  it('codebook example loads', () => {
    const codebook = parseCodebook(yamlBlocks.find((b) => b.startsWith('themes:'))!, 'README.yml');
    expect(codebook.themes.map((t) => [t.id, t.parent ?? null])).toEqual([
      ['timetables', null],
      ['flex-blocks', 'timetables'],
    ]);
  });

  it('shows reflect codebook try printing what it prints', () => {
    const block = /```console\n\$ reflect codebook try "([^"]+)" "([^"]+)"\n([\s\S]*?)```/.exec(readme)!;
    const run = reflect(['codebook', 'try', block[1]!, block[2]!]);
    expect(run.stdout).toBe(block[3]);
  });

  it('shows the line reflect agree --ci ends with on the held-out set', () => {
    const shown = /# … on the sample's held-out set, ends with the line\n# (95% bootstrap CI .*)\n/.exec(readme)![1];
    const dir = tempDir();
    const tagged = reflect(['analyze', SAMPLE, '--format', 'csv', '-q']);
    writeFileSync(path.join(dir, 'reflect.csv'), tagged.stdout);
    const heldout = path.join(ROOT, 'fixtures/personalization-2016-coding/human-coded-heldout.csv');
    const run = reflect(['agree', heldout, path.join(dir, 'reflect.csv'), '--reference', 'human-coded-heldout', '--ci']);
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(shown);
  });

  it('shows the opening of the sample report as it is', () => {
    const excerpt = /````markdown\n([\s\S]*?)…\n````/.exec(readme)![1];
    const golden = readFileSync(path.join(ROOT, 'fixtures/personalization-2016-expected/report.md'), 'utf8');
    expect(excerpt.length).toBeGreaterThan(500);
    expect(golden.startsWith(excerpt)).toBe(true);
  });

  it('setting example loads in front of the codebook example', () => {
    const themes = yamlBlocks.find((b) => b.startsWith('themes:'))!;
    const codebook = parseCodebook(yamlBlocks.find((b) => b.startsWith('setting:'))! + themes, 'README.yml');
    expect(codebook.setting).toEqual({ attributes: ['program', 'school-level', 'school'], references: ['here', 'places like this', 'the program'], exclusions: ['here is'] });
  });
});
