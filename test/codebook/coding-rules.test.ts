// The default codebook against the written coding rules of the sample's human coding
// (fixtures/personalization-2016-coding/README.md): each theme's borderline cases and the rules' own
// examples, as short sentences. They come from the rules' text, never from the coded responses, so
// they check that the codebook says what the rules say without tuning it to either coded set.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/codebook/load.js';
import { compileCodebook, type CompiledCodebook } from '../../src/codebook/compile.js';
import { tagText } from '../../src/analyses/tagging.js';

let compiled: CompiledCodebook;
beforeAll(async () => {
  compiled = compileCodebook(await loadCodebook(), { expansions: true, matcher: 'lemma' });
});
const themesOf = (text: string): string[] => tagText(text, compiled).map((c) => c.themeId);

/** Per theme, sentences the rules say carry it. */
const NAMED: Record<string, string[]> = {
  relationships: ['my teacher actually knows me', 'she noticed I was struggling', 'he checks in with me', 'we work one on one', 'teachers who trust us', 'she was really understanding'],
  'support-staff': ['our youth worker helps', 'the Indigenous support worker', 'the resource teacher', 'learning support', 'peer tutoring', 'the counsellor pushed university', 'an EA in my class'],
  'mental-health': ['I worry a lot', 'scared to make mistakes', 'the stigma of asking for help', 'a wellness room', 'mental health days', 'we need more sleep', 'teachers are stressed too'],
  'student-voice': ['thanks for asking us', 'nobody asks us', 'fewer adults talking', 'students should be heard', 'let students decide'],
  leadership: ['student council', 'leadership class', 'we ran the tables at the fair', 'being a leader', 'we organize events'],
  grades: ['a project instead of a test', 'let us redo tests', 'my GPA', 'comparing marks', 'report cards', 'exams'],
  pace: ['work at my own pace', 'deadlines', 'an extension', 'rushing through the curriculum', 'too much homework', 'time in class to get work done'],
  timetables: ['flex blocks', 'the bell', 'school starts too early', 'lunch is too short', 'longer recess', 'blocks are too long', 'a spare', 'instructional minutes', 'coming in at eleven', 'online courses at night'],
  choice: ['electives', 'exploratories', 'the hockey academy', 'IB', 'AP classes', 'French immersion', 'pick our own topics', 'choose our groups', 'options to show what we learned', 'graduation requirements limit which courses'],
  technology: ['devices', 'Chromebook carts', 'the wifi', 'Google Classroom', 'YouTube lessons', 'online courses', "I don't have a computer at home"],
  funding: ['money', 'the budget', 'it costs too much', 'fees', 'cuts', 'old broken equipment'],
  'project-learning': ['projects', 'hands-on', 'shop class', 'cooking', 'woodwork', 'the school garden', 'field trips', 'outdoor ed', 'learning on the land', 'genius hour', 'passion projects'],
  apprenticeships: ['Youth TRAIN', 'trades sampler', 'dual credit', 'a career in the trades', 'people think trades are for dumb kids'],
  'real-world': ['careers', 'a job', 'life skills', 'the community', 'work experience', 'employers', 'when are we ever gonna use this', 'job shadowing'],
  'passion-purpose': ['discover my interests', 'know what I want to do', 'my goals', 'plan my own path', 'write your own story'],
  'equity-diversity': ['Indigenous culture', 'our language', 'ways of knowing', 'gender', 'LGBTQ', 'racism', 'shy kids', 'not everyone can afford it', 'equity vs equality', 'fairness'],
  'community-belonging': ['I feel safe here', 'they look after us', 'we are not written off', 'we support each other', 'peers helping peers', 'respect between students'],
  'home-life': ['my parents think', 'my dad got mad', 'I take care of my siblings', 'my mom is sick', 'I work to help my family', 'hungry at home', 'child care', 'chores', 'my job takes time from school'],
  change: ['teachers resist change', 'old school', 'stuck in the 1990s', 'schools change slower than the world', 'the same way my parents were taught'],
  'class-size': ['too many students in a class', 'crowded rooms', 'small groups', 'smaller classes', '30 kids per teacher'],
  'alternate-programs': ['the alternate school', 'people think we are bad kids', 'better than my old school', 'alternate as an option'],
};

/** The rules' examples, with every theme they carry (and none other). */
const EXAMPLES: [string, string[]][] = [
  ['Teachers have too many students to know everyone', ['class-size', 'relationships']],
  ['Council only plans dances, nobody asks us', ['student-voice', 'leadership']],
  ["Take the test when you're ready", ['pace', 'grades']],
  ['My mom says theres no money for it', ['funding']],
  ['teachers who let you run with an idea', ['choice']],
  ['thanks for asking us', ['student-voice']],
  ['the counsellor ran a group for kids with anxiety', ['support-staff', 'mental-health']],
  ['schools are stuck in the 1990s', ['change']],
  ['I get help from my teacher in flex', ['timetables', 'relationships']],
  ['I do online courses at night', ['timetables', 'technology']],
  ['I did sharks.', []],
  ['Same.', []],
  ['Deep.', []],
  ['Time', []],
  ['idk', []],
  ['Better food in the cafeteria honestly', []],
  ['Job shadowing and work experience credit', ['real-world']],
  ['A shop class', ['project-learning']],
  ['dyslexia makes reading hard', []],
  ["kids who can't afford the field trip get left out", ['funding', 'equity-diversity', 'project-learning', 'community-belonging']],
  ["my family can't afford a laptop", ['funding', 'home-life', 'technology']],
  ['I have to babysit my little brother after school', ['home-life']],
];

// Sentences a keyword list cannot code without reading for meaning; kept here as known limits.
const KNOWN_MISSES = new Set([
  'she noticed I was struggling',
  'the community',
  'my job takes time from school',
  'better than my old school',
]);

describe('the default codebook and the coding rules', () => {
  const named = Object.entries(NAMED).flatMap(([theme, texts]) => texts.map((text): [string, string] => [theme, text]));

  it.each(named.filter(([, text]) => !KNOWN_MISSES.has(text)))('codes %s in "%s"', (theme, text) => {
    expect(themesOf(text)).toContain(theme);
  });

  it.each(EXAMPLES)('"%s" carries exactly the themes the rules give', (text, themes) => {
    expect([...themesOf(text)].sort()).toEqual([...themes].sort());
  });

  it('still misses the known limits (remove one from the list when it starts to pass)', () => {
    for (const text of KNOWN_MISSES) {
      const theme = named.find(([, t]) => t === text)![0];
      expect(themesOf(text), text).not.toContain(theme);
    }
  });
});
