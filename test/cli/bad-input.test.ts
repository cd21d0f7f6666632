// The command line given what a stressed researcher's folder and fingers give it: files that are not what
// their names say, names a terminal would run, output folders that cannot be written, no command at all.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { BIN, reflect, tempDir } from './helpers.js';

const ROOT_USER = process.getuid?.() === 0;

/** A folder of one good survey export and the wreckage around it. */
function nastyFolder(): { dir: string; files: string[] } {
  const dir = tempDir('nasty-');
  const put = (name: string, data: string | Uint8Array): void => {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), data);
  };
  put(
    'survey.csv',
    'id,grade,What did you learn this term?\n' +
      'S01,9,I learned that working in a group makes me more confident when I speak up.\n' +
      'S02,10,The teacher helped me understand feedback and I felt supported all term.\n' +
      'S03,9,I was stressed by the deadlines but my friends helped me through it.\n',
  );
  // a workbook whose copy stopped half way: a zip with no central directory
  put('export.xlsx', Buffer.concat([Buffer.from('PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000', 'latin1'), Buffer.alloc(400, 7)]));
  put('old.docx', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(2000)]));
  put('scan.docx', '%PDF-1.4\n1 0 obj\n<<>>\nendobj\n');
  put('empty.csv', '');
  put('junk.csv', Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 256)));
  put('~$survey.xlsx', Buffer.concat([Buffer.from('\u0005Maya', 'latin1'), Buffer.alloc(150, 32)]));
  put('notes/week 1 reflection.txt', 'I learned to ask for help when I was stuck on the project.\n');
  // an empty folder named like a file: listed, as a folder
  mkdirSync(path.join(dir, 'answers.csv'));
  symlinkSync('nowhere.csv', path.join(dir, 'gone.csv'));
  symlinkSync('loop-b', path.join(dir, 'loop-a'));
  symlinkSync('loop-a', path.join(dir, 'loop-b'));
  const files = ['survey.csv', 'export.xlsx', 'old.docx', 'scan.docx', 'empty.csv', 'junk.csv', '~$survey.xlsx', 'notes/week 1 reflection.txt', 'gone.csv', 'loop-a', 'loop-b', 'answers.csv/'];
  return { dir, files };
}

describe('a folder of bad files', () => {
  it('reads what it can, names each file it could not read, and lists every file in sources.csv', () => {
    const { dir, files } = nastyFolder();
    const out = path.join(tempDir(), 'report');
    const run = reflect(['analyze', dir, '--out', out]);
    expect(run.stderr).not.toMatch(/\n\s+at |internal error/);
    expect(run.code).toBe(0);
    for (const failed of ['export.xlsx', 'old.docx', 'scan.docx', 'junk.csv']) expect(run.stderr).toContain(`warning: ${failed}: not read: `);
    const sources = parse(readFileSync(path.join(out, 'sources.csv'), 'utf8'), { columns: true }) as { file: string; status: string; reason: string }[];
    expect(sources.map((s) => s.file).sort()).toEqual([...files].sort());
    for (const s of sources) if (s.status !== 'read') expect(s.reason).not.toBe('');
    expect(sources.filter((s) => s.status === 'read').map((s) => s.file).sort()).toEqual(['notes/week 1 reflection.txt', 'survey.csv']);
  });

  it('--format csv and json print only their document on stdout', () => {
    const { dir } = nastyFolder();
    const csv = reflect(['analyze', dir, '--format', 'csv', '--table', 'sources']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.startsWith('file,kind,format')).toBe(true);
    expect(csv.stdout).not.toContain('warning');
    expect(csv.stderr).toContain('warning: junk.csv: not read: ');
    const json = reflect(['analyze', dir, '--format', 'json']);
    expect((JSON.parse(json.stdout) as { corpus: { sources: unknown[] } }).corpus.sources).toHaveLength(12);
  });
});

