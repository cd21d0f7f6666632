// A focus group's transcript anonymised by labelling every student alike (`Student:`, `S:`,
// `Participant:`): the turns are several people's, but the transcript does not say whose. Read as one
// speaker, such a group became "one student took part", every theme raised by that one student; so
// each turn is counted as another student's, as a pile of unsigned notes is (see many-writers.ts), and
// the report says that its counts of students are at most these. A one-to-one interview (`I:` / `P:`,
// "Interview with a grade 11 student") labels its one student alike too, so the turns are split only
// where the transcript shows a group (group-talk.ts): its title or file name says so, or the facilitator
// speaks to several people ("everyone", "anyone else", "you guys").
import type { Transcript } from '../model.js';
import { isAnyoneLabel, isGroupLabel, isPairLabel } from '../util/names.js';
import { namesAGroup, speaksToSeveral, titleAndName } from './group-talk.js';

/** Caption formats: their cues cut one person's sentences, so consecutive cues are not other people. */
const CAPTIONS = new Set(['vtt', 'srt', 'sbv']);

/**
 * The label every student's turn of `transcript` is under, where it is one anyone may speak under and
 * the talk is a group's (see above); undefined otherwise. `facilitators`: the transcript's facilitators'
 * labels, lower case; `name`: the file's path; `format`: the format read (captions are never split).
 */
export function alikeLabel(transcript: Transcript, facilitators: ReadonlySet<string>, name: string, format: string): string | undefined {
  if (transcript.written || transcript.notes || transcript.chat || CAPTIONS.has(format)) return undefined;
  let label: string | undefined;
  let turns = 0;
  const asked: string[] = [];
  for (const turn of transcript.turns) {
    const speaker = turn.speaker?.trim();
    if (turn.text.trim() === '') continue;
    if (speaker && facilitators.has(speaker.toLowerCase())) {
      asked.push(turn.text);
      continue;
    }
    if (speaker && (isGroupLabel(speaker) || isPairLabel(speaker))) continue;
    // A student's turn under a name, a number (`Student 2:`) or no label at all: the transcript tells
    // its students apart, or not in this way.
    if (!speaker || !isAnyoneLabel(speaker)) return undefined;
    label ??= speaker;
    turns++;
  }
  if (label === undefined || turns < 2) return undefined;
  return namesAGroup(titleAndName(transcript.title ?? transcript.attributes.title, name)) || asked.some(speaksToSeveral) ? label : undefined;
}
