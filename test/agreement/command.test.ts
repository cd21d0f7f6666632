// `reflect agree` through runAgree with an in-memory file system: outputs, files written, exit codes.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { runAgree, type AgreeFlags, type AgreeIO } from '../../src/commands/agree.js';
import type { Codebook } from '../../src/model.js';

const fixture = (p: string): Uint8Array => readFileSync(new URL(`../../fixtures/agreement/${p}`, import.meta.url));

/** An AgreeIO over a map of files; `written` records what was written. */
function memoryIO(files: Record<string, Uint8Array | string>, extra: Partial<AgreeIO> = {}): AgreeIO & { written: Record<string, string> } {
  const store = new Map(Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? new TextEncoder().encode(v) : v]));
  const written: Record<string, string> = {};
  return {
    written,
    async readFile(file) {
      const bytes = store.get(file);
      if (!bytes) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
      return bytes;
    },
    async writeFile(file, text, overwrite) {
      if (!overwrite && store.has(file)) throw Object.assign(new Error(`EEXIST: ${file}`), { code: 'EEXIST' });
      store.set(file, new TextEncoder().encode(text));
      written[file] = text;
    },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: { NO_COLOR: '1' },
    // No codebook module in tests unless a test gives one: themes sort alphabetically.
    loadCodebook: async () => {
      throw new Error('no codebook');
    },
    ...extra,
  };
}

const pair = () => memoryIO({ 'coders/human.csv': fixture('reference/human.csv'), 'out/reflect.csv': fixture('reference/reflect.csv') });
const files = ['coders/human.csv', 'out/reflect.csv'];
const run = (flags: AgreeFlags, io = pair()) => runAgree(files, flags, io);

