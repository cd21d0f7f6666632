// Listing the input folder: order, hidden files, exclusions, ignore globs and symbolic links.
import { execFileSync } from 'node:child_process';
import { mkdirSync, promises as fs, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { listInputFiles } from '../../src/corpus/discover.js';
import { tempDir } from '../cli/helpers.js';

function tree(): string {
  const root = tempDir('reflect-discover-');
  const input = path.join(root, 'forum');
  mkdirSync(path.join(input, 'groups'), { recursive: true });
  mkdirSync(path.join(input, 'drafts'));
  mkdirSync(path.join(input, 'report'));
  mkdirSync(path.join(root, 'shared'));
  writeFileSync(path.join(input, 'b.csv'), 'id\n1\n');
  writeFileSync(path.join(input, 'groups', 'a.txt'), 'hi');
  writeFileSync(path.join(input, '.hidden.txt'), 'x');
  writeFileSync(path.join(input, 'drafts', 'old.txt'), 'x');
  writeFileSync(path.join(input, 'report', 'report.md'), 'x');
  writeFileSync(path.join(root, 'shared', 'roster.csv'), 'id,name\nP1,Ana\n');
  return input;
}

describe('listInputFiles', () => {
  it('lists files sorted by path, leaving out hidden files, the output folder and ignored globs', async () => {
    const input = tree();
    const files = await listInputFiles(input, [path.join(input, 'report')], ['drafts/**']);
    expect(files.map((f) => [f.id, f.size])).toEqual([
      ['b.csv', 5],
      ['groups/a.txt', 2],
    ]);
  });

  it('reads an ignore glob without a slash at any depth, and one written from the top with ./ or /, as .gitignore does', async () => {
    const input = tree();
    writeFileSync(path.join(input, 'groups', 'a.bak.csv'), 'x');
    writeFileSync(path.join(input, 'c.bak.csv'), 'x');
    const ids = async (globs: string[]) => (await listInputFiles(input, [path.join(input, 'report')], globs)).map((f) => f.id);
    expect(await ids(['*.bak.csv', 'drafts'])).toEqual(['b.csv', 'groups/a.txt']);
    expect(await ids(['./drafts/**', '/groups/**', '*.bak.csv'])).toEqual(['b.csv']);
    expect(await ids(['groups/*.bak.csv', 'drafts/**'])).toEqual(['b.csv', 'c.bak.csv', 'groups/a.txt']);
  });

  it("leaves out the files Windows and macOS hide in a folder, as it does dot files", async () => {
    const input = tree();
    // A shared drive's folder as a Mac mounting it sees it: Windows' thumbnail cache and folder settings,
    // macOS's custom folder icon ("Icon" and a carriage return), Finder's .DS_Store, a zip's resource forks.
    for (const name of ['Thumbs.db', 'desktop.ini', 'Icon\r', '.DS_Store']) writeFileSync(path.join(input, name), 'x');
    mkdirSync(path.join(input, '$RECYCLE.BIN'));
    writeFileSync(path.join(input, '$RECYCLE.BIN', 'survey.csv'), 'id\n1\n');
    mkdirSync(path.join(input, '__MACOSX'));
    writeFileSync(path.join(input, '__MACOSX', '._b.csv'), 'x');
    const files = await listInputFiles(input, [path.join(input, 'report')], ['drafts/**']);
    expect(files.map((f) => f.id)).toEqual(['b.csv', 'groups/a.txt']);
  });

  it('follows links to files and folders, each folder once, and lists a link to nothing with its problem', async () => {
    const input = tree();
    symlinkSync(path.join(input, '..', 'shared', 'roster.csv'), path.join(input, 'roster.csv'));
    symlinkSync(path.join(input, '..', 'shared'), path.join(input, 'groups', 'shared'));
    symlinkSync(input, path.join(input, 'groups', 'up'));
    symlinkSync(path.join(input, 'report'), path.join(input, 'report-link'));
    symlinkSync(path.join(input, 'gone.txt'), path.join(input, 'broken.txt'));
    const files = await listInputFiles(input, [path.join(input, 'report')], ['drafts/**']);
    expect(files.map((f) => [f.id, f.size, f.problem])).toEqual([
      ['b.csv', 5, undefined],
      ['broken.txt', 0, 'a symbolic link to nothing (ENOENT)'],
      ['groups/a.txt', 2, undefined],
      ['groups/shared/roster.csv', 15, undefined],
      ['roster.csv', 15, undefined],
    ]);
  });

  it('lists a loop of links as one, a macOS package document as one skipped file, and an empty folder named like a file', async () => {
    const input = tree();
    symlinkSync('loop-b.txt', path.join(input, 'loop-a.txt'));
    symlinkSync('loop-a.txt', path.join(input, 'loop-b.txt'));
    mkdirSync(path.join(input, 'essay.pages', 'Data'), { recursive: true });
    writeFileSync(path.join(input, 'essay.pages', 'Index.zip'), 'PK');
    mkdirSync(path.join(input, 'interview.docx'));
    mkdirSync(path.join(input, 'week 2.csv'));
    writeFileSync(path.join(input, 'week 2.csv', 'notes.txt'), 'Maya: I liked it.');
    const files = await listInputFiles(input, [path.join(input, 'report')], ['drafts/**']);
    expect(files.map((f) => [f.id, f.problem])).toEqual([
      ['b.csv', undefined],
      ['essay.pages/', 'a Pages document saved as a package (a folder); export it as .docx from Pages (File › Export To › Word) to have it read'],
      ['groups/a.txt', undefined],
      ['interview.docx/', 'an empty folder named like a file (.docx); not an input'],
      ['loop-a.txt', 'a loop of symbolic links (ELOOP), each pointing at the next and none at a file; not an input'],
      ['loop-b.txt', 'a loop of symbolic links (ELOOP), each pointing at the next and none at a file; not an input'],
      ['week 2.csv/notes.txt', undefined],
    ]);
  });

  it('lists the files of an earlier reflect report folder as not inputs, but not a folder that merely has the same names', async () => {
    const input = tree();
    mkdirSync(path.join(input, 'report-v1'));
    writeFileSync(path.join(input, 'report-v1', 'analysis.json'), '{\n  "schemaVersion": "1.2.0",\n  "title": "x"\n}\n');
    writeFileSync(path.join(input, 'report-v1', 'report.md'), '# x\n');
    writeFileSync(path.join(input, 'report-v1', 'responses.csv'), 'response_id,text\n');
    mkdirSync(path.join(input, 'notes'));
    writeFileSync(path.join(input, 'notes', 'analysis.json'), '{"mine": true}');
    writeFileSync(path.join(input, 'notes', 'report.md'), 'My report');
    const files = await listInputFiles(input, [path.join(input, 'report')], ['drafts/**']);
    expect(files.map((f) => [f.id, f.problem ?? 'read'])).toEqual([
      ['b.csv', 'read'],
      ['groups/a.txt', 'read'],
      ['notes/analysis.json', 'read'],
      ['notes/report.md', 'read'],
      ['report-v1/analysis.json', 'output of an earlier reflect run (its folder holds report.md and analysis.json); not an input'],
      ['report-v1/report.md', 'output of an earlier reflect run (its folder holds report.md and analysis.json); not an input'],
      ['report-v1/responses.csv', 'output of an earlier reflect run (its folder holds report.md and analysis.json); not an input'],
    ]);
  });
});

describe('listInputFiles, with what cannot be read', () => {
  it('lists a folder it may not read as a failed entry, and a file it may not stat as unreadable, rather than stopping', async () => {
    const input = tree();
    const locked = path.join(input, 'groups');
    const readdir = fs.readdir.bind(fs);
    const stat = fs.stat.bind(fs);
    const denied = () => Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    // Permissions cannot be taken from root, who runs CI: the refusals are the file system's, stood in for.
    const spies = [
      vi.spyOn(fs, 'readdir').mockImplementation(((p: string, o: never) => (p === locked ? Promise.reject(denied()) : readdir(p, o))) as typeof fs.readdir),
      vi.spyOn(fs, 'stat').mockImplementation(((p: string) => (p === path.join(input, 'b.csv') ? Promise.reject(denied()) : stat(p))) as typeof fs.stat),
    ];
    try {
      const files = await listInputFiles(input, [path.join(input, 'report')], ['drafts/**']);
      expect(files.map((f) => [f.id, f.problem, f.failed])).toEqual([
        ['b.csv', 'unreadable: permission denied (EACCES)', true],
        ['groups/', 'a folder that cannot be read: permission denied (EACCES); its files are not read', true],
      ]);
      spies[0]!.mockImplementation((() => Promise.reject(denied())) as never);
      await expect(listInputFiles(input)).rejects.toThrow(`cannot read the input folder ${input}: permission denied (EACCES)`);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  it('lists a named pipe as not an input, where reading it would wait forever', async () => {
    const input = tree();
    execFileSync('mkfifo', [path.join(input, 'pipe.csv')]);
    const files = await listInputFiles(input, [path.join(input, 'report')], ['drafts/**']);
    expect(files.map((f) => [f.id, f.problem])).toEqual([
      ['b.csv', undefined],
      ['groups/a.txt', undefined],
      ['pipe.csv', 'not a regular file (a named pipe, socket or device); not an input'],
    ]);
  });
});
