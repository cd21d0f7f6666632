// Which responses are compared: wide files define them, long files borrow them, --units lists them.
import { describe, expect, test } from 'vitest';
import { alignCodings, computeAgreement } from '../../src/analyses/agreement.js';
import { coderFromCodings, parseCodingFile } from '../../src/analyses/coding-files.js';
import { UsageError } from '../../src/util/errors.js';

const wide = parseCodingFile('response_id,themes\nr1,a\nr2,\nr3,a\n', 'wide.csv');
const long = parseCodingFile('response_id,theme_id\nr1,a\nr9,a\nr9,b\nr8,a\n', 'long.csv');
const long2 = parseCodingFile('response_id,theme_id\nr3,a\n', 'long2.csv');

describe('units', () => {
  test('a long file takes its units from the wide file; responses it adds are left out with one warning', () => {
    const al = alignCodings([wide, long]);
    expect(al.units).toEqual(['r1', 'r2', 'r3']);
    // long: r1 a, r2 and r3 not mentioned → coded, no theme.
    expect(al.sets[1]!.map((s) => (s ? [...s] : null))).toEqual([['a'], [], []]);
    expect(al.warnings).toEqual([
      {
        file: 'long.csv',
        line: 3,
        message: "2 responses (first 'r9') are not among the responses of the wide coding files; left out",
      },
    ]);
    // The themes only the left-out responses carried (b) are not reported.
    expect(al.themes).toEqual(['a']);
  });

  test('only long files: a usage error that says why', () => {
    expect(() => computeAgreement([long, long2])).toThrow(UsageError);
    expect(() => computeAgreement([long, long2])).toThrow(/lists only the themes present.*--units FILE/);
  });

  test('only long files with a units list: every coder coded every listed response', () => {
    // Units r1 r2 r3. long: r1 a; long2: r3 a (r9/r8 are outside). Theme a: (1,0) (0,0) (0,1):
    // agreement 1/3; κ: p_e = (1/3)(1/3) + (2/3)(2/3) = 5/9 → (1/3 − 5/9)/(4/9) = −0.5.
    const r = computeAgreement([long, long2], { units: ['r1', 'r2', 'r3'] });
    expect(r.units).toBe(3);
    expect(r.themes.map((t) => [t.themeId, t.units, t.agreement])).toEqual([['a', 3, 1 / 3]]);
    expect(r.themes[0]!.kappa).toBeCloseTo(-0.5, 12);
    expect(r.warnings.map((w) => w.message)).toEqual([
      "2 responses (first 'r9') are not among the responses of the wide coding files or the units file; left out",
    ]);
  });

  test('a response a wide file does not list is not coded by that coder', () => {
    const other = parseCodingFile('response_id,themes\nr1,a\nr4,a\n', 'other.csv');
    const r = computeAgreement([wide, other]);
    expect(r.units).toBe(4);
    expect(r.overall.units).toBe(1);
    expect(r.coders.map((c) => c.units)).toEqual([3, 2]);
    expect(r.notes).toContain('3 responses were coded by one coder only and are left out of every statistic: there is nothing to compare them with.');
  });

  test('bad use: one coder, an unknown reference, two coders of the same name', () => {
    expect(() => computeAgreement([wide])).toThrow('agreement needs two or more coders; got 1');
    expect(() => computeAgreement([wide, long], { reference: 'human' })).toThrow(
      "--reference 'human' is not one of the coders: wide, long",
    );
    expect(() => computeAgreement([wide, { ...long, coder: 'wide' }])).toThrow(/both named 'wide'/);
  });

  test('themes: alphabetical without a codebook, whatever order the files use', () => {
    const x = parseCodingFile('response_id,themes\nr1,zeta;Beta\nr2,alpha\n', 'x.csv');
    const y = parseCodingFile('response_id,themes\nr1,alpha\nr2,\n', 'y.csv');
    expect(computeAgreement([x, y]).themes.map((t) => t.themeId)).toEqual(['alpha', 'Beta', 'zeta']);
  });
});

describe('coderFromCodings (reflect analyze --compare)', () => {
  test("reflect's codings as a wide coder over every response, against a long human file", () => {
    const reflect = coderFromCodings('reflect', ['r1', 'r2', 'r3'], [
      { responseId: 'r2', themeId: 'b' },
      { responseId: 'r1', themeId: 'a' },
      { responseId: 'r2', themeId: 'a' },
    ]);
    expect(reflect.units).toEqual([
      { responseId: 'r1', themes: ['a'], line: 1 },
      { responseId: 'r2', themes: ['a', 'b'], line: 2 },
      { responseId: 'r3', themes: [], line: 3 },
    ]);
    // human (long) has a on r1 and r3: theme a is (1,1) (1,0) (0,1) → agreement 1/3; b (0,1) only on r2.
    const human = parseCodingFile('response_id,theme_id\nr1,a\nr3,a\n', 'human.csv');
    const r = computeAgreement([human, reflect], { reference: 'human' });
    expect(r.themes.map((t) => [t.themeId, t.agreement])).toEqual([
      ['a', 1 / 3],
      ['b', 2 / 3],
    ]);
    expect(r.overall.reference[0]!.truePositives).toBe(1);
    expect(r.overall.reference[0]!.falsePositives).toBe(2);
    expect(r.overall.reference[0]!.falseNegatives).toBe(1);
  });
});
