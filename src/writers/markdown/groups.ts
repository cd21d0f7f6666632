// The report's sections by `--by` attribute: a line per group with the themes its students raised most.
import type { CrosstabRow, DemographicRow } from '../../model.js';
import { groupPhrase } from '../../util/group-phrase.js';
import { formatPercent } from '../../util/percent.js';
import { attributeNameInSentence } from '../../util/labels.js';
import { capitalise, countInWords, listOf, plural } from '../../util/text.js';
import { escapeMarkdown } from '../markdown-escape.js';
import { labelOf, type Context } from './context.js';
import { ROLE_ATTRIBUTE } from '../../analyses/roles.js';
import { roleNoun, withArticle } from '../../util/participant-nouns.js';
import { labelInSentence } from './prose.js';
import { LEADING, leadingWithTies, tiedAtTop } from './ranking.js';

function hiddenGroupText(count: number, minCell: number, who: string): string {
  return count < minCell ? `not shown (fewer than ${minCell} ${who})` : 'not shown (so that a smaller group cannot be worked out)';
}

/** What a group's members are called: its role, in a breakdown by role ("9 teachers"); else the participants' noun. */
function membersOf(ctx: Context, attribute: string, value: string): { singular: string; plural: string } {
  return (attribute === ROLE_ATTRIBUTE ? roleNoun(value) : undefined) ?? ctx.noun;
}

function groupLine(ctx: Context, attribute: string, value: string, demographic: DemographicRow | undefined, rows: CrosstabRow[]): string {
  const name = `**${escapeMarkdown(value)}**`;
  const size = rows[0]?.groupParticipants ?? demographic?.count ?? 0;
  const members = membersOf(ctx, attribute, value);
  const counted = (n: number): string => plural(n, members.singular, members.plural);
  // "fewer than 5 students": the hidden group's own noun ("fewer than 5 principals") would name it.
  if (demographic?.suppressed) return `- ${name}: ${hiddenGroupText(demographic.count, ctx.minCell, ctx.noun.plural)}.`;
  if (rows.some((r) => r.groupSuppressed) || (rows.length > 0 && rows.every((r) => r.suppressed) && size < ctx.minCell)) {
    return `- ${name}: ${hiddenGroupText(size, ctx.minCell, ctx.noun.plural)}.`;
  }
  const showable = rows
    .filter((r) => !r.suppressed && r.participants > 0)
    .sort((a, b) => b.participants - a.participants || (ctx.rank.get(a.themeId) ?? Infinity) - (ctx.rank.get(b.themeId) ?? Infinity));
  const shown = leadingWithTies(showable, (r) => r.participants);
  const who = groupPhrase(attribute, value, ctx.noun.plural, ctx.analysis.attributeLabels);
  // A count hidden so that a smaller one cannot be worked out is at least minCell (the tables print it
  // "hidden") and may be larger than every count shown; which of them it passes is not for the line to
  // tell. So where the group has one, the line ranks only the counts that can be shown, says so, and
  // names the hidden themes in the overall ranking's order, a thing every reader already knows.
  const hidden = rows.filter((r) => r.suppressed && r.participants >= ctx.minCell).sort((a, b) => (ctx.rank.get(a.themeId) ?? Infinity) - (ctx.rank.get(b.themeId) ?? Infinity));
  const hiddenNote = hidden.length > 0 ? ` ${hiddenThemesSentence(ctx, hidden.map((r) => r.themeId), members.plural)}` : '';
  if (shown.length === 0 && showable.length > 0) {
    const n = tiedAtTop(showable, (r) => r.participants);
    return `- ${name} (${counted(size)}): no theme stood out; ${countInWords(n)} were each raised by ${formatPercent(showable[0]!.participants, showable[0]!.groupParticipants)}.${hiddenNote}`;
  }
  if (shown.length === 0) return `- ${name} (${counted(size)}): no theme count can be shown without revealing a small group.${hiddenNote}`;
  const themes = shown.map((r) => `${labelInSentence(labelOf(ctx, r.themeId))} (${formatPercent(r.participants, r.groupParticipants)})`);
  const among = hidden.length > 0 ? 'of the themes whose counts can be shown, ' : '';
  return `- ${name} (${counted(size)}): ${among}${escapeMarkdown(who)} most often raised ${listOf(themes)}.${hiddenNote}`;
}

// Hidden themes named in a group's line; more than this many are named up to LEADING and counted after,
// so the count is never below three: "and two other themes" says less than the two names would.
const HIDDEN_NAMED = LEADING + 2;

/**
 * "Also raised by at least 5 of these students each, with counts hidden …: choice and options; class
 * size; and funding and resources." Listed as labels (see listOf), as they have "and" and commas of their own.
 */
function hiddenThemesSentence(ctx: Context, themeIds: string[], who: string): string {
  const labels = themeIds.map((id) => labelInSentence(labelOf(ctx, id)));
  const named = labels.length > HIDDEN_NAMED ? [...labels.slice(0, LEADING), `${countInWords(labels.length - LEADING)} other themes`] : labels;
  const one = themeIds.length === 1;
  return `Also raised by at least ${ctx.minCell} of these ${who}${one ? ', with its count' : ' each, with counts'} hidden so that a smaller group cannot be worked out: ${listOf(named, 'and', { labels: true })}.`;
}

/** "## By grade" (for one `--by` attribute): a line per group with the themes its students raised most. */
export function groupSection(ctx: Context, attribute: string): string {
  const demographics = ctx.analysis.demographics.filter((d) => d.attribute === attribute);
  const crosstab = ctx.analysis.crosstab.filter((r) => r.attribute === attribute);
  const values = demographics.length > 0 ? demographics.map((d) => d.value) : [...new Set(crosstab.map((r) => r.value))];
  if (values.length === 0) return '';
  const parts = [
    `## By ${escapeMarkdown(attributeNameInSentence(attribute, ctx.analysis.attributeLabels))}`,
    `The themes each group raised most, as a percentage of the group’s ${ctx.noun.plural}.${demographics.some((d) => d.multiSelect) ? ` ${capitalise(withArticle(ctx.noun.singular))} may belong to more than one group.` : ''}`,
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
