// The report's Themes: the ranking, its chart, a section per theme raised with its quotes, and those no one raised.
import { formatPercent } from '../../util/percent.js';
import { capitalise, countInWords, listOf, plural } from '../../util/text.js';
import { withArticle } from '../../util/participant-nouns.js';
import { escapeMarkdown } from '../markdown-escape.js';
import { barChart } from '../mermaid.js';
import { labelOf, people, peopleInWords, type Context } from './context.js';
import { labelInSentence, quotes } from './prose.js';

// Themes drawn in the theme chart.
const CHART_THEMES = 12;

/** "## Themes": the ranking and its chart, a section per theme raised, and the themes no one raised. */
export function themesSection(ctx: Context): string {
  const raised = ctx.analysis.themes.filter((t) => t.participants > 0);
  const silent = ctx.analysis.themes.filter((t) => t.participants === 0);
  const parts = ['## Themes'];
  if (raised.length === 0) {
    parts.push('No response carried any of the codebook’s themes.');
    return parts.join('\n\n');
  }
  parts.push(
    `Themes are ranked by how many ${ctx.noun.plural} raised them; ${withArticle(ctx.noun.singular)} who raised a theme in several responses counts once. Percentages are of the ${peopleInWords(ctx, ctx.students.length)} who took part.`,
  );
  const charted = raised.slice(0, CHART_THEMES);
  parts.push(
    barChart({
      title: raised.length > CHART_THEMES ? `${capitalise(ctx.noun.plural)} raising each theme (top ${CHART_THEMES} of ${raised.length})` : `${capitalise(ctx.noun.plural)} raising each theme`,
      categories: charted.map((t) => t.label),
      values: charted.map((t) => t.participants),
      valueLabel: capitalise(ctx.noun.plural),
      horizontal: true,
    }),
  );
  const descriptions = new Map(ctx.analysis.codebook.themes.map((t) => [t.id, t.description]));
  for (const t of raised) {
    // Ranked among the others, a sub-theme would read as a peer of its parent: its section says whose part it is.
    const parent = ctx.parent.get(t.themeId);
    const partOf = parent === undefined ? '' : `Part of ${labelInSentence(labelOf(ctx, parent))}: `;
    let line = `${partOf}${people(ctx, t.participants)} (${formatPercent(t.participants, ctx.students.length)} of participants) in ${plural(t.responses, 'response')}.`;
    const description = descriptions.get(t.themeId)?.trim();
    if (description) line += ` ${escapeMarkdown(/[.!?]$/.test(description) ? description : `${description}.`)}`;
    parts.push(`### ${escapeMarkdown(t.label)}`, capitalise(line), ...quotes(t.quotes));
  }
  if (silent.length > 0) parts.push(silentThemesSentence(silent.map((t) => labelInSentence(t.label)), ctx.noun.singular));
  return parts.join('\n\n');
}

/**
 * "No student raised class size or wellbeing." Labels with commas or "and" of their own ("passions, goals
 * and purpose", "equity and diversity") are listed as labels (see listOf), as the hidden themes are:
 * "equity and diversity, or class size"; "passions, goals and purpose; class size; or wellbeing". More
 * than two are announced, as a long list can be: "No student raised any of these four themes: …".
 */
function silentThemesSentence(labels: string[], who: string): string {
  const list = listOf(labels, 'or', { labels: true });
  return labels.length > 2 ? `No ${who} raised any of these ${countInWords(labels.length)} themes: ${list}.` : `No ${who} raised ${list}.`;
}
