// Pieces of the report's sentences shared by its sections: theme names, "24 (34%) were about …", quotes.
import type { Quote } from '../../model.js';
import { formatPercent } from '../../util/percent.js';
import { capitalise, inSentence, listOf } from '../../util/text.js';
import { escapeMarkdown } from '../markdown-escape.js';
import { labelOf, type Context } from './context.js';

/** A theme label inside a sentence of the report, escaped. */
export function labelInSentence(label: string): string {
  return escapeMarkdown(inSentence(label));
}

// A question shown beside a quote says what was asked in a few words: "Thoughts?" says nothing without the
// remark before it, and a long one (a quote read out, then "What does that mean to you?") crowds the quote.
const ASKED_WORDS = { min: 3, max: 25 };

// Words talk opens a question with that the page does without ("And what gets in the way?", "Okay, so
// how…"), only before a question's or a request's first word: "So many of you said…" keeps its "So".
const OPENERS = /^(?:(?:and|so|but|okay|ok|alright|now|well|right)\s*,?\s+)+(?=(?:what|how|why|when|where|who|whose|which|do|does|did|is|are|was|were|can|could|would|will|should|have|has|tell|talk|describe|think|let['’]s)\b)/i;

/**
 * The facilitator's question a quoted turn answers, as the attribution line shows it: without a name
 * it was addressed to ("[name], can you say more?" → "Can you say more?") or the words talk opens it with
 * ("And what gets in the way?" → "What gets in the way?"), its own quotation marks made single ones
 * inside the report's double ones; undefined where too short or long to help (ASKED_WORDS).
 */
export function askedInReport(asked: string): string | undefined {
  const text = asked.replace(/^\[name\]\s*,\s*/, '').replace(OPENERS, '').replace(/["“]([^"“”]*)["”]/g, '‘$1’');
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words < ASKED_WORDS.min || words > ASKED_WORDS.max) return undefined;
  return capitalise(text);
}

/** A quote as a blockquote with its attribution line; a turn in talk says the question it answers. */
function blockquote(quote: Quote): string {
  const asked = quote.asked === undefined ? undefined : askedInReport(quote.asked);
  const answering = asked === undefined ? '' : `, in answer to “${escapeMarkdown(asked)}”`;
  return `> “${escapeMarkdown(quote.text)}”\n>\n> — ${escapeMarkdown(quote.attribution)}${answering}`;
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
