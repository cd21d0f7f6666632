// The report's Method: how responses were tagged and counted, how privacy was kept, how groups were compared.
import type { Analysis, Source } from '../../model.js';
import { formatPercent } from '../../util/percent.js';
import { attributeNameInSentence } from '../../util/labels.js';
import { capitalise, counted, listOf, plural } from '../../util/text.js';
import { formatAgreementMarkdown } from '../agreement.js';
import { escapeMarkdown } from '../markdown-escape.js';
import { comparable } from './comparable.js';
import { peopleInWords, type Context } from './context.js';
import { isStudentNoun, withArticle } from '../../util/participant-nouns.js';
import { roleOf } from '../../analyses/roles.js';
import { interviewSources } from '../../analyses/background.js';

/** What the method section counts of the evidence, gathered in one pass over the codings. */
interface Mentions {
  mentions: number;
  negated: number;
  expanded: number;
  /** Codings with evidence found through a reference to the respondent's setting. */
  fromSetting: number;
  /** The attributes of those settings (`program` of `program: Alternate program`), sorted. */
  settingAttributes: string[];
}

/**
 * The evidence's counts and setting attributes, read in one pass: the codings of a province-wide survey
 * are hundreds of thousands, and each pass over their evidence costs a tenth of a second.
 */
function countMentions(codings: Analysis['codings']): Mentions {
  let mentions = 0;
  let negated = 0;
  let expanded = 0;
  let fromSetting = 0;
  // The distinct settings, a handful however many pieces of evidence carry them.
  const settings = new Set<string>();
  for (const c of codings) {
    let setting = false;
    for (const e of c.evidence) {
      mentions++;
      if (e.negated) negated++;
      if (e.expansion) expanded++;
      if (e.setting !== undefined) {
        setting ||= e.setting !== '';
        settings.add(e.setting);
      }
    }
    if (setting) fromSetting++;
  }
  const attributes = new Set([...settings].map((s) => s.slice(0, s.indexOf(':')).trim()));
  return { mentions, negated, expanded, fromSetting, settingAttributes: [...attributes].sort() };
}

/**
 * "12 responses (4%) seemed to be in French and 3 in Spanish; …", or nothing: the themes of responses
 * in another language than the codebook's are undercounted, and a reader must know.
 */
function otherLanguagesSentence(ctx: Context): string {
  const languages = ctx.analysis.otherLanguages ?? [];
  if (languages.length === 0) return '';
  const total = ctx.analysis.corpus.responses.length;
  const parts = languages.map((l, i) =>
    i === 0 ? `${counted(l.responses, 'response')} (${formatPercent(l.responses, total)}) seemed to be in ${l.language}` : `${l.responses} in ${l.language}`,
  );
  const those = languages.reduce((n, l) => n + l.responses, 0) === 1 ? 'it carries' : 'they carry';
  const language = languages.length === 1 ? languages[0]!.language : 'those languages';
  return `${capitalise(listOf(parts))}; the codebook’s patterns are ${ctx.analysis.codebook.language ?? 'English'}, so ${those} a theme only where it has patterns in ${language}, and the themes above undercount what those ${ctx.noun.plural} said.`;
}