describe('a text file a crash cut short, its end zero bytes', () => {
  it('is read without the zeros, with a warning naming it; one of zeros alone fails', () => {
    const dir = tempDir();
    const rows = Array.from({ length: 12 }, (_, i) => `S${i + 1},I learned to plan my project week by week in step ${i + 1}`);
    writeFileSync(path.join(dir, 'survey.csv'), Buffer.concat([Buffer.from(`id,What did you learn?\n${rows.join('\n')}\n`), Buffer.alloc(4096)]));
    // UTF-16 text's last line feed is 0A 00: its zero stays with it
    writeFileSync(path.join(dir, 'week 2.txt'), Buffer.concat([Buffer.from('\ufeffI learned to ask for help when I was stuck.\n', 'utf16le'), Buffer.alloc(2001)]));
    writeFileSync(path.join(dir, 'week 3.txt'), Buffer.alloc(3000));
    const run = reflect(['analyze', dir, '--format', 'csv']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('warning: survey.csv: ends in 4,096 zero bytes, as a file does whose saving or copying was cut short');
    expect(run.stderr).toContain('warning: week 2.txt: ends in 2,001 zero bytes');
    expect(run.stderr).toContain('warning: week 3.txt: not read: holds only zero bytes');
    expect(run.stderr).not.toContain('U+0000');
    const responses = parse(run.stdout, { columns: true }) as { source: string; text: string }[];
    expect(responses.filter((r) => r.source === 'survey.csv')).toHaveLength(12);
    expect(responses.find((r) => r.source === 'week 2.txt')?.text).toBe('I learned to ask for help when I was stuck.');
  });
});

describe('a text file with a few stray zero bytes in it (a bad copy)', () => {
  it('is read without them, with a warning naming the file and the lines; an image named .txt is still binary data', () => {
    const dir = tempDir();
    const lines = Array.from({ length: 30 }, (_, i) =>
      i % 2 === 0 ? `Facilitator: What did you take from week ${i + 1}?` : `Maya: In week ${i + 1} I learned to plan my essay before I wrote it.`,
    );
    const text = Buffer.from(`${lines.join('\n')}\n`);
    // ten NULs, one in each of Maya's first ten lines, in place of a letter
    const broken = [...text.toString('latin1').matchAll(/essay/g)].slice(0, 10).map((m) => m.index! + 1);
    for (const at of broken) text[at] = 0;
    writeFileSync(path.join(dir, 'group 1.txt'), text);
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61', 'hex'), Buffer.alloc(64, 1)]);
    writeFileSync(path.join(dir, 'photo.txt'), png);
    const run = reflect(['analyze', dir, '--format', 'csv']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('warning: group 1.txt:2: 10 zero (NUL) bytes, as a bad copy or a broken export leaves, on lines 2, 4, 6, 8, 10 …; removed');
    expect(run.stderr).toContain('warning: photo.txt: not read: binary data, not text');
    expect(run.stderr).not.toContain('U+0000');
    const responses = parse(run.stdout, { columns: true }) as { source: string; text: string }[];
    const maya = responses.filter((r) => r.source === 'group 1.txt');
    expect(maya).toHaveLength(15);
    expect(maya[0]!.text).toBe('In week 2 I learned to plan my esay before I wrote it.');
  });
});

describe('codebook check given a folder with files it cannot read', () => {
  it('names each file not read and exits 3 where nothing could be read, not a lint of no response and exit 0', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'class'));
    const rows = Array.from({ length: 6 }, (_, i) => `S${i + 1},I learned to plan my project week by week in step ${i + 1}`);
    writeFileSync(path.join(dir, 'class', 'survey.csv'), `id,What did you learn?\n${rows.join('\n')}\nS7,"I was stressed\n`);
    // a workbook whose copy stopped half way
    writeFileSync(path.join(dir, 'class', 'export.xlsx'), Buffer.concat([Buffer.from('PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000', 'latin1'), Buffer.alloc(400, 7)]));
    const some = reflect(['codebook', 'check', 'class'], dir);
    expect(some.code).toBe(0);
    expect(some.stdout).toContain('6 responses');
    expect(some.stderr).toContain('warning: export.xlsx: not read: cut short');
    expect(some.stderr).toContain('warning: 1 warning reading the files (rows skipped, lines not understood …); `reflect inspect class` lists them');
    const none = reflect(['codebook', 'check', 'class/export.xlsx'], dir);
    expect(none.code).toBe(3);
    expect(none.stderr).toContain('warning: export.xlsx: not read: cut short');
    expect(none.stderr).toContain('error: nothing could be read: 1 file failed');
    expect(none.stdout).toBe('');
  });
});

