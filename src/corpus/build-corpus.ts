// Maps what the readers parsed (tables and transcripts) onto the one corpus model: sources,
// participants joined across sheets, roster and transcripts, questions, and de-identified responses.
import { namedGrade } from './named-grade.js';
import type {
  ParticipantNoun,
  Column,
  Corpus,
  Participant,
  Question,
  ReflectConfig,
  Response,
  Source,
  Table,
  Transcript,
  Warning,
} from '../model.js';
import { questionAsked, sentenceStart } from './asked.js';
import { emailName } from './email-names.js';
import { AttributeConflicts, type ValueOrigin } from './attribute-conflicts.js';
import { hasControlCharacters, removedControlCharacters, withoutControlCharacters } from './control-characters.js';
import { detectFacilitators, unmatchedFacilitatorNames } from './facilitators.js';
import { isNotStated, MULTI_SEPARATOR, normaliseAttributeValue, NOT_STATED, splitMultiValue } from './normalise.js';
import { foldName } from './name-fold.js';
import { cuedNames, givenNames, makeRedactor, nameParts } from './redact.js';
import { bareNamesAsPlaces } from './bare-names.js';
import { titleNames } from './title-names.js';
import { vocativeNames } from './vocatives.js';
import { nicknamesOf, shortFormsOf } from './nicknames.js';
import { personNamedValues } from './person-values.js';
import { sameAnswers } from './same-answers.js';
import { sameTalk } from './same-talk.js';
import { sessionsOf } from './sessions.js';
import { idParts, publishedSourceIds } from './source-ids.js';
import { isAdultRole, isAnyoneLabel, isGroupLabel, isNumberedPerson, isPairLabel, isUnknownSpeaker } from '../util/names.js';
import { alikeLabel } from './alike-speakers.js';
import { isInterview } from './interview.js';
import { editDistance } from '../util/suggest.js';
import { andMore, byCodeUnits, firstFew, listOf } from '../util/text.js';
import { attributeInSentence } from '../util/labels.js';
import { attributeWords, valueWords } from '../util/attribute-words.js';
import { isCodingHeader, listsReflectResponses } from '../readers/coding-columns.js';
import { normaliseHeader, ownKey } from '../readers/columns.js';
import { holdsNames } from '../readers/name-keys.js';
import type { FileRead } from './read-files.js';
import { own } from '../util/own.js';
import { isNoName } from '../util/no-answer.js';
import { STUDENTS, isStudentNoun, possessive, roleNoun, unnumbered, withArticle } from '../util/participant-nouns.js';

export interface BuildOptions {
  config: ReflectConfig;
  /** Facilitator names from `--facilitator`. */
  facilitators?: string[];
  /** Names to remove from every text from `--redact` (the config's `redact:` comes in `config`). */
  redact?: string[];
  /** Source id of the file named with `--roster` (or the config's `roster`). */
  roster?: string;
  /** Warnings found before the corpus is built (settings the files did not use), de-identified as the others are. */
  warnings?: Warning[];
  /** Who took part (`--participants`, over the config's `participants:`): whose role labels are theirs, and the warnings' noun. */
  participants?: ParticipantNoun;
}

// Front-matter keys that are demographics of everyone in the group, filling what the roster does not
// say. Every other front-matter key reaches participants as `source.<key>` (a program, a date …): usable
// in crosstabs and attributions, but not a demographic of the students.
const GROUP_KEYS = new Set(['school', 'district', 'school-level', 'grade']);
// Attributes that may change for one student between two sheets (a year later, a move up to secondary):
// a difference in them does not show that two rows with one id are two students.
const CHANGING_KEYS = new Set(['grade', 'school-level']);
// Name keys that say whose a written reflection is (keys holding names: see readers/name-keys.ts).
const AUTHOR_KEYS = new Set(['author', 'name', 'student', 'student-name']);
// Speaker labels that name a role, not a person: not redacted from texts ("the facilitator said").
const ROLE_LABEL = /^(facilitator|interviewer|moderator|host|teacher|researcher|student|speaker|participant|unknown|group|all|everyone|several)s?\b|^[a-z]{1,2}\d+$/i;
// A letter (`Q`, `A`, `I`, `R`) names no one, and as a name to redact it would take every "a" and "I" from the texts.
// A numbered voice (`Voice 1`, `Other 2`) names no one either, and as a name it took "voice" from "my voice matters".
const isRoleName = (label: string): boolean => ROLE_LABEL.test(label) || isAdultRole(label) || isNumberedPerson(label) || /^\p{L}$/u.test(label);

/** Who took part, as the options say: students unless `--participants` or the config file says otherwise. */
function nounOf(options: BuildOptions): ParticipantNoun {
  return options.participants ?? options.config.participants ?? STUDENTS;
}

/** Build the corpus from the files read. Pure: same reads, same corpus. */
export function buildCorpus(folder: string, reads: FileRead[], options: BuildOptions): Corpus {
  const builder = new CorpusBuilder(options);
  builder.addWarnings(options.warnings ?? []);
  // Coding files (a coder's themes per response, or reflect's own responses.csv and codings.csv) are
  // not answers: read as a sheet, their text would count every response a second time.
  const codingReason = (r: FileRead): string | undefined => {
    const content = r.result?.content;
    if (content?.type !== 'table') return undefined;
    const headers = content.columns.map((c) => c.header);
    if (isCodingHeader(headers)) return 'a coding file (response_id with themes, codes or theme_id), for reflect agree or --compare; not an input';
    if (listsReflectResponses(headers, content.rows)) return "a coding file (its response_id column lists reflect's response ids), for reflect agree or --compare; not an input";
    return undefined;
  };
  const coding = (r: FileRead) => codingReason(r) !== undefined;
  // Rosters first, so sheets and transcripts can join to them whatever the file order.
  const isRoster = (r: FileRead) =>
    !coding(r) &&
    r.result?.content.type === 'table' &&
    (r.result.content.isRoster || r.id === options.roster || (options.roster !== undefined && r.id.startsWith(`${options.roster}#`)));
  // Folders holding answers: a roster beside a year's answers is that year's (see setAttributes).
  builder.setSheetFolders(reads.filter((r) => r.result?.content.type === 'table' && !isRoster(r) && !coding(r)).map((r) => idParts(r.id).folder));
  for (const read of reads) if (isRoster(read)) builder.addRoster(read, read.result!.content as Table);
  // Sheets whose answers another sheet already holds (the same survey as CSV and XLSX): read once.
  const sheets = reads.flatMap((r) => (r.result?.content.type === 'table' && !isRoster(r) && !coding(r) ? [{ id: r.id, table: r.result.content }] : []));
  const repeated = sameAnswers(sheets);
  builder.addWarnings(repeated.warnings);
  // Each transcript's facilitators (lower case), found once: they are left out when transcripts are
  // compared, and their turns are context, not responses.
  const flagged = facilitatorNames(options);
  const transcripts = reads.flatMap((r) => {
    const content = r.result?.content;
    if (content?.type !== 'transcript') return [];
    const facilitators = new Set(detectFacilitators(content, flagged, nounOf(options)).facilitators.map((n) => n.toLowerCase()));
    return [{ id: r.id, transcript: content, facilitators }];
  });
  // A facilitator named by the user whom no transcript has: their talk would be coded as a student's.
  // Said by its place among the names given, never by the name: warnings reach analysis.json.
  for (const { position } of unmatchedFacilitatorNames(transcripts.map((t) => t.transcript), flagged)) {
    builder.addWarnings([
      {
        message: `the ${ordinal(position)} facilitator name given (with --facilitator or \`facilitators:\` in reflect.config.yml) matches no speaker in any transcript; check its spelling against the speakers \`reflect inspect\` lists`,
      },
    ]);
  }
  // Transcripts whose students' words another transcript holds (Otter's .txt beside its .docx): read once.
  const retold = sameTalk(transcripts);
  builder.addWarnings(retold.warnings);
  // One focus group in several files (parts of a recording, a meeting's chat): one group, its speakers one each.
  const kept = transcripts.filter((t) => !retold.skip.has(t.id));
  const sessions = sessionsOf(kept);
  builder.addWarnings(sessions.warnings);
  const facilitatorsOf = new Map(transcripts.map((t) => [t.id, t.facilitators]));
  const sessionFacilitators = new Map<string, Set<string>>();
  for (const t of kept) {
    const id = sessions.session.get(t.id);
    if (id === undefined) continue;
    const all = sessionFacilitators.get(id) ?? sessionFacilitators.set(id, new Set()).get(id)!;
    for (const f of t.facilitators) all.add(f);
  }
  for (const read of reads) {
    if (isRoster(read)) continue;
    const content = read.result?.content;
    const repeats = repeated.skip.get(read.id);
    const retells = retold.skip.get(read.id);
    const asCoding = codingReason(read);
    if (asCoding !== undefined) builder.addSkipped(read, asCoding);
    else if (repeats) builder.addSkipped(read, repeats, 'sheet');
    else if (retells && content?.type === 'transcript') builder.addSkipped(read, retells, content.written ? 'reflection' : 'transcript');
    else if (content?.type === 'table') builder.addSheet(read, content);
    else if (content?.type === 'transcript') {
      const session = sessions.session.get(read.id);
      const facilitators = session === undefined ? facilitatorsOf.get(read.id)! : sessionFacilitators.get(session)!;
      builder.addTranscript(read, content, facilitators, session);
    }
    else builder.addUnread(read);
  }
  return builder.finish(folder);
}

/** Facilitators named in the config file and with --facilitator. */
function facilitatorNames(options: BuildOptions): string[] {
  return [...(options.config.facilitators ?? []), ...(options.facilitators ?? [])];
}

