// Who facilitates a transcript: named in its front matter, named by the user, labelled by role, or,
// failing those, the one speaker who clearly asks the questions. Facilitator turns are context, never
// coded, so a wrong guess here silently moves talk out of the analysis: the rules are strict and say why.
import type { Transcript } from '../model.js';
import { FACILITATOR_KEYS, splitNames } from '../readers/front-matter.js';
import { HONORIFICS, isAdultRole } from '../util/names.js';
import type { ParticipantNoun } from '../model.js';
import { STUDENTS, isParticipantRole, isStudentNoun } from '../util/participant-nouns.js';

/** The facilitators found and the rule that found them. */
export interface FacilitatorDecision {
  /** Speaker labels as written in the transcript (each spelling once, in order of first turn). */
  facilitators: string[];
  /** "front matter", "--facilitator flag or config", "speaker label", "titled speaker label", "introduces themselves as facilitating", "asks 9 of 11 questions", or why none. */
  reason: string;
}

/** Words that, as a speaker label or part of one, name the facilitating role. */
const ROLE_WORDS = new Set(['facilitator', 'interviewer', 'moderator', 'host', 'researcher']);

/** The heuristic needs this many questions from its speaker … */
const MIN_QUESTIONS = 3;
/** … at least this many times as many as the next speaker asks … */
const MARGIN = 2;
/** … and at least this share of all questions asked. */
const MIN_SHARE = 0.5;

function key(name: string): string {
  return name.toLowerCase().replace(/[.,]/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * The role written beside each speaker's name (`Priya Sandhu (Counsellor):`, see Turn's `role`), by
 * {@link key}: the speaker is that role's in every turn, with it or without.
 */
function rolesOf(transcript: Transcript): Map<string, string> {
  const roles = new Map<string, string>();
  for (const t of transcript.turns) if (t.speaker !== undefined && t.role !== undefined && !roles.has(key(t.speaker))) roles.set(key(t.speaker), t.role);
  return roles;
}

/** Whether a speaker's label, or the role written beside it (`roles`, see rolesOf), passes `test`. */
function labelledAs(roles: ReadonlyMap<string, string>, test: (label: string) => boolean): (speaker: string) => boolean {
  return (speaker) => test(speaker) || test(roles.get(key(speaker)) ?? '');
}

/** Speaker labels in order of first turn, each spelling once. */
function speakersOf(transcript: Transcript): string[] {
  const seen = new Set<string>();
  for (const t of transcript.turns) if (t.speaker !== undefined) seen.add(t.speaker);
  return [...seen];
}

/**
 * Speakers matching `names`: the same name ignoring case, dots and spacing, or — where that finds
 * nobody — a speaker labelled with a name's first or last word alone ("Okafor" for "Ms Okafor",
 * "Dana" for "Dana Reyes"), with the whole name plus more ("Dana Reyes (facilitator)"), or a title and
 * a full name without the title ("Dana Reyes" for "Ms. Dana Reyes"). A title and a surname alone ("Ms.
 * Kaur") is not matched to a speaker with that surname ("Simran Kaur" may be a student): such a name that
 * matches no one is warned of (see unmatchedFacilitatorNames).
 */
function matchNames(speakers: string[], names: string[]): string[] {
  const wanted = names.map(key).filter((n) => n !== '');
  const exact = speakers.filter((s) => wanted.includes(key(s)));
  if (exact.length > 0) return exact;
  const titled = wanted.flatMap((n) => {
    const words = n.split(' ');
    return words.length > 1 && HONORIFICS.includes(words[0]!) ? [words.slice(1)] : [];
  });
  const untitled = titled.map((rest) => rest.join(' '));
  return speakers.filter((s) => {
    const sk = key(s);
    const sWords = sk.split(' ');
    return (
      untitled.includes(sk) ||
      wanted.some((n) => {
        const words = n.split(' ');
        const partOfName = sWords.length === 1 && words.length > 1 && (words[0] === sk || words[words.length - 1] === sk);
        const nameInLabel = ` ${sk} `.includes(` ${n} `);
        return partOfName || nameInLabel;
      })
    );
  });
}

/**
 * The names given with `--facilitator` or `facilitators:` (each of a list once) that match no speaker
 * of any of `transcripts`: a misspelling, or a name the transcripts write otherwise, which would
 * otherwise leave that facilitator's talk coded as a student's without a word.
 */
export function unmatchedFacilitatorNames(transcripts: Transcript[], names: string[]): { name: string; position: number }[] {
  const speakerLists = transcripts.map(speakersOf).filter((list) => list.length > 0);
  if (speakerLists.length === 0) return [];
  // Each person once, as first written; `position` counts them from 1, so a warning can say which
  // without writing a name (warnings go into analysis.json).
  const given = names.flatMap(splitNames).filter((n, i, all) => all.findIndex((m) => key(m) === key(n)) === i);
  return given.flatMap((name, i) => (speakerLists.every((list) => matchNames(list, [name]).length === 0) ? [{ name, position: i + 1 }] : []));
}

/** Letters that label the interviewer's side of an interview transcript (`Q:` and `A:`, `I:` and `R:`). */
const ASKING_LETTERS = new Set(['q', 'i']);

// The short forms qualitative transcripts give the asking side (`INT:`, `IV:`, `Mod 2:`), whole labels
// only, with or without a number: as a part of a longer label they could be anything.
const ROLE_ABBREVIATION = /^(?:int|intv|iv|ivr|mod|fac|facil)\s?\d{0,2}$/;

function isRoleLabel(speaker: string): boolean {
  const k = key(speaker);
  // The reader takes a letter as a label only beside its pair, so `Q` and `I` are the asking side.
  return ASKING_LETTERS.has(k) || ROLE_ABBREVIATION.test(k) || k.split(/[\s\-–()]+/).some((w) => ROLE_WORDS.has(w));
}

// Adults' titles: in a student forum the speaker called "Ms. Kaur" or "Coach Reid" is staff.
const ADULT_TITLE = new RegExp(`^(?:${HONORIFICS.join('|')})\\.?\\s+\\S`, 'i');

function isTitled(speaker: string): boolean {
  return ADULT_TITLE.test(speaker.trim());
}

/**
 * Speakers with an adult's title in their label (`Ms. Kaur`) or in its aside (`Teacher (Ms. Chen)`,
 * `Speaker 2 (Mr. Osei)`, which the reader keeps as the turn's alias).
 */
function titledSpeakers(transcript: Transcript, speakers: string[]): string[] {
  const keys = new Set<string>();
  for (const t of transcript.turns) {
    if (t.speaker !== undefined && (isTitled(t.speaker) || (t.alias !== undefined && isTitled(t.alias)))) keys.add(key(t.speaker));
  }
  return speakers.filter((s) => keys.has(key(s)));
}

// "I'm Dana and I'll be facilitating today", "I'm your moderator", "I will be co-facilitating": the way a
// facilitator opens. Interviewing and hosting are left out: students interview for jobs and host clubs.
const INTRODUCES_AS_FACILITATOR =
  /\bI(?:\s*['’]\s*(?:ll|m)|\s+(?:will|am))\s+(?:(?:going\s+to|gonna)\s+)?(?:be\s+)?(?:(?:your|the|today['’]s|our)\s+)?(?:co-?)?(?:facilitat(?:ing|or)\b|moderat(?:ing|or)\b)/i;
