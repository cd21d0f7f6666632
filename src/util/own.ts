// Plain objects used as maps from text a user wrote (a theme id, a column header, a cell, a file's
// extension): looked up by own keys only, so that `constructor`, `toString` or `__proto__` find nothing
// rather than what every object inherits (Object, a function, Object.prototype).

/** The value `table` holds under `key` itself, or undefined: never one inherited from Object.prototype. */
export function own<T>(table: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * An empty object to be used as a map keyed by user text: without a prototype, so that reading a key it
 * lacks gives undefined and writing `__proto__` stores a value instead of changing the object's prototype.
 * It serialises to JSON, spreads and iterates as any plain object.
 */
export function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
