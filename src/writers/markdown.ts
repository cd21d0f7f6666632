// The Markdown report: a write-up an organiser can send as it is, in the voice of a conference summary,
// with the numbers, charts, quotes and appendix tables behind it. A pure function of the Analysis.
import type { Analysis, CrosstabRow, DemographicRow, Participant, Quote, Source } from '../model.js';
import { backgroundSentence, focusGroupCount } from '../analyses/background.js';
import { formatPercent, groupPhrase } from '../analyses/findings.js';
import { withheldSources } from '../analyses/suppression.js';
import { attributeInSentence, attributeLabel } from '../util/labels.js';
import { formatAgreementMarkdown } from './agreement.js';
import { NOT_STATED } from '../corpus/normalise.js';
import { barChart, MAX_LABEL, shortLabel } from './mermaid.js';
import { capitalise, counted, countInWords, inSentence, listOf, plural } from '../util/text.js';
import { escapeCell, escapeMarkdown } from './markdown-escape.js';
import { ancestorsOf } from '../codebook/hierarchy.js';

// Themes named in a sentence about a question, a group or the focus groups …
const LEADING = 3;
// … and how many more may be named when they tie with the last of those.
const TIED_EXTRA = 2;

/**
 * The first LEADING of `items` (sorted by `count`, highest first), and those after them tied with the
 * last, so a sentence never names one of several themes tied for a place and leaves out the others.
 * When more are tied than TIED_EXTRA allows, the tied group is left out instead (the sentence names
 * fewer themes, each truly ahead of the rest); when the tie reaches the top, none is named (see
 * {@link tiedAtTop}: the sentence says that no theme stood out).
 */
export function leadingWithTies<T>(items: readonly T[], count: (item: T) => number): T[] {
  if (items.length <= LEADING) return [...items];
  const last = count(items[LEADING - 1]!);
  let end = LEADING;
  while (end < items.length && count(items[end]!) === last) end++;
  if (end <= LEADING + TIED_EXTRA) return items.slice(0, end);
  let start = LEADING - 1;
  while (start > 0 && count(items[start - 1]!) === last) start--;
  return items.slice(0, start);
}

/** How many of `items` (sorted by `count`, highest first) tie for the top place. */
function tiedAtTop<T>(items: readonly T[], count: (item: T) => number): number {
  let n = 0;
  while (n < items.length && count(items[n]!) === count(items[0]!)) n++;
  return n;
}
// Themes drawn in the theme chart and in the group comparison charts.
const CHART_THEMES = 12;
const COMPARED_THEMES = 3;

// ───────────────────────────── Text helpers ─────────────────────────────

/** A theme label inside a sentence of the report, escaped. */
function labelInSentence(label: string): string {
  return escapeMarkdown(inSentence(label));
}

/** A percentage from the model (one decimal) for a table. */
function tablePercent(value: number): string {
  return `${Number.isInteger(value) ? value : value.toFixed(1)}%`;
}

/** A quote as a blockquote with its attribution line. */
function blockquote(quote: Quote): string {
  return `> “${escapeMarkdown(quote.text)}”\n>\n> — ${escapeMarkdown(quote.attribution)}`;
}

function quotes(list: Quote[] | undefined): string[] {
  return (list ?? []).map(blockquote);
}

// ───────────────────────────── What the sections share ─────────────────────────────

interface Context {
  analysis: Analysis;
  minCell: number;
  students: Participant[];
  label: Map<string, string>;
  /** Theme ids in ranking order (participants, then responses). */
  rank: Map<string, number>;
  /** A sub-theme's parent theme, by id. */
  parent: Map<string, string>;
}

function contextOf(analysis: Analysis): Context {
  return {
    analysis,
    minCell: analysis.settings.minCell,
    students: analysis.corpus.participants.filter((p) => p.role === 'student'),
    label: new Map(analysis.codebook.themes.map((t) => [t.id, t.label])),
    rank: new Map(analysis.themes.map((t, i) => [t.themeId, i])),
    parent: new Map(analysis.codebook.themes.flatMap((t) => (t.parent ? [[t.id, t.parent] as const] : []))),
  };
}

/**
 * `items` without the sub-themes of a theme among them: a sub-theme's responses count for its parent
 * too, so "5 were about school structures and 5 about flex time" named the same five answers twice.
 */
function withoutSubThemes<T extends { themeId: string }>(ctx: Context, items: readonly T[]): T[] {
  const present = new Set(items.map((t) => t.themeId));
  return items.filter((t) => !ancestorsOf(t.themeId, ctx.parent).some((p) => present.has(p)));
}

function labelOf(ctx: Context, themeId: string): string {
  return ctx.label.get(themeId) ?? ctx.analysis.themes.find((t) => t.themeId === themeId)?.label ?? themeId;
}

/** The themes' labels as a sentence lists them: "timetables and schedules and class size". */
function themeNames(ctx: Context, themes: readonly { themeId: string }[]): string {
  return listOf(themes.map((t) => labelInSentence(labelOf(ctx, t.themeId))));
}

/** "24 (34%) were about teachers who know students, 18 (25%) about flexible time and …". */
function aboutClause(ctx: Context, themes: { themeId: string; responses: number }[], total: number): string {
  const parts = themes.map((t, i) => `${t.responses} (${formatPercent(t.responses, total)}) ${i > 0 ? 'about' : t.responses === 1 ? 'was about' : 'were about'} ${labelInSentence(labelOf(ctx, t.themeId))}`);
  return listOf(parts);
}

// ───────────────────────────── Background ─────────────────────────────

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "in December 2016", "from December 2016 to February 2017", or nothing, from `date` source attributes. */
function dateRange(sources: Source[]): string {
  const months = sources
    .map((s) => /^(\d{4})-(\d{2})/.exec(s.attributes.date ?? ''))
    .filter((m): m is RegExpExecArray => m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12)
    .map((m) => Number(m[1]) * 12 + Number(m[2]) - 1)
    .sort((a, b) => a - b);
  if (months.length === 0) return '';
  const name = (m: number): string => `${MONTHS[m % 12]} ${Math.floor(m / 12)}`;
  const first = months[0]!;
  const last = months[months.length - 1]!;
  return first === last ? ` in ${name(first)}` : ` from ${name(first)} to ${name(last)}`;
}

