import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Chalk } from 'chalk';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import type { Analysis, ThemeSummary } from '../../src/model.js';
import { bar, wrapToWidth, writeTerminalSummary } from '../../src/writers/terminal.js';

describe('bar', () => {
  it('scales to the width in eighths of a cell', () => {
    expect(bar(10, 10, 4)).toBe('████');
    expect(bar(5, 10, 4)).toBe('██');
    expect(bar(1, 10, 4)).toBe('▍'); // 3.2 eighths → 3
    expect(bar(0, 10, 4)).toBe('');
  });

  it('always shows something for a non-zero value', () => {
    expect(bar(1, 1000, 4)).toBe('▏');
  });
});

describe('writeTerminalSummary on a terminal of a given width', () => {
  const theme = (label: string, participants: number, responses: number): ThemeSummary => ({
    themeId: label.toLowerCase().replace(/\W+/g, '-'),
    label,
    responses,
    participants,
    percentResponses: 0,
    percentParticipants: participants,
    quotes: [],
  });
  // Only what the summary reads: a title, no sources, 100 students (none answering) and two themes.
  const hundred = Array.from({ length: 100 }, (_, i) => ({ id: `s${i}`, role: 'student', attributes: {}, sources: [] }));
  const analysis = {
    title: 'Forum',
    corpus: { sources: [], participants: hundred, responses: [] },
    codings: [],
    warnings: [],
    themes: [theme('Hands-on and project learning', 20, 30), theme('Choice and options', 10, 12)],
  } as unknown as Analysis;
  const chalk = new Chalk({ level: 0 });
  const summary = (columns?: number) => writeTerminalSummary(analysis, { chalk, columns });
  it('names the report once, however the output folder was typed', () => {
    for (const outDir of ['out/', 'out', './out']) expect(writeTerminalSummary(analysis, { chalk, outDir })).toMatch(/\nReport written to out\/report\.md\n$/);
  });
  const widest = (text: string) => Math.max(...text.split('\n').map((l) => [...l].length));
  // After the title and the lines of counts (wrapped on a narrow terminal), a blank line.
  const tableLines = (text: string) => text.slice(text.indexOf('\n\n') + 2).split('\n');

  it('draws the full table, with a 24-cell bar, when the width is not known (a pipe or a file)', () => {
    expect(summary()).toContain(`│ ${'█'.repeat(24)} │`);
    // the table's own width (the 91 once measured here was the line of counts above it)
    expect(widest(tableLines(summary()).join('\n'))).toBe(89);
  });

  it('keeps the full table when it fits', () => {
    expect(tableLines(summary(120))).toEqual(tableLines(summary()));
    // as wide as its widest line (the line of counts), nothing is wrapped
    expect(summary(widest(summary()))).toBe(summary());
  });

  it('narrows the bar to fit an 80-column terminal', () => {
    const text = summary(80);
    expect(widest(tableLines(text).join('\n'))).toBe(80);
    expect(text).toContain(`│ ${'█'.repeat(15)} │`);
    expect(text).toContain(`│ ${'█'.repeat(7)}▌${' '.repeat(7)} │`);
  });

  it('leaves the bar out when even a short one does not fit', () => {
    const text = summary(70);
    expect(widest(tableLines(text).join('\n'))).toBeLessThanOrEqual(70);
    expect(text).not.toContain('█');
    expect(text).toContain('│ Hands-on and project learning │       20 │ 20% │        30 │');
  });

  it('lists the themes one a line when no table fits, each wrapped at its spaces to the width', () => {
    // at 40 columns these lines were 62 and 51 characters long, for the terminal to break mid-word
    expect(tableLines(summary(40))).toEqual([
      'Hands-on and project learning: 20',
      '  students (20%), 30 responses',
      'Choice and options: 10 students (10%),',
      '  12 responses',
      '',
    ]);
    expect(widest(summary(40))).toBeLessThanOrEqual(40);
  });
});

