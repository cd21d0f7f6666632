// `reflect inspect` and sources.csv on a folder mixing every supported format, plus broken, empty,
// unsupported and hidden files: every file is accounted for, and the output is pinned by goldens.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ROOT, reflect, tempDir } from './helpers.js';

const MIXED = 'fixtures/cli/mixed';
const GOLDEN = path.join(ROOT, 'fixtures/cli/mixed-expected');

describe('reflect inspect on a mixed folder', () => {
  const run = reflect(['inspect', MIXED]);

  it('exits 0 and prints the inspection on stdout only', () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('shows each file, its format, encoding, status and column roles', async () => {
    await expect(run.stdout).toMatchFileSnapshot(path.join(GOLDEN, 'inspect.txt'));
  });

  it('names no participant', () => {
    for (const name of ['Maya', 'Jonah', 'Whitehorse', 'Jamal', 'Idris']) expect(run.stdout).not.toContain(name);
  });

  it('gives the same facts as JSON', () => {
    const json = JSON.parse(reflect(['inspect', MIXED, '--json']).stdout) as { files: { file: string; status: string }[] };
    expect(json.files.map((f) => `${f.file} ${f.status}`)).toEqual([
      'agenda.pdf skipped',
      'broken.docx failed',
      'corrupted.csv failed',
      'district-survey.xlsx#Reflections read',
      'district-survey.xlsx#Roster read',
      'empty.txt skipped',
      'google-forms.csv read',
      'interviews/captions.srt read',
      'interviews/focus-group.txt read',
      'interviews/notes.md read',
      'interviews/otter-export.txt read',
      'interviews/teams.vtt read',
      'interviews/transcript.docx read',
      'qualtrics-export.csv read',
      'reflect.config.yml skipped',
      'roster.csv read',
      'sheets-windows-1252.csv read',
    ]);
  });
});

describe('reflect inspect: words that may be names', () => {
  it('lists capitalised words left in the texts, with where each is first, until they are listed under redact:', () => {
    const input = path.join(tempDir(), 'forum');
    mkdirSync(input);
    // Ngozi Okonkwo is on no list of names: written bare, only inspect's list shows her (Sarah or Connor, listed given names, would be redacted).
    writeFileSync(path.join(input, 'sheets.csv'), 'id,name,What helps you learn?\nS1,Ana Lopez,studying with Ngozi Okonkwo before Ana\nS2,Ben Okafor,on Fridays i go to Band\n');
    const run = reflect(['inspect', input]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').slice(-4)).toEqual([
      "May be names, left in the texts (a place or a program is fine; add a person's name to redact: in reflect.config.yml):",
      '  Band           1 text; first in sheets.csv, row 2, q1',
      '  Ngozi Okonkwo  1 text; first in sheets.csv, row 1, q1',
      '',
    ]);
    expect(run.stdout).not.toMatch(/Ana|Lopez|Okafor|Fridays/);
    const json = JSON.parse(reflect(['inspect', input, '--json']).stdout) as { mayBeNames: unknown };
    expect(json.mayBeNames).toEqual([
      { text: 'Band', responses: 1, first: 'sheets.csv, row 2, q1' },
      { text: 'Ngozi Okonkwo', responses: 1, first: 'sheets.csv, row 1, q1' },
    ]);
    expect(reflect(['inspect', input, '--redact', 'Ngozi Okonkwo']).stdout).not.toContain('Ngozi');
    writeFileSync(path.join(input, 'reflect.config.yml'), 'redact: [Ngozi Okonkwo]\n');
    expect(reflect(['inspect', input]).stdout).not.toContain('Ngozi');
  });
});

