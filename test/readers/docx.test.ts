// Golden tests of the DOCX reader (fixtures/readers/docx/<case>/; the .docx files are built by
// make-docx-fixtures.ts), and unit tests of the HTML → paragraphs and tables step.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksFromHtml, paragraphsFromHtml } from '../../src/readers/docx-html.js';
import { readDocx } from '../../src/readers/docx.js';
import type { Transcript } from '../../src/model.js';
import { ReflectError } from '../../src/util/errors.js';

const dir = path.resolve(import.meta.dirname, '../../fixtures/readers/docx');

describe('readDocx golden', () => {
  for (const name of readdirSync(dir).sort()) {
    it(name, async () => {
      const bytes = readFileSync(path.join(dir, name, 'input.docx'));
      let value: unknown;
      try {
        value = await readDocx(bytes, { file: `docx/${name}/input.docx`, config: {} });
      } catch (error) {
        if (!(error instanceof ReflectError)) throw error;
        value = { error: error.name, message: error.describe(), exitCode: error.exitCode };
      }
      await expect(`${JSON.stringify(value, null, 2)}\n`).toMatchFileSnapshot(path.join(dir, name, 'expected.json'));
    });
  }
});

describe('readDocx', () => {
  it('throws an InputError for an empty file and for a zip that is not a Word document', async () => {
    await expect(readDocx(new Uint8Array(), { file: 'a.docx', config: {} })).rejects.toThrowError('empty file');
    // An empty zip archive: the end-of-central-directory record alone.
    const emptyZip = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
    await expect(readDocx(emptyZip, { file: 'b.docx', config: {} })).rejects.toThrowError('not a valid DOCX file');
  });

  it('says a document damaged in a copy (its zip whole, its parts not) may be repaired by Word', async () => {
    const bytes = new Uint8Array(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/readers/equivalence/focus-group.docx')));
    bytes.fill(0, 600, 800);
    await expect(readDocx(bytes, { file: 'copied.docx', config: {} })).rejects.toThrowError(
      'not a valid DOCX file: it is damaged (its parts cannot be read); open it in Word, which offers to repair it, and save it again to have it read',
    );
  });
});

describe('paragraphsFromHtml', () => {
  it('numbers paragraphs, marks headings and bold runs, keeps soft breaks, decodes entities', () => {
    const html =
      '<h2>Part 1</h2><p></p><p><strong>Maya</strong><strong>:</strong> Fish &amp; chips<br />again</p>' +
      '<ul><li>item &lt;1&gt;</li></ul><table><tr><td><p>cell</p></td></tr></table>';
    expect(paragraphsFromHtml(html)).toEqual([
      { number: 1, text: '# Part 1' },
      { number: 2, text: '' },
      { number: 3, text: '**Maya:** Fish & chips\nagain' },
      { number: 4, text: 'item <1>' },
      { number: 5, text: 'cell' },
    ]);
  });
});

describe('paragraphsFromHtml: optional hyphens', () => {
  it('leaves out Word’s optional hyphens, which it shows only at a line’s end', () => {
    expect(paragraphsFromHtml('<p><strong>Maya:</strong> The pro\u00adjects, like Jor&#173;dan said.</p>')).toEqual([
      { number: 1, text: '**Maya:** The projects, like Jordan said.' },
    ]);
  });
});

describe('paragraphsFromHtml: notes', () => {
  it('drops footnote and endnote marks, marks the notes, and keeps a note’s paragraphs as lines', () => {
    const html =
      '<p>Art room<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> at lunch<sup><a href="#endnote-1" id="endnote-ref-1">[2]</a></sup>.</p>' +
      '<ol><li id="footnote-1"><p>Open to all.</p><p>Since January. <a href="#footnote-ref-1">↑</a></p></li>' +
      '<li id="endnote-1"><p>Checked. <a href="#endnote-ref-1">↑</a></p></li></ol><ul><li>A list item</li></ul>';
    expect(paragraphsFromHtml(html)).toEqual([
      { number: 1, text: 'Art room at lunch.' },
      { number: 2, text: 'Open to all.\nSince January.', note: true },
      { number: 3, text: 'Checked.', note: true },
      { number: 4, text: 'A list item' },
    ]);
  });
});

describe('paragraphsFromHtml: lists', () => {
  it('reads a list inside a list item (Word’s sub-bullets) as paragraphs of their own, after the item’s words', () => {
    const html =
      '<ul><li>Facilitator: What helps?<ul><li>S1: <strong>Projects</strong></li><li>S2: Time</li></ul> and after</li><li>Next</li></ul>';
    expect(paragraphsFromHtml(html)).toEqual([
      { number: 1, text: 'Facilitator: What helps?' },
      { number: 2, text: 'S1: **Projects**' },
      { number: 3, text: 'S2: Time' },
      { number: 4, text: ' and after' },
      { number: 5, text: 'Next' },
    ]);
  });

  it('keeps characters XML does not allow (a vertical tab, a lone surrogate) in the text', () => {
    expect(paragraphsFromHtml('<p>a\u000bb \ud83d c</p>')).toEqual([{ number: 1, text: 'a\u000bb \ud83d c' }]);
  });

  it('says so, as an input error, when the HTML is not what mammoth writes', () => {
    expect(() => paragraphsFromHtml('<p>open')).toThrowError(/could not read the document's structure/);
  });
});

describe('blocksFromHtml', () => {
  const cell = (number: number, text: string, colspan = 1, rowspan = 1) => ({ paragraphs: [{ number, text }], colspan, rowspan });

  it('keeps paragraphs outside tables apart from each table, laid out as rows of cells', () => {
    const html =
      '<p>Before</p><table><thead><tr><th><p><strong>Speaker</strong></p></th><th><p>Text</p></th></tr></thead>' +
      '<tbody><tr><td><p>Maya</p></td><td><p>Fish &amp; chips</p><p>again<br />and again</p></td></tr>' +
      '<tr><td colspan="2"><p>Part 2</p></td></tr></tbody></table><p>After</p>';
    expect(blocksFromHtml(html)).toEqual([
      { type: 'paragraph', paragraph: { number: 1, text: 'Before' } },
      {
        type: 'table',
        table: {
          rows: [
            [cell(2, '**Speaker**'), cell(3, 'Text')],
            [cell(4, 'Maya'), { paragraphs: [{ number: 5, text: 'Fish & chips' }, { number: 6, text: 'again\nand again' }], colspan: 1, rowspan: 1 }],
            [cell(7, 'Part 2', 2)],
          ],
        },
      },
      { type: 'paragraph', paragraph: { number: 8, text: 'After' } },
    ]);
  });

  it('reads a table inside a cell as more paragraphs of that cell, and keeps cells merged down', () => {
    const html =
      '<table><tr><td rowspan="2"><p>Maya</p></td><td><table><tr><td><p>in 1</p></td><td><p>in 2</p></td></tr></table><p></p></td></tr>' +
      '<tr><td><p>more</p></td></tr></table>';
    expect(blocksFromHtml(html)).toEqual([
      {
        type: 'table',
        table: {
          rows: [
            [cell(1, 'Maya', 1, 2), { paragraphs: [{ number: 2, text: 'in 1' }, { number: 3, text: 'in 2' }, { number: 4, text: '' }], colspan: 1, rowspan: 1 }],
            [cell(5, 'more')],
          ],
        },
      },
    ]);
  });

  it('numbers paragraphs as paragraphsFromHtml does, table cells included', () => {
    const html = '<p>a</p><table><tr><td><p>b</p></td><td><p>c</p></td></tr></table><h1>d</h1>';
    expect(paragraphsFromHtml(html)).toEqual([
      { number: 1, text: 'a' },
      { number: 2, text: 'b' },
      { number: 3, text: 'c' },
      { number: 4, text: '# d' },
    ]);
  });
});

describe('readDocx: hidden text', () => {
  /** A transcript whose second turn holds a run in Word's Hidden font, and a run with Hidden switched off. */
  async function withHidden(): Promise<Uint8Array> {
    const { Document, Packer, Paragraph, TextRun } = await import('docx');
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun({ text: 'Facilitator:', bold: true }), new TextRun(' What helps you learn?')] }),
            new Paragraph({
              children: [
                new TextRun({ text: 'S1:', bold: true }),
                new TextRun(' The flex block.'),
                new TextRun({ text: ' [TRANSCRIBER NOTE: this is Tyler Brennan, grade 10]', vanish: true }),
                new TextRun({ text: ' And projects.', vanish: false }),
              ],
            }),
          ],
        },
      ],
    });
    return new Uint8Array(await Packer.toBuffer(doc));
  }

  /** A .docx without its hidden runs (the reader's own rewrite of its text parts), and how many there were. */
  async function withoutHiddenText(buffer: Buffer): Promise<{ buffer: Buffer; hidden: number }> {
    const [{ rewriteTextParts }, { HIDDEN_TEXT }] = await Promise.all([import('../../src/readers/docx-parts.js'), import('../../src/readers/docx-hidden.js')]);
    const { buffer: shown, counts } = await rewriteTextParts(buffer, [HIDDEN_TEXT]);
    return { buffer: shown, hidden: counts[0]! };
  }

  it('keeps a run that was hidden before a tracked change of its formatting, and leaves out one hidden by it', async () => {
    const { default: JSZip } = await import('jszip');
    const change = (rPr: string) => `<w:rPrChange w:id="1" w:author="T"><w:rPr>${rPr}</w:rPr></w:rPrChange>`;
    const zip = new JSZip();
    zip.file(
      'word/document.xml',
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>' +
        `<w:r><w:rPr><w:i/>${change('<w:vanish/>')}</w:rPr><w:t>shown now</w:t></w:r>` +
        `<w:r><w:rPr><w:vanish/>${change('')}</w:rPr><w:t>hidden now</w:t></w:r>` +
        '</w:p></w:body></w:document>',
    );
    const result = await withoutHiddenText(await zip.generateAsync({ type: 'nodebuffer' }));
    const xml = await (await JSZip.loadAsync(result.buffer)).file('word/document.xml')!.async('string');
    expect(result.hidden).toBe(1);
    expect(xml).toContain('shown now');
    expect(xml).not.toContain('hidden now');
  });

  it('finds hidden runs whatever prefix the document binds to Word’s namespace, and in a main part of another name', async () => {
    const { default: JSZip } = await import('jszip');
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const body = (p: string) => `<${p}body><${p}p><${p}r><${p}t>shown</${p}t></${p}r><${p}r><${p}rPr><${p}vanish/></${p}rPr><${p}t>this is Tyler Brennan</${p}t></${p}r></${p}p></${p}body>`;
    const documents = [
      ['word/document.xml', `<ns0:document xmlns:ns0="${W}">${body('ns0:')}</ns0:document>`],
      ['word/document.xml', `<document xmlns="${W}">${body('')}</document>`],
      ['word/document2.xml', `<w:document xmlns:w="${W}">${body('w:')}</w:document>`],
    ];
    for (const [part, xml] of documents) {
      const zip = new JSZip();
      zip.file('_rels/.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/${part}"/></Relationships>`);
      zip.file(part!, xml!);
      const result = await withoutHiddenText(await zip.generateAsync({ type: 'nodebuffer' }));
      const kept = await (await JSZip.loadAsync(result.buffer)).file(part!)!.async('string');
      expect([part, result.hidden, kept.includes('shown'), kept.includes('Tyler')]).toEqual([part, 1, true, false]);
    }
  });

  it('leaves out what Word does not show, and says so', async () => {
    const result = await readDocx(await withHidden(), { file: 'fg.docx', config: {} });
    expect(result.content.type === 'transcript' && result.content.turns.map((t) => [t.speaker, t.text])).toEqual([
      ['Facilitator', 'What helps you learn?'],
      ['S1', 'The flex block. And projects.'],
    ]);
    expect(result.warnings).toEqual([{ file: 'fg.docx', message: "1 run of text is hidden (Word's Hidden font, which Word does not show); left out" }]);
  });
});

