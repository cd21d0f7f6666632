// What shows that a transcript is a group's talk and not one person's: its title or file name, or the
// facilitator speaking to several people at once. Both corpus/alike-speakers.ts (a group whose students
// are all labelled alike) and corpus/interview.ts (a one-to-one interview, which a group's signs veto)
// read it so.

// A title or a file name of a group's talk ("group interview" and "focus group interview" among them).
const GROUP_TITLE = /(?<![\p{L}])(?:focus[\s_-]*groups?|fg\d*|forums?|circles?|panels?|groups?|round[\s_-]*tables?|town[\s_-]*halls?|workshops?|assembl(?:y|ies)|breakouts?|huddles?)(?![\p{L}])/iu;

// The asker speaking to several people at once. Bare "anyone" is left out: an interviewer asks "did
// anyone help you?" of one student.
const TO_SEVERAL =
  /\b(?:every(?:one|body)|you all|y'?all|all of you|you guys|anyone else|anybody else|who else|each of you|some of you|a few of you|both of you|show of hands|raise your hands?|one at a time)\b/i;

/** "Interview with a grade 11 student" and `notes/interview-3.txt`, the words a title and a file's own name (not its folder's) say. */
export function titleAndName(title: string | undefined, name: string): string {
  return `${title ?? ''} ${name.replace(/^.*\//, '')}`;
}

/** Whether a transcript's title or file name (see {@link titleAndName}) names a group's talk: "focus group", `fg2`, "forum", "panel" … */
export function namesAGroup(titled: string): boolean {
  return GROUP_TITLE.test(titled);
}

/** Whether a facilitator's turn speaks to several people at once ("everyone", "you guys", "who else"). */
export function speaksToSeveral(text: string): boolean {
  return TO_SEVERAL.test(text);
}
