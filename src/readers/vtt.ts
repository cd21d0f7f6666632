// Reader for WebVTT captions and meeting transcripts (.vtt): Zoom style (`Name: text` in cues) [x],
// Teams style (`<v Name>text</v>`, also without `</v>`; directory names such as `<v Kaur, Harpreet>` or
// `<v Maya Lopez (Guest)>` read as the name, see voiceSpeaker) [x], a name beside an id or a role
// (`<v P1 (Maya)>`, `Teacher (Ms. Chen):`) kept as the turn's alias, to redact [x], several voices in one cue [x], cue
// identifiers [x] (a speaker's name or label there, Webex's `1 "Dana Reyes" (…)` or `Speaker 1`, is the
// cue's speaker: see cue-speakers.ts), a name alone in brackets on a cue's first line (`(Maya Chen)`) [x], cue settings [x], NOTE/STYLE/REGION blocks [x], inline tags and entities [x],
// hours-less timings [x], a dialogue dash or `>>` opening a line as a change of speaker [x]. Also holds
// the cue → turn merging shared with the SRT reader.
import { decodeHTMLStrict } from 'entities';
import type { ReadResult, Turn, Warning } from '../model.js';
import type { ReaderContext } from './index.js';
import { acceptLabels, pairLabels, parseLabel, sameSpeaker, speakerKey, voiceSpeaker, type LabelledSpeaker, type LabelMatch } from './speaker-lines.js';
import { decodeTextFile, splitLines } from './text.js';
import { bracketedSpeakers, cueIdentifierSpeakers } from './cue-speakers.js';
import { InputError } from '../util/errors.js';
import { firstFew } from '../util/text.js';

/** One line of a cue's text, after tags are removed. */
export interface CueLine {
  text: string;
  /** 1-based line in the file. */
  line: number;
  /** The speaker a WebVTT voice tag (`<v Name>`) gives the line. */
  voice?: LabelledSpeaker;
  /** The line opened with a dialogue dash or `>>`: someone else speaks from here (see {@link speakerChange}). */
  change?: true;
}

// Captions mark a change of speaker with a dash before the line ("- Same here.", Netflix's "-Same here.")
// or, in live (CART) and broadcast captions, with `>>`. An en dash needs a space after it, and an em
// dash never counts: "—to math help" is a sentence taken up after an interruption, not a new speaker.
const SPEAKER_CHANGE = /^\s*(?:>>|-(?![-\d])|–(?=\s))\s*/;

/** A caption line without the mark of a change of speaker it opens with, and whether it had one. */
export function speakerChange(text: string): { text: string; change: boolean } {
  const m = SPEAKER_CHANGE.exec(text);
  return m ? { text: text.slice(m[0].length), change: true } : { text, change: false };
}

/** A timed cue of a subtitle or caption file, format-neutral. */
export interface Cue {
  start: number;
  end: number;
  lines: CueLine[];
  /** The speaker the cue's identifier names (see cueIdentifierSpeakers): its lines' unless they name another. */
  speaker?: LabelledSpeaker;
}