describe('readDocx: a tab after the speaker', () => {
  /** A transcript laid out as Word users lay one out with a hanging indent: the name, a tab, the words. */
  async function tabbed(bold: boolean): Promise<Uint8Array> {
    const { Document, Packer, Paragraph, Tab, TextRun } = await import('docx');
    const turn = (name: string, text: string) => new Paragraph({ children: [new TextRun({ text: name, bold }), new TextRun({ children: [new Tab(), text] })] });
    const doc = new Document({
      sections: [
        {
          children: [
            // A table of contents' line is a heading and its page, not a turn.
            new Paragraph({ children: [new TextRun('Focus Group'), new TextRun({ children: [new Tab(), '3'] })] }),
            turn('Facilitator', 'What helps you learn?'),
            turn('Maya', 'The flex block, because I pick what to work on.'),
            turn('Jordan', 'Projects.'),
            turn('Maya', 'And choice: we get more of it now.'),
          ],
        },
      ],
    });
    return new Uint8Array(await Packer.toBuffer(doc));
  }

  it('reads the name before the tab as the speaker, bold or not, as a colon after it would be', async () => {
    for (const bold of [false, true]) {
      const result = await readDocx(await tabbed(bold), { file: 'fg.docx', config: {} });
      expect(result.content.type === 'transcript' && result.content.written).toBeFalsy();
      expect(result.content.type === 'transcript' && result.content.turns.map((t) => [t.speaker, t.text])).toEqual([
        ['Facilitator', 'What helps you learn?'],
        ['Maya', 'The flex block, because I pick what to work on.'],
        ['Jordan', 'Projects.'],
        ['Maya', 'And choice: we get more of it now.'],
      ]);
      // The contents line above the talk is a heading, not words left out.
      expect(result.warnings.map((w) => w.message)).toEqual([]);
    }
  });
});

