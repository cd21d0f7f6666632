// Tests for the names of a grid question's rows: `Question [Row]` headers, as Google Forms writes them.
import { describe, expect, it } from 'vitest';
import type { Column, Table } from '../../src/model.js';
import { dashedGridHeader, gridAttributeLabels, gridColumnLabel, gridHeader } from '../../src/readers/grid-labels.js';
import { attributeKey } from '../../src/readers/columns.js';

function column(index: number, header: string, role: Column['role'], attribute?: string): Column {
  return { index, header, role, reason: 'test', ...(attribute !== undefined ? { attribute } : {}) };
}

function table(columns: Column[]): Table {
  return { type: 'table', flavour: 'google-forms', columns, rows: [], isRoster: false };
}

describe('gridHeader', () => {
  it('splits a grid row’s header into its question and its row', () => {
    expect(gridHeader('How much do you agree? [I feel safe at school]')).toEqual({ question: 'How much do you agree?', row: 'I feel safe at school' });
    expect(gridHeader('  Rate each class [Math]  ')).toEqual({ question: 'Rate each class', row: 'Math' });
  });

  it('finds no grid in other headers', () => {
    expect(gridHeader('Grade')).toBeUndefined();
    expect(gridHeader('[Row] alone')).toBeUndefined();
    expect(gridHeader('[Only a bracket]')).toBeUndefined();
    expect(gridHeader('Question [ ]')).toBeUndefined();
    expect(gridHeader('Which [one] of these [two]')).toBeUndefined();
  });
});

describe('gridAttributeLabels', () => {
  it('names each grid row’s attribute by its key, the first file’s wording first', () => {
    const safe = 'How much do you agree? [I feel safe at school]';
    const care = 'How much do you agree? [Teachers care about me]';
    const labels = gridAttributeLabels([
      table([
        column(0, 'Timestamp', 'ignore'),
        column(1, 'Grade', 'attribute', 'grade'),
        column(2, safe, 'attribute', attributeKey(safe)),
        // A row the config file gave a name of its own keeps it.
        column(3, care, 'attribute', 'care'),
        column(4, 'What makes learning hard? [Open]', 'text'),
      ]),
      table([column(0, 'How much do you agree [I feel safe at school]', 'attribute', attributeKey(safe))]),
    ]);
    expect(attributeKey(safe)).toBe('how-much-do-you-agree-i-feel-safe-at-school');
    expect({ ...labels }).toEqual({ 'how-much-do-you-agree-i-feel-safe-at-school': 'How much do you agree? — I feel safe at school' });
    expect(gridColumnLabel({ header: care, attribute: 'care' })).toBeUndefined();
  });
});

describe('a matrix row in a SurveyMonkey or Qualtrics export', () => {
  it('splits `Question - Row` at its last dash, but not a checkbox’s choice or a write-in’s text', () => {
    expect(dashedGridHeader('How much do you agree with each statement? - I feel heard at school')).toEqual({
      question: 'How much do you agree with each statement?',
      row: 'I feel heard at school',
    });
    expect(dashedGridHeader('Which clubs are you part of? - Selected Choice - Other')).toBeUndefined();
    expect(dashedGridHeader('Which best describes you? - Other - Text')).toBeUndefined();
    expect(dashedGridHeader('Grade')).toBeUndefined();
  });

  it('names a Qualtrics matrix row from its second header row, under its code', () => {
    const question = 'How much do you agree with each statement? - I feel heard at school';
    const row = { header: 'Q4_1', question, attribute: attributeKey(question) };
    expect(gridColumnLabel(row, 'qualtrics')).toBe('How much do you agree with each statement? — I feel heard at school');
    // A plain sheet's dash is its own: "Grade - 10" is no matrix row.
    expect(gridColumnLabel({ header: 'Grade - 10', attribute: attributeKey('Grade - 10') })).toBeUndefined();
    expect(gridColumnLabel({ header: 'Grade - 10', attribute: attributeKey('Grade - 10') }, 'google-forms')).toBeUndefined();
  });

  it('names a SurveyMonkey matrix row from its joined header rows, not a checkbox question’s box', () => {
    const labels = gridAttributeLabels([
      {
        ...table([
          column(0, 'How often do you feel rushed? - In math', 'attribute', attributeKey('How often do you feel rushed? - In math')),
          column(1, 'Which clubs are you part of? - Sports', 'attribute', 'which-clubs-are-you-part-of'),
        ]),
        flavour: 'surveymonkey',
      },
    ]);
    expect({ ...labels }).toEqual({ 'how-often-do-you-feel-rushed-in-math': 'How often do you feel rushed? — In math' });
  });
});