/** A facilitator introduces themselves in the opening turns, not later in the talk. */
const OPENING_TURNS = 5;

function asksQuestion(text: string): boolean {
  return text.includes('?');
}

/**
 * Find the facilitator(s) of a transcript. Sources in priority order: a front matter attribute
 * (`facilitator`, `facilitators`, `interviewer`, `moderator` …), `names` (from the config file and
 * `--facilitator` flags, case-insensitive), a speaker labelled by role (Facilitator, Interviewer,
 * Moderator, Host, Researcher, Teacher-facilitator, Co-facilitator …, or an interview's `Q` or `I`; alone or
 * in brackets after a name, `Dana Reyes (Facilitator)`), the speakers labelled with an
 * adult's title (Ms. Kaur, Mr Osei, Coach Reid) where others are not (a talk among staff has no
 * facilitator by this rule), a speaker who opens by saying they are facilitating or moderating ("I'm Dana,
 * I'll be facilitating today"), else the one speaker who asks the questions: at least 3 turns with a
 * question, at least twice as many as anyone else, and at least half of all. A source that names
 * nobody who speaks gives way to the next one. Speakers labelled by an adult's role (Teacher, Principal,
 * Vice Principal, Counsellor, Observer, Note-taker, Youth Worker, Staff, Parent …), alone or in brackets
 * after a name (`Mr. Dhillon (Teacher)`), are added to whatever the rules find: their turns are context,
 * like a facilitator's; so are speakers labelled as facilitators (`Co-facilitator:`) where the front
 * matter or a flag named someone else.
 *
 * Where `participants` names adults (`participants: teachers`), a speaker labelled by their role
 * (`Teacher 1:`, `Mr. Dhillon (Teacher)`; a staff member's any staff role, a parent's Parent or Guardian)
 * is one of them, not staff beside them, and an adult's title says nothing of who leads: the facilitator
 * is found by the other rules.
 */
