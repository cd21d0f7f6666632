// Attribute values that name a person: a homeroom or an advisory named for its teacher ("Ms Patel's
// class", "Mr. Osei homeroom", "Patel 10A"), a group named for a student ("Maya's group"). Printed as a
// demographic they would name the person in every table and CSV, so each is shown as the attribute and a
// number instead ("Class 1", "Class 2"), numbered in the order of the values as written; an attribute's
// other values are kept. A value names a person where the redactor finds a name in it, as it would in a
// quote ("Ms Patel" → [name]), or where it holds a surname another of the attribute's values puts after a
// title the redactor reads as one ("Patel 10A" beside "Ms Patel's class"; not "Band" beside "MS Band", a
// middle school's, nor "Bus" beside "Coach Bus"). Pure.
import { byCodeUnits } from '../util/text.js';
import { attributeLabel } from '../util/labels.js';
import { TITLE_ANY_CASE, TITLE_WORDS } from '../util/names.js';

// The word after a title, in capitals or not ("Ms Patel's class", "mr. osei"), without its possessive; a
// surname only where the redactor takes the two for a name (see personNamedValues).
const TITLED_WORD = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${TITLE_WORDS}|${TITLE_ANY_CASE})\.?[ \t]+([\p{L}\p{M}][\p{L}\p{M}'’-]*?)(?:['’]s)?(?![\p{L}\p{M}'’-])`, 'gu');
const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;

/** A word as compared: lower case, without a possessive. */
function wordKey(word: string): string {
  return word.toLowerCase().replace(/['’]s$/u, '');
}

/**
 * For each attribute, the values that name a person and what to show instead ("Ms Patel's class" →
 * "Class 1"): `values` are each attribute's distinct single values (a checkbox answer's options apart),
 * `redact` the corpus' redactor. Attributes with no such value are left out. A number another value
 * already is ("Class 2" as written) is skipped.
 */
export function personNamedValues(values: ReadonlyMap<string, ReadonlySet<string>>, redact: (text: string) => string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const [key, set] of values) {
    const items = [...set].sort(byCodeUnits);
    // Each text redacted once: a value that is a title and its word alone ("Mr. Osei") is both.
    const redacted = new Map<string, boolean>();
    const namesSomeone = (text: string): boolean => redacted.get(text) ?? redacted.set(text, redact(text).includes('[name]')).get(text)!;
    const surnames = new Set<string>();
    for (const item of items) for (const m of item.matchAll(TITLED_WORD)) if (namesSomeone(m[0])) surnames.add(wordKey(m[1]!));
    // A value with a surname is named without being redacted again: a titled word the redactor takes is
    // one ("Ms Patel's class" holds Patel).
    const named = items.filter((item) => (item.match(WORD) ?? []).some((w) => surnames.has(wordKey(w))) || namesSomeone(item));
    if (named.length === 0) continue;
    const label = attributeLabel(key);
    const renamed = new Map<string, string>();
    let n = 0;
    for (const item of named) {
      let shown: string;
      do shown = `${label} ${++n}`;
      while (set.has(shown));
      renamed.set(item, shown);
    }
    out.set(key, renamed);
  }
  return out;
}
