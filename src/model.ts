// The core data types of reflect: what readers produce, what analyses compute, what writers print.
// Plain data only (no classes, no functions), so every stage can be tested with literals and the whole
// Analysis serialises to JSON as it is.

// ───────────────────────────── Problems ─────────────────────────────

/** A recoverable problem, kept in the analysis so nothing is dropped silently. */
export interface Warning {
  /** Path of the file, relative to the input folder (posix separators); absent for run-wide warnings. */
  file?: string;
  /** 1-based physical line in the file, where known. */
  line?: number;
  /** 1-based data row (sheets: the row after the header rows), where known. */
  row?: number;
  /** What was expected and what was found. */
  message: string;
}

// ───────────────────────────── What readers return ─────────────────────────────
// Readers work in two steps (like pandoc for DOCX): parse the file's own structure into one of the
// shapes below, then src/corpus/ maps these shapes to the corpus model. A reader never decides who is a
// participant or which answers are responses.

/** The role a column of a sheet plays. */
export type ColumnRole =
  | 'id' // respondent id
  | 'name' // a person's name: used to link, never analysed or printed
  | 'attribute' // a demographic or other categorical attribute (gender, grade, school …)
  | 'text' // a free-text question whose answers are responses
  | 'ignore'; // timestamps, emails, IP addresses, consent, survey metadata …

/** One column of a table, with the role inferred for it (or set by the config file / flags). */
export interface Column {
  /** 0-based position in the row. */
  index: number;
  /** The header as written in the file (trimmed). */
  header: string;
  /** The question wording, where an export carries it apart from a short header (Qualtrics row 2). */
  question?: string;
  /** Attribute name for attribute columns, normalised (lower-case, e.g. `gender`, `grade`, `school-level`). */
  attribute?: string;
  role: ColumnRole;
  /** Why the role was chosen, for `reflect inspect` ("header matches 'gender'", "config file"). */
  reason: string;
  /** The config file's `columns:` entry that set the role, as written there. */
  configKey?: string;
  /**
   * The values are email addresses. Never analysed or printed (the role is `ignore` unless the config
   * says otherwise), but a respondent's email links their answers to the roster row with the same one.
   */
  emails?: true;
  /** An attribute column answering a checkbox question: each answer lists options, split at commas and semicolons. */
  multiSelect?: true;
  /**
   * The one option of a checkbox question this column is the box of (a SurveyMonkey or Qualtrics export
   * spreads the options over columns, each ticked with its option's text): its answer is that option
   * whole, commas and all ("Arts, music or drama"), never split as a one-column answer is.
   */
  option?: string;
}

/** One data row of a table. */
export interface TableRow {
  /** 1-based data row number (after the header rows). */
  row: number;
  /** 1-based physical line where the row starts in the file (sheets of XLSX: the sheet row). */
  line: number;
  cells: string[];
  /** Set for rows a survey platform marks as preview/test; they are not analysed. */
  skipReason?: string;
  /** For a form sent twice: the data row this one repeats (it is skipped, but still part of the export). */
  repeatOf?: number;
}

/** A sheet-like file (CSV, TSV, XLSX) after parsing, before it becomes participants and responses. */
export interface Table {
  type: 'table';
  /** Survey platform whose export quirks were detected, if any. */
  flavour?: 'google-forms' | 'qualtrics' | 'surveymonkey' | 'microsoft-forms' | 'limesurvey' | 'padlet';
  /** XLSX: the sheet read. */
  sheet?: string;
  columns: Column[];
  rows: TableRow[];
  /** Rows the reader could not read (a broken quote, too many fields), each reported in a warning; counted as skipped. */
  unreadableRows?: number;
  /** True when the table holds ids/names/attributes but no free-text columns: a participant roster. */
  isRoster: boolean;
}

/** One speaker turn in a transcript. */
export interface Turn {
  /** Speaker label as written ("Maya", "FACILITATOR", "S3"); absent where the format has none (plain SRT). */
  speaker?: string;
  /** A person's name given beside the label but not used as the speaker (`P1 (Maya):`): redacted, never shown. */
  alias?: string;
  /**
   * The role of an adult or a facilitator written beside the speaker's name (`Priya Sandhu (Counsellor):`,
   * `Mr. Dhillon (Teacher):`), as written: the speaker is staff, not a student (see facilitators.ts).
   */
  role?: string;
  text: string;
  /** 1-based line where the turn starts. */
  line: number;
  /**
   * In writing (a reflection), the template's prompt set above this paragraph ("What helped you most?"):
   * the question the paragraph answers.
   */
  prompt?: string;
  /** Seconds from the start of the recording, where the format has timings. */
  start?: number;
  end?: number;
}

