// The report's Themes: the ranking, its chart, a section per theme raised with its quotes, and those no one raised.
import { talkNamed } from '../../analyses/background.js';
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
    // "2 participants (29% of participants)" says the noun twice: where everyone is a participant, the
    // share alone, whose base the section's opening gives.
    const share = ctx.noun.plural === 'participants' ? '' : ' of participants';
    let line = `${partOf}${people(ctx, t.participants)} (${formatPercent(t.participants, ctx.students.length)}${share}) in ${plural(t.responses, 'response')}.`;
    const description = descriptions.get(t.themeId)?.trim();
    if (description) line += ` ${escapeMarkdown(/[.!?]$/.test(description) ? description : `${description}.`)}`;
    if (t.quotes.length === 0) line += ` ${whyNoQuote(ctx, t)}`;
    parts.push(`### ${escapeMarkdown(t.label)}`, capitalise(line), ...quotes(t.quotes));
  }
  if (silent.length > 0) parts.push(silentThemesSentence(silent.map((t) => labelInSentence(t.label)), ctx.noun.singular));
  return parts.join('\n\n');
}

/**
 * Why a theme raised has no quote of its own: a response is quoted once in a report, so its responses
 * may be quoted in another section ("Its one response is quoted under pace and time to learn."), or none
 * can stand alone as a quote. Without it, a section ended at its description, as if quotes were missing.
 */
function whyNoQuote(ctx: Context, theme: { themeId: string; responses: number }): string {
  const raising = new Set(ctx.analysis.codings.filter((c) => c.themeId === theme.themeId).map((c) => c.responseId));
  const places: string[] = [];
  const add = (place: string, list: readonly { responseId: string }[] | undefined): void => {
    if ((list ?? []).some((q) => raising.has(q.responseId)) && !places.includes(place)) places.push(place);
  };
  // In the report's order: the questions and the focus groups come before the themes.
  for (const q of ctx.analysis.questions) add(`with the answers to “${escapeMarkdown(q.text)}”`, q.quotes);
  // Named as the section is: "In the focus group" of a folder with one, "In the focus groups and the interview".
  add(`with ${talkNamed(ctx.analysis.corpus.sources) || 'the focus groups'}`, ctx.analysis.focusGroupQuotes);
  for (const other of ctx.analysis.themes) if (other.themeId !== theme.themeId) add(`under ${labelInSentence(other.label)}`, other.quotes);
  const one = theme.responses === 1;
  if (places.length === 0) return one ? 'Its one response could not be quoted on its own.' : 'None of its responses could be quoted on its own.';
  return `${one ? 'Its one response is' : 'Responses raising it are'} quoted ${listOf(places, 'and', { labels: true })}.`;
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
