// Where a theme sits among the codebook's nested themes: its parent, its parent's parent, and so on.

/**
 * The ancestors of a theme, nearest first ("Flex time" → ["structures"]), from each theme's parent id.
 * A validated codebook's parents form no cycle, but a guard costs nothing.
 */
export function ancestorsOf(themeId: string, parentOf: ReadonlyMap<string, string | undefined>): string[] {
  const out: string[] = [];
  for (let p = parentOf.get(themeId); p !== undefined && p !== themeId && !out.includes(p); p = parentOf.get(p)) out.push(p);
  return out;
}

/**
 * For each theme of a ranked list, the ids of the themes after it that are its sub-themes (at any depth):
 * what a parent quoted early would take from them.
 */
export function subThemesAfter(themes: readonly { id: string; parent?: string }[]): Set<string>[] {
  const parentOf = new Map(themes.map((t) => [t.id, t.parent]));
  const out = themes.map(() => new Set<string>());
  const position = new Map(themes.map((t, i) => [t.id, i]));
  themes.forEach((t, i) => {
    for (const a of ancestorsOf(t.id, parentOf)) {
      const p = position.get(a);
      if (p !== undefined && p < i) out[p]!.add(t.id);
    }
  });
  return out;
}
