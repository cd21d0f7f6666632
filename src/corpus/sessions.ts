// Focus groups kept in several files: a recording stopped and restarted (`fg-middle part 1.vtt`,
// `fg-middle part 2.vtt`), a Zoom meeting's saved chat beside its transcript. Read as files apart, each
// would be a focus group of its own, and each student in two of them two students (speakers are matched
// per file where no roster names them); these are one group, its speakers one student each.
import type { Transcript, Warning } from '../model.js';
import { byCodeUnits, listOf } from '../util/text.js';
import { idParts } from './source-ids.js';

/** A transcript to place: its id, its turns, and the speakers who led it (lower case). */
export interface TranscriptToPlace {
  id: string;
  transcript: Transcript;
  facilitators: ReadonlySet<string>;
}

/** What {@link sessionsOf} found. */
export interface Sessions {
  /** For each file of a group kept in several files, the id of the group's first file. */
  session: Map<string, string>;
  /**
   * One per group joined by a guess (a chat placed by the names of its senders), saying which files were
   * read as one, and one per chat left apart for a tie. Groups joined by their files' names (parts, a
   * chat named after its meeting) are the user's own naming, recorded in `session` and not warned of.
   */
  warnings: Warning[];
}

// `part 1`, `Part2`, `pt 3`, `part 1 of 2`, `1 of 2`, `(1 of 2)` at the end of a name: a part of one session.
const PART = /^(.*?)[\s._-]*\(?(?<![\p{L}\p{N}])(?:(?:part|pt)\.?[\s._-]*(\d{1,2})(?:[\s._-]*of[\s._-]*\d{1,2})?|(\d{1,2})[\s._-]*of[\s._-]*\d{1,2})\)?$/iu;
// Zoom's name for a recording, by the time it started: `GMT20240314-150012_Recording.transcript`.
const ZOOM_TIME = /^(.*?)GMT(\d{8})-(\d{6})(.*)$/i;
// Speaker labels that name no one (a transcription service's `Speaker 1`): no sign of the same people.
const GENERIC_SPEAKER = /^(?:speaker|participant|student|guest|unknown)\b[\s\d_-]*$/i;
// A chat log's name beside its meeting's: `fg-middle-chat`, `fg-middle chat log`, Zoom's `…_RecordingnewChat`.
const CHAT_SUFFIX = /[\s._-]*(?:new)?chat(?:[\s._-]*(?:log|messages?))?$/i;
// A transcript's name beside its chat's: Zoom's `….transcript`, `fg-middle transcript`.
const TRANSCRIPT_SUFFIX = /[\s._-]*transcript$/i;

/**
 * Which transcripts are one focus group. Two rules, each simple enough to predict from a folder's listing:
 *
 * - Parts: files in one folder whose names are the same but for a part number at the end (`part 1`,
 *   `pt2`, `1 of 2`), in any format.
 * - A restarted Zoom recording: files in one folder whose names are the same but for the time of day in
 *   Zoom's `GMT20240314-150012` (the same day), where the later file's students are mostly the earlier
 *   files' (at least half of the smaller side's named students). A guess, so it is warned of: two groups
 *   met the same day are told apart by their students.
 * - A meeting's chat: a chat log (every turn a chat message) goes with the transcript in its folder whose
 *   name it shares, less `chat` and `transcript` (`fg-middle-chat.txt` and `fg-middle.vtt`), else with the
 *   one transcript there that names most of its senders, at least half of those who are not facilitators
 *   (Zoom writes one display name in both). Where two transcripts name as many, it is read apart, with a
 *   warning.
 *
 * The group's id is its first file by part number or time (the transcript before its chat), then by id.
 * A restarted recording and a chat placed by its senders are warned of: the other rules follow the names
 * the files were given. Pure.
 */
