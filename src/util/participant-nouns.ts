// Who took part, as the report names them: "students" by default, "teachers" for a staff PD day, and
// each person's own role ("a teacher", "a parent") where a sheet has a Role column.
import type { ParticipantNoun } from '../model.js';
import { suggest } from './suggest.js';
import { own } from './own.js';

/** The report's default: the participants are students. */
export const STUDENTS: ParticipantNoun = { singular: 'student', plural: 'students' };

/** What a forum of several roles calls everyone together. */
export const PARTICIPANTS: ParticipantNoun = { singular: 'participant', plural: 'participants' };

/**
 * The nouns `participants:` (and `--participants`) accepts, singular or plural, each kept as spelt
 * (counsellor and counselor both). A staff member is one of the "staff".
 */
export const KNOWN_NOUNS: readonly ParticipantNoun[] = [
  STUDENTS,
  { singular: 'learner', plural: 'learners' },
  { singular: 'pupil', plural: 'pupils' },
  { singular: 'young person', plural: 'young people' },
  { singular: 'teacher', plural: 'teachers' },
  { singular: 'educator', plural: 'educators' },
  { singular: 'staff member', plural: 'staff' },
  { singular: 'administrator', plural: 'administrators' },
  { singular: 'principal', plural: 'principals' },
  { singular: 'counsellor', plural: 'counsellors' },
  { singular: 'counselor', plural: 'counselors' },
  { singular: 'parent', plural: 'parents' },
  { singular: 'caregiver', plural: 'caregivers' },
  { singular: 'guardian', plural: 'guardians' },
  { singular: 'family', plural: 'families' },
  { singular: 'community member', plural: 'community members' },
  PARTICIPANTS,
];

// Other ways a role is written in a sheet's Role column: "Parent/Guardian", "Admin", "Vice-Principal".
const ROLE_SYNONYMS: Record<string, string> = {
  'parent guardian': 'parent',
  'parent or guardian': 'parent',
  'parent caregiver': 'parent',
  'guardian parent': 'parent',
  mom: 'parent',
  dad: 'parent',
  mother: 'parent',
  father: 'parent',
  'staff members': 'staff member',
  'school staff': 'staff member',
  'support staff': 'staff member',
  'non teaching staff': 'staff member',
  'teaching staff': 'teacher',
  'classroom teacher': 'teacher',
  admin: 'administrator',
  'school administrator': 'administrator',
  'vice principal': 'administrator',
  'assistant principal': 'administrator',
  'principal vice principal': 'administrator',
  learners: 'learner',
  youth: 'student',
  'student youth': 'student',
};

// A cell that says no role: left as unknown, so the person is signed as everyone is.
const NO_ROLE = /^(?:other|others|n\/?a|none|prefer not to say|not stated|unknown|-+|\?)$/i;

/** Lower case, punctuation to spaces: "Parent/Guardian" → "parent guardian". */
function fold(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The known noun written as `word` (singular or plural, any case), or undefined. */
export function knownNoun(word: string): ParticipantNoun | undefined {
  const w = fold(word);
  return KNOWN_NOUNS.find((n) => n.singular === w || n.plural === w || (n.plural === 'staff' && w === 'staff members'));
}

/** Every spelling `participants:` accepts, for messages and suggestions. */
export function knownNounWords(): string[] {
  return KNOWN_NOUNS.map((n) => n.plural);
}

/**
 * The noun for one person's role as a Role column gives it: a known role ("Teacher", "Parents",
 * "Parent/Guardian", "Admin"), or any other role as written ("Educational Assistant" → an educational
 * assistant, "EA" kept in capitals, "Student (grade 10)" a student); undefined for a cell that says none
 * ("Other", "N/A") or gives a code ("Role 1").
 */
export function roleNoun(value: string): ParticipantNoun | undefined {
  // What brackets add is no part of the role ("Student (grade 10)", "Teacher [math]"); a digit makes a
  // code, not a role ("Role 1", "Group B2"), which would be pluralled as nothing says ("role 1s").
  const v = value.replace(/\s*(?:\([^)]*\)|\[[^\]]*\])\s*/g, ' ').trim();
  if (v === '' || NO_ROLE.test(v) || /\p{N}/u.test(v)) return undefined;
  const folded = fold(v);
  const known = knownNoun(own(ROLE_SYNONYMS, folded) ?? folded);
  if (known) return known;
  // Anything else is a noun of its own: words in capitals (EA, SLP) kept, others in lower case.
  const singular = v
    .split(/\s+/)
    .map((w) => (w.length > 1 && w === w.toUpperCase() && /\p{Lu}/u.test(w) ? w : w.toLowerCase()))
    .join(' ');
  return { singular, plural: pluralOf(singular) };
}