describe('writeTerminalSummary percentages', () => {
  it('gives every share of the column as a whole percent, as the report does', () => {
    const eight = Array.from({ length: 8 }, (_, i) => ({ id: `s${i}`, role: 'student', attributes: {}, sources: [] }));
    const theme = (label: string, participants: number): ThemeSummary => ({
      themeId: label, label, responses: participants, participants, percentResponses: null, percentParticipants: (participants * 100) / 8, quotes: [],
    });
    const analysis = {
      title: 'Forum',
      corpus: { sources: [], participants: eight, responses: [] },
      codings: [],
      warnings: [],
      themes: [theme('Flex time', 5), theme('Class size', 4)],
    } as unknown as Analysis;
    const text = writeTerminalSummary(analysis, { chalk: new Chalk({ level: 0 }) });
    // 5 of 8 is 62.5%: printed as the model holds it, beside 4 of 8's "50%".
    expect(text).toMatch(/│ Flex time  │ +5 │ 63% │/);
    expect(text).toMatch(/│ Class size │ +4 │ 50% │/);
  });
});

describe('writeTerminalSummary counts', () => {
  it('counts the students the responses came from, and says those whose every sheet was blank apart, as the report does', () => {
    const sheet = { id: 'sheets.csv', kind: 'sheet', status: 'read', sheets: 3, emptySheets: 1 };
    const response = (id: string, participantId: string) => ({ id, sourceId: 'sheets.csv', locator: id, participantId, text: 'Flex blocks' });
    const analysis = {
      title: 'Forum',
      corpus: {
        sources: [sheet],
        participants: ['S1', 'S2', 'S3'].map((id) => ({ id, role: 'student', attributes: {}, sources: ['sheets.csv'] })),
        responses: [response('r1', 'S1'), response('r2', 'S1'), response('r3', 'S2')],
      },
      codings: [],
      warnings: [],
      themes: [],
    } as unknown as Analysis;
    expect(writeTerminalSummary(analysis, { chalk: new Chalk({ level: 0 }) }).split('\n')[2]).toBe(
      '3 reflection sheets (1 empty); 3 responses from 2 students (1 more handed in a blank sheet); 0 carry at least one theme',
    );
  });
});

describe('writeTerminalSummary, the line of what was read', () => {
  const summaryLine = (sources: object[], responses = 0): string => {
    const analysis = {
      title: 'Forum',
      corpus: {
        sources,
        participants: [{ id: 'W1', role: 'student', attributes: {}, sources: [] }],
        responses: Array.from({ length: responses }, (_, i) => ({ id: `r${i}`, sourceId: 'a.txt', locator: String(i), participantId: 'W1', text: 'Flex blocks' })),
      },
      codings: [],
      warnings: [],
      themes: [],
    } as unknown as Analysis;
    return writeTerminalSummary(analysis, { chalk: new Chalk({ level: 0 }) }).split('\n')[2]!;
  };

  it('names only the kinds of file there were: written reflections alone are not "0 reflection sheets, 0 transcripts"', () => {
    const reflections = ['a.txt', 'b.txt'].map((id) => ({ id, kind: 'reflection', status: 'read', sheets: 0, emptySheets: 0 }));
    expect(summaryLine(reflections, 3)).toBe('2 written reflections; 3 responses from 1 student; 0 carry at least one theme');
  });

  it('says "0 reflection sheets, 0 transcripts" where nothing was read', () => {
    // the one student, counted in the shares, gave no response
    expect(summaryLine([])).toBe('0 reflection sheets, 0 transcripts; 0 responses from 0 students (1 more took part without a response); 0 carry at least one theme');
  });
});