/** "## Method": how responses were tagged and counted, how privacy was kept, and how groups were compared. */
export function methodSection(ctx: Context): string {
  const { codebook, codings, settings, agreement } = ctx.analysis;
  const name = codebook.name === 'default' ? 'reflect’s default codebook' : `the “${escapeMarkdown(codebook.name)}” codebook`;
  const { mentions, negated, expanded, fromSetting, settingAttributes } = countMentions(codings);
  // The kinds of file that gave responses; where none did (blank sheets alone), the kinds read.
  const sources = ctx.analysis.corpus.sources.filter((s) => s.status === 'read');
  const answered = sources.filter((s) => s.responses > 0);
  const gave = answered.length > 0 ? answered : sources;
  const read = new Set(gave.map((s) => s.kind));
  // Many students' notes (sticky notes, exit tickets) are their own kind of response, not a reflection's paragraphs.
  const notes = gave.some((s) => s.notes !== undefined);
  if (!gave.some((s) => s.kind === 'reflection' && s.notes === undefined)) read.delete('reflection');
  // Talk of one student (see corpus/interview.ts) is an interview's, not a focus group's.
  const interviews = interviewSources(sources);
  const talk = gave.filter((s) => s.kind === 'transcript');
  const talkKinds = { groups: talk.length === 0 || talk.some((s) => !interviews.has(s.id)), interviews: talk.some((s) => interviews.has(s.id)) };
  // A French or Spanish codebook's words are matched by stem, and its synonyms (English words) are not used.
  const stemmedIn = codebook.language !== undefined && codebook.language !== 'English' ? codebook.language : undefined;
  const several = `a response can carry several themes${codebook.themes.some((t) => t.parent) ? ', and a sub-theme also counts for its parent' : ''}`;
  const tagging = [
    `Each response (${responseKinds(read, ctx.noun.singular, notes, talkKinds)}) was tagged with the themes of ${name} (${plural(codebook.themes.length, 'theme')}).`,
    settings.matcher === 'keyword'
      ? `As a plain-keyword baseline, each theme’s words and phrases were matched as written (whole words, in any case; no dictionary forms, word patterns, regular expressions or exclusions); ${several}.`
      : stemmedIn !== undefined
        ? `The codebook is in ${stemmedIn}: words were reduced to their ${stemmedIn} stems, accents read past (“ecole” is “école”), and matched against each theme’s words, word patterns and phrases; ${several}.`
        : `Words were reduced to their dictionary forms (lemmas) and matched against each theme’s words, word patterns and phrases; ${several}.`,
    !settings.expansions
      ? `Expansion was off${settings.matcher === 'lemma' && stemmedIn !== undefined ? ' (its synonyms are English words)' : ''}: only the codebook’s own words and phrases counted.`
      : expanded > 0
        ? `Expansion was on: close synonyms of the codebook’s words (from a curated list and from word embeddings reviewed by hand) also counted (${expanded} of ${plural(mentions, 'mention')} matched this way).`
        : 'Expansion was on, so close synonyms of the codebook’s words (from a curated list or from word embeddings) would also have counted, though none of the mentions found came from them.',
    settingSentence(settings.settingReferences, fromSetting, ctx.noun.singular),
    mentions === 0
      ? 'Mentions in a negated sentence (“not stressed”) are recorded as negated and still count unless a theme says otherwise.'
      : negated === 0
        ? // "(0 of 1 mention)" counted nothing, in words a reader had to work out.
          'Mentions in a negated sentence (“not stressed”) are recorded as negated and still count unless a theme says otherwise; none of the mentions found was negated.'
        : `Mentions in a negated sentence (“not stressed”) were recorded as negated (${negated} of ${plural(mentions, 'mention')}) and still count unless a theme says otherwise.`,
    read.has('transcript') ? 'Facilitators’ turns were read for context but not tagged or counted.' : '',
    otherLanguagesSentence(ctx),
  ]
    .filter((sentence) => sentence !== '')
    .join(' ');
  const who = ctx.noun.plural;
  const counting =
    ctx.students.length === 0
      ? ''
      : `A theme’s ${who} are the ${who} with at least one response carrying it. Percentages of ${who} are of the ${peopleInWords(ctx, ctx.students.length)} who took part${ctx.analysis.questions.length > 0 ? '; percentages of answers are of the answers to each question' : ''}.`;
  const privacy = [
    'Names, email addresses, phone numbers, social media handles, student numbers and street addresses were removed from every text before analysis and appear as [name], [email], [phone], [handle], [id] and [address].',
    settings.minCell > 1
      ? `Any count of fewer than ${settings.minCell} ${who} in a group is shown as “<${settings.minCell}”, and counts that would let it be worked out are hidden too. ${attributedBy(ctx)}`
      : `Small-cell suppression was turned off (minimum cell size ${settings.minCell}), so counts of small groups are shown. Quotes are never attributed by name or school.`,
  ].join(' ');
  const parts = ['## Method', tagging, ...(counting ? [counting] : []), privacy];
  if (ctx.analysis.findings.length > 0 || comparable(ctx).length > 0) {
    // A theme found through a reference to the respondent's own setting ("here", in an alternate
    // program) is tied to the setting's attributes, so a comparison by them is partly of its own making.
    const bySetting =
      settingAttributes.length > 0
        ? ` Themes found through ${withArticle(ctx.noun.singular)}’s reference to their own setting (“here”, “the program”) are counted too, so a comparison by ${listOf(settingAttributes.map((a) => attributeNameInSentence(a, ctx.analysis.attributeLabels)), 'or')} is partly of their making; \`--no-setting\` leaves them out.`
        : '';
    parts.push(
      `Groups were compared theme by theme: the ${who} of one group who raised a theme against everyone else, with a chi-square test (Fisher’s exact test where counts were small) and p-values adjusted for the number of comparisons (Holm).${bySetting}`,
    );
  }
  if (agreement) parts.push('### Agreement with other coders', formatAgreementMarkdown(agreement));
  return parts.join('\n\n');
}

