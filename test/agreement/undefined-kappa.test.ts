// fixtures/agreement/undefined-kappa: a theme both coders mark absent on every response they share.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { computeAgreement } from '../../src/analyses/agreement.js';
import { parseCodingFile } from '../../src/analyses/coding-files.js';
import { formatAgreementCsv, formatAgreementJson, formatAgreementTable } from '../../src/writers/agreement.js';

const dir = new URL('../../fixtures/agreement/undefined-kappa/', import.meta.url);
const coders = ['a.csv', 'b.csv'].map((f) => parseCodingFile(readFileSync(new URL(f, dir), 'utf8'), f));

// a codes r1 (x), r2 and r3 (no theme); b codes only r2 and r3 (no theme). The shared responses r2, r3
// are absent for x in both: p_o = 1, p_e = 0·0 + 1·1 = 1, so κ = 0/0; every pairable value is 0, so
// alpha is 0/0 too. r1 is coded by a only and not pairable.
describe('kappa and alpha undefined', () => {
  const report = computeAgreement(coders);
  const x = report.themes[0]!;

  test('null with a note, never NaN', () => {
    expect(x.themeId).toBe('x');
    expect(x.units).toBe(2);
    expect(x.agreement).toBe(1);
    expect(x.kappa).toBeNull();
    expect(x.kappaNote).toBe(
      'both coders marked the theme absent in every response they both coded, so chance agreement is 1 and kappa is undefined',
    );
    expect(x.alpha).toBeNull();
    expect(x.alphaNote).toMatch(/no variation/);
    expect(report.overall.meanKappa).toBeNull();
    expect(report.overall.kappaThemes).toBe(0);
    expect(report.overall.meanAlpha).toBeNull();
    expect(report.overall.exactMatch).toBe(1);
  });

  test('the notes explain what was left out', () => {
    expect(report.notes).toEqual([
      '1 response was coded by one coder only and is left out of every statistic: there is nothing to compare it with.',
      'Kappa is undefined for theme x, where the coders gave every response they both coded the same value (so chance agreement is 1) or coded no response in common; it is left out of the mean kappa.',
      'Alpha is undefined for x (no variation in the values) and left out of the mean alpha.',
    ]);
  });

  test('writers show a dash, a blank cell and JSON null', () => {
    // The coder columns count over the row's 2 responses, where neither applied x (a's x on r1, which b
    // did not code, is not among them): "1" there sat beside 100% agreement.
    expect(formatAgreementTable(report)).toMatch(/│ x\s+│\s+2 │\s+0 │\s+0 │\s+100\.0% │\s+— │\s+— │/);
    expect(formatAgreementCsv(report).split('\n')[1]).toBe('x,,,2,100,,,,,,,,,,,,,,,,');
    const json = formatAgreementJson(report);
    expect(json).not.toContain('NaN');
    expect(JSON.parse(json).themes[0].kappa).toBeNull();
  });
});
