// The options that say how a folder is read, shared by `analyze` and `inspect`, so that `inspect` with
// the same options shows what `analyze` would read.
import type { Command } from 'commander';
import type { ParticipantNoun } from '../model.js';
import { participantNounFrom } from '../util/participant-nouns.js';
import { UsageError } from '../util/errors.js';

/**
 * Add --config, --roster, --facilitator, --redact, --encoding, --sheet and --participants to `command`.
 * Who took part is a reading option: in a teachers' focus group, a `Teacher:` speaker is a participant.
 */
export function addReadOptions(command: Command): Command {
  return command
    .option('--config <file>', 'config file (default: reflect.config.yml in the folder)')
    .option('--roster <file>', 'participant roster (CSV/XLSX with ids, names and attributes)')
    .option('--facilitator <name>', 'a facilitator in the transcripts (repeatable)', collect)
    .option('--redact <name>', 'a name to remove from every text, of someone on no roster and in no speaker label (repeatable)', collect)
    .option('--encoding <name>', 'text encoding of the input files (default: detected)')
    .option('--sheet <name>', 'XLSX sheet to read (default: every sheet with data)')
    .option('--participants <noun>', 'who took part, as the report names them: students (default), teachers, parents, staff, educators …', participantNoun);
}

function participantNoun(value: string): ParticipantNoun {
  const noun = participantNounFrom(value);
  if (typeof noun === 'string') throw new UsageError(`--participants ${noun}`);
  return noun;
}

/** A repeatable option's values, in the order given. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}
