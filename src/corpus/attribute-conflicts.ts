// Details about one student that two files give differently (a roster's Female, a sheet's Male): the
// first is kept, as before, but no longer silently; collected here and told once per attribute.
import type { Warning } from '../model.js';
import { attributeInSentence } from '../util/labels.js';
import { byCodeUnits } from '../util/text.js';

/** Where a value was read: a file and, for a table, its data row. */
export interface ValueOrigin {
  file: string;
  row?: number;
}

interface Conflict {
  participantId: string;
  kept: string;
  keptFrom: ValueOrigin;
  other: string;
  otherFrom: ValueOrigin;
}

// Students named in a warning: enough to find the pattern, few enough that a district's folder of
// thousands of disagreements stays one readable line per attribute.
const SHOWN = 3;

/**
 * Conflicts by attribute, the first per student and attribute only: a student given three genders by
 * four files is one student with another gender, however many files repeat it.
 */
export class AttributeConflicts {
  private readonly byAttribute = new Map<string, Map<string, Conflict>>();

  add(attribute: string, conflict: Conflict): void {
    let byStudent = this.byAttribute.get(attribute);
    if (!byStudent) this.byAttribute.set(attribute, (byStudent = new Map()));
    if (!byStudent.has(conflict.participantId)) byStudent.set(conflict.participantId, conflict);
  }

  /**
   * One warning per attribute, naming students by id (never by name), where each value was read, and
   * how many more; `present` filters out students who took no part (a roster's, left out of every count).
   * Values are quoted, so that the warnings' de-identification reaches a name written as a value.
   */
  warnings(present: (participantId: string) => boolean): Warning[] {
    const out: Warning[] = [];
    for (const attribute of [...this.byAttribute.keys()].sort(byCodeUnits)) {
      const conflicts = [...this.byAttribute.get(attribute)!.values()]
        .filter((c) => present(c.participantId))
        .sort((a, b) => byCodeUnits(a.participantId, b.participantId));
      if (conflicts.length === 0) continue;
      const what = attributeInSentence(attribute);
      const shown = conflicts.slice(0, SHOWN).map((c) => `${c.participantId} ("${c.kept}" in ${where(c.keptFrom)}, "${c.other}" in ${where(c.otherFrom)})`);
      const more = conflicts.length > SHOWN ? ` and ${conflicts.length - SHOWN} more` : '';
      const n = conflicts.length === 1 ? '1 student' : `${conflicts.length} students`;
      // Two rows of one sheet can disagree too (a student who sent the form twice).
      const between = conflicts.every((c) => c.keptFrom.file === c.otherFrom.file) ? 'rows' : conflicts.some((c) => c.keptFrom.file === c.otherFrom.file) ? 'rows or files' : 'files';
      out.push({
        message:
          `the ${what} of ${n} differs between ${between}: ${shown.join(', ')}${more}; ` +
          `the first read is kept (a roster's before a sheet's, then files in path order, then rows in order): correct the ${between === 'rows' ? 'rows' : 'files'} to agree`,
      });
    }
    return out;
  }
}

function where(origin: ValueOrigin): string {
  return origin.row === undefined ? origin.file : `${origin.file} row ${origin.row}`;
}