describe('reflect agree', () => {
  test('default table on stdout, plain when not a terminal; notes on stderr', async () => {
    const r = await run({ reference: 'human' });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe(readFileSync(new URL('../../fixtures/agreement/reference/expected-table.txt', import.meta.url), 'utf8'));
    expect(r.stdout).not.toMatch(/\u001b\[/);
    expect(r.stderr).toMatch(/^note: Precision, recall and F1 are against human/);
  });

  test('reads a coder kept in an Excel workbook as it reads the same coding in CSV', async () => {
    const rows = parse(fixture('reference/human.csv'), { bom: true }) as string[][];
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('human').addRows(rows);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const fromExcel = await runAgree(['coders/human.xlsx', 'out/reflect.csv'], { reference: 'human', format: 'csv' }, memoryIO({ 'coders/human.xlsx': bytes, 'out/reflect.csv': fixture('reference/reflect.csv') }));
    const fromCsv = await run({ reference: 'human', format: 'csv' });
    expect(fromExcel.exitCode).toBe(0);
    expect(fromExcel.stdout).toBe(fromCsv.stdout);
  });

  test('colour only on a terminal without NO_COLOR', async () => {
    const tty = await run({}, memoryIO({ 'coders/human.csv': fixture('reference/human.csv'), 'out/reflect.csv': fixture('reference/reflect.csv') }, { stdoutIsTTY: true, env: {} }));
    expect(tty.stdout).toMatch(/\u001b\[1m/);
    const noColour = await run({}, memoryIO({ 'coders/human.csv': fixture('reference/human.csv'), 'out/reflect.csv': fixture('reference/reflect.csv') }, { stdoutIsTTY: true, env: { NO_COLOR: '1' } }));
    expect(noColour.stdout).not.toMatch(/\u001b\[/);
  });

  test('--reference may name the file instead of the coder; CSV and JSON formats', async () => {
    const csv = await run({ reference: 'coders/human.csv', format: 'csv' });
    expect(csv.stdout).toBe(readFileSync(new URL('../../fixtures/agreement/reference/expected.csv', import.meta.url), 'utf8'));
    const json = await run({ reference: 'human', format: 'json' });
    const parsed = JSON.parse(json.stdout);
    expect(parsed.reference).toBe('human');
    expect(parsed.overall.exactMatch).toBe(0.625);
    // Markdown and JSON carry the notes; stderr stays empty.
    expect(json.stderr).toBe('');
    const md = await run({ format: 'md' });
    expect(md.stdout).toMatch(/^Two coders \(human and reflect\) coded 8 responses/);
  });

  test('--disagreements writes one row per response × theme in dispute; refuses to overwrite without --force', async () => {
    const io = pair();
    const r = await run({ disagreements: 'disagree.csv' }, io);
    expect(r.exitCode).toBe(0);
    // With the response's text (from human.csv) and the evidence (from reflect's codings) behind each dispute.
    expect(io.written['disagree.csv']).toBe(
      'response_id,theme_id,human,reflect,text,evidence\n' +
        'r2,c,0,1,Homework every night,...\n' +
        'r4,c,1,0,"My friends helped me\nwhen I was stressed",\n' +
        'r8,b,1,0,Homework and tests,\n' +
        'r8,d,0,1,Homework and tests,...\n',
    );
    const again = await run({ disagreements: 'disagree.csv' }, io);
    expect(again).toEqual({ stdout: '', stderr: 'error: disagree.csv exists; use --force to overwrite it\n', exitCode: 2 });
    const forced = await run({ disagreements: 'disagree.csv', force: true }, io);
    expect(forced.exitCode).toBe(0);
  });

  test('--excel with no CSV to shape is refused, as analyze refuses it', async () => {
    expect(await run({ excel: true, format: 'json' })).toEqual({
      stdout: '',
      stderr: 'error: --excel shapes CSV for Excel; --format json writes no CSV (use --format csv, or --disagreements FILE)\n',
      exitCode: 2,
    });
    expect((await run({ excel: true, disagreements: 'd.csv' })).exitCode).toBe(0);
    expect((await run({ excel: true, format: 'csv' })).stdout.startsWith('\uFEFF')).toBe(true);
  });

  test('--disagreements never replaces a file being read, even with --force', async () => {
    const io = pair();
    const human = new TextDecoder().decode(fixture('reference/human.csv'));
    for (const target of ['coders/human.csv', './coders/../coders/human.csv']) {
      const r = await run({ disagreements: target, force: true }, io);
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toBe(`error: --disagreements ${target} is one of the coding files compared; it is never overwritten, even with --force: name another file for the disagreements\n`);
    }
    const units = await runAgree(files, { disagreements: 'units.csv', units: 'units.csv', force: true }, memoryIO({ ...{ 'coders/human.csv': fixture('reference/human.csv'), 'out/reflect.csv': fixture('reference/reflect.csv') }, 'units.csv': 'response_id\nr1\n' }));
    expect(units.stderr).toMatch(/^error: --disagreements units\.csv is the --units file;/);
    expect(io.written).toEqual({});
    expect(new TextDecoder().decode(await io.readFile('coders/human.csv'))).toBe(human);
  });

  test('the disagreements file names each theme by its label too, where the codebook gives labels', async () => {
    const labelled: Codebook = {
      name: 'school',
      themes: ['Workload', 'Assessment', 'Friends', 'Trips'].map((label, i) => ({ id: 'abcd'[i]!, label, patterns: [], exclusions: [], countNegated: true })),
    };
    const io = memoryIO(
      { 'coders/human.csv': fixture('reference/human.csv'), 'out/reflect.csv': fixture('reference/reflect.csv') },
      { loadCodebook: async () => labelled },
    );
    await runAgree(files, { disagreements: 'd.csv', codebook: 'school.yml' }, io);
    expect(io.written['d.csv']!.split('\n').slice(0, 3)).toEqual([
      'response_id,theme_id,theme_label,human,reflect,text,evidence',
      'r2,c,Friends,0,1,Homework every night,...',
      'r4,c,Friends,1,0,"My friends helped me',
    ]);
  });

  test("a coder who gives the child themes is rolled up to the parents, as reflect's responses.csv is", async () => {
    const codebook: Codebook = {
      name: 'school',
      themes: [
        { id: 'wellbeing', label: 'Wellbeing', patterns: [], exclusions: [], countNegated: true },
        { id: 'stress', label: 'Stress', parent: 'wellbeing', patterns: [], exclusions: [], countNegated: true },
        { id: 'sleep', label: 'Sleep', parent: 'wellbeing', patterns: [], exclusions: [], countNegated: true },
      ],
    };
    const io = memoryIO(
      {
        'human.csv': 'response_id,themes\nr1,stress\nr2,Sleep\nr3,\n',
        'responses.csv': 'response_id,themes\nr1,wellbeing;stress\nr2,wellbeing;sleep\nr3,\n',
      },
      { loadCodebook: async () => codebook },
    );
    const r = await runAgree(['human.csv', 'responses.csv'], { reference: 'human', codebook: 'cb.yml', format: 'json', disagreements: 'd.csv' }, io);
    expect(r.exitCode).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.overall.exactMatch).toBe(1);
    expect(report.themes.find((t: { themeId: string }) => t.themeId === 'wellbeing').applied).toEqual({ human: 2, responses: 2 });
    expect(io.written['d.csv']).toBe('response_id,theme_id,theme_label,human,responses\n');
  });

  test('a label with a comma in a cell whose labels are separated by ; is one theme, not two unknown ids', async () => {
    const codebook: Codebook = {
      name: 'school',
      themes: [
        { id: 'relationships', label: 'Relationships with adults', patterns: [], exclusions: [], countNegated: true },
        { id: 'passion-purpose', label: 'Passions, goals and purpose', patterns: [], exclusions: [], countNegated: true },
      ],
    };
    const io = memoryIO(
      {
        'a.csv': 'response_id,themes\nr1,"Relationships with adults; Passions, goals and purpose"\nr2,"Passions, goals and purpose"\nr3,\n',
        'b.csv': 'response_id,themes\nr1,relationships;passion-purpose\nr2,passion-purpose\nr3,\n',
      },
      { loadCodebook: async () => codebook },
    );
    const r = await runAgree(['a.csv', 'b.csv'], { format: 'json' }, io);
    expect(r.exitCode).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.warnings).toEqual([]);
    expect(report.overall.exactMatch).toBe(1);
  });

  test('blank cells in the disagreements file for responses a coder did not code', async () => {
    const io = memoryIO({ 'a.csv': fixture('three-coders/a.csv'), 'b.csv': fixture('three-coders/b.csv'), 'c.csv': fixture('three-coders/c.csv') });
    await runAgree(['a.csv', 'b.csv', 'c.csv'], { disagreements: 'd.csv', format: 'json' }, io);
    // u2 (1,0,1), u5 (1,–,0); u6 is coded by b alone and cannot be disputed.
    expect(io.written['d.csv']).toBe('response_id,theme_id,a,b,c\nu2,t,1,0,1\nu5,t,1,,0\n');
  });

  test('--min-kappa and --min-alpha: exit 1 with one line on stderr when the mean is below', async () => {
    // Mean kappa 43/84 = 0.512, mean alpha 185/352 = 0.526 (see reference.test.ts).
    const pass = await run({ minKappa: 0.5, minAlpha: 0.5 });
    expect(pass.exitCode).toBe(0);
    const fail = await run({ minKappa: 0.6 });
    expect(fail.exitCode).toBe(1);
    expect(fail.stderr.split('\n').filter((l) => l.startsWith('error:'))).toEqual(['error: mean kappa 0.512 is below --min-kappa 0.6']);
    expect(fail.stdout).toContain('(mean over themes)');
    const alpha = await run({ minAlpha: 0.53 });
    expect(alpha.exitCode).toBe(1);
    expect(alpha.stderr).toContain('error: mean alpha 0.526 is below --min-alpha 0.53');
  });

  test('--min-kappa and --min-alpha met by a mean exactly at the threshold, as computed by hand', async () => {
    // One theme, three responses: a gives t to u1 and u2, b to u1 only (u3 neither).
    // Table: both 1, a only 1, b only 0, neither 1 → p_o = 2/3; margins 2/3 and 1/3 →
    // p_e = 2/3·1/3 + 1/3·2/3 = 4/9; κ = (2/3 − 4/9)/(1 − 4/9) = (2/9)/(5/9) = 2/5 = 0.4 exactly, which
    // floating point computes as 0.39999999999999986.
    // α: 6 pairable values, 3 ones and 3 zeros; u2 disagrees, adding (2² − 2)/1 = 2 → α = 1 − 5·2/(36 − 18) = 4/9.
    const io = memoryIO({ 'a.csv': 'response_id,themes\nu1,t\nu2,t\nu3,\n', 'b.csv': 'response_id,themes\nu1,t\nu2,\nu3,\n' });
    const at = await runAgree(['a.csv', 'b.csv'], { minKappa: 0.4, minAlpha: 4 / 9 }, io);
    expect(at.report!.overall.meanKappa).toBeCloseTo(0.4, 12);
    expect(at.stderr).not.toContain('error:');
    expect(at.exitCode).toBe(0);
    // Just above it, the gate still closes.
    const above = await runAgree(['a.csv', 'b.csv'], { minKappa: 0.4001 }, io);
    expect(above.exitCode).toBe(1);
    expect(above.stderr).toContain('error: mean kappa 0.400 is below --min-kappa 0.4001');
    // A mean that rounds to the threshold at 3 decimals is shown to the digits that tell it from it:
    // 43/84 = 0.51190… is 0.512 at 3 decimals, not below 0.512.
    const close = await run({ minKappa: 0.512 });
    expect(close.exitCode).toBe(1);
    expect(close.stderr).toContain('error: mean kappa 0.5119 is below --min-kappa 0.512');
  });

  test('an undefined mean kappa does not meet --min-kappa', async () => {
    const io = memoryIO({ 'a.csv': fixture('undefined-kappa/a.csv'), 'b.csv': fixture('undefined-kappa/b.csv') });
    const r = await runAgree(['a.csv', 'b.csv'], { minKappa: 0 }, io);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('error: mean kappa is undefined (no theme has a defined kappa), so --min-kappa 0 is not met');
  });

  test('errors: unreadable file (3), bad CSV columns (3, with file and line), usage (2)', async () => {
    expect(await runAgree(['coders/human.csv', 'missing.csv'], {}, pair())).toEqual({
      stdout: '',
      stderr: 'error: cannot read missing.csv: no such file\n',
      exitCode: 3,
    });
    const bad = memoryIO({ 'x.csv': 'id,code\n1,a\n', 'y.csv': 'response_id,themes\n' });
    expect(await runAgree(['x.csv', 'y.csv'], {}, bad)).toEqual({
      stdout: '',
      stderr:
        'error: x.csv:1: expected a response_id column and a themes, codes or theme_id column, numbered code columns (Code 1, Code 2 …), or one column per theme marked 1 or x; found: id, code\n',
      exitCode: 3,
    });
    expect((await run({ reference: 'nobody' })).stderr).toBe(
      "error: --reference 'nobody' is neither a coder name nor one of the files; coders: human, reflect\n",
    );
    expect((await runAgree(['coders/human.csv'], {}, pair())).exitCode).toBe(2);
    expect((await run({ format: 'xml' })).exitCode).toBe(2);
    const longOnly = memoryIO({ 'l1.csv': fixture('reference/reflect.csv'), 'l2.csv': fixture('reference/reflect.csv') });
    const r = await runAgree(['l1.csv', 'l2.csv'], {}, longOnly);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/every coding file is long/);
  });

  test('themes written differently only in case or spacing are one theme, with a warning each', async () => {
    // No codebook: S1 writes Stress and Sleep, S2 stress and 'sleep '. Read as one theme each:
    // Stress: S1 u1,u3; S2 u1,u3,u4 → both 2, S2 only 1, neither 1: p_o = 3/4; margins 1/2, 3/4 →
    // p_e = 1/2·3/4 + 1/2·1/4 = 1/2; κ = (3/4 − 1/2)/(1/2) = 1/2. α: 8 values, 5 ones, 3 zeros, u4 adds 2 →
    // α = 1 − 7·2/(64 − 25 − 9) = 1 − 14/30 = 8/15. Sleep: both on u3 alone → κ = α = 1.
    // Before, Stress and stress were two themes, each given by one coder alone (κ 0, α −1/6 and −2/5).
    const io = memoryIO({
      'S1.csv': 'response_id,themes\nu1,Stress\nu2,\nu3,Sleep;Stress\nu4,\n',
      'S2.csv': 'response_id,themes\nu1,stress\nu2,\nu3,sleep ; stress\nu4,stress\n',
    });
    const r = await runAgree(['S1.csv', 'S2.csv'], { format: 'json' }, io);
    expect(r.exitCode).toBe(0);
    const themes = r.report!.themes.map((t) => [t.themeId, t.kappa, t.alpha]);
    expect(themes).toEqual([
      ['Sleep', 1, 1],
      ['Stress', 0.5, expect.closeTo(8 / 15, 12)],
    ]);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('warning:'))).toEqual([
      "warning: S2.csv:2: theme 'stress' is read as 'Stress', as S1.csv writes it first (line 2): they differ only in case or spacing",
      "warning: S2.csv:4: theme 'sleep' is read as 'Sleep', as S1.csv writes it first (line 4): they differ only in case or spacing",
    ]);
  });

  test('a file named twice is refused (2), not compared with itself as a second coder', async () => {
    // Before, coders/human.csv and ./coders/human.csv were coders 'human' and 'human#2' agreeing on
    // every response (kappa 1), and with a third coder every mean rose.
    const twice = await runAgree(['coders/human.csv', 'out/reflect.csv', './coders/human.csv'], {}, pair());
    expect(twice).toEqual({
      stdout: '',
      stderr:
        "error: coders/human.csv and ./coders/human.csv are the same file: a coder compared with themself agrees on everything and lifts every figure; name each coder's file once\n",
      exitCode: 2,
    });
    const same = await runAgree(['coders/human.csv', 'coders/human.csv'], {}, pair());
    expect(same.exitCode).toBe(2);
    expect(same.stderr).toMatch(/^error: coders\/human\.csv is named twice: /);
  });

  test('--units makes long files comparable', async () => {
    const io = memoryIO({
      'l1.csv': fixture('reference/reflect.csv'),
      'l2.csv': 'response_id,theme_id\nr1,a\n',
      'responses.csv': fixture('reference/human.csv'),
    });
    const r = await runAgree(['l1.csv', 'l2.csv'], { units: 'responses.csv', format: 'json' }, io);
    expect(r.exitCode).toBe(0);
    expect(r.report!.units).toBe(8);
    expect(r.report!.themes.find((t) => t.themeId === 'a')!.agreement).toBe(5 / 8);
  });

  test('--units: the per-theme table, CSV and Markdown end in a row of means over themes and a row pooled over themes, each saying which it is', async () => {
    const io = memoryIO({
      'kim.csv': 'response_id,theme_id\nr1,a\nr2,b\nr4,a\nr4,b\n',
      'reflect.csv': 'response_id,theme_id\nr1,a\nr3,b\nr4,a\n',
      // r5 was coded by both, with no theme
      'units.csv': 'response_id\nr1\nr2\nr3\nr4\nr5\n',
    });
    // Means over themes (agreement, kappa, alpha; macro P/R/F1) and pooled figures (responses, codings,
    // TP/FP/FN, micro P/R/F1) each under their own label: one "(overall)" row mixed them.
    const table = await runAgree(['kim.csv', 'reflect.csv'], { units: 'units.csv', format: 'table' }, io);
    expect(table.stdout).not.toContain('(overall)');
    expect(table.stdout).toMatch(/│ \(mean over themes\) +│ +│ +│ +│ +70\.0% │ +0\.318 │ +0\.357 │\n/);
    expect(table.stdout).toMatch(/│ \(pooled over themes\) │ +5 │ +4 │ +3 │ +│ +│ +│\n/);
    const refTable = await runAgree(['kim.csv', 'reflect.csv'], { units: 'units.csv', reference: 'kim', format: 'table' }, io);
    // macro P/R/F1 (means over a and b) on the means row; micro and the pooled counts on the pooled row
    expect(refTable.stdout).toMatch(/│ \(mean over themes\) +│ +│ +│ +│ +70\.0% │ +0\.318 │ +0\.357 │ +0\.500 │ +0\.500 │ +0\.500 │ +│ +│ +│\n/);
    expect(refTable.stdout).toMatch(/│ \(pooled over themes\) │ +5 │ +4 │ +3 │ +│ +│ +│ +0\.667 │ +0\.500 │ +0\.571 │ +2 │ +1 │ +2 │\n/);
    const csv = await runAgree(['kim.csv', 'reflect.csv'], { units: 'units.csv', reference: 'kim', format: 'csv' }, io);
    // one header row, then a plain row per theme and per kind of overall figure: no note lines in the CSV
    expect(csv.stdout.split('\n')[0]).toMatch(/^theme_id,theme_label,/);
    const rows = parse(csv.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.theme_id)).toEqual(['a', 'b', '(mean over themes)', '(pooled over themes)']);
    // a: 2 TP; b: 0 TP, 1 FP, 2 FN; pooled 2/1/2; macro over a and b
    const blank = { responses: '', exact_match_percent: '', true_positives: '', false_positives: '', false_negatives: '', support: '', precision: '', recall: '', f1: '' };
    expect(rows[2]).toMatchObject({ ...blank, percent_agreement: '70', kappa: '0.3182', alpha: '0.3571', macro_f1: '0.5', macro_themes: '2' });
    expect(rows[3]).toMatchObject({ responses: '5', percent_agreement: '', kappa: '', alpha: '', exact_match_percent: '40', true_positives: '2', false_positives: '1', false_negatives: '2', f1: '0.5714', macro_f1: '', macro_themes: '' });
    const md = await runAgree(['kim.csv', 'reflect.csv'], { units: 'units.csv', reference: 'kim', format: 'md' }, io);
    expect(md.stdout).toContain('| **Mean over themes** |  | 70.0% | 0.32 | 0.36 | 0.50 | 0.50 | 0.50 |\n| **Pooled over themes** | 5 |  |  |  | 0.67 | 0.50 | 0.57 |\n');
    expect(md.stdout).not.toMatch(/Overall|\(micro\)/);
  });

  test('--codebook: order and labels from the codebook; unknown ids warned of with file and line', async () => {
    const codebook: Codebook = {
      name: 'school',
      themes: ['d', 'c', 'b'].map((id) => ({ id, label: id.toUpperCase(), patterns: [], exclusions: [], countNegated: true })),
    };
    const asked: (string | undefined)[] = [];
    const io = memoryIO(
      { 'coders/human.csv': fixture('reference/human.csv'), 'out/reflect.csv': fixture('reference/reflect.csv') },
      { loadCodebook: async (f) => (asked.push(f), codebook) },
    );
    const r = await runAgree(files, { codebook: 'school.yml', format: 'json' }, io);
    expect(asked).toEqual(['school.yml']);
    expect(r.report!.themes.map((t) => [t.themeId, t.label ?? null])).toEqual([
      ['d', 'D'],
      ['c', 'C'],
      ['b', 'B'],
      ['a', null],
    ]);
    expect(r.stderr).toBe(
      "warning: coders/human.csv:2: theme id 'a' is not in the codebook\nwarning: out/reflect.csv:2: theme id 'a' is not in the codebook\n",
    );
  });

  test('without --codebook the built-in one is used only when the files share its ids', async () => {
    const builtIn: Codebook = {
      name: 'default',
      themes: [{ id: 'other', label: 'Other', patterns: [], exclusions: [], countNegated: true }],
    };
    const io = memoryIO(
      { 'coders/human.csv': fixture('reference/human.csv'), 'out/reflect.csv': fixture('reference/reflect.csv') },
      { loadCodebook: async () => builtIn },
    );
    const r = await runAgree(files, { format: 'json' }, io);
    expect(r.report!.themes.map((t) => t.themeId)).toEqual(['a', 'b', 'c', 'd']);
    expect(r.report!.warnings).toEqual([]);
    expect(r.report!.themes[0]!.inCodebook).toBeUndefined();
  });

  test("a coder's sheet with the codebook's labels in numbered code columns is scored as if it had the ids", async () => {
    const builtIn: Codebook = {
      name: 'default',
      themes: ['Workload', 'Assessment', 'Friends & support', 'Field trips'].map((label, i) => ({
        id: 'abcd'[i]!,
        label,
        patterns: [],
        exclusions: [],
        countNegated: true,
      })),
    };
    // human.csv again, as a coder keeps it: labels, in any case, one a column.
    const labelOf: Record<string, string> = { a: 'workload', b: 'Assessment', c: 'friends and support', d: 'FIELD TRIPS' };
    const rows = (parse(fixture('reference/human.csv'), { bom: true, columns: true }) as { response_id: string; themes: string }[]).map((r) => {
      const labels = r.themes.split(/[;|]/).map((t) => t.trim()).filter(Boolean).map((t) => labelOf[t]!);
      return [r.response_id, labels[0] ?? '', labels[1] ?? ''].join(',');
    });
    const asLabels = ['Response ID,Code 1,Code 2', ...rows].join('\n');
    const withIds = await runAgree(files, { format: 'json' }, memoryIO({ 'coders/human.csv': fixture('reference/human.csv'), 'out/reflect.csv': fixture('reference/reflect.csv') }, { loadCodebook: async () => builtIn }));
    const withLabels = await runAgree(files, { format: 'json' }, memoryIO({ 'coders/human.csv': asLabels, 'out/reflect.csv': fixture('reference/reflect.csv') }, { loadCodebook: async () => builtIn }));
    expect(withLabels.stderr).toBe(withIds.stderr);
    expect(withLabels.report!.themes.map((t) => [t.themeId, t.label])).toEqual([
      ['a', 'Workload'],
      ['b', 'Assessment'],
      ['c', 'Friends & support'],
      ['d', 'Field trips'],
    ]);
    expect(withLabels.stdout).toBe(withIds.stdout);
  });

  test('a codebook the user names that fails to load is an error, not a silent fallback', async () => {
    const { ConfigError } = await import('../../src/util/errors.js');
    const io = memoryIO(
      { 'coders/human.csv': fixture('reference/human.csv'), 'out/reflect.csv': fixture('reference/reflect.csv') },
      { loadCodebook: async (f) => { throw new ConfigError('theme 2 has no id', { file: f, line: 7 }); } },
    );
    expect(await runAgree(files, { codebook: 'cb.yml' }, io)).toEqual({ stdout: '', stderr: 'error: cb.yml:7: theme 2 has no id\n', exitCode: 2 });
  });
});

