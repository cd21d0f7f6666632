// Runs the built `reflect` binary the way a user does, with colour off, and captures what it prints.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(ROOT, 'bin/reflect.js');
export const SAMPLE = path.join(ROOT, 'fixtures/personalization-2016');

export interface Run {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** Run `reflect …args` in `cwd` with NO_COLOR=1 and no TTY, `input` (if any) on stdin. */
export function reflect(args: string[], cwd: string = ROOT, env: Record<string, string> = {}, input?: string): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    ...(input !== undefined ? { input } : {}),
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

// Each test file makes its temporary folders inside one of its own, removed after the file's tests, so
// a run of the tests leaves nothing behind in the system's temporary folder. (Test processes are ended
// without running their exit handlers, so the file's afterAll is the place.)
let root: string | undefined;
afterAll(() => {
  if (root !== undefined) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

let made = 0;

/**
 * A fresh temporary folder, removed with the others after the test file's tests. Numbered, not named by
 * mkdtemp's random letters: a folder's name is read as its input's, and "reflect-test-DrAbq1" holds a
 * title and a name (Dr Abq), which a test under --strict took for a warning now and then.
 */
export function tempDir(prefix = 'reflect-test-'): string {
  root ??= mkdtempSync(path.join(os.tmpdir(), 'reflect-tests-'));
  const dir = path.join(root, `${prefix}${++made}`);
  mkdirSync(dir);
  return dir;
}
