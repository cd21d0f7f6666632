// The output options `inspect`, `codebook check` and `codebook try` share with `analyze` and `agree`:
// `--format <text|json>` (with `--json` kept as its shorthand) and `-q, --quiet`.
import { Option, type Command } from 'commander';
import { UsageError } from '../util/errors.js';

/** What these commands print on stdout: their plain-text report, or the same as JSON. */
export const TEXT_OR_JSON = ['text', 'json'] as const;
export type TextOrJson = (typeof TEXT_OR_JSON)[number];

/** The flags {@link addTextOrJsonOptions} adds, as commander hands them to the action. */
export interface TextOrJsonFlags {
  format?: TextOrJson;
  json?: boolean;
  quiet?: boolean;
}

/**
 * Add `--format <text|json>` (default text), `--json` (its shorthand) and `-q, --quiet` to `command`.
 * `json` says what the JSON holds, for the help of `--json`. The format has no default in commander, so
 * that `--json --format text` can be told from `--json` alone (see {@link textOrJson}).
 */
export function addTextOrJsonOptions(command: Command, json: string): Command {
  return command
    .addOption(new Option('--format <format>', 'what is printed on stdout (default: text)').choices(TEXT_OR_JSON))
    .option('--json', `${json} (the same as --format json)`)
    .option('-q, --quiet', 'print only warnings and errors on stderr (no notes); the output on stdout is unchanged');
}

/** The format asked for: `--format`, else json for `--json`, else text; a UsageError where the two disagree. */
export function textOrJson(flags: TextOrJsonFlags): TextOrJson {
  if (flags.json && flags.format === 'text') throw new UsageError('--json asks for --format json, and --format text was given too: give one of them');
  return flags.json ? 'json' : (flags.format ?? 'text');
}
