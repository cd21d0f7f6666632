// The name an email address spells, where a speaker is labelled by their address (a Teams guest's
// `<v maya.lopez@students.example.org>`, a Zoom display name left as the login): its words are the
// person's name, said in the talk ("Lopez is right", "ask Maya") though no label writes it. Pure.

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// A login's parts: "maya.lopez", "maya_lopez", "maya-lopez", with a number after ("maya.lopez22") or
// a tag ("maya.lopez+school").
const PARTS = /[._-]+/;

/**
 * The name an email address is made of, capitalised: "maya.lopez@school.org" → "Maya Lopez",
 * "h.okafor22@school.org" → "H. Okafor" (an initial is kept as one, so its surname alone is a surname's
 * part, never matched in lower case as a given name is); else undefined: not an address, or a login of
 * one word ("jwright22", "mlopez"), which cannot be told into a given name and a surname.
 */
export function emailName(address: string): string | undefined {
  const text = address.trim();
  if (!EMAIL.test(text)) return undefined;
  const login = text.slice(0, text.indexOf('@')).replace(/\+.*$/, '');
  const words = login
    .split(PARTS)
    .map((w) => w.replace(/\d+$/, ''))
    .filter((w) => w !== '');
  if (words.length < 2 || words.length > 4 || words.some((w) => !/^\p{L}+$/u.test(w))) return undefined;
  if (words.filter((w) => w.length > 1).length === 0) return undefined;
  return words.map((w) => (w.length === 1 ? `${w.toUpperCase()}.` : w[0]!.toUpperCase() + w.slice(1).toLowerCase())).join(' ');
}
