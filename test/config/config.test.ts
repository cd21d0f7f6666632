import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from '../../src/config.js';
import { ConfigError, ConfigErrors, problemsOf } from '../../src/util/errors.js';
import { tempDir } from '../cli/helpers.js';

describe('parseConfig', () => {
  it('reads every key, with YAML spellings of camelCase keys', () => {
    const config = parseConfig(
      [
        'title: Student forum 2024',
        'min-cell: 3',
        'by: [school-level, gender]',
        'facilitators: [Ms. Kaur]',
        'redact: [Sarah Connor, Coach Reid]',
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
      redact: ['Sarah Connor', 'Coach Reid'],
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

  it('names every mistake in the file in one run, each at its line', () => {
    try {
      parseConfig('titel: Forum\nmin-cell: banana\nby: [grade]\ncolumns:\n  Gender: demographic\nencodng: utf-8\n', 'reflect.config.yml');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigErrors);
      expect(problemsOf(err as ConfigError).map((p) => p.describe())).toEqual([
        "reflect.config.yml:1: unknown setting 'titel' (did you mean 'title'?); expected one of: title, codebook, roster, facilitators, redact, columns, sheet, encoding, values, min-cell, by, ignore, folders, participants",
        "reflect.config.yml:2: 'min-cell' must be a whole number ≥ 0",
        `reflect.config.yml:5: column 'Gender': role must be one of id, name, attribute, text, ignore; found "demographic"`,
        "reflect.config.yml:6: unknown setting 'encodng' (did you mean 'encoding'?); expected one of: title, codebook, roster, facilitators, redact, columns, sheet, encoding, values, min-cell, by, ignore, folders, participants",
      ]);
    }
  });

  it('rejects a bad column role with its line', () => {
    try {
      parseConfig('columns:\n  Gender: demographic\n', 'c.yml');
      expect.unreachable();
    } catch (err) {
      expect((err as ConfigError).describe()).toBe(`c.yml:2: column 'Gender': role must be one of id, name, attribute, text, ignore; found "demographic"`);
    }
  });

  it('names the line of a misspelt key in a column entry, which would otherwise be passed over', () => {
    const text = ['title: Student forum', 'columns:', '  Student ID: id', '  Pronouns: { role: attribute, atribute: gender }', ''].join('\n');
    expect(() => parseConfig(text, 'reflect.config.yml')).toThrow(ConfigError);
    try {
      parseConfig(text, 'reflect.config.yml');
    } catch (err) {
      expect((err as ConfigError).describe()).toBe(
        "reflect.config.yml:4: column 'Pronouns': unknown key 'atribute' (did you mean 'attribute'?); expected role, attribute, question",
      );
    }
  });

  it("rejects a column entry's question on a column that is not text, and a blank question", () => {
    expect(() => parseConfig('columns:\n  Q7: { role: attribute, question: Anything else? }\n', 'c.yml')).toThrow(
      "column 'Q7': 'question' names the question of a text column; its role is attribute",
    );
    expect(() => parseConfig('columns:\n  Q7: { role: text, question: }\n', 'c.yml')).toThrow("column 'Q7': 'question' must be text");
  });

  it("reads a value mapping's numbers, lists and blanks as values, and names a mapping given as a value at its line", () => {
    expect(parseConfig('values:\n  grade: { 13: 12 }\n  indigenous: { both: [First Nations, Métis], "?": }\n', 'c.yml')).toEqual({
      values: { grade: { 13: '12' }, indigenous: { both: 'First Nations; Métis', '?': '' } },
    });
    // These were written as "[object Object]" and "null", values of their own in every table.
    try {
      parseConfig('title: x\nvalues:\n  gender:\n    m: Male\n    f: { x: 1 }\nby: [gender]\n', 'c.yml');
      expect.unreachable();
    } catch (err) {
      expect((err as ConfigError).describe()).toBe("c.yml:5: values: gender: 'f' must map to a value (text), or a list of values; found a mapping");
    }
    expect(() => parseConfig('values:\n  gender: [Female]\n', 'c.yml')).toThrow("values: 'gender' must map raw values to shown values ({raw value: shown value})");
  });

  it('names a setting made twice under two spellings, which would otherwise take the second unsaid', () => {
    expect(() => parseConfig('min-cell: 10\ntitle: x\nminCell: 3\n', 'c.yml')).toThrow("'minCell' repeats the setting made at line 1 under another spelling; keep one of the two");
    expect(() => parseConfig('facilitators: [Ms. Kaur]\nfacilitator: Mr. Osei\n', 'c.yml')).toThrow("'facilitator' repeats the setting made at line 1");
    try {
      parseConfig('min-cell: 10\nminCell: 3\n', 'c.yml');
    } catch (err) {
      expect((err as ConfigError).describe()).toBe("c.yml:2: 'minCell' repeats the setting made at line 1 under another spelling; keep one of the two");
    }
  });

  it('records the line of each column entry', () => {
    const columnLines: Record<string, number> = {};
    parseConfig('title: x\ncolumns:\n  Student ID: id\n\n  "What gets in the way?": text\n', 'c.yml', {}, columnLines);
    expect(columnLines).toEqual({ 'Student ID': 3, 'What gets in the way?': 5 });
  });

  it('reads a year written as a number as the text it names: a sheet tab, a folder to ignore', () => {
    expect(parseConfig('sheet: 2017\nignore: [2015, "drafts/**"]\ntitle: 2016\n', 'c.yml')).toEqual({ sheet: '2017', ignore: ['2015', 'drafts/**'], title: '2016' });
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

  it('reads a config file saved by Notepad as "ANSI" (Windows-1252) or "Unicode" (UTF-16), so a name to redact matches', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'reflect.config.yml'), Buffer.from('facilitators: [Ms. Mu\xf1oz]\r\nredact: [Ren\xe9e Fran\xe7ois]\r\n', 'latin1'));
    expect((await loadConfig(dir)).config).toEqual({ facilitators: ['Ms. Muñoz'], redact: ['Renée François'] });
    writeFileSync(path.join(dir, 'reflect.config.yml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('title: Forum\r\nredact: [Zoë Smith]\r\n', 'utf16le')]));
    expect((await loadConfig(dir)).config).toEqual({ title: 'Forum', redact: ['Zoë Smith'] });
  });

  it('reads a config file saved with old Mac line ends (CR alone), each setting at its own line', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'reflect.config.yml'), 'title: Forum\rmin-cell: 3\rredact: [Zoe Smith]\r');
    expect((await loadConfig(dir)).config).toEqual({ title: 'Forum', minCell: 3, redact: ['Zoe Smith'] });
    writeFileSync(path.join(dir, 'reflect.config.yml'), 'title: Forum\rmin-cel: 3\r');
    await expect(loadConfig(dir)).rejects.toMatchObject({ line: 2 });
  });

  it('fails for a --config file that does not exist, naming it as given, as a missing codebook is named', async () => {
    await expect(loadConfig(tempDir(), 'no/such/config.yml')).rejects.toThrow(ConfigError);
    await expect(loadConfig(tempDir(), 'no/such/config.yml')).rejects.toMatchObject({ message: 'config file not found', file: 'no/such/config.yml' });
    // a folder given for the file
    await expect(loadConfig(tempDir(), tempDir())).rejects.toMatchObject({ message: 'is a folder, not a config file: give the reflect.config.yml in it' });
  });
});
