// What coders wrote (theme ids, file names) in the agreement writers: text, never markup or a reversed row.
import { expect, test } from 'vitest';
import { computeAgreement } from '../../src/analyses/agreement.js';
import { parseCodingFile } from '../../src/analyses/coding-files.js';
import { formatAgreementMarkdown, formatAgreementTable } from '../../src/writers/agreement.js';

test("a coder's theme ids and file name go into the Markdown as text, not as HTML, links or table columns", () => {
  const human = parseCodingFile('response_id,themes\nr1,<img src=x onerror=alert(1)>\nr2,a|b\nr3,*c*\n', 'h<b>|_x_.csv');
  const other = parseCodingFile('response_id,themes\nr1,[go](javascript:alert(1))\nr2,a\nr3,\n', 'other.csv');
  const md = formatAgreementMarkdown(computeAgreement([human, other], { reference: human.coder }));
  expect(md).not.toMatch(/<img|<b>|\]\(javascript|\*c\*|_x_/);
  expect(md).toContain('&lt;img src=x onerror=alert(1)>');
  expect(md).toContain('h&lt;b>|\\_x\\_');
  // Every row of the table has the table's six cells (the theme's `|` escaped).
  for (const row of md.split('\n').filter((l) => l.startsWith('| '))) expect(row.split(/(?<!\\)\|/).length - 2).toBe(8);
});

test("a theme's right-to-left override is closed in the terminal table, so the row's figures are not shown reversed", () => {
  const a = parseCodingFile('response_id,themes\nr1,stress\u202Eevil\nr2,\n', 'a.csv');
  const b = parseCodingFile('response_id,themes\nr1,stress\u202Eevil\nr2,stress\u202Eevil\n', 'b.csv');
  const row = formatAgreementTable(computeAgreement([a, b])).split('\n').find((l) => l.includes('stress'));
  expect(row).toContain('stress\u202Eevil\u202C ');
});

test("coders' names (their files' names) are shown safely in every line of the terminal table: controls as \\xNN, overrides closed", () => {
  const a = parseCodingFile('response_id,themes\nr1,stress\nr2,\n', 'al\u001b]0;pwned\u0007ice\u202E.csv');
  const b = parseCodingFile('response_id,themes\nr1,stress\nr2,stress\n', 'b\rob.csv');
  const c = parseCodingFile('response_id,themes\nr1,stress\nr2,\n', 'cy.csv');
  const out = formatAgreementTable(computeAgreement([a, b, c], { reference: b.coder }));
  expect(out).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
  const headline = out.split('\n')[0]!;
  expect(headline).toContain('al\\x1b]0;pwned\\x07ice\u202E\u202C');
  expect(headline).toContain('b\\x0dob');
  // Every line that names the reverse-overriding coder closes the override on that line.
  for (const line of out.split('\n').filter((l) => l.includes('\u202E'))) expect(line).toContain('\u202E\u202C');
});
