// The report's Background: who took part, what was asked, the focus groups and interviews, the roster,
// files not read.
import type { Participant, ParticipantNoun, Source } from '../../model.js';
import { backgroundSentence, focusGroupCount, interviewCount, interviewSources, writtenCounts } from '../../analyses/background.js';
import { byCodeUnits, capitalise, counted, countInWords, listOf, plural } from '../../util/text.js';
import { escapeMarkdown } from '../markdown-escape.js';
import { possessive } from '../../util/participant-nouns.js';
import { hiddenGroupAttributes, sheetsCountable, withheldSources } from '../../analyses/suppression.js';
import type { Context } from './context.js';

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
function focusGroupKind(source: Source, who: string): string | undefined {
  const a = source.attributes;
  const program = a.program?.trim();
  if (program) {
    if (/alternat/i.test(program)) return `alternate program ${who}`;
    return `${who} in the ${escapeMarkdown(program.replace(/\s+program(me)?$/i, ''))} program`;
  }
  const level = `${a['school-level'] ?? a.level ?? ''} ${a.school ?? ''}`;
  if (/alternat|learning cent/i.test(level)) return `alternate program ${who}`;
  if (/middle/i.test(level)) return `middle school ${who}`;
  if (/secondary|high|collegiate/i.test(level)) return `secondary school ${who}`;
  if (/elementary|primary/i.test(level)) return `elementary school ${who}`;
  return undefined;
}

/**
 * "Four focus group interviews were then held at four schools …" after the reflection sheets' sentence;
 * without sheets, the background has already counted the groups, so "The four focus group interviews
 * were held …" (and no "then", which would follow nothing). Interviews (Source.interview) are counted
 * beside them ("Two focus group interviews and an individual interview were then held in May 2024"), and
 * where and with whom are said of the focus groups alone ("; the focus groups were at two schools, with
 * alternate program students", "; the focus group was with secondary school students"): an interview's
 * student is a group of one, whose school or program the report never gives.
 */
function focusGroupSentence(transcripts: Source[], afterSheets: boolean, who: string): string {
  if (transcripts.length === 0) return '';
  const interviews = interviewSources(transcripts);
  const groupSources = transcripts.filter((s) => !interviews.has(s.id));
  const kinds = [...new Set(groupSources.map((s) => focusGroupKind(s, who)).filter((k): k is string => k !== undefined))];
  const schools = new Set(groupSources.map((s) => s.attributes.school?.trim()).filter((s) => s)).size;
  const where = schools > 1 ? ` at ${counted(schools, 'school')}` : '';
  const withWhom = kinds.length > 0 ? `, with ${listOf(kinds)}` : '';
  const count = focusGroupCount(transcripts);
  const interviewed = interviewCount(transcripts);
  const when = dateRange(transcripts);
  // Nothing to say of where, when or with whom: the background has already counted the groups, and
  // "The focus group interview was held." alone says nothing more.
  if (!afterSheets && where === '' && withWhom === '' && when === '') return '';
  const talk = (the: boolean): string => {
    const groups = count === 0 ? '' : count === 1 ? (the ? 'the focus group interview' : 'a focus group interview') : `${the ? 'the ' : ''}${counted(count, 'focus group interview')}`;
    const one = interviewed === 0 ? '' : interviewed === 1 ? (the ? 'the individual interview' : 'an individual interview') : `${the ? 'the ' : ''}${counted(interviewed, 'individual interview')}`;
    return listOf([groups, one].filter((t) => t !== ''));
  };
  const were = count + interviewed === 1 ? 'was' : 'were';
  const subject = capitalise(talk(!afterSheets));
  if (interviewed === 0) return `${subject} ${were}${afterSheets ? ' then' : ''} held${where}${when}${withWhom}.`;
  // Where and with whom are the focus groups' own, said after the interviews are counted.
  const theGroups = count === 1 ? 'the focus group was' : 'the focus groups were';
  const ofGroups = count === 0 || (where === '' && withWhom === '') ? '' : where !== '' ? `; ${theGroups}${where}${withWhom}` : `; ${theGroups}${withWhom.slice(1)}`;
  return `${subject} ${were}${afterSheets ? ' then' : ''} held${when}${ofGroups}.`;
}

