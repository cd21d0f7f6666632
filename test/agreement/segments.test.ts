// A QDA tool's coded-segments export read by `reflect agree`: each segment found in the responses' texts
// (segments.ts), the export read as a coder (segment-codings.ts), and the figures through runAgree.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { compileResponses, placeSegments, segmentWords, type ResponseText } from '../../src/analyses/segments.js';
import { coderFromSegments, responseTexts, segmentsExport } from '../../src/analyses/segment-codings.js';
import { codingRecords } from '../../src/analyses/coding-files.js';
import { runAgree, type AgreeIO } from '../../src/commands/agree.js';
import { loadCodebook } from '../../src/codebook/load.js';

const DIR = 'fixtures/agreement/segments';
const bytes = (name: string): Uint8Array => readFileSync(new URL(`../../${DIR}/${name}`, import.meta.url));

const place = (responses: ResponseText[], segments: { text: string; document?: string }[]) =>
  placeSegments(segments.map((s, i) => ({ line: i + 2, document: s.document ?? '', text: s.text })), compileResponses(responses));

describe('finding a segment in the responses', () => {
  const responses: ResponseText[] = [
    { responseId: 'a:t1', text: 'Nobody yells at you for being late — they just ask if you’re okay.', source: 'a.txt' },
    { responseId: 'a:t2', text: 'Like [name] will draw it for you if you don’t get it.', source: 'a.txt' },
    { responseId: 'a:t3', text: 'Yeah, the flexible hours help, honestly.', source: 'a.txt' },
    { responseId: 'b:t1', text: 'Weird at first, honestly. I never thought of myself as a leader.', source: 'b.txt' },
    { responseId: 'b:t2', text: 'Same.', source: 'b.txt' },
    { responseId: 'c:r1', text: 'Tests. My stomach hurts before tests.', source: 'c.csv' },
  ];

  test('case, spacing, curly quotes and dashes do not matter, and a highlight may begin or end inside a word', () => {
    expect(segmentWords('They just ask if you’re  OKAY — Self–paced')).toEqual(['they', 'just', 'ask', 'if', "you're", 'okay', 'self', 'paced']);
    expect(place(responses, [{ text: "late - They just ask if you're okay" }, { text: 'ody yells at you for be' }])).toEqual([
      { line: 2, responseIds: ['a:t1'], how: 'one' },
      { line: 3, responseIds: ['a:t1'], how: 'one' },
    ]);
  });

  test("a placeholder stands for the one to four words of the coder's original text", () => {
    expect(place(responses, [{ text: 'Like Madame Tremblay will draw it' }, { text: 'Ms. Ana de la Cruz will draw it' }, { text: 'Like Madame Tremblay' }])).toEqual([
      { line: 2, responseIds: ['a:t2'], how: 'one' },
      // five words are more than a name
      { line: 3, skipped: 'no-match' },
      { line: 4, responseIds: ['a:t2'], how: 'one' },
    ]);
    // a segment that is only a name holds no word of any response
    expect(place(responses, [{ text: 'Madame Tremblay' }])).toEqual([{ line: 2, skipped: 'no-match' }]);
  });

  test("a segment in several responses is narrowed by its document's name, and skipped where that does not tell them apart", () => {
    expect(place(responses, [{ text: 'honestly', document: 'b' }, { text: 'Same.', document: 'B.TXT' }, { text: 'honestly', document: 'c' }, { text: 'honestly' }])).toEqual([
      { line: 2, responseIds: ['b:t1'], how: 'by-document' },
      { line: 3, responseIds: ['b:t2'], how: 'one' },
      { line: 4, skipped: 'ambiguous', candidates: 2 },
      { line: 5, skipped: 'ambiguous', candidates: 2 },
    ]);
  });

  test('a segment spanning consecutive turns of one source codes each, across a speaker label; a word of a turn is not enough', () => {
    expect(place(responses, [
      { text: "if you don't get it.\nDakota: Yeah, the flexible hours" },
      { text: 'just ask if you’re okay.\n[00:01:02] Noor: Like Mr. Dhillon will draw it' },
      { text: 'draw it for you if you don’t get it. Yeah' },
      // b.txt's last turn and c.csv's first are in no one document
      { text: 'Same. Tests. My stomach' },
      { text: '' },
    ])).toEqual([
      { line: 2, responseIds: ['a:t2', 'a:t3'], how: 'spanning' },
      { line: 3, responseIds: ['a:t1', 'a:t2'], how: 'spanning' },
      // one word of the next turn proves too little to code it, and the segment is in no one response
      { line: 4, skipped: 'no-match' },
      { line: 5, skipped: 'no-match' },
      { line: 6, skipped: 'empty' },
    ]);
  });
});

