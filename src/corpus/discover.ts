// Lists the files under an input folder: every file accounted for, in a stable order; hidden files,
// the output folder and anything the config ignores are left out.
import { promises as fs, type Dirent } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { fileErrorText, InputError } from '../util/errors.js';
import { own } from '../util/own.js';

/** A file found under the input folder. */
export interface FoundFile {
  /** Relative path, posix separators. */
  id: string;
  /** Absolute path. */
  absolute: string;
  size: number;
  /** Why the file cannot be read, found while listing it (a broken symbolic link). */
  problem?: string;
  /** The problem makes it a failed file, not a skipped one (a folder or file the user may not read). */
  failed?: boolean;
}

/**
 * Files and folders Windows and macOS keep in a folder and hide from its user, as they hide dot files:
 * thumbnail caches, a folder's view settings, its custom icon (`Icon` and a carriage return), the
 * recycle bin of a shared drive. Listed, they were counted among the files not read in every report.
 */
const SYSTEM_FILES = new Set(['thumbs.db', 'ehthumbs.db', 'ehthumbs_vista.db', 'desktop.ini', 'icon\r', '$recycle.bin', 'system volume information']);

/** Whether a file or folder is hidden from its user: a dot file, or one of {@link SYSTEM_FILES}. */
export function isHidden(name: string): boolean {
  return name.startsWith('.') || SYSTEM_FILES.has(name.toLowerCase());
}

// macOS saves these as a package, a folder the Finder shows as one file: walked, their insides were
// listed as files of unsupported types (Index.zip, preview.jpg) with advice that made no sense for them.
const PACKAGES: Record<string, string> = {
  pages: 'a Pages document saved as a package (a folder); export it as .docx from Pages (File › Export To › Word) to have it read',
  numbers: 'a Numbers spreadsheet saved as a package (a folder); export it as .xlsx or .csv from Numbers (File › Export To) to have it read',
  key: 'a Keynote presentation saved as a package (a folder); copy its text into a .txt or .docx to have it read',
  rtfd: 'a TextEdit rich text document with pictures (.rtfd, a folder); save it as .docx or plain text (.txt) to have it read',
};

/** The reason a folder is skipped as a macOS package document, by its name; undefined for any other folder. */
function packageDocument(name: string): string | undefined {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? own(PACKAGES, name.slice(dot + 1).toLowerCase()) : undefined;
}

/** A name with the extension of a document reflect reads or is often given. */
const DOCUMENT_NAME = /\.(?:csv|tsv|tab|txt|md|vtt|srt|sbv|docx|doc|xlsx|xls|pdf|rtf|odt|ods)$/i;

async function isEmptyFolder(dir: string): Promise<boolean> {
  try {
    return (await fs.readdir(dir)).every(isHidden);
  } catch {
    return false;
  }
}

const EARLIER_REPORT = 'output of an earlier reflect run (its folder holds report.md and analysis.json); not an input';

/**
 * Whether a folder holds the output of an earlier `reflect analyze` (report.md beside an analysis.json
 * that starts as reflect writes it). Read as input, its responses.csv and report.md would count every
 * response a second time, so its files are listed as skipped; a report kept in the input folder under
 * another name (`--out report-v1`, then `--out report-v2`) is the usual way this happens.
 */
