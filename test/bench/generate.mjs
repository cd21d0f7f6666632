// Generates a deterministic survey of student reflection answers for the benchmark: sheets with an id,
// grade, gender and school, and question columns of 10-60 words, mixing everyday student talk with
// theme vocabulary (about one theme expression in ten words, as in real reflection sheets).

// The same seeded PRNG as the bootstrap's (src/util/random.ts, built by `npm run bench` before this runs).
import { mulberry32 as prng } from '../../dist/util/random.js';

const OPENERS = ['honestly', 'i think', 'we', 'our school', 'my teachers', 'some teachers', 'in my class we', 'i wish we', 'it would help if we', 'the school should', 'they', 'most kids', 'i feel like', 'for me', 'at our school we', 'sometimes we', "i don't think we"];
const FILLER = 'the a an and to of in for on with at by about like just really kind of pretty much more less some all every lot lots thing things stuff way ways day days week year people kids students teacher teachers class classes school learning learn work working get got make do doing did go going have has had want need try trying think feel know see say said help better good bad hard easy fun boring actually maybe also too very so because when if then but or not never always usually still even only other same different new old own our my your their we they it is are was were be been can could would should will english math science socials pe art music lunch hallway library morning afternoon friday monday homework assignment notes unit lesson board question answer idea ideas group partner'.split(' ');
const THEMES = [
  'stressed out', 'anxiety', 'so much stress', 'mental health', 'worried about', 'scared to ask for help', 'overwhelmed',
  'no money', 'the budget', 'field trip costs', 'supplies', 'old equipment', 'fees',
  'the timetable', 'flex block', 'bell schedule', 'a later start', 'my schedule is packed', 'semester',
  'more electives', 'choose our own topics', 'options', 'pick what we learn', 'course choices',
  'teachers who know us', 'one-on-one time', 'a mentor', 'checks in with me', 'trust',
  'class sizes', 'smaller classes', 'too many students', 'crowded rooms',
  'chromebooks', 'the wifi', 'online courses', 'laptops', 'youtube videos',
  'my own pace', 'deadlines', 'rushed', 'more time to finish', 'falling behind',
  'tests', 'marks', 'exams', 'report cards', 'my grades',
  'real life skills', 'careers', 'a job', 'real world stuff',
  'student voice', 'a say in decisions', 'listen to students', 'vote on',
  'student council', 'leadership class', 'leaders',
  'my passion', 'goals', 'what i want to do', 'interests',
  'alternate programs', 'the alternate school',
  'apprenticeships', 'the trades', 'youth train', 'electrician',
  'counsellors', 'an ea', 'tutoring', 'support workers',
  'change', 'old school teaching', 'new ideas',
  'fair', 'indigenous culture', 'diversity', 'equity',
  'community', 'belong', 'feel safe', 'respect each other',
  'my family', 'my parents', 'siblings at home', 'chores',
  'projects', 'hands-on', 'field trips', 'outdoor ed',
];
const ENDINGS = ['.', '.', '.', '!', '?', ' lol.', ' 😭', '.'];

function pick(rnd, list) {
  return list[Math.floor(rnd() * list.length)];
}

/** One answer of 10-60 words. */
export function answer(rnd) {
  const target = 10 + Math.floor(rnd() * 51);
  const words = [];
  let sentence = 0;
  while (words.length < target) {
    if (sentence === 0) words.push(...pick(rnd, OPENERS).split(' '));
    if (rnd() < 0.1) words.push(...pick(rnd, THEMES).split(' '));
    else words.push(pick(rnd, FILLER));
    sentence += 1;
    if (sentence > 6 + rnd() * 10) {
      words[words.length - 1] += pick(rnd, ENDINGS);
      sentence = 0;
    }
  }
  const text = words.slice(0, target).join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function csvCell(s) {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A survey CSV: `sheets` rows × `questions` text columns, plus id, grade, gender and school. Returns the
 * CSV text and the answers in order (for tagging-only timing).
 */
export function generateSurvey({ sheets, questions, seed = 2016 }) {
  const rnd = prng(seed);
  const header = ['student_id', 'grade', 'gender', 'school'];
  for (let q = 1; q <= questions; q++) header.push(`What else could schools do to personalise learning? (${q})`);
  const lines = [header.map(csvCell).join(',')];
  const answers = [];
  const genders = ['Female', 'Male', 'Non-binary', 'Prefer not to say'];
  const schools = ['Riverside Secondary', 'Maple Middle', 'Pathways Alternate', 'North Valley Secondary', 'Cedar Middle'];
  for (let s = 1; s <= sheets; s++) {
    const row = [`S${String(s).padStart(6, '0')}`, String(8 + Math.floor(rnd() * 5)), pick(rnd, genders), pick(rnd, schools)];
    for (let q = 0; q < questions; q++) {
      const a = answer(rnd);
      answers.push(a);
      row.push(a);
    }
    lines.push(row.map(csvCell).join(','));
  }
  return { csv: lines.join('\n') + '\n', answers };
}
