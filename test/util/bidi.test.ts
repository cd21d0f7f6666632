import { describe, expect, it } from 'vitest';
import { closeBidi } from '../../src/util/bidi.js';
import { escapeMarkdown } from '../../src/writers/markdown-escape.js';
import { mermaidString } from '../../src/writers/mermaid.js';

const RLO = '\u202E';
const LRE = '\u202A';
const PDF = '\u202C';
const RLI = '\u2067';
const PDI = '\u2069';

describe('closeBidi', () => {
  it('leaves text without direction controls, or that closes what it opens, as it is', () => {
    for (const text of ['Teachers', 'שלום world', `${RLO}abc${PDF}`, `${RLI}abc${PDI}`, '\u200Fmark']) expect(closeBidi(text)).toBe(text);
  });

  it('closes an override, embedding or isolate left open, innermost first', () => {
    expect(closeBidi(`a${RLO}b`)).toBe(`a${RLO}b${PDF}`);
    expect(closeBidi(`${LRE}a${RLI}b`)).toBe(`${LRE}a${RLI}b${PDI}${PDF}`);
  });

  it('reads PDF and PDI as the bidi algorithm does', () => {
    // A PDF inside an isolate cannot close the embedding outside it; a PDI closes its isolate and what it holds.
    expect(closeBidi(`${LRE}${RLI}x${PDF}`)).toBe(`${LRE}${RLI}x${PDF}${PDI}${PDF}`);
    expect(closeBidi(`${RLI}${RLO}x${PDI}`)).toBe(`${RLI}${RLO}x${PDI}`);
    expect(closeBidi(`x${PDF}${PDI}`)).toBe(`x${PDF}${PDI}`);
  });
});

describe('users’ text in the report and its charts', () => {
  it("keeps a label's right-to-left override from reversing what the sentence says after it", () => {
    expect(escapeMarkdown(`Teachers ${RLO}evil`)).toBe(`Teachers ${RLO}evil${PDF}`);
    expect(mermaidString(`Teachers ${RLO}evil`)).toBe(`"Teachers ${RLO}evil${PDF}"`);
  });
});