describe('readDocx: a bold name cut short', () => {
  it('reads a label whose bold run starts or ends inside the name as the bold label it is meant to be', async () => {
    const { Document, Packer, Paragraph, TextRun } = await import('docx');
    const runs = (...parts: [string, boolean][]) => new Paragraph({ children: parts.map(([text, bold]) => new TextRun({ text, bold })) });
    const doc = new Document({
      sections: [
        {
          children: [
            runs(['Facilitator:', true], [' What helps you learn?', false]),
            runs(['Ma', true], ['ya:', false], [' The flex block.', false]),
            runs(['Jordan Oka', true], ['for:', false], [' Projects.', false]),
            runs(['M', false], ['aya:', true], [' And choice.', false]),
          ],
        },
      ],
    });
    const result = await readDocx(new Uint8Array(await Packer.toBuffer(doc)), { file: 'fg.docx', config: {} });
    expect(result.content.type === 'transcript' && result.content.turns.map((t) => [t.speaker, t.text])).toEqual([
      ['Facilitator', 'What helps you learn?'],
      ['Maya', 'The flex block.'],
      ['Jordan Okafor', 'Projects.'],
      ['Maya', 'And choice.'],
    ]);
  });
});

describe('readDocx: bold names without a colon', () => {
  const read = async (...paragraphs: [string, string][]) => {
    const { Document, Packer, Paragraph, TextRun } = await import('docx');
    // A bold name then the words in one paragraph ('name', 'words'), or a bold name alone ('name', '') and the words in the next ('', 'words').
    const children = paragraphs.map(([name, words]) => new Paragraph({ children: [...(name ? [new TextRun({ text: name, bold: true })] : []), ...(words ? [new TextRun(name ? ` ${words}` : words)] : [])] }));
    const result = await readDocx(new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] }))), { file: 'fg.docx', config: {} });
    const content = result.content as Transcript;
    return { written: content.written === true, turns: content.turns.map((t) => [t.speaker, t.text]) };
  };

  it('reads a bold name before the words, or alone above them, as the speaker', async () => {
    // Before, the names ran into one author's reflection ("Maya The flex block …") or were dropped as prompts,
    // and the facilitator's questions were coded as a student's answers.
    const expected = { written: false, turns: [['Facilitator', 'What helps you learn?'], ['Maya', 'The flex block.'], ['Jordan', 'Projects.'], ['Maya', 'And choice.']] };
    expect(await read(['Facilitator', 'What helps you learn?'], ['Maya', 'The flex block.'], ['Jordan', 'Projects.'], ['Maya', 'And choice.'])).toEqual(expected);
    expect(await read(['Facilitator', ''], ['', 'What helps you learn?'], ['Maya', ''], ['', 'The flex block.'], ['Jordan', ''], ['', 'Projects.'], ['Maya', ''], ['', 'And choice.'])).toEqual(expected);
  });

  it('leaves a template’s bold first words in writing: prompts that come back name no role, and a field names someone', async () => {
    const template = await read(['Reading', 'I read three novels.'], ['Writing', 'A story.'], ['Reading', 'Graphic novels.'], ['Writing', 'Poems.']);
    expect(template.written).toBe(true);
    const fields = await read(['Student', 'Maya Lopez'], ['Reading', 'I read three novels.'], ['Student', 'Jordan Okafor'], ['Reading', 'Graphic novels.']);
    expect(fields.turns.every(([speaker]) => speaker === undefined)).toBe(true);
  });
});