describe('writeTerminalSummary with users’ text', () => {
  it("closes a right-to-left override left open in the title or a label, so the counts after it are not shown reversed", () => {
    const analysis = {
      title: 'Forum \u202Eevil',
      corpus: { sources: [], participants: [], responses: [] },
      codings: [],
      warnings: [],
      themes: [{ themeId: 't', label: 'Teachers \u202Eevil', responses: 3, participants: 2, percentResponses: 0, percentParticipants: 50, quotes: [] }],
    } as unknown as Analysis;
    const chalk = new Chalk({ level: 0 });
    for (const columns of [undefined, 20]) {
      const lines = writeTerminalSummary(analysis, { chalk, columns }).split('\n');
      expect(lines[0]).toBe('Forum \u202Eevil\u202C');
      expect(lines.find((l) => l.includes('Teachers'))).toMatch(/Teachers \u202Eevil\u202C[^\u202E]*2/);
    }
  });
});

describe('wrapToWidth', () => {
  it('breaks at spaces only, indenting the later lines, a word wider than the terminal whole on its own line', () => {
    expect(wrapToWidth('Hands-on and project learning: 21 students (23%), 29 responses', 60, '  ')).toBe(
      'Hands-on and project learning: 21 students (23%), 29\n  responses',
    );
    expect(wrapToWidth('Report written to /a/very/long/path/to/the/report.md', 20)).toBe('Report written to\n/a/very/long/path/to/the/report.md');
  });

  it('leaves text that fits, or with no width known, as it was', () => {
    const line = 'Choice and options: 29 students (32%), 39 responses';
    expect(wrapToWidth(line, 60)).toBe(line);
    expect(wrapToWidth(`${line} ${line}`, undefined)).toBe(`${line} ${line}`);
  });

  it('gives colour codes no width, and closes an override on the line that opens it', () => {
    const yellow = new Chalk({ level: 1 }).yellow;
    // 18 characters shown, 28 with the codes: it fits 20 columns
    const coloured = `6 read, ${yellow('3 not read')}`;
    expect(coloured.length).toBe(28);
    expect(wrapToWidth(coloured, 20)).toBe(coloured);
    // broken inside the colour, which runs on to the next line, as the terminal shows it
    expect(wrapToWidth(coloured, 12)).toBe('6 read, \u001b[33m3\nnot read\u001b[39m');
    expect(wrapToWidth('Forum \u202Eevil and more words here', 12).split('\n')).toEqual(['Forum \u202Eevil\u202C', 'and more', 'words here']);
  });
});

describe('writeTerminalSummary of the sample, on a terminal 60 and 80 columns wide', () => {
  const sample = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/personalization-2016');
  let analysis: Analysis;
  beforeAll(async () => {
    analysis = await analyze({ folder: sample });
  }, 60_000);
  const chalk = new Chalk({ level: 0 });
  // The title and the lines of counts, before the first blank line, as one line.
  const head = (text: string) => text.slice(0, text.indexOf('\n\n')).replace(/\n/g, ' ');

  for (const columns of [60, 80]) {
    it(`fits every line in ${columns} columns, losing no word`, () => {
      const text = writeTerminalSummary(analysis, { chalk, columns, outDir: 'reflect-report' });
      const widths = text.split('\n').map((l) => [...l].length);
      expect(Math.max(...widths)).toBeLessThanOrEqual(columns);
      // the line of counts, 139 characters, is wrapped at its spaces, not cut: its words are those printed for a pipe
      const piped = writeTerminalSummary(analysis, { chalk, outDir: 'reflect-report' });
      expect(head(text)).toBe(head(piped));
      expect(head(text)).toContain('295 responses from 87 students (3 more handed in blank sheets); 245 carry at least one theme');
      expect(text.split('\n').at(-2)).toBe('Report written to reflect-report/report.md');
    });
  }

  it('lists the themes one a line at 60 columns, a line too long for it carried on, indented', () => {
    const lines = writeTerminalSummary(analysis, { chalk, columns: 60 }).split('\n');
    const at = lines.findIndex((l) => l.startsWith('Hands-on and project learning:'));
    expect(lines.slice(at, at + 2)).toEqual(['Hands-on and project learning: 21 students (23%), 29', '  responses']);
  });
});