describe('sources.csv on a mixed folder', () => {
  const run = reflect(['analyze', MIXED, '--format', 'csv', '--table', 'sources']);

  it('lists every file but hidden ones, with why anything was not read', async () => {
    expect(run.code).toBe(0);
    await expect(run.stdout).toMatchFileSnapshot(path.join(GOLDEN, 'sources.csv'));
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.some((r) => r.file.includes('.drafts') || r.file.includes('.DS_Store'))).toBe(false);
  });

  it('agrees with the responses it reports', () => {
    const sources = parse(run.stdout, { columns: true }) as Record<string, string>[];
    const responses = parse(reflect(['analyze', MIXED, '--format', 'csv']).stdout, { columns: true }) as Record<string, string>[];
    // A file whose count would give a small group back says "hidden": here only a roster, which holds no responses.
    expect(sources.filter((r) => r.responses === 'hidden').every((r) => r.kind === 'roster')).toBe(true);
    const total = sources.reduce((n, r) => n + (r.responses === 'hidden' ? 0 : Number(r.responses)), 0);
    expect(responses).toHaveLength(total);
  });

  it('warns on stderr, naming the file and line, and fails under --strict', async () => {
    await expect(run.stderr).toMatchFileSnapshot(path.join(GOLDEN, 'stderr.txt'));
    expect(reflect(['analyze', MIXED, '--format', 'csv', '--table', 'sources', '--strict']).code).toBe(3);
  });
});

