import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from '../../src/config.js';
import { ConfigError } from '../../src/util/errors.js';
import { tempDir } from '../cli/helpers.js';

describe('parseConfig', () => {
  it('reads every key, with YAML spellings of camelCase keys', () => {
    const config = parseConfig(
      [
        'title: Student forum 2024',
        'min-cell: 3',
        'by: [school-level, gender]',
        'facilitators: [Ms. Kaur]',
        'columns:',
        '  Student number: id',
        '  "Q7 - anything else?": { role: text, question: Anything else? }',
        'values:',
        '  gender: { g: Female }',
        'ignore: ["drafts/**"]',
      ].join('\n'),
      'reflect.config.yml',
    );
    expect(config).toEqual({
      title: 'Student forum 2024',
      minCell: 3,
      by: ['school-level', 'gender'],
      facilitators: ['Ms. Kaur'],
      columns: { 'Student number': 'id', 'Q7 - anything else?': { role: 'text', question: 'Anything else?' } },
      values: { gender: { g: 'Female' } },
      ignore: ['drafts/**'],
    });
  });

  it('names the file and line of an unknown key', () => {
    expect(() => parseConfig('title: x\ncodeboook: mine.yml\n', 'reflect.config.yml')).toThrow(ConfigError);
    try {
      parseConfig('title: x\ncodeboook: mine.yml\n', 'reflect.config.yml');
    } catch (err) {
      expect((err as ConfigError).describe()).toMatch(/^reflect\.config\.yml:2: unknown setting 'codeboook' \(did you mean 'codebook'\?\); expected one of: title, codebook/);
    }
  });

  it('rejects a bad column role with its line', () => {
    try {
      parseConfig('columns:\n  Gender: demographic\n', 'c.yml');
      expect.unreachable();
    } catch (err) {
      expect((err as ConfigError).describe()).toBe(`c.yml:1: column 'Gender': role must be one of id, name, attribute, text, ignore; found "demographic"`);
    }
  });

  it('reports invalid YAML with a line number', () => {
    expect(() => parseConfig('title: [unclosed\n', 'c.yml')).toThrow(/invalid YAML/);
  });

  it('rejects a negative min-cell', () => {
    expect(() => parseConfig('min-cell: -1', 'c.yml')).toThrow("'min-cell' must be a whole number ≥ 0");
  });

  it('treats an empty file as no settings', () => {
    expect(parseConfig('', 'c.yml')).toEqual({});
  });
});

describe('loadConfig', () => {
  it('finds reflect.config.yml in the folder and resolves the codebook beside it', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'books'));
    writeFileSync(path.join(dir, 'reflect.config.yml'), 'codebook: books/mine.yml\n');
    const loaded = await loadConfig(dir);
    expect(loaded.config.codebook).toBe(path.join(dir, 'books/mine.yml'));
    expect(loaded.path).toBe(path.join(dir, 'reflect.config.yml'));
  });

  it('is empty when the folder has no config file', async () => {
    expect(await loadConfig(tempDir())).toEqual({ config: {} });
  });

  it('fails for a --config file that does not exist', async () => {
    await expect(loadConfig(tempDir(), '/no/such/config.yml')).rejects.toThrow(ConfigError);
  });
});