export function sessionsOf(transcripts: readonly TranscriptToPlace[]): Sessions {
  const session = new Map<string, string>();
  const warnings: Warning[] = [];
  const spoken = transcripts.filter((t) => !t.transcript.chat && !t.transcript.written);
  const chats = transcripts.filter((t) => t.transcript.chat);
  if (spoken.length + chats.length < 2) return { session, warnings };

  // Parts, by folder and name less the part number.
  const parts = new Map<string, { id: string; part: number }[]>();
  for (const t of spoken) {
    const { folder, stem } = idParts(t.id);
    const m = PART.exec(stem);
    if (!m) continue;
    const key = `${folder}\u0000${fold(m[1]!)}`;
    parts.set(key, [...(parts.get(key) ?? []), { id: t.id, part: Number(m[2] ?? m[3]) }]);
  }
  const members = new Map<string, string[]>();
  for (const list of parts.values()) {
    if (list.length < 2) continue;
    const ids = list.sort((a, b) => a.part - b.part || byCodeUnits(a.id, b.id)).map((p) => p.id);
    members.set(ids[0]!, ids);
    for (const id of ids) session.set(id, ids[0]!);
  }

  // Recordings Zoom named by their start, restarted the same day with the same students.
  const guessed = new Set<string>();
  const restarts = new Map<string, { t: TranscriptToPlace; time: string }[]>();
  for (const t of spoken) {
    if (session.has(t.id)) continue;
    const { folder, stem } = idParts(t.id);
    const m = ZOOM_TIME.exec(stem);
    if (!m) continue;
    const key = `${folder}\u0000${fold(m[1]!)}\u0000${m[2]}\u0000${fold(m[4]!)}`;
    restarts.set(key, [...(restarts.get(key) ?? []), { t, time: m[3]! }]);
  }
  for (const list of restarts.values()) {
    list.sort((a, b) => byCodeUnits(a.time, b.time) || byCodeUnits(a.t.id, b.t.id));
    // Each file joins the group of the files before it when its students are mostly theirs.
    let ids = [list[0]!.t.id];
    let students = studentsOf(list[0]!.t);
    const join = () => {
      if (ids.length < 2) return;
      members.set(ids[0]!, ids);
      for (const id of ids) session.set(id, ids[0]!);
      guessed.add(ids[0]!);
    };
    for (const { t } of list.slice(1)) {
      const next = studentsOf(t);
      const shared = [...next].filter((s) => students.has(s)).length;
      if (shared > 0 && shared * 2 >= Math.min(students.size, next.size)) {
        ids.push(t.id);
        for (const s of next) students.add(s);
      } else {
        join();
        ids = [t.id];
        students = next;
      }
    }
    join();
  }

  // Chats, each with the transcript of its meeting in its folder; the groups a chat joined by its senders.
  for (const chat of chats) {
    const { folder, stem } = idParts(chat.id);
    const beside = spoken.filter((t) => idParts(t.id).folder === folder);
    const chatStem = fold(stem.replace(CHAT_SUFFIX, ''));
    let meeting = chatStem !== fold(stem) ? beside.find((t) => fold(idParts(t.id).stem.replace(TRANSCRIPT_SUFFIX, '')) === chatStem) : undefined;
    const byName = meeting !== undefined;
    if (!meeting) {
      const senders = new Set(chat.transcript.turns.map((t) => t.speaker?.trim().toLowerCase()).filter((s): s is string => !!s && !chat.facilitators.has(s)));
      // Speakers of each meeting: of all the parts of a session together, since a student may speak in one part only.
      const named = beside.map((t) => {
        const files = members.get(session.get(t.id) ?? '') ?? [t.id];
        const labels = new Set(spoken.filter((s) => files.includes(s.id)).flatMap((s) => s.transcript.turns.map((turn) => turn.speaker?.trim().toLowerCase())));
        return { t, n: [...senders].filter((s) => labels.has(s)).length };
      });
      const best = Math.max(0, ...named.map((x) => x.n));
      const top = named.filter((x) => x.n === best);
      if (best === 0 || best * 2 < senders.size) continue;
      const groups = new Set(top.map((x) => session.get(x.t.id) ?? x.t.id));
      if (groups.size > 1) {
        warnings.push({
          file: chat.id,
          message: `a chat log whose senders are named as often in ${[...groups].sort(byCodeUnits).join(' and ')}; read as a focus group of its own: give it its meeting's name with "-chat" (as "${idParts([...groups].sort(byCodeUnits)[0]!).stem}-chat.txt") to read it with that meeting`,
        });
        continue;
      }
      meeting = top[0]!.t;
    }
    const first = session.get(meeting.id) ?? meeting.id;
    const ids = members.get(first) ?? [first];
    members.set(first, [...ids, chat.id]);
    session.set(first, first);
    session.set(chat.id, first);
    if (!byName) guessed.add(first);
  }

  for (const [first, ids] of [...members].sort((a, b) => byCodeUnits(a[0], b[0]))) {
    if (!guessed.has(first)) continue;
    warnings.push({
      file: first,
      message: `${listOf(['this file', ...ids.slice(1)])} are read as one focus group (${sessionKind(ids, transcripts)}): a speaker of the same name in them is one student, and they are counted as one group; rename the files if they are not one session`,
    });
  }
  return { session, warnings };
}

/** What made the files one group, in a few words. */
function sessionKind(ids: string[], transcripts: readonly TranscriptToPlace[]): string {
  const chat = ids.some((id) => transcripts.find((t) => t.id === id)?.transcript.chat);
  const recordings = ids.filter((id) => !transcripts.find((t) => t.id === id)?.transcript.chat);
  const restarted = recordings.length > 1 && !PART.test(idParts(recordings[0]!).stem);
  const parts = restarted ? 'a recording restarted with the same students' : 'parts of one recording';
  return chat && recordings.length > 1 ? `${parts} and its chat` : chat ? 'a meeting’s transcript and its chat' : parts;
}

/** The students who speak in a transcript: its speaker labels (lower case) but facilitators' and labels that name no one. */
function studentsOf(t: TranscriptToPlace): Set<string> {
  const labels = t.transcript.turns.map((turn) => turn.speaker?.trim().toLowerCase());
  return new Set(labels.filter((s): s is string => !!s && !t.facilitators.has(s) && !GENERIC_SPEAKER.test(s)));
}

/** A name as compared: lower case, runs of separators as one space. */
function fold(name: string): string {
  return name.toLowerCase().replace(/[\s._-]+/g, ' ').trim();
}