class CorpusBuilder {
  private readonly sources: Source[] = [];
  private readonly participants = new Map<string, Participant>();
  private readonly byName = new Map<string, Participant>();
  /**
   * Participants by {@link idKey} of their id, in the order they were met: more than one where files
   * number their students apart (per-school sheets each numbered from 1), see {@link ownNumbering}.
   */
  private readonly byIdKey = new Map<string, Participant[]>();
  /**
   * Participants by a name's first word ("priya") and by its first word and last initial ("priya s"), to
   * link "Priya" or "Priya S." where only one person answers to it.
   */
  private readonly byShortName = new Map<string, Set<Participant>>();
  /**
   * Participants by their full name with a short form of its given name ("sam nguyen" for Samantha
   * Nguyen), to link a form a student signed "Sam Nguyen" where only one person answers to it.
   */
  private readonly byShortFormKey = new Map<string, Set<Participant>>();
  private hasRoster = false;
  /** Participants by email address (lower case), from email columns: used only to link, never kept. */
  private readonly byEmail = new Map<string, Participant>();
  private readonly questions: Question[] = [];
  private readonly questionByKey = new Map<string, Question>();
  /** Questions by their wording less numbering and end punctuation (see looseQuestionKey), and the files asking each. */
  private readonly questionByLooseKey = new Map<string, Question>();
  private readonly questionFiles = new Map<Question, Set<string>>();
  private readonly responses: Response[] = [];
  private readonly context: Response[] = [];
  /**
   * Students' turns in talk, each with the facilitator's turn that asked what it answers (see asked.ts):
   * with the facilitator's turns before it whose sentence runs on into it, where a caption cut one.
   */
  private readonly askedIn = new Map<Response, Response[]>();
  private readonly warnings: Warning[] = [];
  /** Names seen anywhere (roster, name columns, speaker labels, `redact:`): redacted from every text. */
  private readonly names = new Set<string>();
  private readonly normalisedValues = new Map<string, Map<string, string>>();
  /** Where each participant's kept attribute values were read, to say so when another file disagrees. */
  private readonly attributeOrigins = new Map<Participant, Map<string, ValueOrigin>>();
  private readonly conflicts = new AttributeConflicts();
  /** Rosters read, and the folders holding answer sheets: see setAttributes on grades that change. */
  private readonly rosterIds = new Set<string>();
  private sheetFolders = new Set<string>();
  private sheetCount = 0;
  private rosterCount = 0;
  private transcriptCount = 0;
  /** Focus groups kept in several files, by session id: their participants' tag and speakers by label. */
  private readonly sessions = new Map<string, { tag: string; speakers: Map<string, Participant>; alike?: number }>();

  /** Who took part, as the warnings name them. */
  private readonly noun: ParticipantNoun;

  constructor(private readonly options: BuildOptions) {
    this.noun = nounOf(options);
    // Names the user listed to remove (staff, friends, family) are redacted as a roster's are.
    for (const name of [...(options.config.redact ?? []), ...(options.redact ?? [])]) this.addName(name);
  }

  addUnread(read: FileRead): void {
    this.sources.push(newSource(read, 'unknown'));
  }

  /** A file read but not used as input, for `reason`. */
  addSkipped(read: FileRead, reason: string, kind: Source['kind'] = 'unknown'): void {
    this.sources.push({ ...newSource(read, kind), status: 'skipped', reason });
  }

  addWarnings(warnings: Warning[]): void {
    this.warnings.push(...warnings);
  }

  setSheetFolders(folders: string[]): void {
    this.sheetFolders = new Set(folders);
  }

  addRoster(read: FileRead, table: Table): void {
    this.rosterIds.add(read.id);
    const source = newSource(read, 'roster');
    this.sources.push(source);
    source.rowsSkipped += table.unreadableRows ?? 0;
    this.hasRoster = true;
    this.rosterCount++;
    this.warnings.push(...(read.result?.warnings ?? []));
    const id = table.columns.find((c) => c.role === 'id');
    const own = id !== undefined && this.ownNumbering(read.id, table, id, `R${this.rosterCount}-`, true);
    const namesOf = nameReader(table.columns.filter((c) => c.role === 'name'));
    const repeats = new RosterRepeats(
      table.columns.filter((c) => c.role === 'attribute'),
      (c, raw) => this.normalised(attributeKeyOf(c), raw),
    );
    for (const row of table.rows) {
      if (row.skipReason) {
        source.rowsSkipped++;
        continue;
      }
      const { name, aliases } = namesOf(row.cells);
      const pid = id ? cell(row.cells, id) : '';
      if (!pid && !name) {
        this.warnings.push({ file: read.id, line: row.line, row: row.row, message: 'roster row has neither an id nor a name; left out' });
        source.rowsSkipped++;
        continue;
      }
      if (pid) repeats.add(pid, name, row.row, row.cells);
      const participant = own && pid ? this.ownParticipant(pid, `R${this.rosterCount}-`, read.id) : this.participant(pid || `R-${read.id}-${row.row}`, read.id);
      if (name) this.nameParticipant(participant, name);
      for (const alias of aliases) this.nameParticipant(participant, alias);
      this.linkEmail(participant, emailIn(table.columns, row.cells));
      this.setAttributes(participant, table.columns, row.cells, { file: read.id, row: row.row }, true);
      source.sheets++;
    }
    this.warnings.push(...repeats.warnings(read.id));
  }

  addSheet(read: FileRead, table: Table): void {
    const source = newSource(read, 'sheet');
    this.sources.push(source);
    this.warnings.push(...(read.result?.warnings ?? []));
    const textColumns = table.columns.filter((c) => c.role === 'text');
    if (textColumns.length === 0) {
      source.status = 'skipped';
      source.kind = 'unknown';
      source.reason = 'no free-text columns and no id or name column: neither reflection sheets nor a roster';
      return;
    }
    this.sheetCount++;
    source.rowsSkipped += table.unreadableRows ?? 0;
    if (table.sheet) source.attributes.sheet = table.sheet;
    const questions = textColumns.map((c) => this.question(c, read.id));
    const idColumn = table.columns.find((c) => c.role === 'id');
    const nameColumns = table.columns.filter((c) => c.role === 'name');
    const namesOf = nameReader(nameColumns);
    // Rows whose student is not on the roster: reported once for the sheet, by row, never by name; not
    // where the sheet has demographic columns of its own (a roster of the focus groups beside a survey).
    const unlisted: number[] = [];
    const ownDemographics = table.columns.some((c) => c.role === 'attribute');
    const folders = this.folderAttributes(source);
    // A sheet with no grade column whose name gives one grade ("Grade 9 exit survey.csv", a workbook's
    // tab "Grade 10"): its students' grade where the roster gives none.
    const sheetGrade = table.columns.some((c) => c.role === 'attribute' && attributeKeyOf(c) === 'grade') ? undefined : fileGrade(read.id);
    if (sheetGrade !== undefined) source.attributes.grade = sheetGrade;
    const own = idColumn !== undefined && this.ownNumbering(read.id, table, idColumn, `SH${this.sheetCount}-`, false);
    for (const row of table.rows) {
      if (row.skipReason) {
        source.rowsSkipped++;
        this.warnings.push({ file: read.id, line: row.line, row: row.row, message: `${row.skipReason}; not analysed` });
        continue;
      }
      source.sheets++;
      // "n/a", "-", "prefer not to say" in an answer box: the question was not answered.
      const answers = textColumns.map((c) => {
        const text = cell(row.cells, c);
        return isNotStated(text) ? '' : text;
      });
      if (answers.every((a) => a === '')) source.emptySheets++;
      const { name, aliases } = namesOf(row.cells);
      const pid = idColumn ? cell(row.cells, idColumn) : '';
      // Looked up by (withId) and, for a student met here first, filed under (participant): worked out once.
      const pidKey = pid ? idKey(pid) : undefined;
      const email = emailIn(table.columns, row.cells);
      // By id ("1234" for the roster's "001234", as Excel drops the zeros), then by name, then by email
      // (a Google Forms export and a roster with emails).
      const known =
        (pid ? (own ? this.ownParticipantIfMet(pid, read.id) : this.withId(pidKey!, read.id, table.columns, row.cells)) : undefined) ??
        (name ? this.byName.get(personKey(name)) : undefined) ??
        (email ? this.byEmail.get(email) : undefined) ??
        (name ? this.byPartialName(name) ?? this.byShortFormName(name) : undefined);
      if (!known && (name || pid) && this.hasRoster && !ownDemographics) unlisted.push(row.row);
      const participant =
        known ?? (own && pid ? this.ownParticipant(pid, `SH${this.sheetCount}-`, read.id) : this.participant(pid || `SH${this.sheetCount}-r${row.row}`, read.id, 'student', pidKey));
      if (known) this.addSource(known, read.id);
      if (name) this.nameParticipant(participant, name);
      for (const alias of aliases) this.nameParticipant(participant, alias);
      this.linkEmail(participant, email);
      this.setAttributes(participant, table.columns, row.cells, { file: read.id, row: row.row }, false);
      this.addFolderAttributes(participant, folders);
      if (sheetGrade !== undefined && (participant.attributes.grade === undefined || participant.attributes.grade === NOT_STATED)) {
        participant.attributes.grade = this.normalised('grade', sheetGrade);
      }
      answers.forEach((text, i) => {
        if (text === '') return;
        const question = questions[i];
        this.responses.push({
          id: flat([read.id, ':r', row.row, ':', question.id]),
          sourceId: read.id,
          locator: flat(['row ', row.row, ', ', question.id]),
          participantId: participant.id,
          questionId: question.id,
          line: row.line,
          text,
        });
        source.responses++;
      });
    }
    if (unlisted.length > 0) {
      const rows = firstFew(unlisted);
      const [one, many] = nameColumns.length > 0 ? ['names', 'name'] : ['gives the id of', 'give the ids of'];
      this.warnings.push({
        file: read.id,
        message:
          unlisted.length === 1
            ? `1 row ${one} ${withArticle(this.noun.singular)} not on the roster (row ${rows}); counted as a new ${this.noun.singular} with unknown demographics`
            : `${unlisted.length} rows ${many} ${this.noun.plural} not on the roster (rows ${rows}); counted as new ${this.noun.plural} with unknown demographics`,
      });
    }
  }