/**
 * Who a focus group was with, from its source attributes: "alternate program students", "students in
 * the Youth TRAIN in Trades program", "middle school students". A school's name is only read for its
 * type ("… Middle School"), never printed.
 */
function focusGroupKind(source: Source): string | undefined {
  const a = source.attributes;
  const program = a.program?.trim();
  if (program) {
    if (/alternat/i.test(program)) return 'alternate program students';
    return `students in the ${escapeMarkdown(program.replace(/\s+program(me)?$/i, ''))} program`;
  }
  const level = `${a['school-level'] ?? a.level ?? ''} ${a.school ?? ''}`;
  if (/alternat|learning cent/i.test(level)) return 'alternate program students';
  if (/middle/i.test(level)) return 'middle school students';
  if (/secondary|high|collegiate/i.test(level)) return 'secondary school students';
  if (/elementary|primary/i.test(level)) return 'elementary school students';
  return undefined;
}

/**
 * "Four focus group interviews were then held at four schools …" after the reflection sheets' sentence;
 * without sheets, the background has already counted the groups, so "The four focus group interviews
 * were held …" (and no "then", which would follow nothing).
 */
function focusGroupSentence(transcripts: Source[], afterSheets: boolean): string {
  if (transcripts.length === 0) return '';
  const kinds = [...new Set(transcripts.map(focusGroupKind).filter((k): k is string => k !== undefined))];
  const schools = new Set(transcripts.map((s) => s.attributes.school?.trim()).filter((s) => s)).size;
  const where = schools > 1 ? ` at ${counted(schools, 'school')}` : '';
  const withWhom = kinds.length > 0 ? `, with ${listOf(kinds)}` : '';
  const count = focusGroupCount(transcripts);
  const one = count === 1;
  const groups = afterSheets
    ? `${one ? 'A focus group interview was' : `${capitalise(counted(count, 'focus group interview'))} were`} then`
    : one
      ? 'The focus group interview was'
      : `The ${counted(count, 'focus group interview')} were`;
  return `${groups} held${where}${dateRange(transcripts)}${withWhom}.`;
}

/** "Two files were skipped (unsupported format) and one could not be read; see sources.csv." */
function notReadSentence(sources: Source[]): string {
  const skipped = sources.filter((s) => s.status === 'skipped');
  const failed = sources.filter((s) => s.status === 'failed');
  if (skipped.length + failed.length === 0) return '';
  const reasons = (list: Source[]): string => {
    // Inner brackets would nest inside the sentence's own: "not a DOCX file (no zip header)" → "…, no zip header".
    // What follows a semicolon is advice or an aside ("; save it as .docx …", "; not read twice"), kept
    // for sources.csv: in the sentence it would read as the next reason.
    const distinct = [
      ...new Set(list.map((s) => s.reason?.split('; ')[0].trim().replace(/\.$/, '').replace(/\s*\(([^)]*)\)/g, ', $1')).filter((r): r is string => !!r)),
    ].sort();
    return distinct.length > 0 && distinct.length <= 3 ? ` (${escapeMarkdown(distinct.join('; '))})` : '';
  };
  const parts: string[] = [];
  if (skipped.length > 0) parts.push(`${counted(skipped.length, 'file')} ${skipped.length === 1 ? 'was' : 'were'} skipped${reasons(skipped)}`);
  if (failed.length > 0) {
    const subject = skipped.length > 0 ? countInWords(failed.length) : counted(failed.length, 'file');
    parts.push(`${subject} could not be read${reasons(failed)}`);
  }
  return `${capitalise(parts.join(' and '))}; see sources.csv.`;
}

/** What the roster gave: the details of every student, of some, or of none (its ids or names matched no one's). */
function rosterSentence(participants: readonly Participant[], read: readonly Source[]): string {
  const rosters = new Set(read.filter((s) => s.kind === 'roster').map((s) => s.id));
  if (rosters.size === 0) return '';
  // A folder of nothing but a roster describes who is on it.
  const rosterOnly = read.every((s) => rosters.has(s.id));
  const students = participants.filter((p) => p.role === 'student');
  const linked = students.filter((p) => p.sources.some((id) => rosters.has(id)) && p.sources.some((id) => !rosters.has(id))).length;
  if (!rosterOnly && (linked === 0 || students.length === 0)) {
    return 'A roster was read, but none of its students could be found in the sheets or transcripts, so it supplied no demographic details.';
  }
  if (rosterOnly || linked === students.length) return 'A roster supplied the students’ demographic details.';
  return `A roster supplied the demographic details of ${countInWords(linked)} of the ${countInWords(students.length)} students.`;
}

function background(ctx: Context): string {
  const { corpus, demographics } = ctx.analysis;
  const read = corpus.sources.filter((s) => s.status === 'read');
  const kindOf = new Map(read.map((s) => [s.id, s.kind]));
  // Questions are a sheet's columns or, in written reflections, a template's prompts.
  const answersFrom = (kind: Source['kind']) => corpus.responses.filter((r) => r.questionId !== undefined && kindOf.get(r.sourceId) === kind);
  const sheetAnswers = answersFrom('sheet');
  const paragraphs = [backgroundSentence(corpus.participants, corpus.sources, demographics, ctx.minCell)];
  const method: string[] = [];
  if (read.some((s) => s.kind === 'sheet')) {
    // A question no one answered was still asked (a column left blank by everyone); a template's prompt
    // in a written reflection is not a sheet's.
    const answered = new Set(corpus.responses.map((r) => r.questionId));
    const asked = new Set([...sheetAnswers.map((r) => r.questionId), ...corpus.questions.filter((q) => !answered.has(q.id)).map((q) => q.id)]).size;
    method.push(
      sheetAnswers.length === 0
        ? `The reflection sheets asked ${counted(asked, 'question')}, which no one answered in words.`
        : `The reflection sheets asked ${counted(asked, 'question')}; their ${plural(sheetAnswers.length, 'answer')} were read and summarised to identify key themes.`,
    );
  }
  const reflections = read.filter((s) => s.kind === 'reflection').length;
  if (reflections > 0) {
    const which = reflections === 1 ? 'The written reflection was' : `The ${counted(reflections, 'written reflection')} were`;
    const prompts = new Set(answersFrom('reflection').map((r) => r.questionId)).size;
    const under = prompts > 0 ? `; a paragraph under one of the template’s ${counted(prompts, 'prompt')} answers it` : '';
    method.push(`${which} read paragraph by paragraph, each paragraph a response${under}.`);
  }
  const groups = focusGroupSentence(read.filter((s) => s.kind === 'transcript'), method.length > 0);
  if (groups) method.push(groups);
  const roster = rosterSentence(corpus.participants, read);
  if (roster) method.push(roster);
  const notRead = notReadSentence(corpus.sources);
  if (notRead) method.push(notRead);
  if (method.length > 0) paragraphs.push(method.join(' '));
  return `## Background\n\n${paragraphs.join('\n\n')}`;
}

