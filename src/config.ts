// Reads reflect.config.yml (in the input folder, or --config FILE) into a ReflectConfig, with errors
// that name the file and line of the offending key.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isMap, isScalar, type Node } from 'yaml';
import type { ColumnRole, ReflectConfig } from './model.js';
import { ConfigError, ProblemList, fileErrorText } from './util/errors.js';
import { suggest } from './util/suggest.js';
import { decodeText } from './readers/encoding.js';
import { dict, own } from './util/own.js';
import { participantNounFrom } from './util/participant-nouns.js';

/** The config file looked for in an input folder. */
export const CONFIG_FILE = 'reflect.config.yml';

const ROLES: ColumnRole[] = ['id', 'name', 'attribute', 'text', 'ignore'];
/** What a `columns:` entry written as a mapping may say. */
const OVERRIDE_KEYS = ['role', 'attribute', 'question'];

type KeyKind = 'string' | 'number' | 'strings' | 'columns' | 'values' | 'noun';
const KEYS: Record<keyof ReflectConfig, KeyKind> = {
  title: 'string',
  codebook: 'string',
  roster: 'string',
  facilitators: 'strings',
  redact: 'strings',
  columns: 'columns',
  sheet: 'string',
  encoding: 'string',
  values: 'values',
  minCell: 'number',
  by: 'strings',
  ignore: 'strings',
  folders: 'strings',
  participants: 'noun',
};
// Accept the spellings people write in YAML as well as the camelCase of the type.
const ALIASES: Record<string, keyof ReflectConfig> = { 'min-cell': 'minCell', min_cell: 'minCell', facilitator: 'facilitators', participant: 'participants' };

/** A loaded config and where it came from (undefined path: no config file). */
export interface LoadedConfig {
  config: ReflectConfig;
  /** Absolute path of the file read, if any. */
  path?: string;
  /** The file as errors name it (reflect.config.yml, or --config as given), if one was read. */
  name?: string;
  /** The line of each setting in it, for errors found later about a value (a path that leads nowhere). */
  lines?: Partial<Record<keyof ReflectConfig, number>>;
  /** The line of each `columns:` entry, by its header as written. */
  columnLines?: Record<string, number>;
}

/** Where a setting was made, for an error about it: the config file and line, or nothing if it was not made there. */
export function settingAt(loaded: LoadedConfig, key: keyof ReflectConfig): { file?: string; line?: number } {
  return loaded.name !== undefined && loaded.config[key] !== undefined ? { file: loaded.name, line: loaded.lines?.[key] } : {};
}

/**
 * Load `explicit` if given (it must exist), else `<folder>/reflect.config.yml` if present, else an
 * empty config. Paths inside the file (codebook) are made absolute relative to the file.
 */
export async function loadConfig(folder: string, explicit?: string): Promise<LoadedConfig> {
  const file = explicit ? path.resolve(explicit) : path.join(folder, CONFIG_FILE);
  let text: string;
  try {
    // Decoded as codebooks and input files are: Notepad saves "ANSI" (Windows-1252) or "Unicode" (UTF-16),
    // and a name to redact read as UTF-8 from those ("Zo�") would match no one.
    // Line ends as YAML reads them: a file saved with old Mac ends (CR alone) read as one line.
    text = decodeText(await fs.readFile(file)).text.replace(/\r\n?/g, '\n');
  } catch (err) {
    if (!explicit && (err as NodeJS.ErrnoException).code === 'ENOENT') return { config: {} };
    const code = (err as NodeJS.ErrnoException).code;
    // As a missing codebook is told: the path as given, not Node's "ENOENT: … open '/abs/path'".
    if (code === 'ENOENT') throw new ConfigError('config file not found', { file: explicit });
    if (code === 'EISDIR') throw new ConfigError('is a folder, not a config file: give the reflect.config.yml in it', { file: explicit });
    throw new ConfigError(`cannot read config file: ${fileErrorText(err)}`, { file: explicit });
  }
  const name = explicit ?? CONFIG_FILE;
  const lines: Partial<Record<keyof ReflectConfig, number>> = {};
  const columnLines = dict<number>();
  const config = parseConfig(text, name, lines, columnLines);
  if (config.codebook) config.codebook = path.resolve(path.dirname(file), config.codebook);
  return { config, path: file, name, lines, columnLines };
}