describe('readDocx: text boxes and fields', () => {
  const turns = async (children: unknown[]) => {
    const { Document, Packer } = await import('docx');
    const doc = new Document({ sections: [{ children: children as never[] }] });
    const result = await readDocx(new Uint8Array(await Packer.toBuffer(doc)), { file: 'fg.docx', config: {} });
    return { turns: (result.content as Transcript).turns.map((t) => [t.speaker, t.text]), warnings: result.warnings };
  };

  it('sets a text box apart from the turn it sits in, as a note is', async () => {
    const { Paragraph, TextRun, Textbox } = await import('docx');
    const { turns: read, warnings } = await turns([
      new Paragraph({ children: [new TextRun({ text: 'Facilitator:', bold: true }), new TextRun(' What helps you learn?')] }),
      new Paragraph({ children: [new TextRun({ text: 'Maya:', bold: true }), new TextRun(' The flex block.')] }),
      new Textbox({ alignment: 'left', style: { width: '200pt', height: 'auto' }, children: [new Paragraph('Transcriber: Jordan Okafor arrived late.')] }),
      new Paragraph({ children: [new TextRun({ text: 'Jordan:', bold: true }), new TextRun(' Projects.')] }),
    ]);
    // The box's words ran on as Maya's: "The flex block. Transcriber: Jordan Okafor arrived late."
    expect(read).toEqual([['Facilitator', 'What helps you learn?'], ['Maya', 'The flex block.'], ['Jordan', 'Projects.']]);
    expect(warnings).toEqual([{ file: 'fg.docx', line: 4, message: 'text outside any speaker turn (no speaker label before it); left out' }]);
  });

  it('reads the text a simple field shows (a page number, a merged name), which Word shows and mammoth dropped', async () => {
    const { Paragraph, SimpleField, TextRun } = await import('docx');
    const { turns: read } = await turns([
      new Paragraph({ children: [new TextRun({ text: 'Facilitator:', bold: true }), new TextRun(' What helps you learn?')] }),
      new Paragraph({ children: [new TextRun({ text: 'Maya:', bold: true }), new TextRun(' The chart on page '), new SimpleField('PAGE', '3'), new TextRun(' of the handout.')] }),
    ]);
    expect(read).toEqual([['Facilitator', 'What helps you learn?'], ['Maya', 'The chart on page 3 of the handout.']]);
  });
});