describe('a file too large to read whole', () => {
  it('fails with what to do, in words, and the rest of the folder is read', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'survey.csv'), 'id,What did you learn?\nS01,I learned to plan my project week by week.\n');
    // sparse: 3 GB long, next to nothing on the disk
    writeFileSync(path.join(dir, 'all years.csv'), 'id,What did you learn?\n');
    truncateSync(path.join(dir, 'all years.csv'), 3 * 1024 ** 3);
    const run = reflect(['analyze', dir, '--format', 'csv', '--table', 'sources']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('warning: all years.csv: not read: unreadable: larger than the 2 GB a file may be to be read; split it, or save only the columns of answers (ERR_FS_FILE_TOO_LARGE)');
    expect(run.stdout).toContain('survey.csv,sheet,csv,utf-8,read,');
  });
});

describe('a folder of which nothing could be read', () => {
  it('exits 3 and says so in words, after each file with why', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'scan.docx'), '%PDF-1.4\n1 0 obj\n<<>>\nendobj\n');
    writeFileSync(path.join(dir, 'empty.csv'), '');
    const run = reflect(['analyze', dir, '--format', 'md']);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('warning: scan.docx: not read: a PDF named .docx');
    // The skipped file is listed too, as the error says: it was named in the report alone.
    expect(run.stderr).toMatch(/^warning: empty\.csv: skipped: .*empty/m);
    expect(run.stderr.endsWith('error: nothing could be read: 1 file failed and 1 skipped (each is listed with why)\n')).toBe(true);
    expect(run.stdout).toContain('| scan.docx | unknown | failed: a PDF named .docx');
  });

  it('lists each skipped file with why on stderr where every file was skipped, as the error that ends the run says', () => {
    const dir = tempDir();
    // One column of one-word answers: no free-text column, no roster.
    writeFileSync(path.join(dir, 'colours.csv'), 'What is your favourite colour?\nBlue\nGreen\nRed\nPurple\nYellow\n');
    const run = reflect(['analyze', dir, '--format', 'md']);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^warning: colours\.csv: skipped: no free-text columns/m);
    expect(run.stderr.endsWith('error: nothing could be read: 1 file skipped (each is listed with why)\n')).toBe(true);
    // A folder where some file was read lists only the failed ones, as before.
    writeFileSync(path.join(dir, 'survey.csv'), 'id,What helps you learn?\n1,Field trips and hands-on projects\n');
    expect(reflect(['analyze', dir, '--format', 'md']).stderr).not.toContain('colours.csv');
  });
});

describe('file names a terminal would run', () => {
  it('inspect shows an escape sequence or a line break in a file name as an escape, not as itself', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'week\u001b[2J1.txt'), 'I learned a lot about working with others on the project.\n');
    writeFileSync(path.join(dir, 'week\n2.txt'), 'I learned to be patient when the project went wrong.\n');
    const run = reflect(['inspect', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).toContain('week\\x1b[2J1.txt  reflection');
    expect(run.stdout).toContain('week\\n2.txt  reflection');
  });
});

describe('text piped into codebook try', () => {
  it('shows an escape sequence in it as an escape, not as itself', () => {
    const run = reflect(['codebook', 'try'], undefined, {}, 'I was \u001b]0;hacked\u0007stressed about exams\n');
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).toContain('"I was \\x1b]0;hacked\\x07stressed about exams"');
    expect(run.stdout).toContain('mental-health');
  });
});

