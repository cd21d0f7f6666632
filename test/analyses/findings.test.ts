// Tests for "interesting findings": which group differences are tested, corrected and claimed, and how they read.

import { describe, expect, it } from 'vitest';
import type { Coding, Participant, Response } from '../../src/model.js';
import { findGroupDifferences, formatP } from '../../src/analyses/findings.js';

function student(id: string, attributes: Record<string, string>): Participant {
  return { id, role: 'student', attributes, sources: ['sheets.csv'] };
}

function corpusOf(people: Participant[], raised: Record<string, string[]>): { responses: Response[]; codings: Coding[] } {
  const responses = people.map((p) => ({ id: `r-${p.id}`, sourceId: 'sheets.csv', locator: p.id, participantId: p.id, text: '…' }));
  const codings = Object.entries(raised).flatMap(([themeId, ids]) => ids.map((id) => ({ responseId: `r-${id}`, themeId, evidence: [] })));
  return { responses, codings };
}

const range = (prefix: string, from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);

// 66 students: 6 in the Alternate program (alt1–3 female, alt4–6 male), 60 Regular (reg1–27 female,
// reg28–57 male, reg58–60 non-binary). Gender: 33 male, 30 female, 3 non-binary.
const people = [
  ...range('alt', 1, 6).map((id, i) => student(id, { program: 'Alternate', gender: i < 3 ? 'Female' : 'Male' })),
  ...range('reg', 1, 60).map((id, i) => student(id, { program: 'Regular', gender: i < 27 ? 'Female' : i < 57 ? 'Male' : 'Non-binary' })),
];
const themes = [
  { id: 'alt', label: 'Alternate programs' },
  { id: 'funding', label: 'Funding' },
];
// "Alternate programs": 5 of 6 Alternate students, 5 of 60 Regular (reg1–5, all female).
// "Funding": all 3 non-binary students, and reg5 (female), reg30 and reg31 (male).
const { responses, codings } = corpusOf(people, {
  alt: [...range('alt', 1, 5), ...range('reg', 1, 5)],
  funding: ['reg58', 'reg59', 'reg60', 'reg5', 'reg30', 'reg31'],
});