describe('reflect agree --ci', () => {
  test('table: the default output unchanged, then one line of intervals; the method note on stderr', async () => {
    const plain = await run({ reference: 'human' });
    const ci = await run({ reference: 'human', ci: true });
    expect(ci.exitCode).toBe(0);
    expect(ci.stdout.startsWith(plain.stdout)).toBe(true);
    // Pinned: the resamples come from a fixed seed, so the same input always gives these bounds.
    expect(ci.stdout.slice(plain.stdout.length)).toBe(
      '95% bootstrap CI (1000 resamples of 8 responses): micro P/R/F1 0.58–1.00 / 0.58–1.00 / 0.60–0.95, macro F1 0.35–0.95, mean kappa 0.26–0.92, mean alpha 0.23–0.92, exact match 25.0–87.5%.\n',
    );
    expect(ci.stderr.startsWith(plain.stderr)).toBe(true);
    expect(ci.stderr).toMatch(/note: Confidence intervals are 95% percentile bootstrap intervals: the 8 responses coded by two or more coders were drawn with replacement 1000 times/);
    expect((await run({ reference: 'human', ci: true })).stdout).toBe(ci.stdout);
    expect((await run({ reference: 'human', ci: true, resamples: '200' })).stdout).toMatch(/^95% bootstrap CI \(200 resamples of 8 responses\)/m);
  });

  test('CSV: the default columns unchanged and in place, the interval columns after them', async () => {
    const plain = parse(await run({ reference: 'human', format: 'csv' }).then((r) => r.stdout)) as string[][];
    const ci = parse(await run({ reference: 'human', format: 'csv', ci: true }).then((r) => r.stdout)) as string[][];
    expect(ci.map((row) => row.slice(0, plain[0]!.length))).toEqual(plain);
    expect(ci[0]!.slice(plain[0]!.length, plain[0]!.length + 4)).toEqual(['percent_agreement_ci_low', 'percent_agreement_ci_high', 'kappa_ci_low', 'kappa_ci_high']);
    const header = ci[0]!;
    const pooled = Object.fromEntries(header.map((h, i) => [h, ci.at(-1)![i]]));
    expect(pooled).toMatchObject({ theme_id: '(pooled over themes)', exact_match_percent_ci_low: '25', exact_match_percent_ci_high: '87.5', f1_ci_low: '0.6', f1_ci_high: '0.9524', kappa_ci_low: '', macro_f1_ci_low: '' });
    const means = Object.fromEntries(header.map((h, i) => [h, ci.at(-2)![i]]));
    expect(means).toMatchObject({ theme_id: '(mean over themes)', kappa_ci_low: '0.2625', macro_f1_ci_low: '0.35', f1_ci_low: '', exact_match_percent_ci_low: '' });
    // Theme a: both coders agree on every response, so every resample gives kappa 1.
    const a = Object.fromEntries(header.map((h, i) => [h, ci[1]![i]]));
    expect(a).toMatchObject({ theme_id: 'a', kappa_ci_low: '1', kappa_ci_high: '1', f1_ci_low: '1', f1_ci_high: '1', macro_f1_ci_low: '' });
  });

  test('JSON carries the intervals object; Markdown says them in prose', async () => {
    const json = JSON.parse((await run({ reference: 'human', format: 'json', ci: true })).stdout);
    expect(json.intervals).toMatchObject({ method: 'percentile-bootstrap', level: 0.95, resamples: 1000, units: 8 });
    expect(json.intervals.overall.reference[0].coder).toBe('reflect');
    expect(json.intervals.themes.map((t: { themeId: string }) => t.themeId)).toEqual(['a', 'b', 'c', 'd']);
    const md = (await run({ reference: 'human', format: 'md', ci: true })).stdout;
    expect(md).toContain('Bootstrap 95% confidence intervals (1000 resamples of the 8 responses coded by both coders) were 0.26–0.92 for mean kappa, 0.23–0.92 for mean alpha and 25.0–87.5% for exact match; for reflect, 0.60–0.95 for micro F1 and 0.35–0.95 for macro F1.');
    expect(md).toMatch(/Confidence intervals are 95% percentile bootstrap intervals/);
  });

  test('--resamples must be a whole number of at least 100, and needs --ci', async () => {
    for (const resamples of ['5', '99', '150.5', 'many', '', '0x100', '1e3']) {
      const r = await run({ reference: 'human', ci: true, resamples });
      expect(r).toMatchObject({ exitCode: 2, stdout: '' });
      expect(r.stderr).toBe(`error: --resamples expects a whole number of at least 100; found '${resamples}'\n`);
    }
    const alone = await run({ resamples: '500' });
    expect(alone.exitCode).toBe(2);
    expect(alone.stderr).toMatch(/^error: --resamples sets the number of bootstrap resamples for --ci; add --ci/);
  });
});