/**
 * "The focus group’s transcript labels every student alike, so each of its turns was counted as another
 * student’s …": its counts of students are at most the true ones (see corpus/alike-speakers.ts). Its
 * turns are not counted here: they are its students, and the group may be one a table hides.
 */
function alikeSentence(read: Source[], who: string): string {
  // An interview is never labelled alike (see corpus/interview.ts), nor one of the focus groups counted here.
  const interviews = interviewSources(read);
  const transcripts = read.filter((s) => s.kind === 'transcript' && !interviews.has(s.id));
  const alike = transcripts.filter((s) => s.alike !== undefined).length;
  if (alike === 0) return '';
  const whose =
    transcripts.length === 1
      ? 'The focus group’s transcript labels'
      : alike === 1
        ? 'One focus group’s transcript labels'
        : alike === transcripts.length
          ? 'The focus groups’ transcripts label'
          : `${capitalise(countInWords(alike))} focus groups’ transcripts label`;
  const its = alike === 1 ? 'its' : 'their';
  return `${whose} every ${who} alike, so each of ${its} turns was counted as another ${who}’s: a ${who} who spoke twice is counted twice.`;
}

/**
 * A guess in brackets at a reason's end ("(a file of another kind, renamed?)"), left to sources.csv: unmade
 * into the sentence it read "…, as every .xlsx is, a file of another kind, renamed?); see sources.csv".
 */
const BRACKETED_GUESS = /\s*\([^()]*\?\)\s*$/;

/** "Two files were skipped (unsupported format) and one could not be read; see sources.csv." */
function notReadSentence(sources: Source[]): string {
  const skipped = sources.filter((s) => s.status === 'skipped');
  const failed = sources.filter((s) => s.status === 'failed');
  if (skipped.length + failed.length === 0) return '';
  // A reason naming another file ("the same answers as PL Survey (Responses).xlsx") names it as "another
  // file" here: the sentence does not say which file each reason is of, and a name's own brackets would
  // be unmade below ("PL Survey, Responses.xlsx"). sources.csv and the Sources table name both.
  const ids = sources.map((s) => s.id).sort((a, b) => b.length - a.length);
  const unnamed = (reason: string): string => ids.reduce((text, id) => (text.includes(id) ? text.split(id).join('another file') : text), reason);
  const reasons = (list: Source[]): string => {
    // Inner brackets would nest inside the sentence's own: "not a DOCX file (no zip header)" → "…, no zip header".
    // What follows a semicolon is advice or an aside ("; save it as .docx …", "; not read twice"), kept
    // for sources.csv: in the sentence it would read as the next reason. A reason with a comma of its own
    // goes last, where "unsupported format and not a DOCX file, no zip header" cannot be misread.
    const distinct = [
      ...new Set(list.map((s) => (s.reason ? unnamed(s.reason) : s.reason)?.split('; ')[0].trim().replace(/\.$/, '').replace(BRACKETED_GUESS, '').replace(/\s*\(([^)]*)\)/g, ', $1')).filter((r): r is string => !!r)),
    ].sort((a, b) => Number(a.includes(',')) - Number(b.includes(',')) || byCodeUnits(a, b));
    return distinct.length > 0 && distinct.length <= 3 ? ` (${escapeMarkdown(listOf(distinct))})` : '';
  };
  const parts: string[] = [];
  if (skipped.length > 0) parts.push(`${counted(skipped.length, 'file')} ${skipped.length === 1 ? 'was' : 'were'} skipped${reasons(skipped)}`);
  if (failed.length > 0) {
    const subject = skipped.length > 0 ? countInWords(failed.length) : counted(failed.length, 'file');
    parts.push(`${subject} could not be read${reasons(failed)}`);
  }
  return `${capitalise(listOf(parts))}; see sources.csv.`;
}

/** What the roster gave: the details of every student, of some, or of none (its ids or names matched no one's). */
function rosterSentence(participants: readonly Participant[], read: readonly Source[], noun: ParticipantNoun): string {
  const rosters = new Set(read.filter((s) => s.kind === 'roster').map((s) => s.id));
  if (rosters.size === 0) return '';
  // A folder of nothing but a roster describes who is on it.
  const rosterOnly = read.every((s) => rosters.has(s.id));
  const students = participants.filter((p) => p.role === 'student');
  const linked = students.filter((p) => p.sources.some((id) => rosters.has(id)) && p.sources.some((id) => !rosters.has(id))).length;
  if (!rosterOnly && (linked === 0 || students.length === 0)) {
    return `A roster was read, but none of its ${noun.plural} could be found in the sheets or transcripts, so it supplied no demographic details.`;
  }
  if (rosterOnly || linked === students.length) return `A roster supplied the ${possessive(noun.plural)} demographic details.`;
  return `A roster supplied the demographic details of ${countInWords(linked)} of the ${countInWords(students.length)} ${noun.plural}.`;
}

