// Attribute value normalisation: turns the many ways people write "girl", "Gr 10" or "Métis" into one canonical value.
import { isNotStated, lookupKey, NOT_STATED } from '../util/no-answer.js';
import { byCodeUnits, withoutAccents } from '../util/text.js';
import { own } from '../util/own.js';
import { genderNamed } from '../util/genders.js';

export { isNotStated, NOT_STATED };

/** Separator between the values of a multi-select attribute as stored on a participant. */
export const MULTI_SEPARATOR = '; ';

/** Specific Indigenous identities with their canonical spellings, in the order they are listed when joined. */
export const INDIGENOUS_IDENTITIES = ['Indigenous', 'First Nations', 'Métis', 'Inuit'] as const;

const GENDER_ORDER = ['Female', 'Male', 'Non-binary', 'Two-Spirit'];

const SCHOOL_LEVEL: Record<string, string> = {
  sec: 'Secondary',
  secondary: 'Secondary',
  'secondary school': 'Secondary',
  high: 'Secondary',
  'high school': 'Secondary',
  'senior secondary': 'Secondary',
  middle: 'Middle',
  'middle school': 'Middle',
  elementary: 'Elementary',
  elem: 'Elementary',
  'elementary school': 'Elementary',
  primary: 'Elementary',
  alternate: 'Alternate',
  alternative: 'Alternate',
  alt: 'Alternate',
  'alternate program': 'Alternate',
  'alternative program': 'Alternate',
  'alternate school': 'Alternate',
  'alternative school': 'Alternate',
};

// Keys here have their accents stripped (see `foldKey`), so "metis" and "Métis" both match.
const INDIGENOUS: Record<string, string> = {
  yes: 'Yes',
  y: 'Yes',
  true: 'Yes',
  no: 'No',
  n: 'No',
  false: 'No',
  'not indigenous': 'No',
  'non-indigenous': 'No',
  'non indigenous': 'No',
  indigenous: 'Indigenous',
  'first nations': 'First Nations',
  'first nation': 'First Nations',
  metis: 'Métis',
  inuit: 'Inuit',
  inuk: 'Inuit',
};
const INDIGENOUS_ORDER = ['Yes', 'No', ...INDIGENOUS_IDENTITIES];

const NUMBER_WORDS: Record<string, number> = {
  one: 1, first: 1, two: 2, second: 2, three: 3, third: 3, four: 4, fourth: 4, five: 5, fifth: 5,
  six: 6, sixth: 6, seven: 7, seventh: 7, eight: 8, eighth: 8, nine: 9, ninth: 9, ten: 10, tenth: 10,
  eleven: 11, eleventh: 11, twelve: 12, twelfth: 12,
};
const KINDERGARTEN = new Set(['k', 'kg', 'kinder', 'kindergarten', 'grade k', 'gr k']);
const GRADE_PATTERN = /^(?:grade|grd|gr|g|year|yr)?\s*-?\s*(\d{1,2}|[a-z]+?)(?:st|nd|rd|th)?(?:\s*grade)?$/;
const AGE_PATTERN = /^(?:age(?:d)?\s*)?(\d{1,2}|[a-z]+)\s*(?:y|yo|y\/o|yrs?|years?(?: old)?)?$/;
// The ages students write out ("fifteen", "sixteen years old").
const AGE_WORDS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};

// Small words stay lower-case inside a title ("Heritage of the Valley"), as English titles do.
const MINOR_WORDS = new Set(['a', 'an', 'and', 'at', 'de', 'for', 'in', 'of', 'on', 'the', 'to']);

/** Trim, Unicode-compose (so a decomposed "Me\u0301tis" equals "Métis") and collapse inner whitespace. */
export function cleanValue(raw: string): string {
  return raw.normalize('NFC').replace(/\s+/g, ' ').trim();
}

// As lookupKey, and without accents: people type "Metis" as often as "Métis".
function foldKey(value: string): string {
  return withoutAccents(lookupKey(value));
}

function hasLetters(value: string): boolean {
  return /\p{L}/u.test(value);
}

function isAllLower(value: string): boolean {
  return hasLetters(value) && value === value.toLowerCase();
}