/**
 * Parse config text; `name` is used in error messages; `lines`, if given, gets the line of each setting,
 * and `columnLines` that of each `columns:` entry.
 */
export function parseConfig(
  text: string,
  name: string,
  lines: Partial<Record<keyof ReflectConfig, number>> = {},
  columnLines: Record<string, number> = {},
): ReflectConfig {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const lineOf = (node: Node | null | undefined): number | undefined =>
    node?.range ? counter.linePos(node.range[0]).line : undefined;
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw new ConfigError(`invalid YAML: ${e.message.split('\n')[0]}`, { file: name, line: counter.linePos(e.pos[0]).line });
  }
  if (doc.contents === null) return {};
  if (!isMap(doc.contents)) throw new ConfigError('expected a mapping of settings (key: value)', { file: name, line: 1 });
  const config: Record<string, unknown> = {};
  // a setting's problem is read past, so that one run names every mistake in the file
  const problems = new ProblemList(name);
  for (const pair of doc.contents.items) {
    const keyNode = pair.key as Node;
    const raw = isScalar(keyNode) ? String(keyNode.value) : '';
    const key = (own(ALIASES, raw) ?? raw) as keyof ReflectConfig;
    const line = lineOf(keyNode);
    const kind = own(KEYS, key);
    if (!kind) {
      const written = Object.keys(KEYS).map((k) => (k === 'minCell' ? 'min-cell' : k));
      problems.add(`unknown setting '${raw}'${suggest(raw, written)}; expected one of: ${written.join(', ')}`, line);
      continue;
    }
    // `min-cell` and `minCell` (or `facilitator` and `facilitators`) are one setting: the second would win unsaid.
    if (own(lines, key) !== undefined) {
      problems.add(`'${raw}' repeats the setting made at line ${lines[key]} under another spelling; keep one of the two`, line);
      continue;
    }
    const value = (pair.value as Node & { toJSON(): unknown } | null)?.toJSON() ?? null;
    // A column's mistake is named at its own line, not at `columns:`.
    if (kind === 'columns' && isMap(pair.value)) {
      for (const entry of pair.value.items) {
        const at = lineOf(entry.key as Node);
        if (isScalar(entry.key) && at !== undefined) columnLines[String(entry.key.value)] = at;
      }
    }
    // A value mapping's mistake is named at its own line too.
    const valueLines = dict<number>();
    if (kind === 'values' && isMap(pair.value)) {
      for (const attribute of pair.value.items) {
        if (!isScalar(attribute.key)) continue;
        const at = lineOf(attribute.key as Node);
        if (at !== undefined) valueLines[String(attribute.key.value)] = at;
        if (!isMap(attribute.value)) continue;
        for (const entry of attribute.value.items) {
          const entryAt = lineOf(entry.key as Node);
          if (isScalar(entry.key) && entryAt !== undefined) valueLines[`${String(attribute.key.value)}\u0000${String(entry.key.value)}`] = entryAt;
        }
      }
    }
    // Messages name the key as the user wrote it ('min-cell', not 'minCell').
    const at = (where?: string): number | undefined => (where === undefined ? undefined : kind === 'columns' ? own(columnLines, where) : own(valueLines, where));
    const checked = problems.readPast(() => checkValue(raw, kind, value, (msg, where) => new ConfigError(msg, { file: name, line: at(where) ?? line })));
    if (checked === undefined) continue;
    config[key] = checked;
    if (line !== undefined) lines[key] = line;
  }
  problems.check();
  return config as ReflectConfig;
}