describe('findGroupDifferences', () => {
  it('reports the clear difference that survives Holm correction, with the numbers behind it', () => {
    const findings = findGroupDifferences(people, responses, codings, themes, { minCell: 5 });
    // Tested: program × each theme (two groups, so once each). Gender is never tested: the non-binary
    // group (3) is suppressed, female (30) is its complement, and male's cells are hidden with them.
    // Alternate: 5 1 / 5 55 → Fisher p = 1/6344 (exact, by hand from hypergeometric terms); m = 2, so
    // Holm-adjusted p = 2/6344. Regular for funding (6 of 60 vs 0 of 6) has p = 1.
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({
      themeId: 'alt',
      attribute: 'program',
      value: 'Alternate',
      direction: 'more',
      groupCount: 5,
      groupTotal: 6,
      restCount: 5,
      restTotal: 60,
      test: 'fisher-exact',
    });
    expect(finding.pValue).toBeCloseTo(1 / 6344, 14);
    expect(finding.adjustedP).toBeCloseTo(2 / 6344, 14);
    expect(finding.statistic).toBeUndefined();
    expect(finding.sentence).toBe(
      'Students in the Alternate program raised alternate programs far more often than students in the Regular program: ' +
        "5 of 6 (83%) against 5 of 60 (8%); Fisher's exact test, p = 0.00016 (Holm-adjusted p = 0.00032).",
    );
  });

  it("says how many of a group raised the theme only by speaking of their own setting, never a small count", () => {
    // The same 5 of 6 Alternate students, alt1 and alt2 in their own words, alt3–5 only through "here"
    // (evidence from a setting reference), and alt3 also once in their own words: 2 only through it.
    const fromSetting = { text: 'here', start: 0, end: 4, pattern: 'here', kind: 'word' as const, setting: 'program: Alternate' };
    const inWords = { text: 'alternate', start: 0, end: 9, pattern: 'alternate', kind: 'word' as const };
    const setting = (id: string, evidence: Coding['evidence']): Coding => ({ responseId: `r-${id}`, themeId: 'alt', evidence });
    const mixed: Coding[] = [
      ...codings.filter((c) => c.themeId !== 'alt' || !['alt3', 'alt4', 'alt5'].includes(c.responseId.slice(2))),
      setting('alt3', [fromSetting]),
      setting('alt4', [fromSetting]),
      setting('alt5', [fromSetting]),
    ];
    const again = { id: 'r-alt3-b', sourceId: 'sheets.csv', locator: 'alt3 b', participantId: 'alt3', text: '…' };
    const withWords = [...mixed, { responseId: 'r-alt3-b', themeId: 'alt', evidence: [inWords] }];
    const [finding] = findGroupDifferences(people, [...responses, again], withWords, themes, { minCell: 5 });
    expect(finding).toMatchObject({ themeId: 'alt', groupCount: 5, throughSetting: 2 });
    expect(finding!.sentence).toMatch(/\. Of these 5, fewer than 5 raised it only by speaking of their own setting \(“here”, “the program”\), which carries the theme\.$/);
    // Suppression off: the count itself. Three through the setting alone, all but their words: "3".
    const [open] = findGroupDifferences(people, responses, mixed, themes, { minCell: 0 });
    expect(open).toMatchObject({ throughSetting: 3 });
    expect(open!.sentence).toContain('Of these 5, 3 raised it only');
    // Without setting evidence the finding says nothing of it.
    const [plain] = findGroupDifferences(people, responses, codings, themes, { minCell: 5 });
    expect(plain!.throughSetting).toBeUndefined();
    expect(plain!.sentence).not.toContain('setting');
  });

  it('claims nothing for a suppressed group, however strong its difference', () => {
    // All 3 non-binary students raised funding against 3 of 63 others (Fisher p = 1/2288).
    const findings = findGroupDifferences(people, responses, codings, themes, { minCell: 5 });
    expect(findings.some((f) => f.attribute === 'gender')).toBe(false);
  });

  it('tests every group when suppression is off, correcting over all eight tests', () => {
    const findings = findGroupDifferences(people, responses, codings, themes, { minCell: 0 });
    // Eight tests: program once per theme, gender three times per theme. Sorted p: 1/6344, 1/2288,
    // 0.0347 (female/alt), 0.0394 (male/alt, by chi-square: every expected count ≥ 5) … Holm: 8/6344,
    // 7/2288, then 6 × 0.0347 = 0.21, no longer significant.
    expect(findings.map((f) => [f.themeId, f.attribute, f.value])).toEqual([
      ['alt', 'program', 'Alternate'],
      ['funding', 'gender', 'Non-binary'],
    ]);
    expect(findings[0].adjustedP).toBeCloseTo(8 / 6344, 14);
    expect(findings[1].pValue).toBeCloseTo(1 / 2288, 14);
    expect(findings[1].adjustedP).toBeCloseTo(7 / 2288, 14);
    expect(findings[1].sentence).toBe(
      "Non-binary students raised funding far more often than others: 3 of 3 (100%) against 3 of 63 (5%); Fisher's exact test, " +
        'p = 0.00044 (Holm-adjusted p = 0.0031).',
    );
  });

  it('uses chi-square when every expected count is at least 5, and reports less-often groups', () => {
    // Three schools of 40; Alder 30 raised the theme, Birch 10, Cedar 20.
    const schools = [
      ...range('a', 1, 40).map((id) => student(id, { school: 'Alder' })),
      ...range('b', 1, 40).map((id) => student(id, { school: 'Birch' })),
      ...range('c', 1, 40).map((id) => student(id, { school: 'Cedar' })),
    ];
    const data = corpusOf(schools, { time: [...range('a', 1, 30), ...range('b', 1, 10), ...range('c', 1, 20)] });
    const findings = findGroupDifferences(schools, data.responses, data.codings, [{ id: 'time', label: 'Time' }], { minCell: 5 });
    // Alder: 30 10 / 30 50 → X² = 120 (1500 − 300)² / (40 · 80 · 60 · 60) = 15, p = erfc(√7.5) = 0.000107511;
    // Birch is the mirror image (X² = 15); Cedar 20 of 40 against 40 of 80 has X² = 0. Holm: 3p, 3p, 1.
    expect(findings.map((f) => [f.value, f.direction, f.test])).toEqual([
      ['Alder', 'more', 'chi-square'],
      ['Birch', 'less', 'chi-square'],
    ]);
    expect(findings[0].statistic).toBeCloseTo(15, 12);
    expect(findings[0].pValue).toBeCloseTo(0.00010751117672950056, 15);
    expect(findings[0].adjustedP).toBeCloseTo(0.0003225335301885017, 15);
    expect(findings[1].sentence).toBe(
      'Students at Birch raised time far less often than others: 10 of 40 (25%) against 50 of 80 (63%); ' +
        'chi-square test, χ²(1) = 15.00, p = 0.00011 (Holm-adjusted p = 0.00032).',
    );
  });

  it('tests a two-group attribute once, leaves Not stated out of both sides, and honours alpha', () => {
    // 40 female (30 raised), 40 male (10 raised), 10 not stated (all raised): the not-stated students are
    // neither a group nor part of "the rest".
    const group = [
      ...range('f', 1, 40).map((id) => student(id, { gender: 'Female' })),
      ...range('m', 1, 40).map((id) => student(id, { gender: 'Male' })),
      ...range('n', 1, 10).map((id) => student(id, {})),
    ];
    const data = corpusOf(group, { voice: [...range('f', 1, 30), ...range('m', 1, 10), ...range('n', 1, 10)] });
    const findings = findGroupDifferences(group, data.responses, data.codings, [{ id: 'voice', label: 'Student voice' }], { minCell: 5 });
    // 30 10 / 10 30: X² = 80 (900 − 100)² / 40⁴ = 20, p = erfc(√10) = 7.74e-6; one test, so Holm leaves it.
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ value: 'Female', groupCount: 30, groupTotal: 40, restCount: 10, restTotal: 40 });
    expect(findings[0].statistic).toBeCloseTo(20, 12);
    expect(findings[0].adjustedP).toBe(findings[0].pValue);
    expect(findings[0].sentence).toBe(
      'Female students raised student voice far more often than male students: 30 of 40 (75%) against 10 of 40 (25%); ' +
        'chi-square test, χ²(1) = 20.00, p < 0.0001 (Holm-adjusted p < 0.0001).',
    );
    expect(findGroupDifferences(group, data.responses, data.codings, [{ id: 'voice', label: 'Student voice' }], { minCell: 5, alpha: 1e-6 })).toEqual([]);
  });

  it('finds nothing without students or differences', () => {
    expect(findGroupDifferences([], [], [], themes, { minCell: 5 })).toEqual([]);
    const flat = corpusOf(people, { alt: people.map((p) => p.id) });
    expect(findGroupDifferences(people, flat.responses, flat.codings, themes, { minCell: 0 })).toEqual([]);
  });
});

