// A file of many students' notes, one each, typed up under a title that says so: a forum's sticky notes, a
// class's exit tickets, comment cards, a parking lot. Written, with no one's name on any, each paragraph
// (or point) is a different student's, never one writer's reflection. Pure.
import type { SourceLine } from './speaker-lines.js';

// The collection's name, at the line's start or after a few words that place it ("Grade 9", "forum",
// "anonymous", "typed-up"); never after a sentence's words ("I love sticky notes").
const MANY_WRITERS = new RegExp(
  String.raw`^[#*_\s]*(?:(?:the|our|all|typed[- ]up|anonymous|students?['’]?|class|forum|conference|workshop|grade|gr\.?|period|block|session|day|table|group|room|\d+)[ \t]+){0,4}` +
    String.raw`(?:sticky[- ]?notes|post[- ]?its|exit[- ](?:tickets|slips|cards)|(?:comment|index|feedback)[- ]cards|feedback slips|` +
    String.raw`parking[- ]lot|graffiti[- ]wall|chart[- ]paper|anonymous[- ](?:comments|responses|notes|feedback))(?![\p{L}])`,
  'iu',
);
// A class's reflection sheets typed up together, named as a title is, not as a sentence's subject: "Reflection
// sheets — Grade 9, Westview", "Student reflections from the forum", "Students' comments:"; never "Student
// reflection sheets were collected", a writeup's sentence.
const MANY_SHEETS = new RegExp(
  String.raw`^[#*_\s]*(?:(?:the|our|all|typed[- ]up|anonymous|class|forum|grade|gr\.?|\d+)[ \t]+){0,3}` +
    String.raw`(?:(?:students?['’]?[ \t]+)?reflection[- ](?:sheets|slips|cards|forms)|students?['’]?[ \t]+(?:written[ \t]+)?(?:reflections|comments|responses))` +
    String.raw`[*_]*[ \t]*(?:$|[—–:(,]|-[ \t]|(?:from|for|of|at|in|on)[ \t][^.!?]*$)`,
  'iu',
);
// The lines looked at for the title: a heading, a label before the prompt, a line above them.
const HEAD_LINES = 3;

/** Whether a line names a collection of many students' notes ("Sticky notes from the forum", "# Exit tickets", "Reflection sheets, Grade 9"). */
export function namesManyWriters(line: string): boolean {
  const text = line.trim();
  return MANY_WRITERS.test(text) || MANY_SHEETS.test(text);
}

/**
 * Whether a written file is many students' notes, one each, by its title: a front matter's `title:` or
 * one of its first lines of words ("Sticky notes from the forum: What gets in the way?", "# Exit tickets,
 * period 2", "Parking lot"), naming such a collection.
 */
export function manyWriters(lines: readonly SourceLine[], title?: string): boolean {
  if (title !== undefined && namesManyWriters(title)) return true;
  return lines
    .filter((l) => /[\p{L}\p{N}]/u.test(l.text))
    .slice(0, HEAD_LINES)
    .some((l) => namesManyWriters(l.text));
}
