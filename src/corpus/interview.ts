// A one-to-one interview among the transcripts: one student's talk with whoever asked, which the report
// names as an interview, never as a focus group. A transcript is one only where it holds exactly one
// student speaker AND says it is an interview: its title or file name ("Interview with a grade 11
// student", `interview-grade11.txt`, "one-on-one"), its asking side labelled as an interviewer's
// (`Interviewer:`, `INT:`, `I:` beside `R:`, `Q:` beside `A:`), or its front matter's `interviewer:` or
// `interviewee:`. One speaker alone is not enough: a focus group where one student happened to speak
// (or the only one the transcriber named) is still a focus group, and it has always been read as one.
// Anything that shows a group vetoes it: a title or file name of a group's talk ("focus group", "group
// interview", `fg2`, "panel"), a turn several people spoke at once (`Everyone:`), or the asker speaking to
// several ("you guys", "anyone else", "each of you"). A transcript that labels every student alike
// (see alike-speakers.ts) is a group's by that rule's own reading, and never an interview. What shows a
// group is group-talk.ts's.
import { namesAGroup, speaksToSeveral, titleAndName } from './group-talk.js';

// A title or a file name of one person's talk.
const INTERVIEW_TITLE = /(?<![\p{L}])(?:interview(?:s|ee)?|one[\s_-]*(?:on|to)[\s_-]*one|1[\s_-]*(?:on|to|:)[\s_-]*1)(?![\p{L}\d])/iu;

// The asking side's labels in an interview (see facilitators.ts's ROLE_ABBREVIATION and ASKING_LETTERS).
const INTERVIEWER_LABEL = /^(?:interviewers?|int|intv|iv|ivr|i|q)\s?\d{0,2}$/i;

/** What a transcript shows of its talk, for {@link isInterview}. */
export interface TalkShape {
  /** The title above the talk or its front matter's `title:`. */
  title?: string;
  /** The file's path. */
  name: string;
  /** How many different students spoke (an unidentified speaker among them). */
  students: number;
  /** The labels the facilitators spoke under. */
  askers: readonly string[];
  /** What the facilitators said, turn by turn. */
  asked: readonly string[];
  /** Whether some turn is several people's at once (`Everyone:`, `Maya, Jordan:`). */
  chorus: boolean;
  /** Whether every student is labelled alike and each turn counted as another's (alike-speakers.ts). */
  alike: boolean;
  /** The front matter's keys (`interviewer`, `interviewee`). */
  keys: readonly string[];
}

/**
 * Whether `talk` is a one-to-one interview (see the rule above): exactly one student, something that
 * says interview, and nothing that shows a group.
 */
export function isInterview(talk: TalkShape): boolean {
  if (talk.alike || talk.students !== 1 || talk.chorus) return false;
  const named = titleAndName(talk.title, talk.name);
  if (namesAGroup(named) || talk.asked.some(speaksToSeveral)) return false;
  return (
    INTERVIEW_TITLE.test(named) ||
    talk.askers.some((l) => INTERVIEWER_LABEL.test(l.trim())) ||
    talk.keys.some((k) => k === 'interviewer' || k === 'interviewee')
  );
}