describe('sentence parts', () => {
  it('formats p-values plainly, never rounding across alpha', () => {
    expect(formatP(0.00043)).toBe('p = 0.00043');
    expect(formatP(0.0004)).toBe('p = 0.0004');
    expect(formatP(0.021)).toBe('p = 0.021');
    expect(formatP(0.35)).toBe('p = 0.35');
    expect(formatP(0.0496)).toBe('p = 0.0496');
    expect(formatP(0.00001)).toBe('p < 0.0001');
    expect(formatP(1)).toBe('p = 1');
  });
});

describe('findGroupDifferences on a survey’s closed question', () => {
  it('says who answered what, and names the question once', () => {
    // 40 students of one class: 18 answered No to "Do you have a working computer at home?", 22 Yes.
    // 12 of the 18 and 5 of the 22 raised technology and access in their written answers.
    const asked = 'do-you-have-a-working-computer-at-home';
    const survey = [
      ...range('n', 1, 18).map((id) => student(id, { [asked]: 'No' })),
      ...range('y', 1, 22).map((id) => student(id, { [asked]: 'Yes' })),
    ];
    const tagged = corpusOf(survey, { technology: [...range('n', 1, 12), ...range('y', 1, 5)] });
    const findings = findGroupDifferences(survey, tagged.responses, tagged.codings, [{ id: 'technology', label: 'Technology and access' }], { minCell: 5 });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.sentence).toMatch(
      /^Students who answered “No” to “Do you have a working computer at home\?” raised technology and access far more often than those who answered “Yes”: 12 of 18 \(67%\) against 5 of 22 \(23%\); /,
    );
  });
});