// ───────────────────────────── What students said ─────────────────────────────

function questionSection(ctx: Context, question: Analysis['questions'][number]): string {
  const lines = [`### ${escapeMarkdown(question.text)}`];
  let prose: string;
  const raised = withoutSubThemes(ctx, question.themes.filter((t) => t.responses > 0));
  const leading = leadingWithTies(raised, (t) => t.responses);
  if (question.responses === 0) prose = 'No one answered this question.';
  else if (raised.length > 0 && leading.length === 0) {
    const n = tiedAtTop(raised, (t) => t.responses);
    prose = `Of the ${plural(question.responses, 'answer')} to this question, no theme stood out: ${countInWords(n)} came up in ${plural(raised[0]!.responses, 'answer')} each.`;
  } else if (leading.length === 0) prose = `None of the codebook’s themes came up in the ${plural(question.responses, 'answer')} to this question.`;
  else if (question.responses === 1) prose = `The one answer to this question was about ${themeNames(ctx, leading)}.`;
  else prose = `Of the ${plural(question.responses, 'answer')} to this question, ${aboutClause(ctx, leading, question.responses)}.`;
  const bare = question.bareYesNo;
  // A "Do you …? Why?" question answered "No" by many: those answers hold no theme, and the reader
  // should know how many there were, and which way they went.
  if (bare && bare.yes + bare.no >= MIN_BARE_ANSWERS && (bare.yes + bare.no) * 10 >= question.responses) {
    prose += ` Of them, ${bare.yes + bare.no} were a bare yes or no (${bare.yes} yes, ${bare.no} no), which no theme can carry.`;
  }
  lines.push(prose, ...quotes(question.quotes));
  return lines.join('\n\n');
}

/** Fewer bare yes/no answers than this to a question are not worth a sentence. */
const MIN_BARE_ANSWERS = 3;

/** The responses of the sources of one kind read, and the themes they were most about. */
function responsesOfKind(ctx: Context, kind: Source['kind']) {
  const { corpus, codings } = ctx.analysis;
  const sources = new Set(corpus.sources.filter((s) => s.kind === kind && s.status === 'read').map((s) => s.id));
  const responses = corpus.responses.filter((r) => sources.has(r.sourceId));
  const ids = new Set(responses.map((r) => r.id));
  const counts = new Map<string, Set<string>>();
  for (const c of codings) {
    if (!ids.has(c.responseId)) continue;
    (counts.get(c.themeId) ?? counts.set(c.themeId, new Set()).get(c.themeId)!).add(c.responseId);
  }
  const ranked = withoutSubThemes(ctx, [...counts.entries()].map(([themeId, of]) => ({ themeId, responses: of.size })))
    .sort((a, b) => b.responses - a.responses || (ctx.rank.get(a.themeId) ?? Infinity) - (ctx.rank.get(b.themeId) ?? Infinity));
  return { sources: sources.size, responses, writers: new Set(responses.map((r) => r.participantId)).size, leading: leadingWithTies(ranked, (t) => t.responses) };
}

function focusGroupSection(ctx: Context): string {
  const { sources: files, responses: turns, writers: speakers, leading } = responsesOfKind(ctx, 'transcript');
  if (files === 0) return '';
  const sources = focusGroupCount(ctx.analysis.corpus.sources);
  const groups = sources === 1 ? 'the focus group' : `${counted(sources, 'focus group')}`;
  let prose =
    speakers === 0
      ? `In ${groups}, only the facilitators spoke.`
      : `In ${groups}, ${plural(speakers, 'student')} spoke ${turns.length === 1 ? 'once' : turns.length === 2 ? 'twice' : plural(turns.length, 'time')}.`;
  if (turns.length === 1 && leading.length > 0) prose += ` That turn was about ${themeNames(ctx, leading)}.`;
  else if (turns.length > 0 && leading.length > 0) prose += ` Of their ${plural(turns.length, 'turn')}, ${aboutClause(ctx, leading, turns.length)}.`;
  return [sources === 1 ? '### In the focus group' : '### In the focus groups', prose, ...quotes(ctx.analysis.focusGroupQuotes)].join('\n\n');
}

/** "In 20 written reflections, 20 students wrote 64 paragraphs. Of them, …": their quotes are the themes'. */
function reflectionSection(ctx: Context): string {
  const { sources, responses: paragraphs, writers, leading } = responsesOfKind(ctx, 'reflection');
  if (sources === 0 || paragraphs.length === 0) return '';
  const where = sources === 1 ? 'the written reflection' : counted(sources, 'written reflection');
  let prose = `In ${where}, ${plural(writers, 'student')} wrote ${plural(paragraphs.length, 'paragraph')}.`;
  if (leading.length > 0) prose += ` Of ${paragraphs.length === 1 ? 'it' : 'them'}, ${aboutClause(ctx, leading, paragraphs.length)}.`;
  return ['### In the written reflections', prose].join('\n\n');
}

/**
 * "from 87 students (three more handed in blank sheets)": the students the responses came from, and those
 * who took part without one, so that neither figure is given for the other. A student whose every sheet
 * was blank took part (and is in every share of those who did), but no response came from them.
 */
