// The report's sections by `--by` attribute: a line per group with the themes its students raised most.
import type { CrosstabRow, DemographicRow } from '../../model.js';
import { groupPhrase } from '../../util/group-phrase.js';
import { formatPercent } from '../../util/percent.js';
import { attributeInSentence } from '../../util/labels.js';
import { countInWords, listOf, plural } from '../../util/text.js';
import { escapeMarkdown } from '../markdown-escape.js';
import { labelOf, type Context } from './context.js';
import { labelInSentence } from './prose.js';
import { LEADING, leadingWithTies, tiedAtTop } from './ranking.js';

function hiddenGroupText(count: number, minCell: number): string {
  return count < minCell ? `not shown (fewer than ${minCell} students)` : 'not shown (so that a smaller group cannot be worked out)';
}

function groupLine(ctx: Context, attribute: string, value: string, demographic: DemographicRow | undefined, rows: CrosstabRow[]): string {
  const name = `**${escapeMarkdown(value)}**`;
  const size = rows[0]?.groupParticipants ?? demographic?.count ?? 0;
  if (demographic?.suppressed) return `- ${name}: ${hiddenGroupText(demographic.count, ctx.minCell)}.`;
  if (rows.some((r) => r.groupSuppressed) || (rows.length > 0 && rows.every((r) => r.suppressed) && size < ctx.minCell)) {
    return `- ${name}: ${hiddenGroupText(size, ctx.minCell)}.`;
  }
  const showable = rows
    .filter((r) => !r.suppressed && r.participants > 0)
    .sort((a, b) => b.participants - a.participants || (ctx.rank.get(a.themeId) ?? Infinity) - (ctx.rank.get(b.themeId) ?? Infinity));
  const shown = leadingWithTies(showable, (r) => r.participants);
  const who = groupPhrase(attribute, value);
  // A count hidden so that a smaller one cannot be worked out is at least minCell (the tables print it
  // "hidden") and may be larger than every count shown; which of them it passes is not for the line to
  // tell. So where the group has one, the line ranks only the counts that can be shown, says so, and
  // names the hidden themes in the overall ranking's order, a thing every reader already knows.
  const hidden = rows.filter((r) => r.suppressed && r.participants >= ctx.minCell).sort((a, b) => (ctx.rank.get(a.themeId) ?? Infinity) - (ctx.rank.get(b.themeId) ?? Infinity));
  const hiddenNote = hidden.length > 0 ? ` ${hiddenThemesSentence(ctx, hidden.map((r) => r.themeId))}` : '';
  if (shown.length === 0 && showable.length > 0) {
    const n = tiedAtTop(showable, (r) => r.participants);
    return `- ${name} (${plural(size, 'student')}): no theme stood out; ${countInWords(n)} were each raised by ${formatPercent(showable[0]!.participants, showable[0]!.groupParticipants)}.${hiddenNote}`;
  }
  if (shown.length === 0) return `- ${name} (${plural(size, 'student')}): no theme count can be shown without revealing a small group.${hiddenNote}`;
  const themes = shown.map((r) => `${labelInSentence(labelOf(ctx, r.themeId))} (${formatPercent(r.participants, r.groupParticipants)})`);
  const among = hidden.length > 0 ? 'of the themes whose counts can be shown, ' : '';
  return `- ${name} (${plural(size, 'student')}): ${among}${escapeMarkdown(who)} most often raised ${listOf(themes)}.${hiddenNote}`;
}

// Hidden themes named in a group's line; more than this many are named up to LEADING and counted after.
const HIDDEN_NAMED = LEADING + 1;

/**
 * "Also raised by at least 5 of these students each, with counts hidden …: choice and options; class
 * size; and funding and resources." Listed as labels (see listOf), as they have "and" and commas of their own.
 */
function hiddenThemesSentence(ctx: Context, themeIds: string[]): string {
  const labels = themeIds.map((id) => labelInSentence(labelOf(ctx, id)));
  const named = labels.length > HIDDEN_NAMED ? [...labels.slice(0, LEADING), `${countInWords(labels.length - LEADING)} other themes`] : labels;
  const one = themeIds.length === 1;
  return `Also raised by at least ${ctx.minCell} of these students${one ? ', with its count' : ' each, with counts'} hidden so that a smaller group cannot be worked out: ${listOf(named, 'and', { labels: true })}.`;
}

/** "## By grade" (for one `--by` attribute): a line per group with the themes its students raised most. */
export function groupSection(ctx: Context, attribute: string): string {
  const demographics = ctx.analysis.demographics.filter((d) => d.attribute === attribute);
  const crosstab = ctx.analysis.crosstab.filter((r) => r.attribute === attribute);
  const values = demographics.length > 0 ? demographics.map((d) => d.value) : [...new Set(crosstab.map((r) => r.value))];
  if (values.length === 0) return '';
  const parts = [
    `## By ${escapeMarkdown(attributeInSentence(attribute))}`,
    `The themes each group raised most, as a percentage of the group’s students.${demographics.some((d) => d.multiSelect) ? ' A student may belong to more than one group.' : ''}`,
  ];
  const lines = values.map((value) =>
    groupLine(
      ctx,
      attribute,
      value,
      demographics.find((d) => d.value === value),
      crosstab.filter((r) => r.value === value),
    ),
  );
  parts.push(lines.join('\n'));
  return parts.join('\n\n');
}