function isAllUpper(value: string): boolean {
  return hasLetters(value) && value === value.toUpperCase();
}

function capitaliseWord(word: string): string {
  // District codes such as "sd35" read as codes, not words.
  if (/^\p{L}{1,3}\d+$/u.test(word)) return word.toUpperCase();
  const lower = word.toLowerCase();
  return lower.replace(/(^|[-(/])(\p{L})|(['’])(\p{L})(?=\p{L})/gu, (_m, pre, letter, apos, after) =>
    apos ? `${apos}${after.toUpperCase()}` : `${pre}${letter.toUpperCase()}`,
  );
}

/**
 * Title case: "walnut grove secondary" → "Walnut Grove Secondary", "o'brien" → "O'Brien",
 * "st. mary's" → "St. Mary's", "sd35" → "SD35"; small words other than the first stay lower-case.
 */
export function titleCase(value: string): string {
  return cleanValue(value)
    .split(' ')
    .map((word, i) => (i > 0 && MINOR_WORDS.has(word.toLowerCase()) ? word.toLowerCase() : capitaliseWord(word)))
    .join(' ');
}

// Names (schools, districts): keep the writer's casing unless it carries no information (all one case).
function normaliseName(value: string): string {
  return isAllLower(value) || isAllUpper(value) ? titleCase(value) : value;
}

// Other attributes (program, focus-group, source.* …): all lower-case is title-cased; all upper-case is
// kept when it looks like an acronym ("AVID", "IB") and title-cased when it is words ("FRENCH IMMERSION").
function normaliseGeneric(value: string): string {
  if (isAllLower(value)) return titleCase(value);
  if (isAllUpper(value)) return /^[\p{L}\d&-]{1,5}$/u.test(value) ? value : titleCase(value);
  return value;
}

function normaliseGender(value: string): string {
  return genderNamed(value) ?? titleCase(value);
}

function normaliseGrade(value: string): string {
  const key = lookupKey(value).replace(/\s+/g, ' ');
  if (KINDERGARTEN.has(key)) return 'K';
  const match = GRADE_PATTERN.exec(key);
  if (match) {
    const token = match[1];
    if (/^\d+$/.test(token)) return String(Number(token));
    const word = own(NUMBER_WORDS, key.replace(/^(?:grade|grd|gr|g|year|yr)\s*/, '').replace(/\s*grade$/, ''));
    if (word !== undefined) return String(word);
  }
  return normaliseGeneric(value);
}

function normaliseAge(value: string): string {
  const match = AGE_PATTERN.exec(lookupKey(value));
  const age = match ? (/^\d+$/.test(match[1]) ? Number(match[1]) : own(AGE_WORDS, match[1])) : undefined;
  return age !== undefined ? String(age) : normaliseGeneric(value);
}

function normaliseSchoolLevel(value: string): string {
  return own(SCHOOL_LEVEL, lookupKey(value)) ?? normaliseGeneric(value);
}

function normaliseIndigenous(value: string): string {
  const known = own(INDIGENOUS, foldKey(value));
  if (known) return known;
  // "Yes - Katzie", "yes (Cree)": a yes with the nation named; the nation itself is not a category here.
  if (/^y(es)?\s*[-–—:(]/i.test(value.trim())) return 'Yes';
  return normaliseGeneric(value);
}

// A yes/no attribute as a student information system exports it ("IEP: Y", "ELL: N").
const YES_NO: Record<string, string> = { yes: 'Yes', y: 'Yes', true: 'Yes', no: 'No', n: 'No', false: 'No' };

function normaliseYesNo(value: string): string {
  return own(YES_NO, lookupKey(value)) ?? normaliseGeneric(value);
}

interface AttributeRule {
  /** Normalise one (non-blank) value. */
  one: (value: string) => string;
  /** How a raw answer splits into several values. */
  split: RegExp;
  /** Known values in the order they are listed when joined; others follow alphabetically. */
  order?: readonly string[];
  numeric?: boolean;
}

// Every attribute splits on ";" (survey tools join checkbox answers with it and it rarely occurs inside a
// value); only Indigenous identity also splits on "," "/" "&" and "and", because there "First Nations and
// Métis" means two answers, while a school called "Arts and Sciences Academy" is one.
const SEMICOLON = /\s*;\s*/;
const RULES: Record<string, AttributeRule> = {
  gender: { one: normaliseGender, split: SEMICOLON, order: GENDER_ORDER },
  grade: { one: normaliseGrade, split: SEMICOLON, numeric: true },
  age: { one: normaliseAge, split: SEMICOLON, numeric: true },
  'school-level': { one: normaliseSchoolLevel, split: SEMICOLON },
  school: { one: normaliseName, split: SEMICOLON },
  district: { one: normaliseName, split: SEMICOLON },
  disability: { one: normaliseYesNo, split: SEMICOLON, order: ['Yes', 'No'] },
  ell: { one: normaliseYesNo, split: SEMICOLON, order: ['Yes', 'No'] },
  indigenous: {
    one: normaliseIndigenous,
    split: /\s*(?:;|,|\/|&|\+|\band\b)\s*/i,
    order: INDIGENOUS_ORDER,
  },
};
const GENERIC: AttributeRule = { one: normaliseGeneric, split: SEMICOLON };

/** The built-in rule for an attribute key; `source.<key>` attributes follow the rule for `<key>`. */
function ruleFor(attribute: string): AttributeRule {
  const key = attribute.trim().toLowerCase().replace(/^source\./, '');
  // An own key only: a column headed "Constructor" would otherwise get Object.prototype.constructor as its rule.
  return own(RULES, key) ?? GENERIC;
}

/**
 * Compare two values in canonical order: K before numbers in numeric order (grade, age), then known
 * values in the rule's order, then the rest alphabetically, `Not stated` last.
 */
function canonicalCompare(rule: AttributeRule, a: string, b: string): number {
  if (a === NOT_STATED || b === NOT_STATED) return (a === NOT_STATED ? 1 : 0) - (b === NOT_STATED ? 1 : 0);
  if (rule.numeric) {
    const na = a === 'K' ? -1 : /^\d+$/.test(a) ? Number(a) : Infinity;
    const nb = b === 'K' ? -1 : /^\d+$/.test(b) ? Number(b) : Infinity;
    if (na !== nb) return na - nb;
  }
  if (rule.order) {
    const ia = rule.order.indexOf(a);
    const ib = rule.order.indexOf(b);
    if (ia !== ib) return (ia < 0 ? Infinity : ia) - (ib < 0 ? Infinity : ib);
  }
  return byCodeUnits(a, b);
}

// The user's mapping, compiled once per mapping object: the builder calls us for every participant.
const compiledMappings = new WeakMap<Record<string, string>, Map<string, string>>();

function compileMapping(mapping: Record<string, string>): Map<string, string> {
  let compiled = compiledMappings.get(mapping);
  if (!compiled) {
    compiled = new Map();
    for (const [from, to] of Object.entries(mapping)) compiled.set(lookupKey(from), cleanValue(String(to)));
    compiledMappings.set(mapping, compiled);
  }
  return compiled;
}

/**
 * Normalise one attribute value: built-in rules for the attribute, then the user's mapping.
 *
 * - Blank, "prefer not to say", "n/a", "na", "-", "unknown", "rather not say", "decline" (and close
 *   variants) become {@link NOT_STATED} for every attribute.
 * - `gender`: F/female/girl/woman → `Female`, M/male/boy/man → `Male`, non-binary/NB/enby/genderqueer →
 *   `Non-binary`, two-spirit → `Two-Spirit`; anything else is title-cased.
 * - `grade`: "Gr 10", "grade 10", "10th", "Grade10", "grade ten", "Year 10" → `10`; K/kindergarten → `K`.
 * - `age`: "15", "15 years old", "age 15", "fifteen" → `15`.
 * - `school-level`: sec/secondary/high → `Secondary`, middle → `Middle`, elementary → `Elementary`,
 *   alternate/alternative/alt → `Alternate`.
 * - `indigenous`: yes/y/true → `Yes`, no/n/false → `No`; First Nations, Métis/Metis, Inuit and Indigenous
 *   keep their canonical spellings.
 * - `disability` (an IEP), `ell`: yes/y/true → `Yes`, no/n/false → `No`.
 * - `school`, `district`: whitespace collapsed; title-cased only when written all in one case.
 * - Other attributes: whitespace collapsed; all lower-case is title-cased, all upper-case words too
 *   (acronyms of up to five characters, such as "AVID", are kept).
 *
 * Multi-select answers split on ";" (for `indigenous` also on "," "/" "&" and "and"); each part is
 * normalised, duplicates dropped, `Not stated` dropped when something was stated, and the parts are
 * joined with {@link MULTI_SEPARATOR} in canonical order (known values in their listed order, numbers in
 * numeric order, others alphabetically): "Métis, Indigenous" → `Indigenous; Métis`.
 *
 * The mapping (from the config file's `values:` for this attribute; keys case-insensitive) wins over the
 * built-in rules: it is looked up with the raw value first, then with the built-in result, for the whole
 * answer and for each part of a multi-select answer. A mapping target may itself list several values
 * joined by ";". A blank target means `Not stated`.
 *
 * `source.<key>` attributes follow the rules for `<key>`.
 */
export function normaliseAttributeValue(attribute: string, raw: string, mapping?: Record<string, string>): string {
  const rule = ruleFor(attribute);
  const map = mapping ? compileMapping(mapping) : undefined;
  // A whole number as a spreadsheet or pandas wrote it from a column of floats ("9.0", "14.0") is that number.
  const value = cleanValue(raw ?? '').replace(/^([+-]?\d+)\.0+$/, '$1');

  const whole = map?.get(lookupKey(value));
  if (whole !== undefined) return finish(rule, splitTarget(whole));
  if (isNotStated(value)) return finishWithMapping(rule, [NOT_STATED], map);

  const parts: string[] = [];
  for (const rawPart of value.split(rule.split)) {
    const part = cleanValue(rawPart);
    const mappedRaw = map?.get(lookupKey(part));
    if (mappedRaw !== undefined) {
      parts.push(...splitTarget(mappedRaw));
      continue;
    }
    const builtIn = isNotStated(part) ? NOT_STATED : rule.one(part);
    const mappedBuiltIn = map?.get(lookupKey(builtIn));
    parts.push(...(mappedBuiltIn !== undefined ? splitTarget(mappedBuiltIn) : [builtIn]));
  }
  return finishWithMapping(rule, parts, map);
}

// A mapping target may list several values ("First Nations; Métis"); a blank one means not stated.
function splitTarget(target: string): string[] {
  const parts = target.split(SEMICOLON).map(cleanValue).filter((p) => p !== '');
  return parts.length > 0 ? parts : [NOT_STATED];
}

function finish(rule: AttributeRule, parts: string[]): string {
  const unique = [...new Set(parts)];
  const stated = unique.filter((p) => p !== NOT_STATED);
  if (stated.length === 0) return NOT_STATED;
  return stated.sort((a, b) => canonicalCompare(rule, a, b)).join(MULTI_SEPARATOR);
}

// The built-in result as a whole can also be a mapping key (e.g. mapping `Not stated` → `Unknown`).
function finishWithMapping(rule: AttributeRule, parts: string[], map?: Map<string, string>): string {
  const result = finish(rule, parts);
  const mapped = map?.get(lookupKey(result));
  return mapped !== undefined ? finish(rule, splitTarget(mapped)) : result;
}

/** The separate values of a stored (normalised) attribute value; a missing or blank value is `Not stated`. */
export function splitMultiValue(value: string | undefined): string[] {
  if (value === undefined) return [NOT_STATED];
  const parts = value
    .split(SEMICOLON)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return parts.length > 0 ? [...new Set(parts)] : [NOT_STATED];
}

/**
 * Whether a normalised `indigenous` value says the person self-identifies as Indigenous: `Yes`, or any of
 * Indigenous, First Nations, Métis, Inuit among its parts. Other free-text identities are not guessed at;
 * map them in the config file (`values: { indigenous: { Cree: First Nations } }`).
 */
export function isIndigenousValue(value: string | undefined): boolean {
  if (value === undefined) return false;
  return splitMultiValue(value).some(
    (part) => part === 'Yes' || (INDIGENOUS_IDENTITIES as readonly string[]).includes(part),
  );
}
