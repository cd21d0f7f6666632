// The report's "Some Background" sentences: who took part and what they filled in, with small cells kept hidden.

import type { DemographicRow, Participant, ParticipantNoun, Source } from '../model.js';
import { PARTICIPANTS, possessive, STUDENTS } from '../util/participant-nouns.js';
import { hasSeveralRoles, roleCounts, severalRolesGiving } from './roles.js';
import { NOT_STATED, isIndigenousValue, splitMultiValue } from '../corpus/normalise.js';
import { STUDENT_ATTRIBUTES, nonStudents, studentsOf } from './demographics.js';
import { attributeInSentence } from '../util/labels.js';
import { isSmallTotal } from './suppression.js';
import { percentInWords } from '../util/percent.js';
import { byCodeUnits, capitalise, counted, countInWords, listOf } from '../util/text.js';


function distinctStated(students: Participant[], attribute: string): number {
  const values = new Set<string>();
  for (const student of students) {
    for (const value of splitMultiValue(student.attributes[attribute])) if (value !== NOT_STATED) values.add(value);
  }
  return values.size;
}

function hasAttribute(students: Participant[], attribute: string): boolean {
  return students.some((s) => s.attributes[attribute] !== undefined);
}

// "Female" → "female", but "Two-Spirit" keeps its capitals.
function genderNoun(value: string): string {
  return /\p{Lu}/u.test(value.slice(1)) ? value : value.charAt(0).toLowerCase() + value.slice(1);
}

// A share rounded to 0 or 100 that is not so is written as what it is: "100% identified as female and
// 1% as male" (995 and 5 of 1,000) is not a sentence anyone can believe.
function share(row: DemographicRow): string {
  return percentInWords(row.count, row.denominator);
}

/**
 * "58% identified as female, 37% as male and 5% did not say", from the demographics' gender rows.
 * A share below `minCell` is written "fewer than five students" (the noun only the first time); a share hidden only to protect another
 * (complementary suppression) is left out. Empty when nothing stated can be said.
 */
function genderClause(rows: DemographicRow[], minCell: number, noun: ParticipantNoun): string {
  const gender = rows.filter((r) => r.attribute === 'gender');
  const parts: string[] = [];
  let saidSomething = false;
  // The noun once: "fewer than five students as non-binary and fewer than five did not say".
  let nounSaid = false;
  for (const row of gender) {
    if (row.suppressed && row.count >= minCell) continue;
    const amount = row.suppressed ? `fewer than ${nounSaid ? countInWords(minCell) : counted(minCell, noun.singular, noun.plural)}` : share(row);
    if (row.suppressed) nounSaid = true;
    if (row.value === NOT_STATED) {
      parts.push(`${amount} did not say`);
    } else {
      parts.push(`${amount} ${saidSomething ? '' : 'identified '}as ${genderNoun(row.value)}`);
      saidSomething = true;
    }
  }
  return saidSomething ? listOf(parts) : '';
}

/**
 * "10% self-identified as Indigenous": students whose `indigenous` value is Yes or a specific identity.
 * Below `minCell` it reads "fewer than five students …"; when a demographics row it is made of is hidden
 * only as a complement, the clause is left out, since the total would give that row back.
 */
function indigenousClause(students: Participant[], rows: DemographicRow[], minCell: number, noun: ParticipantNoun): string {
  // Of fewer students than the threshold, even "none" would be a statement about each of them.
  if (!hasAttribute(students, 'indigenous') || isSmallTotal(students.length, minCell)) return '';
  const count = students.filter((s) => isIndigenousValue(s.attributes.indigenous)).length;
  if (count === 0) {
    const anyStated = students.some((s) => splitMultiValue(s.attributes.indigenous).some((v) => v !== NOT_STATED));
    return anyStated ? 'none self-identified as Indigenous' : '';
  }
  const small = count < minCell;
  // The Indigenous total is given away anyway when every other answer (No, Not stated) is shown, so it
  // may be printed then even though its parts (First Nations, Métis …) are each too small to show.
  const hidden = rows.some((r) => r.attribute === 'indigenous' && r.suppressed && !isIndigenousValue(r.value));
  if (small) return `fewer than ${counted(minCell, noun.singular, noun.plural)} self-identified as Indigenous`;
  if (hidden) return '';
  return `${percentInWords(count, students.length)} self-identified as Indigenous`;
}

/** "from 4 schools in two districts", "from five districts", or nothing. */
function whereFrom(students: Participant[]): string {
  const schoolKey = hasAttribute(students, 'school') ? 'school' : 'source.school';
  const schools = distinctStated(students, schoolKey);
  const districts = distinctStated(students, 'district');
  if (schools > 0 && districts > 0) return ` from ${counted(schools, 'school')} in ${counted(districts, 'district')}`;
  if (schools > 0) return ` from ${counted(schools, 'school')}`;
  if (districts > 0) return ` from ${counted(districts, 'district')}`;
  return '';
}