/**
 * What a response was in this folder: "an answer on a reflection sheet or a student’s turn in a focus
 * group", or only the kinds there were ("a student’s turn in a focus group" for transcripts alone; "a
 * note a student wrote" for `notes`, many students' sticky notes or exit tickets). `talk`: whether the
 * transcripts were focus groups, interviews or both ("a student’s turn in a focus group or an interview").
 */
function responseKinds(read: Set<Source['kind']>, who: string, notes: boolean, talk = { groups: true, interviews: false }): string {
  const where = talk.groups && talk.interviews ? 'a focus group or an interview' : talk.interviews ? 'an interview' : 'a focus group';
  const turn = `${withArticle(who)}’s turn in ${where}`;
  const kinds = [
    read.has('sheet') ? 'an answer on a reflection sheet' : '',
    read.has('reflection') ? 'a paragraph of a written reflection' : '',
    notes ? `a note ${withArticle(who)} wrote` : '',
    read.has('transcript') ? turn : '',
  ].filter((k) => k !== '');
  return listOf(kinds.length > 0 ? kinds : ['an answer on a reflection sheet', turn], 'or');
}

/**
 * How quotes are signed, with suppression on: "by a program, school level or grade shared by at least 5
 * students" (the default), by role too where a Role column gives several, or by the noun alone ("A
 * teacher") where the participants are not students, whose grade would be the one they teach.
 */
function attributedBy(ctx: Context): string {
  const n = ctx.minCell;
  if (ctx.roles) {
    // Students are signed by a program or grade only where enough give a student's role to be signed as students.
    const students = ctx.students.filter((p) => {
      const role = roleOf(p);
      return role !== undefined && isStudentNoun(role);
    }).length;
    const byGroup = n <= 1 || students >= n ? `, a student’s also by a program, school level or grade shared by at least ${n} students,` : '';
    return `Quotes are attributed by role only where at least ${n} participants share it (else to “A participant”, as are those of the smallest other role where these alone would be)${byGroup} and never by name${byGroup ? '' : ', grade'} or school.`;
  }
  if (!isStudentNoun(ctx.noun)) return `Quotes are attributed only as “${capitalise(withArticle(ctx.noun.singular))}”, never by name, grade or school.`;
  return `Quotes are attributed only by a program, school level or grade shared by at least ${n} ${ctx.noun.plural}, and never by name or school.`;
}

/** How references to a respondent's setting were coded, for the method section ('' when not in use). */
function settingSentence(on: boolean, codings: number, who: string): string {
  if (!on) return '';
  const how =
    `As a human coder would, the tagging took each ${who}’s setting into account: a response that refers to it (“here”, “places like this”, “the program” or the school’s name) also carries the themes of the setting itself, such as an alternate or a trades program`;
  return codings > 0 ? `${how} (${plural(codings, 'coding')} came from such a reference).` : `${how}; no response in this data needed it.`;
}
