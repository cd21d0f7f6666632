// The README's examples are code too: its config file and codebook must load as they are printed.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
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
      ['by', 'codebook', 'columns', 'encoding', 'facilitators', 'folders', 'ignore', 'minCell', 'participants', 'redact', 'roster', 'sheet', 'title', 'values'],
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

  it('shows reflect agree printing what it prints, its last rows saying which figures are means over themes and which are pooled', () => {
    const block = /```console\n\$ reflect agree (fixtures\/agreement\/\S+) (fixtures\/agreement\/\S+) --reference (\S+)\n([\s\S]*?)```/.exec(readme)!;
    const run = reflect(['agree', block[1]!, block[2]!, '--reference', block[3]!], ROOT);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(block[4]);
    expect(block[4]).toMatch(/\(mean over themes\)[\s\S]*\(pooled over themes\)/);
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

  it("says evidence offsets count from the response's own text, not the formula guard's ' in responses.csv", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'sheet.csv'), 'Student ID,What is hard?\n1,"- too much stress, and the timetable"\n2,"=the stress"\n');
    const run = reflect(['analyze', dir, '--out', path.join(dir, 'out'), '-q']);
    expect(run.code).toBe(0);
    const rows = (file: string) => parse(readFileSync(path.join(dir, 'out', file)), { columns: true }) as Record<string, string>[];
    const json = JSON.parse(readFileSync(path.join(dir, 'out/analysis.json'), 'utf8')) as { corpus: { responses: { id: string; text: string }[] } };
    const ownText = new Map(json.corpus.responses.map((r) => [r.id, r.text]));
    const csvText = new Map(rows('responses.csv').map((r) => [r.response_id!, r.text!]));
    const codings = rows('codings.csv');
    expect(codings.length).toBeGreaterThan(0);
    for (const c of codings) {
      const [start, end] = c.offsets!.split('; ')[0]!.split('..').map(Number) as [number, number];
      const own = [...ownText.get(c.response_id!)!];
      expect(csvText.get(c.response_id!)).toBe(`'${own.join('')}`);
      expect(own.slice(start, end).join('')).toBe(c.evidence!.split('; ')[0]);
    }
    const said = /Evidence offsets .*? as a date\./.exec(readme.replace(/\s+/g, ' '))?.[0];
    expect(said).toMatch(/^Evidence offsets are Unicode code points into the response's own text, as in `analysis\.json`; /);
    expect(said).toMatch(/the `'` that `responses\.csv` puts before a text starting with .* is not counted/);
  });

  it('setting example loads in front of the codebook example', () => {
    const themes = yamlBlocks.find((b) => b.startsWith('themes:'))!;
    const codebook = parseCodebook(yamlBlocks.find((b) => b.startsWith('setting:'))! + themes, 'README.yml');
    expect(codebook.setting).toEqual({ attributes: ['program', 'school-level', 'school'], references: ['here', 'places like this', 'the program'], exclusions: ['here is'] });
  });
});