/**
 * The talk the sources read hold, by session: a transcript, or one focus group kept in several files
 * (parts of a recording, a meeting's chat beside its transcript; see Source.session) once, and whether it
 * is an interview (Source.interview): one kept in several files is where every file of it is one.
 */
function talkSessions(sources: readonly Source[]): Map<string, boolean> {
  const sessions = new Map<string, boolean>();
  for (const s of sources) {
    if (s.status !== 'read' || s.kind !== 'transcript') continue;
    const id = s.session ?? s.id;
    sessions.set(id, (sessions.get(id) ?? true) && s.interview === true);
  }
  return sessions;
}

/**
 * How many focus groups the sources read hold: transcripts, one focus group kept in several files (parts
 * of a recording, a meeting's chat beside its transcript; see Source.session) counted once; interviews
 * (see {@link interviewCount}) are not focus groups.
 */
export function focusGroupCount(sources: readonly Source[]): number {
  return [...talkSessions(sources).values()].filter((interview) => !interview).length;
}

/** How many one-to-one interviews the sources read hold (Source.interview; see corpus/interview.ts). */
export function interviewCount(sources: readonly Source[]): number {
  return [...talkSessions(sources).values()].filter((interview) => interview).length;
}

/** The ids of the transcripts read that are interviews', by their session (see {@link interviewCount}). */
export function interviewSources(sources: readonly Source[]): Set<string> {
  const sessions = talkSessions(sources);
  return new Set(sources.filter((s) => s.status === 'read' && s.kind === 'transcript' && sessions.get(s.session ?? s.id)).map((s) => s.id));
}

/**
 * "two focus groups and one interview", "one focus group", "two interviews": the talk the sources read
 * hold, counted; '' where there is none.
 */
export function talkInWords(sources: readonly Source[]): string {
  const groups = focusGroupCount(sources);
  const interviews = interviewCount(sources);
  return listOf([...(groups > 0 ? [counted(groups, 'focus group')] : []), ...(interviews > 0 ? [counted(interviews, 'interview')] : [])]);
}

/**
 * "the focus groups and the interview", "the focus group", "the interviews": the talk the sources read
 * hold, named as a section of the report is; '' where there is none.
 */
export function talkNamed(sources: readonly Source[]): string {
  const groups = focusGroupCount(sources);
  const interviews = interviewCount(sources);
  const named = [
    ...(groups > 0 ? [groups === 1 ? 'the focus group' : 'the focus groups'] : []),
    ...(interviews > 0 ? [interviews === 1 ? 'the interview' : 'the interviews'] : []),
  ];
  return listOf(named);
}

/**
 * The written pieces the sources read hold: reflections, and the notes of files of many students' notes
 * (sticky notes, exit tickets: Source's `notes`), which are counted as their notes, not as a reflection.
 */
export function writtenCounts(sources: readonly Source[]): { reflections: number; notes: number } {
  let reflections = 0;
  let notes = 0;
  for (const s of sources) {
    if (s.status !== 'read' || s.kind !== 'reflection') continue;
    if (s.notes === undefined) reflections++;
    else notes += s.notes;
  }
  return { reflections, notes };
}

/**
 * "They filled in 70 reflection sheets, wrote 12 reflections and took part in four focus groups." ("…
 * took part in two focus groups and one interview" where some talk was one student's), or nothing;
 * "They filled in reflection sheets …" where the sheets are not to be counted (see sheetsCountable).
 */
function sourcesSentence(sources: Source[], countSheets: boolean): string {
  const read = sources.filter((s) => s.status === 'read');
  const sheets = read.filter((s) => s.kind === 'sheet').reduce((sum, s) => sum + s.sheets - s.emptySheets, 0);
  // Blank sheets are said: their students took part, and are in every share of those who did.
  const blank = read.filter((s) => s.kind === 'sheet').reduce((sum, s) => sum + s.emptySheets, 0);
  const talk = talkInWords(read);
  const { reflections, notes } = writtenCounts(read);
  const parts: string[] = [];
  if (sheets > 0) parts.push(countSheets ? `filled in ${counted(sheets, 'reflection sheet')}` : 'filled in reflection sheets');
  if (blank > 0) parts.push(`handed in ${blank === 1 ? 'one blank sheet' : `${counted(blank, 'blank sheet')}`}`);
  const written = [...(reflections > 0 ? [counted(reflections, 'reflection')] : []), ...(notes > 0 ? [counted(notes, 'note')] : [])];
  if (written.length > 0) parts.push(`wrote ${listOf(written)}`);
  // "took part in" once a sheet is named; alone, it would repeat the sentence before ("… took part.")
  if (talk) parts.push(`${parts.length > 0 ? 'took part in' : 'spoke in'} ${talk}`);
  return parts.length > 0 ? `They ${listOf(parts)}.` : '';
}

/**
 * "62 students", or, where a Role column gives several roles, "42 students, 9 teachers and 5 parents"
 * ("3 others" of no stated role). Only where every role is shared by at least `minCell`: a small role
 * shown as "fewer than five" could be worked out from the total and the others, so then only the total
 * is said. Nor where `participants:` named everyone one noun ("Ten teachers took part"), which a count
 * by role would contradict.
 */