/** "assistant" → "assistants", "secretary" → "secretaries", "coach" → "coaches", "EA" → "EAs". */
function pluralOf(singular: string): string {
  if (/[^aeiou]y$/.test(singular)) return `${singular.slice(0, -1)}ies`;
  if (/(?:s|sh|ch|x|z)$/.test(singular)) return `${singular}es`;
  return `${singular}s`;
}

/** Whether a noun names students (student, learner, pupil, young person): whose grade an attribution may give. */
export function isStudentNoun(noun: ParticipantNoun): boolean {
  return ['student', 'learner', 'pupil', 'young person'].includes(noun.singular);
}

/** "a teacher", "an educator", "an EA", "a university …": the indefinite article before `phrase`. */
export function withArticle(phrase: string): string {
  // Words said with a consonant sound though spelt with a vowel, and the reverse (an hour, an SLP).
  const first = phrase.split(/\s+/)[0] ?? '';
  const vowelSound = /^[A-Z]{2,}$/.test(first)
    ? /^[AEFHILMNORSX]/.test(first)
    : /^(?:hour|honest|heir)/i.test(first) || (/^[aeiou]/i.test(first) && !/^(?:uni|use|usu|one|once|eu)/i.test(first));
  return `${vowelSound ? 'an' : 'a'} ${phrase}`;
}

/**
 * The noun `participants:` or `--participants` gives ("teachers", "Teacher", "staff"), or what is wrong
 * with it, to follow the setting's name: "is 'teahcers', … (did you mean 'teachers'?); expected one of …".
 */
export function participantNounFrom(written: string): ParticipantNoun | string {
  const noun = knownNoun(written);
  if (noun) return noun;
  const words = knownNounWords();
  const hint = suggest(fold(written), [...words, ...KNOWN_NOUNS.map((n) => n.singular)]);
  return `is '${written.trim()}', which is not a kind of participant reflect knows${hint}; expected one of: ${words.join(', ')} (singular or plural)`;
}

/**
 * "students’", "staff’s", "young people’s": the plural's possessive, with a typographic apostrophe (the
 * report's) or, as `apostrophe`, a straight one (the warnings').
 */
export function possessive(plural: string, apostrophe: '’' | "'" = '’'): string {
  return /s$/.test(plural) ? `${plural}${apostrophe}` : `${plural}${apostrophe}s`;
}

// The roles each wide noun takes in: a staff forum's teachers, counsellors and EAs are all its staff. A
// noun not listed takes in its own role alone (parents: a parent, a guardian, a caregiver, a family).
const STAFF_ROLES = new Set([
  'teacher', 'educator', 'staff member', 'administrator', 'principal', 'counsellor', 'counselor', 'librarian', 'coach',
  'educational assistant', 'education assistant', 'teaching assistant', 'youth worker', 'support worker', 'social worker',
]);
const NOUN_ROLES: Record<string, ReadonlySet<string>> = {
  'staff member': STAFF_ROLES,
  educator: STAFF_ROLES,
  administrator: new Set(['administrator', 'principal']),
  principal: new Set(['principal', 'administrator']),
  parent: new Set(['parent', 'guardian', 'caregiver', 'family']),
  caregiver: new Set(['parent', 'guardian', 'caregiver', 'family']),
  guardian: new Set(['parent', 'guardian', 'caregiver', 'family']),
  family: new Set(['parent', 'guardian', 'caregiver', 'family']),
};

/**
 * Whether a speaker label's role (`Teacher`, `Teacher 2`, `Parent/Guardian`, `Counsellor`) is one of the
 * people `noun` says took part: in a teachers' focus group a `Teacher 1:` is a participant, not staff
 * beside the students; with `participants` (everyone, of several roles), any role but an observer's or a
 * note-taker's. Students' roles are never adults' (see detectFacilitators), so false for them.
 */
export function isParticipantRole(label: string, noun: ParticipantNoun): boolean {
  if (isStudentNoun(noun)) return false;
  const role = roleNoun(unnumbered(label));
  if (!role) return false;
  // `participants: participants` (a forum of parents and staff) takes in every role but those who only watch.
  if (noun.singular === PARTICIPANTS.singular) return !WATCHING.has(role.singular);
  return role.singular === noun.singular || (NOUN_ROLES[noun.singular]?.has(role.singular) ?? false);
}

/** A speaker label without the number that tells its people apart: "Teacher 2" → "Teacher", "Parent-1" → "Parent". */
export function unnumbered(label: string): string {
  return label.replace(/[\s-]*\d{1,3}$/, '');
}

/** Roles that are at a focus group to watch or write, never to take part. */
const WATCHING = new Set(['observer', 'note taker', 'note-taker', 'notetaker', 'scribe']);