describe('an output folder that cannot be written', () => {
  it.skipIf(process.platform !== 'linux' || !existsSync('/proc/self'))('is refused with its path where making it fails, not looped on', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'survey.csv'), 'id,What did you learn?\nS01,I learned to plan my project week by week.\n');
    // Node's recursive mkdir went round for ever here: the parent exists, making the folder says it does not.
    const result = spawnSync(process.execPath, [BIN, 'analyze', dir, '--out', '/proc/reflect-report/2016'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 50_000,
    });
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(/^error: cannot write to \/proc\/reflect-report\/2016: /m);
  });

  // root may write anywhere, whatever a folder's permissions say
  it.skipIf(ROOT_USER || process.platform === 'win32')('is refused before any file is read, where its folder may not be written to', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'survey.csv'), 'id,What did you learn?\nS01,I learned to plan my project week by week.\n');
    writeFileSync(path.join(dir, 'broken.docx'), '%PDF-1.4\n');
    const locked = tempDir();
    chmodSync(locked, 0o555);
    try {
      for (const out of [path.join(locked, 'report'), locked]) {
        const run = reflect(['analyze', dir, '--out', out]);
        expect(run.code).toBe(3);
        expect(run.stderr).toContain(`error: cannot write to output folder ${out}`);
        expect(run.stderr).toContain('permission denied (EACCES)');
        // said before the run: the broken file's warning would come from reading the folder
        expect(run.stderr).not.toContain('broken.docx');
      }
    } finally {
      chmodSync(locked, 0o755);
    }
  });
});

