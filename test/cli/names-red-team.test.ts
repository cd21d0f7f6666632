// A class's survey against its roster, written as students write names: a short form in lower case
// ("me and sammy", "kate and alex"), a name inside a hashtag of several words ("#teamPriya",
// "#JeanLucRocks"), a name's surname initial ("Sam T."), a person named after a possessive and a relation
// ("Alexander's brother Dmitri"), a street address, a handle after its app's name ("snap: jlb_2009"), a
// student number with a letter ("S7654321") and a phone number from abroad. No output names them, the terminal included; the
// words that look like names but are not (Will, May, Grace, Hope, Faith, Mark, the bill) are kept.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reflect, tempDir } from './helpers.js';

const ROSTER = [
  'Student ID,First Name,Last Name,Grade',
  '1001,Alexander,Whitfield,10',
  '1002,Katherine,Oyelaran,10',
  '1003,Priya,Raghunathan,11',
  '1005,Jean-Luc,Beaumont,10',
  '1008,Samuel,Thibodeaux,12',
  '1009,Jordan,Young,11',
];
const SURVEY = [
  'Student ID,Student Name,Grade,What helped you learn this year?',
  '1001,Alexander Whitfield,10,"me and sammy studied, honestly kate and alex were in my group. I will hope for the best, May is busy"',
  '1002,Katherine Oyelaran,10,"Sam T. was helpful. Grace period for homework would help, we need to pay the bill"',
  '1003,Priya Raghunathan,11,"We made a group chat #teamPriya #JeanLucRocks #HopeForTheBest. Mark my words, Faith in ourselves is key"',
  '1005,Jean-Luc Beaumont,10,"I asked Alexander\'s brother Dmitri, and my friend\'s sister Anneliese helped. It\'s teacher Appreciation week"',
  '1008,Samuel Thibodeaux,12,"Send it to me, I live at 1234 Maple Street, grade 10 Science is fun"',
  '1009,Jordan Young,11,"The Young Leaders club helped, Jordan Young and Young too"',
  '1008,Samuel Thibodeaux,12,"#AlexWhitfield forever. snap: jlb_2009, insta jeanluc.b, I use insta daily. My student # is S7654321, or call +44 20 7946 0958"',
];

let out: string;
let terminal: string;
beforeAll(() => {
  const folder = tempDir('reflect-red-team-');
  writeFileSync(path.join(folder, 'roster.csv'), ROSTER.join('\n') + '\n');
  writeFileSync(path.join(folder, 'survey.csv'), SURVEY.join('\n') + '\n');
  out = tempDir('reflect-red-team-out-');
  const run = reflect(['analyze', folder, '--out', out, '--force']);
  expect(run.code, run.stderr).toBe(0);
  terminal = run.stdout + run.stderr;
});

const PLANTED = /\bYoung\b|sammy|\bkate\b|\balex|Whitfield|Priya|Jean-?Luc|\bSam\b|\bT\.|Dmitri|Anneliese|1234 Maple|jlb_2009|S7654321|7946/i;

describe('names as students write them', () => {
  it('are named in no output, the terminal included', () => {
    for (const file of readdirSync(out)) expect(readFileSync(path.join(out, file), 'utf8'), file).not.toMatch(PLANTED);
    expect(terminal).not.toMatch(PLANTED);
  });

  it('leave the words that look like names, and the rest of each answer, as written', () => {
    const responses = readFileSync(path.join(out, 'responses.csv'), 'utf8');
    expect(responses).toContain('me and [name] studied, honestly [name] and [name] were in my group. I will hope for the best, May is busy');
    expect(responses).toContain('[name] was helpful. Grace period for homework would help, we need to pay the bill');
    expect(responses).toContain('We made a group chat #team[name] #[name]Rocks #HopeForTheBest. Mark my words, Faith in ourselves is key');
    expect(responses).toContain("I asked [name]'s brother [name], and my friend's sister [name] helped. It's teacher Appreciation week");
    expect(responses).toContain('Send it to me, I live at [address], grade 10 Science is fun');
    // A surname is followed by no surname of its own: "Leaders" stays.
    expect(responses).toContain('The [name] Leaders club helped, [name] and [name] too');
    expect(responses).toContain('#[name] forever. snap: [handle], insta [handle], I use insta daily. My student # is [id], or call [phone]');
  });
});
