// Adults named by a role word a sheet writes before their name (a priest, a chaplain, a police officer, a
// trustee, a coach), title-cased phrases with a role word in them, a writer quoted as a quote's source and
// a school named for a person, as a folder and in the answers. No output names a student or an adult;
// the roles, the phrases, the writer and the school are kept.
import { readdirSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reflect, tempDir } from './helpers.js';

const SCHOOL = 'Sir John A. Macdonald Secondary';
const ROWS = [
  'Student Name,Grade,What helped you learn this year?',
  "Priya Sandhu,10,Father O'Brien came to our class and Chaplain Ruiz led the circle; the School Resource Officer Safety talk was good",
  'Jordan Okafor,10,"Constable Patel talked about vaping, Trustee Nguyen visited, and Coach Kim said we did well"',
  'Dev Malhotra,11,"""To be or not to be,"" wrote Shakespeare. We read it aloud and it helped"',
  'Maya Chen,11,"""Be kind,"" wrote Sofia. My friend Tomas Reyes said the Elder Statesman of our club is Dev Malhotra"',
  `Sam Wilson,10,I moved here from ${SCHOOL} last year and the teachers helped me catch up`,
];

let out: string;
let files: Record<string, string>;
beforeAll(() => {
  const folder = tempDir('reflect-role-words-');
  mkdirSync(path.join(folder, SCHOOL));
  writeFileSync(path.join(folder, SCHOOL, 'survey.csv'), ROWS.join('\n') + '\n');
  out = tempDir('reflect-role-words-out-');
  const run = reflect(['analyze', folder, '--out', out, '--force', '--quiet']);
  expect(run.code, run.stderr).toBe(0);
  files = Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(path.join(out, f), 'utf8')]));
});

describe('adults named by a role word, and phrases with one', () => {
  it('names no one in any output; the roles and the phrases are kept', () => {
    for (const [file, text] of Object.entries(files)) {
      expect(text, file).not.toMatch(/Priya|Sandhu|Jordan|Okafor|Malhotra|Maya|Chen|Sofia|Tomas|Reyes|Wilson|O'Brien|Ruiz|Patel|Nguyen|Kim\b/);
    }
    const responses = files['responses.csv']!;
    expect(responses).toContain('Father [name] came to our class and Chaplain [name] led the circle; the School Resource Officer Safety talk was good');
    expect(responses).toContain('Constable [name] talked about vaping, Trustee [name] visited, and Coach [name] said we did well');
    expect(responses).toContain('My friend [name] said the Elder Statesman of our club is [name]');
  });
});

describe('a writer quoted, and a classmate quoted', () => {
  it('keeps the writer as the quote\'s source and redacts the classmate', () => {
    const responses = files['responses.csv']!;
    expect(responses).toContain('""To be or not to be,"" wrote Shakespeare. We read it aloud');
    expect(responses).toContain('""Be kind,"" wrote [name].');
  });
});

describe('a school named for a person', () => {
  it('keeps the school as written, as a folder and in an answer, with no warning that it names someone', () => {
    expect(files['sources.csv']).toContain(`${SCHOOL}/survey.csv`);
    expect(files['responses.csv']).toContain(`I moved here from ${SCHOOL} last year`);
    expect(files['analysis.json']).not.toContain("name holds a person's name");
    expect(Object.values(files).join('\n')).not.toContain('[name] A. Macdonald');
  });
});
