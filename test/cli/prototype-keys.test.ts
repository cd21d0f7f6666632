// Text a user wrote that is also the name of what every JavaScript object inherits (`constructor`,
// `toString`, `hasOwnProperty`, `__proto__`), as a theme id, a file's extension, a column header, a cell or a
// header line: read as any other text, where lookups in plain objects found Object, a function, or
// Object.prototype.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { reflect, tempDir } from './helpers.js';

const rows = (csv: string): Record<string, string>[] => parse(csv, { columns: true }) as Record<string, string>[];

/** A folder `in` of four students' answers in `dir`, with `extra` files beside them. */
function folder(extra: Record<string, string> = {}): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'in'));
  writeFileSync(
    path.join(dir, 'in/s.csv'),
    'id,gender,grade,What helps you learn?\n' +
      '1,constructor,toString,More time with my teachers\n' +
      '2,Female,10,Smaller classes would help me\n' +
      '3,Female,10,I like the construction trades class\n' +
      '4,Male,11,Less homework every single night\n',
  );
  for (const [name, text] of Object.entries(extra)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('theme ids that objects inherit', () => {
  const codebook =
    'themes:\n' +
    '  - id: constructor\n    label: Building trades\n    words: [construction]\n' +
    '  - id: toString\n    label: Teachers\n    words: [teacher]\n' +
    '  - id: hasOwnProperty\n    label: Class size\n    words: [class]\n    parent: constructor\n';

  it('analyze codes, counts and crosstabs them as any other id', () => {
    const dir = folder({ 'cb.yml': codebook });
    const run = (table: string) => reflect(['analyze', 'in', '--codebook', 'cb.yml', '--format', 'csv', '--table', table, '--min-cell', '0', '--by', 'gender'], dir);
    const codings = run('codings');
    expect(codings.stderr).toBe('');
    expect(rows(codings.stdout).map((r) => [r.response_id, r.theme_id, r.theme_label])).toEqual([
      ['s.csv:r1:q1', 'toString', 'Teachers'],
      ['s.csv:r2:q1', 'constructor', 'Building trades'],
      ['s.csv:r2:q1', 'hasOwnProperty', 'Class size'],
      ['s.csv:r3:q1', 'constructor', 'Building trades'],
      ['s.csv:r3:q1', 'hasOwnProperty', 'Class size'],
    ]);
    expect(rows(run('themes').stdout).map((r) => [r.theme_id, r.theme_label, r.parent, r.participants])).toEqual([
      ['constructor', 'Building trades', '', '2'],
      ['hasOwnProperty', 'Class size', 'constructor', '2'],
      ['toString', 'Teachers', '', '1'],
    ]);
    expect(rows(run('crosstab').stdout).map((r) => [r.theme_id, r.theme_label, r.value, r.participants])).toContainEqual(['constructor', 'Building trades', 'Female', '2']);
    expect(reflect(['codebook', 'check', '--codebook', 'cb.yml', 'in'], dir).code).toBe(0);
  });

  it('agree names them by label, warns of each one not in the codebook, and keeps a coder named __proto__', () => {
    const dir = folder({
      // `choice` (of the default codebook) has the files read against it when no codebook is given.
      '__proto__.csv': 'response_id,themes\nr1,constructor;toString\nr2,__proto__\nr3,hasOwnProperty\nr4,choice\n',
      'b.csv': 'response_id,themes\nr1,constructor\nr2,__proto__;toString\nr3,hasOwnProperty\nr4,choice\n',
      'cb.yml': codebook,
    });
    const withCodebook = reflect(['agree', '__proto__.csv', 'b.csv', '--codebook', 'cb.yml', '--format', 'csv'], dir);
    expect(rows(withCodebook.stdout).map((r) => [r.theme_id, r.theme_label])).toEqual([
      ['constructor', 'Building trades'],
      ['toString', 'Teachers'],
      ['hasOwnProperty', 'Class size'],
      ['__proto__', ''],
      ['choice', ''],
      ['(mean over themes)', ''],
      ['(pooled over themes)', ''],
    ]);
    // Every id not in the codebook is named, once per file, where `constructor` and the like were passed over.
    const plain = reflect(['agree', '__proto__.csv', 'b.csv'], dir);
    expect(plain.stderr.split('\n').filter((l) => l.includes('is not in the codebook'))).toEqual([
      "warning: __proto__.csv:2: theme id 'constructor' is not in the codebook",
      "warning: __proto__.csv:2: theme id 'toString' is not in the codebook",
      "warning: __proto__.csv:3: theme id '__proto__' is not in the codebook",
      "warning: __proto__.csv:4: theme id 'hasOwnProperty' is not in the codebook",
      "warning: b.csv:2: theme id 'constructor' is not in the codebook",
      "warning: b.csv:3: theme id '__proto__' is not in the codebook",
      "warning: b.csv:3: theme id 'toString' is not in the codebook",
      "warning: b.csv:4: theme id 'hasOwnProperty' is not in the codebook",
    ]);
    const report = JSON.parse(reflect(['agree', '__proto__.csv', 'b.csv', '--format', 'json'], dir).stdout) as { themes: { themeId: string; label?: string; applied: Record<string, number> }[] };
    const proto = report.themes.find((t) => t.themeId === '__proto__')!;
    expect(proto.label).toBeUndefined();
    expect(Object.entries(proto.applied)).toEqual([['__proto__', 1], ['b', 1]]);
  });

  it('refuses an id that begins with "_", saying so, in codebook check and analyze', () => {
    const dir = folder({ 'cb.yml': 'themes:\n  - id: __proto__\n    label: Odd\n    words: [teacher]\n' });
    const expected = "error: cb.yml:2: theme id '__proto__' must begin with a letter or digit\n";
    const check = reflect(['codebook', 'check', '--codebook', 'cb.yml'], dir);
    expect([check.code, check.stderr]).toEqual([2, expected]);
    const analyze = reflect(['analyze', 'in', '--codebook', 'cb.yml', '--format', 'csv'], dir);
    expect([analyze.code, analyze.stderr]).toEqual([2, expected]);
  });
});

describe('other text that objects inherit', () => {
  it('keeps a gender or grade of "constructor" or "toString" as written, not Object or a function', () => {
    const dir = folder();
    const run = reflect(['analyze', 'in', '--format', 'csv', '--table', 'demographics', '--min-cell', '0'], dir);
    expect(run.stdout).not.toContain('native code');
    expect(rows(run.stdout).map((r) => `${r.attribute}: ${r.value}`)).toEqual(['gender: Female', 'gender: Constructor', 'gender: Male', 'grade: 10', 'grade: 11', 'grade: toString']);
  });

  it('skips a file named .constructor or .__proto__ as a type it does not read, and reads the rest', () => {
    const dir = folder({ 'in/notes.constructor': 'more time\n', 'in/b.__proto__': 'b\n', 'in/c.tostring': 'c\n' });
    const run = reflect(['analyze', 'in', '--format', 'csv', '--table', 'sources'], dir);
    expect(run.code).toBe(0);
    expect(rows(run.stdout).map((r) => [r.file, r.status, r.reason])).toEqual([
      ['b.__proto__', 'skipped', 'unsupported file type (.__proto__)'],
      ['c.tostring', 'skipped', 'unsupported file type (.tostring)'],
      ['notes.constructor', 'skipped', 'unsupported file type (.constructor)'],
      ['s.csv', 'read', ''],
    ]);
  });

  it('reads a text whose first line is "Constructor: …" as one whose first line is any other word', () => {
    const text = (word: string) => `${word}: Bob Smith\nSchool: North Secondary\n\nI liked having more choice in my projects this year.\n`;
    const statuses = ['Constructor', 'Builder'].map((word) => {
      const dir = tempDir();
      mkdirSync(path.join(dir, 'in'));
      writeFileSync(path.join(dir, 'in/r.txt'), text(word));
      return rows(reflect(['analyze', 'in', '--format', 'csv', '--table', 'sources'], dir).stdout).map((r) => [r.status, r.reason, r.responses]);
    });
    expect(statuses[0]).toEqual([['read', '', '2']]);
    expect(statuses[0]).toEqual(statuses[1]);
  });

  it("keeps a reflection's front matter keyed __proto__ or constructor, as a column of that name is kept (with a _)", () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'in'));
    writeFileSync(path.join(dir, 'in/r.md'), '---\n__proto__: North\nconstructor: Trades\ngrade: 10\n---\nI liked having more choice in my projects this year.\n');
    const json = JSON.parse(reflect(['analyze', 'in', '--format', 'json'], dir).stdout) as { corpus: { sources: { attributes: Record<string, string> }[] } };
    // `__proto__` was dropped without a word.
    expect(Object.entries(json.corpus.sources[0]!.attributes)).toEqual([
      ['__proto___', 'North'],
      ['constructor_', 'Trades'],
      ['grade', '10'],
    ]);
  });

  it('leaves a codebook CSV column headed "__proto__" or "constructor" alone, as any other column of its own', () => {
    // "__proto__" was an internal error ("Cannot read properties of undefined").
    for (const header of ['__proto__', 'constructor']) {
      const dir = folder({ 'cb.csv': `theme,pattern,${header}\nchoice,choice,x\n` });
      const run = reflect(['codebook', 'check', '--codebook', 'cb.csv'], dir);
      expect([run.code, run.stderr]).toEqual([0, '']);
    }
  });

  it('takes config columns: and values: keyed "__proto__" or "constructor"', () => {
    const dir = folder({
      'in/reflect.config.yml': 'columns:\n  __proto__: ignore\nvalues:\n  gender:\n    constructor: Not stated\n',
      'in/s.csv':
        'id,gender,__proto__,What helps you learn?\n' +
        '1,constructor,a,More time with my teachers\n2,Female,b,Smaller classes would help me\n' +
        '3,Female,a,I like the construction trades class\n4,Male,b,Less homework every single night\n',
    });
    const run = reflect(['analyze', 'in', '--format', 'csv', '--table', 'demographics', '--min-cell', '0'], dir);
    expect(run.stderr).toBe('');
    expect(rows(run.stdout).filter((r) => r.attribute === 'gender').map((r) => [r.value, r.count])).toEqual([
      ['Female', '2'],
      ['Male', '1'],
      ['Not stated', '1'],
    ]);
    // The column set aside is no attribute.
    expect(rows(run.stdout).map((r) => r.attribute)).not.toContain('proto');
  });
});