describe('a coded-segments export read as a coder', () => {
  test("MAXQDA's layout, with responses.csv's texts: every row accounted for, codes kept as written", async () => {
    const texts = responseTexts(await codingRecords(bytes('responses.csv'), 'responses.csv'))!;
    expect(texts).toHaveLength(15);
    expect(texts[0]).toMatchObject({ responseId: 'focus-group-alternate.txt:t2', source: 'focus-group-alternate.txt' });
    const exp = segmentsExport(await codingRecords(bytes('maxqda-coder.csv'), 'maxqda-coder.csv'))!;
    expect(exp.segments).toHaveLength(9);
    const { coder, note } = coderFromSegments('maxqda-coder', 'maxqda-coder.csv', exp, texts);
    expect(coder.layout).toBe('long');
    expect(coder.units.map(({ responseId, themes, line }) => ({ responseId, themes, line }))).toEqual([
      { responseId: 'focus-group-alternate.txt:t2', themes: ['Relationships with adults'], line: 2 },
      { responseId: 'focus-group-alternate.txt:t3', themes: ['Pace and time to learn', 'Relationships with adults'], line: 3 },
      // row 4 spans turns 3 and 4 across the speaker's label
      { responseId: 'focus-group-alternate.txt:t4', themes: ['Relationships with adults'], line: 4 },
      // row 6: "Madame Tremblay" is the [name] of the response
      { responseId: 'focus-group-middle.txt:t5', themes: ['Relationships with adults'], line: 6 },
      { responseId: 'focus-group-middle.txt:t7', themes: ['Assessment > Grades and assessment'], line: 7 },
      // row 8: "Same." is in focus-group-alternate's turn 16 too ("the same shoes"); its document names the middle school's
      { responseId: 'focus-group-middle.txt:t8', themes: ['Assessment > Grades and assessment'], line: 8 },
      // row 11: "Mr. Dhillon" is the [name]
      { responseId: 'focus-group-middle.txt:t2', themes: ['Choice and options'], line: 11 },
    ]);
    // The unit's text is the de-identified response's, never the coder's segment with its names.
    expect(coder.units.find((u) => u.responseId === 'focus-group-middle.txt:t5')!.text).toContain('Like [name] will draw it');
    expect(JSON.stringify(coder)).not.toMatch(/Tremblay|Dhillon/);
    expect(coder.warnings).toEqual([
      { file: 'maxqda-coder.csv', line: 9, message: "1 of the 9 coded segments matched no response's text (row 9), so it is left out" },
      { file: 'maxqda-coder.csv', line: 10, message: "1 of the 9 coded segments lies in several responses' texts that its document's name does not tell apart (row 10), so it is left out" },
    ]);
    expect(note).toBe(
      "maxqda-coder.csv: 7 of its 9 coded segments were found in the responses' texts (5 in one response's text, 1 in several, told apart by their document's name, 1 spanning consecutive turns), coding 7 responses; 2 left out (see the warnings)",
    );
  });

  test('MAXQDA writes the export as an Excel workbook: read as its CSV is', async () => {
    const rows = parse(bytes('maxqda-coder.csv')) as string[][];
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Coded segments').addRows(rows);
    const xlsx = new Uint8Array(await wb.xlsx.writeBuffer());
    const texts = responseTexts(await codingRecords(bytes('responses.csv'), 'responses.csv'))!;
    const fromExcel = coderFromSegments('c', 'c.xlsx', segmentsExport(await codingRecords(xlsx, 'c.xlsx'))!, texts);
    const fromCsv = coderFromSegments('c', 'c.xlsx', segmentsExport(await codingRecords(bytes('maxqda-coder.csv'), 'c.csv'))!, texts);
    // Lines differ (a sheet's row against a CSV's line, row 4's segment taking two), not what is read.
    const read = (units: typeof fromCsv.coder.units) => units.map(({ responseId, themes }) => ({ responseId, themes }));
    expect(read(fromExcel.coder.units)).toEqual(read(fromCsv.coder.units));
    expect(fromExcel.coder.units).toHaveLength(7);
  });

  test("Taguette's layout: one row per highlight × tag, a highlight without tags accounted for", async () => {
    const texts = responseTexts(await codingRecords(bytes('responses.csv'), 'responses.csv'))!;
    const exp = segmentsExport(await codingRecords(bytes('taguette-coder.csv'), 'taguette-coder.csv'))!;
    expect(exp.uncoded).toEqual([9]);
    const { coder, note } = coderFromSegments('taguette-coder', 'taguette-coder.csv', exp, texts);
    expect(Object.fromEntries(coder.units.map((u) => [u.responseId, u.themes]))).toEqual({
      'focus-group-alternate.txt:t2': ['relationships'],
      'focus-group-alternate.txt:t3': ['pace'],
      'focus-group-alternate.txt:t4': ['relationships'],
      'focus-group-middle.txt:t7': ['grades', 'mental-health'],
      // straight quotes in the highlight, curly in the response
      'focus-group-middle.txt:t9': ['grades'],
      // "Mrs. Hoang" is the [name] the response begins with
      'focus-group-middle.txt:t27': ['support-staff'],
    });
    expect(coder.warnings).toEqual([{ file: 'taguette-coder.csv', line: 9, message: '1 of the 8 coded segments gives no code (row 9), so it is left out' }]);
    expect(note).toMatch(/^taguette-coder\.csv: 7 of its 8 coded segments were found .*coding 6 responses; 1 left out/);
  });

  test("ATLAS.ti's Codes cell, one code a line, gives each of them", () => {
    const exp = segmentsExport([
      { cells: ['ID', 'Quotation Name', 'Document', 'Codes', 'Quotation Content'], line: 1 },
      { cells: ['1:1', '', 'c', 'grades\nmental-health', 'My stomach hurts'], line: 2 },
    ])!;
    expect(exp.codes).toEqual([['grades', 'mental-health']]);
    expect(exp.segments).toEqual([{ line: 2, document: 'c', text: 'My stomach hurts' }]);
  });

  test('a table with response ids, or without a segment text column, is no export', () => {
    expect(segmentsExport([{ cells: ['response_id', 'Document name', 'Code', 'Segment'], line: 1 }])).toBeUndefined();
    expect(segmentsExport([{ cells: ['Document name', 'Code', 'Begin'], line: 1 }])).toBeUndefined();
  });
});