/** Consecutive unlabelled cues stay in one turn unless a sentence ends and the speaker pauses this long. */
const PARAGRAPH_PAUSE = 2;
/** … or the turn already has this many words (subtitles of one long monologue). */
const PARAGRAPH_WORDS = 100;
const SENTENCE_END = /[.!?…]["'”’)\]]*$/;

interface Segment {
  speaker?: string;
  /** A name beside the speaker's id or role (`P1 (Maya):`), kept on the turn to be redacted. */
  alias?: string;
  /** An adult's or a facilitator's role beside the speaker's name (`Priya Sandhu (Counsellor):`). */
  role?: string;
  parts: string[];
  line: number;
  start: number;
  end: number;
  /** The segment is the first of its cue. */
  opensCue: boolean;
  /** Opened by a dialogue dash or `>>` without a name: someone other than the previous speaker. */
  change: boolean;
}

/**
 * The labels `accepted`, and a name in lower case opening a cue (`sofia ivanova: …`, a display name as a
 * student typed it) where the file's cues open with their speaker's name (Zoom's shape: most cues, two
 * or more, open with a label taken). Such a label is taken in text only where it comes back (see
 * acceptLabels), but a cue's start is a label's place: a student who spoke once ran into the turn before,
 * often the facilitator's, and their name stayed in the words.
 */
function cueOpeningNames(cues: readonly Cue[], matches: readonly (LabelMatch | undefined)[], accepted: boolean[]): boolean[] {
  const firsts: number[] = [];
  let k = 0;
  for (const cue of cues) {
    if (cue.lines.length > 0) firsts.push(k);
    k += cue.lines.length;
  }
  const labelled = firsts.filter((i) => accepted[i]).length;
  if (labelled < 2 || labelled * 2 < firsts.length) return accepted;
  const result = [...accepted];
  for (const i of firsts) if (matches[i]?.lowerCase) result[i] = true;
  return result;
}

/**
 * Merge cues into turns. A speaker comes from a voice tag or a `Name:` label (decided file-wide, as
 * for text). Consecutive cues of one speaker are one turn (start of the first, end of the last). Where
 * the file has speakers, a cue without one continues the previous turn; it is warned about when the
 * file otherwise labels every cue (some speaker's label repeats on consecutive cues, as Zoom and Teams
 * write), but not when labels mark only changes of speaker (the captioning convention). Before any
 * speaker such a cue is a turn of its own, with a warning. A line opened by a dialogue dash or `>>`
 * without a name is a change of speaker to someone unnamed: a turn of its own with no speaker, which
 * unlabelled cues after it continue (the corpus gives such turns an unidentified speaker, never the
 * named one before them). Where no cue has a speaker, cues run together into paragraphs, a new one
 * starting at a dash or `>>`, after a sentence end followed by a pause of 2 s or more, or once a
 * paragraph reaches 100 words.
 */
export function turnsFromCues(cues: Cue[], file: string): { turns: Turn[]; warnings: Warning[] } {
  const flat = cues.flatMap((c) => c.lines);
  const matches = pairLabels(flat.map((l) => (l.voice === undefined ? parseLabel(l.text) : undefined)));
  const voices = flat.flatMap((l) => (l.voice === undefined ? [] : [l.voice.speaker]));
  const accepted = cueOpeningNames(cues, matches, acceptLabels(matches, voices, flat.length));

  const segments: Segment[] = [];
  let k = 0;
  for (const cue of cues) {
    let current: Segment | undefined;
    for (const l of cue.lines) {
      const m = accepted[k] ? matches[k] : undefined;
      k++;
      // A voice tag or a label in the text names the speaker before the cue's identifier does; a line
      // opened by a dash or `>>` is someone else's, as in any caption.
      const who: LabelledSpeaker | undefined = l.voice ?? m ?? (l.change ? undefined : cue.speaker);
      const speaker = who?.speaker;
      const text = m ? m.text : l.text;
      const change = l.change === true && speaker === undefined;
      if (current && !change && (who === undefined || sameSpeaker(current, who))) {
        current.parts.push(text);
        current.alias ??= who?.alias;
        current.role ??= who?.role;
        continue;
      }
      current = { speaker, ...(who?.alias !== undefined ? { alias: who.alias } : {}), ...(who?.role !== undefined ? { role: who.role } : {}), parts: [text], line: l.line, start: cue.start, end: cue.end, opensCue: current === undefined, change };
      segments.push(current);
    }
  }

  const hasSpeakers = segments.some((s) => s.speaker !== undefined);
  const cueSpeakers = segments.filter((s) => s.opensCue).map((s) => (s.speaker === undefined ? undefined : speakerKey(s.speaker)));
  const labelsEveryCue = cueSpeakers.some((sp, i) => i > 0 && sp !== undefined && sp === cueSpeakers[i - 1]);
  // `changed`: the turn was opened by a dash or `>>`, so its speaker is unnamed by the format's own convention.
  const turns: (Turn & { words: number; changed: boolean })[] = [];
  const warnings: Warning[] = [];
  for (const seg of segments) {
    const text = seg.parts.join(' ').replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    const last = turns[turns.length - 1];
    let join: boolean;
    if (seg.change) {
      join = false;
    } else if (hasSpeakers) {
      if (seg.speaker === undefined) {
        join = last !== undefined;
        // After a dash or `>>` an unnamed speaker's words run on silently, as a named one's do.
        if (!last?.changed) {
          if (!last?.speaker) warnings.push({ file, line: seg.line, message: 'cue has no speaker' });
          else if (labelsEveryCue) warnings.push({ file, line: seg.line, message: 'cue has no speaker; read as the previous speaker continuing' });
        }
      } else {
        join = last !== undefined && sameSpeaker(last, seg);
      }
    } else {
      join =
        last !== undefined &&
        !(SENTENCE_END.test(last.text) && (seg.start - (last.end ?? seg.start) >= PARAGRAPH_PAUSE || last.words >= PARAGRAPH_WORDS));
    }
    if (join && last) {
      if (seg.alias !== undefined) last.alias ??= seg.alias;
      if (seg.role !== undefined) last.role ??= seg.role;
      last.text = `${last.text} ${text}`;
      last.end = seg.end;
      last.words += countWords(text);
    } else {
      const turn = { text, line: seg.line, start: seg.start, end: seg.end, words: countWords(text), changed: seg.change };
      const aside = { ...(seg.alias !== undefined ? { alias: seg.alias } : {}), ...(seg.role !== undefined ? { role: seg.role } : {}) };
      if (seg.speaker !== undefined) turns.push({ speaker: seg.speaker, ...aside, ...turn });
      else turns.push(turn);
    }
  }
  return { turns: turns.map(({ words: _words, changed: _changed, ...turn }) => turn), warnings };
}

function countWords(text: string): number {
  return text.split(' ').length;
}

// WebVTT timestamps: [hh:]mm:ss.ttt (a comma is accepted, as some tools write SRT-style times).
const VTT_TS = String.raw`(?:\d+:)?\d{2}:\d{2}[.,]\d{3}`;
const TIMING = new RegExp(String.raw`^(${VTT_TS})\s+-->\s+(${VTT_TS})(?:\s+.*)?$`);

/** Seconds for a subtitle timestamp (`01:02:03.450`, `02:03,450`), rounded to milliseconds. */
export function parseCueTime(value: string): number {
  const [clock, frac] = value.split(/[.,]/);
  const parts = clock.split(':').map(Number);
  const [h, m, s] = parts.length === 3 ? parts : [0, parts[0], parts[1]];
  return Math.round((h * 3600 + m * 60 + s) * 1000 + Number(frac.padEnd(3, '0'))) / 1000;
}

/** Parse a `start --> end [settings]` line, or undefined. */
export function parseTiming(line: string): { start: number; end: number } | undefined {
  const m = TIMING.exec(line.trim());
  return m ? { start: parseCueTime(m[1]), end: parseCueTime(m[2]) } : undefined;
}

/**
 * Decode the character references WebVTT and HTML-ish caption tools write (WebVTT's are HTML's: every
 * named one, `&eacute;` and `&hellip;` too, and numeric ones, a code point no character has read as �),
 * with entities, the decoder htmlparser2 uses; a reference needs its `;` ("AT&T", "&nothing" stay as
 * written). A no-break space is a space, and the direction marks (`&lrm;`, `&rlm;`) are no one's words.
 */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTMLStrict(text).replace(/\u00a0/g, ' ').replace(/[\u200e\u200f]/g, '') : text;
}