describe('reflect agree with the real codebook module', () => {
  test("files using the built-in codebook's ids are ordered as the codebook lists them", async () => {
    const { loadCodebook } = await import('../../src/codebook/load.js');
    const order = (await loadCodebook()).themes.map((t) => t.id);
    // Two ids the codebook lists against alphabetical order, so the test tells the two orders apart.
    const i = order.findIndex((id, k) => k > 0 && order[k - 1]! > id);
    expect(i).toBeGreaterThan(0);
    const [first, second] = [order[i - 1]!, order[i]!];
    const io = memoryIO({ 'h.csv': `response_id,themes\nr1,${second};${first}\nr2,not-a-theme\n`, 'm.csv': `response_id,themes\nr1,${first}\nr2,\n` }, { loadCodebook: undefined });
    const r = await runAgree(['h.csv', 'm.csv'], { format: 'json' }, io);
    expect(r.exitCode).toBe(0);
    expect(r.report!.themes.map((t) => t.themeId)).toEqual([first, second, 'not-a-theme']);
    expect(r.report!.themes[0]!.label).toBeTruthy();
    expect(r.stderr).toBe("warning: h.csv:3: theme id 'not-a-theme' is not in the codebook\n");
  });
});

describe('reflect agree: typos in theme ids and labels', () => {
  test('a theme not in the codebook is warned of with the id or label it is closest to', async () => {
    const io = memoryIO(
      {
        'coders/alice.csv': 'response_id,themes\nfocus-group-alternate.txt:t2,relationshps; passion-purpose\nfocus-group-alternate.txt:t11,Mental helth\nfocus-group-alternate.txt:t12,homework\n',
        'out/responses.csv': fixture('unfinished/reflect.csv'),
      },
      { loadCodebook: undefined },
    );
    const r = await runAgree(['coders/alice.csv', 'out/responses.csv'], { format: 'json' }, io);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('warning:'))).toEqual([
      "warning: coders/alice.csv:2: theme id 'relationshps' is not in the codebook (did you mean 'relationships'?)",
      "warning: coders/alice.csv:3: theme id 'Mental helth' is not in the codebook (did you mean 'Mental health'?)",
      "warning: coders/alice.csv:4: theme id 'homework' is not in the codebook",
    ]);
  });
});