function fromStudents(ctx: Context): string {
  const { corpus } = ctx.analysis;
  const writers = new Set(corpus.responses.map((r) => r.participantId));
  const silent = ctx.students.filter((p) => !writers.has(p.id));
  const from = `from ${plural(writers.size, 'student')}`;
  if (silent.length === 0) return from;
  const kindOf = new Map(corpus.sources.map((s) => [s.id, s.kind]));
  const onlySheets = silent.every((p) => p.sources.every((id) => kindOf.get(id) === 'sheet' || kindOf.get(id) === 'roster'));
  const more = `${countInWords(silent.length)} more`;
  // A student who spoke only in transcriber's notes ("[laughs]") took part too, without a response.
  return `${from} (${onlySheets ? `${more} handed in ${silent.length === 1 ? 'a blank sheet' : 'blank sheets'}` : `${more} took part without a response`})`;
}

function whatStudentsSaid(ctx: Context): string {
  const { corpus, themes } = ctx.analysis;
  const raisedThemes = withoutSubThemes(ctx, themes.filter((t) => t.participants > 0));
  const top = leadingWithTies(raisedThemes, (t) => t.participants);
  const parts = [`## What students said`];
  if (corpus.responses.length === 0) {
    parts.push('No responses were found: none of the files read held answers to free-text questions, written reflections or student turns in a transcript (see the sources below).');
  } else if (top.length > 0) {
    const named = top.map((t) => `${labelInSentence(t.label)} (${plural(t.participants, 'student')})`);
    const themes = named.length === 1 ? 'the theme raised most often was' : 'the themes raised most often were';
    parts.push(`Across ${plural(corpus.responses.length, 'response')} ${fromStudents(ctx)}, ${themes} ${listOf(named)}.`);
  } else if (raisedThemes.length > 0) {
    const n = tiedAtTop(raisedThemes, (t) => t.participants);
    parts.push(
      `Across ${plural(corpus.responses.length, 'response')} ${fromStudents(ctx)}, no theme stood out: ${countInWords(n)} were raised by ${plural(raisedThemes[0]!.participants, 'student')} each.`,
    );
  }
  for (const q of ctx.analysis.questions) parts.push(questionSection(ctx, q));
  const reflections = reflectionSection(ctx);
  if (reflections) parts.push(reflections);
  const groups = focusGroupSection(ctx);
  if (groups) parts.push(groups);
  return parts.join('\n\n');
}

// ───────────────────────────── Themes ─────────────────────────────

function themesSection(ctx: Context): string {
  const raised = ctx.analysis.themes.filter((t) => t.participants > 0);
  const silent = ctx.analysis.themes.filter((t) => t.participants === 0);
  const parts = ['## Themes'];
  if (raised.length === 0) {
    parts.push('No response carried any of the codebook’s themes.');
    return parts.join('\n\n');
  }
  parts.push(
    `Themes are ranked by how many students raised them; a student who raised a theme in several responses counts once. Percentages are of the ${counted(ctx.students.length, 'student')} who took part.`,
  );
  const charted = raised.slice(0, CHART_THEMES);
  parts.push(
    barChart({
      title: raised.length > CHART_THEMES ? `Students raising each theme (top ${CHART_THEMES} of ${raised.length})` : 'Students raising each theme',
      categories: charted.map((t) => t.label),
      values: charted.map((t) => t.participants),
      valueLabel: 'Students',
      horizontal: true,
    }),
  );
  const descriptions = new Map(ctx.analysis.codebook.themes.map((t) => [t.id, t.description]));
  for (const t of raised) {
    // Ranked among the others, a sub-theme would read as a peer of its parent: its section says whose part it is.
    const parent = ctx.parent.get(t.themeId);
    const partOf = parent === undefined ? '' : `Part of ${labelInSentence(labelOf(ctx, parent))}: `;
    let line = `${partOf}${plural(t.participants, 'student')} (${formatPercent(t.participants, ctx.students.length)} of participants) in ${plural(t.responses, 'response')}.`;
    const description = descriptions.get(t.themeId)?.trim();
    if (description) line += ` ${escapeMarkdown(/[.!?]$/.test(description) ? description : `${description}.`)}`;
    parts.push(`### ${escapeMarkdown(t.label)}`, capitalise(line), ...quotes(t.quotes));
  }
  if (silent.length > 0) parts.push(silentThemesSentence(silent.map((t) => labelInSentence(t.label))));
  return parts.join('\n\n');
}

/**
 * "No student raised class size." Labels with commas or "and" of their own ("passions, goals and
 * purpose", "equity and diversity") are listed after a colon with semicolons, as the hidden themes are:
 * joined with commas and "and", a reader cannot tell where one ends.
 */
function silentThemesSentence(labels: string[]): string {
  if (labels.length === 1) return `No student raised ${labels[0]}.`;
  if (!labels.some((l) => /,| and /.test(l))) return `No student raised ${listOf(labels)}.`;
  return `No student raised any of these ${countInWords(labels.length)} themes: ${labels.join('; ')}.`;
}

// ───────────────────────────── Findings ─────────────────────────────

/** The attribute the comparison charts break down by: the first `--by`, else gender, else any. */
function comparedAttribute(ctx: Context): string | undefined {
  const present = new Set(ctx.analysis.crosstab.map((r) => r.attribute));
  for (const a of [...ctx.analysis.settings.by, 'gender']) if (present.has(a)) return a;
  return ctx.analysis.crosstab[0]?.attribute;
}

