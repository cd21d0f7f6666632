// Tests for attribute values that name a person (a homeroom named for its teacher), shown as numbers.
import { describe, expect, it } from 'vitest';
import { personNamedValues } from '../../src/corpus/person-values.js';
import { makeRedactor } from '../../src/corpus/redact.js';

const redact = makeRedactor(['Maya Lopez', 'Maya', 'Lopez']);

describe('personNamedValues', () => {
  it('numbers the values with a titled name, a surname another value titles, or a student name, in the order written', () => {
    const values = new Map([['class', new Set(["Ms Patel's class", 'Mr. Osei homeroom', 'Patel 10A', 'Room 12', "Maya's group", 'mr kim'])]]);
    expect(personNamedValues(values, redact)).toEqual(
      new Map([
        [
          'class',
          new Map([
            ["Maya's group", 'Class 1'],
            ['Mr. Osei homeroom', 'Class 2'],
            ["Ms Patel's class", 'Class 3'],
            ['Patel 10A', 'Class 4'],
            ['mr kim', 'Class 5'],
          ]),
        ],
      ]),
    );
  });

  it('leaves attributes that name no one, and skips a number a value already is', () => {
    const values = new Map([
      ['program', new Set(['French Immersion', 'AP', 'Coop'])],
      ['advisory', new Set(['Advisory 1', 'Ms. Chen'])],
    ]);
    expect(personNamedValues(values, redact)).toEqual(new Map([['advisory', new Map([['Ms. Chen', 'Advisory 2']])]]));
  });
});
