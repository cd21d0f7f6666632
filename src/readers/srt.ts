// Reader for SubRip subtitles (.srt): numbered cues [x], missing numbers or blank lines between cues [x],
// `.` or `,` before milliseconds [x], position coordinates after the timing [x], speaker names in the
// text (`Name: text`, `[Name] text`, `NAME: text`) [x], a name alone in brackets on a cue's first line
// (`(Maya Chen)`, see bracketedSpeakers) [x], no speaker names at all [x], <i>/<b>/<font>
// and {\an8} tags [x], a dialogue dash or `>>` as a change of speaker [x]. Cues become turns as in
// WebVTT (see turnsFromCues).
import type { ReadResult } from '../model.js';
import type { ReaderContext } from './index.js';
import { decodeTextFile, splitLines } from './text.js';
import { captionTranscript, clip, decodeEntities, parseCueTime, speakerChange, type Cue } from './vtt.js';

const SRT_TS = String.raw`\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?`;
const TIMING = new RegExp(String.raw`^(${SRT_TS})\s*-->\s*(${SRT_TS})(?:\s+.*)?$`);
const INDEX = /^\d+$/;

function cueTime(value: string): number {
  return parseCueTime(/[.,]/.test(value) ? value : `${value}.000`);
}

/**
 * Subtitle text without formatting tags and override codes, and whether it opens with a change of
 * speaker (a dialogue dash or `>>`): a line of an SRT subtitle or a YouTube SBV caption.
 */
export function cleanSubtitle(line: string): { text: string; change: boolean } {
  return speakerChange(decodeEntities(line.replace(/<[^>]*>/g, '').replace(/\{\\[^}]*\}/g, '')).replace(/\s+/g, ' ').trim());
}

/** Read an SRT file into a Transcript. */
export function readSrt(bytes: Uint8Array, ctx: ReaderContext): ReadResult {
  const { file } = ctx;
  const { text, encoding, warnings } = decodeTextFile(bytes, ctx);
  const lines = splitLines(text);
  const cues: Cue[] = [];
  const isTiming = (i: number) => i < lines.length && lines[i].includes('-->');
  // A cue's text runs to a blank line or to the next cue (its number followed by a timing line), so a
  // file that forgot the blank lines still reads cue by cue.
  const startsCue = (i: number) => isTiming(i) || (INDEX.test(lines[i].trim()) && isTiming(i + 1));
  // The first line of each subtitle skipped as malformed.
  const skipped: number[] = [];

  let i = 0;
  while (i < lines.length) {
    const raw = lines[i].trim();
    if (raw === '') {
      i++;
      continue;
    }
    if (INDEX.test(raw) && isTiming(i + 1)) {
      i++;
      continue;
    }
    if (!raw.includes('-->')) {
      warnings.push({ file, line: i + 1, message: `expected a subtitle number or timing line, found "${clip(raw)}"; skipped` });
      skipped.push(i + 1);
      while (i < lines.length && lines[i].trim() !== '' && !startsCue(i)) i++;
      continue;
    }
    const m = TIMING.exec(raw);
    const timingLine = i;
    i++;
    const payloadStart = i;
    while (i < lines.length && lines[i].trim() !== '' && !startsCue(i)) i++;
    if (!m) {
      warnings.push({ file, line: timingLine + 1, message: `malformed subtitle timing "${clip(raw)}"; subtitle skipped` });
      skipped.push(timingLine + 1);
      continue;
    }
    const cueLines = lines
      .slice(payloadStart, i)
      .map((l, k) => {
        const { text, change } = cleanSubtitle(l);
        return { text, line: payloadStart + k + 1, ...(change ? { change: true as const } : {}) };
      })
      .filter((l) => l.text !== '');
    if (cueLines.length > 0) cues.push({ start: cueTime(m[1]), end: cueTime(m[2]), lines: cueLines });
  }

  return captionTranscript(cues, { file, encoding, warnings, skipped }, { format: 'srt', cue: 'subtitle', named: 'an SRT', example: '00:01:02,500 --> 00:01:05,000' });
}