/** A transcript (speaker-labelled text, Markdown, Otter, WebVTT, SRT, DOCX) after parsing. */
export interface Transcript {
  type: 'transcript';
  /** Source attributes from YAML front matter (school, date, program, facilitator …), keys lower-case. */
  attributes: Record<string, string>;
  turns: Turn[];
  /**
   * Writing, not talk: a written reflection (no speaker labels) or a class's reflections one part per
   * student (`Name: …` or a heading above each). Its source is a `reflection`, never a focus group.
   */
  written?: true;
  /**
   * Writing that is many students' notes, one each, with no one's name on any, as its title says (a
   * forum's sticky notes, a class's exit tickets, comment cards: see readers/many-writers.ts): each
   * paragraph a different student's.
   */
  manyWriters?: true;
  /** A meeting's saved chat (Zoom's `From Maya Lopez to Everyone:`), each message a turn. */
  chat?: true;
  /**
   * A note-taker's notes of a focus group ("Student 3 said …", `- S2: …`), each point a turn: no one's
   * words as spoken, and no facilitator expected among them (see readers/notes.ts).
   */
  notes?: true;
  /** The title above the talk ("Focus group 3 — Riverside, 12 March"): the file's name for itself, not a turn. */
  title?: string;
}

/** What a reader returns for one file. */
export interface ReadResult {
  /** The format read: csv, tsv, xlsx, txt, md, vtt, srt, sbv, docx … */
  format: string;
  /** Encoding detected or forced (text formats). */
  encoding?: string;
  content: Table | Transcript;
  warnings: Warning[];
}

// ───────────────────────────── The corpus ─────────────────────────────

/** A table of answers, a focus group's transcript, written reflections (text or Word), a roster, or not known. */
export type SourceKind = 'sheet' | 'transcript' | 'reflection' | 'roster' | 'unknown';
export type SourceStatus = 'read' | 'skipped' | 'failed';

/** One file under the input folder, read or not: every file is accounted for. */
export interface Source {
  /** Path relative to the input folder, posix separators; unique, so it is also the id. */
  id: string;
  kind: SourceKind;
  format: string;
  encoding?: string;
  status: SourceStatus;
  /** Why the file was skipped or failed. */
  reason?: string;
  /** Source attributes (front matter; for sheets, the sheet name), usable in crosstabs as `source.<key>`. */
  attributes: Record<string, string>;
  /** Sheets: data rows read (including empty sheets). */
  sheets: number;
  /** Sheets whose answers were all blank. */
  emptySheets: number;
  /** Rows not analysed, each with a warning (survey preview/test rows, broken rows). */
  rowsSkipped: number;
  /** Transcripts: all speaker turns, facilitator turns included. */
  turns: number;
  /** Responses this file contributed. */
  responses: number;
  /**
   * Transcripts of one focus group kept in several files (a recording stopped and restarted, saved as
   * `… part 1`, `… part 2`; a Zoom meeting's chat beside its transcript): the id of the group's first file,
   * the same on each. Its speakers are one student each across the files, and it is one focus group.
   */
  session?: string;
  /**
   * Writing that is many students' notes, one each (sticky notes, exit tickets: Transcript's
   * `manyWriters`): how many notes were read, each a different unnamed student's.
   */
  notes?: number;
  /**
   * A focus group's transcript that labels every student alike (`Student:`, see corpus/alike-speakers.ts):
   * how many turns were counted, each as a different unnamed student's.
   */
  alike?: number;
  /**
   * A transcript of a one-to-one interview, not a focus group: one student speaker, a title, file name,
   * interviewer's label or front matter that says interview, and nothing that shows a group (see
   * corpus/interview.ts). Its student is a group of one: the report never says what group they are of.
   */
  interview?: true;
  /**
   * A transcript's title: the line above its talk ("Focus group 3 — Riverside, 12 March") or its front
   * matter's `title:`, names in it redacted.
   */
  title?: string;
}

/**
 * How the report names the people who took part, one and several: `{ singular: 'teacher', plural:
 * 'teachers' }`; students unless the config file's `participants:` or `--participants` says otherwise.
 */
