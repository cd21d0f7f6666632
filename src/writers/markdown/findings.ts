// The report's Interesting findings: the group differences found, or why none could be, and the comparison charts.
import { attributeInSentence, attributeNameInSentence, labelledAs, type AttributeLabels } from '../../util/labels.js';
import { listOf } from '../../util/text.js';
import { NOT_STATED } from '../../util/no-answer.js';
import { escapeMarkdown } from '../markdown-escape.js';
import { barChart, MAX_LABEL, shortLabel } from '../mermaid.js';
import { comparable, largeEnough } from './comparable.js';
import { labelOf, peopleInWords, type Context } from './context.js';

/** What each group of an attribute shares: "grade", or a grid question's row as "answer to “…”". */
function eachOf(attribute: string, labels: AttributeLabels | undefined): string {
  return labelledAs(attribute, labels) !== undefined ? `answer to ${attributeNameInSentence(attribute, labels)}` : attributeInSentence(attribute);
}

// Themes drawn in the group comparison charts.
const COMPARED_THEMES = 3;

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
        valueLabel: `% of ${ctx.noun.plural}`,
        max: 100,
      }),
    );
  }
  if (charts.length === 0) return [];
  const who = ctx.noun.plural;
  // A count of 0 is shown (a bar of 0): "counts under 5 are not shown" beside one read as a contradiction.
  const hiddenCounts = ctx.minCell > 2 ? `counts from 1 to ${ctx.minCell - 1}` : 'counts of 1';
  const lead = `How often leading themes came up among ${who} of each ${escapeMarkdown(eachOf(attribute, ctx.analysis.attributeLabels))}, as a percentage of the group’s ${who}${ctx.minCell > 1 ? ` (groups of fewer than ${ctx.minCell} ${who} and ${hiddenCounts} are not shown)` : ''}:`;
  return [lead, ...charts];
}

/**
 * The first attribute of the demographics, when every student gave one and the same value for each
 * attribute (none multi-select): one school, one grade. Undefined otherwise.
 */
function oneGroupOnly(ctx: Context): string | undefined {
  // A "Not stated" row is a second group of sorts: "all shared one school" would not be true.
  const rows = ctx.analysis.demographics;
  if (rows.length === 0 || rows.some((d) => d.multiSelect || d.value === NOT_STATED)) return undefined;
  const attributes = [...new Set(rows.map((d) => d.attribute))];
  return attributes.every((a) => rows.filter((d) => d.attribute === a).length === 1) ? attributes[0] : undefined;
}

/** Why no group was compared, as far as the analysis can tell: too few students, no details, or groups too small. */
function notComparedSentence(ctx: Context): string {
  const { settings, demographics } = ctx.analysis;
  const who = ctx.noun.plural;
  if (settings.by.length === 0 && ctx.students.length === 0) return `No groups of ${who} were compared.`;
  if (ctx.minCell > 0 && ctx.students.length < ctx.minCell) {
    return `Groups of ${who} were not compared: fewer than ${peopleInWords(ctx, ctx.minCell)} took part, so any group would describe each of them.`;
  }
  const supplied = ctx.students.some((s) => Object.keys(s.attributes).length > 0);
  if (demographics.length === 0 && !supplied) {
    return `Groups of ${who} could not be compared: no demographic details were available.`;
  }
  // Blank sheets alone: the groups are there, but nothing was said to compare.
  if (ctx.analysis.corpus.responses.length === 0) return `Groups of ${who} were not compared: no ${ctx.noun.singular} answered in words.`;
  // Every student gave the same value (one school, one grade): there was one group, and nothing to set it against.
  const single = oneGroupOnly(ctx);
  if (single) return `Groups of ${who} could not be compared: all ${peopleInWords(ctx, ctx.students.length)} shared one ${escapeMarkdown(eachOf(single, ctx.analysis.attributeLabels))}, so there was no other group to set them against.`;
  if (largeEnough(ctx.analysis.crosstab, ctx.minCell)) {
    // One clause per reason, in the order a reader checks them: "the count … was hidden, to protect a
    // small group, or the theme was raised by all the students or by none" read as one run-on reason.
    return `Groups of ${who} were not compared: in every group large enough to compare, each theme was raised by too few of its ${who} to show (such counts are hidden to protect them), by all of them or by none.`;
  }
  // Details there were (shown in a table of who took part, or each group too small to show), so the
  // groups were too small to set against each other.
  return `Groups of ${who} could not be compared: no group had at least ${ctx.minCell} ${who} with at least as many others to set them against.`;
}

/** "## Interesting findings": the findings not folded into another, by theme, or why there are none; then the charts. */
export function findingsSection(ctx: Context): string {
  // A finding another wholly explains stays in analysis.json, and out of the prose, which it would only repeat.
  const findings = ctx.analysis.findings.filter((f) => f.foldedInto === undefined);
  const compared = comparable(ctx);
  const parts = ['## Interesting findings'];
  if (findings.length > 0) {
    // One finding is "this difference": "these differences" over a single one promised more to come.
    parts.push(`Comparing groups of ${ctx.noun.plural}, ${findings.length === 1 ? 'this difference was' : 'these differences were'} larger than chance alone would explain.`);
    const byTheme = new Map<string, string[]>();
    for (const f of findings) (byTheme.get(f.themeId) ?? byTheme.set(f.themeId, []).get(f.themeId)!).push(f.sentence);
    // Findings come sorted by adjusted p, so the clearest difference leads; a theme's findings stay together.
    for (const themeId of byTheme.keys()) parts.push(`### ${escapeMarkdown(labelOf(ctx, themeId))}`, byTheme.get(themeId)!.map(escapeMarkdown).join(' '));
  } else if (compared.length > 0) {
    const attributes = compared.map((a) => attributeNameInSentence(a, ctx.analysis.attributeLabels));
    parts.push(
      `No group differed from the others by more than chance would explain (each theme was compared across ${escapeMarkdown(listOf(attributes))}, allowing for the number of comparisons).`,
    );
  } else {
    parts.push(notComparedSentence(ctx));
  }
  parts.push(...comparisonCharts(ctx));
  return parts.join('\n\n');
}