function comparisonCharts(ctx: Context): string[] {
  const attribute = comparedAttribute(ctx);
  if (!attribute) return [];
  const charts: string[] = [];
  for (const theme of ctx.analysis.themes.filter((t) => t.participants > 0)) {
    if (charts.length >= COMPARED_THEMES) break;
    // Suppressed cells are left out of the chart entirely: a bar of 0 would be a false statement.
    const rows = ctx.analysis.crosstab.filter((r) => r.themeId === theme.themeId && r.attribute === attribute && !r.suppressed && r.groupParticipants > 0);
    // Bars of 0 alone (the groups that raised it all hidden) would draw a theme students raised as
    // raised by nobody.
    if (rows.length < 2 || rows.every((r) => r.participants === 0)) continue;
    charts.push(
      barChart({
        title: `${theme.label}: % of each group`,
        // The group's size is what a reader needs most: a long name is shortened, never the "(n=…)".
        categories: rows.map((r) => {
          const size = ` (n=${r.groupParticipants})`;
          return `${shortLabel(r.value, MAX_LABEL - size.length)}${size}`;
        }),
        values: rows.map((r) => r.percentOfGroup),
        valueLabel: '% of students',
        max: 100,
      }),
    );
  }
  if (charts.length === 0) return [];
  const lead = `How often leading themes came up among students of each ${escapeMarkdown(attributeInSentence(attribute))}, as a percentage of the group’s students${ctx.minCell > 1 ? ` (groups and counts under ${ctx.minCell} students are not shown)` : ''}:`;
  return [lead, ...charts];
}

/** Why no group was compared, as far as the analysis can tell: too few students, no details, or groups too small. */
function notComparedSentence(ctx: Context): string {
  const { settings, demographics } = ctx.analysis;
  if (settings.by.length === 0 && ctx.students.length === 0) return 'No groups of students were compared.';
  if (ctx.minCell > 0 && ctx.students.length < ctx.minCell) {
    return `Groups of students were not compared: fewer than ${counted(ctx.minCell, 'student')} took part, so any group would describe each of them.`;
  }
  if (demographics.length === 0 && !ctx.students.some((s) => Object.keys(s.attributes).length > 0)) {
    return 'Groups of students could not be compared: no demographic details were available.';
  }
  // Blank sheets alone: the groups are there, but nothing was said to compare.
  if (ctx.analysis.corpus.responses.length === 0) return 'Groups of students were not compared: no student answered in words.';
  if (largeEnough(ctx.analysis.crosstab, ctx.minCell)) {
    return 'Groups of students were not compared: where a group was large enough to compare, the count of its students who raised a theme was hidden, to protect a small group, or the theme was raised by all the students or by none.';
  }
  return 'Groups of students could not be compared: no group was large enough, or no demographic details were available.';
}

/** Whether a group's size is shown, at least `minCell`, with as many of the `stated` students outside it: a group findings.ts may test. */
function largeEnoughGroup(g: CrosstabRow, stated: number, minCell: number): boolean {
  return !g.groupSuppressed && g.groupParticipants >= minCell && stated - g.groupParticipants >= minCell;
}

/** Whether some group of the crosstab is shown, of at least `minCell` students, with as many stated students outside it. */
function largeEnough(crosstab: readonly CrosstabRow[], minCell: number): boolean {
  for (const attribute of new Set(crosstab.map((r) => r.attribute))) {
    const theme = crosstab.find((r) => r.attribute === attribute)!.themeId;
    const groups = crosstab.filter((r) => r.attribute === attribute && r.themeId === theme && r.value !== NOT_STATED);
    const stated = groups.reduce((n, r) => n + r.groupParticipants, 0);
    if (groups.some((g) => largeEnoughGroup(g, stated, minCell))) return true;
  }
  return false;
}

/** The attributes of the settings some evidence was found through (`program` of `program: Alternate program`), sorted. */
function settingAttributes(codings: Analysis['codings']): string[] {
  const found = new Set<string>();
  for (const c of codings) {
    for (const e of c.evidence) if (e.setting !== undefined) found.add(e.setting.slice(0, e.setting.indexOf(':')).trim());
  }
  return [...found].sort();
}

/**
 * The attributes of the crosstab by which some group may have been tested against the rest: for some
 * theme, a group whose cell is shown, of at least `minCell` students, with at least `minCell` stated
 * students outside it, where some stated students raised the theme and some did not (and, of two groups,
 * both cells are shown), as findings.ts requires. Where there is none, no test was made, and the report
 * must not say that no group differed: grades of 5 and 5 are large enough, but with 3 and 2 of them
 * raising a theme (both "<5") nothing was tested, and the report said each theme was compared by grade.
 */
function comparable(ctx: Context): string[] {
  const { crosstab, demographics } = ctx.analysis;
  const minCell = ctx.minCell;
  const byAttribute = new Map<string, Map<string, CrosstabRow[]>>();
  for (const r of crosstab) {
    if (r.value === NOT_STATED) continue;
    const themes = byAttribute.get(r.attribute) ?? byAttribute.set(r.attribute, new Map()).get(r.attribute)!;
    (themes.get(r.themeId) ?? themes.set(r.themeId, []).get(r.themeId)!).push(r);
  }
  const out: string[] = [];
  for (const [attribute, themes] of byAttribute) {
    // Of a multi-select attribute the sums below count a student once per group: they only bound.
    const multiSelect = demographics.some((d) => d.attribute === attribute && d.multiSelect);
    const tested = [...themes.values()].some((groups) => {
      const stated = groups.reduce((n, r) => n + r.groupParticipants, 0);
      const raisers = groups.reduce((n, r) => n + r.participants, 0);
      if (raisers === 0 || (!multiSelect && raisers === stated)) return false;
      if (!multiSelect && groups.length === 2 && groups.some((g) => g.suppressed)) return false;
      return groups.some((g) => !g.suppressed && largeEnoughGroup(g, stated, minCell));
    });
    if (tested) out.push(attribute);
  }
  return out;
}

function findingsSection(ctx: Context): string {
  // A finding another wholly explains stays in analysis.json, and out of the prose, which it would only repeat.
  const findings = ctx.analysis.findings.filter((f) => f.foldedInto === undefined);
  const { crosstab, settings } = ctx.analysis;
  const compared = comparable(ctx);
  const parts = ['## Interesting findings'];
  if (findings.length > 0) {
    parts.push('Comparing groups of students, these differences were larger than chance alone would explain.');
    const byTheme = new Map<string, string[]>();
    for (const f of findings) (byTheme.get(f.themeId) ?? byTheme.set(f.themeId, []).get(f.themeId)!).push(f.sentence);
    // Findings come sorted by adjusted p, so the clearest difference leads; a theme's findings stay together.
    for (const themeId of byTheme.keys()) parts.push(`### ${escapeMarkdown(labelOf(ctx, themeId))}`, byTheme.get(themeId)!.map(escapeMarkdown).join(' '));
  } else if (compared.length > 0) {
    const attributes = compared.map((a) => attributeInSentence(a));
    parts.push(
      `No group differed from the others by more than chance would explain (each theme was compared across ${escapeMarkdown(listOf(attributes))}, allowing for the number of comparisons).`,
    );
  } else {
    parts.push(notComparedSentence(ctx));
  }
  parts.push(...comparisonCharts(ctx));
  return parts.join('\n\n');
}