export interface ParticipantNoun {
  singular: string;
  plural: string;
}

/** A person who took part. Names are kept only to link and to redact; writers never print them. */
export interface Participant {
  /** Stable, non-identifying id: the sheet's id column, the roster id, or a generated one ("fg-secondary-S2"). */
  id: string;
  /**
   * `facilitator`: whoever led a focus group, and the staff in it (Teacher, Counsellor, Parent …);
   * `group`: several people speaking at once in one focus group (`Everyone:`, `Maya, Jordan:`), one per
   * group (`T1-G`). Their turns are context; only students' are counted.
   */
  role: 'student' | 'facilitator' | 'group';
  /** Private: the name from a roster or a speaker label. Never written to reports, CSVs, JSON or the terminal. */
  name?: string;
  /** Normalised demographic attributes (gender, grade, school, district, school-level, indigenous …). */
  attributes: Record<string, string>;
  /** Source ids where this participant appears (sorted). */
  sources: string[];
}

/** A question of a reflection sheet. */
export interface Question {
  /** "q1", "q2" … in order of first appearance across the sheets. */
  id: string;
  text: string;
}

/** One unit of analysis: one answer to one question, or one student turn in a transcript. */
export interface Response {
  /**
   * Stable id: `<source>:r<row>:<question id>` for sheets (e.g. `reflection-sheets.csv:r14:q2`),
   * `<source>:t<turn>` for transcripts, counting every turn from 1 (e.g. `focus-group-trades.txt:t12`).
   */
  id: string;
  sourceId: string;
  /** Human-readable position: "row 14, q2" or "turn 12 (line 40)". */
  locator: string;
  participantId: string;
  /** Sheets: the question id answered. */
  questionId?: string;
  /** 1-based line in the source where the text starts. */
  line?: number;
  /** Transcripts: timings in seconds where known. */
  start?: number;
  end?: number;
  /** The text, de-identified (names, emails, phone numbers, handles, student numbers and street addresses replaced by [name], [email], [phone], [handle], [id], [address]). */
  text: string;
  /**
   * Talk (a focus group, an interview): the question the facilitator last asked before this turn, which it
   * answers, in the facilitator's words, de-identified as `text` is (see corpus/asked.ts). Absent before
   * the first question and where no facilitator was found.
   */
  asked?: string;
}

/** Everything read from an input folder. */
export interface Corpus {
  /** The input folder's base name (never its absolute path, so output is the same on any machine). */
  folder: string;
  /** Every file, sorted by id. */
  sources: Source[];
  /** Sorted by id. */
  participants: Participant[];
  questions: Question[];
  /** Student responses, sorted by source id then position. */
  responses: Response[];
  /** Facilitators', staff's and groups' turns: context for readers of a transcript, never counted or coded. */
  context: Response[];
  warnings: Warning[];
}

/**
 * Words left in the de-identified texts that may be a person's name (see corpus/name-candidates.ts),
 * listed by `reflect inspect` for a person to check before a report is shared. Never in a report.
 */
export interface NameCandidate {
  /** As written: "Sarah Connor". */
  text: string;
  /** How many texts (responses and facilitators' turns) hold it. */
  responses: number;
  /** The first text that holds it. */
  first: { responseId: string; sourceId: string; locator: string };
}

// ───────────────────────────── Codebooks ─────────────────────────────

export type PatternKind = 'word' | 'glob' | 'phrase' | 'regex';

/** One way a theme can be recognised in a text. */
export interface Pattern {
  kind: PatternKind;
  /** As written in the codebook: `timetable`, `anxi*`, `class size`, `/\bflex(ible)? block/`. */
  value: string;
  /** Set when the pattern was added by expansion (synonym list or embeddings), not written by the user. */
  expansion?: 'synonym' | 'embedding';
  /** The codebook pattern an expansion was derived from. */
  expandedFrom?: string;
  /** The match does not count when any of these words (lemmas) occur in the same sentence. */
  unlessNear?: string[];
}

export interface Theme {
  id: string;
  label: string;
  description?: string;
  /** Id of the parent theme: codings roll up to it. */
  parent?: string;
  patterns: Pattern[];
  /** Phrases that, where they match, hide this theme's shorter matches inside them ("support worker" in `support`). */
  exclusions: string[];
  /** Whether a negated mention ("not stressed") still codes the response. Default true: it is still about the theme. */
  countNegated: boolean;
}

