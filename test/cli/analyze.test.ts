// End-to-end tests of `reflect analyze` through the built binary on the sample conference.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SAMPLE, reflect, tempDir, type Run } from './helpers.js';

const OUTPUTS = ['analysis.json', 'codings.csv', 'crosstab.csv', 'demographics.csv', 'report.md', 'responses.csv', 'sources.csv', 'themes.csv'];

describe('reflect analyze on the sample conference', () => {
  let work: string;
  let out: string;
  let first: Run;

  beforeAll(() => {
    work = tempDir();
    out = path.join(work, 'report');
    first = reflect(['analyze', SAMPLE, '--out', out]);
  });

  it('exits 0 and writes every output file', () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(OUTPUTS);
  });

  it('prints a summary naming what was read', () => {
    expect(first.stdout).toMatch(/\d+ reflection sheets/);
    expect(first.stdout).toMatch(/\d+ transcripts/);
    // The students the responses came from: three more took part with nothing but blank sheets.
    expect(first.stdout).toContain('72 reflection sheets (3 empty), 4 transcripts; 295 responses from 87 students (3 more handed in blank sheets);');
    expect(first.stdout).toContain(`Report written to ${out}/report.md`);
    expect(first.stdout).not.toMatch(/\u001b\[/); // NO_COLOR
  });

  it('refuses to overwrite the output folder without --force', () => {
    const again = reflect(['analyze', SAMPLE, '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect(again.stderr).toContain('already exists');
  });

  it('gives byte-identical output when run again with --force', () => {
    const before = OUTPUTS.map((f) => readFileSync(path.join(out, f)));
    const again = reflect(['analyze', SAMPLE, '--out', out, '--force']);
    expect(again.code).toBe(0);
    OUTPUTS.forEach((f, i) => expect(readFileSync(path.join(out, f)).equals(before[i]), f).toBe(true));
  });

  it('accounts for every file in sources.csv', () => {
    const rows = parse(readFileSync(path.join(out, 'sources.csv')), { columns: true }) as Record<string, string>[];
    const files = readdirSync(SAMPLE).filter((f) => !f.startsWith('.')).sort();
    expect(rows.map((r) => r.file)).toEqual(files);
    expect(rows.every((r) => r.status === 'read')).toBe(true);
  });

  it('keeps names of participants out of the report, the shareable CSVs and the terminal', () => {
    const roster = parse(readFileSync(path.join(SAMPLE, 'roster.csv')), { columns: true }) as Record<string, string>[];
    const speakers = new Set<string>();
    for (const f of readdirSync(SAMPLE).filter((f) => f.endsWith('.txt'))) {
      for (const m of readFileSync(path.join(SAMPLE, f), 'utf8').matchAll(/^([A-Z][\w'’-]+(?: [A-Z][\w'’.-]*)?):/gm)) speakers.add(m[1]);
    }
    const names = new Set([...roster.map((r) => r.name), ...speakers].filter((n) => !/^Facilitator$/i.test(n)));
    expect(names.size).toBeGreaterThan(10);
    const shared = ['report.md', 'responses.csv', 'codings.csv', 'themes.csv', 'demographics.csv', 'crosstab.csv', 'sources.csv', 'analysis.json'];
    for (const file of shared) {
      const text = readFileSync(path.join(out, file), 'utf8');
      for (const name of names) {
        for (const part of name.split(/\s+/).filter((p) => p.length > 2)) {
          expect(new RegExp(`\\b${part}\\b`).test(text), `${part} in ${file}`).toBe(false);
        }
      }
    }
    for (const name of names) expect(first.stdout + first.stderr).not.toContain(name);
  });
});

describe('reflect analyze: names outside the speaker labels', () => {
  it('keeps first names, surnames and file names that name a participant out of every output', () => {
    const work = tempDir();
    const input = path.join(work, 'interviews');
    mkdirSync(input);
    writeFileSync(path.join(input, 'roster.csv'), 'id,name,grade\nP1,Maria Lopez,11\nP2,Jordan Okafor,10\n');
    writeFileSync(path.join(input, 'Interview - Maria Lopez.txt'), 'Interviewer: What helps you?\nP1: Jordan and I study together before tests, and Okafor explains the math to me.\n');
    const out = path.join(work, 'report');
    const run = reflect(['analyze', input, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("warning: Interview - [name].txt: the file's name holds a person's name");
    for (const file of OUTPUTS) expect(readFileSync(path.join(out, file), 'utf8'), file).not.toMatch(/Maria|Lopez|Jordan|Okafor/);
    expect(run.stdout + run.stderr).not.toMatch(/Maria|Lopez|Jordan|Okafor/);
  });

  it("removes the names listed in the config's redact: and with --redact, of people on no roster", () => {
    const work = tempDir();
    const input = path.join(work, 'forum');
    mkdirSync(input);
    writeFileSync(
      path.join(input, 'sheets.csv'),
      'id,What helps you learn?\nS1,When Sarah Connor from grade 12 tutors us it helps\nS2,Connor and Dev run the study group\nS3,Mr Blake lets us redo tests\n',
    );
    writeFileSync(path.join(input, 'reflect.config.yml'), 'redact: [Sarah Connor, Dev]\n');
    const out = path.join(work, 'report');
    const run = reflect(['analyze', input, '--out', out, '--redact', 'Blake']);
    expect(run.code).toBe(0);
    for (const file of OUTPUTS) expect(readFileSync(path.join(out, file), 'utf8'), file).not.toMatch(/Sarah|Connor|Dev\b|Blake/);
    const texts = (parse(readFileSync(path.join(out, 'responses.csv')), { columns: true }) as Record<string, string>[]).map((r) => r.text);
    expect(texts).toEqual(['When [name] from grade 12 tutors us it helps', '[name] and [name] run the study group', '[name] lets us redo tests']);
  });
});

describe('reflect analyze --format', () => {
  it('prints nothing but CSV on stdout with --format csv, and writes no folder', () => {
    const work = tempDir();
    const run = reflect(['analyze', SAMPLE, '--format', 'csv'], work);
    expect(run.code).toBe(0);
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual(['response_id', 'source', 'locator', 'participant_id', 'question_id', 'question', 'text', 'themes']);
    expect(run.stdout.startsWith('response_id,')).toBe(true);
    expect(existsSync(path.join(work, 'reflect-report'))).toBe(false);
  });

  it('--timings adds one line on stderr, even with --quiet, and leaves stdout the same', () => {
    const plain = reflect(['analyze', SAMPLE, '--format', 'csv', '--table', 'themes']);
    const timed = reflect(['analyze', SAMPLE, '--format', 'csv', '--table', 'themes', '--timings', '--quiet']);
    expect(timed.code).toBe(0);
    expect(timed.stdout).toBe(plain.stdout);
    expect(timed.stderr).toMatch(/^timings: start-up \d+\.\d\d s, read \d+\.\d\d s, tag \d+\.\d\d s, analyse \d+\.\d\d s, write \d+\.\d\d s; total \d+\.\d\d s\n$/);
  });

  it('prints the themes table with --table themes', () => {
    const run = reflect(['analyze', SAMPLE, '--format', 'csv', '--table', 'themes']);
    expect(run.stdout.split('\n')[0]).toBe('theme_id,theme_label,parent,responses,participants,percent_responses,percent_participants,response_denominator,participant_denominator');
  });

  it('prints valid JSON with --format json', () => {
    const run = reflect(['analyze', SAMPLE, '--format', 'json']);
    const json = JSON.parse(run.stdout);
    expect(json.schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(json.corpus.participants.every((p: Record<string, unknown>) => !('name' in p))).toBe(true);
  });

  it('adds an Excel BOM and CRLF with --excel', () => {
    const run = reflect(['analyze', SAMPLE, '--format', 'csv', '--table', 'themes', '--excel']);
    expect(run.stdout.startsWith('\uFEFFtheme_id')).toBe(true);
    expect(run.stdout).toContain('\r\n');
  });
});

describe('reflect analyze --matcher keyword', () => {
  it('describes the plain-keyword baseline in the method, not lemmas and expansions it did not use', () => {
    const json = JSON.parse(reflect(['analyze', SAMPLE, '--matcher', 'keyword', '--format', 'json', '-q']).stdout);
    expect(json.settings).toEqual({ minCell: 5, by: [], matcher: 'keyword', expansions: false, settingReferences: false, participants: { singular: 'student', plural: 'students' } });
    const report = reflect(['analyze', SAMPLE, '--matcher', 'keyword', '--format', 'md', '-q']).stdout;
    const method = report.slice(report.indexOf('## Method'));
    expect(method).not.toContain('lemmas');
    expect(method).not.toContain('Expansion was on');
    expect(method).toContain('matched as written');
  });

  it('says the default run matched by lemma, with expansions', () => {
    const json = JSON.parse(reflect(['analyze', SAMPLE, '--format', 'json', '-q']).stdout);
    expect(json.settings).toEqual({ minCell: 5, by: [], matcher: 'lemma', expansions: true, settingReferences: true, participants: { singular: 'student', plural: 'students' } });
  });
});

describe('reflect analyze on one file', () => {
  it('reads just that file, names the report after it, and leaves its neighbours alone', () => {
    const run = reflect(['analyze', path.join(SAMPLE, 'reflection-sheets.csv'), '--format', 'json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.corpus.sources.map((s: { id: string }) => s.id)).toEqual(['reflection-sheets.csv']);
    expect(json.title).toBe('What students said: reflection sheets');
    expect(json.corpus.responses.length).toBeGreaterThan(100);
    expect(json.corpus.responses.every((r: { sourceId: string }) => r.sourceId === 'reflection-sheets.csv')).toBe(true);
  });

  it('still joins a roster named with --roster', () => {
    const run = reflect(['analyze', path.join(SAMPLE, 'focus-group-trades.txt'), '--roster', path.join(SAMPLE, 'roster.csv'), '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).corpus.sources.map((s: { id: string }) => s.id)).toEqual(['focus-group-trades.txt', 'roster.csv']);
  });
});

describe('reflect analyze errors', () => {
  it('exits 2 with one line for a missing folder', () => {
    const run = reflect(['analyze', 'no/such/folder', '--format', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('error: input folder not found: no/such/folder\n');
    expect(run.stdout).toBe('');
  });

  it('names a mistyped folder, not the report an earlier run left in the working folder', () => {
    const work = tempDir();
    mkdirSync(path.join(work, 'reflect-report'));
    writeFileSync(path.join(work, 'reflect-report', 'report.md'), '# An earlier report\n');
    const run = reflect(['analyze', 'no/such/folder'], work);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('error: input folder not found: no/such/folder\n');
  });

  it('says an empty folder, or one with nothing reflect reads, is so, not that the report an earlier run left exists', () => {
    const work = tempDir();
    mkdirSync(path.join(work, 'reflect-report'));
    writeFileSync(path.join(work, 'reflect-report', 'report.md'), '# An earlier report\n');
    mkdirSync(path.join(work, 'spring-forum'));
    const empty = reflect(['analyze', 'spring-forum'], work);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe('error: input folder is empty: spring-forum (expected reflection sheets or transcripts)\n');
    writeFileSync(path.join(work, 'spring-forum', 'Focus group notes.pdf'), '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n');
    writeFileSync(path.join(work, 'spring-forum', 'Reflections (Responses).zip'), 'PK\x03\x04');
    writeFileSync(path.join(work, 'spring-forum', 'roster.csv'), '');
    const unread = reflect(['analyze', 'spring-forum'], work);
    expect(unread.code).toBe(2);
    expect(unread.stderr).toBe(
      'error: no files to read in spring-forum: its 3 files (Focus group notes.pdf, Reflections (Responses).zip, roster.csv) are empty or of types reflect does not read (it reads .csv, .tsv, .xlsx, .txt, .md, .docx, .vtt, .srt and .sbv); `reflect inspect spring-forum` says why each is skipped\n',
    );
    // A folder with something to read still meets the earlier report, as before.
    writeFileSync(path.join(work, 'spring-forum', 'reflections.csv'), 'Student ID,What helped you most?\nS1,The mentors who checked in every week\n');
    expect(reflect(['analyze', 'spring-forum'], work).stderr).toMatch(/^error: output folder reflect-report holds report\.md/);
  });

  it('names a mistyped --codebook, --config, --roster or --compare, not the report an earlier run left', () => {
    const work = tempDir();
    mkdirSync(path.join(work, 'reflect-report'));
    writeFileSync(path.join(work, 'reflect-report', 'report.md'), '# An earlier report\n');
    for (const [option, file, code, message] of [
      ['--codebook', 'our-codebok.yml', 2, 'error: our-codebok.yml: codebook file not found\n'],
      ['--config', 'reflect.confg.yml', 2, 'error: reflect.confg.yml: config file not found\n'],
      ['--roster', 'rostr.csv', 2, 'error: roster file not found: rostr.csv\n'],
      ['--compare', 'human.csv', 3, 'error: human.csv: cannot read the file to compare with: not found (ENOENT)\n'],
    ] as const) {
      const run = reflect(['analyze', SAMPLE, option, file], work);
      expect(run.stderr).toBe(message);
      expect(run.code).toBe(code);
    }
  });

  it('says a folder given by a symbolic link to nothing is such a link, not that nothing is there', () => {
    const work = tempDir();
    symlinkSync(path.join(work, 'moved-away'), path.join(work, 'forum'));
    const run = reflect(['analyze', 'forum', '--format', 'json'], work);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`error: input folder not found: forum is a symbolic link to ${path.join(work, 'moved-away')}, which does not exist\n`);
    expect(run.stdout).toBe('');
  });

  it('exits 2 with one line for an empty folder', () => {
    const empty = tempDir();
    const run = reflect(['analyze', empty, '--format', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: input folder is empty: .*\n$/);
  });

  it('exits 2 with one line naming the file for a bad codebook', () => {
    const dir = tempDir();
    const codebook = path.join(dir, 'codebook.yml');
    writeFileSync(codebook, 'themes:\n  - id: funding\n    label: Funding\n    words: [money]\n  - id: funding\n    label: Money again\n    words: [cash]\n');
    const run = reflect(['analyze', SAMPLE, '--codebook', codebook, '--format', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('codebook.yml');
    expect(run.stderr).toContain('funding');
  });

  it('warns about a --by attribute no student has', () => {
    const run = reflect(['analyze', SAMPLE, '--format', 'md', '--by', 'colour']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      'warning: --by colour: no student has this attribute; known attributes: district, gender, grade, indigenous, school, school-level, source.date, source.program, source.school\n',
    );
  });

  it('takes a --by attribute written as its column header, and suggests the key for a misspelt one', () => {
    const header = reflect(['analyze', SAMPLE, '--format', 'md', '--by', 'School level']);
    expect([header.code, header.stderr]).toEqual([0, '']);
    expect(header.stdout).toContain('\n## By school level\n');
    const typo = reflect(['analyze', SAMPLE, '--format', 'md', '--by', 'gendr']);
    expect(typo.stderr).toBe(
      "warning: --by gendr: no student has this attribute (did you mean 'gender'?); known attributes: district, gender, grade, indigenous, school, school-level, source.date, source.program, source.school\n",
    );
    expect(typo.stdout).not.toContain('## By');
  });

  it('says so, and still reports who took part, when a folder holds only a roster', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'in'));
    writeFileSync(path.join(dir, 'in/roster.csv'), readFileSync(path.join(SAMPLE, 'roster.csv')));
    const run = reflect(['analyze', 'in', '--format', 'md'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('warning: no responses found: no file held free-text answers or student turns (see sources.csv)\n');
    expect(run.stdout).toContain('20 students from four schools in one district took part');
    expect(run.stdout).toContain('No responses were found');
  });

  it('exits 2 for an unknown option', () => {
    const run = reflect(['analyze', SAMPLE, '--no-such-flag']);
    expect(run.code).toBe(2);
  });

  it('reads the rest of a folder when one file is broken, and says which', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'in'));
    writeFileSync(path.join(dir, 'in/sheets.csv'), 'id,grade,What else could schools do?\nA1,10,More electives and a flexible timetable please\nA2,11,Smaller classes\n');
    writeFileSync(path.join(dir, 'in/notes.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
    writeFileSync(path.join(dir, 'in/photo.jpg'), 'not really a photo');
    const run = reflect(['analyze', 'in', '--format', 'csv', '--table', 'sources'], dir);
    expect(run.code).toBe(0);
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.file, r.status])).toEqual([
      ['notes.txt', 'failed'],
      ['photo.jpg', 'skipped'],
      ['sheets.csv', 'read'],
    ]);
    expect(run.stderr).toContain('notes.txt');
    const strict = reflect(['analyze', 'in', '--format', 'csv', '--strict'], dir);
    expect(strict.code).toBe(3);
  });

  it('says a roster supplied no details when none of its students is in the sheets', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'in'));
    writeFileSync(path.join(dir, 'in/sheets.csv'), 'Student ID,What else could schools do?\nA1,More electives and a flexible timetable please\nA2,Smaller classes and more time with teachers\n');
    writeFileSync(path.join(dir, 'in/roster.csv'), 'Student ID,Student Name,Gender\nB1,Ana Perez,F\nB2,Tomas Garcia,M\n');
    const run = reflect(['analyze', 'in', '--format', 'md'], dir);
    expect(run.stdout).toContain('A roster was read, but none of its students could be found in the sheets or transcripts, so it supplied no demographic details.');
    expect(run.stdout).not.toContain('A roster supplied');
  });

  it('exits 3 when no file could be read, a folder or one file named, though the run goes on to the end', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'in'));
    writeFileSync(path.join(dir, 'in/answers.csv'), '{"answers": ["more time"]}\n');
    writeFileSync(path.join(dir, 'in/notes.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
    const folder = reflect(['analyze', 'in', '--format', 'csv', '--table', 'sources'], dir);
    expect(folder.code).toBe(3);
    expect((parse(folder.stdout, { columns: true }) as Record<string, string>[]).map((r) => r.status)).toEqual(['failed', 'failed']);
    expect(reflect(['analyze', 'in/answers.csv', '--format', 'csv'], dir).code).toBe(3);
  });

  it('never reads a CSV codebook kept in the folder as a sheet of answers, named by the config file or --codebook', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'in'));
    writeFileSync(path.join(dir, 'in/sheets.csv'), 'id,What else could schools do?\nA1,More field trips please\nA2,Smaller classes and more time with teachers\n');
    writeFileSync(path.join(dir, 'in/codebook.csv'), 'theme,label,pattern\ntrips,Field trips,field trip\ntrips,Field trips,excursion\nstress,Stress,worried all the time about grades\n');
    writeFileSync(path.join(dir, 'in/reflect.config.yml'), 'codebook: codebook.csv\n');
    const sources = (run: ReturnType<typeof reflect>) => (parse(run.stdout, { columns: true }) as Record<string, string>[]).map((r) => [r.file, r.status, r.reason]);
    expect(sources(reflect(['analyze', 'in', '--format', 'csv', '--table', 'sources'], dir))).toEqual([
      ['codebook.csv', 'skipped', 'the codebook (codebook: in reflect.config.yml); not an input'],
      ['reflect.config.yml', 'skipped', 'reflect configuration file'],
      ['sheets.csv', 'read', ''],
    ]);
    writeFileSync(path.join(dir, 'in/reflect.config.yml'), 'title: Forum\n');
    const flag = reflect(['analyze', 'in', '--format', 'csv', '--table', 'sources', '--codebook', 'in/codebook.csv'], dir);
    expect(sources(flag)[0]).toEqual(['codebook.csv', 'skipped', 'the codebook (--codebook); not an input']);
  });

  it('reads a column headed "Constructor" as any other attribute, where it was an internal error', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'in'));
    writeFileSync(path.join(dir, 'in/s.csv'), 'id,Constructor,What works at school?\n1,a,I like the flex block and timetable\n2,b,Smaller classes would help me focus\n');
    const run = reflect(['analyze', 'in', '--format', 'csv', '--table', 'demographics', '--min-cell', '0'], dir);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe('attribute,value,count,percent,denominator\nconstructor_,A,1,50,2\nconstructor_,B,1,50,2\n');
    expect(reflect(['analyze', 'in', '--format', 'md', '--by', 'Constructor', '--min-cell', '0'], dir).stdout).toContain('\n## By constructor\n');
  });

  it('breaks down by a --by attribute the default breakdowns leave out, so its section has counts to show', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'in'));
    // A key ending in -name is never a default breakdown; two teams of 10, half of each raising each theme.
    const rows = Array.from({ length: 20 }, (_, i) => `S${i + 1},${i < 10 ? 'Trades' : 'Regular'},${i % 2 ? 'I feel a lot of stress at school.' : 'Money is tight at home.'}`);
    writeFileSync(path.join(dir, 'in/s.csv'), `id,Team name,What is hard?\n${rows.join('\n')}\n`);
    const run = reflect(['analyze', 'in', '--format', 'md', '--by', 'Team name'], dir);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const section = run.stdout.slice(run.stdout.indexOf('## By team name'), run.stdout.indexOf('## Method'));
    expect(section).toContain('- **Trades** (10 students): students whose team name is Trades most often raised mental health (50%)');
    expect(section).not.toContain('no theme count can be shown');
    const crosstab = reflect(['analyze', 'in', '--format', 'csv', '--table', 'crosstab', '--by', 'Team name'], dir).stdout;
    expect(crosstab).toContain('mental-health,Mental health,team-name,Trades,10,5,5,50,1\n');
    // Without --by it stays out of the breakdowns.
    expect(reflect(['analyze', 'in', '--format', 'csv', '--table', 'crosstab'], dir).stdout).not.toContain('team-name');
  });

  it('says where the warnings it does not print can be read: the analysis.json written, or the JSON printed', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'in'));
    // 24 transcripts in which only the facilitator speaks: a warning each.
    for (let i = 1; i <= 24; i++) writeFileSync(path.join(dir, `in/g${i}.txt`), `Facilitator: What works at school ${i}?\n`);
    const last = (args: string[]) => reflect(['analyze', 'in', ...args], dir).stderr.trimEnd().split('\n').at(-1);
    expect(last(['--format', 'csv'])).toMatch(/^warning: \d+ more warnings; all are listed in the JSON of --format json \(or analysis\.json, with --out\)$/);
    expect(last(['--format', 'json'])).toMatch(/^warning: \d+ more warnings; all are listed in the JSON printed$/);
    expect(last(['--out', 'out', '-q'])).toMatch(/^warning: \d+ more warnings; all are listed in out\/analysis\.json$/);
  });

  it('leaves a share blank in the CSVs and null in analysis.json where its denominator is 0', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'in'));
    // Only the facilitator speaks: no responses and no students, so no theme has a share of either.
    writeFileSync(path.join(dir, 'in/g1.txt'), 'Facilitator: What works at school?\n');
    const out = path.join(dir, 'out');
    reflect(['analyze', 'in', '--out', out, '-q'], dir);
    const themes = parse(readFileSync(path.join(out, 'themes.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(themes.length).toBeGreaterThan(0);
    for (const t of themes) {
      expect([t.responses, t.participants, t.percent_responses, t.percent_participants, t.response_denominator, t.participant_denominator]).toEqual(['0', '0', '', '', '0', '0']);
    }
    const json = JSON.parse(readFileSync(path.join(out, 'analysis.json'), 'utf8')) as { themes: { percentResponses: unknown; percentParticipants: unknown }[] };
    expect(json.themes.every((t) => t.percentResponses === null && t.percentParticipants === null)).toBe(true);
    expect(readFileSync(path.join(out, 'report.md'), 'utf8')).not.toMatch(/\b0(?:\.0)?%/);

    // A theme no student raised has no ratio (each group's share of nobody), where it was written 0.
    writeFileSync(path.join(dir, 'codebook.csv'), 'theme,label,pattern\ntrips,Field trips,field trip\n');
    rmSync(path.join(dir, 'in/g1.txt'));
    writeFileSync(path.join(dir, 'in/s.csv'), 'id,gender,What helps you learn?\n1,Female,More time with my teachers\n2,Male,Smaller classes would help me\n3,Female,I like the flex block\n4,Male,Less homework every night\n');
    const crosstab = reflect(['analyze', 'in', '--codebook', 'codebook.csv', '--format', 'csv', '--table', 'crosstab', '--min-cell', '0', '--by', 'gender'], dir);
    expect(crosstab.stdout).toBe(
      'theme_id,theme_label,attribute,value,group_participants,participants,responses,percent_of_group,ratio\n' +
        'trips,Field trips,gender,Female,2,0,0,0,\ntrips,Field trips,gender,Male,2,0,0,0,\n',
    );
  });

  it('exits 3 when no file was read because none is of a kind reflect reads (a zip not unzipped, a PDF, an empty file)', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'in'));
    writeFileSync(path.join(dir, 'in/agenda.pdf'), '%PDF-1.4\n');
    writeFileSync(path.join(dir, 'in/sheets.zip'), Buffer.from([0x50, 0x4b, 3, 4, 0, 0]));
    writeFileSync(path.join(dir, 'in/blank.csv'), '');
    const run = reflect(['analyze', 'in', '--format', 'csv', '--table', 'sources'], dir);
    expect((parse(run.stdout, { columns: true }) as Record<string, string>[]).map((r) => r.status)).toEqual(['skipped', 'skipped', 'skipped']);
    expect(run.code).toBe(3);
  });
});

it('never imports natural’s top level (which prints to stdout)', () => {
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.ts$/.test(e.name) && /from ['"]natural['"]|require\(['"]natural['"]\)/.test(readFileSync(p, 'utf8'))) offenders.push(p);
    }
  };
  walk(path.join(ROOT, 'src'));
  expect(offenders).toEqual([]);
});
