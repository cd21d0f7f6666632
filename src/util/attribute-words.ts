// The words of a folder's attribute values, which name schools, districts and programs, not people: what
// a facilitator thanks ("Thanks, Langley.") or asks about ("What is happening at Willoughby Creek?").

/** The lower-case words (letters, inner apostrophes and hyphens) of the attribute values of `holders`, each value read once. */
export function attributeWords(holders: Iterable<{ attributes: Record<string, string> }>): Set<string> {
  const values = new Set<string>();
  for (const holder of holders) for (const value of Object.values(holder.attributes)) values.add(value);
  return valueWords(values);
}

/** The words, lower case, of `values` ("Riverside Secondary" → riverside, secondary). */
export function valueWords(values: Iterable<string>): Set<string> {
  const lower = new Set<string>();
  for (const value of values) lower.add(value.toLowerCase());
  const words = new Set<string>();
  for (const value of lower) for (const word of value.match(/[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu) ?? []) words.add(word);
  return words;
}