// ───────────────────────────── Group sections ─────────────────────────────

function hiddenGroupText(count: number, minCell: number): string {
  return count < minCell ? `not shown (fewer than ${minCell} students)` : 'not shown (so that a smaller group cannot be worked out)';
}

function groupLine(ctx: Context, attribute: string, value: string, demographic: DemographicRow | undefined, rows: CrosstabRow[]): string {
  const name = `**${escapeMarkdown(value)}**`;
  const size = rows[0]?.groupParticipants ?? demographic?.count ?? 0;
  if (demographic?.suppressed) return `- ${name}: ${hiddenGroupText(demographic.count, ctx.minCell)}.`;
  if (rows.some((r) => r.groupSuppressed) || (rows.length > 0 && rows.every((r) => r.suppressed) && size < ctx.minCell)) {
    return `- ${name}: ${hiddenGroupText(size, ctx.minCell)}.`;
  }
  const showable = rows
    .filter((r) => !r.suppressed && r.participants > 0)
    .sort((a, b) => b.participants - a.participants || (ctx.rank.get(a.themeId) ?? Infinity) - (ctx.rank.get(b.themeId) ?? Infinity));
  const shown = leadingWithTies(showable, (r) => r.participants);
  const who = groupPhrase(attribute, value);
  // A count hidden so that a smaller one cannot be worked out is at least minCell (the tables print it
  // "hidden") and may be larger than every count shown; which of them it passes is not for the line to
  // tell. So where the group has one, the line ranks only the counts that can be shown, says so, and
  // names the hidden themes in the overall ranking's order, a thing every reader already knows.
  const hidden = rows.filter((r) => r.suppressed && r.participants >= ctx.minCell).sort((a, b) => (ctx.rank.get(a.themeId) ?? Infinity) - (ctx.rank.get(b.themeId) ?? Infinity));
  const hiddenNote = hidden.length > 0 ? ` ${hiddenThemesSentence(ctx, hidden.map((r) => r.themeId))}` : '';
  if (shown.length === 0 && showable.length > 0) {
    const n = tiedAtTop(showable, (r) => r.participants);
    return `- ${name} (${plural(size, 'student')}): no theme stood out; ${countInWords(n)} were each raised by ${formatPercent(showable[0]!.participants, showable[0]!.groupParticipants)}.${hiddenNote}`;
  }
  if (shown.length === 0) return `- ${name} (${plural(size, 'student')}): no theme count can be shown without revealing a small group.${hiddenNote}`;
  const themes = shown.map((r) => `${labelInSentence(labelOf(ctx, r.themeId))} (${formatPercent(r.participants, r.groupParticipants)})`);
  const among = hidden.length > 0 ? 'of the themes whose counts can be shown, ' : '';
  return `- ${name} (${plural(size, 'student')}): ${among}${escapeMarkdown(who)} most often raised ${listOf(themes)}.${hiddenNote}`;
}

// Hidden themes named in a group's line; more than this many are named up to LEADING and counted after.
const HIDDEN_NAMED = LEADING + 1;

/**
 * "Also raised by at least 5 of these students each, with counts hidden …: choice and options; funding
 * and resources." Semicolons, as labels have "and" and commas of their own.
 */
function hiddenThemesSentence(ctx: Context, themeIds: string[]): string {
  const labels = themeIds.map((id) => labelInSentence(labelOf(ctx, id)));
  const named = labels.length > HIDDEN_NAMED ? [...labels.slice(0, LEADING), `and ${countInWords(labels.length - LEADING)} other themes`] : labels;
  const one = themeIds.length === 1;
  return `Also raised by at least ${ctx.minCell} of these students${one ? ', with its count' : ' each, with counts'} hidden so that a smaller group cannot be worked out: ${named.join('; ')}.`;
}

function groupSection(ctx: Context, attribute: string): string {
  const demographics = ctx.analysis.demographics.filter((d) => d.attribute === attribute);
  const crosstab = ctx.analysis.crosstab.filter((r) => r.attribute === attribute);
  const values = demographics.length > 0 ? demographics.map((d) => d.value) : [...new Set(crosstab.map((r) => r.value))];
  if (values.length === 0) return '';
  const parts = [
    `## By ${escapeMarkdown(attributeInSentence(attribute))}`,
    `The themes each group raised most, as a percentage of the group’s students.${demographics.some((d) => d.multiSelect) ? ' A student may belong to more than one group.' : ''}`,
  ];
  const lines = values.map((value) =>
    groupLine(
      ctx,
      attribute,
      value,
      demographics.find((d) => d.value === value),
      crosstab.filter((r) => r.value === value),
    ),
  );
  parts.push(lines.join('\n'));
  return parts.join('\n\n');
}

// ───────────────────────────── Method ─────────────────────────────

/**
 * "12 responses (4%) seemed to be in French and 3 in Spanish; …", or nothing: the themes of responses
 * in another language than the codebook's are undercounted, and a reader must know.
 */
function otherLanguagesSentence(ctx: Context): string {
  const languages = ctx.analysis.otherLanguages ?? [];
  if (languages.length === 0) return '';
  const total = ctx.analysis.corpus.responses.length;
  const parts = languages.map((l, i) =>
    i === 0 ? `${counted(l.responses, 'response')} (${formatPercent(l.responses, total)}) seemed to be in ${l.language}` : `${l.responses} in ${l.language}`,
  );
  const those = languages.reduce((n, l) => n + l.responses, 0) === 1 ? 'it carries' : 'they carry';
  const language = languages.length === 1 ? languages[0]!.language : 'those languages';
  return `${capitalise(listOf(parts))}; the codebook’s patterns are English, so ${those} a theme only where it has patterns in ${language}, and the themes above undercount what those students said.`;
}