  /**
   * A transcript, or a reflection, read into the corpus, led by `facilitators` (lower case). `session`: the
   * id of the focus group it is one file of (see sessions.ts), whose facilitators are those found in any
   * of its files; its speakers are matched across them.
   */
  addTranscript(read: FileRead, transcript: Transcript, facilitators: ReadonlySet<string>, session?: string): void {
    const source = newSource(read, transcript.written ? 'reflection' : 'transcript');
    this.sources.push(source);
    this.warnings.push(...(read.result?.warnings ?? []));
    let talk = session !== undefined ? this.sessions.get(session) : undefined;
    if (!talk) {
      this.transcriptCount++;
      talk = { tag: `T${this.transcriptCount}`, speakers: new Map() };
      if (session !== undefined) this.sessions.set(session, talk);
    }
    if (session !== undefined) source.session = session;
    const title = transcript.title ?? transcript.attributes.title;
    if (title) source.title = title;
    const tag = talk.tag;
    source.turns = transcript.turns.length;
    // An adult's talk coded as a student's moves every count: say so where no rule found the facilitator.
    const labels = new Set(
      transcript.turns.map((t) => t.speaker?.trim()).filter((l) => l && !isGroupLabel(l) && !isPairLabel(l) && !isUnknownSpeaker(l)).map((l) => l!.toLowerCase()),
    );
    // A note-taker's notes tell what students said, not who asked: no facilitator is expected in them,
    // nor in writing (a class's reflections in one file, a blog post's comments): no one led it.
    if (facilitators.size === 0 && labels.size >= 2 && !transcript.notes && !transcript.written) {
      this.warnings.push({
        file: read.id,
        message: `no facilitator found (no speaker is labelled as one, introduces themselves as one, or clearly asks the questions), so all ${labels.size} speakers' turns are coded as ${possessive(this.noun.plural, "'")}; if one of them led the group, name them with --facilitator or \`facilitators:\` in reflect.config.yml`,
      });
    }
    // Group-level front matter fills what the roster does not say; name keys never become attributes.
    const group: Record<string, string> = {};
    // Whose a written reflection is (`author:` or `name:` front matter, or a signed "— Maya Lopez").
    let author: string | undefined;
    for (const [key, value] of Object.entries(withNamedGrade(transcript.attributes, title, read.id))) {
      if (holdsNames(key, value)) {
        for (const n of value.split(/\s*[,;]\s*/)) if (n) this.addName(n);
        if (AUTHOR_KEYS.has(key)) author ??= value.split(/\s*[,;]\s*/)[0];
        continue;
      }
      source.attributes[key] = value;
      const normalised = normaliseAttributeValue(key, value, own(this.options.config.values, key));
      group[`source.${key}`] = normalised;
      if (GROUP_KEYS.has(key)) group[key] = normalised;
    }
    const folders = this.folderAttributes(source);
    const speakers = talk.speakers;
    let unlabelled: Participant | undefined;
    // Every student under one label anyone speaks under (`Student:`), in a group's talk: each turn is
    // counted as another student's (see alike-speakers.ts).
    const alike = alikeLabel(transcript, facilitators, read.id, read.format);
    let alikeTurns = 0;
    // Where others are named, a turn without a name (a caption's "- Same here.", a cue before the first
    // name) is someone's the transcript does not say: one unidentified speaker per file, never a named one.
    // Captions (.vtt, .srt) that name no one are still talk, several people's: never one author's reflection.
    const anyNamed = transcript.turns.some((t) => t.speaker?.trim());
    const named = anyNamed || !transcript.written;
    const unidentifiedLines: number[] = [];
    const groupLines: number[] = [];
    // Group labels are words, never names, so the warning may say them.
    const groupLabels: string[] = [];
    // The facilitator's turn that last asked a question (with those before it that its sentence began in):
    // the students' turns after it answer it.
    let asking: Response[] | undefined;
    // The facilitator's turns since anyone else last spoke, in order.
    let run: Response[] = [];
    // Many students' notes: the notes given a writer of their own so far.
    let notesRead = 0;
    // Who spoke in this file, and what the facilitators said: whether it is an interview (see interview.ts).
    const studentsHere = new Set<string>();
    const askers = new Set<string>();
    const asked: string[] = [];
    transcript.turns.forEach((turn, index) => {
      const n = index + 1;
      const base = {
        id: flat([read.id, ':t', n]),
        sourceId: read.id,
        locator: flat(['turn ', n, ' (line ', turn.line, ')']),
        line: turn.line,
        ...(turn.start !== undefined ? { start: turn.start } : {}),
        ...(turn.end !== undefined ? { end: turn.end } : {}),
        text: turn.text,
      };
      if (turn.text.trim() === '') return;
      if (turn.alias) this.addName(turn.alias);
      // Otter's `Unknown Speaker` names no one: the file's unidentified speaker, as a turn without a name is.
      const label = turn.speaker !== undefined && isUnknownSpeaker(turn.speaker) ? undefined : turn.speaker?.trim();
      // A chorus (`Everyone:`, `Both:`, `Several students:`) is no one student's words, and how many
      // spoke is unknown: kept as context, like a facilitator's turn, so no count gains a student who is not one.
      if (label && (isGroupLabel(label) || isPairLabel(label))) {
        groupLines.push(turn.line);
        // Two students named together are said so, never by their names.
        const said = isGroupLabel(label) ? label : 'two named together';
        if (!groupLabels.includes(said)) groupLabels.push(said);
        run = [];
        // A participant of its own, so that no context turn points at an id the participants do not list.
        this.context.push({ ...base, participantId: this.participant(groupTurnId(tag), read.id, 'group').id });
        return;
      }
      if (label && facilitators.has(label.toLowerCase())) {
        if (!isRoleName(label)) this.addName(label);
        const facilitator = this.speaker(speakers, label, `${tag}-F`, read.id, 'facilitator');
        askers.add(label);
        asked.push(turn.text);
        const said: Response = { ...base, participantId: facilitator.id };
        this.context.push(said);
        run.push(said);
        // The last question in a run of the facilitator's turns is the one answered ("OK, next one." then
        // "What would help you most?"), with the turns its sentence began in where cues cut it.
        const spoken = run.slice(sentenceStart(run.map((r) => r.text)));
        if (!transcript.written && questionAsked(spoken.map((r) => r.text).join(' ')) !== undefined) asking = spoken;
        return;
      }
      run = [];
      // "[laughs]", "(inaudible)": the transcriber's note of a turn, not the student's words.
      const noteOnly = TRANSCRIBER_NOTE_ONLY.test(turn.text);
      let participant: Participant;
      if (alike !== undefined && turn.speaker !== undefined && isAnyoneLabel(turn.speaker)) {
        if (noteOnly) return;
        alikeTurns++;
        talk.alike = (talk.alike ?? 0) + 1;
        participant = this.participant(`${tag}-A${talk.alike}`, read.id);
      } else if (!label && named) {
        // "(background noise)" before anyone speaks is nobody's turn: the speaker exists only for words.
        if (noteOnly) return;
        unidentifiedLines.push(turn.line);
        participant = this.participant(`${tag}-U`, read.id);
      } else if (!label && transcript.manyWriters) {
        // Many students' notes, one each (sticky notes, exit tickets): each paragraph is another student's.
        if (noteOnly) return;
        participant = this.participant(`W${this.transcriptCount}-N${++notesRead}`, read.id);
      } else if (!label) {
        // A written reflection (no speaker labels): the whole file is one author, the roster's if named.
        const known = author ? this.byName.get(personKey(author)) : undefined;
        if (known && !unlabelled) this.addSource(known, read.id);
        unlabelled ??= known ?? this.participant(`W${this.transcriptCount}`, read.id);
        participant = unlabelled;
      } else {
        participant = this.speaker(speakers, label, `${tag}-S`, read.id, 'student', turn.line);
        // A speaker counted under a role's label (`Parent 2:` where parents took part) has that role, as
        // a Role column would say it: the background counts them, and their quotes are signed so.
        const asRole = [turn.role ?? '', label].find((l) => isAdultRole(l));
        if (asRole !== undefined) participant.attributes.role ??= unnumbered(asRole);
      }
      for (const [key, value] of Object.entries(group)) participant.attributes[key] ??= value;
      this.addFolderAttributes(participant, folders);
      if (participant.role === 'student') studentsHere.add(participant.id);
      // A named speaker's note-only turn is no response, but they spoke.
      if (noteOnly) return;
      // A reflection's paragraph under a template's prompt answers it, as a sheet's cell answers its column.
      const question = transcript.written && turn.prompt ? this.questionFor(turn.prompt, read.id) : undefined;
      const response: Response = { ...base, participantId: participant.id, ...(question ? { questionId: question.id } : {}) };
      this.responses.push(response);
      if (asking) this.askedIn.set(response, asking);
      source.responses++;
    });
    if (notesRead > 0) source.notes = notesRead;
    const talkShape = {
      ...(title ? { title } : {}),
      name: read.id,
      students: studentsHere.size,
      askers: [...askers],
      asked,
      chorus: groupLines.length > 0,
      alike: alikeTurns > 0,
      keys: Object.keys(transcript.attributes).map((k) => k.toLowerCase()),
    };
    if (!transcript.written && !transcript.notes && !transcript.chat && !transcript.manyWriters && isInterview(talkShape)) source.interview = true;
    if (alikeTurns > 0) {
      source.alike = alikeTurns;
      this.warnings.push({
        file: read.id,
        message: `every ${this.noun.singular}'s turn is labelled '${alike}', so the transcript does not tell its ${this.noun.plural} apart: each of its ${alikeTurns} turns is counted as another ${this.noun.singular}'s; one who spoke more than once is counted once for each, so its counts of ${this.noun.plural} are at most these`,
      });
    }
    if (notesRead > 1) {
      this.warnings.push({
        file: read.id,
        message: `read as ${notesRead} notes by as many unnamed ${this.noun.plural}, one each, as its title says (sticky notes, exit tickets, comment cards); a ${this.noun.singular} who wrote more than one is counted once for each, so its counts of ${this.noun.plural} are at most these`,
      });
    }
    if (unidentifiedLines.length > 0) {
      const n = unidentifiedLines.length;
      const lines = firstFew(unidentifiedLines);
      this.warnings.push({
        file: read.id,
        line: unidentifiedLines[0],
        message: transcript.notes
          ? `${n === 1 ? '1 point of the notes names' : `${n} points of the notes name`} no student by a label or an id such as Student 3 or S2 (line${n === 1 ? '' : 's'} ${lines}); ${n === 1 ? 'counted' : 'counted together'} as one unidentified ${this.noun.singular}, ${tag}-U, with unknown demographics`
          : anyNamed && transcript.written
          ? // A blog post above its named comments: its paragraphs are its writer's, who is no speaker.
            `${n === 1 ? '1 paragraph names' : `${n} paragraphs name`} no writer (line${n === 1 ? '' : 's'} ${lines}), as a blog post above its comments does; read as one unidentified writer's, ${tag}-U, with unknown demographics`
          : anyNamed
          ? `${n === 1 ? '1 turn has' : `${n} turns have`} no speaker's name (line${n === 1 ? '' : 's'} ${lines}); counted as one unidentified ${this.noun.singular}, ${tag}-U, with unknown demographics`
          : `no turn names its speaker, so the facilitator's words cannot be told from the ${possessive(this.noun.plural, "'")}: all ${n} turns are counted as one unidentified ${this.noun.singular}, ${tag}-U, with unknown demographics; add speakers' names (\`Name: …\`, \`<v Name>\`) to tell them apart`,
      });
    }
    this.warnings.push(...labelSlips(read.id, transcript));
    // Every turn an adult's or a group's: a file of staff talk, or one student's writing under headings
    // that read as labels ("Teachers: …", "Parents: …", "Q: …") — either way nothing of it is counted.
    const spoken = transcript.turns.filter((t) => t.text.trim() !== '').length;
    if (source.responses === 0 && spoken > 0 && !transcript.written) {
      // Speakers labelled by an adult's role (`Parent 2:`) in a forum said to be of students: a parents'
      // or a staff focus group, whose people the config file has not named.
      // (Numbered, or speaking more than once: a student's headings "Teachers:", "Parents:" are neither.)
      const adultTurns = transcript.turns.flatMap((t) => (t.speaker !== undefined && isAdultRole(t.speaker) ? [t.speaker.toLowerCase()] : []));
      const adults = adultTurns.some((l, i) => /\d$/.test(l) || adultTurns.indexOf(l) !== i);
      const who =
        adults && isStudentNoun(this.noun)
          ? "; if those labelled as staff or parents took part, say who took part with `participants:` in reflect.config.yml (teachers, staff, parents, or participants for several kinds)"
          : '';
      this.warnings.push({
        file: read.id,
        message: `none of the file's ${spoken} turns is counted as ${withArticle(this.noun.singular)}'s: every speaker is labelled as a facilitator, staff, a group or the one asking${who}; if it is a student's writing under headings, remove the colons after them`,
      });
    }
    if (groupLines.length > 0) {
      const n = groupLines.length;
      this.warnings.push({
        file: read.id,
        line: groupLines[0],
        message: `${n === 1 ? '1 turn is' : `${n} turns are`} labelled as several people speaking at once (${groupLabels.join(', ')}; line${n === 1 ? '' : 's'} ${firstFew(groupLines)}); kept as context, not counted or coded as any ${this.noun.singular}'s`,
      });
    }
  }

