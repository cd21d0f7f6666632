// Which groups of students could have been compared: what the findings and the method may claim was tested.
import type { CrosstabRow } from '../../model.js';
import { NOT_STATED } from '../../util/no-answer.js';
import type { Context } from './context.js';

/** Whether a group's size is shown, at least `minCell`, with as many of the `stated` students outside it: a group findings.ts may test. */
function largeEnoughGroup(g: CrosstabRow, stated: number, minCell: number): boolean {
  return !g.groupSuppressed && g.groupParticipants >= minCell && stated - g.groupParticipants >= minCell;
}

/** Whether some group of the crosstab is shown, of at least `minCell` students, with as many stated students outside it. */
export function largeEnough(crosstab: readonly CrosstabRow[], minCell: number): boolean {
  for (const attribute of new Set(crosstab.map((r) => r.attribute))) {
    const theme = crosstab.find((r) => r.attribute === attribute)!.themeId;
    const groups = crosstab.filter((r) => r.attribute === attribute && r.themeId === theme && r.value !== NOT_STATED);
    const stated = groups.reduce((n, r) => n + r.groupParticipants, 0);
    if (groups.some((g) => largeEnoughGroup(g, stated, minCell))) return true;
  }
  return false;
}

/**
 * The attributes of the crosstab by which some group may have been tested against the rest: for some
 * theme, a group whose cell is shown, of at least `minCell` students, with at least `minCell` stated
 * students outside it, where some stated students raised the theme and some did not (and, of two groups,
 * both cells are shown), as findings.ts requires. Where there is none, no test was made, and the report
 * must not say that no group differed: grades of 5 and 5 are large enough, but with 3 and 2 of them
 * raising a theme (both "<5") nothing was tested, and the report said each theme was compared by grade.
 */
export function comparable(ctx: Context): string[] {
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
