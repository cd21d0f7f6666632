// A Google Forms survey with a grid question (`How much do you agree? [Teachers care about me]`) answered
// on an agreement scale: its rows named as the survey asked them, its answers listed in the scale's order.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reflect, ROOT, tempDir } from './helpers.js';

const FIXTURE = path.join(ROOT, 'fixtures/cli/grid-scale');
const CARE = 'how-much-do-you-agree-teachers-care-about-me';

describe('a grid question answered on an agreement scale', () => {
  const out = path.join(tempDir('reflect-grid-'), 'out');
  const run = reflect(['analyze', FIXTURE, '--out', out, '--by', CARE]);
  const report = readFileSync(path.join(out, 'report.md'), 'utf8');

  it('runs cleanly', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('lists each row’s answers in the scale’s order, named as the survey asked, in the table of who took part', () => {
    const table = report.slice(report.indexOf('| How much do you agree? — I feel safe at school |'));
    const lines = table.split('\n').slice(0, 10).map((line) => line.split('|').slice(1, 3).map((cell) => cell.trim()));
    expect(lines).toEqual([
      ['How much do you agree? — I feel safe at school', 'Strongly agree'],
      ['', 'Agree'],
      ['', 'Neutral'],
      ['', 'Disagree'],
      ['', 'Strongly disagree'],
      ['How much do you agree? — Teachers care about me', 'Strongly agree'],
      ['', 'Agree'],
      ['', 'Neutral'],
      ['', 'Disagree'],
      ['', 'Strongly disagree'],
    ]);
    expect(report).not.toContain('How much do you agree I feel safe at school');
  });

  it('words a finding, the --by section and the chart as the survey asked', () => {
    expect(report).toContain('Students who answered “Strongly disagree” to “How much do you agree? — Teachers care about me” raised relationships with adults far more often than others:');
    expect(report).toContain('\n## By “How much do you agree? — Teachers care about me”\n');
    expect(report).toContain('among students of each answer to “How much do you agree? — Teachers care about me”');
    const section = report.slice(report.indexOf('## By “How much'));
    const groups = [...section.matchAll(/^- \*\*(.+?)\*\*/gm)].map((m) => m[1]);
    expect(groups).toEqual(['Strongly agree', 'Agree', 'Neutral', 'Disagree', 'Strongly disagree']);
    expect(report).toMatch(/x-axis \["Strongly agree \(n=15\)", "Agree \(n=13\)", "Neutral \(n=10\)", "Disagree \(n=9\)", "Strongly disagree \(n=13\)"\]/);
  });

  it('keeps the keys in the CSVs, in the scale’s order, and the names in analysis.json', () => {
    const demographics = readFileSync(path.join(out, 'demographics.csv'), 'utf8').split('\n').filter((line) => line.startsWith(`${CARE},`));
    expect(demographics.map((line) => line.split(',')[1])).toEqual(['Strongly agree', 'Agree', 'Neutral', 'Disagree', 'Strongly disagree']);
    const json = JSON.parse(readFileSync(path.join(out, 'analysis.json'), 'utf8'));
    expect(json.attributeLabels).toEqual({
      'how-much-do-you-agree-i-feel-safe-at-school': 'How much do you agree? — I feel safe at school',
      [CARE]: 'How much do you agree? — Teachers care about me',
    });
  });
});