  finish(folder: string): Corpus {
    const names = [...this.names].sort();
    // Names in full and given names in any case; other parts of names (surnames), the short forms of
    // given names ("Katie" for Katherine) and names a text introduces ("my friend Sofia Ruiz", "I'm
    // Maya"), only when capitalised.
    const given = givenNames(names);
    const short = nicknamesOf([...given, ...names.filter((n) => !/\s/.test(n.trim()))]);
    const kept = this.notBareNames();
    const parts = [...nameParts(names), ...short, ...cuedNames(this.textsToRedact(), kept), ...this.namesInTitles(), ...this.namesCalled()];
    const redact = makeRedactor([...names, ...given], parts, { texts: this.textsToRedact(), kept });
    // The builder owns these responses and finishes once, so they are redacted in place, not copied.
    // Control characters go first: what is redacted and tagged is the text as every output writes it.
    // Facilitators' turns are cleaned alike, but the warning counts students' responses.
    const clean = (list: Response[], counted: boolean): Response[] => {
      for (const r of list) r.text = redact(hasControlCharacters(r.text) ? this.withoutControls(r, counted) : r.text);
      return list;
    };
    // Students a roster lists who wrote no sheet and spoke in no transcript did not take part: they are
    // not counted (their names are still redacted wherever someone mentions them). A folder of nothing
    // but a roster keeps them, to describe who was on it.
    const rosters = new Set(this.sources.filter((s) => s.kind === 'roster').map((s) => s.id));
    const onlyOnRoster = (p: Participant) => p.sources.length > 0 && p.sources.every((id) => rosters.has(id));
    const all = [...this.participants.values()];
    const absentees = all.every(onlyOnRoster) ? [] : all.filter(onlyOnRoster);
    const absentIds = new Set(absentees.map((p) => p.id));
    // Before the warnings are de-identified: they quote the values given.
    this.warnings.push(...this.conflicts.warnings((id) => !absentIds.has(id)));
    this.warnings.push(...this.roleOnlyStaff(all.filter((p) => !absentIds.has(p.id))));
    this.numberPersonValues(redact);
    this.redactDescriptions(redact);
    // A file named after a student's short name ("Katie-reflection.txt") names her as surely as the texts.
    const fileNames = [...names, ...short];
    this.publishSourceIds(fileNames);
    // A folder, or a single file, named after a student ("Maya Lopez/", "Maya Lopez.docx") names the
    // corpus, and the corpus names the report ("What students said: Maya Lopez").
    const published = publishedSourceIds([folder], fileNames).get(folder) ?? folder;
    if (published !== folder) {
      this.warnings.push({
        message: "the input folder's name holds a person's name, written as [name] in the report's title and analysis.json; --title chooses the title",
      });
    }
    const absent = new Map<string, number>();
    for (const p of absentees) {
      this.participants.delete(p.id);
      for (const id of p.sources) absent.set(id, (absent.get(id) ?? 0) + 1);
    }
    for (const [file, n] of [...absent].sort((a, b) => byCodeUnits(a[0], b[0]))) {
      this.warnings.push({
        file,
        message: `${n === 1 ? `1 ${this.noun.singular}` : `${n} ${this.noun.plural}`} on the roster appear${n === 1 ? 's' : ''} in no sheet or transcript; not counted as taking part`,
      });
    }
    const responses = clean(this.responses, true);
    const context = clean(this.context, false);
    // Asked in the facilitator's words as de-identified, so the question names no one its turn does not.
    for (const [response, turns] of this.askedIn) {
      const asked = questionAsked(turns.map((t) => t.text).join(' '));
      if (asked !== undefined) response.asked = asked;
    }
    this.warnControls();
    const participants = [...this.participants.values()]
      .map((p) => ({ ...p, sources: [...p.sources].sort() }))
      .sort((a, b) => byCodeUnits(a.id, b.id));
    return {
      folder: published,
      sources: this.sources.sort((a, b) => byCodeUnits(a.id, b.id)),
      participants,
      questions: this.questions,
      responses,
      context,
      warnings: this.warnings,
    };
  }

  /**
   * Transcripts whose speakers have no role, in a forum where everyone whose role a Role column gives is
   * staff or a parent (a teachers' survey beside the teachers' focus group): people of no role are read as
   * students (README, "Forums of several roles"), their grades counted as students' own, so each such
   * transcript is named, with how to say who they are. Not where `participants:` names everyone.
   */
  private roleOnlyStaff(people: Participant[]): Warning[] {
    if (this.options.participants ?? this.options.config.participants) return [];
    const counted = people.filter((p) => p.role === 'student');
    const known = counted.flatMap((p) => {
      const value = p.attributes.role;
      const noun = value === undefined ? undefined : roleNoun(value);
      return noun ? [noun] : [];
    });
    if (known.length === 0 || known.some(isStudentNoun)) return [];
    const nouns = [...new Set(known.map((n) => n.plural))].sort(byCodeUnits);
    const unroled = new Map<string, number>();
    for (const p of counted) {
      const value = p.attributes.role;
      if (value !== undefined && roleNoun(value) !== undefined) continue;
      for (const id of p.sources) unroled.set(id, (unroled.get(id) ?? 0) + 1);
    }
    // Students' sheets without a Role column beside the staff's: a mixed forum, whose talk may be the students'.
    const sheets = new Set(this.sources.filter((s) => s.kind === 'sheet').map((s) => s.id));
    if ([...unroled.keys()].some((id) => sheets.has(id))) return [];
    const transcripts = this.sources.filter((s) => (s.kind === 'transcript' || s.kind === 'reflection') && s.status === 'read' && unroled.has(s.id));
    const one = nouns.length === 1 ? nouns[0]! : undefined;
    return transcripts.map((s) => {
      const n = unroled.get(s.id)!;
      const who = s.kind === 'reflection' ? (n === 1 ? 'its writer has' : `its ${n} writers have`) : n === 1 ? 'its 1 speaker has' : `its ${n} speakers have`;
      return {
        file: s.id,
        message:
          `${who} no role and ${n === 1 ? 'is' : 'are'} read as ${n === 1 ? 'a student' : 'students'} (grades counted as students' own), though all ${known.length} ` +
          `people whose role is known (from a Role column) are ${listOf(nouns, 'or')}; if they are ${one ?? 'staff or parents'} too, say who took part with ` +
          `\`participants: ${one ?? 'participants'}\` in reflect.config.yml, or give their roles in a roster's Role column`,
      };
    });
  }

  /** Responses (by source) that held control characters removed from their text, in the order read. */
  private readonly controls = new Map<string, { responses: number; line?: number; characters: string[] }>();

  /** A response's text without control characters, each source's removals counted for a warning. */
  private withoutControls(r: Response, counted: boolean): string {
    const removed = counted ? removedControlCharacters(r.text) : [];
    if (removed.length > 0) {
      let seen = this.controls.get(r.sourceId);
      if (!seen) this.controls.set(r.sourceId, (seen = { responses: 0, ...(r.line !== undefined ? { line: r.line } : {}), characters: [] }));
      seen.responses++;
      for (const c of removed) if (!seen.characters.includes(c)) seen.characters.push(c);
    }
    return withoutControlCharacters(r.text);
  }

  /** One warning per source whose texts held control characters that were removed. */
  private warnControls(): void {
    for (const [file, { responses, line, characters }] of [...this.controls].sort((a, b) => byCodeUnits(a[0], b[0]))) {
      this.warnings.push({
        file,
        ...(line !== undefined ? { line } : {}),
        message:
          `${responses === 1 ? '1 response holds' : `${responses} responses hold`} control characters that are not text (${characters.sort().join(', ')}), ` +
          'which R, Excel and .xlsx files cannot hold; removed',
      });
    }
  }