const VOICE_OR_TAG = /<v(?:\.[^\s>]*)?(?:\s+([^>]*))?>|<\/v\s*>|<[^>]*>/g;

/** Split a cue's payload into lines with their voice (`<v Name>` runs to `</v>` or the cue's end). */
function payloadLines(payload: string[], firstLine: number): CueLine[] {
  const out: CueLine[] = [];
  let voice: LabelledSpeaker | undefined;
  payload.forEach((raw, i) => {
    const line = firstLine + i;
    let piece = '';
    let pieceVoice = voice;
    const flush = () => {
      const { text, change } = speakerChange(decodeEntities(piece).replace(/\s+/g, ' ').trim());
      if (text !== '') out.push({ text, line, ...(pieceVoice === undefined ? {} : { voice: pieceVoice }), ...(change ? { change: true as const } : {}) });
      piece = '';
    };
    let at = 0;
    for (const m of raw.matchAll(VOICE_OR_TAG)) {
      piece += raw.slice(at, m.index);
      at = m.index + m[0].length;
      const tag = m[0];
      if (/^<v[\s.>]/.test(tag)) {
        flush();
        const annotation = decodeEntities(m[1] ?? '').replace(/\s+/g, ' ').trim();
        voice = annotation === '' ? undefined : voiceSpeaker(annotation);
        pieceVoice = voice;
      } else if (/^<\/v/.test(tag)) {
        flush();
        voice = undefined;
        pieceVoice = undefined;
      }
    }
    piece += raw.slice(at);
    flush();
  });
  return out;
}

/** Read a WebVTT file into a Transcript. */
export function readVtt(bytes: Uint8Array, ctx: ReaderContext): ReadResult {
  const { file } = ctx;
  const { text, encoding, warnings } = decodeTextFile(bytes, ctx);
  const lines = splitLines(text);
  const cues: Cue[] = [];
  // Per cue, the identifier line before its timing, if any.
  const identifiers: (string | undefined)[] = [];
  // The first line of each cue skipped as malformed.
  const skipped: number[] = [];

  let i = 0;
  if (/^WEBVTT(?:[ \t]|$)/.test(lines[0])) {
    while (i < lines.length && lines[i].trim() !== '') i++; // the header block
  } else {
    warnings.push({ file, line: 1, message: 'missing WEBVTT header; read as WebVTT anyway' });
  }
  while (i < lines.length) {
    if (lines[i].trim() === '') {
      i++;
      continue;
    }
    const startLine = i;
    while (i < lines.length && lines[i].trim() !== '') i++;
    const block = lines.slice(startLine, i);
    const head = block[0].trim();
    if (/^(NOTE|STYLE|REGION)(?:[ \t]|$)/.test(head)) continue;
    const t = block.findIndex((l) => l.includes('-->'));
    if (t < 0 || t > 1) {
      warnings.push({ file, line: startLine + 1, message: `expected a cue timing line (start --> end), found "${clip(head)}"; block skipped` });
      skipped.push(startLine + 1);
      continue;
    }
    const timing = parseTiming(block[t]);
    if (!timing) {
      warnings.push({ file, line: startLine + t + 1, message: `malformed cue timing "${clip(block[t].trim())}"; cue skipped` });
      skipped.push(startLine + 1);
      continue;
    }
    const cueLines = payloadLines(block.slice(t + 1), startLine + t + 2);
    if (cueLines.length > 0) {
      cues.push({ ...timing, lines: cueLines });
      identifiers.push(t === 1 ? block[0]! : undefined);
    }
  }
  cueIdentifierSpeakers(identifiers).forEach((speaker, k) => {
    if (speaker !== undefined) cues[k]!.speaker = speaker;
  });
  return captionTranscript(cues, { file, encoding, warnings, skipped }, VTT_CAPTIONS);
}

