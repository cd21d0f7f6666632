// The name a speaker's email address spells (a Teams guest's `<v maya.lopez@…>`).
import { describe, expect, it } from 'vitest';
import { emailName } from '../../src/corpus/email-names.js';

describe('emailName', () => {
  it.each([
    ['maya.lopez@students.riverside.org', 'Maya Lopez'],
    ['MAYA_LOPEZ@riverside.org', 'Maya Lopez'],
    ['maya-lopez22@riverside.org', 'Maya Lopez'],
    ['maya.lopez+focusgroup@riverside.org', 'Maya Lopez'],
    // An initial stays one, so the surname alone is a surname's part, never a given name matched in lower case.
    ['h.bell@riverside.org', 'H. Bell'],
  ])('reads %s as %s', (address, name) => {
    expect(emailName(address)).toBe(name);
  });

  it.each([
    // A login of one word cannot be told into a given name and a surname.
    'jwright22@riverside.org',
    'mlopez@riverside.org',
    // Initials alone, and no address at all.
    'a.b@riverside.org',
    'Maya Lopez',
    'maya.lopez@localhost',
  ])('reads no name from %s', (address) => {
    expect(emailName(address)).toBeUndefined();
  });
});