describe('reflect agree with coders who have not finished', () => {
  test("a coder who wrote 'None' for no theme is scored on the rows they coded; one who left blanks is warned of", async () => {
    const io = memoryIO(
      { 'sam.csv': fixture('unfinished/sam.csv'), 'kim.csv': fixture('unfinished/kim.csv'), 'reflect.csv': fixture('unfinished/reflect.csv') },
      { loadCodebook: undefined },
    );
    const r = await runAgree(['sam.csv', 'kim.csv', 'reflect.csv'], { reference: 'reflect', format: 'json' }, io);
    expect(r.exitCode).toBe(0);
    expect(r.report!.coders.map((c) => [c.name, c.units])).toEqual([['sam', 12], ['kim', 24], ['reflect', 24]]);
    expect(r.report!.themes.map((t) => t.themeId)).not.toContain('None');
    // sam left out passion-purpose on the first response and otherwise agrees on the twelve coded; the
    // twelve rows not coded are no false negatives.
    const sam = r.report!.overall.reference.find((x) => x.coder === 'sam')!;
    expect([sam.truePositives, sam.falsePositives, sam.falseNegatives]).toEqual([15, 0, 1]);
    expect(r.stderr).toContain("warning: sam.csv:14: 12 rows have a blank themes cell and are read as not coded, since the file writes 'none' (line 11)");
    expect(r.stderr).toContain('warning: kim.csv:14: the last 12 of 24 rows have a blank themes cell, read as coded with no theme;');
  });
});