function whoTookPart(people: Participant[], noun: ParticipantNoun, minCell: number): string {
  const counts = roleCounts(people);
  const byRole = hasSeveralRoles(people) && noun.plural === PARTICIPANTS.plural && counts.every((r) => minCell <= 1 || r.count >= minCell);
  if (!byRole) return counted(people.length, noun.singular, noun.plural);
  return listOf(counts.map(({ noun: role, count }) => (role ? counted(count, role.singular, role.plural) : counted(count, 'other'))));
}

/**
 * "The grades shown are the 24 students’ own; those the teachers gave are left out.": in a forum of
 * several roles, what a teacher's or parent's grade or program is (the grade they teach, their child's),
 * and that the breakdowns leave it out (see groupByAttribute), or, where leaving them out would give a
 * small role's count away, count it as not stated. Nothing where no such attribute is shown.
 */
function studentAttributesSentence(people: Participant[], demographics: DemographicRow[]): string {
  const others = nonStudents(people);
  if (others.size === 0) return severalRolesSentence(people);
  const rows = demographics.filter((r) => STUDENT_ATTRIBUTES.has(r.attribute));
  const attributes = [...new Set(rows.map((r) => r.attribute))];
  if (attributes.length === 0) return '';
  const what = listOf(attributes.map((a) => `${attributeInSentence(a)}s`));
  const apart = rows.some((r) => r.denominator < people.length);
  if (!apart) return `The ${what} shown are the students’ own; any that participants of other roles gave are counted as not stated.`;
  const whose = `the ${listOf(roleCounts([...others]).flatMap(({ noun }) => (noun ? [noun.plural] : [])))}`;
  const students = rows.find((r) => r.denominator < people.length)!.denominator;
  return `The ${what} shown are the ${possessive(counted(students, 'student'))} own; those ${whose} gave are left out.`;
}

/**
 * "The grades that the parents and the teachers gave are not counted or compared: …": a
 * forum of several roles and no students, whose grades or programs mean one thing for each role
 * (see severalRolesGiving), so no table or comparison gives them.
 */
function severalRolesSentence(people: Participant[]): string {
  const attributes = [...STUDENT_ATTRIBUTES].filter((a) => severalRolesGiving(people, a) !== undefined).sort(byCodeUnits);
  if (attributes.length === 0) return '';
  const roles = new Map<string, string>();
  for (const a of attributes) for (const n of severalRolesGiving(people, a)!) roles.set(n.plural, n.plural);
  const what = listOf(attributes.map((a) => `${attributeInSentence(a)}s`));
  return `The ${what} that ${listOf([...roles.keys()].map((r) => `the ${r}`))} gave are not counted or compared: each role's means something else (a teacher's grade is the grade they teach, a parent's their child's).`;
}

/**
 * The background sentences of a report, in the voice of the conference write-ups reflect imitates:
 *
 * "62 students from 4 schools took part; 58% identified as female, 37% as male and 5% did not say; 10%
 * self-identified as Indigenous. They filled in 70 reflection sheets and took part in four focus groups."
 *
 * - Students only (`noun` names them: "Five teachers took part"); where a Role column gives several
 *   roles, each is counted ("42 students, 9 teachers and 5 parents took part"). Schools come from the `school` attribute (else `source.school`), with districts when
 *   known; with neither, the "from …" is left out.
 * - The gender clause uses the demographics' rows (so its shares add up as the table's do) and is left
 *   out when there is no gender attribute. The Indigenous clause counts students whose value is Yes or a
 *   specific identity ({@link isIndigenousValue}) and is left out when nobody was asked.
 * - Suppression: a share below `minCell` is written "fewer than five students", never as a percent, and a
 *   share hidden only as a complement is not given at all.
 * - Counts up to nine are words, larger ones figures; a sentence never starts with a figure's word in
 *   lower case ("Nine students …").
 * - The second sentence counts filled-in reflection sheets (rows of sheets read, less blank ones), the
 *   blank ones handed in, and focus groups and interviews (transcripts read, a group kept in several
 *   files once); it is left out when there are none.
 *   With `countSheets` false, the filled-in sheets are said without their number: the total less it would
 *   give back the students on no sheet, a lone focus group of a school too small to show (see sheetsCountable).
 */
export function backgroundSentence(
  participants: Participant[],
  sources: Source[],
  demographics: DemographicRow[],
  minCell: number,
  noun: ParticipantNoun = STUDENTS,
  countSheets = true,
): string {
  const students = studentsOf(participants);
  if (students.length === 0) return `No ${noun.plural} took part.`;
  const clauses = [
    `${capitalise(whoTookPart(students, noun, minCell))}${whereFrom(students)} took part`,
    genderClause(demographics, minCell, noun),
    indigenousClause(students, demographics, minCell, noun),
  ].filter((c) => c !== '');
  const first = `${clauses.join('; ')}.`;
  return [first, sourcesSentence(sources, countSheets), studentAttributesSentence(students, demographics)].filter((s) => s !== '').join(' ');
}