/**
 * How a codebook reads a respondent's setting (a coder knows where a student learns): a response that
 * refers to its own setting ("here", "places like this", "the program", the school's name) also carries
 * the themes the setting itself is tagged with. The setting is the text of `attributes` (participant
 * attributes, and source attributes such as a transcript's front matter), tagged with the codebook.
 */
export interface SettingRules {
  /** Attributes whose values describe the setting (`program`, `school-level`, `school`). */
  attributes: string[];
  /** Words and phrases (matched by lemma) that refer to the respondent's own setting. */
  references: string[];
  /** Phrases that, where they match, stop a reference inside them counting (`here is`). */
  exclusions: string[];
}

/** The languages a codebook may be written in; its patterns are matched by English lemma or by stem. */
export type CodebookLanguage = 'English' | 'French' | 'Spanish';

export interface Codebook {
  /** "default" or the codebook file's base name. */
  name: string;
  themes: Theme[];
  /** Setting rules; absent = references to the setting are not coded. */
  setting?: SettingRules;
  /**
   * The language of its patterns where it is declared (`language: french`) or, undeclared, judged to be
   * French or Spanish from its words; absent = English, judged so. A French or Spanish codebook's words
   * are matched by stem (see compile.ts).
   */
  language?: CodebookLanguage;
  /** Set when `language` was judged from the codebook's words rather than declared. */
  languageInferred?: true;
  /** What the reader read past and the user should see (a .qdc code's name taken twice); absent when none. */
  warnings?: Warning[];
}

// ───────────────────────────── Codings ─────────────────────────────

/** One matched piece of text supporting a coding. Offsets are in Unicode code points into Response.text. */
export interface Evidence {
  text: string;
  start: number;
  end: number;
  /** The codebook pattern that matched (its `value`). */
  pattern: string;
  kind: PatternKind;
  /** Set when the matching pattern was an expansion. */
  expansion?: 'synonym' | 'embedding';
  /** For an expansion: the codebook pattern it was derived from ("anxiety" for "freeze up"). */
  expandedFrom?: string;
  /** The mention is negated ("not stressed", "never have enough money"). */
  negated?: boolean;
  /** The mention is hypothetical ("if we had smaller classes", "would"). */
  hypothetical?: boolean;
  /**
   * Set when the text is a reference to the respondent's setting ("here", "the program") and the theme
   * comes from the setting: the attribute and value that carry it (`program: Alternate program`).
   */
  setting?: string;
}

/** A response carries a theme. */
export interface Coding {
  responseId: string;
  themeId: string;
  /** Sorted by start offset; for a parent theme reached by roll-up, the children's evidence. */
  evidence: Evidence[];
}

// ───────────────────────────── Results of analyses ─────────────────────────────

/** A count that may be hidden because its cell is small (see `--min-cell`). */
export interface Cell {
  count: number;
  /** The count is below the threshold, or would reveal one that is (complementary suppression). */
  suppressed: boolean;
}

export interface DemographicRow {
  attribute: string;
  value: string;
  count: number;
  /** Percent of `denominator` to one decimal, rounded on its own (an attribute's may add to 99.9 or 100.1). */
  percent: number;
  /** Participants the percentage is of (every distinct student participant). */
  denominator: number;
  suppressed: boolean;
  /** Set on every row of an attribute where a student may hold several values: its shares can add to more than 100. */
  multiSelect?: boolean;
}

export interface Quote {
  responseId: string;
  /** De-identified, possibly trimmed at sentence boundaries (with "…"). */
  text: string;
  /** "A student, grade 11", "A student in an alternate program", or "A student". */
  attribution: string;
  /**
   * A turn in talk: the facilitator's question it answers (Response's `asked`), where every capitalised
   * word in it is plainly no one's name (see analyses/shown-questions.ts).
   */
  asked?: string;
}

export interface ThemeSummary {
  themeId: string;
  label: string;
  responses: number;
  participants: number;
  /**
   * Percent of all student responses / of all student participants, one decimal; null where there are
   * none (a denominator of 0 gives no share: blank in themes.csv, null in analysis.json).
   */
  percentResponses: number | null;
  percentParticipants: number | null;
  quotes: Quote[];
}