export function detectFacilitators(transcript: Transcript, names: string[], participants: ParticipantNoun = STUDENTS): FacilitatorDecision {
  const speakers = speakersOf(transcript);
  if (speakers.length === 0) return { facilitators: [], reason: 'no speaker labels' };
  const roles = rolesOf(transcript);
  const facilitating = labelledAs(roles, isRoleLabel);
  const led = whoLeads(transcript, speakers, names, facilitating, isStudentNoun(participants));
  const others = speakers.filter((s) => !led.facilitators.includes(s));
  // A speaker labelled as a facilitator (`Facilitator:`, `Co-facilitator:`) is one, though the front
  // matter or a flag named another: a second facilitator is never a student.
  const labelled = others.filter(facilitating);
  // An adult named by role (Principal, Counsellor, Parent …) is never a student, whoever leads the group.
  // (A title is weaker evidence, so it only decides where nothing more certain names the leader.)
  const adult = labelledAs(roles, (label) => isAdultRole(label) && !isParticipantRole(label, participants));
  const staff = others.filter((s) => !labelled.includes(s) && adult(s));
  if (labelled.length === 0 && staff.length === 0) return led;
  const reasons = [
    ...(led.facilitators.length > 0 ? [led.reason] : []),
    ...(labelled.length > 0 ? ['speaker label'] : []),
    ...(staff.length > 0 ? ["adult's role label"] : []),
  ];
  const reason = reasons.length === 1 ? reasons[0]! : `${reasons.slice(0, -1).join(', ')}, and ${reasons.at(-1)!}`;
  return { facilitators: [...led.facilitators, ...labelled, ...staff], reason };
}

/** The facilitators by the first rule that finds any (see {@link detectFacilitators}). */
function whoLeads(transcript: Transcript, speakers: string[], names: string[], facilitating: (speaker: string) => boolean, titlesLead: boolean): FacilitatorDecision {

  const fromFrontMatter = FACILITATOR_KEYS.flatMap((k) => (transcript.attributes[k] ? splitNames(transcript.attributes[k]) : []));
  const byFrontMatter = matchNames(speakers, fromFrontMatter);
  if (byFrontMatter.length > 0) return { facilitators: byFrontMatter, reason: 'front matter' };

  // `facilitators: Ms. Kaur, Mr. Osei` in the config, or one --facilitator flag naming both, is two people.
  const byNames = matchNames(speakers, names.flatMap(splitNames));
  if (byNames.length > 0) return { facilitators: byNames, reason: '--facilitator flag or config' };

  const byRole = speakers.filter(facilitating);
  if (byRole.length > 0) return { facilitators: byRole, reason: 'speaker label' };

  // Among students an adult's title marks the one leading; among teachers or parents it marks no one.
  const byTitle = titlesLead ? titledSpeakers(transcript, speakers) : [];
  if (byTitle.length > 0 && byTitle.length < speakers.length) return { facilitators: byTitle, reason: 'titled speaker label' };

  const introduced = selfIntroduced(transcript, speakers);
  if (introduced.length > 0) return { facilitators: introduced, reason: 'introduces themselves as facilitating' };

  return byQuestions(transcript, speakers);
}

/**
 * Speakers who say, in the transcript's first {@link OPENING_TURNS} turns, that they are facilitating
 * ("I'm Ms Patel, I'll be facilitating today"): the usual opening of a focus group whose transcription
 * service labelled everyone "Speaker 1, Speaker 2" or by name alone. Every spelling of such a speaker's label.
 */
function selfIntroduced(transcript: Transcript, speakers: string[]): string[] {
  const keys = new Set<string>();
  for (const t of transcript.turns.slice(0, OPENING_TURNS)) {
    if (t.speaker !== undefined && INTRODUCES_AS_FACILITATOR.test(t.text)) keys.add(key(t.speaker));
  }
  return speakers.filter((s) => keys.has(key(s)));
}

function byQuestions(transcript: Transcript, speakers: string[]): FacilitatorDecision {
  if (speakers.length < 2) return { facilitators: [], reason: 'only one speaker' };
  // Count per person, not per spelling, so "Maya" and "MAYA" are one speaker.
  const questions = new Map<string, number>();
  for (const t of transcript.turns) {
    if (t.speaker === undefined || !asksQuestion(t.text)) continue;
    questions.set(key(t.speaker), (questions.get(key(t.speaker)) ?? 0) + 1);
  }
  const total = [...questions.values()].reduce((a, b) => a + b, 0);
  const ranked = [...questions.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const [top, next] = ranked;
  const spelled = (k: string) => speakers.filter((s) => key(s) === k);
  const tally = ranked
    .slice(0, 3)
    .map(([k, n]) => `${spelled(k)[0]} ${n}`)
    .join(', ');
  if (!top || top[1] < MIN_QUESTIONS) {
    return { facilitators: [], reason: `no speaker asks ${MIN_QUESTIONS} or more questions${tally ? ` (${tally})` : ''}` };
  }
  const nextCount = next?.[1] ?? 0;
  if (top[1] < MARGIN * nextCount || top[1] < MIN_SHARE * total) {
    return { facilitators: [], reason: `no speaker stands out as asking the questions (${tally})` };
  }
  return { facilitators: spelled(top[0]), reason: `asks ${top[1]} of ${total} questions` };
}
