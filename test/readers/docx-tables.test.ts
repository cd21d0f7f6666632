// Unit tests of how Word tables read (docx-tables.ts), through the HTML → lines step of the DOCX reader:
// transcript tables as one `Speaker: text` line per turn, key/value tables at the top as attributes,
// prompt/answer tables as headings over answers, and every other table one paragraph per cell.
import { describe, expect, it } from 'vitest';
import { headerRowAttributes } from '../../src/readers/docx-tables.js';
import { linesFromHtml } from '../../src/readers/docx.js';
import { parseSpeakerLines } from '../../src/readers/speaker-lines.js';

/** mammoth's HTML for a table whose cells each hold one paragraph (cells given as inline HTML). */
function table(rows: string[][]): string {
  return `<table>${rows.map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join('')}</tr>`).join('')}</table>`;
}

/** The non-blank lines, as `line: text`. */
function lines(html: string): string[] {
  return linesFromHtml(html, 'a.docx').lines.filter((l) => l.text !== '').map((l) => `${l.line}: ${l.text}`);
}

function turns(html: string): (string | number | undefined)[][] {
  const doc = linesFromHtml(html, 'a.docx');
  return parseSpeakerLines(doc.lines, { file: 'a.docx', markdown: true }).turns.map((t) => [t.speaker, t.text, t.start]);
}

describe('transcript tables', () => {
  it('skip the header row and read each row as a bold speaker label, numbered by its first paragraph', () => {
    const html = table([
      ['<strong>Speaker</strong>', '<strong>Text</strong>'],
      ['Ms Okafor', 'How did the check-ins go?'],
      ['Maya', 'Better than I expected.'],
    ]);
    expect(lines(html)).toEqual(['3: **Ms Okafor:** How did the check-ins go?', '5: **Maya:** Better than I expected.']);
    expect(linesFromHtml(html, 'a.docx').warnings).toEqual([]);
  });

  it('skip a header row in words they do not know beside a speaker column’s, bold or not (a table style’s bold is not the runs’)', () => {
    for (const header of [['Speaker', 'Comment'], ['Participant', 'Quote'], ['Name', 'What they said']]) {
      const html = table([header, ['Facilitator', 'What helps?'], ['Maya', 'Better than I expected.'], ['Jordan', 'Projects.'], ['Maya', 'And choice.']]);
      expect(turns(html).map(([speaker]) => speaker)).toEqual(['Facilitator', 'Maya', 'Jordan', 'Maya']);
    }
    // A participant who speaks first is no header.
    const html = table([['Participant', 'Yes'], ['Interviewer', 'Why?'], ['Participant', 'Because.']]);
    expect(turns(html).map(([speaker, text]) => `${speaker}: ${text}`)).toEqual(['Participant: Yes', 'Interviewer: Why?', 'Participant: Because.']);
  });

  it('pass a time column on as a leading timestamp, and a blank speaker cell continues the turn above', () => {
    const html =
      '<table><thead><tr><th><p>Time</p></th><th><p>Speaker</p></th><th><p>Transcript</p></th></tr></thead><tbody>' +
      '<tr><td><p>00:01:23</p></td><td><p>Maya</p></td><td><p>I liked the playlists</p><p>but not every week.</p></td></tr>' +
      '<tr><td><p>00:01:30</p></td><td><p></p></td><td><p>Some weeks were <em>all</em> videos.</p></td></tr>' +
      '<tr><td><p></p></td><td><p></p></td><td><p></p></td></tr>' +
      '<tr><td><p>[00:01:41] - [00:01:45]</p></td><td><p>Jordan</p></td><td><p>Same<br />for me.</p></td></tr>' +
      '</tbody></table>';
    expect(lines(html)).toEqual([
      '4: [00:01:23] **Maya:** I liked the playlists but not every week. Some weeks were all videos.',
      '14: [00:01:41] **Jordan:** Same for me.',
    ]);
    expect(turns(html)).toEqual([
      ['Maya', 'I liked the playlists but not every week. Some weeks were all videos.', 83],
      ['Jordan', 'Same for me.', 101],
    ]);
  });

  it('read nested inline tags, bold names with their colon, entities, and a table inside a cell', () => {
    const html =
      '<table><tr><td><p>Who</p></td><td><p>Dialogue</p></td></tr>' +
      '<tr><td><p><strong>Ms. Chen</strong><strong>:</strong></p></td><td><p>Fish &amp; <strong>chips</strong>, see <a href="https://x.org">the menu</a>.</p></td></tr>' +
      '<tr><td><p>S3</p></td><td><table><tr><td><p>Goal</p></td><td><p>Done</p></td></tr></table><p>That&#39;s it.</p></td></tr>' +
      '</table>';
    expect(turns(html)).toEqual([
      ['Ms. Chen', 'Fish & chips, see the menu.', undefined],
      ['S3', "Goal Done That's it.", undefined],
    ]);
  });

  it('read a speaker cell merged down as the same turn going on, and a row of one merged cell as a heading', () => {
    const html =
      '<table><tr><td><p>Speaker</p></td><td><p>Text</p></td></tr>' +
      '<tr><td rowspan="2"><p>Maya</p></td><td><p>First part.</p></td></tr>' +
      '<tr><td><p>Second part.</p></td></tr>' +
      '<tr><td colspan="2"><p>Part 2: feedback</p></td></tr>' +
      '<tr><td><p>Jordan</p></td><td><p>The feedback helped.</p></td></tr></table>';
    expect(lines(html)).toEqual(['3: **Maya:** First part. Second part.', '6: # Part 2: feedback', '7: **Jordan:** The feedback helped.']);
  });

  it('go on in a later table of the same columns, too short to show it is talk, whose first row continues the turn before', () => {
    const html =
      table([['Maya', 'One.'], ['Jordan', 'Two.'], ['Maya', 'Three,']]) + '<p></p>' + table([['', 'and four.'], ['Jordan', 'Five.']]);
    expect(turns(html).map((t) => t.slice(0, 2))).toEqual([
      ['Maya', 'One.'],
      ['Jordan', 'Two.'],
      ['Maya', 'Three, and four.'],
      ['Jordan', 'Five.'],
    ]);
  });

  it('without a header, need a speaker who speaks twice or a time column', () => {
    expect(lines(table([['Maya', 'Yes.'], ['Jordan', 'No.'], ['Maya', 'Maybe.']]))).toEqual([
      '1: **Maya:** Yes.',
      '3: **Jordan:** No.',
      '5: **Maya:** Maybe.',
    ]);
    expect(lines(table([['0:05', 'Maya', 'Yes.'], ['0:09', 'Jordan', 'No.']]))).toEqual(['1: [0:05] **Maya:** Yes.', '4: [0:09] **Jordan:** No.']);
    // Rows of a reflection sheet look like turns but nobody speaks twice: prompts and answers, not talk.
    expect(lines('<p>My term</p>' + table([['Reading', 'I read three books.'], ['Writing', 'I wrote an essay.']]))).toEqual([
      '1: My term',
      '2: # Reading',
      '3: I read three books.',
      '4: # Writing',
      '5: I wrote an essay.',
    ]);
  });

  it('read a table of prompts and answers as headings over one turn per answer', () => {
    const rows = [
      ['**Question**', '**My answer**'],
      ['What went well this term?', 'Flex time.<br />I caught up in math.'],
      ['What was hard?', ''],
      ['What will you change?', 'Sleep more'],
    ];
    expect(lines(table(rows))).toEqual([
      '3: # What went well this term?',
      '4: Flex time. I caught up in math.',
      '5: # What was hard?',
      '7: # What will you change?',
      '8: Sleep more',
    ]);
    // A first column that holds the writing is not a column of prompts: one paragraph per cell.
    expect(lines(table([['I liked the flex blocks because I could catch up in math.', 'ok']]))).toEqual([
      '1: I liked the flex blocks because I could catch up in math.',
      '2: ok',
    ]);
  });

  it('skip a bold first row in words reflect does not know as a header', () => {
    const rows = [['**Participant ID**', '**Excerpt**'], ['P1', 'I liked it.'], ['P2', 'Me too.'], ['P1', 'Mostly.']];
    expect(lines(table(rows))).toEqual(['3: **P1:** I liked it.', '5: **P2:** Me too.', '7: **P1:** Mostly.']);
    // Without the bold it reads as a turn, as `Participant ID: Excerpt` would as a paragraph.
    expect(lines(table(rows.map((r) => r.map((c) => c.replace(/\*\*/g, '')))))[0]).toBe('1: **Participant ID:** Excerpt');
  });

  it('leave line numbers and end times out quietly, and say which other column is not read', () => {
    const doc = linesFromHtml(
      table([
        ['#', 'Start', 'End', 'Speaker', 'Text', 'Comments'],
        ['1', '00:00:05', '00:00:09', 'Maya', 'Yes.', 'agrees'],
        ['2', '00:00:10', '00:00:12', 'Jordan', 'No.', ''],
      ]),
      'a.docx',
    );
    expect(doc.lines.filter((l) => l.text !== '').map((l) => l.text)).toEqual(['[00:00:05] **Maya:** Yes.', '[00:00:10] **Jordan:** No.']);
    expect(doc.warnings).toEqual([
      { file: 'a.docx', line: 1, message: 'table column 6 (Comments) is not read: a transcript table is read by its speaker, time and text columns' },
    ]);
  });

  it('write a speaker cell that is not a name as its paragraph would be, and say so once per table', () => {
    const doc = linesFromHtml(
      table([['Speaker', 'Text'], ['Maya', 'Yes.'], ['Interviewer (R.S.)', 'Why?'], ['Participant #2', 'No.'], ['Guest #3', 'Maybe.']]),
      'a.docx',
    );
    // A role with an aside in brackets is a label (the interviewer); "Participant #2" is not a name.
    expect(doc.lines.filter((l) => l.text !== '').map((l) => l.text)).toEqual(['**Maya:** Yes.', '**Interviewer (R.S.):** Why?', 'Participant #2: No.', 'Guest #3: Maybe.']);
    expect(doc.warnings).toEqual([
      {
        file: 'a.docx',
        line: 7,
        message: 'the speaker cells of 2 table rows are not read as names (expected one like Maya, Ms Chen or Student 3); read as text of the turn before',
      },
    ]);
  });
});

describe('key/value tables', () => {
  it('at the top (headings above at most) are attributes, as front matter; front matter wins a key both give', () => {
    const html =
      '<p>---</p><p>school: Riverside Secondary</p><p>---</p><h1>Focus group 3</h1>' +
      table([['<strong>School:</strong>', 'Lakeview'], ['Date', '14 March 2024'], ['School level', 'Secondary'], ['Participants', 'Maya</p><p>Jordan'], ['Notes', '']]) +
      table([['Speaker', 'Text'], ['Maya', 'Yes.']]);
    const doc = linesFromHtml(html, 'a.docx');
    expect(doc.attributes).toEqual({ school: 'Riverside Secondary', date: '14 March 2024', 'school-level': 'Secondary', participants: 'Maya, Jordan' });
    expect(doc.lines.filter((l) => l.text !== '').map((l) => l.text)).toEqual(['# Focus group 3', '**Maya:** Yes.']);
  });

  it('under a title in a plain paragraph (Word’s Title style) are attributes too', () => {
    expect(linesFromHtml(`<p>Lunch-hour focus group</p>${table([['Grade', '8']])}`, 'a.docx').attributes).toEqual({ grade: '8' });
  });

  it('laid out across the page, a row of keys over a row of values, are attributes too, names under their name keys', () => {
    const html =
      table([
        ['<strong>Date</strong>', '<strong>School</strong>', '<strong>Facilitator</strong>', '<strong>Location</strong>'],
        ['March 3, 2017', 'Riverside Secondary', 'Harpreet Kaur', ''],
      ]) + '<p><strong>Harpreet:</strong> What helps you learn?</p><p><strong>Maya:</strong> The flex block.</p>';
    const doc = linesFromHtml(html, 'a.docx');
    expect(doc.attributes).toEqual({ date: 'March 3, 2017', school: 'Riverside Secondary', facilitator: 'Harpreet Kaur' });
    expect(doc.lines.filter((l) => l.text !== '').map((l) => l.text)).toEqual(['**Harpreet:** What helps you learn?', '**Maya:** The flex block.']);
    expect(linesFromHtml(table([['Date', 'School'], ['March 3', 'Lakeview']]), 'a.docx').attributes).toEqual({ date: 'March 3', school: 'Lakeview' });
    // Keys no header has, a third row, a facilitator who is no name, a sentence: not a row of keys.
    for (const rows of [
      [['Goal', 'Plan'], ['Finish my essay', 'Study']],
      [['Date', 'School'], ['March 3', 'Lakeview'], ['March 4', 'Hillside']],
      [['Date', 'Facilitator'], ['March 3', 'I was late']],
      [['Date', 'Topic'], ['March 3', 'We talked about lunch.']],
    ]) {
      expect(headerRowAttributes(rows.map((cells, i) => ({ line: i + 1, cells, spanning: false })))).toBeUndefined();
    }
  });

  it('below text, or holding sentences or questions, read one paragraph per cell', () => {
    const kv = table([['School', 'Lakeview'], ['Grade', '9']]);
    expect(linesFromHtml(`<p>Intro.</p>${kv}`, 'a.docx').attributes).toEqual({});
    expect(lines(`<p>Intro.</p>${kv}`)).toEqual(['1: Intro.', '2: School', '3: Lakeview', '4: Grade', '5: 9']);
    for (const rows of [[['Goal', 'Finish my essay.']], [['What went well?', 'The field trip']], [['School', 'A'], ['School', 'B']]]) {
      expect(linesFromHtml(table(rows), 'a.docx').attributes).toEqual({});
    }
  });
});
