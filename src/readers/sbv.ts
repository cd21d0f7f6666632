// Reader for YouTube's SubViewer captions (.sbv, YouTube Studio's "Download › .sbv"): a cue is its timing,
// `0:00:01.200,0:00:05.900`, then its text, cues set apart by a blank line [x]; a cue run into the next
// with no blank line between [x]; hours-less timings [x]; speakers in the text as YouTube's edited
// captions write them, `>> Name: text`, `Name: text`, or `>>` alone for a change of speaker [x]; a name
// alone in brackets on a cue's first line [x]; no speaker names at all [x]. Cues become turns as in
// WebVTT and SRT (see turnsFromCues); a cue whose timing cannot be read is a warning at its line.
import type { ReadResult } from '../model.js';
import type { ReaderContext } from './index.js';
import { cleanSubtitle } from './srt.js';
import { decodeTextFile, splitLines } from './text.js';
import { captionTranscript, clip, parseCueTime, type Cue } from './vtt.js';

const SBV_TS = String.raw`(?:\d{1,2}:)?\d{1,2}:\d{2}\.\d{1,3}`;
const TIMING = new RegExp(String.raw`^(${SBV_TS})\s*,\s*(${SBV_TS})$`);
// What opens a timing line, read or not: a time (`0:00:01`), so a cue whose timing is mistyped is told so.
const TIME_LIKE = /^\d{1,2}:\d{1,2}/;
const EXAMPLE = '0:01:02.500,0:01:05.000';

/** Read a YouTube SBV caption file into a Transcript. */
export function readSbv(bytes: Uint8Array, ctx: ReaderContext): ReadResult {
  const { file } = ctx;
  const { text, encoding, warnings } = decodeTextFile(bytes, ctx);
  const lines = splitLines(text);
  const cues: Cue[] = [];
  // The first line of each cue skipped as malformed.
  const skipped: number[] = [];
  const timingAt = (i: number) => TIMING.exec(lines[i]!.trim());

  let i = 0;
  while (i < lines.length) {
    const raw = lines[i]!.trim();
    if (raw === '') {
      i++;
      continue;
    }
    const m = timingAt(i);
    const head = i;
    i++;
    // A cue's text runs to a blank line or to the next timing line, so a file that lost its blank lines
    // still reads cue by cue.
    while (i < lines.length && lines[i]!.trim() !== '' && !timingAt(i)) i++;
    if (!m) {
      const message = TIME_LIKE.test(raw)
        ? `malformed caption timing "${clip(raw)}" (expected start,end such as ${EXAMPLE}); caption skipped`
        : `expected a caption timing line (start,end such as ${EXAMPLE}), found "${clip(raw)}"; caption skipped`;
      warnings.push({ file, line: head + 1, message });
      skipped.push(head + 1);
      continue;
    }
    const cueLines = lines
      .slice(head + 1, i)
      .map((l, k) => {
        const { text, change } = cleanSubtitle(l);
        return { text, line: head + k + 2, ...(change ? { change: true as const } : {}) };
      })
      .filter((l) => l.text !== '');
    if (cueLines.length > 0) cues.push({ start: parseCueTime(m[1]!), end: parseCueTime(m[2]!), lines: cueLines });
  }
  return captionTranscript(cues, { file, encoding, warnings, skipped }, { format: 'sbv', cue: 'caption', named: 'an SBV', example: EXAMPLE });
}