function checkValue(key: string, kind: KeyKind, value: unknown, fail: (m: string, where?: string) => ConfigError): unknown {
  switch (kind) {
    case 'string':
      // A sheet, or a title, may be a year: `sheet: 2017` is the tab named 2017.
      if (typeof value === 'number') return String(value);
      if (typeof value !== 'string' || value.trim() === '') throw fail(`'${key}' must be text`);
      return value.trim();
    case 'noun': {
      const noun = typeof value === 'string' ? participantNounFrom(value) : undefined;
      if (typeof noun === 'string' || noun === undefined) throw fail(`'${key}' ${typeof noun === 'string' ? noun : 'must be text: who took part, such as teachers or parents'}`);
      return noun;
    }
    case 'number':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw fail(`'${key}' must be a whole number ≥ 0`);
      return value;
    case 'strings': {
      // A year is a number to YAML, and a folder's name all the same: `ignore: [2015]`.
      const list = typeof value === 'string' || typeof value === 'number' ? [value] : value;
      if (!Array.isArray(list) || list.some((v) => typeof v !== 'string' && typeof v !== 'number')) throw fail(`'${key}' must be a list of text values`);
      return list.map((v: string | number) => String(v).trim());
    }
    case 'columns': {
      if (!isRecord(value)) throw fail(`'columns' must map column headers to roles (${ROLES.join(', ')})`);
      const out = dict<unknown>();
      for (const [header, spec] of Object.entries(value)) {
        const role = typeof spec === 'string' ? spec : isRecord(spec) ? spec.role : undefined;
        if (typeof role !== 'string' || !ROLES.includes(role as ColumnRole)) {
          throw fail(`column '${header}': role must be one of ${ROLES.join(', ')}; found ${JSON.stringify(role ?? spec)}`, header);
        }
        if (isRecord(spec)) {
          // A misspelt `atribute:` would otherwise be passed over, and the column keyed by its header.
          for (const [k, v] of Object.entries(spec)) {
            if (!OVERRIDE_KEYS.includes(k)) throw fail(`column '${header}': unknown key '${k}'${suggest(k, OVERRIDE_KEYS)}; expected ${OVERRIDE_KEYS.join(', ')}`, header);
            if (k !== 'role' && (typeof v !== 'string' || v.trim() === '')) throw fail(`column '${header}': '${k}' must be text`, header);
          }
          if (spec.question !== undefined && role !== 'text') throw fail(`column '${header}': 'question' names the question of a text column; its role is ${role}`, header);
          if (spec.attribute !== undefined && role !== 'attribute') throw fail(`column '${header}': 'attribute' names the attribute of an attribute column; its role is ${role}`, header);
        }
        out[header] = spec;
      }
      return out;
    }
    case 'values': {
      if (!isRecord(value)) throw fail(`'values' must map attributes to {raw value: shown value} mappings`);
      const out = dict<Record<string, string>>();
      for (const [attribute, mapping] of Object.entries(value)) {
        if (!isRecord(mapping)) throw fail(`values: '${attribute}' must map raw values to shown values ({raw value: shown value})`, attribute);
        out[attribute] = dict();
        for (const [raw, shown] of Object.entries(mapping)) {
          // A list is several values ("First Nations; Métis"); nothing after the colon means not stated.
          const parts = Array.isArray(shown) ? shown : [shown];
          if (parts.some((p) => p !== null && typeof p !== 'string' && typeof p !== 'number' && typeof p !== 'boolean')) {
            throw fail(`values: ${attribute}: '${raw}' must map to a value (text), or a list of values; found ${Array.isArray(shown) ? 'a list holding a mapping' : 'a mapping'}`, `${attribute}\u0000${raw}`);
          }
          out[attribute]![raw] = parts.map((p) => (p === null ? '' : String(p).trim())).join('; ');
        }
      }
      return out;
    }
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
