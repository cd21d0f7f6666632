// What the report's sections share: the analysis, the students, the themes' labels, ranks and parents.
import type { Analysis, Participant } from '../../model.js';
import { ancestorsOf } from '../../codebook/hierarchy.js';

/** What every section of the report reads: the analysis, and lookups made from it once. */
export interface Context {
  analysis: Analysis;
  minCell: number;
  students: Participant[];
  label: Map<string, string>;
  /** Theme ids in ranking order (participants, then responses). */
  rank: Map<string, number>;
  /** A sub-theme's parent theme, by id. */
  parent: Map<string, string>;
}

/** The context of the report for `analysis`. */
export function contextOf(analysis: Analysis): Context {
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
export function withoutSubThemes<T extends { themeId: string }>(ctx: Context, items: readonly T[]): T[] {
  const present = new Set(items.map((t) => t.themeId));
  return items.filter((t) => !ancestorsOf(t.themeId, ctx.parent).some((p) => present.has(p)));
}

/** A theme's label, by id (the id itself where the codebook and the ranking both lack it). */
export function labelOf(ctx: Context, themeId: string): string {
  return ctx.label.get(themeId) ?? ctx.analysis.themes.find((t) => t.themeId === themeId)?.label ?? themeId;
}