/** "## Background": who took part, then how the sheets, reflections and focus groups were gathered and read. */
export function background(ctx: Context): string {
  const { corpus, demographics } = ctx.analysis;
  const read = corpus.sources.filter((s) => s.status === 'read');
  const kindOf = new Map(read.map((s) => [s.id, s.kind]));
  // Questions are a sheet's columns or, in written reflections, a template's prompts.
  // How many responses answer a question in sources of one kind, and which questions they answer (one
  // pass, no list of the answers: a survey's are hundreds of thousands).
  const answersFrom = (kind: Source['kind']) => {
    let count = 0;
    const questions = new Set<string>();
    for (const r of corpus.responses) {
      if (r.questionId !== undefined && kindOf.get(r.sourceId) === kind) {
        count++;
        questions.add(r.questionId);
      }
    }
    return { count, questions };
  };
  // A lone focus group of a school too small to show, beside sheets: the total less the sheets counted
  // would give its students back, so the sheets and their answers are not counted.
  const countSheets = sheetsCountable(corpus, withheldSources(corpus, ctx.minCell, hiddenGroupAttributes(ctx.analysis, ctx.minCell)));
  const paragraphs = [backgroundSentence(corpus.participants, corpus.sources, demographics, ctx.minCell, ctx.noun, countSheets)];
  const method: string[] = [];
  if (read.some((s) => s.kind === 'sheet')) {
    // A question no one answered was still asked (a column left blank by everyone); a template's prompt
    // in a written reflection is not a sheet's.
    const sheetAnswers = answersFrom('sheet');
    const answered = new Set<string | undefined>();
    for (const r of corpus.responses) answered.add(r.questionId);
    const asked = new Set([...sheetAnswers.questions, ...corpus.questions.filter((q) => !answered.has(q.id)).map((q) => q.id)]).size;
    method.push(
      sheetAnswers.count === 0
        ? `The reflection sheets asked ${counted(asked, 'question')}, which no one answered in words.`
        : `The reflection sheets asked ${counted(asked, 'question')}; their ${countSheets ? plural(sheetAnswers.count, 'answer') : 'answers'} were read and summarised to identify key themes.`,
    );
  }
  const { reflections, notes } = writtenCounts(read);
  if (notes > 0) {
    method.push(
      `The ${notes === 1 ? 'note' : `${countInWords(notes)} notes`} (sticky notes, exit tickets or cards, typed up) ${notes === 1 ? 'was' : 'were'} read one by one, each a response by another ${ctx.noun.singular}: no one’s name is on them, so a ${ctx.noun.singular} who wrote two is counted twice.`,
    );
  }
  if (reflections > 0) {
    const which = reflections === 1 ? 'The written reflection was' : `The ${counted(reflections, 'written reflection')} were`;
    const prompts = answersFrom('reflection').questions.size;
    const under =
      prompts === 1
        ? '; a paragraph under the template’s prompt answers it'
        : prompts > 1
          ? `; a paragraph under one of the template’s ${counted(prompts, 'prompt')} answers it`
          : '';
    method.push(`${which} read paragraph by paragraph, each paragraph a response${under}.`);
  }
  const groups = focusGroupSentence(read.filter((s) => s.kind === 'transcript'), method.length > 0, ctx.noun.plural);
  if (groups) method.push(groups);
  const alike = alikeSentence(read, ctx.noun.singular);
  if (alike) method.push(alike);
  const roster = rosterSentence(corpus.participants, read, ctx.noun);
  if (roster) method.push(roster);
  const notRead = notReadSentence(corpus.sources);
  if (notRead) method.push(notRead);
  if (method.length > 0) paragraphs.push(method.join(' '));
  return `## Background\n\n${paragraphs.join('\n\n')}`;
}
