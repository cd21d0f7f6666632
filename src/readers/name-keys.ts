// Which keys of a transcript's front matter, header lines or details table hold people's names
// (`Facilitator: Ms. Kaur`, `Transcribed by: Sam Whitfield`, `Recorded: Dana Reyes`): the corpus redacts
// their values from every text and never keeps them as attributes, which analysis.json and inspect print.
// Shared by the header reader (such a line belongs to the header, not to the talk) and the corpus.
import { HONORIFICS, isAdultRole } from '../util/names.js';
import { splitNames } from './front-matter.js';
import { looksLikeName } from './speaker-lines.js';

// Keys whose values are names whatever they say (and any key ending in "name" or "by").
const NAME_KEYS = new Set(
  (
    'facilitator facilitators interviewer interviewers moderator moderators participant participants ' +
    'note-taker notetaker recorder scribe transcriber observer author student students interviewee ' +
    'interviewees respondent respondents speaker speakers teacher teachers counsellor counselor attendees ' +
    'attendee present guests'
  ).split(' '),
);

/**
 * Keys that say what was done to the recording or the notes, whose value may say who did it (`Recorded:
 * Dana Reyes`, `Typed: Sam Whitfield`) or something else (`Recorded: March 14`, `Recorded: Zoom`).
 */
const DONE_KEYS = new Set(
  'recorded transcribed typed prepared edited reviewed checked compiled coded facilitated moderated interviewed hosted led written submitted'.split(' '),
);

// Words of the tools a recording is made with, which read as names (`Recorded: Google Meet`): never a person.
const TOOLS = new Set(
  'zoom teams microsoft google meet webex otter rev trint descript sonix temi iphone ipad android phone audio video voice memos memo recorder app laptop chromebook tablet'.split(' '),
);

/** A key as front matter writes it (`Transcribed by`, `note_taker`), lower case with hyphens for spaces. */
function keyOf(key: string): string {
  return key.trim().toLowerCase().replace(/[\s_]+/g, '-');
}

// What a key ending in "name" names when it is no person (`School name: Riverside Secondary`): the value
// is the attribute itself, never a name to take from every text.
const THING_NAMED = /(?:^|-)(?:school|program|programme|course|class|district|board|division|group|event|session|project|team|club|file|site|venue|room|organi[sz]ation|company|meeting|forum|conference|workshop|unit|subject|department|province|state|country|city|town|community)-names?$/;

/** Whether a key's values are people's names whatever they say: `facilitator`, `student name`, `transcribed by` … */
export function isNameKey(key: string): boolean {
  const k = keyOf(key);
  return NAME_KEYS.has(k) || (/(?:^|-)names?$/.test(k) && !THING_NAMED.test(k)) || /-by$/.test(k);
}

/** Whether a key says what was done to a recording (`Recorded`, `Transcribed`), so its value may name who did it. */
export function isDoneKey(key: string): boolean {
  return DONE_KEYS.has(keyOf(key));
}

/**
 * Whether a value names people in full: each of its names two words or more, or a title and a name (`Dana
 * Reyes`, `Ms. Kaur, Sam Whitfield`); no number (`March 14`) and no tool's name (`Google Meet`). A name
 * alone (`Dana`) is not enough, as it may as well be a program's or a place's.
 */
function namesInFull(value: string): boolean {
  const names = splitNames(value);
  const inFull = (name: string): boolean => {
    const words = name.split(/\s+/);
    const titled = HONORIFICS.includes(words[0]!.toLowerCase().replace(/\.$/, ''));
    return (words.length >= 2 || titled) && looksLikeName(name) && !/\d/.test(name) && !words.some((w) => TOOLS.has(w.toLowerCase()));
  };
  return names.length > 0 && names.every(inFull);
}

/** Whether a key's value reads as people's names: one or more, each shaped as a name (`Ms. Kaur, Sam Whitfield`). */
export function readsAsNames(value: string): boolean {
  const names = splitNames(value);
  return names.length > 0 && names.every(looksLikeName);
}

/**
 * Whether a front-matter attribute names people, so its value is redacted and never kept as an attribute:
 * a name key ({@link isNameKey}); an adult's role given names (`Principal: Mr. Dhillon`, `Youth worker:
 * Kevin Osei`, not `Parent: yes`); or what was done to the recording with who did it in full (`Recorded:
 * Dana Reyes`, not `Recorded: March 14`).
 */
export function holdsNames(key: string, value: string): boolean {
  if (isNameKey(key)) return true;
  if (isAdultRole(key.replace(/[\s_]+/g, ' '))) return readsAsNames(value);
  return isDoneKey(key) && namesInFull(value);
}