export async function isReportFolder(dir: string, entries: Dirent[]): Promise<boolean> {
  const has = (name: string): boolean => entries.some((e) => e.name === name && (e.isFile() || e.isSymbolicLink()));
  if (!has('analysis.json') || !has('report.md')) return false;
  try {
    const handle = await fs.open(path.join(dir, 'analysis.json'), 'r');
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(64), 0, 64, 0);
      return /^\{\s*"schemaVersion"\s*:/.test(buffer.toString('utf8', 0, bytesRead));
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}

/**
 * Walk `folder` recursively. `exclude` holds absolute folders to leave out (the output folder);
 * `ignore` holds globs relative to the folder (from the config file). The files of an earlier reflect
 * report folder are listed with that as their problem (see isReportFolder). Symbolic links are followed (a
 * shared roster is often linked in), each folder once, so a link back up the tree cannot loop; a link
 * that leads nowhere is listed with its problem, so it is accounted for like any other file.
 */
export async function listInputFiles(folder: string, exclude: string[] = [], ignore: string[] = []): Promise<FoundFile[]> {
  const excluded = new Set(exclude.map((p) => path.resolve(p)));
  // As .gitignore reads them: a glob without a slash (`*.bak.csv`, `drafts`) names files or folders at any
  // depth, and one written from the folder's top (`./drafts/**`, `/drafts/**`) is a path under it.
  const globs = ignore.map((g) => g.replace(/^\.?\/+/, ''));
  const anywhere = globs.filter((g) => !g.replace(/\/+$/, '').includes('/'));
  const fromTop = globs.filter((g) => !anywhere.includes(g));
  const matchPath = fromTop.length > 0 ? picomatch(fromTop, { dot: false }) : () => false;
  const matchName = anywhere.length > 0 ? picomatch(anywhere, { dot: false }) : () => false;
  // `${id}/` too, so that a glob written as a folder (`drafts/`) leaves that folder out.
  const isIgnored = (id: string): boolean => {
    const name = id.slice(id.lastIndexOf('/') + 1);
    return matchPath(id) || matchPath(`${id}/`) || matchName(name) || matchName(`${name}/`);
  };
  const found: FoundFile[] = [];
  // Real paths of the folders walked, and of the excluded ones (an output folder reached through a link).
  const walked = new Set<string>();
  const excludedReal = new Set(await Promise.all([...excluded].map((p) => fs.realpath(p).catch(() => p))));
  async function walk(dir: string): Promise<void> {
    let real: string;
    let entries: Dirent[];
    try {
      real = await fs.realpath(dir);
      if (walked.has(real) || excludedReal.has(real)) return;
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (err) {
      const why = fileErrorText(err);
      if (dir === folder) throw new InputError(`cannot read the input folder ${folder}: ${why}`);
      // A folder the user may not read is listed, with every file in it unaccounted for, not a crash.
      const id = path.relative(folder, dir).split(path.sep).join('/');
      found.push({ id: `${id}/`, absolute: dir, size: 0, problem: `a folder that cannot be read: ${why}; its files are not read`, failed: true });
      return;
    }
    walked.add(real);
    const earlier = (await isReportFolder(dir, entries)) ? EARLIER_REPORT : undefined;
    for (const entry of entries) {
      if (isHidden(entry.name)) continue;
      const absolute = path.join(dir, entry.name);
      const id = path.relative(folder, absolute).split(path.sep).join('/');
      if (excluded.has(absolute) || isIgnored(id)) continue;
      let stat;
      try {
        // stat follows a symbolic link to what it points at.
        stat = await fs.stat(absolute);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code ?? 'unreadable';
        if (entry.isSymbolicLink() && code === 'ELOOP') {
          found.push({ id, absolute, size: 0, problem: 'a loop of symbolic links (ELOOP), each pointing at the next and none at a file; not an input' });
        } else if (entry.isSymbolicLink() && (code === 'ENOENT' || code === 'ENOTDIR')) {
          found.push({ id, absolute, size: 0, problem: `a symbolic link to nothing (${code})` });
        } else {
          found.push({ id, absolute, size: 0, problem: `unreadable: ${fileErrorText(err)}`, failed: true });
        }
        continue;
      }
      if (stat.isDirectory()) {
        if (entry.name === 'node_modules') continue;
        const bundle = packageDocument(entry.name);
        if (bundle !== undefined) {
          found.push({ id: `${id}/`, absolute, size: 0, problem: bundle });
          continue;
        }
        const before = found.length;
        await walk(absolute);
        // A folder named as a document, with nothing in it to read, was missing from every list.
        if (found.length === before && DOCUMENT_NAME.test(entry.name) && (await isEmptyFolder(absolute))) {
          found.push({ id: `${id}/`, absolute, size: 0, problem: `an empty folder named like a file (.${entry.name.split('.').pop()!.toLowerCase()}); not an input` });
        }
      } else if (stat.isFile()) {
        found.push({ id, absolute, size: stat.size, ...(earlier ? { problem: earlier } : {}) });
      } else {
        // Reading a named pipe would wait for a writer forever; a socket or device holds no document.
        found.push({ id, absolute, size: 0, problem: 'not a regular file (a named pipe, socket or device); not an input' });
      }
    }
  }
  await walk(folder);
  return found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