function methodSection(ctx: Context): string {
  const { codebook, codings, settings, crosstab, agreement } = ctx.analysis;
  const name = codebook.name === 'default' ? 'reflect’s default codebook' : `the “${escapeMarkdown(codebook.name)}” codebook`;
  let mentions = 0;
  let negated = 0;
  let expanded = 0;
  let fromSetting = 0;
  for (const c of codings) {
    if (c.evidence.some((e) => e.setting)) fromSetting++;
    for (const e of c.evidence) {
      mentions++;
      if (e.negated) negated++;
      if (e.expansion) expanded++;
    }
  }
  // The kinds of file that gave responses; where none did (blank sheets alone), the kinds read.
  const sources = ctx.analysis.corpus.sources.filter((s) => s.status === 'read');
  const answered = sources.filter((s) => s.responses > 0);
  const read = new Set((answered.length > 0 ? answered : sources).map((s) => s.kind));
  const tagging = [
    `Each response (${responseKinds(read)}) was tagged with the themes of ${name} (${plural(codebook.themes.length, 'theme')}).`,
    settings.matcher === 'keyword'
      ? `As a plain-keyword baseline, each theme’s words and phrases were matched as written (whole words, in any case; no dictionary forms, word patterns, regular expressions or exclusions); a response can carry several themes${codebook.themes.some((t) => t.parent) ? ', and a sub-theme also counts for its parent' : ''}.`
      : `Words were reduced to their dictionary forms (lemmas) and matched against each theme’s words, word patterns and phrases; a response can carry several themes${codebook.themes.some((t) => t.parent) ? ', and a sub-theme also counts for its parent' : ''}.`,
    !settings.expansions
      ? 'Expansion was off: only the codebook’s own words and phrases counted.'
      : expanded > 0
        ? `Expansion was on: close synonyms of the codebook’s words (from a curated list, and from word embeddings reviewed by hand) also counted (${expanded} of ${plural(mentions, 'mention')} matched this way).`
        : 'Expansion was on, so close synonyms of the codebook’s words (curated, and from word embeddings) would also have counted, though none of the mentions found came from them.',
    settingSentence(settings.settingReferences, fromSetting),
    mentions === 0
      ? 'Mentions in a negated sentence (“not stressed”) are recorded as negated and still count unless a theme says otherwise.'
      : `Mentions in a negated sentence (“not stressed”) were recorded as negated (${negated} of ${plural(mentions, 'mention')}) and still count unless a theme says otherwise.`,
    read.has('transcript') ? 'Facilitators’ turns were read for context but not tagged or counted.' : '',
    otherLanguagesSentence(ctx),
  ]
    .filter((sentence) => sentence !== '')
    .join(' ');
  const counting =
    ctx.students.length === 0
      ? ''
      : `A theme’s students are the students with at least one response carrying it. Percentages of students are of the ${counted(ctx.students.length, 'student')} who took part${ctx.analysis.questions.length > 0 ? '; percentages of answers are of the answers to each question' : ''}.`;
  const privacy = [
    'Names, email addresses, phone numbers, social media handles and student numbers were removed from every text before analysis and appear as [name], [email], [phone], [handle] and [id].',
    settings.minCell > 1
      ? `Any count of fewer than ${settings.minCell} students in a group is shown as “<${settings.minCell}”, and counts that would let it be worked out are hidden too. Quotes are attributed only by a program, school level or grade shared by at least ${settings.minCell} students, and never by name or school.`
      : `Small-cell suppression was turned off (minimum cell size ${settings.minCell}), so counts of small groups are shown. Quotes are never attributed by name or school.`,
  ].join(' ');
  const parts = ['## Method', tagging, ...(counting ? [counting] : []), privacy];
  if (ctx.analysis.findings.length > 0 || comparable(ctx).length > 0) {
    // A theme found through a reference to the respondent's own setting ("here", in an alternate
    // program) is tied to the setting's attributes, so a comparison by them is partly of its own making.
    const attributes = settingAttributes(ctx.analysis.codings);
    const bySetting =
      attributes.length > 0
        ? ` Themes found through a student’s reference to their own setting (“here”, “the program”) are counted too, so a comparison by ${listOf(attributes.map((a) => attributeInSentence(a)), 'or')} is partly of their making; \`--no-setting\` leaves them out.`
        : '';
    parts.push(
      `Groups were compared theme by theme: the students of one group who raised a theme against everyone else, with a chi-square test (Fisher’s exact test where counts were small) and p-values adjusted for the number of comparisons (Holm).${bySetting}`,
    );
  }
  if (agreement) parts.push('### Agreement with other coders', formatAgreementMarkdown(agreement));
  return parts.join('\n\n');
}

/**
 * What a response was in this folder: "an answer on a reflection sheet, or a student’s turn in a focus
 * group", or only the kinds there were ("a student’s turn in a focus group" for transcripts alone).
 */
function responseKinds(read: Set<Source['kind']>): string {
  const kinds = [
    read.has('sheet') ? 'an answer on a reflection sheet' : '',
    read.has('reflection') ? 'a paragraph of a written reflection' : '',
    read.has('transcript') ? 'a student’s turn in a focus group' : '',
  ].filter((k) => k !== '');
  if (kinds.length === 0) return 'an answer on a reflection sheet, or a student’s turn in a focus group';
  return kinds.length === 1 ? kinds[0]! : `${kinds.slice(0, -1).join(', ')}, or ${kinds[kinds.length - 1]}`;
}

/** How references to a respondent's setting were coded, for the method section ('' when not in use). */
function settingSentence(on: boolean, codings: number): string {
  if (!on) return '';
  const how =
    'As a human coder would, the tagging took each student’s setting into account: a response that refers to it (“here”, “places like this”, “the program”, or the school’s name) also carries the themes of the setting itself, such as an alternate or a trades program';
  return codings > 0 ? `${how} (${plural(codings, 'coding')} came from such a reference).` : `${how}; no response in this data needed it.`;
}

