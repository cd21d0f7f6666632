// Tests for attribute value normalisation: every built-in rule, the user's mapping, and multi-select values.

import { describe, expect, it } from 'vitest';
import {
  NOT_STATED,
  isIndigenousValue,
  isNotStated,
  normaliseAttributeValue as normalise,
  splitMultiValue,
  titleCase,
} from '../../src/corpus/normalise.js';

function table(attribute: string, cases: [string, string][], mapping?: Record<string, string>): void {
  for (const [raw, expected] of cases) {
    expect(normalise(attribute, raw, mapping), `${attribute}: ${JSON.stringify(raw)}`).toBe(expected);
  }
}

describe('not stated', () => {
  it('maps blanks and refusals to Not stated for every attribute', () => {
    const refusals = ['', '   ', 'prefer not to say', 'Prefer Not To Say', 'n/a', 'N/A', 'na', 'N.A.', '-', 'unknown',
      'rather not say', "I'd rather not say", 'decline', 'Declined'];
    for (const attribute of ['gender', 'grade', 'age', 'school', 'district', 'school-level', 'indigenous', 'program']) {
      for (const raw of refusals) expect(normalise(attribute, raw), `${attribute}: ${JSON.stringify(raw)}`).toBe(NOT_STATED);
    }
  });

  it('recognises refusals on their own', () => {
    expect(isNotStated(' Prefer not to answer ')).toBe(true);
    expect(isNotStated('no')).toBe(false);
  });

  it('reads a box filled with a run of dashes or question marks as not stated, a word or a smiley with them kept', () => {
    for (const raw of ['---', '----', '___', '??', '???', '— —', '-- --']) expect(isNotStated(raw), raw).toBe(true);
    for (const raw of ['-5', ':-)', '--more time--', 'why??']) expect(isNotStated(raw), raw).toBe(false);
  });

  it('reads the empty cells of databases and pandas, and spreadsheet errors, as not stated', () => {
    for (const raw of ['NULL', 'null', 'NaN', '#N/A', '#DIV/0!', '#VALUE!', '#REF!']) expect(isNotStated(raw), raw).toBe(true);
    for (const attribute of ['grade', 'lookup']) expect(normalise(attribute, '#N/A')).toBe(NOT_STATED);
  });
});

describe('gender', () => {
  it('applies the built-in table', () => {
    table('gender', [
      ['F', 'Female'], ['female', 'Female'], [' girl ', 'Female'], ['WOMAN', 'Female'], ['Female', 'Female'],
      ['M', 'Male'], ['male', 'Male'], ['Boy', 'Male'], ['man', 'Male'],
      ['non-binary', 'Non-binary'], ['Nonbinary', 'Non-binary'], ['NB', 'Non-binary'], ['enby', 'Non-binary'],
      ['genderqueer', 'Non-binary'], ['two-spirit', 'Two-Spirit'], ['Two Spirit', 'Two-Spirit'],
    ]);
  });

  it('title-cases anything else', () => {
    table('gender', [['agender', 'Agender'], ['GENDER FLUID', 'Gender Fluid'], ['questioning', 'Questioning']]);
  });
});

describe('grade', () => {
  it('reduces every way of writing a grade to its number, K for kindergarten', () => {
    table('grade', [
      ['Gr 10', '10'], ['grade 10', '10'], ['10th', '10'], ['Grade10', '10'], ['gr. 9', '9'], ['09', '9'],
      ['12', '12'], ['Grade 8th', '8'], ['grade ten', '10'], ['Twelfth grade', '12'], ['Year 10', '10'], ['yr 11', '11'],
      ['K', 'K'], ['k', 'K'], ['Kindergarten', 'K'],
    ]);
  });

  it('keeps what it cannot read as one grade', () => {
    table('grade', [['10/11', '10/11'], ['adult', 'Adult']]);
  });
});

describe('age', () => {
  it('reduces ages to numbers', () => {
    table('age', [['15', '15'], ['15 years old', '15'], ['Age 16', '16'], ['14yo', '14'], ['17 yrs', '17'], ['fifteen', '15'], ['Sixteen years old', '16']]);
    // What is not one age stays as written.
    table('age', [['fifteen and a half', 'Fifteen and a Half'], ['15-16', '15-16']]);
  });
});

describe('school level', () => {
  it('applies the built-in table', () => {
    table('school-level', [
      ['sec', 'Secondary'], ['Secondary', 'Secondary'], ['high', 'Secondary'], ['High School', 'Secondary'],
      ['MIDDLE', 'Middle'], ['middle school', 'Middle'], ['elementary', 'Elementary'],
      ['alternate', 'Alternate'], ['Alternative', 'Alternate'], ['alt', 'Alternate'], ['K-12', 'K-12'],
    ]);
  });

  it('applies to source attributes too', () => {
    expect(normalise('source.school-level', 'sec')).toBe('Secondary');
  });
});

