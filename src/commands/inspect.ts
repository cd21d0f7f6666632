// `reflect inspect <folder>`: what reflect would read and how, without analysing: each file's format,
// encoding and status, the role inferred for every sheet column, and each transcript's turns.
import type { Command } from 'commander';
import { CONFIG_FILE } from '../config.js';
import { participantNoun, readCorpusWithConfig } from '../index.js';
import { addReadOptions } from './read-options.js';
import { addTextOrJsonOptions, textOrJson, type TextOrJsonFlags } from './output-options.js';
import type { Corpus, Participant, ParticipantNoun } from '../model.js';
import type { FileRead } from '../corpus/read-files.js';
import { nameCandidates } from '../corpus/name-candidates.js';
import { colourFor } from '../util/colour.js';
import { terminalText } from '../util/controls.js';
import { formatWarning } from '../util/log.js';
import { attributeLabel } from '../util/labels.js';
import { gridColumnLabel } from '../readers/grid-labels.js';
import { normaliseHeader } from '../readers/columns.js';
import { plural } from '../util/text.js';
import { InputError } from '../util/errors.js';

/** Words that may be names, listed in the terminal; --json lists every one. */
const MAX_NAMES_SHOWN = 40;

interface InspectFlags extends TextOrJsonFlags {
  config?: string;
  roster?: string;
  facilitator?: string[];
  redact?: string[];
  encoding?: string;
  sheet?: string;
  participants?: ParticipantNoun;
}

/** Register `inspect` on the program. */
export function registerInspectCommand(program: Command): void {
  const command = program
    .command('inspect')
    .description('show how each file in a folder would be read (formats, column roles, speakers) without analysing')
    .argument('<folder>', 'folder (or one file) to inspect');
  addTextOrJsonOptions(addReadOptions(command), 'print the inspection as JSON');
  command.action(async (folder: string, flags: InspectFlags) => {
    // Before the folder is read: a contradiction in the options is said first, as any usage error is.
    const format = textOrJson(flags);
    const { corpus, reads, config } = await readCorpusWithConfig(folder, {
      config: flags.config,
      roster: flags.roster,
      facilitators: flags.facilitator,
      redact: flags.redact,
      encoding: flags.encoding,
      sheet: flags.sheet,
      participants: flags.participants,
    });
    // Who took part, as analyze names them: "9 teacher responses from 3 teachers".
    const noun = participantNoun(corpus, config, flags.participants);
    process.stdout.write(format === 'json' ? `${JSON.stringify(inspection(corpus, reads), null, 2)}\n` : formatInspection(corpus, reads, noun));
    // As `analyze` does: a folder of which no file could be read is a failed run, for a script or CI job
    // to see; what was found is still shown above, each file with why it was not read.
    const nothing = nothingRead(corpus);
    if (nothing) throw new InputError(nothing);
  });
}

/** "nothing could be read: 2 files failed and 1 skipped", where no file was read; else undefined. */
export function nothingRead(corpus: Corpus): string | undefined {
  if (corpus.sources.some((s) => s.status === 'read')) return undefined;
  const failed = corpus.sources.filter((s) => s.status === 'failed').length;
  const skipped = corpus.sources.length - failed;
  const parts = [failed > 0 ? `${plural(failed, 'file')} failed` : '', skipped > 0 ? (failed > 0 ? `${skipped} skipped` : `${plural(skipped, 'file')} skipped`) : ''].filter(Boolean);
  return `nothing could be read: ${parts.join(' and ') || 'no files'} (each is listed with why)`;
}

/** The inspection as plain data: per file, how it was read; per sheet column, its role and why. */
export function inspection(corpus: Corpus, reads: FileRead[]) {
  const readById = new Map(reads.map((r) => [r.id, r]));
  // Context turns are told apart by their participant's role, as analysis.json lists it.
  const roleOf = new Map(corpus.participants.map((p) => [p.id, p.role]));
  const contextTurns = (sourceId: string, role: Participant['role']) => corpus.context.filter((r) => r.sourceId === sourceId && roleOf.get(r.participantId) === role).length;
  // A group's label (`Everyone:`, `Maya, Jordan:`) names no speaker of its own: its turns are counted apart.
  const groupTurnIds = new Set(corpus.context.filter((r) => roleOf.get(r.participantId) === 'group').map((r) => r.id));
  return {
    folder: corpus.folder,
    files: corpus.sources.map((s) => {
      const content = readById.get(s.id)?.result?.content;
      const turns = content?.type === 'transcript' ? content.turns : [];
      const students = new Set(corpus.responses.filter((r) => r.sourceId === s.id).map((r) => r.participantId));
      return {
        file: s.id,
        kind: s.kind,
        format: s.format,
        encoding: s.encoding ?? null,
        status: s.status,
        reason: s.reason ?? null,
        ...(content?.type === 'table'
          ? {
              flavour: content.flavour ?? null,
              // The values a sheet's folders give (config `folders:`); a workbook's sheet is in its id already.
              ...(Object.keys(s.attributes).some((k) => k !== 'sheet') ? { attributes: withoutKey(s.attributes, 'sheet') } : {}),
              rows: content.rows.length,
              columns: content.columns.map((c) => ({
                column: c.index + 1,
                header: c.header,
                // Qualtrics' question text under its "Q2"; not "Start Date" under "StartDate"
                ...(c.question && normaliseHeader(c.question) !== normaliseHeader(c.header) ? { question: c.question } : {}),
                role: c.role,
                ...(c.attribute ? { attribute: c.attribute } : {}),
                reason: c.reason,
              })),
            }
          : {}),
        ...(content?.type === 'transcript'
          ? {
              ...(s.title !== undefined ? { title: s.title } : {}),
              attributes: s.attributes,
              ...(content.notes ? { notes: true } : {}),
              ...(s.notes !== undefined ? { manyWriters: s.notes } : {}),
              turns: turns.length,
              speakers: new Set(turns.filter((_, i) => !groupTurnIds.has(`${s.id}:t${i + 1}`)).map((t) => t.speaker?.toLowerCase() ?? '')).size,
              students: students.size,
              facilitatorTurns: contextTurns(s.id, 'facilitator'),
              groupTurns: contextTurns(s.id, 'group'),
            }
          : {}),
        responses: s.responses,
      };
    }),
    warnings: corpus.warnings.map(formatWarning),
    // For the person checking the folder, not for a report: words that may be names nobody listed.
    mayBeNames: nameCandidates(corpus).map((n) => ({ text: n.text, responses: n.responses, first: `${n.first.sourceId}, ${n.first.locator}` })),
  };
}