describe('reflect agree with coded-segments exports', () => {
  const files: Record<string, Uint8Array> = {
    'maxqda-coder.csv': bytes('maxqda-coder.csv'),
    'taguette-coder.csv': bytes('taguette-coder.csv'),
    'responses.csv': bytes('responses.csv'),
  };
  const io: AgreeIO = {
    readFile: async (file) => {
      const b = files[file];
      if (!b) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
      return b;
    },
    writeFile: async () => undefined,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: { NO_COLOR: '1' },
    loadCodebook: (file) => loadCodebook(file),
  };

  test('two exports over the units of responses.csv: the figures as counted by hand', async () => {
    const r = await runAgree(['maxqda-coder.csv', 'taguette-coder.csv'], { units: 'responses.csv', format: 'json' }, io);
    expect(r.exitCode).toBe(0);
    const report = r.report!;
    expect(report.units).toBe(15);
    const byTheme = Object.fromEntries(report.themes.map((t) => [t.themeId, { agreement: t.agreement, kappa: t.kappa, applied: t.applied }]));
    // relationships: maxqda gives alternate t2, t3, t4 and middle t5; taguette alternate t2 and t4. 13 of
    // 15 agree; p_e = (4·2 + 11·13)/225 = 151/225, so κ = (195 − 151)/(225 − 151) = 44/74.
    expect(byTheme.relationships!.applied).toEqual({ 'maxqda-coder': 4, 'taguette-coder': 2 });
    expect(byTheme.relationships!.agreement).toBeCloseTo(13 / 15, 10);
    expect(byTheme.relationships!.kappa).toBeCloseTo(44 / 74, 10);
    // grades (MAXQDA's "Assessment > Grades and assessment"): middle t7, t8 against t7, t9; κ = 22/52.
    expect(byTheme.grades!.applied).toEqual({ 'maxqda-coder': 2, 'taguette-coder': 2 });
    expect(byTheme.grades!.kappa).toBeCloseTo(22 / 52, 10);
    expect(byTheme.pace).toEqual({ agreement: 1, kappa: 1, applied: { 'maxqda-coder': 1, 'taguette-coder': 1 } });
    for (const id of ['choice', 'mental-health', 'support-staff']) expect(byTheme[id]!.agreement).toBeCloseTo(14 / 15, 10);
    expect(Object.keys(byTheme).sort()).toEqual(['choice', 'grades', 'mental-health', 'pace', 'relationships', 'support-staff']);
    expect(report.notes[0]).toMatch(/^maxqda-coder\.csv: 7 of its 9 coded segments/);
    expect(report.notes[1]).toMatch(/^taguette-coder\.csv: 7 of its 8 coded segments/);
  });

  test('responses.csv given among the coders gives the texts, and is a coder itself', async () => {
    const r = await runAgree(['maxqda-coder.csv', 'responses.csv'], { format: 'csv' }, io);
    expect(r.exitCode).toBe(0);
    expect(r.report!.coders.map((c) => [c.name, c.layout, c.units])).toEqual([
      ['maxqda-coder', 'long', 15],
      ['responses', 'wide', 15],
    ]);
    expect(r.stderr).toContain("warning: maxqda-coder.csv:9: 1 of the 9 coded segments matched no response's text (row 9), so it is left out");
  });

  test('without a file of the texts, says what to give', async () => {
    const r = await runAgree(['maxqda-coder.csv', 'taguette-coder.csv'], {}, io);
    expect(r.exitCode).toBe(3);
    expect(r.stderr).toBe(
      "error: maxqda-coder.csv:1: a coded-segments export from a QDA tool (one row per coded segment), which names no response; its segments are matched to the responses by their text, and no file given has the responses' texts: " +
        "give reflect's responses.csv among the files or with --units (e.g. --units reflect-report/responses.csv)\n",
    );
  });
});
