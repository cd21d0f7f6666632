// What the report's sections share: the analysis, the students, the themes' labels, ranks and parents.
import type { Analysis, Participant, ParticipantNoun } from '../../model.js';
import { STUDENTS } from '../../util/participant-nouns.js';
import { hasSeveralRoles } from '../../analyses/roles.js';
import { counted, plural } from '../../util/text.js';
import { ancestorsOf } from '../../codebook/hierarchy.js';

/** What every section of the report reads: the analysis, and lookups made from it once. */
export interface Context {
  analysis: Analysis;
  minCell: number;
  /** Who took part, as the report names them ("students", "teachers"). */
  noun: ParticipantNoun;
  /** The counted participants (students, or whoever `noun` names). */
  students: Participant[];
  /** A Role column gave several roles: quotes are signed by role, and the background counts each. */
  roles: boolean;
  label: Map<string, string>;
  /** Theme ids in ranking order (participants, then responses). */
  rank: Map<string, number>;
  /** A sub-theme's parent theme, by id. */
  parent: Map<string, string>;
  /** The report is printed on its own (`--format md`): no analysis.json is written beside it. */
  alone?: boolean;
}

/** The context of the report for `analysis`. */
export function contextOf(analysis: Analysis): Context {
  const students = analysis.corpus.participants.filter((p) => p.role === 'student');
  return {
    analysis,
    minCell: analysis.settings.minCell,
    // An analysis.json written before the setting (schema 1.9) has none: its participants were students.
    noun: analysis.settings?.participants ?? STUDENTS,
    students,
    roles: hasSeveralRoles(students),
    label: new Map(analysis.codebook.themes.map((t) => [t.id, t.label])),
    rank: new Map(analysis.themes.map((t, i) => [t.themeId, i])),
    parent: new Map(analysis.codebook.themes.flatMap((t) => (t.parent ? [[t.id, t.parent] as const] : []))),
  };
}

/**
 * `items` without the sub-themes of a theme among them: a sub-theme's responses count for its parent
 * too, so "5 were about school structures and 5 about flex time" named the same five answers twice.
 */
export function withoutSubThemes<T extends { themeId: string }>(ctx: Context, items: readonly T[]): T[] {
  const present = new Set(items.map((t) => t.themeId));
  return items.filter((t) => !ancestorsOf(t.themeId, ctx.parent).some((p) => present.has(p)));
}

/** A theme's label, by id (the id itself where the codebook and the ranking both lack it). */
export function labelOf(ctx: Context, themeId: string): string {
  return ctx.label.get(themeId) ?? ctx.analysis.themes.find((t) => t.themeId === themeId)?.label ?? themeId;
}

/** "5 students", "1 teacher": a count of participants in figures (see {@link plural}). */
export function people(ctx: Context, n: number): string {
  return plural(n, ctx.noun.singular, ctx.noun.plural);
}

/** "five students", "12 teachers": a count of participants, in words up to nine (see {@link counted}). */
export function peopleInWords(ctx: Context, n: number): string {
  return counted(n, ctx.noun.singular, ctx.noun.plural);
}