describe('findGroupDifferences with one group under two attributes', () => {
  it('tests the same students once, under the attribute that comes first', () => {
    // The six Alternate students are also the only students at one school level: the same 2×2 table
    // twice. It is tested once (under school-level, which comes before program), so Holm still
    // corrects over two tests, as with program alone.
    const both = people.map((p) => ({ ...p, attributes: { ...p.attributes, 'school-level': p.attributes.program === 'Alternate' ? 'Alternate' : 'Secondary' } }));
    const findings = findGroupDifferences(both, responses, codings, themes, { minCell: 5 });
    expect(findings.map((f) => [f.themeId, f.attribute, f.value])).toEqual([['alt', 'school-level', 'Alternate']]);
    expect(findings[0].adjustedP).toBeCloseTo(2 / 6344, 14);
  });
});

describe('findGroupDifferences never prints a rest that gives back a hidden cell', () => {
  // 53 students, as in a school's roster: 40 answered No to Indigenous self-identification, 2 First
  // Nations, 2 Métis, 3 Yes (each group under 5, so hidden), and 6 left it blank (Not stated, shown: 6).
  const roster = [
    ...range('no', 1, 40).map((id) => student(id, { indigenous: 'No' })),
    ...range('fn', 1, 2).map((id) => student(id, { indigenous: 'First Nations' })),
    ...range('me', 1, 2).map((id) => student(id, { indigenous: 'Métis' })),
    ...range('ye', 1, 3).map((id) => student(id, { indigenous: 'Yes' })),
    ...range('ns', 1, 6).map((id) => student(id, {})),
  ];
  const equity = [{ id: 'equity', label: 'Equity and diversity' }];
  // 5 of the 40 No students and 5 of the 7 who self-identified (fn1, fn2, me1, ye1, ye2) raised equity.
  const raisers = [...range('no', 1, 5), 'fn1', 'fn2', 'me1', 'ye1', 'ye2'];

  it('tests nothing whose rest, with the theme total, would give back the hidden Not stated count', () => {
    // Two Not stated students raised it too, so the theme's total is 12 and their crosstab cell is
    // "<5". "5 of 40 against 5 of 7" would give it back: 12 − 5 − 5 = 2.
    const data = corpusOf(roster, { equity: [...raisers, 'ns1', 'ns2'] });
    expect(findGroupDifferences(roster, data.responses, data.codings, equity, { minCell: 5 })).toEqual([]);
  });

  it('tests the same table when the Not stated cell is shown, since the rest is then in the tables already', () => {
    // No Not stated student raised it: their cell is 0 of 6, shown, and the rest (10 − 5 − 0 = 5 of
    // 53 − 40 − 6 = 7) can be worked out from the published totals anyway.
    const data = corpusOf(roster, { equity: raisers });
    const findings = findGroupDifferences(roster, data.responses, data.codings, equity, { minCell: 5 });
    // 5 35 / 5 2 → Fisher: P(x) = C(10,x)·C(37,40−x)/C(47,40) for x = 3…10; the tables as or less likely
    // than x = 5 are x = 3, 4, 5: (40 + 2590 + 55944) / 20963833 = 58574/20963833 (exact fractions, by
    // Python's math.comb). One test, so Holm leaves it.
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ value: 'No', direction: 'less', groupCount: 5, groupTotal: 40, restCount: 5, restTotal: 7, test: 'fisher-exact' });
    expect(findings[0].pValue).toBeCloseTo(58574 / 20963833, 15);
    expect(findings[0].adjustedP).toBe(findings[0].pValue);
  });

  it('still tests everything when suppression is off', () => {
    const data = corpusOf(roster, { equity: [...raisers, 'ns1', 'ns2'] });
    const findings = findGroupDifferences(roster, data.responses, data.codings, equity, { minCell: 0 });
    expect(findings.map((f) => [f.value, f.groupCount, f.restCount, f.restTotal])).toContainEqual(['No', 5, 5, 7]);
  });
});