function formatInspection(corpus: Corpus, reads: FileRead[], noun: ParticipantNoun): string {
  const c = colourFor(process.stdout);
  // Names and headers as the terminal should show them: a file named with an escape sequence (ESC [2J
  // clears the screen) or a header with one ran it; a line break in a file's name read as two files.
  const shown = (text: string): string => terminalText(text).replace(/\n/g, '\\n');
  const data = inspection(corpus, reads);
  const out: string[] = [];
  for (const f of data.files) {
    const status = f.status === 'read' ? c.green(f.status) : f.status === 'failed' ? c.red(f.status) : c.yellow(f.status);
    const enc = f.encoding ? `, ${f.encoding}` : '';
    out.push(`${c.bold(shown(f.file))}  ${f.kind} (${f.format}${enc}) ${status}${f.reason ? `: ${shown(f.reason)}` : ''}`);
    if ('columns' in f && f.columns) {
      if (f.flavour) out.push(`  survey export: ${f.flavour}`);
      out.push(`  ${plural(f.rows ?? 0, 'row')}, ${plural(f.responses ?? 0, 'response')}`);
      const attrs = Object.entries(f.attributes ?? {});
      if (attrs.length) out.push(`  ${shown(attrs.map(([k, v]) => `${k}: ${v}`).join('; '))}`);
      const rows = f.columns.map((col) => ({
        column: col.column,
        header: truncate(shown('question' in col && col.question ? `${col.header}: ${col.question}` : col.header), 60),
        role: col.role + ('attribute' in col && col.attribute ? ` (${gridColumnLabel({ header: col.header, question: 'question' in col ? col.question : undefined, attribute: col.attribute }, f.flavour ?? undefined) ?? attributeLabel(col.attribute)})` : ''),
        reason: col.reason,
      }));
      // Each column as wide as the file's widest entry in it: padded to 60 and 32 whatever the headers,
      // a sheet of short ones ("Student", "Grade") printed lines of 120 to 180 characters.
      const headerWidth = Math.max(...rows.map((r) => r.header.length));
      const roleWidth = Math.max(...rows.map((r) => r.role.length));
      for (const r of rows) out.push(`  ${String(r.column).padStart(3)}. ${r.header.padEnd(headerWidth)}  ${r.role.padEnd(roleWidth)}  ${c.dim(r.reason)}`);
    }
    if ('turns' in f && f.turns !== undefined) {
      if ('title' in f && f.title) out.push(`  title: ${shown(f.title)}`);
      out.push(
        // Many students' notes (sticky notes, exit tickets) have writers, one a note, not speakers.
        'manyWriters' in f && f.manyWriters !== undefined
          ? `  ${plural(f.manyWriters, 'note')}, each read as another unnamed ${noun.singular}'s: ${plural(f.responses, `${noun.singular} response`)}`
          : `  ${plural(f.turns, 'turn')} by ${plural(f.speakers ?? 0, 'speaker')}: ${plural(f.responses, `${noun.singular} response`)} from ${plural(f.students ?? 0, noun.singular, noun.plural)}, ${plural(f.facilitatorTurns ?? 0, 'facilitator or staff turn')}${f.groupTurns ? `, ${plural(f.groupTurns, 'group turn')}` : ''}`,
      );
      if ('notes' in f && f.notes) out.push(`  ${c.dim(`a note-taker's notes: each point a response of the ${noun.singular} it names; no facilitator expected`)}`);
      const attrs = Object.entries(f.attributes ?? {});
      if (attrs.length) out.push(`  ${shown(attrs.map(([k, v]) => `${k}: ${v}`).join('; '))}`);
    }
  }
  if (data.warnings.length) out.push('', ...data.warnings.map((w) => `${c.yellow('warning:')} ${w}`));
  if (data.mayBeNames.length) {
    out.push('', `${c.bold('May be names')}, left in the texts (a place or a program is fine; add a person's name to redact: in ${CONFIG_FILE}):`);
    const listed = data.mayBeNames.slice(0, MAX_NAMES_SHOWN);
    const width = Math.max(...listed.map((n) => shown(n.text).length));
    for (const n of listed) out.push(`  ${shown(n.text).padEnd(width)}  ${c.dim(`${plural(n.responses, 'text')}; first in ${shown(n.first)}`)}`);
    if (data.mayBeNames.length > listed.length) out.push(`  … and ${data.mayBeNames.length - listed.length} more (--json lists them all)`);
  }
  return `${out.join('\n')}\n`;
}

function withoutKey(record: Record<string, string>, key: string): Record<string, string> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
