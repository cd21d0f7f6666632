// The report's Appendix: tables of who took part, the themes, the sources, and a word on warnings.
import { formatPercent } from '../../util/percent.js';
import { attributesOf, nonStudents, STUDENT_ATTRIBUTES } from '../../analyses/demographics.js';
import { hiddenGroupAttributes, sheetsBesideSmallTalk, withheldSources } from '../../analyses/suppression.js';
import { attributeName, attributeNameInSentence } from '../../util/labels.js';
import { capitalise, listOf, plural } from '../../util/text.js';
import { withArticle } from '../../util/participant-nouns.js';
import { escapeCell, escapeMarkdown } from '../markdown-escape.js';
import { peopleInWords, type Context } from './context.js';

function table(head: string[], align: ('left' | 'right')[], rows: string[][]): string {
  const rule = align.map((a) => (a === 'right' ? '---:' : '---'));
  return [head, rule, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

/**
 * Whether some attribute's whole percents, as the table shows them, add to other than 100: an attribute
 * of one answer per student with no count hidden (a hidden one leaves nothing to add up).
 */
function roundingShows(rows: Context['analysis']['demographics']): boolean {
  // Per attribute, the sum of its shares as shown, or NaN once one cannot be added (hidden, "<1%").
  const sums = new Map<string, number>();
  for (const r of rows) {
    if (r.multiSelect) continue;
    const percent = formatPercent(r.count, r.denominator);
    const share = !r.suppressed && /^\d+%$/.test(percent) ? parseInt(percent, 10) : NaN;
    sums.set(r.attribute, (sums.get(r.attribute) ?? 0) + share);
  }
  return [...sums.values()].some((n) => !Number.isNaN(n) && n !== 100);
}

function demographicsTable(ctx: Context): string {
  const rows = ctx.analysis.demographics;
  if (rows.length === 0 && ctx.students.length > 0 && ctx.students.length < ctx.minCell) {
    return `Demographic details are not shown: fewer than ${peopleInWords(ctx, ctx.minCell)} took part, so any breakdown would describe each of them.`;
  }
  if (rows.length === 0) {
    const supplied = attributesOf(ctx.students);
    if (supplied.length === 0) return 'No demographic details were available.';
    // Details given, but each of their groups too small to show, or able to give a small one back.
    return `Demographic details were given (${escapeMarkdown(listOf(supplied.map((a) => attributeNameInSentence(a, ctx.analysis.attributeLabels))))}), but none is shown: their groups are too small to show without describing the ${ctx.noun.plural} in them (fewer than ${ctx.minCell} in a group, or a count that would give one back).`;
  }
  const denominators = [...new Set(rows.map((r) => r.denominator))];
  const single = denominators.length === 1;
  let previous = '';
  const body = rows.map((r) => {
    const attribute = r.attribute === previous ? '' : escapeCell(attributeName(r.attribute, ctx.analysis.attributeLabels));
    previous = r.attribute;
    const count = r.suppressed ? (r.count < ctx.minCell ? `<${ctx.minCell}` : 'hidden') : String(r.count);
    // Whole percents, as in the prose (the model's one decimal is for the data files); a share rounded to
    // 0 or 100 that is not so reads "<1%" or ">99%": a row of 995 of 1,000 at 100% beside another at 1%
    // cannot both be true.
    const percent = r.suppressed ? '–' : `${formatPercent(r.count, r.denominator)}${single ? '' : ` of ${r.denominator}`}`;
    return [attribute, escapeCell(r.value), count, percent];
  });
  const notes: string[] = [];
  // The word on rounding is for a reader adding up an attribute's shares and finding 99 or 101: where
  // every attribute shown in full adds to 100 (one school at 100%, 50% and 50%), it was about nothing.
  const rounded = roundingShows(rows) ? ', each rounded on its own, so an attribute’s may add to 99 or 101' : '';
  if (single) notes.push(`Percentages are of the ${peopleInWords(ctx, denominators[0]!)} who took part${rounded}.`);
  else notes.push(`Percentages are of the ${ctx.noun.plural} for whom the attribute is known, as shown, each rounded on its own.`);
  // A student with several values is counted under each, so those shares add to well over 100, which the
  // "99 or 101" above would deny.
  const multi = [...new Set(rows.filter((r) => r.multiSelect).map((r) => attributeNameInSentence(r.attribute, ctx.analysis.attributeLabels)))];
  if (multi.length > 0) {
    notes.push(
      `${capitalise(withArticle(ctx.noun.singular))} could give several answers for ${escapeMarkdown(listOf(multi))} and is counted under each, so ${multi.length === 1 ? 'its' : 'their'} percentages can add to more than 100.`,
    );
  }
  // An attribute given but left out of the table (no group of it reaches the threshold, or its counts
  // would give a small group back) is said, or the reader would take it for one never asked. A grade or
  // program in a forum of several roles is left out for another reason (no student gave it, or it is the
  // grade taught beside a child's), and not said to be small.
  const shown = new Set(rows.map((r) => r.attribute));
  const roles = nonStudents(ctx.students).size > 0;
  const left = attributesOf(ctx.students).filter((a) => !shown.has(a) && !(roles && STUDENT_ATTRIBUTES.has(a)));
  if (left.length > 0) {
    const one = left.length === 1;
    notes.push(
      `${capitalise(escapeMarkdown(listOf(left.map((a) => attributeNameInSentence(a, ctx.analysis.attributeLabels)))))} ${one ? 'was' : 'were'} given too, but ${one ? 'is' : 'are'} not shown: ${one ? 'its' : 'their'} groups are too small to show without describing the ${ctx.noun.plural} in them (fewer than ${ctx.minCell} in a group, or a count that would give one back).`,
    );
  }
  if (rows.some((r) => r.suppressed)) {
    notes.push(
      `Counts under ${ctx.minCell} are shown as “<${ctx.minCell}”${rows.some((r) => r.suppressed && r.count >= ctx.minCell) ? '; “hidden” counts are withheld so that a smaller one cannot be worked out' : ''}.`,
    );
  }
  return `${table(['Attribute', 'Value', capitalise(ctx.noun.plural), 'Percent'], ['left', 'left', 'right', 'right'], body)}\n\n${notes.join(' ')}`;
}

function themesTable(ctx: Context): string {
  if (ctx.analysis.corpus.responses.length === 0) return 'No responses were read, so no theme could be counted.';
  // Whole percents, as in the prose: the report gives each share one way (32% in a theme's section and
  // 32.2% here read as two figures), and of a few hundred students a decimal is precision it does not have.
  const body = ctx.analysis.themes.map((t) => [escapeCell(t.label), String(t.responses), String(t.participants), t.percentParticipants === null ? '–' : formatPercent(t.participants, ctx.students.length)]);
  return table(['Theme', 'Responses', capitalise(ctx.noun.plural), `% of ${ctx.noun.plural}`], ['left', 'right', 'right', 'right'], body);
}

function sourcesTable(ctx: Context): string {
  const shown = hiddenGroupAttributes(ctx.analysis, ctx.minCell);
  const withheld = withheldSources(ctx.analysis.corpus, ctx.minCell, shown);
  const body = ctx.analysis.corpus.sources.map((s) => {
    const status = s.status === 'read' ? 'read' : `${s.status}${s.reason ? `: ${s.reason}` : ''}`;
    return [escapeCell(s.id), s.kind, escapeCell(status), withheld.has(s.id) ? 'hidden' : String(s.responses)];
  });
  const rows = table(['File', 'Kind', 'Status', 'Responses'], ['left', 'left', 'left', 'right'], body);
  if (withheld.size === 0) return rows;
  if (sheetsBesideSmallTalk(ctx.analysis.corpus, ctx.minCell, shown)) {
    return `${rows}\n\nThe sheets’ responses show “hidden”: the ${ctx.noun.plural} who filled in none are all of one group of fewer than ${ctx.minCell} ${ctx.noun.plural} (a focus group’s, say), and the total less the sheets would give back how many of them took part, which the table of who took part withholds (as sources.csv does; analysis.json, the analyst's file, keeps them).`;
  }
  return `${rows}\n\nFiles that each hold one group’s ${ctx.noun.plural} (a folder per group, a sheet per school) show “hidden” where a group has fewer than ${ctx.minCell} ${ctx.noun.plural}: their responses would give its size back, which the table of who took part withholds (as sources.csv does; analysis.json, the analyst's file, keeps them).`;
}


/** "## Appendix": who took part, the themes and the sources as tables, and how many warnings there were. */
export function appendix(ctx: Context): string {
  const warnings = ctx.analysis.warnings.length;
  // A file that failed is said on the terminal as a warning, and in the Sources table above: "no
  // warnings" alone, under it, read as though it had not.
  const failed = ctx.analysis.corpus.sources.filter((s) => s.status === 'failed').length;
  const none = failed === 0 ? 'Reading and analysing the files raised no warnings.' : `Apart from the ${failed === 1 ? 'file' : 'files'} that could not be read (see the sources above), reading and analysing the files raised no warnings.`;
  return [
    '## Appendix',
    '### Who took part',
    demographicsTable(ctx),
    '### Themes',
    themesTable(ctx),
    '### Sources',
    sourcesTable(ctx),
    '### Warnings',
    warnings === 0
      ? none
      : `Reading and analysing the files raised ${plural(warnings, 'warning')}; ${ctx.alone ? `the run printed ${warnings === 1 ? 'it' : 'each'} on the terminal` : `${warnings === 1 ? 'it is' : 'they are'} listed in analysis.json`}.`,
  ].join('\n\n');
}
