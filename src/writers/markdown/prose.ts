// Pieces of the report's sentences shared by its sections: theme names, "24 (34%) were about …", quotes.
import type { Quote } from '../../model.js';
import { formatPercent } from '../../util/percent.js';
import { inSentence, listOf } from '../../util/text.js';
import { escapeMarkdown } from '../markdown-escape.js';
import { labelOf, type Context } from './context.js';

/** A theme label inside a sentence of the report, escaped. */
export function labelInSentence(label: string): string {
  return escapeMarkdown(inSentence(label));
}

/** A quote as a blockquote with its attribution line. */
function blockquote(quote: Quote): string {
  return `> “${escapeMarkdown(quote.text)}”\n>\n> — ${escapeMarkdown(quote.attribution)}`;
}

/** Quotes as blockquotes, in order (none for a missing list). */
export function quotes(list: Quote[] | undefined): string[] {
  return (list ?? []).map(blockquote);
}

/** The themes' labels as a sentence lists them: "timetables and schedules and class size". */
export function themeNames(ctx: Context, themes: readonly { themeId: string }[]): string {
  return listOf(themes.map((t) => labelInSentence(labelOf(ctx, t.themeId))));
}

/** "24 (34%) were about teachers who know students, 18 (25%) about flexible time and …". */
export function aboutClause(ctx: Context, themes: { themeId: string; responses: number }[], total: number): string {
  const parts = themes.map((t, i) => `${t.responses} (${formatPercent(t.responses, total)}) ${i > 0 ? 'about' : t.responses === 1 ? 'was about' : 'were about'} ${labelInSentence(labelOf(ctx, t.themeId))}`);
  return listOf(parts);
}