describe('findGroupDifferences with three groups, where one group holds every raiser', () => {
  // As in the sample: 9 students in alternate programs, 8 of whom raised alternate programs; 56
  // secondary and 25 middle school students, none of whom did.
  const levels = [
    ...range('alt', 1, 9).map((id) => student(id, { 'school-level': 'Alternate' })),
    ...range('sec', 1, 56).map((id) => student(id, { 'school-level': 'Secondary' })),
    ...range('mid', 1, 25).map((id) => student(id, { 'school-level': 'Middle' })),
  ];
  const alt = [{ id: 'alt', label: 'Alternate programs' }];

  it('folds "secondary students raised it less" into the alternate finding it only restates, and still counts its test', () => {
    const data = corpusOf(levels, { alt: range('alt', 1, 8) });
    const findings = findGroupDifferences(levels, data.responses, data.codings, alt, { minCell: 5 });
    expect(findings.map((f) => [f.value, f.direction, f.groupCount, f.groupTotal, f.restCount, f.restTotal, f.foldedInto])).toEqual([
      ['Alternate', 'more', 8, 9, 0, 81, undefined],
      // The rest of the secondary students is the middle school students (0 of 25) and the alternate
      // ones (8 of 9): outside the alternate group, secondary students differ from no one.
      ['Secondary', 'less', 0, 56, 8, 34, 'Alternate'],
    ]);
    // Three tests were made (middle school: 0 of 25 against 8 of 65, p = 0.10, not a finding), and Holm
    // counts all three: the second smallest p is multiplied by 2, folded or not.
    expect(findings[1]!.adjustedP).toBeCloseTo(2 * findings[1]!.pValue, 15);
    expect(findings[0]!.adjustedP).toBeCloseTo(3 * findings[0]!.pValue, 15);
  });

  it('folds a near restatement too: one middle school student of 25 raised it, and none of 56 secondary', () => {
    // Alternate 8 of 9 against 1 of 81; secondary 0 of 56 against 9 of 34. Leaving the alternate students
    // aside, secondary students (0 of 56) and middle school ones (1 of 25) differ by no test: Fisher's
    // p = 25/81 ≈ 0.31. The secondary sentence is the alternate one seen from the other side. (Suppression
    // off: with it, the alternate students' rest would give the middle school's hidden 1 back.)
    const data = corpusOf(levels, { alt: [...range('alt', 1, 8), 'mid1'] });
    const findings = findGroupDifferences(levels, data.responses, data.codings, alt, { minCell: 1 });
    expect(findings.map((f) => [f.value, f.direction, f.groupCount, f.groupTotal, f.restCount, f.restTotal, f.foldedInto])).toEqual([
      ['Alternate', 'more', 8, 9, 1, 81, undefined],
      ['Secondary', 'less', 0, 56, 9, 34, 'Alternate'],
    ]);
  });

  it('keeps the findings whose groups differ from the students outside both', () => {
    // 10 of the 25 middle school students raised it: leaving the secondary students aside, alternate
    // students (8 of 9) still differ from middle school ones (10 of 25), and leaving the alternate ones
    // aside, secondary students (0 of 56) do too (Fisher's p = 0.019, and p < 0.0001). Each sentence says
    // something the others do not.
    const data = corpusOf(levels, { alt: [...range('alt', 1, 8), ...range('mid', 1, 10)] });
    const findings = findGroupDifferences(levels, data.responses, data.codings, alt, { minCell: 5 });
    expect(findings.map((f) => [f.value, f.direction])).toEqual([
      ['Secondary', 'less'],
      ['Alternate', 'more'],
      ['Middle', 'more'],
    ]);
    expect(findings.every((f) => f.foldedInto === undefined)).toBe(true);
  });

  it('folds into the leading finding the groups that raised it alike: "secondary students raised it less" says it', () => {
    // 20 of 25 middle school students and 8 of 9 alternate ones raised it, none of 56 secondary. Leaving
    // the secondary students aside, middle school and alternate students differ by no test (Fisher's
    // p = 1): "middle school students raised it far more often (20 of 25 against 8 of 65)" only says
    // again that secondary students did not.
    const data = corpusOf(levels, { alt: [...range('alt', 1, 8), ...range('mid', 1, 20)] });
    const findings = findGroupDifferences(levels, data.responses, data.codings, alt, { minCell: 5 });
    expect(findings.map((f) => [f.value, f.direction, f.foldedInto])).toEqual([
      ['Secondary', 'less', undefined],
      ['Middle', 'more', 'Secondary'],
      ['Alternate', 'more', 'Secondary'],
    ]);
  });
});
