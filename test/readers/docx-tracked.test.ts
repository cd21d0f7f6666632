// A transcript whose transcriber's edits are still tracked in Word: read as if accepted, with a warning
// counting them; the comments beside it are not read (a name in one never reaches the answers).
import { Document, Packer, Paragraph, TextRun, InsertedTextRun, DeletedTextRun, CommentRangeStart, CommentRangeEnd, CommentReference } from 'docx';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/readers/docx.js';
import type { Transcript } from '../../src/model.js';

describe('a .docx with tracked changes and a comment', () => {
  it('reads the text as if accepted and counts the changes in a warning', async () => {
    const date = '2024-02-01T00:00:00Z';
    const doc = new Document({
      comments: { children: [{ id: 0, author: 'Ms. Kaur', date: new Date(Date.UTC(2024, 1, 1)), children: [new Paragraph('Check with Tyler Brennan about this quote')] }] },
      sections: [
        {
          children: [
            new Paragraph('Facilitator: What helps you learn?'),
            new Paragraph({
              children: [
                new TextRun('Maya: The flex block '),
                new DeletedTextRun({ text: 'sometimes ', id: 1, author: 'Ms. Kaur', date }),
                new InsertedTextRun({ text: 'really ', id: 2, author: 'Ms. Kaur', date }),
                new TextRun('helps me catch up.'),
              ],
            }),
            new Paragraph({ children: [new CommentRangeStart(0), new TextRun('Jordan: Smaller classes and teachers who know us.'), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })] }),
          ],
        },
      ],
    });
    const result = await readDocx(await Packer.toBuffer(doc), { file: 'group.docx', config: {} });
    const turns = (result.content as Transcript).turns.map((t) => `${t.speaker}: ${t.text}`);
    expect(turns).toEqual(['Facilitator: What helps you learn?', 'Maya: The flex block really helps me catch up.', 'Jordan: Smaller classes and teachers who know us.']);
    expect(result.warnings.map((w) => w.message)).toContain(
      "2 tracked changes (insertions or deletions) are still under review in Word; read as if accepted, deleted words left out and inserted ones kept: accept or reject them in Word (Review › Accept or Reject) if that is not the transcript's final text",
    );
    expect(JSON.stringify(result)).not.toContain('Tyler');
  });

  it('says nothing of a document without tracked changes', async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph('Facilitator: What helps?'), new Paragraph('Maya: Deleting old notes and inserting new ones.')] }] });
    const result = await readDocx(await Packer.toBuffer(doc), { file: 'group.docx', config: {} });
    expect(result.warnings.map((w) => w.message).join('\n')).not.toContain('tracked change');
  });
});
