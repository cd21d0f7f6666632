// Who took part by role, in a forum of students, teachers and parents: each person's role from a sheet's
// Role column (the attribute `role`), what to call everyone together, and how many took part in each role.
import type { ParticipantNoun, Participant } from '../model.js';
import { PARTICIPANTS, STUDENTS, isStudentNoun, roleNoun } from '../util/participant-nouns.js';
import { NOT_STATED } from '../corpus/normalise.js';
import { byCodeUnits } from '../util/text.js';

/** The attribute a Role, Position or "I am a" column is read into (readers/columns.ts). */
export const ROLE_ATTRIBUTE = 'role';

/** A participant's role as its noun, where their Role column says one ("Teacher" → teacher). */
export function roleOf(participant: Participant): ParticipantNoun | undefined {
  const value = participant.attributes[ROLE_ATTRIBUTE];
  return value === undefined ? undefined : roleNoun(value);
}

/** How many took part in each role: most first, then by name; those of no stated role last, as `noun` undefined. */
export function roleCounts(participants: readonly Participant[]): { noun?: ParticipantNoun; count: number }[] {
  const counts = new Map<string, { noun?: ParticipantNoun; count: number }>();
  for (const p of participants) {
    const noun = roleOf(p);
    const key = noun?.singular ?? '';
    const entry = counts.get(key) ?? counts.set(key, { noun, count: 0 }).get(key)!;
    entry.count += 1;
  }
  return [...counts.values()].sort(
    (a, b) => Number(a.noun === undefined) - Number(b.noun === undefined) || b.count - a.count || byCodeUnits(a.noun?.singular ?? '', b.noun?.singular ?? ''),
  );
}

/**
 * What the report calls everyone who took part, where the config file and the command line say nothing:
 * the one role of a Role column ("teachers"), "participants" where it gives several, else students.
 */
export function collectiveNoun(participants: readonly Participant[]): ParticipantNoun {
  const counts = roleCounts(participants);
  const roles = counts.filter((r) => r.noun !== undefined);
  if (roles.length === 0) return STUDENTS;
  // One role for everyone: "teachers". One role beside people of none (a staff sheet with a Role column
  // beside the students' without one) is a mixed forum: calling the students teachers would be wrong.
  return roles.length === 1 && counts.length === 1 ? roles[0]!.noun! : PARTICIPANTS;
}

/**
 * Whether a Role column gave more than one role, or one role to some and none to others: the background
 * counts each, and quotes are signed by role.
 */
export function hasSeveralRoles(participants: readonly Participant[]): boolean {
  const counts = roleCounts(participants);
  return counts.length > 1 && counts.some((r) => r.noun !== undefined);
}

/**
 * The roles of those who gave `attribute` a value, where no student took part and they are several (a
 * forum of teachers and parents: a teacher's grade is the grade they teach, a parent's their child's, and
 * one breakdown cannot compare them); undefined where a student took part (their own value is the one
 * counted, see demographics' nonStudents) or one role gave it all (a forum of teachers keeps its grades).
 * People of no role, or a student's, are students.
 */
export function severalRolesGiving(people: readonly Participant[], attribute: string): ParticipantNoun[] | undefined {
  const nouns = new Map<string, ParticipantNoun>();
  for (const p of people) {
    const value = p.attributes[ROLE_ATTRIBUTE];
    const noun = value === undefined ? undefined : roleNoun(value);
    if (value === undefined || (noun !== undefined && isStudentNoun(noun))) return undefined;
    const stated = p.attributes[attribute];
    if (noun === undefined || stated === undefined || stated.trim() === '' || stated === NOT_STATED) continue;
    nouns.set(noun.singular, noun);
  }
  return nouns.size > 1 ? [...nouns.values()].sort((a, b) => byCodeUnits(a.plural, b.plural)) : undefined;
}
