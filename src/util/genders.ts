// The ways people write a gender, each to its one canonical value ("girl" and "F" are Female): shared by
// the value normaliser (corpus/normalise.ts) and the column reader, which tells a gender question by its
// values (readers/columns.ts).
import { lookupKey } from './no-answer.js';
import { own } from './own.js';

const GENDER: Record<string, string> = {
  f: 'Female',
  female: 'Female',
  girl: 'Female',
  woman: 'Female',
  'cis female': 'Female',
  'cis woman': 'Female',
  'cisgender female': 'Female',
  'cisgender woman': 'Female',
  m: 'Male',
  male: 'Male',
  boy: 'Male',
  man: 'Male',
  'cis male': 'Male',
  'cis man': 'Male',
  'cisgender male': 'Male',
  'cisgender man': 'Male',
  'non-binary': 'Non-binary',
  nonbinary: 'Non-binary',
  'non binary': 'Non-binary',
  nb: 'Non-binary',
  enby: 'Non-binary',
  genderqueer: 'Non-binary',
  'gender queer': 'Non-binary',
  'non-binary/genderqueer': 'Non-binary',
  'two-spirit': 'Two-Spirit',
  'two spirit': 'Two-Spirit',
  twospirit: 'Two-Spirit',
  '2-spirit': 'Two-Spirit',
  '2 spirit': 'Two-Spirit',
  '2spirit': 'Two-Spirit',
};

/** The canonical gender a value names ("girl", "F", "Cis woman" → "Female"; "NB" → "Non-binary"), if it names one. */
export function genderNamed(value: string): string | undefined {
  return own(GENDER, lookupKey(value));
}