describe('reflect agree with a coder file from an older run', () => {
  // human-2015.csv coded the same 12 responses as reflect.csv, but under an older run's ids: the sheets
  // file was then called reflection-sheets-2015.csv, and one focus-group turn was numbered t6, not t5.
  const older = () => memoryIO({ 'coders/human-2015.csv': fixture('older-run/human-2015.csv'), 'out/reflect.csv': fixture('older-run/reflect.csv') });
  const both = ['coders/human-2015.csv', 'out/reflect.csv'];

  test('names, per file, how many responses no other file lists and which, and the ids they had', async () => {
    const r = await runAgree(both, { format: 'json' }, older());
    expect(r.exitCode).toBe(0);
    expect(r.report!.overall.units).toBe(5);
    const warnings = r.stderr.split('\n').filter((l) => l.startsWith('warning:'));
    expect(warnings).toEqual([
      "warning: coders/human-2015.csv:5: 7 of its 12 responses are in no other coding file, so no one else coded them and they are left out: 'focus-group-middle.txt:t6' (line 5), 'reflection-sheets-2015.csv:r1:q1' (line 8), 'reflection-sheets-2015.csv:r1:q2' (line 9) and 4 more; they have the text of a response another file lists under another id ('focus-group-middle.txt:t6' is 'focus-group-middle.txt:t5' in out/reflect.csv): the files likely come from different runs, and the ids need matching",
      "warning: out/reflect.csv:5: 7 of its 12 responses are in no other coding file, so no one else coded them and they are left out: 'focus-group-middle.txt:t5' (line 5), 'reflection-sheets.csv:r1:q1' (line 8), 'reflection-sheets.csv:r1:q2' (line 9) and 4 more; they have the text of a response another file lists under another id ('focus-group-middle.txt:t5' is 'focus-group-middle.txt:t6' in coders/human-2015.csv): the files likely come from different runs, and the ids need matching",
    ]);
    // Also in the JSON, so nothing is dropped silently.
    expect(r.report!.warnings.map((w) => w.line)).toEqual([5, 5]);
  });

  test('says where ids differ from another file\'s only in case, spacing or a leading apostrophe', async () => {
    const io = memoryIO({ 'c.csv': "response_id,themes\nU1,a\n'u3,a\nu4,b\n", 'p.csv': 'response_id,themes\nu1,a\nu3,a\nu4,b\n' });
    const r = await runAgree(['c.csv', 'p.csv'], { format: 'json' }, io);
    expect(r.exitCode).toBe(0);
    const warnings = r.stderr.split('\n').filter((l) => l.startsWith('warning:'));
    expect(warnings).toEqual([
      "warning: c.csv:2: 2 of its 3 responses are in no other coding file, so no one else coded them and they are left out: 'U1' (line 2), ''u3' (line 3); their ids differ from another file's only in case, spacing or a leading apostrophe ('U1' is 'u1' in p.csv): ids are matched exactly, so correct one file to the other",
      "warning: p.csv:2: 2 of its 3 responses are in no other coding file, so no one else coded them and they are left out: 'u1' (line 2), 'u3' (line 3); their ids differ from another file's only in case, spacing or a leading apostrophe ('u1' is 'U1' in c.csv): ids are matched exactly, so correct one file to the other",
    ]);
  });

  test('with --units, the ids not in the units file are named and left out', async () => {
    const r = await runAgree(both, { units: 'out/reflect.csv', format: 'json' }, older());
    expect(r.exitCode).toBe(0);
    expect(r.report!.units).toBe(12);
    expect(r.report!.coders.map((c) => c.units)).toEqual([5, 12]);
    expect(r.report!.warnings).toEqual([
      {
        file: 'coders/human-2015.csv',
        line: 5,
        message:
          "7 of its 12 responses are not among the responses of out/reflect.csv, so they are left out: 'focus-group-middle.txt:t6' (line 5), 'reflection-sheets-2015.csv:r1:q1' (line 8), 'reflection-sheets-2015.csv:r1:q2' (line 9) and 4 more; if the file comes from an older run (a source renamed, responses renumbered), its response ids need updating",
      },
    ]);
  });

  test('beside a long file (one row per coding), whose coder coded every response, there is no such warning', async () => {
    const long = 'response_id,theme_id\nfocus-group-middle.txt:t7,grades\nreflection-sheets-2015.csv:r1:q1,timetables\n';
    const io = memoryIO({ 'coders/codings.csv': long, 'out/reflect.csv': fixture('older-run/reflect.csv') });
    const r = await runAgree(['coders/codings.csv', 'out/reflect.csv'], { format: 'json' }, io);
    expect(r.report!.overall.units).toBe(12);
    // Only the long file's response from another run is warned of; reflect's twelve were all compared.
    expect(r.report!.warnings.map((w) => `${w.file}:${w.line}: ${w.message}`)).toEqual([
      "coders/codings.csv:3: response 'reflection-sheets-2015.csv:r1:q1' is not among the responses of the wide coding files; left out",
    ]);
  });

  test("a coder who took a sample of reflect's responses gets no such warning", async () => {
    // The header and the first three responses, ids as reflect wrote them.
    const text = new TextDecoder().decode(fixture('older-run/reflect.csv')).split('\n').slice(0, 4).join('\n');
    const io = memoryIO({ 'coders/sample.csv': text, 'out/reflect.csv': fixture('older-run/reflect.csv') });
    const r = await runAgree(['coders/sample.csv', 'out/reflect.csv'], {}, io);
    expect(r.stderr).not.toMatch(/warning/);
    expect(r.stderr).toContain('note: 9 responses were coded by one coder only');
  });
});