  /**
   * The names facilitators call students by ("Kiara, what about you?", see vocativeNames), save the words
   * of a school's or a district's name that the attributes give ("Thanks, Langley."): a facilitator's
   * question is shown beside the quotes that answer it.
   */
  private namesCalled(): string[] {
    const facilitators = this.context.filter((r) => this.participants.get(r.participantId)?.role === 'facilitator');
    if (facilitators.length === 0) return [];
    return vocativeNames(
      facilitators.map((r) => r.text),
      attributeWords([...this.sources, ...this.participants.values()]),
    );
  }

  /**
   * The words, lower case, never taken for a bare name (see bare-names.ts): the words of the attribute
   * values kept as written (schools, districts, programs; not a file's free values, `title:` or `notes:`,
   * which are redacted; see redactDescriptions), and the bare names the folder writes as places ("moved to
   * Victoria"). Not a question's words, which `inspect`'s list leaves out too: a question's header may name
   * a student ("Sofia's reflection"), and would spare her name in every answer.
   */
  private notBareNames(): Set<string> {
    const fromFolders = new Set(this.options.config.folders ?? []);
    // Each value once (a survey of 200,000 students gives a few hundred), then split into words.
    const values = new Set<string>();
    for (const s of this.sources) for (const key in s.attributes) if (GROUP_KEYS.has(key)) values.add(s.attributes[key]!);
    for (const p of this.participants.values()) for (const key in p.attributes) if (!organisersWords(key, fromFolders)) values.add(p.attributes[key]!);
    const kept = valueWords(values);
    for (const place of bareNamesAsPlaces(this.textsToRedact())) kept.add(place);
    return kept;
  }

  /**
   * The people transcripts' titles say the talk is with ("Interview with Jordan Lee", see titleNames),
   * save a school's or a program's name that the attributes give: a title is kept, and its interviewee,
   * labelled `Student:`, may be named nowhere else.
   */
  private namesInTitles(): string[] {
    const titles = this.sources.flatMap((s) => (s.title !== undefined ? [s.title] : []));
    if (titles.length === 0) return [];
    const known = new Set<string>();
    for (const s of this.sources) for (const v of Object.values(s.attributes)) known.add(v.trim().toLowerCase());
    for (const p of this.participants.values()) for (const v of Object.values(p.attributes)) known.add(v.trim().toLowerCase());
    return titleNames(titles, known);
  }

  /**
   * Everything redacted, as read: the redactor compiles only the names these can hold (a roster of
   * 20,000 names took a second and a half to compile, for a survey that mentions a few hundred).
   * Attribute values are given once each: thousands of students share a school or a grade, and what
   * reads these (cuedNames, the redactor's filter) finds the same in a value however often it comes.
   */
  private *textsToRedact(): Generator<string> {
    for (const r of this.responses) yield r.text;
    for (const r of this.context) yield r.text;
    for (const q of this.questions) yield q.text;
    const values = new Set<string>();
    for (const s of this.sources) {
      for (const v of Object.values(s.attributes)) values.add(v);
      if (s.title !== undefined) values.add(s.title);
    }
    for (const p of this.participants.values()) for (const v of Object.values(p.attributes)) values.add(v);
    yield* values;
  }

  /**
   * Words written around the answers are de-identified as the answers are: a question's header ("Maya's
   * reflection"), free front-matter values ("title: Interview with Maya Lopez", `notes:`) and a sheet's
   * name reach the report, the CSVs and analysis.json; and a reader's warning may quote a line of the
   * file ("found \"Maya Lopez: I think …\""). Group keys (school, district, school level, grade) are
   * demographics, like a roster's columns, and are kept as written.
   */
  private redactDescriptions(redact: (text: string) => string): void {
    for (const q of this.questions) q.text = redact(q.text);
    for (const s of this.sources) {
      for (const [key, value] of Object.entries(s.attributes)) if (!GROUP_KEYS.has(key)) s.attributes[key] = redact(value);
      if (s.title !== undefined) s.title = redact(s.title);
    }
    // A folder's name is the organiser's words too (`folders: [group]` over folders named after students).
    const fromFolders = new Set(this.options.config.folders ?? []);
    for (const p of this.participants.values()) {
      for (const [key, value] of Object.entries(p.attributes)) if (organisersWords(key, fromFolders)) p.attributes[key] = redact(value);
    }
    // Only what a warning quotes is the file's own text; the rest is reflect's wording, which redacting
    // would spoil ("expected one like Maya, Ms Chen or Student 3").
    for (const w of this.warnings) if (w.message.includes('"')) w.message = w.message.replace(/"[^"\n]*"/g, (quoted) => redact(quoted));
  }

  /**
   * Students' attribute values that name a person ("Ms Patel's class", "Mr. Osei homeroom", "Patel 10A"),
   * from a sheet's columns, a file's front matter or the folders (`folders:`), shown as the attribute and
   * a number ("Class 1"; see personNamedValues), once said in a warning: redacted, two teachers' classes
   * would be one "[name]'s class". A file's own attributes, as the sources list them, are redacted as
   * free text (see redactDescriptions). Group keys (school, district, school level, grade) are kept: a
   * school named for a person ("Dr. Charles Best Secondary") names an institution.
   */
  private numberPersonValues(redact: (text: string) => string): void {
    const values = new Map<string, Set<string>>();
    for (const p of this.participants.values()) {
      for (const [key, value] of Object.entries(p.attributes)) {
        if (GROUP_KEYS.has(key.startsWith('source.') ? key.slice('source.'.length) : key)) continue;
        const set = values.get(key) ?? values.set(key, new Set()).get(key)!;
        for (const item of splitMultiValue(value)) if (item !== NOT_STATED) set.add(item);
      }
    }
    const renamed = personNamedValues(values, redact);
    if (renamed.size === 0) return;
    for (const p of this.participants.values()) {
      for (const [key, map] of renamed) {
        const value = p.attributes[key];
        if (value === undefined) continue;
        const items = splitMultiValue(value).map((item) => map.get(item) ?? item);
        p.attributes[key] = items.length === 1 ? items[0]! : [...new Set(items)].sort(byCodeUnits).join(MULTI_SEPARATOR);
      }
    }
    for (const [key, map] of [...renamed].sort(([a], [b]) => byCodeUnits(a, b))) {
      const shown = [...map.values()];
      const n = shown.length;
      this.warnings.push({
        message: `${n === 1 ? '1 value' : `${n} values`} of ${attributeInSentence(key)} name a person (a teacher's or a student's name, as a homeroom named for its teacher does); shown as ${n === 1 ? shown[0] : `${shown[0]} to ${shown[n - 1]}`} in every output, so that no table names anyone`,
      });
    }
  }

  /** Files named after a participant are published without the name, everywhere their id appears. */
  private publishSourceIds(names: string[]): void {
    const renamed = publishedSourceIds(this.sources.map((s) => s.id), names);
    if (renamed.size === 0) return;
    const publish = (id: string): string => renamed.get(id) ?? id;
    // Other files named in a reason or a warning (the copy a skipped file repeats) are published alike.
    const inText = (text: string): string => {
      for (const [id, published] of renamed) if (text.includes(id)) text = text.split(id).join(published);
      return text;
    };
    for (const s of this.sources) {
      s.id = publish(s.id);
      if (s.session !== undefined) s.session = publish(s.session);
      if (s.reason !== undefined) s.reason = inText(s.reason);
    }
    for (const r of [...this.responses, ...this.context]) {
      const id = renamed.get(r.sourceId);
      if (id === undefined) continue;
      r.id = id + r.id.slice(r.sourceId.length);
      r.sourceId = id;
    }
    for (const p of this.participants.values()) p.sources = [...new Set(p.sources.map(publish))];
    for (const w of this.warnings) {
      if (w.file !== undefined) w.file = publish(w.file);
      w.message = inText(w.message);
    }
    for (const [original, id] of [...renamed].sort((a, b) => byCodeUnits(a[1], b[1]))) {
      // A workbook's sheet named after a student ("reflections.xlsx#Maya Lopez"): the sheet is to rename.
      const what = original.includes('#') && id.startsWith(`${original.slice(0, original.indexOf('#'))}#`) ? 'sheet' : 'file';
      this.warnings.push({ file: id, message: `the ${what}'s name holds a person's name, written as [name] in every report file; rename the ${what} to choose its id` });
    }
  }

  /** Link a speaker label to the roster (by name, or by id), or create an anonymous participant. */
  private speaker(
    speakers: Map<string, Participant>,
    label: string,
    prefix: string,
    sourceId: string,
    role: Participant['role'],
    line?: number,
  ): Participant {
    const key = label.toLowerCase();
    const seen = speakers.get(key);
    if (seen) return seen;
    if (!isRoleName(label)) this.addName(label);
    // A label may be a roster id, as written ("S01") or not ("S1").
    const sameKey = this.byIdKey.get(idKey(label));
    const byId = this.participants.get(label) ?? (sameKey?.length === 1 ? sameKey[0] : undefined);
    let participant = this.byName.get(personKey(label)) ?? byId ?? this.byPartialName(label) ?? this.byEmail.get(label.toLowerCase());
    if (participant) {
      this.addSource(participant, sourceId);
    } else {
      const count = [...speakers.values()].filter((p) => p.id.startsWith(prefix)).length;
      participant = this.participant(`${prefix}${count + 1}`, sourceId, role);
      if (role === 'student' && this.byName.size > 0) {
        // The label is a name, so the warning says where it is rather than who it is.
        this.warnings.push({
          file: sourceId,
          line,
          message: `speaker has no roster entry; counted as participant ${participant.id} with unknown demographics`,
        });
      }
    }
    if (role === 'facilitator') participant.role = 'facilitator';
    speakers.set(key, participant);
    return participant;
  }

  /**
   * The one participant a short name answers to: "Priya" (a first name alone) or "Priya S." (a first name
   * and an initial) for the roster's "Priya Sandhu" when no one else shares it.
   */
  private byPartialName(name: string): Participant | undefined {
    const words = shortNameWords(name);
    const key = words.length === 1 ? words[0]! : words.length === 2 && words[1]!.length === 1 ? words.join(' ') : undefined;
    const matches = key === undefined ? undefined : this.byShortName.get(key);
    return matches?.size === 1 ? matches.values().next().value : undefined;
  }

