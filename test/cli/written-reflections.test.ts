// Written reflections (text or Word files without speaker labels, or a class's writing one part per
// student) are reflections, not focus groups: counted, described and summarised as what students wrote.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { writeMarkdownReport } from '../../src/writers/markdown.js';
import { writeTerminalSummary } from '../../src/writers/terminal.js';
import { colourFor } from '../../src/util/colour.js';

describe('a folder of written reflections beside a focus group', () => {
  it('calls them reflections in sources, the summary and the report, never focus groups', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'reflect-written-'));
    const writers = ['Maya Lopez', 'Jordan Okafor', 'Priya Sandhu'];
    writers.forEach((name, i) => {
      writeFileSync(
        path.join(dir, `reflection-${i + 1}.txt`),
        `My reflection\n\nThe flex block helped me catch up in math and I felt less stressed.\n\nI wish we had more choice in projects.\n\n— ${name}, Gr 11\n`,
      );
    });
    writeFileSync(
      path.join(dir, 'focus-group.txt'),
      'Facilitator: What helps you learn?\n\nSam: Smaller classes, honestly.\n\nFacilitator: And what gets in the way?\n\nAlex: Too many tests in one week.\n\nFacilitator: Anything else?\n',
    );
    const analysis = await analyze({ folder: dir });
    expect(analysis.corpus.sources.map((s) => [s.id, s.kind])).toEqual([
      ['focus-group.txt', 'transcript'],
      ['reflection-1.txt', 'reflection'],
      ['reflection-2.txt', 'reflection'],
      ['reflection-3.txt', 'reflection'],
    ]);
    const summary = writeTerminalSummary(analysis, { chalk: colourFor({ isTTY: false }, {}) });
    expect(summary).toContain('0 reflection sheets, 1 transcript, 3 written reflections; 8 responses from 5 students');
    const report = writeMarkdownReport(analysis);
    expect(report).toContain('They wrote three reflections and took part in one focus group.');
    expect(report).toContain('The three written reflections were read paragraph by paragraph, each paragraph a response. A focus group interview was then held');
    expect(report).toContain('### In the written reflections\n\nIn three written reflections, 3 students wrote 6 paragraphs.');
    expect(report).toContain('In the focus group, 2 students spoke 2 times.');
    expect(report).not.toMatch(/four focus groups|took part in four/);
  });
});
