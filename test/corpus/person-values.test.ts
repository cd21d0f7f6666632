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

  it('redacts each value once, and numbers the same values', () => {
    const texts: string[] = [];
    const counting = (text: string): string => {
      texts.push(text);
      return redact(text);
    };
    const values = new Map([['homeroom', new Set(["Ms Patel's class", 'Patel 10A', 'Room 12', 'Mr. Osei', "Maya's group"])]]);
    expect(personNamedValues(values, counting)).toEqual(personNamedValues(values, redact));
    texts.length = 0;
    personNamedValues(values, counting);
    // No text twice, and no more texts than values: a value with a titled surname is named by it.
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.length).toBeLessThanOrEqual(5);
  });

  it('leaves attributes that name no one, and skips a number a value already is', () => {
    const values = new Map([
      ['program', new Set(['French Immersion', 'AP', 'Coop'])],
      ['advisory', new Set(['Advisory 1', 'Ms. Chen'])],
    ]);
    expect(personNamedValues(values, redact)).toEqual(new Map([['advisory', new Map([['Ms. Chen', 'Advisory 2']])]]));
  });

  it('takes a surname only from a title the redactor reads as one: a middle school\'s "MS Band", "ms word", "Coach Bus" number nothing', () => {
    const values = new Map([
      ['elective', new Set(['MS Band', 'HS Band', 'Jazz Band', 'Drama'])],
      ['course', new Set(['ms word', 'Word processing', 'Excel'])],
      ['advisory', new Set(['Coach Bus', 'Bus riders', 'Coach Smith'])],
    ]);
    expect(personNamedValues(values, redact)).toEqual(new Map([['advisory', new Map([['Coach Smith', 'Advisory 1']])]]));
  });
});
