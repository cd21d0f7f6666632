// Names in ordinary case alone above their words (`Maya Chen`, then what she said; see readers/bare-names.ts),
// as a transcriber types them in Word: each name and each answer a paragraph of its own, or the name and
// the words in one paragraph split by a line break (Shift+Enter). The .docx is built here, as Word saves one.
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/readers/docx.js';
import { readText } from '../../src/readers/text.js';
import type { Transcript } from '../../src/model.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A .docx of `paragraphs`, each a list of lines joined by Word's line breaks, built with jszip as Word lays one out. */
async function docx(paragraphs: string[][]): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const body = paragraphs
    .map((lines) => `<w:p><w:r>${lines.map((l, i) => `${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escape(l)}</w:t>`).join('')}</w:r></w:p>`)
    .join('');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`);
  return new Uint8Array(await zip.generateAsync({ type: 'nodebuffer' }));
}

async function transcript(paragraphs: string[][]): Promise<Transcript & { warnings: string[] }> {
  const result = await readDocx(await docx(paragraphs), { file: 'riverside-focus-group.docx', config: {} });
  if (result.content.type !== 'transcript') throw new Error('not a transcript');
  return { ...result.content, warnings: result.warnings.map((w) => w.message) };
}

const TALK: [string, string[]][] = [
  ['Maya Chen', ['I think the timetable was better this year because the flex block gave me time to see my math teacher.']],
  ['Jordan Okafor', ['Honestly I mostly used it for homework, which was nice.']],
  ['Ms. Kaur', ['Would you keep it next year?']],
  ['Maya Chen', ['Yeah, but it was too loud in the library to actually work.']],
  ['Jordan Okafor', ['Thank you', 'Good morning is when I focus best, so I would keep it in the morning.']],
];
const SPEAKERS = ['Maya Chen', 'Jordan Okafor', 'Ms. Kaur', 'Maya Chen', 'Jordan Okafor'];

describe('readDocx: names in ordinary case alone above their words', () => {
  it('reads each paragraph of words as a turn of the name in the paragraph above it', async () => {
    const content = await transcript(TALK.flatMap(([name, words]) => [[name], ...words.map((w) => [w])]));
    expect(content.written).toBeUndefined();
    expect(content.turns.map((t) => t.speaker)).toEqual(SPEAKERS);
    expect(content.turns[0]!.text).toBe('I think the timetable was better this year because the flex block gave me time to see my math teacher.');
    expect(content.turns[4]!.text).toBe('Thank you Good morning is when I focus best, so I would keep it in the morning.');
    expect(content.turns.map((t) => t.text).join(' ')).not.toMatch(/Chen|Okafor|Kaur/);
    expect(content.warnings).toEqual([]);
  });

  it('reads a name and its words in one paragraph, split by a line break, the same way', async () => {
    const content = await transcript(TALK.map(([name, words]) => [name, ...words]));
    expect(content.turns.map((t) => t.speaker)).toEqual(SPEAKERS);
    expect(content.turns[2]!.text).toBe('Would you keep it next year?');
  });

  it('reads the same under an empty paragraph between turns, as many transcribers leave one', async () => {
    const content = await transcript(TALK.flatMap(([name, words]) => [[name], ...words.map((w) => [w]), ['']]));
    expect(content.turns.map((t) => t.speaker)).toEqual(SPEAKERS);
  });

  it("keeps the first speaker's turn under a title (\"Riverside Focus Group\"), which read as a name and hid the name below it", async () => {
    const paragraphs = [['Riverside Focus Group'], ...TALK.flatMap(([name, words]) => [[name], ...words.map((w) => [w])])];
    const content = await transcript(paragraphs);
    expect(content.turns.map((t) => t.speaker)).toEqual(SPEAKERS);
    expect(content.turns[0]!.text).toMatch(/^I think the timetable/);
    expect(content.warnings).toEqual([]);
    // The same lines typed in a .txt read the same.
    const text = readText(Buffer.from(`${paragraphs.map((p) => p.join('\n')).join('\n\n')}\n`), { file: 'riverside-focus-group.txt', config: {} });
    expect(text.content.type === 'transcript' && text.content.turns.map((t) => t.speaker)).toEqual(SPEAKERS);
    expect(text.warnings).toEqual([]);
  });

  it('keeps a class\'s signed reflections in Word as writing: a name that does not come back', async () => {
    const content = await transcript([['Maya Chen'], ['I think the flex block helped me.'], ['Jordan Okafor'], ['I used it for homework.'], ['Priya Sandhu'], ['It was too loud.']]);
    expect(content.written).toBe(true);
  });
});

// A class's writing typed into Word, each student's name a paragraph over their writing (see nameParts in
// speaker-lines.ts): a paragraph's lines and the blank after it share its number, which hid every name
// after the first, read as an answer of the first writer's ("Ngozi" in the responses).
describe("a class's writing in Word, each name a paragraph over the student's", () => {
  const CLASS: [string, string][] = [
    ['Tanvir', 'I wish we had more choice in what we study, because the timetable is packed.'],
    ['Ngozi', 'The stress before exams is too much, and there is no counsellor.'],
    ['Precious', 'We need more funding for laptops. Half the class shares one computer.'],
    ['Amir', 'I like it when teachers let us pick our own projects.'],
  ];
  const names = CLASS.map(([name]) => name);

  it.each([
    ['a paragraph each', CLASS.flatMap(([name, words]) => [[name], [words]])],
    ['an empty paragraph between students', CLASS.flatMap(([name, words]) => [[name], [words], ['']])],
    ['the name and the words split by a line break', CLASS.map(([name, words]) => [name, words])],
  ])("reads each part as the student's, no name an answer: %s", async (_layout, paragraphs) => {
    const content = await transcript(paragraphs);
    expect(content.written).toBe(true);
    expect(content.turns.map((t) => t.speaker)).toEqual(names);
    expect(content.turns.map((t) => t.text)).toEqual(CLASS.map(([, words]) => words));
    expect(content.attributes.author).toBeUndefined();
  });
});

// A writeup typed into Word with its topics' headings as plain paragraphs ("Mental Health" over a
// paragraph, "Funding" over the next): no one's words, as in a text file (see section-headings.ts), where
// the first was taken for the writer's name, redacted from every file, and "Funding" was an answer.
describe("a writeup's topic headings in Word", () => {
  it('reads them as headings, no author, no answer', async () => {
    const content = await transcript([
      ['Mental Health'],
      ['Students told us that stress about grades is the biggest thing in their lives.'],
      ['Funding'],
      ['Every school had less money for support staff than five years ago.'],
    ]);
    expect(content.attributes.author).toBeUndefined();
    expect(content.turns.map((t) => t.text)).toEqual([
      'Students told us that stress about grades is the biggest thing in their lives.',
      'Every school had less money for support staff than five years ago.',
    ]);
  });
});