describe('the command itself missing', () => {
  it('reflect with no command shows its help on stderr and exits 2', () => {
    const run = reflect([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Usage: reflect');
  });

  it('reflect codebook with no command exits 2; help asked for exits 0', () => {
    const run = reflect(['codebook']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: reflect codebook');
    expect(reflect(['help']).code).toBe(0);
    expect(reflect(['codebook', 'help']).code).toBe(0);
    expect(reflect(['codebook', '--help']).code).toBe(0);
  });
});

describe('a file named on the command line that is no file', () => {
  it('agree says a loop of symbolic links in words, with the path as given', () => {
    const dir = tempDir();
    symlinkSync('b.csv', path.join(dir, 'a.csv'));
    symlinkSync('a.csv', path.join(dir, 'b.csv'));
    writeFileSync(path.join(dir, 'coder.csv'), 'response_id,themes\nr1,pace\n');
    const run = reflect(['agree', 'a.csv', 'coder.csv'], dir);
    expect(run.code).toBe(3);
    expect(run.stderr).toBe('error: cannot read a.csv: a loop of symbolic links (ELOOP)\n');
  });

  it('agree --disagreements never writes through a link to a coder\'s file, even with --force, nor compares a file with a link to it', () => {
    const dir = tempDir();
    const ana = 'response_id,themes\nr1,pace\nr2,grades\nr3,pace\n';
    writeFileSync(path.join(dir, 'ana.csv'), ana);
    writeFileSync(path.join(dir, 'ben.csv'), 'response_id,themes\nr1,pace\nr2,pace\nr3,pace\n');
    symlinkSync('ana.csv', path.join(dir, 'latest.csv'));
    const run = reflect(['agree', 'ana.csv', 'ben.csv', '--disagreements', 'latest.csv', '--force'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('error: --disagreements latest.csv is one of the coding files compared (ana.csv, by another name); it is never overwritten, even with --force: name another file for the disagreements\n');
    expect(readFileSync(path.join(dir, 'ana.csv'), 'utf8')).toBe(ana);
    const twice = reflect(['agree', 'ana.csv', 'latest.csv'], dir);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/^error: ana\.csv and latest\.csv are the same file/);
  });

  it('agree --disagreements naming a folder, or a file in a folder not there, says so, with or without --force', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'ana.csv'), 'response_id,themes\nr1,pace\nr2,grades\nr3,pace\n');
    writeFileSync(path.join(dir, 'ben.csv'), 'response_id,themes\nr1,pace\nr2,pace\nr3,pace\n');
    mkdirSync(path.join(dir, 'out'));
    for (const force of [[], ['--force']]) {
      const run = reflect(['agree', 'ana.csv', 'ben.csv', '--disagreements', 'out', ...force], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`error: --disagreements out is a folder; name a file, such as ${path.join('out', 'disagreements.csv')}\n`);
    }
    const missing = reflect(['agree', 'ana.csv', 'ben.csv', '--disagreements', 'no/such/d.csv'], dir);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toBe('error: cannot write no/such/d.csv: its folder no/such does not exist\n');
  });

  it('analyze --compare names the file as typed, folders and all, in its errors and warnings', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'in'));
    mkdirSync(path.join(dir, 'coding', 'round 2'), { recursive: true });
    writeFileSync(path.join(dir, 'in', 'survey.csv'), 'id,What did you learn?\nS1,I learned to plan my week and to ask for help.\nS2,I felt I belonged in the group.\n');
    writeFileSync(path.join(dir, 'coding', 'round 2', 'ana.csv'), 'id,x\nS1,1\n');
    writeFileSync(path.join(dir, 'coding', 'round 2', 'ben.csv'), 'response_id,themes\nsurvey.csv#1,belonging\n');
    const wrong = reflect(['analyze', 'in', '--compare', 'coding/round 2/ana.csv', '--out', 'o1'], dir);
    expect(wrong.code).toBe(3);
    expect(wrong.stderr).toMatch(/^error: coding\/round 2\/ana\.csv:1: expected a response_id column/);
    const unknown = reflect(['analyze', 'in', '--compare', 'coding/round 2/ben.csv', '--out', 'o2'], dir);
    expect(unknown.code).toBe(0);
    expect(unknown.stderr).toContain("warning: coding/round 2/ben.csv:2: theme id 'belonging' is not in the codebook");
  });

  it('analyze --compare given a folder says so', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'survey.csv'), 'id,What did you learn?\nS01,I learned to plan my project week by week.\n');
    mkdirSync(path.join(dir, 'codings'));
    const run = reflect(['analyze', 'survey.csv', '--compare', 'codings', '--format', 'md'], dir);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('codings: cannot read the file to compare with: a folder, not a file (EISDIR)');
  });

  it('analyze given a codebook where the responses go says to give it with --codebook, and reads no answer from it', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'codebook.csv'), 'theme,pattern,definition\nstress,anxi*,Feeling anxious or overwhelmed by school\ntime,timetable,The school schedule and flex blocks\n');
    writeFileSync(path.join(dir, 'codebook.yml'), 'themes:\n  - id: stress\n    words: [stress]\n');
    for (const file of ['codebook.csv', 'codebook.yml']) {
      const run = reflect(['analyze', file, '--format', 'md'], dir);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`error: ${file} is a codebook, not a file of responses: give it with --codebook (reflect analyze <folder of responses> --codebook ${file})\n`);
    }
    writeFileSync(path.join(dir, 'survey.csv'), 'id,What did you learn?\nS01,I learned to plan my project week by week.\n');
    expect(reflect(['analyze', 'survey.csv', '--codebook', 'codebook.csv', '--format', 'md'], dir).code).toBe(0);
  });

  it('--codebook given a folder, and --config a loop of symbolic links, say so in words, not in Node\'s', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'survey.csv'), 'id,What did you learn?\nS01,I learned to plan my project week by week.\n');
    mkdirSync(path.join(dir, 'codebooks'));
    symlinkSync('b.yml', path.join(dir, 'a.yml'));
    symlinkSync('a.yml', path.join(dir, 'b.yml'));
    const codebook = reflect(['analyze', 'survey.csv', '--codebook', 'codebooks', '--format', 'md'], dir);
    expect(codebook.code).toBe(2);
    expect(codebook.stderr).toBe('error: codebooks: cannot read codebook: a folder, not a file (EISDIR)\n');
    const config = reflect(['analyze', 'survey.csv', '--config', 'a.yml', '--format', 'md'], dir);
    expect(config.code).toBe(2);
    expect(config.stderr).toBe('error: a.yml: cannot read config file: a loop of symbolic links (ELOOP)\n');
  });
});