  /**
   * The one participant a full name with a short given name answers to: "Sam Nguyen" for the roster's
   * "Samantha Nguyen" when no one else (a Samuel Nguyen) is called so.
   */
  private byShortFormName(name: string): Participant | undefined {
    const matches = this.byShortFormKey.get(shortNameWords(name).join(' '));
    return matches?.size === 1 ? matches.values().next().value : undefined;
  }

  /** The participant of this id, made on first meeting; `key` is idKey(id), where the caller has it. */
  private participant(id: string, sourceId: string, role: Participant['role'] = 'student', key?: string): Participant {
    let p = this.participants.get(id);
    if (!p) {
      p = { id, role, attributes: {}, sources: [] };
      this.participants.set(id, p);
      this.meetId(id, p, key);
    }
    this.addSource(p, sourceId);
    return p;
  }

  private meetId(id: string, p: Participant, key = idKey(id)): void {
    const met = this.byIdKey.get(key);
    if (met) met.push(p);
    else this.byIdKey.set(key, [p]);
  }

  /**
   * The participant a row's id links to: of those given the id before, the first whose attributes the
   * row does not contradict, those first met in the row's folder first (a school's roster beside its
   * sheet); failing that, the first (one student's gender written two ways is still one student).
   * `key` is the row's id as idKey gives it.
   */
  private withId(key: string, sourceId: string, columns: Column[], cells: string[]): Participant | undefined {
    const met = this.byIdKey.get(key);
    if (!met || met.length === 1) return met?.[0];
    const folder = idParts(sourceId).folder;
    const ordered = [...met.filter((p) => idParts(p.sources[0] ?? '').folder === folder), ...met.filter((p) => idParts(p.sources[0] ?? '').folder !== folder)];
    return ordered.find((p) => this.contradictions(p, columns, cells).length === 0) ?? ordered[0];
  }

  /**
   * The attributes a row states otherwise than the participant: a school, district, gender … both give,
   * and differently (grade and school level aside, which change from year to year; multi-select answers
   * aside, which a student answers anew).
   */
  private contradictions(p: Participant, columns: Column[], cells: string[]): string[] {
    const found: string[] = [];
    for (const c of columns) {
      if (c.role !== 'attribute' || c.multiSelect) continue;
      const key = attributeKeyOf(c);
      const current = p.attributes[key];
      if (CHANGING_KEYS.has(key) || current === undefined || current === NOT_STATED) continue;
      const value = this.normalised(key, cell(cells, c));
      if (value !== NOT_STATED && !sameValue(value, current)) found.push(key);
    }
    return found;
  }

  /**
   * Whether a table numbers its students afresh: most of its ids that earlier files also give belong
   * there to students of another school, district or gender (sheets from each school numbered from 1, a
   * second year's sheet numbered anew). Linked by id, its students would be taken for those others and
   * counted once with their demographics; instead they are its own students, their ids written with
   * `prefix` before them, and a warning says so. A table whose shared ids mostly agree (the same students
   * a year later, a school's roster and sheet) is linked as usual.
   */
  private ownNumbering(sourceId: string, table: Table, idColumn: Column, prefix: string, isRoster: boolean): boolean {
    // The first table with ids shares none.
    if (this.byIdKey.size === 0) return false;
    let shared = 0;
    const contradicted: string[] = [];
    const attributes = new Set<string>();
    const files = new Set<string>();
    // A sheet's ids that a roster gives are the roster's students, as before: the school a student writes
    // ("SMSS") need not be spelt as the school system's roster spells it. Rosters are weighed against rosters.
    const rosters = isRoster ? undefined : new Set(this.sources.filter((s) => s.kind === 'roster').map((s) => s.id));
    for (const row of table.rows) {
      const pid = row.skipReason ? '' : cell(row.cells, idColumn);
      const all = pid ? this.byIdKey.get(idKey(pid)) : undefined;
      const met = rosters && all ? all.filter((p) => !rosters.has(p.sources[0] ?? '')) : all;
      if (!met || met.length === 0) continue;
      shared++;
      const found = met.map((p) => this.contradictions(p, table.columns, row.cells));
      if (found.some((f) => f.length === 0)) continue;
      contradicted.push(pid);
      for (const f of found) for (const a of f) attributes.add(a);
      for (const p of met) if (p.sources[0] !== undefined) files.add(p.sources[0]);
    }
    if (contradicted.length === 0 || contradicted.length * 2 <= shared) return false;
    const n = contradicted.length;
    const there = [...files].sort(byCodeUnits);
    const where = there.length <= 2 ? listOf(there) : andMore(there, 2);
    const what = listOf([...attributes].sort(byCodeUnits).map(attributeInSentence), 'or');
    this.warnings.push({
      file: sourceId,
      message:
        `${n} of the ${shared} ids it shares with ${where} (${firstFew(contradicted)}) are students of another ${what} there, ` +
        `so this file numbers its own students: they are counted apart from those, with ids ${prefix}${contradicted[0]} and so on`,
    });
    return true;
  }

  /** A student of a table that numbers its own students (see ownNumbering), met already in that table. */
  private ownParticipantIfMet(pid: string, sourceId: string): Participant | undefined {
    return this.byIdKey.get(idKey(pid))?.find((p) => p.sources[0] === sourceId);
  }

  /**
   * A student of a table that numbers its own students, with `prefix` before the id: every one of them,
   * so that a plain id is never one table's student here and another's there.
   */
  private ownParticipant(pid: string, prefix: string, sourceId: string): Participant {
    const met = this.ownParticipantIfMet(pid, sourceId);
    if (met) return met;
    let id = `${prefix}${pid}`;
    for (let n = 2; this.participants.has(id); n++) id = `${prefix}${pid}-${n}`;
    const p: Participant = { id, role: 'student', attributes: {}, sources: [sourceId] };
    this.participants.set(id, p);
    this.meetId(pid, p);
    return p;
  }

  private addSource(p: Participant, sourceId: string): void {
    if (!p.sources.includes(sourceId)) p.sources.push(sourceId);
  }

  private nameParticipant(p: Participant, name: string): void {
    p.name ??= name;
    const words = shortNameWords(name);
    // A one-word name ("Priya", a preferred name) links only where no one else answers to it: see byPartialName.
    if (words.length > 1 || p.name === name) this.byName.set(words.join(' '), p);
    this.addName(name);
    if (words.length === 0) return;
    const keys = words.length > 1 ? [words[0]!, `${words[0]} ${words[words.length - 1]![0]}`] : [words[0]!];
    for (const k of keys) {
      let set = this.byShortName.get(k);
      if (!set) this.byShortName.set(k, (set = new Set()));
      set.add(p);
    }
    if (words.length < 2) return;
    for (const form of shortFormsOf(words[0]!)) {
      const k = [form, ...words.slice(1)].join(' ');
      let set = this.byShortFormKey.get(k);
      if (!set) this.byShortFormKey.set(k, (set = new Set()));
      set.add(p);
    }
  }

  /** Remember a row's email address, if it has one, as a way to this participant. */
  private linkEmail(p: Participant, email: string | undefined): void {
    if (email && !this.byEmail.has(email)) this.byEmail.set(email, p);
  }

  private addName(name: string): void {
    const n = name.trim();
    if (n) this.names.add(n);
    // A speaker labelled by an email address is named by its words ("maya.lopez@…" is Maya Lopez).
    const spelt = emailName(n);
    if (spelt) this.names.add(spelt);
  }

  /**
   * The attributes the config's `folders:` reads from the folders a file is in (`[wave, school]`:
   * `2017/abbotsford/sheets.csv` is wave 2017, school abbotsford), normalised as a column's values are;
   * they are kept on the source too. A file above a level has no value for it.
   */
  private folderAttributes(source: Source): [string, string][] {
    const levels = this.options.config.folders;
    if (!levels || levels.length === 0) return [];
    const folders = source.id.split('/').slice(0, -1);
    const found: [string, string][] = [];
    levels.forEach((level, i) => {
      const key = ownKey(level);
      const folder = folders[i];
      if (folder === undefined) return;
      source.attributes[key] = folder;
      found.push([key, this.normalised(key, folder)]);
    });
    return found;
  }

  /**
   * A folder's attributes added to a student's: a student whose answers are in two folders (the same
   * student in both years) holds both values, as a checkbox answer holds its options, and is in both groups.
   */
  private addFolderAttributes(p: Participant, attributes: [string, string][]): void {
    for (const [key, value] of attributes) {
      const current = p.attributes[key];
      if (current === undefined || current === NOT_STATED) p.attributes[key] = value;
      else if (!splitMultiValue(current).includes(value)) p.attributes[key] = [...splitMultiValue(current), value].sort(byCodeUnits).join(MULTI_SEPARATOR);
    }
  }

  /**
   * Attribute cells of a row, read at `from`, normalised; values already known for the participant are
   * kept, and one given otherwise is remembered for a warning (see AttributeConflicts). `isRoster`: a
   * roster's own repeated rows are warned of by RosterRepeats, by row, so not again here.
   */
  private setAttributes(p: Participant, columns: Column[], cells: string[], from: ValueOrigin, isRoster: boolean): void {
    let origins = this.attributeOrigins.get(p);
    if (!origins) this.attributeOrigins.set(p, (origins = new Map()));
    const groups = boxGroups(columns);
    for (const c of columns) {
      if (c.role !== 'attribute') continue;
      const key = attributeKeyOf(c);
      // A checkbox question spread over several columns is answered once, by all its boxes together: the
      // ticked options, read at its first column.
      const boxes = c.multiSelect ? groups.get(c) : undefined;
      if (boxes === null) continue;
      // Each box holds its one option whole, commas and all ("Arts, music or drama"): joined as values are,
      // and so does a question's only box (its one option ticked by some).
      const raw = boxes ? boxes.map((b) => cell(cells, b)).filter((v) => v !== '').join(';') : cell(cells, c);
      // A checkbox answer's options, "Counsellor, Tutoring" or one to a line (Jotform), are several values,
      // as "Counsellor; Tutoring" is; a comma inside an option's brackets ("Arts (music, drama)") is the option's.
      const value = this.normalised(key, c.multiSelect && !boxes && c.option === undefined ? optionsAsValues(raw) : raw);
      const current = p.attributes[key];
      if (current === undefined || (current === NOT_STATED && value !== NOT_STATED)) {
        p.attributes[key] = value;
        origins.set(key, from);
        continue;
      }
      // A checkbox question is answered anew on each form, so two answers do not contradict each other;
      // a value whose words are all in the other's ("Sumas Mountain"), or their initials ("SMSS"), is the
      // same value; a grade or school level read in another folder (a year later, a grade up) has changed.
      const kept = origins.get(key);
      if (c.multiSelect || value === NOT_STATED || kept === undefined || sameValue(value, current) || initialsOf(value, current)) continue;
      if (CHANGING_KEYS.has(key) && this.anotherYear(kept.file, from.file)) {
        // Rosters kept a folder a year (`rosters/2024/`, `rosters/2025/`): the latest year's is the grade now,
        // and so is a later year's sheet's (`surveys/2025/`) for a student missing from that year's roster.
        if (this.rosterIds.has(kept.file) && (yearOf(from.file) ?? -Infinity) > (yearOf(kept.file) ?? Infinity)) {
          p.attributes[key] = value;
          origins.set(key, from);
        }
        continue;
      }
      if (isRoster && kept.file === from.file) continue;
      this.conflicts.add(key, { participantId: p.id, kept: current, keptFrom: kept, other: value, otherFrom: from });
    }
  }