export interface QuestionSummary {
  questionId: string;
  text: string;
  responses: number;
  /** Leading themes, most frequent first (ties by theme order in the codebook). */
  themes: { themeId: string; responses: number; percent: number }[];
  /** Answers that are a bare yes or no ("No.", "yep"), which no theme can carry; absent when there are none. */
  bareYesNo?: { yes: number; no: number };
  quotes: Quote[];
}

export interface CrosstabRow {
  themeId: string;
  attribute: string;
  value: string;
  /** Student participants in the group. */
  groupParticipants: number;
  /** Responses of the group that carry the theme. */
  responses: number;
  /** Participants of the group with at least one response carrying the theme. */
  participants: number;
  /** participants / groupParticipants × 100, one decimal. */
  percentOfGroup: number;
  /**
   * The group's share of the theme's participants against its share of all participants (1 = as expected);
   * null when no student raised the theme, where there is no share to compare (blank in crosstab.csv).
   */
  ratio: number | null;
  suppressed: boolean;
  /** Set when the group's size is itself suppressed in the demographics: writers hide `groupParticipants` too. */
  groupSuppressed?: boolean;
}

export interface Finding {
  themeId: string;
  attribute: string;
  value: string;
  direction: 'more' | 'less';
  /** Participants raising the theme in the group and in everyone else. */
  groupCount: number;
  groupTotal: number;
  restCount: number;
  restTotal: number;
  test: 'chi-square' | 'fisher-exact';
  statistic?: number;
  pValue: number;
  /** p adjusted for the number of comparisons (Holm). */
  adjustedP: number;
  /**
   * Of a group that raised the theme more, the students who raised it only through references to their own
   * setting ("here" in an alternate program, which carries its themes); absent when none did.
   */
  throughSetting?: number;
  /**
   * The value of the group whose finding, on the same theme and attribute, explains this one (leaving that
   * group aside, this one's differs from no one a test can tell: analyses/mirror-findings.ts): the report
   * leaves this one out. Absent on a finding the report prints.
   */
  foldedInto?: string;
  /** The sentence with the numbers behind the claim (and a second on `throughSetting`, where set). */
  sentence: string;
}

/** The result of `reflect analyze`: everything every writer needs, and nothing format-specific. */
export interface Analysis {
  /** Version of this structure as written to analysis.json (see README). */
  schemaVersion: string;
  title: string;
  corpus: Corpus;
  codebook: Codebook;
  codings: Coding[];
  themes: ThemeSummary[];
  questions: QuestionSummary[];
  /** Quotes from focus-group (transcript) responses, for the report's focus-group section (selectQuotes). */
  focusGroupQuotes?: Quote[];
  demographics: DemographicRow[];
  crosstab: CrosstabRow[];
  findings: Finding[];
  /** The options that shape results, echoed so a report states its method. */
  settings: {
    minCell: number;
    by: string[];
    /** `lemma`, or `keyword` for the plain-keyword baseline (`--matcher keyword`). */
    matcher: 'lemma' | 'keyword';
    /** Synonym and embedding expansions were used (asked for, and the lemma matcher: the baseline has none). */
    expansions: boolean;
    /** References to the respondent's setting were coded (the codebook has setting rules, and `--no-setting` was not given). */
    settingReferences: boolean;
    /**
     * Who took part, as the report names them: `participants:` or `--participants`; else the one role of
     * a sheet's Role column, "participants" where it holds several; else students.
     */
    participants: ParticipantNoun;
  };
  /**
   * Responses that carry no theme and seem to be in another language than the codebook's (English unless it says), per
   * language, most first; absent when there are none (analyses/language.ts).
   */
  /**
   * The report's names of attributes whose keys run a survey's wording together, by key: a grid
   * question's row, "How much do you agree? — Teachers care about me" (see readers/grid-labels.ts).
   * Absent where there are none.
   */
  attributeLabels?: Record<string, string>;
  otherLanguages?: { language: string; responses: number }[];
  warnings: Warning[];
  /** Agreement between reflect's codings and other coders (`reflect analyze --compare FILE`). */
  agreement?: AgreementReport;
}

// ───────────────────────────── Configuration ─────────────────────────────

/** How a column is treated, as written in reflect.config.yml (`columns:`). */
export interface ColumnOverride {
  role: ColumnRole;
  /** Attribute name for attribute columns. */
  attribute?: string;
  /** Question wording to use for text columns. */
  question?: string;
}