describe('registerAgreeCommand', () => {
  test('commander wiring: files, flags and the exit code reach the process', async () => {
    const { Command } = await import('commander');
    const { vi } = await import('vitest');
    const { registerAgreeCommand } = await import('../../src/commands/agree.js');
    const { fileURLToPath } = await import('node:url');
    const path = (p: string) => fileURLToPath(new URL(`../../fixtures/agreement/${p}`, import.meta.url));
    const program = new Command().exitOverride();
    registerAgreeCommand(program);
    const out: string[] = [];
    const err: string[] = [];
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
    const before = process.exitCode;
    try {
      await program.parseAsync(
        ['agree', path('reference/human.csv'), path('reference/reflect.csv'), '--reference', 'human', '--format', 'csv', '--min-kappa', '0.6'],
        { from: 'user' },
      );
      expect(out.join('')).toBe(readFileSync(new URL('../../fixtures/agreement/reference/expected.csv', import.meta.url), 'utf8'));
      expect(err.join('')).toContain('error: mean kappa 0.512 is below --min-kappa 0.6');
      expect(process.exitCode).toBe(1);
      await expect(program.parseAsync(['agree', 'a.csv', 'b.csv', '--min-kappa', 'high'], { from: 'user' })).rejects.toThrow(
        /expected a number such as 0.7; found 'high'/,
      );
      out.length = 0;
      await program.parseAsync(['agree', path('reference/human.csv'), path('reference/reflect.csv'), '--reference', 'human', '--ci', '--resamples', '100'], { from: 'user' });
      expect(out.join('')).toMatch(/^95% bootstrap CI \(100 resamples of 8 responses\): micro P\/R\/F1 /m);
    } finally {
      process.exitCode = before;
      stdout.mockRestore();
      stderr.mockRestore();
    }
  });
});
