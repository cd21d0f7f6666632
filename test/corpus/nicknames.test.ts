// Tests for the short forms of given names that de-identification removes beside the roster's names.
import { describe, expect, it } from 'vitest';
import { nicknamesOf } from '../../src/corpus/nicknames.js';

describe('nicknamesOf', () => {
  it('gives the short forms of given names, capitalised, in any case and accent of the name', () => {
    expect(nicknamesOf(['Katherine', 'WILLIAM'])).toEqual(['Billy', 'Kat', 'Kate', 'Kathy', 'Katie', 'Liam', 'Will', 'Willy']);
  });

  it('gives no short form that is also a word, which the redactor would take wherever it is capitalised', () => {
    // "Outdoor Ed", "Phys Ed", "TED talks", "Bill 36", "Rich kids", "Frank talk", "Drew a map", "Sue me"
    expect(nicknamesOf(['Edward', 'William', 'Richard', 'Francis', 'Andrew', 'Patricia', 'Susan', 'Theodore'])).toEqual([
      'Andy', 'Billy', 'Eddie', 'Frankie', 'Liam', 'Ned', 'Patty', 'Rick', 'Ricky', 'Suzy', 'Teddy', 'Theo', 'Trish', 'Will', 'Willy',
    ]);
  });

  it('gives none for a name without short forms, nor a short form the names already hold', () => {
    expect(nicknamesOf(['Harjot', 'Maya'])).toEqual([]);
    expect(nicknamesOf(['William', 'Liam'])).not.toContain('Liam');
  });
});