/**
 * Settings from `reflect.config.yml` in the input folder (or `--config FILE`); command-line flags win
 * over the file. Every key is optional.
 */
export interface ReflectConfig {
  title?: string;
  /** Who the participants are (`participants: teachers`): the noun the report uses for them. */
  participants?: ParticipantNoun;
  /** Codebook file, relative to the config file. */
  codebook?: string;
  /** Roster file, relative to the input folder. */
  roster?: string;
  /** Speaker names (case-insensitive) who are facilitators in every transcript. */
  facilitators?: string[];
  /**
   * Names of people who are not on the roster or in a speaker label (staff, friends, family), removed
   * from every text as `[name]` as participants' names are.
   */
  redact?: string[];
  /** Per column header (case-insensitive): its role. */
  columns?: Record<string, ColumnRole | ColumnOverride>;
  /** XLSX sheet to read. */
  sheet?: string;
  /** Force a text encoding (utf-8, utf-16le, windows-1252 …). */
  encoding?: string;
  /** Value mapping per attribute: `{ gender: { girl: Female } }`, applied after the built-in rules. */
  values?: Record<string, Record<string, string>>;
  /** Small-cell threshold (default 5; 0 turns suppression off). */
  minCell?: number;
  /** Attributes to break the report down by. */
  by?: string[];
  /** Files or folders (relative, globs allowed) to leave out. */
  ignore?: string[];
  /**
   * An attribute name for each level of folders under the input folder: `[wave, school]` reads
   * `2017/abbotsford/sheets.csv` as wave 2017, school abbotsford, for everyone whose answers it holds.
   */
  folders?: string[];
}

// ───────────────────────────── Agreement ─────────────────────────────
// What `reflect agree` (and `reflect analyze --compare`) reads and computes: several coders' codings of
// the same responses, and how far they agree, theme by theme.

/** One response as one coder coded it. */
export interface CodedUnit {
  responseId: string;
  /** Theme ids, sorted, without duplicates; empty = coded, and carries no theme. */
  themes: string[];
  /** 1-based line where the response first appears in the coding file. */
  line: number;
  /** The response's text, where the file has a `text` column (reflect's responses.csv, a coder's sheet). */
  text?: string;
  /** Per theme id, the file's `evidence` cell for it, where it has one (reflect's codings.csv). */
  evidence?: Record<string, string>;
}

/** One coder's codings, read from a coding file. */
export interface CoderCodings {
  /** The coder's name: the file's base name, made unique among the files compared. */
  coder: string;
  /** The file as named on the command line. */
  file: string;
  /**
   * `wide`: one row per response with a `themes` column; the rows are the units this coder coded.
   * `long`: one row per response × theme; lists only present codings, so units come from other files.
   */
  layout: 'wide' | 'long';
  /** In order of first appearance. */
  units: CodedUnit[];
  /** First line each theme id appears on, to point warnings at it. */
  themeLines: Record<string, number>;
  warnings: Warning[];
}

/** Two coders on one theme, over the units both coded. */
export interface PairAgreement {
  coders: [string, string];
  /** Units both coders coded. */
  units: number;
  /** Share of those units (0–1) where both gave the same value; null when there are none. */
  agreement: number | null;
  /** Cohen's kappa; null when undefined (no units, or expected agreement 1), with `kappaNote` saying why. */
  kappa: number | null;
  kappaNote?: string;
}

