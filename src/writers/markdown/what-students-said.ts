// The report's "What students said" (or teachers, parents …): the leading themes overall, per question, in written reflections, focus groups and interviews.
import type { Analysis, Participant, Source } from '../../model.js';
import { focusGroupCount, interviewCount, talkInWords, talkNamed } from '../../analyses/background.js';
import { hiddenGroupAttributes, interviewees, ofOneSmallGroupBesideInterviews, smallGroups, type SmallGroups } from '../../analyses/suppression.js';
import { capitalise, counted, countInWords, listOf, plural } from '../../util/text.js';
import { escapeMarkdown } from '../markdown-escape.js';
import { people, withoutSubThemes, type Context } from './context.js';
import { aboutClause, labelInSentence, quotes, themeNames } from './prose.js';
import { leadingWithTies, tiedAtTop } from './ranking.js';

/**
 * A question's section: how many answered it and what their answers were about. Where those who answered
 * are all of one group too small to show (a question on one small school's sheet alone), no count is
 * given (`uncounted`): "Of the 3 answers to this question, 2 (67%) …" gave back the school's "<5" and its
 * students' themes.
 */
function questionSection(ctx: Context, question: Analysis['questions'][number], uncounted = false): string {
  const lines = [`### ${escapeMarkdown(question.text)}`];
  let prose: string;
  const raised = withoutSubThemes(ctx, question.themes.filter((t) => t.responses > 0));
  const leading = leadingWithTies(raised, (t) => t.responses);
  if (question.responses === 0) prose = 'No one answered this question.';
  else if (uncounted) {
    prose =
      leading.length > 0
        ? `The answers to this question were most often about ${themeNames(ctx, leading)}.`
        : raised.length > 0
          ? 'No theme stood out in the answers to this question.'
          : 'None of the codebook’s themes came up in the answers to this question.';
    lines.push(prose, ...quotes(question.quotes));
    return lines.join('\n\n');
  }
  // One answer raising more themes than are named: each ties with the others, none "stood out" of one.
  else if (question.responses === 1 && raised.length > 0 && leading.length === 0) prose = `The one answer to this question raised ${countInWords(raised.length)} of the codebook’s themes.`;
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

/**
 * The responses of the sources of one kind read, and the themes they were most about: those of the
 * responses `counted` keeps (all of them by default), so that no response is counted in two sections.
 */
function responsesOfKind(ctx: Context, kind: Source['kind'], counted: (r: Analysis['corpus']['responses'][number]) => boolean = () => true) {
  const { corpus, codings } = ctx.analysis;
  const sources = new Set(corpus.sources.filter((s) => s.kind === kind && s.status === 'read').map((s) => s.id));
  // None of this kind (no transcript in a survey's folder): no pass over every response and coding.
  if (sources.size === 0) return { sources: 0, responses: [], writers: 0, leading: [] };
  const responses = corpus.responses.filter((r) => sources.has(r.sourceId));
  const ids = new Set(responses.filter(counted).map((r) => r.id));
  const counts = new Map<string, Set<string>>();
  for (const c of codings) {
    if (!ids.has(c.responseId)) continue;
    (counts.get(c.themeId) ?? counts.set(c.themeId, new Set()).get(c.themeId)!).add(c.responseId);
  }
  const ranked = withoutSubThemes(ctx, [...counts.entries()].map(([themeId, of]) => ({ themeId, responses: of.size })))
    .sort((a, b) => b.responses - a.responses || (ctx.rank.get(a.themeId) ?? Infinity) - (ctx.rank.get(b.themeId) ?? Infinity));
  return { sources: sources.size, responses, writers: new Set(responses.map((r) => r.participantId)).size, leading: leadingWithTies(ranked, (t) => t.responses) };
}

/**
 * Whether a transcript read labels every student alike (see corpus/alike-speakers.ts): each of its turns
 * is counted as another student's, so the count of speakers says nothing and is not given.
 */
function alikeTranscripts(ctx: Context): boolean {
  return ctx.analysis.corpus.sources.some((s) => s.kind === 'transcript' && s.status === 'read' && s.alike !== undefined);
}

/**
 * "### In the focus groups" ("In the interview", "In the focus groups and the interview"): how often
 * students spoke in the transcripts and what about. `groups`: the sizes of the groups some table hides
 * (see smallGroups).
 */
function focusGroupSection(ctx: Context, groups: SmallGroups): string {
  const { sources: files, responses: turns, writers: speakers, leading } = responsesOfKind(ctx, 'transcript');
  if (files === 0) return '';
  const all = ctx.analysis.corpus.sources;
  const focusGroups = focusGroupCount(all);
  const interviews = interviewCount(all);
  const named = talkNamed(all);
  const where = focusGroups + interviews === 1 ? named : talkInWords(all);
  const times = turns.length === 1 ? 'once' : turns.length === 2 ? 'twice' : plural(turns.length, 'time');
  // Speakers all of one school (a lone focus group at an alternate school the table of who took part
  // prints as "<5") would give that group's size back: then their turns are counted, not them. So with the
  // focus groups' speakers beside interviews: the count less the interviews, one student each, is theirs.
  const byId = new Map(ctx.analysis.corpus.participants.map((p) => [p.id, p]));
  const speaking = [...new Set(turns.map((r) => r.participantId))].flatMap((id) => byId.get(id) ?? []);
  const lone = interviews === 1 && focusGroups === 0;
  let prose =
    speakers === 0
      ? `In ${where}, only the facilitators spoke.`
      : lone
        ? `In ${where}, the ${ctx.noun.singular} spoke ${times}.`
        : ofOneSmallGroupBesideInterviews(speaking, groups, interviewees(ctx.analysis.corpus)) || alikeTranscripts(ctx)
          ? `In ${where}, ${ctx.noun.plural} spoke ${times}.`
          : `In ${where}, ${people(ctx, speakers)} spoke ${times}.`;
  if (turns.length === 1 && leading.length > 0) prose += ` That turn was about ${themeNames(ctx, leading)}.`;
  else if (turns.length > 0 && leading.length > 0) prose += ` Of their ${plural(turns.length, 'turn')}, ${aboutClause(ctx, leading, turns.length)}.`;
  return [`### In ${named}`, prose, ...quotes(ctx.analysis.focusGroupQuotes)].join('\n\n');
}

/**
 * "In 20 written reflections, 20 students wrote 64 paragraphs. Of them, …": their quotes are the themes'.
 * A paragraph under a template's prompt is counted in that prompt's section above, as a sheet's answer
 * is in its question's; here it is said how many those were, and the themes are those of the others
 * ("…; 46 of them answer the prompts above. Of the other 58, …"), so that the sections' answers add up
 * to the responses and none is counted twice, as a survey's answers and focus-group turns never are.
 */
function reflectionSection(ctx: Context): string {
  const free = (r: Analysis['corpus']['responses'][number]): boolean => r.questionId === undefined;
  const { sources, responses: paragraphs, writers, leading } = responsesOfKind(ctx, 'reflection', free);
  if (sources === 0 || paragraphs.length === 0) return '';
  // Files of many students' notes alone (sticky notes, exit tickets): their notes, not paragraphs of reflections.
  const notes = ctx.analysis.corpus.sources.filter((s) => s.kind === 'reflection' && s.status === 'read').every((s) => s.notes !== undefined);
  const unit = notes ? 'note' : 'paragraph';
  const where = notes ? 'the notes' : sources === 1 ? 'the written reflection' : counted(sources, 'written reflection');
  const others = paragraphs.filter(free).length;
  const answers = paragraphs.length - others;
  const prompts = new Set(paragraphs.flatMap((r) => (r.questionId === undefined ? [] : [r.questionId]))).size === 1 ? 'the prompt above' : 'the prompts above';
  let prose = notes ? `${capitalise(people(ctx, writers))} wrote ${plural(paragraphs.length, unit)}` : `In ${where}, ${people(ctx, writers)} wrote ${plural(paragraphs.length, unit)}`;
  if (answers === 0) {
    prose += '.';
    if (leading.length > 0) prose += ` Of ${paragraphs.length === 1 ? 'it' : 'them'}, ${aboutClause(ctx, leading, paragraphs.length)}.`;
  } else if (others === 0) {
    prose += paragraphs.length === 1 ? `, an answer to ${prompts}.` : `, all of them answers to ${prompts}.`;
  } else {
    prose += `; ${answers} of them ${answers === 1 ? 'answers' : 'answer'} ${prompts}.`;
    if (others === 1 && leading.length > 0) prose += ` The other was about ${themeNames(ctx, leading)}.`;
    else if (leading.length > 0) prose += ` Of the other ${others}, ${aboutClause(ctx, leading, others)}.`;
    else prose += ` None of the codebook’s themes came up in the other ${plural(others, unit)}.`;
  }
  return [notes ? '### In the notes' : '### In the written reflections', prose].join('\n\n');
}

/**
 * "from 87 students (three more handed in blank sheets)": the students the responses came from, and those
 * who took part without one, so that neither figure is given for the other. A student whose every sheet
 * was blank took part (and is in every share of those who did), but no response came from them.
 */
function fromStudents(ctx: Context): string {
  const { corpus } = ctx.analysis;
  // Added once for each run of one student's responses (a sheet's answers follow one another).
  const writers = new Set<string>();
  let last: string | undefined;
  for (const r of corpus.responses) if (r.participantId !== last) writers.add((last = r.participantId));
  const silent = ctx.students.filter((p) => !writers.has(p.id));
  const from = `from ${people(ctx, writers.size)}`;
  if (silent.length === 0) return from;
  const kindOf = new Map(corpus.sources.map((s) => [s.id, s.kind]));
  const onlySheets = silent.every((p) => p.sources.every((id) => kindOf.get(id) === 'sheet' || kindOf.get(id) === 'roster'));
  const more = `${countInWords(silent.length)} more`;
  // A student who spoke only in transcriber's notes ("[laughs]") took part too, without a response.
  return `${from} (${onlySheets ? `${more} handed in ${silent.length === 1 ? 'a blank sheet' : 'blank sheets'}` : `${more} took part without a response`})`;
}

/** Per question id, the participants who answered it. */
function answeredBy(ctx: Context): Map<string, Participant[]> {
  const byId = new Map(ctx.analysis.corpus.participants.map((p) => [p.id, p]));
  const ids = new Map<string, Set<string>>();
  for (const r of ctx.analysis.corpus.responses) {
    if (r.questionId === undefined) continue;
    (ids.get(r.questionId) ?? ids.set(r.questionId, new Set()).get(r.questionId)!).add(r.participantId);
  }
  return new Map([...ids].map(([q, of]) => [q, [...of].flatMap((id) => byId.get(id) ?? [])]));
}

/** "## What students said" ("What teachers said" …): the leading themes overall, then per question, written reflection and focus group. */
export function whatStudentsSaid(ctx: Context): string {
  const { corpus, themes } = ctx.analysis;
  const raisedThemes = withoutSubThemes(ctx, themes.filter((t) => t.participants > 0));
  const top = leadingWithTies(raisedThemes, (t) => t.participants);
  const parts = [`## What ${ctx.noun.plural} said`];
  if (corpus.responses.length === 0) {
    parts.push(`No responses were found: none of the files read held answers to free-text questions, written reflections or turns ${ctx.noun.plural} took in a transcript (see the sources below).`);
  } else if (top.length > 0) {
    const named = top.map((t) => `${labelInSentence(t.label)} (${people(ctx, t.participants)})`);
    // One theme raised at all was not raised "most often": there was nothing to raise it more often than.
    const themes = raisedThemes.length === 1 ? 'the only theme raised was' : named.length === 1 ? 'the theme raised most often was' : 'the themes raised most often were';
    parts.push(`Across ${plural(corpus.responses.length, 'response')} ${fromStudents(ctx)}, ${themes} ${listOf(named)}.`);
  } else if (raisedThemes.length > 0) {
    const n = tiedAtTop(raisedThemes, (t) => t.participants);
    parts.push(
      `Across ${plural(corpus.responses.length, 'response')} ${fromStudents(ctx)}, no theme stood out: ${countInWords(n)} were raised by ${people(ctx, raisedThemes[0]!.participants)} each.`,
    );
  } else {
    // Responses, none carrying a theme: said here, or the section would open on its first question with
    // no word of how many there were or whose they were.
    parts.push(`Across ${plural(corpus.responses.length, 'response')} ${fromStudents(ctx)}, none of the codebook’s themes came up.`);
  }
  const groups = smallGroups(corpus.participants, ctx.minCell, hiddenGroupAttributes(ctx.analysis, ctx.minCell));
  // How many interviews there were is said, one student each: a count with them in gives one without them back.
  const interviewed = interviewees(corpus);
  // Where no table hides a group, no count of answers can give one back: who answered what is not gathered.
  const answered = groups.small.size > 0 ? answeredBy(ctx) : undefined;
  for (const q of ctx.analysis.questions) {
    if (answered === undefined) {
      parts.push(questionSection(ctx, q));
      continue;
    }
    const who = answered.get(q.questionId) ?? [];
    // Those who answered all of one small group, or those who did not (the total less the answers): a
    // focus group's 2 speakers who filled in no sheet, both of a school of 4, whose section does not count them.
    const answering = new Set(who.map((p) => p.id));
    const silent = ctx.students.filter((p) => !answering.has(p.id));
    const uncounted = ofOneSmallGroupBesideInterviews(who, groups, interviewed) || ofOneSmallGroupBesideInterviews(silent, groups, interviewed);
    parts.push(questionSection(ctx, q, uncounted));
  }
  const reflections = reflectionSection(ctx);
  if (reflections) parts.push(reflections);
  const focusGroups = focusGroupSection(ctx, groups);
  if (focusGroups) parts.push(focusGroups);
  return parts.join('\n\n');
}