/** How a caption format names itself in its readers' messages. */
export interface CaptionFormat {
  /** The format read (ReadResult's `format`). */
  format: string;
  /** What one of its timed blocks is called: `cue`, `subtitle`, `caption`. */
  cue: string;
  /** The format with its article, for the error: `a WebVTT`. */
  named: string;
  /** A timing line as the format writes it, for the error. */
  example: string;
}

const VTT_CAPTIONS: CaptionFormat = { format: 'vtt', cue: 'cue', named: 'a WebVTT', example: '00:01:02.500 --> 00:01:05.000' };

/**
 * A caption file's reading from its cues, the same for every caption format (WebVTT, SRT, SBV): names
 * alone in brackets taken as speakers, cues merged into turns (see turnsFromCues), and a file none of
 * whose cues could be read, where some were `skipped` as malformed, failed (see noCueRead). The
 * warnings the format's own parse raised come first, and all are sorted by line.
 */
export function captionTranscript(
  cues: Cue[],
  read: { file: string; encoding: string; warnings: Warning[]; skipped: number[] },
  format: CaptionFormat,
): ReadResult {
  const { file, encoding, warnings, skipped } = read;
  withBracketedSpeakers(cues);
  const merged = turnsFromCues(cues, file);
  if (merged.turns.length === 0) noCueRead(skipped, warnings, file, format.cue, format.named, format.example);
  warnings.push(...merged.warnings);
  warnings.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
  if (merged.turns.length === 0) warnings.push({ file, message: `no ${format.cue}s with text found` });
  return { format: format.format, encoding, content: { type: 'transcript', attributes: {}, turns: merged.turns }, warnings };
}

/**
 * Cues whose first line names their speaker alone in brackets (`(Maya Chen)`, see bracketedSpeakers)
 * given that speaker, the line taken out of their words; a cue holding the name alone gives it to the
 * next cue, where the words are. Such a name goes before the cue's identifier's.
 */
export function withBracketedSpeakers(cues: Cue[]): void {
  let pending: LabelledSpeaker | undefined;
  bracketedSpeakers(cues).forEach((name, k) => {
    const cue = cues[k]!;
    if (name !== undefined) {
      cue.lines = cue.lines.slice(1);
      pending = voiceSpeaker(name);
    }
    if (pending !== undefined && cue.lines.length > 0) {
      cue.speaker = pending;
      pending = undefined;
    }
  });
  // A cue left with no words is no cue.
  for (let k = cues.length - 1; k >= 0; k--) if (cues[k]!.lines.length === 0) cues.splice(k, 1);
}

/**
 * Throw for a caption file none of whose cues could be read, where some were skipped as malformed: read
 * with no turn, it was listed as read, its words lost. Says how many, where, and the first problem.
 */
export function noCueRead(skipped: number[], warnings: Warning[], file: string, cue: string, format: string, example: string): void {
  if (skipped.length === 0) return;
  const first = warnings.find((w) => w.line !== undefined && w.line >= skipped[0]!);
  const all = skipped.length === 1 ? `its one ${cue} is malformed, at line` : `all ${skipped.length} are malformed, at lines`;
  // The fault without the line it quotes: this reason is printed in the report and sources.csv, and a
  // caption line holds a speaker's name and words ("found \"Maya Lopez: …\"").
  const problem = (first?.message ?? 'malformed').replace(/; (?:block |cue |subtitle |caption )?skipped$/, '').split(/,? found "| "/)[0]!;
  throw new InputError(
    `no ${cue} could be read: ${all} ${firstFew(skipped)} (line ${first?.line ?? skipped[0]}: ${problem}); ${format} ${cue} is a timing line such as ${example}, then its text`,
    { file },
  );
}

/** Shorten a line quoted in a warning. */
export function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