/** Precision, recall and F1 of one coder against the reference coder. */
export interface ReferenceScore {
  /** The coder compared with the reference. */
  coder: string;
  /** Units both coded. */
  units: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Units the reference coded with the theme (true positives + false negatives). */
  support: number;
  /** Null when undefined (0/0): the coder, or the reference, never applied the theme. */
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** Agreement on one theme: present/absent per response. */
export interface ThemeAgreement {
  themeId: string;
  /** Label from the codebook, where one was given. */
  label?: string;
  /** Set when a codebook was given: whether it lists this theme id. */
  inCodebook?: boolean;
  /** Units coded by at least two coders. */
  units: number;
  /** Per coder (by name): of the units coded by two or more coders (`units`), those it coded with this theme. */
  applied: Record<string, number>;
  /** Mean over coder pairs of the share of units both coded where they agree (0–1). */
  agreement: number | null;
  /** Cohen's kappa (two coders) or the mean of pairwise Cohen's kappas (more). */
  kappa: number | null;
  kappaNote?: string;
  /** Krippendorff's alpha, nominal, over every pairable value. */
  alpha: number | null;
  alphaNote?: string;
  pairs: PairAgreement[];
  /** Against the reference coder, one entry per other coder; empty without a reference. */
  reference: ReferenceScore[];
}

/** Precision, recall and F1 of one coder against the reference, over all themes. */
export interface ReferenceSummary {
  coder: string;
  /** Pooled counts over themes (micro average). */
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  microPrecision: number | null;
  microRecall: number | null;
  microF1: number | null;
  /** Mean over the themes either coder applied; an undefined precision or recall counts as 0 there. */
  macroPrecision: number | null;
  macroRecall: number | null;
  macroF1: number | null;
  /** Themes in the macro average. */
  macroThemes: number;
}

export interface OverallAgreement {
  /** Units coded by at least two coders. */
  units: number;
  /** Of those, units where every coder who coded them gave the same set of themes. */
  exactMatches: number;
  /** exactMatches / units (0–1); null without units. */
  exactMatch: number | null;
  /** Means over themes of the per-theme values that are defined, and how many themes each mean is of. */
  meanAgreement: number | null;
  meanKappa: number | null;
  kappaThemes: number;
  meanAlpha: number | null;
  alphaThemes: number;
  /** One entry per coder other than the reference; empty without a reference. */
  reference: ReferenceSummary[];
}

/** The result of `reflect agree`. */
export interface AgreementReport {
  coders: { name: string; file: string; layout: 'wide' | 'long'; units: number; codings: number }[];
  /** Name of the reference coder, when one was named. */
  reference?: string;
  /** `cohen` with two coders; `mean-pairwise` (Light's kappa) with more. */
  kappaMethod: 'cohen' | 'mean-pairwise';
  /** Responses in the comparison: those listed by a wide file (or the units file). */
  units: number;
  /** Themes at least one coder applied: codebook order when a codebook was given, then alphabetical. */
  themes: ThemeAgreement[];
  /** Codebook themes no coder applied (not in `themes`). */
  unusedThemes: string[];
  overall: OverallAgreement;
  /** How the numbers were computed and what was left out, in sentences. */
  notes: string[];
  warnings: Warning[];
  /** Bootstrap confidence intervals of the figures; present only when asked for (`--ci`). */
  intervals?: AgreementIntervals;
}

/**
 * A percentile bootstrap interval of one figure. `low` and `high` are null when the figure was undefined
 * in more than the allowed share of resamples (or on the data itself), with `note` saying so.
 */
export interface Interval {
  low: number | null;
  high: number | null;
  /** Resamples in which the figure was defined: the values the bounds are percentiles of. */
  defined: number;
  note?: string;
}

/** Intervals of one theme's figures (see ThemeAgreement). */
export interface ThemeIntervals {
  themeId: string;
  agreement: Interval;
  kappa: Interval;
  alpha: Interval;
  /** One entry per coder compared with the reference, in the order of ThemeAgreement.reference. */
  reference: { coder: string; precision: Interval; recall: Interval; f1: Interval }[];
}

/** Intervals of the overall figures (see OverallAgreement). */
export interface OverallIntervals {
  exactMatch: Interval;
  meanAgreement: Interval;
  meanKappa: Interval;
  meanAlpha: Interval;
  /** One entry per coder compared with the reference, in the order of OverallAgreement.reference. */
  reference: {
    coder: string;
    microPrecision: Interval;
    microRecall: Interval;
    microF1: Interval;
    macroPrecision: Interval;
    macroRecall: Interval;
    macroF1: Interval;
  }[];
}

/** Percentile bootstrap intervals over responses for the figures of an AgreementReport. */
export interface AgreementIntervals {
  method: 'percentile-bootstrap';
  /** Coverage, 0.95: bounds are the 2.5th and 97.5th percentiles of the resampled figures. */
  level: number;
  resamples: number;
  /** Seed of the pseudo-random generator: the same seed and data give the same intervals. */
  seed: number;
  /** Responses resampled: those coded by two or more coders (the report's `overall.units`). */
  units: number;
  /** A figure undefined in more than this share of resamples gets no interval. */
  maxUndefined: number;
  overall: OverallIntervals;
  /** In the order of the report's themes. */
  themes: ThemeIntervals[];
  /** How the intervals were computed and which were not given, in sentences. */
  notes: string[];
}