describe('reflect inspect on a folder where nothing could be read', () => {
  it('still shows why each file was not read, says so on stderr and exits 3, as analyze does', () => {
    const input = path.join(tempDir(), 'forum');
    mkdirSync(input);
    // A Word file whose download stopped short, and a sheet saved from a scanner's software as bytes.
    writeFileSync(path.join(input, 'reflections.docx'), Buffer.from('PK\u0003\u0004\u0014\u0000\u0006\u0000garbage', 'latin1'));
    writeFileSync(path.join(input, 'sheets.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x00, 0x10, 0x80, 0x81, 0x00, 0x00]));
    const run = reflect(['inspect', input]);
    expect(run.stdout).toContain('reflections.docx  unknown (docx) failed');
    expect(run.stdout).toContain('sheets.txt  unknown (txt) failed: binary data, not text');
    expect(run.stderr).toContain('error: nothing could be read: 2 files failed');
    expect(run.code).toBe(3);
    expect(reflect(['analyze', input, '--format', 'json']).code).toBe(3);
    // As JSON too: the data on stdout, the problem on stderr.
    const json = reflect(['inspect', input, '--json']);
    expect(JSON.parse(json.stdout).files).toHaveLength(2);
    expect(json.code).toBe(3);
    // One file read is enough for a run to go on.
    writeFileSync(path.join(input, 'maya.txt'), 'I liked choosing my own project this term because I could go at my own pace.\n');
    expect(reflect(['inspect', input]).code).toBe(0);
  });

  it('exits 3 where every file is of a kind reflect does not read', () => {
    const input = path.join(tempDir(), 'forum');
    mkdirSync(input);
    writeFileSync(path.join(input, 'agenda.pdf'), '%PDF-1.4\n%âãÏÓ\n');
    const run = reflect(['inspect', input]);
    expect(run.stdout).toContain('agenda.pdf  unknown (pdf) skipped: unsupported file type (.pdf)');
    expect(run.stderr).toContain('error: nothing could be read: 1 file skipped');
    expect(run.code).toBe(3);
  });
});

describe('a title above a transcript', () => {
  it('is the source\'s title in inspect, sources.csv and analysis.json, a name in it redacted', () => {
    const input = path.join(tempDir(), 'forum');
    mkdirSync(input);
    const talk = [
      'Facilitator: What helped you most this year?',
      'Maya Chen: The mentors who checked in every week.',
      'Dev Patel: Choosing my own project, honestly.',
      'Facilitator: And what got in the way?',
      'Maya Chen: The bus schedule, it made me late a lot.',
    ].join('\n');
    writeFileSync(path.join(input, 'focus-group-3.txt'), `Focus group 3 — Riverside, 12 March\n\n${talk}\n`);
    writeFileSync(path.join(input, 'interview.txt'), `Interview with Maya Chen, 14 March\n\n${talk}\n`);
    expect(reflect(['inspect', input]).stdout).toContain('focus-group-3.txt  transcript (txt, utf-8) read\n  title: Focus group 3 — Riverside, 12 March\n');
    const sources = parse(reflect(['analyze', input, '--format', 'csv', '--table', 'sources']).stdout, { columns: true }) as { file: string; title: string }[];
    expect(sources.map((s) => [s.file, s.title])).toEqual([
      ['focus-group-3.txt', 'Focus group 3 — Riverside, 12 March'],
      ['interview.txt', 'Interview with [name], 14 March'],
    ]);
    const json = JSON.parse(reflect(['analyze', input, '--format', 'json']).stdout) as { corpus: { sources: { title?: string }[] } };
    expect(json.corpus.sources.map((s) => s.title)).toEqual(['Focus group 3 — Riverside, 12 March', 'Interview with [name], 14 March']);
  });

  it('names no one the talk is with, though no speaker label gives the name', () => {
    const input = path.join(tempDir(), 'interviews');
    mkdirSync(input);
    const talk = [
      'Interviewer: Thanks for coming in, Jordan. What helped you most this year?',
      'Student: The mentors who checked in every week, and choosing my own project.',
      'Interviewer: And what got in the way?',
      'Student: The bus schedule, it made me late a lot.',
    ].join('\n');
    writeFileSync(path.join(input, 'interview-1.txt'), `Interview with Jordan Lee, 14 March\n\n${talk}\n`);
    writeFileSync(path.join(input, 'interview-2.txt'), `Focus group with Riverside students\n\n${talk.replace(/Jordan/g, 'everyone')}\n`);
    writeFileSync(path.join(input, 'interview-3.txt'), `# Interview: Sofia Ruiz\n\n${talk.replace(/Jordan/g, 'Sofia')}\n`);
    const out = tempDir();
    const run = reflect(['analyze', input, '--out', out, '--force', '--quiet']);
    expect(run.code, run.stderr).toBe(0);
    for (const file of readdirSync(out)) expect(readFileSync(path.join(out, file), 'utf8'), file).not.toMatch(/Jordan|Lee\b|Sofia|Ruiz/);
    const sources = parse(readFileSync(path.join(out, 'sources.csv'), 'utf8'), { columns: true }) as { file: string; title: string }[];
    expect(sources.map((s) => [s.file, s.title])).toEqual([
      ['interview-1.txt', 'Interview with [name], 14 March'],
      ['interview-2.txt', 'Focus group with Riverside students'],
      ['interview-3.txt', 'Interview: [name]'],
    ]);
  });
});

describe('reflect inspect on a sheet of short headers', () => {
  it('pads each column of the table of columns to the widest entry of the file, not to a fixed 60 and 32', () => {
    const dir = tempDir();
    const rows = Array.from({ length: 6 }, (_, i) => `S${i + 1},${9 + (i % 2)},Field trips and hands-on projects help me learn ${i}`);
    writeFileSync(path.join(dir, 'survey.csv'), ['id,Grade,What helps you learn?', ...rows].join('\n') + '\n');
    const run = reflect(['inspect', dir]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n').filter((l) => /^ +\d+\. /.test(l));
    expect(lines).toEqual([
      '    1. id                     id                 header names an id',
      '    2. Grade                  attribute (Grade)  header names grade',
      expect.stringMatching(/^ {4}3\. What helps you learn\? {2}text {15}answers are free text/),
    ]);
  });
});

describe('reflect inspect on many students’ notes', () => {
  it('counts the notes, each another unnamed student’s, not turns by one speaker', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'sticky-notes.txt'), 'Sticky notes from the forum: What gets in the way?\n\n- Tests every week\n- The bus leaves early\n- Phones\n');
    const run = reflect(['inspect', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').slice(0, 3)).toEqual([
      'sticky-notes.txt  reflection (txt, utf-8) read',
      '  title: Sticky notes from the forum: What gets in the way?',
      "  3 notes, each read as another unnamed student's: 3 student responses",
    ]);
  });
});
