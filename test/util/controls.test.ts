// Control characters in file names, folder names and labels: shown, never run, wherever a terminal may print them.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/model.js';
import { showControls } from '../../src/util/controls.js';
import { formatWarning } from '../../src/util/log.js';
import { escapeMarkdown } from '../../src/writers/markdown-escape.js';
import { mermaidString } from '../../src/writers/mermaid.js';
import { writeTerminalSummary } from '../../src/writers/terminal.js';

const ESC = '\u001b';

describe('showControls', () => {
  it('writes ESC, CR, DEL and the C1 controls as escapes, and keeps tab, line feed and other text', () => {
    expect(showControls(`a${ESC}[7mb\rc\u007f\u009bd`)).toBe('a\\x1b[7mb\\x0dc\\x7f\\x9bd');
    expect(showControls('tab\tline\nélève 😀')).toBe('tab\tline\nélève 😀');
  });
});

describe('where users’ text meets a terminal', () => {
  it('shows the escape sequence of a file name in a warning instead of running it', () => {
    expect(formatWarning({ file: `sheet${ESC}]0;pwned\u0007.csv`, line: 2, message: 'm' })).toBe('sheet\\x1b]0;pwned\\x07.csv:2: m');
  });

  it('shows it in the report and its charts, which `cat report.md` prints', () => {
    expect(escapeMarkdown(`sheet${ESC}[2J.csv`)).toBe('sheet\\\\x1b[2J.csv');
    expect(mermaidString(`Teachers${ESC}[2J`)).toBe('"Teachers\\x1b[2J"');
  });

  it('shows it in the terminal summary’s title and theme labels', () => {
    const analysis = {
      title: `Forum${ESC}[2J`,
      corpus: { sources: [], participants: [], responses: [] },
      codings: [],
      warnings: [],
      themes: [{ themeId: 't', label: `Teachers${ESC}[31m`, responses: 3, participants: 2, percentResponses: 0, percentParticipants: 50, quotes: [] }],
    } as unknown as Analysis;
    const text = writeTerminalSummary(analysis, { chalk: new Chalk({ level: 0 }) });
    expect(text).not.toContain(ESC);
    expect(text).toContain('Forum\\x1b[2J');
    expect(text).toContain('Teachers\\x1b[31m');
  });
});