  /**
   * Whether two files in which a student's grade differs may be two years (a grade up): files in two
   * folders, as `2016/` and `2017/` are. A roster is a list of the students, not a year's answers, unless
   * it sits in a folder of answers (`2016/roster.csv` beside `2016/survey.csv`): one in a folder of its
   * own (`rosters/`, beside `surveys/`) describes the students every sheet is about, so a sheet that
   * gives another grade is told of.
   */
  private anotherYear(keptFile: string, fromFile: string): boolean {
    const [a, b] = [idParts(keptFile).folder, idParts(fromFile).folder];
    if (a === b) return false;
    // Folders named for two years (`rosters/2024/`, `surveys/2025/`) are two years, a roster's too.
    const [ya, yb] = [yearOf(keptFile), yearOf(fromFile)];
    if (ya !== undefined && yb !== undefined) return ya !== yb;
    const alone = (file: string, folder: string) => this.rosterIds.has(file) && !this.sheetFolders.has(folder);
    return !alone(keptFile, a) && !alone(fromFile, b);
  }

  /**
   * An attribute value normalised, remembered per attribute and raw value: a sheet repeats a handful of
   * grades, genders and schools over thousands of rows. Pure, so the cache changes nothing.
   */
  private normalised(key: string, raw: string): string {
    let byRaw = this.normalisedValues.get(key);
    if (!byRaw) this.normalisedValues.set(key, (byRaw = new Map()));
    let value = byRaw.get(raw);
    if (value === undefined) {
      value = normaliseAttributeValue(key, raw, own(this.options.config.values, key));
      byRaw.set(raw, value);
    }
    return value;
  }

  /** The question a text column asks, shared by every sheet asking the same wording. */
  private question(column: Column, file: string): Question {
    return this.questionFor(column.question ?? column.header, file);
  }

  /**
   * The question of this wording (in any case and spacing), added in order of first appearance. Another
   * file's wording that differs only in its numbering and end punctuation ("Q1. What helps?", "What
   * helps") is the same question; within one file such columns stay apart ("Q4 Why?", "Q6 Why?").
   */
  private questionFor(wording: string, file: string): Question {
    const text = wording.replace(/\s+/g, ' ').trim();
    const key = text.toLowerCase();
    const loose = looseQuestionKey(text);
    let q = this.questionByKey.get(key);
    // a bare number ("Q1", "Q2") says nothing of the question: only the wording itself is compared
    if (!q && /\p{L}/u.test(loose)) {
      const same = this.questionByLooseKey.get(loose);
      if (same && !this.questionFiles.get(same)!.has(file)) q = same;
    }
    if (!q) {
      q = { id: `q${this.questions.length + 1}`, text };
      this.questions.push(q);
      this.questionByKey.set(key, q);
      this.questionFiles.set(q, new Set());
      if (!this.questionByLooseKey.has(loose)) this.questionByLooseKey.set(loose, q);
    }
    this.questionFiles.get(q)!.add(file);
    return q;
  }
}

/** The first email address in a row's email columns, lower-cased, or undefined. */
function emailIn(columns: Column[], cells: string[]): string | undefined {
  for (const c of columns) {
    if (!c.emails) continue;
    const value = cell(cells, c).toLowerCase();
    if (value.includes('@')) return value;
  }
  return undefined;
}

function newSource(read: FileRead, kind: Source['kind']): Source {
  return {
    id: read.id,
    kind,
    format: read.format,
    ...(read.result?.encoding ? { encoding: read.result.encoding } : {}),
    status: read.status,
    ...(read.reason ? { reason: read.reason } : {}),
    attributes: {},
    sheets: 0,
    emptySheets: 0,
    rowsSkipped: 0,
    turns: 0,
    responses: 0,
  };
}

/**
 * Pieces joined into one flat string. A template literal leaves a tree of concatenations behind (about
 * 100 bytes per response id where the text itself takes 20), and ids and locators live as long as the
 * corpus.
 */
function flat(pieces: (string | number)[]): string {
  return pieces.join('');
}

/** A turn that is nothing but transcriber's notes in brackets: "[laughs]", "(inaudible)", "[crosstalk] [laughter]". */
const TRANSCRIBER_NOTE_ONLY = /^(?:\s*(?:\[[^\]]*\]|\([^)]*\)|\{[^}]*\}))+[\s.,!?…]*$/;

/**
 * Whether two values of an attribute are one: the same, or one's words all among the other's, in any
 * case ("Sumas Mountain" and "Sumas Mountain Secondary"), as one student may write them a year apart.
 */
function sameValue(a: string, b: string): boolean {
  if (a === b) return true;
  const words = (v: string) => v.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const [x, y] = [words(a), words(b)];
  const [short, long] = x.length <= y.length ? [x, new Set(y)] : [y, new Set(x)];
  return short.length > 0 && short.every((w) => long.has(w));
}

/** Whether one value is the other's initials run together: "SMSS" for "Sumas Mountain Secondary School". */
function initialsOf(a: string, b: string): boolean {
  const words = (v: string) => v.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const [x, y] = [words(a), words(b)];
  const [one, many] = x.length === 1 ? [x[0]!, y] : y.length === 1 ? [y[0]!, x] : ['', []];
  return many.length > 1 && one === many.map((w) => [...w][0]).join('');
}

/**
 * The participant id of a focus group's turns by several people at once (`T1-G`), kept as context: a
 * participant whose role is `group`, never counted as a student.
 */
