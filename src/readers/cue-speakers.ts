// Speakers named by WebVTT cue identifiers, the line before a cue's timing. Some tools write who speaks
// there rather than in the cue's text: Webex (`1 "Dana Reyes" (2738463726)`: a number, the display name
// in quotes, an id) and others (`Speaker 1`). Ignored as identifiers, every turn of such a file ran into
// one unidentified speaker. Identifiers that are numbers alone (`1`, `2`) or UUIDs name no one.
// Some captioners write who speaks alone on the cue's first line, in brackets, `(Maya Chen)` or `[Facilitator]`,
// the words below it: the name stayed in the words (and in the report), and the turn had no speaker.
import { isRoleLabel, looksLikeName, namesTakeTurns, voiceSpeaker, type LabelledSpeaker } from './speaker-lines.js';

// Webex: the cue's number, the speaker's display name in quotes, and an id in brackets.
const QUOTED = /^\d+\s+"([^"]{1,60})"(?:\s+\(\s*[\w-]*\s*\))?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:[/-]\d+(?:-\d+)?)?$/i;
const NUMBERED_ROLE = /^\S+\s+(?:\d{1,3}|\p{Lu})$/u;

/**
 * Per cue, the speaker its identifier names, or undefined. A quoted display name (Webex) always names
 * one. An identifier that is itself a name or a label (`Speaker 1`, `Maya Lopez`) does only where the
 * file uses identifiers so throughout: on two cues or more, and one of them coming back (identifiers are
 * meant to be unique, so a repeat is a speaker's) or each a numbered role (`Speaker 1`, `Speaker 2`);
 * a chapter's title or a lone identifier stays an identifier.
 */
export function cueIdentifierSpeakers(identifiers: readonly (string | undefined)[]): (LabelledSpeaker | undefined)[] {
  const quoted = identifiers.map((id) => QUOTED.exec(id?.trim() ?? '')?.[1]?.trim());
  const plain = identifiers.map((id, k) => {
    const name = id?.trim().replace(/\s+/g, ' ');
    return name === undefined || quoted[k] !== undefined || UUID.test(name) || !looksLikeName(name) ? undefined : name;
  });
  const named = plain.filter((n): n is string => n !== undefined);
  const keys = named.map((n) => n.toLowerCase());
  const comesBack = new Set(keys).size < keys.length;
  const numberedRoles = named.every((n) => isRoleLabel(n) && NUMBERED_ROLE.test(n));
  const plainSpeak = named.length >= 2 && (comesBack || numberedRoles);
  return identifiers.map((_, k) => {
    const name = quoted[k] ?? (plainSpeak ? plain[k] : undefined);
    return name === undefined || name === '' ? undefined : voiceSpeaker(name);
  });
}

// A name alone on a line in round or square brackets.
const BRACKETED_ALONE = /^(?:\(([^()[\]]{1,40})\)|\[([^()[\]]{1,40})\])$/;

/**
 * Per cue, the speaker its first line names alone in brackets (`(Maya Chen)`, `[Facilitator]`), as some
 * captioners mark who speaks before the words, or undefined. A note in brackets is no name ("(laughs)",
 * "[Music]", refused by looksLikeName), and a sound that reads as one (`(Sighs)`) does not come back
 * among other names: such lines speak only where the file marks speakers so throughout (their names take
 * turns: three or more, of two names or more, one coming back), or where the name is a role (`(Facilitator)`).
 * Lines with a voice tag are not looked at: the tag says who speaks.
 */
export function bracketedSpeakers(cues: readonly { lines: readonly { text: string; voice?: unknown }[] }[]): (string | undefined)[] {
  const found = cues.map((cue) => {
    const first = cue.lines[0];
    const m = first === undefined || first.voice !== undefined ? null : BRACKETED_ALONE.exec(first.text.trim());
    const name = (m?.[1] ?? m?.[2])?.trim().replace(/\s+/g, ' ');
    return name !== undefined && looksLikeName(name) ? name : undefined;
  });
  const names = found.filter((n): n is string => n !== undefined);
  const turnTaking = namesTakeTurns(names);
  return found.map((name) => (name !== undefined && (turnTaking || isRoleLabel(name)) ? name : undefined));
}
