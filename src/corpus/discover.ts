// Lists the files under an input folder: every file accounted for, in a stable order; hidden files,
// the output folder and anything the config ignores are left out.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';

/** A file found under the input folder. */
export interface FoundFile {
  /** Relative path, posix separators. */
  id: string;
  /** Absolute path. */
  absolute: string;
  size: number;
}

/**
 * Walk `folder` recursively. `exclude` holds absolute folders to leave out (the output folder);
 * `ignore` holds globs relative to the folder (from the config file).
 */
export async function listInputFiles(folder: string, exclude: string[] = [], ignore: string[] = []): Promise<FoundFile[]> {
  const excluded = new Set(exclude.map((p) => path.resolve(p)));
  const isIgnored = ignore.length > 0 ? picomatch(ignore, { dot: false }) : () => false;
  const found: FoundFile[] = [];
  async function walk(dir: string): Promise<void> {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const absolute = path.join(dir, entry.name);
      const id = path.relative(folder, absolute).split(path.sep).join('/');
      if (excluded.has(absolute) || isIgnored(id) || isIgnored(`${id}/`)) continue;
      if (entry.isDirectory()) {
        if (entry.name === 'node_modules') continue;
        await walk(absolute);
      } else if (entry.isFile()) {
        const stat = await fs.stat(absolute);
        found.push({ id, absolute, size: stat.size });
      }
    }
  }
  await walk(folder);
  return found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