function groupTurnId(tag: string): string {
  return `${tag}-G`;
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th, 21st. */
function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return `${n}${teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
}

/**
 * Speaker labels of one turn a slip of the keyboard from a label used at least twice ("Jordon" beside
 * "Jordan", "Facilitaor" beside "Facilitator"): each is counted as a speaker of its own, a student
 * more, or a facilitator's words coded as a student's. Said by line, never by name.
 */
function labelSlips(file: string, transcript: Transcript): Warning[] {
  const uses = new Map<string, { turns: number; line: number }>();
  for (const t of transcript.turns) {
    const label = t.speaker?.trim().toLowerCase();
    if (!label) continue;
    const use = uses.get(label);
    if (use) use.turns++;
    else uses.set(label, { turns: 1, line: t.line });
  }
  const warnings: Warning[] = [];
  const labels = [...uses];
  for (const [label, use] of labels) {
    if (use.turns > 1 || [...label].length < 5) continue;
    const reach = Math.max(1, Math.floor([...label].length / 5));
    // The other label, used at least twice: of two used once ("Jordan", "Jordyn") neither is known to be
    // the slip. Numbered or lettered labels ("Speaker 2", "Student B") differ by design.
    const other = labels.find(([l, u]) => l !== label && u.turns >= 2 && !numberedAlike(label, l) && editDistance(label, l) <= reach);
    if (!other) continue;
    warnings.push({
      file,
      line: use.line,
      message: `this speaker label (1 turn) is a letter or two from the label at line ${other[1].line} (${other[1].turns} turns), and is counted as a speaker of its own; if it is a typo, correct it in the transcript`,
    });
  }
  return warnings;
}

/** Whether two labels differ only in a last word of one or two characters ("Speaker 2", "Student B", "P12"). */
function numberedAlike(a: string, b: string): boolean {
  const [x, y] = [a.split(/\s+/), b.split(/\s+/)];
  if (x.length !== y.length) return false;
  if (x.length === 1) return /^[a-z]{0,2}\d+$/i.test(a) && /^[a-z]{0,2}\d+$/i.test(b);
  return x.slice(0, -1).join(' ') === y.slice(0, -1).join(' ') && x.at(-1)!.length <= 2 && y.at(-1)!.length <= 2;
}

// What goes on an option after its comma: "Clubs, e.g. robotics or debate", "Other, please specify".
const OPTION_GOES_ON = /^(?:e\.?g\.?|i\.?e\.?|such as|including|incl\.?|etc\.?|please specify|specify)(?:\s|$)/i;

// A folder named for a year or a school year: `2024`, `2024-25`, `2024-2025`, `2024_25`.
const YEAR_FOLDER = /^((?:19|20)\d{2})(?:\s*[-–_]\s*(?:\d{2}|\d{4}))?$/;

/** The year a file's folders name (the nearest such folder's first year: `rosters/2024-25/x.csv` → 2024), or undefined. */
function yearOf(file: string): number | undefined {
  const folders = idParts(file).folder.split('/');
  for (let i = folders.length - 1; i >= 0; i--) {
    const m = YEAR_FOLDER.exec(folders[i]!.trim());
    if (m) return Number(m[1]);
  }
  return undefined;
}

const BOX_GROUPS = new WeakMap<readonly Column[], Map<Column, Column[] | null>>();

/**
 * Checkbox questions whose options are spread over several columns of one key (a SurveyMonkey export's
 * boxes), worked out once per table: each such group's columns at its first column, null at the others.
 */
function boxGroups(columns: readonly Column[]): Map<Column, Column[] | null> {
  const known = BOX_GROUPS.get(columns);
  if (known !== undefined) return known;
  const byKey = new Map<string, Column[]>();
  for (const c of columns) {
    if (c.role !== 'attribute' || !c.multiSelect) continue;
    const key = attributeKeyOf(c);
    const group = byKey.get(key);
    if (group === undefined) byKey.set(key, [c]);
    else group.push(c);
  }
  const groups = new Map<Column, Column[] | null>();
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    group.forEach((c, i) => groups.set(c, i === 0 ? group : null));
  }
  BOX_GROUPS.set(columns, groups);
  return groups;
}

/**
 * A checkbox answer's options, separated by commas or line breaks outside brackets, joined by ";": a
 * comma inside an option's brackets ("Arts (music, drama)") or before its example ("Clubs, e.g. robotics")
 * is the option's own.
 */
function optionsAsValues(raw: string): string {
  // Brackets count only where they pair up: an option left open ("Part-time job (weekends") or a ":("
  // would hold every option after it.
  const paired = (raw.match(/[([]/g)?.length ?? 0) === (raw.match(/[)\]]/g)?.length ?? 0);
  let depth = 0;
  let split = '';
  for (const ch of raw) {
    if (paired && (ch === '(' || ch === '[')) depth++;
    else if (paired && (ch === ')' || ch === ']') && depth > 0) depth--;
    split += depth === 0 && (ch === ',' || ch === '\n') ? '\u0000' : ch;
  }
  const options: string[] = [];
  for (const piece of split.split('\u0000').map((p) => p.trim())) {
    if (options.length > 0 && OPTION_GOES_ON.test(piece)) options[options.length - 1] += `, ${piece}`;
    else options.push(piece);
  }
  return options.join(';');
}

/**
 * The key an id is looked up by: case, leading zeros ("001234", "1234"; "S01", "S1", "S-01" for a
 * transcript's `S1:`) and a spreadsheet's ".0" on a whole number ("413.0", from a column pandas made
 * floats) do not matter.
 */
function idKey(id: string): string {
  const key = id.trim().toLowerCase().replace(/^(\d+)\.0+$/, '$1');
  const m = /^(\p{L}*)[-_ ]?0*(\d+)$/u.exec(key);
  return m && (m[1] !== '' || /^\d+$/.test(key)) ? `${m[1]}${m[2]}` : key;
}

/**
 * The key a person's full name is looked up by: "Priya Sandhu", "priya  sandhu" and a roster's "Sandhu,
 * Priya" alike, and "Marc-André" as "Marc-Andre" (a survey typed on a keyboard without accents).
 */
function personKey(name: string): string {
  return shortNameWords(name).join(' ');
}

/** A name's words, folded as de-identification folds them (see foldName), without dots, given name first ("Sandhu, Priya" → priya sandhu). */
function shortNameWords(name: string): string[] {
  const comma = name.indexOf(',');
  const flip = comma > 0 && comma === name.lastIndexOf(',') && !NAME_SUFFIX.test(name.slice(comma + 1));
  const ordered = flip ? `${name.slice(comma + 1)} ${name.slice(0, comma)}` : name;
  return foldName(ordered)
    .replace(/\./g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
}

// "King, Jr.": a suffix after the comma, not a given name.
const NAME_SUFFIX = /^\s*(?:jr|sr|ii|iii|iv)\.?\s*$/i;

// Name columns of a roster or sheet, given names first whatever their order ("Last Name, First Name"),
// tested on the header as normaliseHeader gives it ("RecipientLastName" → "recipient last name").
const GIVEN_NAME = /\b(?:first|given|preferred|usual|fore) ?name\b|^first$|^given$/;
const FAMILY_NAME = /\b(?:last|family|sur) ?name\b|^surname$|^last$/;
const isGivenName = (c: Column): boolean => GIVEN_NAME.test(normaliseHeader(c.header));
const isFamilyName = (c: Column): boolean => FAMILY_NAME.test(normaliseHeader(c.header));

// A name the person goes by beside their legal one ("Preferred Name": Priya for Priyanka; MyEducation
// BC's "Usual Given Name").
const PREFERRED_NAME_HEADER = /\b(?:preferred|usual|nick|chosen|known\s+as|goes\s+by)/i;

/**
 * How a table's name columns give a row's person: the name (given name(s), then others, then family
 * name(s), whatever the columns' order) and the names they also go by, a preferred name alone and with
 * the family name ("Priya", "Priya Sandhu" for Priyanka Sandhu), to link and to redact. The columns are
 * sorted out once per table; the function reads a row.
 */
function nameReader(nameColumns: readonly Column[]): (cells: string[]) => { name: string; aliases: string[] } {
  const words = (columns: readonly Column[], cells: string[]) => columns.map((c) => cell(cells, c)).filter((v) => v !== '' && !isNoName(v));
  const preferred = nameColumns.filter((c) => PREFERRED_NAME_HEADER.test(c.header));
  if (nameColumns.length < 2 || preferred.length === nameColumns.length) {
    const ordered = nameColumns.length < 2 ? nameColumns : byNamePart(preferred);
    return (cells) => ({ name: words(ordered, cells).join(' '), aliases: [] });
  }
  const legal = byNamePart(nameColumns.filter((c) => !preferred.includes(c)));
  const family = legal.filter((c) => isFamilyName(c) && !isGivenName(c));
  return (cells) => {
    const name = words(legal, cells).join(' ');
    const surname = words(family, cells).join(' ');
    const aliases = words(preferred, cells).flatMap((p) => (surname ? [p, `${p} ${surname}`] : [p]));
    return { name, aliases: aliases.filter((a) => personKey(a) !== personKey(name)) };
  };
}

/** Name columns in the order a name is written: given, then others, then family (then as in the table). */
function byNamePart(columns: readonly Column[]): Column[] {
  const rank = (c: Column) => (isGivenName(c) ? 0 : isFamilyName(c) ? 2 : 1);
  return [...columns].sort((a, b) => rank(a) - rank(b) || a.index - b.index);
}

/**
 * Roster rows that repeat an earlier row's id with another name, or other details: they are read as the
 * one student of that id (the first row's details kept), which is right for a roster pasted together
 * twice and wrong for two students given one id, so they are warned of by row (never by name).
 */
class RosterRepeats {
  private readonly first = new Map<string, { name: string; cells: string[] }>();
  private readonly otherName: number[] = [];
  private readonly otherDetails: number[] = [];
  private readonly attributes = new Set<string>();

  /** `value` normalises a column's raw value, as the student's attribute is ("F" and "Female" are one gender). */
  constructor(
    private readonly attributeColumns: Column[],
    private readonly value: (column: Column, raw: string) => string,
  ) {}

  add(id: string, name: string, row: number, cells: string[]): void {
    const first = this.first.get(id);
    if (!first) {
      this.first.set(id, { name, cells });
      return;
    }
    if (name && first.name && personKey(name) !== personKey(first.name)) {
      this.otherName.push(row);
      return;
    }
    const differ = this.attributeColumns.filter((c) => {
      const [a, b] = [cell(first.cells, c), cell(cells, c)];
      return a !== '' && b !== '' && this.value(c, a) !== this.value(c, b);
    });
    if (differ.length === 0) return;
    this.otherDetails.push(row);
    for (const c of differ) this.attributes.add(attributeKeyOf(c));
  }

  warnings(file: string): Warning[] {
    const out: Warning[] = [];
    const rows = (list: number[]) => `${list.length === 1 ? 'row' : 'rows'} ${firstFew(list)}`;
    if (this.otherName.length > 0) {
      out.push({
        file,
        message: `${this.otherName.length === 1 ? '1 row gives' : `${this.otherName.length} rows give`} the id of an earlier row but another name (${rows(this.otherName)}); read as that row's student, whose details are kept: give each student an id of their own`,
      });
    }
    if (this.otherDetails.length > 0) {
      out.push({
        file,
        message: `${this.otherDetails.length === 1 ? '1 row repeats' : `${this.otherDetails.length} rows repeat`} the id of an earlier row with another ${listOf([...this.attributes].sort(byCodeUnits), 'or')} (${rows(this.otherDetails)}); the earlier row's are kept`,
      });
    }
    return out;
  }
}

/**
 * A question's wording as files number and punctuate it differently: lower case, curly quotes made
 * straight, a leading number with its mark ("Q1.", "Question 2:", "3)", "4 -") and the end punctuation
 * dropped. A number with no mark ("3 things that help") is part of the question.
 */
export function looseQuestionKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’ʼ`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/^(?:q(?:uestion)?\s*\d+[a-z]?\s*[.):\-–—]?\s*|\d+[a-z]?\s*[.):\-–—]\s+)/, '')
    .replace(/[\s?.:!…]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The key a column's attribute is kept under: the one inferred or configured, else its header in lower case. */
function attributeKeyOf(column: Column): string {
  return column.attribute ?? column.header.toLowerCase();
}

function cell(cells: string[], column: Column): string {
  return (cells[column.index] ?? '').trim();
}

/**
 * Whether a student's attribute `key` holds the organiser's free words, redacted as the answers are (see
 * redactDescriptions) and so sparing no name: a file's own value (`source.title`, `source.notes`) or a
 * folder's name (`folders:` levels in `fromFolders`), save a group key's (school, district, school level,
 * grade), which is kept as written.
 */
function organisersWords(key: string, fromFolders: ReadonlySet<string>): boolean {
  const free = key.startsWith('source.') ? key.slice('source.'.length) : fromFolders.has(key) ? key : undefined;
  return free !== undefined && !GROUP_KEYS.has(free);
}

/**
 * A transcript's or written file's attributes, with the grade its title or file name gives ("Reflection
 * sheets — Grade 9", `Grade11-forum.vtt`) where no front matter or header gives one: its students' grade,
 * as `grade: 9` would be.
 */
function withNamedGrade(attributes: Record<string, string>, title: string | undefined, file: string): Record<string, string> {
  if (Object.keys(attributes).some((key) => key.toLowerCase() === 'grade')) return attributes;
  const grade = (title === undefined ? undefined : namedGrade(title)) ?? fileGrade(file);
  return grade === undefined ? attributes : { ...attributes, grade };
}

/**
 * The one grade a file's name gives, with a workbook's tab (`Grade 9 exit survey.csv`, `survey.xlsx#Grade
 * 10`, `GMT20240314-Grade11-forum.vtt`), not its folders' names (see `folders:`), or undefined.
 */
function fileGrade(file: string): string | undefined {
  const [name, tab] = file.split('/').pop()!.split('#');
  return namedGrade([name!.replace(/\.[^.]+$/, ''), tab ?? ''].join(' '));
}