describe('readDocx: a Microsoft Teams transcript saved as a Word document', () => {
  it("reads the title above the meeting's start and length, and leaves out who started and stopped the transcription", async () => {
    const { Document, Packer, Paragraph, TextRun } = await import('docx');
    const lines = [
      'Student voice focus group', 'November 24, 2026, 3:02PM', '12m 4s', '',
      'Dana Reyes started transcription', '',
      'Dana Reyes   0:03', 'How are you finding the new timetable?', '',
      'Maya Lopez   0:09', "Honestly it's a lot by lunch.", '',
      'Jordan Okafor   0:21', 'I like the longer lessons.', '',
      'Dana Reyes stopped transcription',
    ];
    const children = lines.map((text) => new Paragraph({ children: [new TextRun(text)] }));
    const result = await readDocx(new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] }))), { file: 'fg.docx', config: {} });
    const content = result.content as Transcript;
    expect(content.title).toBe('Student voice focus group');
    expect(content.turns.map((t) => [t.speaker, t.text])).toEqual([
      ['Dana Reyes', 'How are you finding the new timetable?'],
      ['Maya Lopez', "Honestly it's a lot by lunch."],
      ['Jordan Okafor', 'I like the longer lessons.'],
    ]);
    expect(result.warnings).toEqual([]);
  });
});
