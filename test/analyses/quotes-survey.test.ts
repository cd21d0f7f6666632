// Regression test for quote selection at scale: a generated survey whose pools pass the centroid-sample
// and scoring caps, with non-ASCII text, placeholders and focus-group turns. The chosen quotes are
// recorded in a golden file, so a faster selectQuotes must choose exactly the same ones, in order.
import { describe, expect, it } from 'vitest';
import type { Coding, Corpus, Participant, Response, Source } from '../../src/model.js';
import { selectQuotes } from '../../src/analyses/quotes.js';
// a seeded PRNG (the benchmark's too), so every run builds the same corpus
import { mulberry32 as prng } from '../../src/util/random.js';

const OPENERS = ['Honestly', 'I think', 'We', 'Our school', 'My teachers', 'Most kids', 'I wish we', 'For me', 'Sometimes we', "I don't think we"];
const FILLER = (
  'the a and to of in for with about like just really lot things stuff way day week people kids students teacher teachers ' +
  'class classes school learning learn work get make do go have want need try think feel know help better good hard easy ' +
  'fun boring maybe also too very so because when if but not never always still only other same different new our my their ' +
  'math science english art lunch library homework assignment unit lesson group partner'
).split(' ');
const THEME_WORDS: Record<string, string[]> = {
  stress: ['stressed out', 'anxiety', 'so much stress', 'overwhelmed', 'worried about'],
  time: ['the timetable', 'flex block', 'a later start', 'more time to finish', 'deadlines'],
  choice: ['more electives', 'choose our own topics', 'options', 'course choices'],
  relationships: ['teachers who know us', 'one-on-one time', 'a mentor', 'trust'],
  technology: ['chromebooks', 'the wifi', 'laptops', 'youtube videos'],
};
// Uppercase and non-ASCII text (accents, a Greek capital sigma, a dotted capital I, curly apostrophes,
// emoji), for the paths that lower-case text other than ASCII.
const EXTRAS = ['Élèves ÇA naïve', 'ΣΟΦΊΑ ΟΔΌΣ', 'İstanbul STRASSE Straße', 'it’s the teachers’ way', '😭😭', 'ＦＵＬＬ width', '[name] said'];
const SCHOOLS = ['Riverside Secondary', 'Maple Middle', 'Pathways Alternate', 'North Valley Secondary', 'Cedar Middle'];

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)]!;
}

function answerText(rnd: () => number): string {
  const target = 4 + Math.floor(rnd() * 70);
  const words: string[] = [];
  let sentence = 0;
  while (words.length < target) {
    if (sentence === 0) words.push(...pick(rnd, OPENERS).split(' '));
    const roll = rnd();
    if (roll < 0.12) words.push(...pick(rnd, Object.values(THEME_WORDS).flat()).split(' '));
    else if (roll < 0.14) words.push(...pick(rnd, EXTRAS).split(' '));
    else words.push(pick(rnd, FILLER));
    sentence += 1;
    if (sentence > 5 + rnd() * 10) {
      words[words.length - 1] += pick(rnd, ['.', '.', '!', '?', '…', '.\n\n']);
      sentence = 0;
    }
  }
  return words.slice(0, target).join(' ');
}

/** A survey of `sheets` × 3 questions plus `turns` focus-group turns, and keyword codings of it. */
function generatedSurvey(sheets: number, turns: number): { corpus: Corpus; codings: Coding[] } {
  const rnd = prng(2016);
  const participants: Participant[] = [];
  const responses: Response[] = [];
  const codings: Coding[] = [];
  for (let s = 1; s <= sheets; s++) {
    const id = `S${String(s).padStart(5, '0')}`;
    participants.push({ id, role: 'student', attributes: { grade: String(8 + Math.floor(rnd() * 5)), school: pick(rnd, SCHOOLS) }, sources: ['survey.csv'] });
    for (let q = 1; q <= 3; q++) {
      responses.push({ id: `survey.csv:r${s}:q${q}`, sourceId: 'survey.csv', locator: `row ${s}, q${q}`, participantId: id, questionId: `q${q}`, text: answerText(rnd) });
    }
  }
  for (let t = 1; t <= turns; t++) {
    const id = `fg-${1 + (t % 4)}`;
    if (t <= 4) participants.push({ id, role: 'student', attributes: { program: t % 2 ? 'Youth TRAIN in Trades' : 'Alternate' }, sources: ['fg.txt'] });
    responses.push({ id: `fg.txt:t${t}`, sourceId: 'fg.txt', locator: `turn ${t}`, participantId: id, text: answerText(rnd) });
  }
  participants.sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const r of responses) {
    const lower = r.text.toLowerCase();
    for (const [themeId, phrases] of Object.entries(THEME_WORDS)) {
      const evidence = phrases.flatMap((p) => {
        const at = lower.indexOf(p);
        if (at < 0) return [];
        const start = [...r.text.slice(0, at)].length;
        return [{ text: p, start, end: start + [...p].length, pattern: p, kind: 'phrase' as const, ...(lower.slice(Math.max(0, at - 4), at) === 'not ' ? { negated: true } : {}) }];
      });
      if (evidence.length > 0) codings.push({ responseId: r.id, themeId, evidence: evidence.sort((a, b) => a.start - b.start) });
    }
    // A big theme: anything about school, teachers or class (more responses than the caps).
    if (/\b(school|teachers?|class)\b/.test(lower)) codings.push({ responseId: r.id, themeId: 'school', evidence: [] });
  }
  const sources: Source[] = [
    { id: 'fg.txt', kind: 'transcript', format: 'txt', status: 'read', attributes: {}, sheets: 0, emptySheets: 0, rowsSkipped: 0, turns, responses: turns },
    { id: 'survey.csv', kind: 'sheet', format: 'csv', status: 'read', attributes: {}, sheets, emptySheets: 0, rowsSkipped: 0, turns: 0, responses: sheets * 3 },
  ];
  const questions = [1, 2, 3].map((q) => ({ id: `q${q}`, text: `Question ${q}` }));
  return { corpus: { folder: 'generated', sources, participants, questions, responses, context: [], warnings: [] }, codings };
}

describe('selectQuotes on a generated survey', () => {
  it('chooses the recorded quotes (pools past the centroid and scoring caps)', async () => {
    const { corpus, codings } = generatedSurvey(6000, 300);
    const themes = ['school', 'stress', 'time', 'choice', 'relationships', 'technology'].map((id) => ({ id, label: id }));
    const selection = selectQuotes(corpus, codings, themes, { minCell: 5 });
    await expect(`${JSON.stringify(selection, null, 2)}\n`).toMatchFileSnapshot('../../fixtures/analyses/quotes/generated-survey/expected.json');
  });
});
