// Tests for the short forms of given names that de-identification removes beside the roster's names.
import { describe, expect, it } from 'vitest';
import { isAnyCaseShortForm, nicknamesOf } from '../../src/corpus/nicknames.js';

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

  it('takes a short form that is no word in any case, and one that is a word (in English or in the languages answers come in) only capitalised', () => {
    for (const form of ['sammy', 'Alex', 'kat', 'kate', 'liam', 'lexi']) expect(isAnyCaseShortForm(form), form).toBe(true);
    for (const form of ['will', 'rob', 'nick', 'jack', 'mike', 'teddy', 'ella', 'leo', 'grace', 'maya']) expect(isAnyCaseShortForm(form), form).toBe(false);
  });
});