describe('indigenous', () => {
  it('maps yes/no answers', () => {
    table('indigenous', [
      ['yes', 'Yes'], ['Y', 'Yes'], ['TRUE', 'Yes'], ['no', 'No'], ['n', 'No'], ['False', 'No'],
    ]);
  });

  it('keeps specific identities with canonical spellings', () => {
    table('indigenous', [
      ['Metis', 'Métis'], ['métis', 'Métis'], ['Me\u0301tis', 'Métis'], ['first nation', 'First Nations'],
      ['FIRST NATIONS', 'First Nations'], ['inuk', 'Inuit'], ['indigenous', 'Indigenous'],
    ]);
  });

  it('splits multi-select answers on ; , / & and "and", in canonical order without duplicates', () => {
    table('indigenous', [
      ['Indigenous; Métis', 'Indigenous; Métis'],
      ['Métis, Indigenous', 'Indigenous; Métis'],
      ['First Nations and Métis', 'First Nations; Métis'],
      ['inuk / first nation', 'First Nations; Inuit'],
      ['Metis & Métis', 'Métis'],
      ['Métis; prefer not to say', 'Métis'],
      ['Cree, Métis', 'Métis; Cree'],
    ]);
  });

  it('says who self-identifies as Indigenous', () => {
    expect(isIndigenousValue('Yes')).toBe(true);
    expect(isIndigenousValue('Indigenous; Métis')).toBe(true);
    expect(isIndigenousValue('Inuit')).toBe(true);
    expect(isIndigenousValue('No')).toBe(false);
    expect(isIndigenousValue(NOT_STATED)).toBe(false);
    expect(isIndigenousValue(undefined)).toBe(false);
    // Not guessed at: the config mapping can say what a free-text identity means.
    expect(isIndigenousValue('Cree')).toBe(false);
  });
});

describe('yes/no attributes', () => {
  it('an IEP or ELL flag exported as Y and N reads Yes and No', () => {
    table('disability', [['Y', 'Yes'], ['n', 'No'], ['TRUE', 'Yes'], ['Yes', 'Yes'], ['Autism', 'Autism']]);
    table('ell', [['N', 'No'], ['y', 'Yes']]);
  });
});

describe('school and district', () => {
  it('collapses whitespace and title-cases only single-case names', () => {
    table('school', [
      ['  Walnut   Grove  Secondary ', 'Walnut Grove Secondary'],
      ['walnut grove secondary', 'Walnut Grove Secondary'],
      ['WALNUT GROVE SECONDARY', 'Walnut Grove Secondary'],
      ['H.D. Stafford Middle', 'H.D. Stafford Middle'],
      ['McGregor Elementary', 'McGregor Elementary'],
      ["st. mary's academy of the arts", "St. Mary's Academy of the Arts"],
      ["o'brien elementary", "O'Brien Elementary"],
    ]);
    table('district', [['sd35 langley', 'SD35 Langley'], ['SD35 LANGLEY', 'SD35 Langley'], ['Langley', 'Langley']]);
  });

  it('title-cases like a name', () => {
    expect(titleCase('fraser valley district of the north')).toBe('Fraser Valley District of the North');
    expect(titleCase('aldergrove-langley secondary')).toBe('Aldergrove-Langley Secondary');
  });
});

describe('other attributes', () => {
  it('title-cases lower-case and shouted words but keeps acronyms and mixed case', () => {
    table('program', [
      ['alternate', 'Alternate'], ['french immersion', 'French Immersion'], ['FRENCH IMMERSION', 'French Immersion'],
      ['AVID', 'AVID'], ['IB', 'IB'], ['Youth TRAIN in Trades', 'Youth TRAIN in Trades'],
    ]);
  });

  it('splits any attribute on semicolons, alphabetically', () => {
    expect(normalise('program', 'trades; AVID')).toBe('AVID; Trades');
    expect(normalise('grade', 'grade 10; grade 9')).toBe('9; 10');
    expect(normalise('gender', 'two spirit; female')).toBe('Female; Two-Spirit');
  });
});

describe('the user mapping', () => {
  it('wins over the built-in rules when it names the raw value', () => {
    expect(normalise('gender', 'girl', { girl: 'Woman' })).toBe('Woman');
    expect(normalise('gender', 'GIRL', { Girl: 'Woman' })).toBe('Woman');
  });

  it('also applies to the built-in result', () => {
    // F → Female by the built-in rule, then Female → Woman by the mapping.
    expect(normalise('gender', 'F', { female: 'Woman' })).toBe('Woman');
    expect(normalise('gender', 'unknown', { 'not stated': 'Unknown' })).toBe('Unknown');
  });

  it('prefers the raw value when both match', () => {
    expect(normalise('gender', 'girl', { girl: 'Girl', female: 'Woman' })).toBe('Girl');
    expect(normalise('gender', 'woman', { girl: 'Girl', female: 'Woman' })).toBe('Woman');
  });

  it('handles values the rules do not know, and blank targets', () => {
    expect(normalise('school', 'WGS', { wgs: 'Walnut Grove Secondary' })).toBe('Walnut Grove Secondary');
    expect(normalise('gender', 'other', { other: '' })).toBe(NOT_STATED);
    expect(normalise('gender', 'x', {})).toBe('X');
  });

  it('applies to each part of a multi-select answer, and a target may list several values', () => {
    expect(normalise('indigenous', 'FN; metis', { fn: 'First Nations' })).toBe('First Nations; Métis');
    expect(normalise('indigenous', 'fnmi', { FNMI: 'First Nations; Métis; Inuit' })).toBe('First Nations; Métis; Inuit');
    expect(normalise('indigenous', 'Cree', { cree: 'First Nations' })).toBe('First Nations');
  });
});

describe('splitMultiValue', () => {
  it('splits stored values again, with missing values not stated', () => {
    expect(splitMultiValue('Indigenous; Métis')).toEqual(['Indigenous', 'Métis']);
    expect(splitMultiValue('Female')).toEqual(['Female']);
    expect(splitMultiValue(undefined)).toEqual([NOT_STATED]);
    expect(splitMultiValue('  ')).toEqual([NOT_STATED]);
  });
});

describe('Indigenous answers naming a nation', () => {
  it('reads "Yes - Katzie" and "yes (Cree)" as Yes', () => {
    expect(normalise('indigenous', 'Yes - Katzie')).toBe('Yes');
    expect(normalise('indigenous', 'yes (Cree)')).toBe('Yes');
    expect(normalise('indigenous', 'Yesterday')).not.toBe('Yes');
  });
});