// ───────────────────────────── Appendix ─────────────────────────────

function table(head: string[], align: ('left' | 'right')[], rows: string[][]): string {
  const rule = align.map((a) => (a === 'right' ? '---:' : '---'));
  return [head, rule, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

function demographicsTable(ctx: Context): string {
  const rows = ctx.analysis.demographics;
  if (rows.length === 0 && ctx.students.length > 0 && ctx.students.length < ctx.minCell) {
    return `Demographic details are not shown: fewer than ${counted(ctx.minCell, 'student')} took part, so any breakdown would describe each of them.`;
  }
  if (rows.length === 0) return 'No demographic details were available.';
  const denominators = [...new Set(rows.map((r) => r.denominator))];
  const single = denominators.length === 1;
  let previous = '';
  const body = rows.map((r) => {
    const attribute = r.attribute === previous ? '' : escapeCell(attributeLabel(r.attribute));
    previous = r.attribute;
    const count = r.suppressed ? (r.count < ctx.minCell ? `<${ctx.minCell}` : 'hidden') : String(r.count);
    // A share rounded to 0 or 100 that is not so reads "<1%" or ">99%": a row of 995 of 1,000 at 100%
    // beside another at 1% cannot both be true.
    const rounded = r.count > 0 && r.percent === 0 ? '<1%' : r.count < r.denominator && r.percent === 100 ? '>99%' : tablePercent(r.percent);
    const percent = r.suppressed ? '–' : `${rounded}${single ? '' : ` of ${r.denominator}`}`;
    return [attribute, escapeCell(r.value), count, percent];
  });
  const notes: string[] = [];
  if (single) notes.push(`Percentages are of the ${counted(denominators[0]!, 'student')} who took part, each rounded on its own, so an attribute’s may add to 99 or 101.`);
  else notes.push('Percentages are of the students for whom the attribute is known, as shown, each rounded on its own.');
  // A student with several values is counted under each, so those shares add to well over 100, which the
  // "99 or 101" above would deny.
  const multi = [...new Set(rows.filter((r) => r.multiSelect).map((r) => attributeInSentence(r.attribute)))];
  if (multi.length > 0) {
    notes.push(
      `A student could give several answers for ${escapeMarkdown(listOf(multi))} and is counted under each, so ${multi.length === 1 ? 'its' : 'their'} percentages can add to more than 100.`,
    );
  }
  if (rows.some((r) => r.suppressed)) {
    notes.push(
      `Counts under ${ctx.minCell} are shown as “<${ctx.minCell}”${rows.some((r) => r.suppressed && r.count >= ctx.minCell) ? '; “hidden” counts are withheld so that a smaller one cannot be worked out' : ''}.`,
    );
  }
  return `${table(['Attribute', 'Value', 'Students', 'Percent'], ['left', 'left', 'right', 'right'], body)}\n\n${notes.join(' ')}`;
}

function themesTable(ctx: Context): string {
  if (ctx.analysis.corpus.responses.length === 0) return 'No responses were read, so no theme could be counted.';
  // Whole percents, as in the prose: the report gives each share one way (32% in a theme's section and
  // 32.2% here read as two figures), and of a few hundred students a decimal is precision it does not have.
  const body = ctx.analysis.themes.map((t) => [escapeCell(t.label), String(t.responses), String(t.participants), t.percentParticipants === null ? '–' : formatPercent(t.participants, ctx.students.length)]);
  return table(['Theme', 'Responses', 'Students', '% of students'], ['left', 'right', 'right', 'right'], body);
}

function sourcesTable(ctx: Context): string {
  const withheld = withheldSources(ctx.analysis.corpus, ctx.minCell);
  const body = ctx.analysis.corpus.sources.map((s) => {
    const status = s.status === 'read' ? 'read' : `${s.status}${s.reason ? `: ${s.reason}` : ''}`;
    return [escapeCell(s.id), s.kind, escapeCell(status), withheld.has(s.id) ? 'hidden' : String(s.responses)];
  });
  const rows = table(['File', 'Kind', 'Status', 'Responses'], ['left', 'left', 'left', 'right'], body);
  if (withheld.size === 0) return rows;
  return `${rows}\n\nSheets kept in a folder per group show “hidden” where a group has fewer than ${ctx.minCell} students: their responses would give its size back, which the table of who took part withholds (as sources.csv does; analysis.json, the analyst's file, keeps them).`;
}


function appendix(ctx: Context): string {
  const warnings = ctx.analysis.warnings.length;
  return [
    '## Appendix',
    '### Who took part',
    demographicsTable(ctx),
    '### Themes',
    themesTable(ctx),
    '### Sources',
    sourcesTable(ctx),
    '### Warnings',
    warnings === 0
      ? 'Reading and analysing the files raised no warnings.'
      : `Reading and analysing the files raised ${plural(warnings, 'warning')}; ${warnings === 1 ? 'it is' : 'they are'} listed in analysis.json.`,
  ].join('\n\n');
}

// ───────────────────────────── The report ─────────────────────────────

/**
 * The Markdown report for an analysis: title, Background, What students said (per question and the
 * focus groups, with quotes), Themes (ranked, with a Mermaid chart and quotes), Interesting findings
 * (with group comparison charts), one section per `--by` attribute, Method and an Appendix of tables.
 *
 * Pure and deterministic: the same analysis always gives the same text, with no dates or paths. It
 * never prints a participant's name or speaker label, nor a count the small-cell rule hides.
 */
export function writeMarkdownReport(analysis: Analysis): string {
  const ctx = contextOf(analysis);
  const sections = [
    `# ${escapeMarkdown(analysis.title)}`,
    background(ctx),
    whatStudentsSaid(ctx),
    themesSection(ctx),
    findingsSection(ctx),
    ...analysis.settings.by.map((a) => groupSection(ctx, a)),
    methodSection(ctx),
    appendix(ctx),
  ];
  return `${sections.filter((s) => s !== '').join('\n\n')}\n`;
}
