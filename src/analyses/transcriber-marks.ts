// A transcriber's marks as a quote shows them. Transcripts keep them as typed ("[inaudible 00:12:03]",
// "[crosstalk 00:00:30]", "//Yeah//" for overlapping talk), and texts never change after reading; but a
// report's quote reads better with a gap marked "[inaudible]" than with the recording's clock, and a
// response with a gap in the student's words is a worse quote than one without.
import { TS } from '../util/clock-time.js';

// A note in brackets ending in a time ("[inaudible 00:12:03]", "(crosstalk at 0:30)", "[unclear - 1:02:03]"),
// or a time alone in brackets ("[00:12:03]"): the words are kept, the time goes.
const TIMED_NOTE = new RegExp(String.raw`([\[(])([^\[\]()\d]{0,40}?)[\s,;@-]*(?:\bat\s+)?(?:${TS})\s*([\])])`, 'gu');
// Talk over another's, as transcribers mark it: "//Yeah//". Not a URL's "://".
const OVERLAP = /(?<![:\w/])\/\/(?=\S)([^/\n]{1,200}?)(?<=\S)\/\/(?![\w/])/gu;
// Words missing from what a student said: a gap the quote would carry.
const GAP = /[\[(]\s*(?:inaudible|unintelligible|indiscernible|unclear|crosstalk|cross-talk|overlapping|overtalk|garbled)\b/iu;

/**
 * A quote's text with a transcriber's marks tidied: a time in a bracketed note left out ("[inaudible
 * 00:12:03]" → "[inaudible]", "[00:12:03]" → nothing), and the slashes of overlapping talk dropped
 * ("//Yeah//" → "Yeah"). For display only: evidence offsets point into the response's own text.
 */
export function tidyTranscriberMarks(text: string): string {
  if (!/[[(/]/.test(text)) return text;
  const tidied = text
    .replace(TIMED_NOTE, (_, open: string, words: string, close: string) => (words.trim() === '' ? '' : `${open}${words.trim()}${close}`))
    .replace(OVERLAP, '$1');
  // A time taken out alone leaves its spaces either side.
  return tidied === text ? text : tidied.replace(/ {2,}/g, ' ').trim();
}

/** Whether a text marks words the transcriber could not make out ("[inaudible]", "(crosstalk 0:30)"). */
export function hasTranscriptionGap(text: string): boolean {
  return GAP.test(text);
}
