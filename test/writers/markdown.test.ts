// Tests for the Markdown report: a golden report on a hand-built analysis, plus privacy and structure checks.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import type { Analysis } from '../../src/model.js';
import { leadingWithTies, writeMarkdownReport } from '../../src/writers/markdown/index.js';
import { escapeCell, escapeMarkdown } from '../../src/writers/markdown-escape.js';
import { askedInReport } from '../../src/writers/markdown/prose.js';
import { barChart, mermaidString, niceMax, shortLabel } from '../../src/writers/mermaid.js';
import { computeAgreement } from '../../src/analyses/agreement.js';
import { coderFromCodings } from '../../src/analyses/coding-files.js';
import { tempDir } from '../cli/helpers.js';

const fixture = new URL('../../fixtures/writers/markdown/basic/analysis.json', import.meta.url);
const load = (): Analysis => JSON.parse(readFileSync(fixture, 'utf8')) as Analysis;

describe('writeMarkdownReport', () => {
  const analysis = load();
  const report = writeMarkdownReport(analysis);

  it('matches the golden report', async () => {
    await expect(report).toMatchFileSnapshot('../../fixtures/writers/markdown/basic/expected.md');
  });

  it('is deterministic and does not change the analysis', () => {
    const before = JSON.stringify(analysis);
    expect(writeMarkdownReport(analysis)).toBe(report);
    expect(JSON.stringify(analysis)).toBe(before);
  });

  it('never prints a participant name or speaker label', () => {
    const names = analysis.corpus.participants.flatMap((p) => (p.name ? [p.name, ...p.name.split(/\s+/)] : []));
    expect(names.length).toBeGreaterThan(20);
    for (const name of new Set(names)) {
      if (name.length < 3 || name === 'Ms.') continue;
      expect(report, name).not.toMatch(new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
    }
  });

  it('never names a school', () => {
    const schools = analysis.corpus.sources.map((s) => s.attributes.school).filter((s): s is string => !!s);
    expect(schools.length).toBeGreaterThan(0);
    for (const school of schools) expect(report).not.toContain(school);
  });

  it('prints suppressed demographic counts as <minCell or hidden, never the count', () => {
    const appendix = report.slice(report.indexOf('### Who took part'), report.indexOf('### Themes', report.indexOf('### Who took part')));
    const suppressed = analysis.demographics.filter((d) => d.suppressed);
    expect(suppressed.length).toBeGreaterThan(1);
    for (const row of suppressed) {
      const line = appendix.split('\n').find((l) => l.includes(`| ${row.value} |`) && (l.includes('<5') || l.includes('hidden')) && l.includes('–'));
      expect(line, `${row.attribute}=${row.value}`).toBeDefined();
      expect(line).not.toContain(`| ${row.count} |`);
      expect(line).not.toContain(`${row.percent}%`);
    }
  });

  it('never shows a suppressed crosstab cell', () => {
    const hidden = analysis.crosstab.filter((r) => r.suppressed && r.participants > 0);
    expect(hidden.length).toBeGreaterThan(0);
    const group = report.slice(report.indexOf('## By school level'), report.indexOf('## Method'));
    for (const r of hidden) {
      const line = group.split('\n').find((l) => l.startsWith(`- **${r.value}**`))!;
      const label = analysis.themes.find((t) => t.themeId === r.themeId)!.label.toLowerCase();
      expect(line.toLowerCase()).not.toContain(`${label} (`);
    }
    // Charts only draw unsuppressed cells: every bar value is an unsuppressed percentage.
    const shown = new Set(analysis.crosstab.filter((r) => !r.suppressed).map((r) => String(r.percentOfGroup)));
    for (const m of report.matchAll(/% of each group"[\s\S]*?bar \[([^\]]*)\]/g)) {
      for (const v of m[1]!.split(', ')) expect(shown.has(v), v).toBe(true);
    }
  });

  it('quotes no response twice', () => {
    const ids = [...analysis.themes.flatMap((t) => t.quotes), ...analysis.questions.flatMap((q) => q.quotes), ...(analysis.focusGroupQuotes ?? [])].map((q) => q.responseId);
    expect(ids.length).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of analysis.themes[0]!.quotes) expect(report).toContain(`> — ${q.attribution}`);
  });

  it('has the sections in order', () => {
    const headings = report.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      '## Background',
      '## What students said',
      '## Themes',
      '## Interesting findings',
      '## By school level',
      '## Method',
      '## Appendix',
    ]);
  });

  it('says so honestly when there are no findings', () => {
    const none = { ...load(), findings: [] };
    expect(writeMarkdownReport(none)).toContain('No group differed from the others by more than chance would explain');
  });

  it('separates leading themes by semicolons where a label has a comma of its own', () => {
    const commas = load();
    const id = commas.themes[2]!.themeId;
    const label = 'Passions, goals and purpose';
    commas.themes = commas.themes.map((t) => (t.themeId === id ? { ...t, label } : t));
    commas.codebook.themes = commas.codebook.themes.map((t) => (t.id === id ? { ...t, label } : t));
    expect(writeMarkdownReport(commas)).toContain(
      'the themes raised most often were teachers who know students (30 students); flexible time and pace (23 students); passions, goals and purpose (19 students); and mental health and stress (19 students).',
    );
  });

  it('gives a theme’s share of the students as the same whole percent in its section and in the appendix', () => {
    const appendix = report.slice(report.indexOf('## Appendix'));
    let compared = 0;
    for (const t of analysis.themes.filter((x) => x.participants > 0)) {
      const inSection = new RegExp(`\\n### ${t.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n\\n(?:Part of [^:]+: )?\\d+ students? \\((\\S+) of participants\\)`).exec(report)?.[1];
      const row = appendix.split('\n').find((l) => l.startsWith(`| ${t.label} |`))!;
      expect(row.split(' | ').at(-1)).toBe(`${inSection} |`);
      expect(inSection).toMatch(/^\d+%$/);
      compared++;
    }
    expect(compared).toBeGreaterThan(5);
  });

  it('leaves out a finding another wholly explains, which analysis.json keeps', () => {
    const folded = load();
    const [first] = folded.findings;
    const mirror = { ...first!, value: 'Secondary', direction: 'less' as const, sentence: 'Secondary students raised mental health and stress far less often than others.', foldedInto: first!.value };
    folded.findings = [first!, mirror];
    const text = writeMarkdownReport(folded);
    expect(text).toContain(first!.sentence);
    expect(text).not.toContain(mirror.sentence);
  });

  it('writes a question of one answer as "the one answer", not "1 (100%)"', () => {
    const analysis = load();
    const one = { ...analysis.questions[0]!, responses: 1, themes: [{ themeId: analysis.themes[0]!.themeId, responses: 1, percent: 100 }] };
    const text = writeMarkdownReport({ ...analysis, questions: [one, ...analysis.questions.slice(1)] });
    expect(text).toMatch(/The one answer to this question was about [^.]+\./);
    expect(text).not.toContain('Of the 1 answer');
  });

  it('counts a question no one answered among those the sheets asked', () => {
    const analysis = load();
    const unanswered = { ...analysis, corpus: { ...analysis.corpus, questions: [...analysis.corpus.questions, { id: 'q99', text: 'Anything else?' }] } };
    expect(writeMarkdownReport(analysis)).toContain('The reflection sheets asked three questions;');
    expect(writeMarkdownReport(unanswered)).toContain('The reflection sheets asked four questions;');
  });

  it('says which counts the comparison charts leave out, so that a bar of 0 does not contradict it', () => {
    const text = writeMarkdownReport(load());
    expect(text).toMatch(/bar \[[\d.]+, 0\]/);
    expect(text).toContain('(groups of fewer than 5 students and counts from 1 to 4 are not shown):');
    expect(text).not.toContain('groups and counts under 5 students are not shown');
  });

  it('speaks of one difference as one: "this difference was", not "these differences were"', () => {
    const analysis = load();
    expect(writeMarkdownReport(analysis)).toContain('Comparing groups of students, these differences were larger than chance alone would explain.');
    const one = { ...analysis, findings: analysis.findings.slice(0, 1) };
    const text = writeMarkdownReport(one);
    expect(text).toContain('Comparing groups of students, this difference was larger than chance alone would explain.');
    expect(text).not.toContain('these differences');
  });

  it('says no mention was negated in words, not as "0 of 12 mentions"', async () => {
    const dir = tempDir('reflect-no-negation-');
    const answers = ['More electives and a choice of what we learn', 'Smaller classes so the teacher has time for everyone', 'More field trips and hands-on projects instead of worksheets', 'We need more computers for everyone at home'];
    const rows = Array.from({ length: 12 }, (_, i) => `${i + 1},"${answers[i % 4]} (${i})"`);
    writeFileSync(path.join(dir, 'survey.csv'), ['id,What would make school better?', ...rows].join('\n') + '\n');
    const method = ((t) => t.slice(t.indexOf('## Method'), t.indexOf('## Appendix')))(writeMarkdownReport(await analyze({ folder: dir })));
    expect(method).toContain('none of the mentions found was negated.');
    expect(method).not.toMatch(/\(0 of \d+ mentions?\)/);
  });

  it('says where a theme without quotes of its own has its response quoted, or that none could be', async () => {
    const dir = tempDir('reflect-unquoted-theme-');
    const answers = [
      'More electives and a choice of what we learn in grade 10',
      'I get really stressed before tests and there is no one to talk to about it',
      'Smaller classes so the teacher has time for everyone',
      'More field trips and hands-on projects instead of worksheets',
      'Let us pick our own courses and electives earlier on',
      'The counsellor is always busy and my anxiety gets worse during exams',
      'Less homework so I can help my mom with my little brothers after school',
      'We need more computers because not everyone has one at home',
      'More choice in how we show our learning like projects or videos',
      'Flex block every day so we can get help from teachers',
      'Teachers who actually know us and check in with us',
      'I like it the way it is honestly nothing to change here',
    ];
    writeFileSync(path.join(dir, 'survey.csv'), ['id,What would make school better for you?', ...answers.map((a, i) => `${i + 1},"${a}"`)].join('\n') + '\n');
    const analysis = await analyze({ folder: dir });
    const text = writeMarkdownReport(analysis);
    // The one answer about home ("help my mom with my little brothers") is quoted under another theme.
    const home = text.slice(text.indexOf('### Home and family life'));
    const quotedUnder = analysis.themes.find((t) => t.themeId !== 'home-life' && t.quotes.some((q) => q.text.includes('my little brothers')))!;
    expect(home.split('\n\n')[1]).toMatch(new RegExp(`parents' views\\. Its one response is quoted under ${quotedUnder.label.toLowerCase()}\\.$`));
    // A theme none of whose responses was quoted anywhere: none could stand alone.
    const unquoted = { ...analysis, themes: analysis.themes.map((t) => (t.themeId === 'class-size' ? { ...t, quotes: [] } : t)) };
    const classSize = writeMarkdownReport(unquoted).slice(writeMarkdownReport(unquoted).indexOf('### Class size'));
    expect(classSize.split('\n\n')[1]).toMatch(/Its one response could not be quoted on its own\.$/);
  });

  it('warns that shares may add to 99 or 101 only where some attribute’s do', () => {
    const analysis = load();
    const note = 'each rounded on its own, so an attribute’s may add to 99 or 101';
    const row = (attribute: string, value: string, count: number) => ({ attribute, value, count, denominator: 12, percent: Math.round((count / 12) * 1000) / 10, suppressed: false });
    const even = { ...analysis, demographics: [row('gender', 'Female', 6), row('gender', 'Male', 6), row('grade', '9', 6), row('grade', '10', 6)] };
    expect(writeMarkdownReport(even)).toContain('Percentages are of the 12 students who took part.');
    expect(writeMarkdownReport(even)).not.toContain(note);
    // 4, 4 and 4 of 12: 33% three times, 99 in all.
    const thirds = { ...analysis, demographics: [row('grade', '8', 4), row('grade', '9', 4), row('grade', '10', 4)] };
    expect(writeMarkdownReport(thirds)).toContain(`Percentages are of the 12 students who took part, ${note}.`);
  });

  it('says why a one-school survey compared no groups: every student shared one school', async () => {
    const dir = tempDir('reflect-one-school-');
    const lunches = ['A sandwich with cheese and ham today', 'Pizza from the cafeteria line again', 'Soup and crackers with orange juice'];
    const rows = Array.from({ length: 12 }, (_, i) => `${i + 1},Hill Secondary,"${i === 0 ? 'Leftover pasta my dad made last night' : lunches[i % 3]} (${i})"`);
    writeFileSync(path.join(dir, 'survey.csv'), ['id,school,What did you have for lunch?', ...rows].join('\n') + '\n');
    const text = writeMarkdownReport(await analyze({ folder: dir }));
    expect(text).toContain('Groups of students could not be compared: all 12 students shared one school, so there was no other group to set them against.');
    expect(text).not.toContain('no group was large enough, or no demographic details were available');
    // Lunches carry one theme, once ("my dad made"): the only theme raised, not the one raised most often.
    expect(text).toContain('Across 12 responses from 12 students, the only theme raised was home and family life (1 student).');
    // One school at 100%: no shares that add to 99 or 101, so no word on rounding them.
    expect(text).toContain('| School | Hill Secondary | 12 | 100% |\n\nPercentages are of the 12 students who took part.\n');
  });

  it('says a small forum compared no groups because none was large enough, not "or no demographic details were available"', async () => {
    const dir = tempDir('reflect-small-forum-');
    const rows = [
      'T1,Teacher,Maple Secondary,"Students choose which project to work on in flex block, and I meet each one weekly."',
      'T2,Teacher,Maple Secondary,"Choice boards in science, so students pick how they show what they learned."',
      'T3,Teacher,Cedar Middle,"We do genius hour on Fridays, the kids pick anything and research it."',
      'T4,Teacher,Cedar Middle,"Students set goals with me at the start of each term and we check in every few weeks."',
      'T5,Teacher,Cedar Middle,"Only in my elective, where there is no provincial exam hanging over us."',
      'T6,Teacher,Maple Secondary,"Flex block, where students pick which teacher they need to see that day."',
      'P1,Principal,Maple Secondary,"We built a flex block into the timetable two years ago."',
    ];
    writeFileSync(path.join(dir, 'forum.csv'), ['id,Role,school,What does personalised learning look like in your classroom?', ...rows].join('\n') + '\n');
    const text = writeMarkdownReport(await analyze({ folder: dir }));
    expect(text).toContain('Groups of participants could not be compared: no group had at least 5 participants with at least as many others to set them against.');
    expect(text).not.toContain('or no demographic details were available');
    // A theme's line says "participants" once, not "2 participants (29% of participants)".
    expect(text).toMatch(/\n\n\d+ participants \(\d+%\) in \d+ responses?\. /);
    expect(text).not.toContain('% of participants)');
  });

  it('says demographic details given but all too small to show were given, not that none were available', async () => {
    const dir = tempDir('reflect-small-groups-');
    // Six students: 3, 2 and 1 by gender; 5 and 1 by Indigenous self-identification, which the total of 6
    // would give back; every group hidden.
    const rows = [
      'S1,Female,10,No,"Flex block lets me catch up on math when I fall behind."',
      'S2,Male,11,No,"Smaller classes so the teacher can get to everyone."',
      'S3,Female,10,No,"I want to choose my electives, not have them picked for me."',
      'S4,Male,12,Yes,"Less homework because I work after school most nights."',
      'S5,Female,11,No,"A counsellor who is not booked up for weeks."',
      'S6,Non-binary,10,No,"Online courses at my own pace."',
    ];
    writeFileSync(path.join(dir, 'survey.csv'), ['id,gender,grade,indigenous,What would help you learn?', ...rows].join('\n') + '\n');
    const text = writeMarkdownReport(await analyze({ folder: dir }));
    expect(text).toContain(
      'Demographic details were given (gender, grade and Indigenous self-identification), but none is shown: their groups are too small to show without describing the students in them (fewer than 5 in a group, or a count that would give one back).',
    );
    expect(text).not.toContain('No demographic details were available.');
    expect(text).toContain('Groups of students could not be compared: no group had at least 5 students with at least as many others to set them against.');
    // Without any detail, the report says so.
    writeFileSync(path.join(dir, 'survey.csv'), ['id,What would help you learn?', ...rows.map((r) => r.replace(/^(S\d),[^"]*/, '$1,'))].join('\n') + '\n');
    const bare = writeMarkdownReport(await analyze({ folder: dir }));
    expect(bare).toContain('No demographic details were available.');
    expect(bare).toContain('Groups of students could not be compared: no demographic details were available.');
  });

  it('never says no group differed where no group was large enough to be compared', () => {
    const analysis = load();
    // Every group below the minimum cell: no test could be made.
    const small = { ...analysis, findings: [], crosstab: analysis.crosstab.map((r) => ({ ...r, groupParticipants: 3, groupSuppressed: true })) };
    const text = writeMarkdownReport(small);
    expect(text).not.toContain('No group differed');
    expect(text).not.toContain('Groups were compared theme by theme');
    expect(text).toContain('Groups of students could not be compared');
  });

  it('never says each theme was compared where groups were large enough but every count that could be tested was hidden', async () => {
    const dir = tempDir('reflect-hidden-counts-');
    // Grades of 5 and 5: large enough to compare, but 3 and 2 of them raised mental health (both "<5"),
    // the rest raised nothing, so no table was tested.
    const rows = Array.from({ length: 10 }, (_, i) => `S${i + 1},${i < 5 ? 10 : 11},${i % 2 === 0 ? 'I feel a lot of stress at school.' : 'I like lunch.'}`);
    writeFileSync(path.join(dir, 'sheet.csv'), `id,grade,What is hard about school?\n${rows.join('\n')}\n`);
    const analysis = await analyze({ folder: dir });
    expect(analysis.crosstab.some((r) => r.attribute === 'grade' && !r.suppressed && r.participants > 0)).toBe(false);
    const text = writeMarkdownReport(analysis);
    expect(text).not.toContain('No group differed');
    expect(text).not.toContain('Groups were compared theme by theme');
    expect(text).toContain(
      'Groups of students were not compared: in every group large enough to compare, each theme was raised by too few of its students to show (such counts are hidden to protect them), by all of them or by none.',
    );
    // With suppression off the same groups are tested, and the report says so.
    const open = writeMarkdownReport(await analyze({ folder: dir, minCell: 0 }));
    expect(open).toContain('No group differed from the others by more than chance would explain (each theme was compared across grade');
    expect(open).toContain('Groups were compared theme by theme');
  });

  it('writes a share rounded to 0 or 100 that is not so as "<1%" or ">99%" in the table of who took part', () => {
    const analysis = load();
    const rows = [
      { attribute: 'gender', value: 'Female', count: 995, percent: 100, denominator: 1000, suppressed: false },
      { attribute: 'gender', value: 'Male', count: 5, percent: 1, denominator: 1000, suppressed: false },
      { attribute: 'indigenous', value: 'Yes', count: 1000, percent: 100, denominator: 1000, suppressed: false },
      { attribute: 'grade', value: '9', count: 996, percent: 100, denominator: 1000, suppressed: false },
      { attribute: 'grade', value: '10', count: 4, percent: 0, denominator: 1000, suppressed: false },
    ];
    const text = writeMarkdownReport({ ...analysis, demographics: rows });
    expect(text).toContain('| Gender | Female | 995 | >99% |');
    expect(text).toContain('|  | Male | 5 | 1% |');
    expect(text).toContain('| Indigenous self-identification | Yes | 1000 | 100% |');
    expect(text).toContain('|  | 10 | 4 | <1% |');
  });

  it('writes a hidden group as "fewer than N students"', () => {
    expect(report).toContain('- **Elementary**: not shown (fewer than 5 students).');
  });

  it('adds the agreement figures to the method when the analysis has them', () => {
    const withAgreement = load();
    const ids = withAgreement.corpus.responses.map((r) => r.id);
    const reflect = coderFromCodings('reflect', ids, withAgreement.codings);
    // A second coder who missed every "smaller classes" coding.
    const human = coderFromCodings('coder-a', ids, withAgreement.codings.filter((c) => c.themeId !== 'class-size'));
    withAgreement.agreement = computeAgreement([human, reflect], { reference: 'coder-a' });
    const out = writeMarkdownReport(withAgreement);
    const method = out.slice(out.indexOf('## Method'), out.indexOf('## Appendix'));
    expect(method).toContain('### Agreement with other coders');
    expect(method).toContain("Krippendorff's alpha");
    expect(report).not.toContain('### Agreement with other coders');
  });

  it('gives each skipped file its reason in the background, without the advice after a semicolon', () => {
    const withSkipped = load();
    const skipped = (id: string, reason: string) => ({ ...withSkipped.corpus.sources[0], id, status: 'skipped' as const, reason, responses: 0 });
    withSkipped.corpus.sources = [
      ...withSkipped.corpus.sources,
      skipped('notes.doc', 'unsupported file type (.doc); save it as .docx or .txt to have it read'),
      skipped('survey.xlsx', 'the same answers as survey.csv (the survey exported again); not read twice'),
    ];
    expect(writeMarkdownReport(withSkipped)).toContain(
      // The fixture already has two files skipped and one that failed.
      'Four files were skipped (unsupported format; the same answers as survey.csv, the survey exported again; and unsupported file type, .doc) and one could not be read',
    );
  });

  it('leaves a bracketed guess at the end of a reason ("(… renamed?)") to sources.csv, not a question mid-sentence', async () => {
    const dir = tempDir('reflect-md-');
    writeFileSync(path.join(dir, 'survey.csv'), 'id,What helps you learn?\n1,Field trips and hands-on projects\n');
    // Binary bytes that are no zip package: no text to read it as, either.
    writeFileSync(path.join(dir, 'broken.xlsx'), Buffer.from([0, 1, 2, 0x50, 0x4b, 3, 4, 0x67, 0x61, 0x72, 0x62, 0x61, 0x67, 0x65]));
    const analysis = await analyze({ folder: dir });
    expect(analysis.corpus.sources.find((s) => s.id === 'broken.xlsx')!.reason).toMatch(/\(a file of another kind, renamed\?\)$/);
    const text = writeMarkdownReport(analysis);
    expect(text).toContain('One file could not be read (not a valid XLSX file: it is not a zip package, as every .xlsx is); see sources.csv.');
    expect(text).toContain('| broken.xlsx | unknown | failed: not a valid XLSX file: it is not a zip package, as every .xlsx is (a file of another kind, renamed?) | 0 |');
  });

  it('says in its Warnings that the file that failed, shown in the sources, is apart from "no warnings"', async () => {
    const dir = tempDir('reflect-md-');
    writeFileSync(path.join(dir, 'survey.csv'), 'id,What helps you learn?\n1,Field trips and hands-on projects\n');
    const clean = writeMarkdownReport(await analyze({ folder: dir }));
    expect(clean).toContain('### Warnings\n\nReading and analysing the files raised no warnings.');
    writeFileSync(path.join(dir, 'broken.xlsx'), Buffer.from([0, 1, 2, 0x50, 0x4b, 3, 4, 0x67, 0x61, 0x72, 0x62, 0x61, 0x67, 0x65]));
    const analysis = await analyze({ folder: dir });
    expect(analysis.warnings).toEqual([]);
    expect(writeMarkdownReport(analysis)).toContain(
      '### Warnings\n\nApart from the file that could not be read (see the sources above), reading and analysing the files raised no warnings.',
    );
  });

  it('says a theme’s response is quoted "with the focus group" where there was one, as its section is headed', async () => {
    const dir = tempDir('reflect-md-');
    writeFileSync(path.join(dir, 'sheet.csv'), 'What helps you learn?\nChoice in how we show learning\nField trips\nFlex block for extra help\nMore computers\nSmaller classes\n');
    writeFileSync(path.join(dir, 'focus-group.txt'), 'Facilitator: What gets in the way?\nStudent 1: Tests. Too many tests on the same day.\nStudent 2: Money. My family can’t pay for the trips.\n');
    const analysis = await analyze({ folder: dir });
    const tests = analysis.corpus.responses.find((r) => r.text.startsWith('Tests.'))!;
    const theme = analysis.themes.find((t) => t.responses === 1 && analysis.codings.some((c) => c.themeId === t.themeId && c.responseId === tests.id))!;
    // That turn quoted in the focus group's section, and not under its theme.
    const moved: Analysis = {
      ...analysis,
      themes: analysis.themes.map((t) => (t.themeId === theme.themeId ? { ...t, quotes: [] } : t)),
      focusGroupQuotes: [{ responseId: tests.id, text: tests.text, attribution: 'A student' }],
    };
    const text = writeMarkdownReport(moved);
    expect(text).toContain('### In the focus group\n');
    expect(text).toContain('Its one response is quoted with the focus group.');
    expect(text).not.toContain('with the focus groups');
  });

  it("signs a focus-group quote with the facilitator's question it answers, in a few words and without a name", async () => {
    const dir = tempDir('reflect-md-');
    writeFileSync(
      path.join(dir, 'focus-group.txt'),
      [
        'Facilitator: Thanks for coming. Jordan, what gets in the way of learning at your school?',
        'Jordan: Tests. Too many tests on the same day, and my stomach hurts before every one.',
        'Maya: Money. My family can’t pay for the field trips or the laptop fees.',
        'Facilitator: One student wrote, "School should start later in the morning because teenagers need more sleep to learn well, and everyone at this school knows it." Thoughts?',
        'Jordan: I agree, the timetable starts way too early for us and nobody can focus.',
      ].join('\n'),
    );
    const analysis = await analyze({ folder: dir });
    const text = writeMarkdownReport(analysis);
    const signed = (start: string) => {
      const quote = [...analysis.focusGroupQuotes!, ...analysis.themes.flatMap((t) => t.quotes)].find((q) => q.text.startsWith(start));
      return quote && text.slice(text.indexOf(`“${quote.text}`)).split('\n')[2];
    };
    expect(signed('Tests.')).toBe('> — A student, in answer to “What gets in the way of learning at your school?”');
    expect(text).not.toContain('Jordan');
    // A question of more than 25 words, the quote read out to the group, is not shown.
    expect(signed('I agree')).toBe('> — A student');
  });

  it('shows the question a quote answers without the words talk opens it with, where a question follows them', () => {
    expect(askedInReport('And what gets in the way?')).toBe('What gets in the way?');
    expect(askedInReport('Okay, so how did the flex block go?')).toBe('How did the flex block go?');
    expect(askedInReport('[name], and why is that?')).toBe('Why is that?');
    expect(askedInReport('Now tell me about your timetable.')).toBe('Tell me about your timetable.');
    expect(askedInReport('So many of you said tests. Why?')).toBe('So many of you said tests. Why?');
    expect(askedInReport('And why?')).toBeUndefined();
  });

  it('calls a file a skip reason names "another file", never unmaking the brackets of its name', () => {
    const withSkipped = load();
    const source = (id: string, status: 'read' | 'skipped', reason?: string) => ({ ...withSkipped.corpus.sources[0], id, status, ...(reason ? { reason } : {}), responses: 0 });
    withSkipped.corpus.sources = [
      source('PL Survey (Responses).xlsx', 'read'),
      source('PL Survey (Responses) - Form Responses 1.csv', 'skipped', 'the same answers as PL Survey (Responses).xlsx (the survey exported again); not read twice'),
    ];
    const text = writeMarkdownReport(withSkipped);
    expect(text).toContain('One file was skipped (the same answers as another file, the survey exported again); see sources.csv.');
    expect(text).not.toContain('PL Survey, Responses');
  });

  it('agrees in number with a count of one: "1 (17%) was about", "1 warning; it is listed"', () => {
    const a = load();
    const q = a.questions[0]!;
    q.themes = [{ ...q.themes[0]!, responses: 1 }, ...q.themes.slice(1).map((t) => ({ ...t, responses: Math.min(t.responses, 1) }))];
    a.warnings = [a.warnings[0] ?? { file: 'sheets.csv', message: 'a row was skipped' }];
    const text = writeMarkdownReport(a);
    expect(text).toMatch(new RegExp(`Of the \\d+ answers to this question, 1 \\(\\d+%\\) was about `));
    expect(text).not.toMatch(/ 1 \(\d+%\) were about /);
    expect(text).toContain('raised 1 warning; it is listed in analysis.json.');
  });

  it('says where the warnings are when the report is printed on its own, with no analysis.json beside it', () => {
    const a = load();
    a.warnings = [{ file: 'sheets.csv', message: 'a row was skipped' }, { file: 'notes.txt', message: 'a line was left out' }];
    expect(writeMarkdownReport(a, true)).toContain('raised 2 warnings; the run printed each on the terminal.');
    expect(writeMarkdownReport(a)).toContain('raised 2 warnings; they are listed in analysis.json.');
  });

  it('draws no comparison chart whose shown bars are all 0, and keeps each bar’s group size', () => {
    const a = load();
    const attribute = a.settings.by[0]!;
    const drawn = (text: string): string[] => [...text.matchAll(/title "(.+): % of each group"/g)].map((m) => m[1]!);
    const first = drawn(writeMarkdownReport(a))[0]!;
    const theme = a.themes.find((t) => t.label === first)!;
    // The groups that raised the theme are hidden; those left show 0.
    for (const r of a.crosstab.filter((x) => x.themeId === theme.themeId && x.attribute === attribute)) {
      if (r.participants > 0) r.suppressed = true;
      else r.suppressed = false;
    }
    expect(drawn(writeMarkdownReport(a))).not.toContain(first);
    // A long group name is shortened, its size kept.
    const b = load();
    const row = b.crosstab.find((x) => x.attribute === attribute && !x.suppressed && x.participants > 0)!;
    for (const r of b.crosstab) if (r.attribute === attribute && r.value === row.value) r.value = 'Willoughby Creek Collegiate and Senior Secondary';
    expect(writeMarkdownReport(b)).toMatch(/"Willoughby Creek[^"]*… \(n=\d+\)"/);
  });

  it('says the focus groups were "then" held only after the reflection sheets, and does not count them twice', () => {
    expect(report).toMatch(/focus group interviews were then held/);
    const talkOnly = load();
    talkOnly.corpus.sources = talkOnly.corpus.sources.filter((s) => s.kind !== 'sheet');
    const text = writeMarkdownReport(talkOnly);
    expect(text).toMatch(/^The three focus group interviews were held at three schools/m);
    expect(text).not.toMatch(/ then held/);
  });

  it('with no responses, prints no "0 students", no table of zeros and no "0 of 0 mentions"', async () => {
    // A folder of files reflect cannot read.
    const dir = tempDir('reflect-md-');
    writeFileSync(path.join(dir, 'notes.doc'), 'x');
    writeFileSync(path.join(dir, 'scan.pdf'), '%PDF-1.4');
    const text = writeMarkdownReport(await analyze({ folder: dir }));
    expect(text).not.toMatch(/\b0 students|0 of 0|0\.0%/);
    expect(text).toContain('No responses were read, so no theme could be counted.');
  });

  it('opens "What students said" with how many responses there were where none carries a theme', async () => {
    const dir = tempDir('reflect-md-');
    const answers = ['It was a nice day and the lunch was good', 'I liked meeting people from the other places', 'The speaker was funny and kind of interesting'];
    writeFileSync(path.join(dir, 'survey.csv'), ['Student,What did you think of the day?', ...answers.map((a, i) => `S${i + 1},${a}`)].join('\n') + '\n');
    const analysis = await analyze({ folder: dir });
    expect(analysis.codings).toEqual([]);
    const text = writeMarkdownReport(analysis);
    const section = text.slice(text.indexOf('## What students said'), text.indexOf('### What did you think of the day?'));
    expect(section).toBe('## What students said\n\nAcross 3 responses from 3 students, none of the codebook’s themes came up.\n\n');
  });

  it('says which attributes were given but left out of the table of who took part, and why', async () => {
    // 12 students: six at each of two schools, three in each of four grades (no grade reaches 5).
    const dir = tempDir('reflect-md-');
    const rows = Array.from({ length: 12 }, (_, i) => `S${i + 1},${9 + (i % 4)},${i < 6 ? 'North' : 'South'} Secondary,Field trips and hands-on projects help me learn`);
    writeFileSync(path.join(dir, 'survey.csv'), ['id,Grade,School,What helps you learn?', ...rows].join('\n') + '\n');
    const text = writeMarkdownReport(await analyze({ folder: dir }));
    const appendix = text.slice(text.indexOf('### Who took part'), text.indexOf('### Themes', text.indexOf('### Who took part')));
    expect(appendix).toContain('| School | North Secondary | 6 | 50% |');
    expect(appendix).not.toContain('| Grade |');
    expect(appendix).toContain(
      'Percentages are of the 12 students who took part. Grade was given too, but is not shown: its groups are too small to show without describing the students in them (fewer than 5 in a group, or a count that would give one back).',
    );
    // Every attribute shown: no such note.
    expect(report).not.toContain('given too, but');
  });

  it('says a checkbox attribute’s percentages add to more than 100, not to "99 or 101"', async () => {
    // 20 students; the support question allowed several boxes: 8 ticked Counsellor, 9 Tutoring, 3 both
    // (so 11 and 12 are counted: 55% and 60%, 115% with nobody unstated). Gender is single-valued.
    const dir = tempDir('reflect-md-');
    const support = [...Array(8).fill('Counsellor'), ...Array(9).fill('Tutoring'), ...Array(3).fill('Counsellor; Tutoring')];
    const lines = support.map((s, i) => `P${i + 1},${i % 2 ? 'Male' : 'Female'},${s},The robotics project was the best part of the year`);
    writeFileSync(path.join(dir, 'sheets.csv'), ['id,gender,support,What helps you learn?', ...lines].join('\n') + '\n');
    const text = writeMarkdownReport(await analyze({ folder: dir }));
    expect(text).toContain('| Support | Tutoring | 12 | 60% |');
    expect(text).toContain('|  | Counsellor | 11 | 55% |');
    expect(text).toContain(
      'A student could give several answers for support and is counted under each, so its percentages can add to more than 100.',
    );
  });

  it('says how many answers to a question were a bare yes or no, and which way they went', async () => {
    const dir = tempDir('reflect-yesno-');
    const rows = [
      ...Array.from({ length: 8 }, (_, i) => `S${i},No`),
      ...Array.from({ length: 4 }, (_, i) => `T${i},yes.`),
      'U1,No because the timetable makes me pick between art and physics',
      'U2,Yes we get to choose projects in most classes',
    ];
    writeFileSync(path.join(dir, 'survey.csv'), ['id,Do you have enough choice at school? Why or why not?', ...rows].join('\n'));
    const analysis = await analyze({ folder: dir });
    expect(analysis.questions[0]!.bareYesNo).toEqual({ yes: 4, no: 8 });
    const text = writeMarkdownReport(analysis);
    expect(text).toContain('Of them, 12 were a bare yes or no (4 yes, 8 no), which no theme can carry.');
    // Two bare answers among many are not worth a sentence.
    expect(report).not.toContain('bare yes or no');
  });

  it('does not call the shown themes a group’s most often raised when a hidden count may be larger', () => {
    // Middle: flexible time and pace was raised by 9 of 19 (hidden so that a smaller count cannot be
    // worked out), more than mental health's 7 shown. Alternate's hidden counts are all below 5.
    const section = report.slice(report.indexOf('## By school level'), report.indexOf('## Method'));
    const line = (group: string): string => section.split('\n').find((l) => l.startsWith(`- **${group}**`))!;
    expect(line('Middle')).toBe(
      '- **Middle** (19 students): of the themes whose counts can be shown, middle school students most often raised mental health and stress (37%). ' +
        'Also raised by at least 5 of these students each, with counts hidden so that a smaller group cannot be worked out: ' +
        'teachers who know students; flexible time and pace; resources and funding; and student voice in decisions.',
    );
    expect(line('Middle')).not.toMatch(/\b(?:9|47%|26%)\b/);
    expect(line('Alternate')).toMatch(/^- \*\*Alternate\*\* \(11 students\): students in alternate programs most often raised /);
    expect(line('Alternate')).not.toContain('hidden');
  });

  it('names five hidden themes in a group’s line rather than three and "two other themes"', () => {
    const a = load();
    for (const r of a.crosstab) if (r.value === 'Middle' && r.participants === 4) r.participants = 5;
    const hidden = a.crosstab.filter((r) => r.attribute === 'school-level' && r.value === 'Middle' && r.suppressed && r.participants >= 5);
    expect(hidden).toHaveLength(6);
    hidden.at(-1)!.suppressed = false;
    const line = writeMarkdownReport(a).split('\n').find((l) => l.startsWith('- **Middle**'))!;
    expect(line).toMatch(/cannot be worked out: teachers who know students; flexible time and pace; resources and funding; [^;]+; and [^;]+\.$/);
    expect(line).not.toContain('other theme');
  });

  it('names at most five hidden themes in a group’s line, and keeps a proper adjective’s capital in the heading', () => {
    const a = load();
    for (const r of a.crosstab) if (r.value === 'Middle' && r.participants === 4) r.participants = 5;
    for (const r of a.crosstab) r.attribute = r.attribute === 'school-level' ? 'indigenous' : r.attribute;
    for (const d of a.demographics) if (d.attribute === 'school-level') Object.assign(d, { attribute: 'indigenous', multiSelect: true });
    a.settings.by = ['indigenous'];
    const text = writeMarkdownReport(a);
    expect(text).toContain('## By Indigenous self-identification\n\nThe themes each group raised most, as a percentage of the group’s students. A student may belong to more than one group.\n');
    expect(text).toContain('cannot be worked out: teachers who know students; flexible time and pace; resources and funding; and three other themes.\n');
  });

  it('lists two hidden themes as "a, and b" where the first has an "and" of its own, never "a; b"', () => {
    const a = load();
    const hidden = a.crosstab.filter((r) => r.attribute === 'school-level' && r.value === 'Middle' && r.suppressed && r.participants >= 5);
    expect(hidden.length).toBeGreaterThan(2);
    for (const r of hidden.slice(0, -2)) r.suppressed = false;
    const line = writeMarkdownReport(a).split('\n').find((l) => l.startsWith('- **Middle**'))!;
    expect(line).toMatch(/cannot be worked out: [a-z ]+ and [a-z ]+, and [a-z ]+\.$/);
    expect(line).not.toMatch(/worked out: [^.]*;/);
  });

  it('describes a teacher’s one-class Google Form as it is: no focus groups, facilitators or groups it does not have', async () => {
    // 25 students, three questions, an email column and no demographics, as a Google Form exports them.
    const dir = tempDir('reflect-form-');
    const helped = ['The group project on the water cycle because we actually built something', 'When she explained it on the board step by step', 'Choosing my own topic for the inquiry project'];
    const hard = ['Too many tests in the same week', 'The chromebooks never work and half of them are dead', 'I work after school so I am tired'];
    const change = ['More choice in how we show what we know', 'Later deadlines when we need them', 'More time to work in class'];
    const rows = Array.from({ length: 25 }, (_, i) => [`2024/03/11 9:${10 + i}:00 AM GMT-7`, `student${i + 1}@sd99.ca`, `${helped[i % 3]} (${i})`, hard[i % 3], change[i % 3]].map((v) => `"${v}"`).join(','));
    const header = 'Timestamp,Email Address,What helped you learn best in this unit?,What got in the way of your learning?,"If you could change one thing about this class, what would it be?"';
    writeFileSync(path.join(dir, 'Unit 3 reflection (Responses).csv'), [header, ...rows].join('\n') + '\n');
    const text = writeMarkdownReport(await analyze({ folder: dir }));
    const method = text.slice(text.indexOf('## Method'), text.indexOf('## Appendix'));
    expect(method).toContain('Each response (an answer on a reflection sheet) was tagged');
    expect(method).not.toMatch(/focus group|Facilitators/);
    expect(text).toContain('Groups of students could not be compared: no demographic details were available.');
    // The themes nobody raised, listed so that "passions, goals and purpose" reads as one theme.
    expect(text).toMatch(/^No student raised any of these \w+ themes: [^,]*; passions, goals and purpose; [^,]*; or [^,;]*\.$/m);
  });

  it('fits the report to one focus group and to one leading theme', () => {
    const one = load();
    const first = one.corpus.sources.find((s) => s.kind === 'transcript')!;
    one.corpus.sources = one.corpus.sources.filter((s) => s.kind !== 'sheet' && (s.kind !== 'transcript' || s === first));
    one.corpus.responses = one.corpus.responses.filter((r) => r.sourceId === first.id);
    one.questions = [];
    // One theme ahead of the rest: the leading sentence names it alone.
    one.themes = one.themes.map((t, i) => ({ ...t, participants: i === 0 ? 3 : Math.min(t.participants, 1) }));
    const text = writeMarkdownReport(one);
    expect(text).toContain('\n### In the focus group\n');
    expect(text).toMatch(/, the theme raised most often was [^,]+ \(3 students\)\.\n/);
    expect(text).toContain('Each response (a student’s turn in a focus group) was tagged');
    expect(text).not.toContain('percentages of answers are of the answers to each question');
  });

  it('names no sub-theme beside its parent in a leading list: its answers are the parent’s too', async () => {
    const dir = tempDir('reflect-subthemes-');
    const codebook = path.join(tempDir('reflect-subthemes-cb-'), 'codebook.yml');
    writeFileSync(
      codebook,
      'themes:\n  - id: structures\n    label: School structures\n  - id: flex\n    label: Flex time\n    parent: structures\n    words: [flex]\n  - id: money\n    label: Money\n    words: [money]\n',
    );
    // Six answers about flex blocks (so six about school structures too), three about money.
    const answers = [...Array(6).fill('We have a flex block'), ...Array(3).fill('There is no money'), 'Nothing'];
    writeFileSync(path.join(dir, 'sheets.csv'), ['id,What helps?', ...answers.map((a, i) => `s${i},${a}`)].join('\n') + '\n');
    const text = writeMarkdownReport(await analyze({ folder: dir, codebook }));
    expect(text).toContain('the themes raised most often were school structures (6 students) and money (3 students).');
    expect(text).toContain('Of the 10 answers to this question, 6 (60%) were about school structures and 3 (30%) about money.');
  });

  it('names a sub-theme’s parent in its section, and quotes it from its own answers', async () => {
    const dir = tempDir('reflect-subthemes-');
    const codebook = path.join(tempDir('reflect-subthemes-cb-'), 'codebook.yml');
    writeFileSync(
      codebook,
      'themes:\n  - id: structures\n    label: School structures\n    words: [timetable, schedule]\n  - id: flex\n    label: Flex time\n    parent: structures\n    words: [flex]\n',
    );
    // Two answers about flex time that name the timetable too, four about the timetable alone.
    const answers = [
      'The flex block in our timetable is where I catch up on the math I missed',
      'Flex time in the timetable lets me see my teachers for extra help before tests',
      'The timetable is the same every day and the schedule never lets us move between classes',
      'A better timetable with longer blocks would let us finish labs without rushing at the end',
      'The schedule is packed and the timetable leaves no time to breathe between classes all day',
      'I wish the school schedule started later in the morning because the timetable is brutal',
    ];
    writeFileSync(path.join(dir, 'sheets.csv'), ['id,What helps?', ...answers.map((a, i) => `s${i},${a}`)].join('\n') + '\n');
    const text = writeMarkdownReport(await analyze({ folder: dir, codebook, minCell: 0 }));
    const section = text.slice(text.indexOf('### Flex time'), text.indexOf('## Interesting findings'));
    expect(section).toContain('\n\nPart of school structures: 2 students (33% of participants) in 2 responses.\n');
    expect(section).toContain(`> “${answers[0]}”`);
    expect(section).toContain(`> “${answers[1]}”`);
    expect(text.slice(text.indexOf('### School structures'), text.indexOf('### Flex time'))).not.toContain('Part of');
  });

  it('counts the students the responses came from, and says how many more handed in blank sheets or gave no response', async () => {
    const sheet = (dir: string, rows: string[]) => writeFileSync(path.join(dir, 'sheets.csv'), ['id,What helps you learn?,What gets in the way?', ...rows].join('\n') + '\n');
    const answered = ['S1,Flex blocks and tutorials,Too many tests in one week', 'S2,Choosing my own project,The bus is late', 'S3,Small classes,Nothing really'];
    const whatStudentsSaid = (text: string) => text.split('\n').find((l) => l.startsWith('Across '))!;
    const all = tempDir('reflect-blank-');
    sheet(all, answered);
    expect(whatStudentsSaid(writeMarkdownReport(await analyze({ folder: all })))).toMatch(/^Across 6 responses from 3 students, /);
    const blank = tempDir('reflect-blank-');
    sheet(blank, [...answered, 'S4,,', 'S5,n/a,']);
    const text = writeMarkdownReport(await analyze({ folder: blank }));
    expect(whatStudentsSaid(text)).toMatch(/^Across 6 responses from 3 students \(two more handed in blank sheets\), /);
    expect(text).toContain('Five students took part.');
    expect(text).toContain('handed in two blank sheets');
    const one = tempDir('reflect-blank-');
    sheet(one, [...answered, 'S4,,']);
    expect(whatStudentsSaid(writeMarkdownReport(await analyze({ folder: one })))).toMatch(/^Across 6 responses from 3 students \(one more handed in a blank sheet\), /);
    // A speaker whose only turn is a transcriber's note took part, without a response.
    const talk = tempDir('reflect-blank-');
    writeFileSync(path.join(talk, 'fg.txt'), 'Facilitator: What helps?\nMaya: Flex blocks and tutorials.\nJordan: Choosing my own project.\nDev: [laughs]\n');
    expect(whatStudentsSaid(writeMarkdownReport(await analyze({ folder: talk })))).toMatch(/^Across 2 responses from 2 students \(one more took part without a response\), /);
  });

  it('blank sheets alone: the method names the sheets, and groups were not compared for want of answers', async () => {
    const dir = tempDir('reflect-blank-');
    const rows = ['1,Female,9', '2,Male,9', '3,Female,10', '4,Male,10', '5,Female,9', '6,Male,10'].map((r) => `${r},,`);
    writeFileSync(path.join(dir, 'sheets.csv'), ['id,Gender,Grade,What helps you learn?,What gets in the way?', ...rows].join('\n') + '\n');
    const text = writeMarkdownReport(await analyze({ folder: dir }));
    expect(text).toContain('Each response (an answer on a reflection sheet) was tagged');
    expect(text).toContain('Groups of students were not compared: no student answered in words.');
    expect(text).toContain('Percentages of students are of the six students who took part');
  });

  it('a focus group alone: its students spoke in it, said once', async () => {
    const dir = tempDir('reflect-talk-');
    writeFileSync(path.join(dir, 'fg.txt'), 'Facilitator: What helps?\nMaya: Flex blocks and tutorials.\nJordan: Choosing my own project.\n');
    const text = writeMarkdownReport(await analyze({ folder: dir }));
    expect(text).toContain('Two students took part. They spoke in one focus group.');
    expect(text).toContain('Percentages of students are of the two students who took part.');
  });

  it('counts a lone focus group’s turns, not its speakers, where they are all of a school too small to show', async () => {
    // Ten students of Aspen on sheets, and a focus group at Pathways, an alternate school, of three: the
    // table of who took part reads "Pathways Learning Centre: <5", which "3 students spoke" gave back.
    const dir = tempDir('reflect-pathways-');
    const answers = ['More flex time', 'Smaller classes please', 'Choosing my own projects', 'Less homework on weekends', 'More field trips'];
    const rows = Array.from({ length: 10 }, (_, i) => `S${i + 1},Aspen Secondary,${answers[i % 5]} (${i + 1})`);
    writeFileSync(path.join(dir, 'survey.csv'), ['id,School,What helps you learn?', ...rows].join('\n') + '\n');
    const talk = 'Facilitator: What helps?\nJess: Everyone has their own plan here.\nDakota: You go at your own speed.\nMarcus: Nobody yells at you for being late.\n';
    writeFileSync(path.join(dir, 'focus-group.txt'), `---\nschool: Pathways Learning Centre\nprogram: Alternate program\n---\n${talk}`);
    const text = writeMarkdownReport(await analyze({ folder: dir }));
    expect(text).toMatch(/\| +\| Pathways Learning Centre \| <5 \|/);
    expect(text).toContain('In the focus group, students spoke 3 times.');
    expect(text).not.toMatch(/3 students spoke|three students/);
    // With the threshold off, or at the school of the sheets too, the speakers are counted.
    expect(writeMarkdownReport(await analyze({ folder: dir, minCell: 0 }))).toContain('In the focus group, 3 students spoke 3 times.');
    writeFileSync(path.join(dir, 'focus-group.txt'), `---\nschool: Aspen Secondary\n---\n${talk}`);
    expect(writeMarkdownReport(await analyze({ folder: dir }))).toContain('In the focus group, 3 students spoke 3 times.');
  });

  it('gives no count for a question only one small school answered, nor for one all but that school answered', async () => {
    // A sheet per school, each with a question of its own: Dogwood's 3 ("<5" in the table of who took
    // part) were "Of the 3 answers to this question, 2 (67%) …", and Aspen's own question's 10 answers
    // were the 13 students less Dogwood's 3.
    const dir = tempDir('reflect-school-questions-');
    const helps = ['More flex time in the timetable', 'Smaller classes and more help', 'Choosing my own projects', 'Less homework and less stress', 'More field trips and hands-on work'];
    const aspen = Array.from({ length: 10 }, (_, i) => `A${i + 1},Aspen Secondary,${helps[i % 5]} (${i + 1}),Too many tests in one week (${i + 1})`);
    const dogwood = Array.from({ length: 3 }, (_, i) => `D${i + 1},Dogwood Secondary,${helps[i % 5]} (D${i + 1}),A later start for the buses from the reserve (${i + 1})`);
    writeFileSync(path.join(dir, 'aspen-survey.csv'), ['id,School,What helps you learn?,What gets in the way?', ...aspen].join('\n') + '\n');
    writeFileSync(path.join(dir, 'dogwood-survey.csv'), ['id,School,What helps you learn?,What would you change at Dogwood?', ...dogwood].join('\n') + '\n');
    const text = writeMarkdownReport(await analyze({ folder: dir }));
    expect(text).toMatch(/\| +\| Dogwood Secondary \| <5 \|/);
    const section = (q: string): string => text.slice(text.indexOf(`### ${q}`)).split('\n\n')[1]!;
    expect(section('What helps you learn?')).toMatch(/^Of the 13 answers to this question, /);
    for (const q of ['What gets in the way?', 'What would you change at Dogwood?']) {
      expect(section(q), q).toMatch(/^(?:The answers to this question were most often about|No theme stood out in|None of the codebook’s themes came up in) /);
      expect(section(q), q).not.toMatch(/\d/);
    }
    const open = writeMarkdownReport(await analyze({ folder: dir, minCell: 0 }));
    expect(open).toContain('### What would you change at Dogwood?\n\nOf the 3 answers to this question');
  });

  it('says why a tiny class’s groups were not compared', async () => {
    const dir = tempDir('reflect-tiny-');
    writeFileSync(
      path.join(dir, 'exit-slips.csv'),
      [
        'Student,Grade,Gender,What was the most useful part of the leadership retreat?',
        'Maya Lopez,11,F,Running the small group discussions myself was scary but it went better than I thought',
        'Jordan Oduya,12,M,Hearing from students at other schools about how their flex time works',
        'Priya Sandhu,11,F,The keynote speaker talked about failing and trying again',
        'Alex Chen,10,Non-binary,Meeting people who care about the same things as me',
      ].join('\n') + '\n',
    );
    const text = writeMarkdownReport(await analyze({ folder: dir }));
    expect(text).toContain('Groups of students were not compared: fewer than five students took part, so any group would describe each of them.');
  });

  it('states when suppression is off', () => {
    const open = load();
    open.settings.minCell = 0;
    expect(writeMarkdownReport(open)).toContain('Small-cell suppression was turned off');
  });

  it('says nothing is left out of the comparison charts when --min-cell 1 turns suppression off', () => {
    const open = load();
    open.settings.minCell = 1;
    open.crosstab = open.crosstab.map(({ groupSuppressed: _, ...r }) => ({ ...r, suppressed: false }));
    const text = writeMarkdownReport(open);
    expect(text).toContain('Small-cell suppression was turned off (minimum cell size 1)');
    expect(text).toContain('as a percentage of the group’s students:');
    expect(text).not.toContain('under 1 students');
  });
});

describe('Markdown escaping', () => {
  it('keeps emphasis, HTML and pipes literal', () => {
    expect(escapeMarkdown('a *b* _c_ <d>')).toBe('a \\*b\\* \\_c\\_ &lt;d>');
    expect(escapeCell('old | draft.docx')).toBe('old \\| draft.docx');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
  });

  it('keeps user text on one line, so a codebook description or question header cannot open a fence, heading or list', () => {
    expect(escapeMarkdown('Teachers who help.\n~~~\r\n# injected\r---')).toBe('Teachers who help. \\~\\~\\~ # injected ---');
    expect(escapeCell('line one\r\nline two')).toBe('line one line two');
  });

  it('escapes what starts a list, heading or rule with a backslash that does not show', () => {
    expect(escapeMarkdown('1. more choice')).toBe('1\\. more choice');
    expect(escapeMarkdown('12) less homework')).toBe('12\\) less homework');
    expect(escapeMarkdown('## Boss')).toBe('\\## Boss');
    expect(escapeMarkdown('---')).toBe('\\---');
    expect(escapeMarkdown('-5 degrees, 3. place')).toBe('-5 degrees, 3. place');
  });

  it('keeps strikethrough, mathematics and character references literal', () => {
    expect(escapeMarkdown('~~no~~ it costs $5-$10')).toBe('\\~\\~no\\~\\~ it costs \\$5-\\$10');
    expect(escapeMarkdown('&lt;b&gt; &#60; &amp; R&D')).toBe('&amp;lt;b&amp;gt; &amp;#60; &amp;amp; R&D');
  });

  it("keeps a student's link or image literal, so the report fetches nothing when it is read, and leaves [name] alone", () => {
    expect(escapeMarkdown('see ![me](http://example.com/t.png) and [this](http://example.com) with [name]')).toBe(
      'see ![me]\\(http://example.com/t.png) and [this]\\(http://example.com) with [name]',
    );
  });
});

describe('Mermaid bar charts', () => {
  it('writes an xychart-beta block with quoted categories', () => {
    expect(barChart({ title: 'Students raising each theme', categories: ['Time', 'Say "no"'], values: [12, 3.25], valueLabel: 'Students', horizontal: true })).toBe(
      [
        '```mermaid',
        'xychart-beta horizontal',
        '    title "Students raising each theme"',
        `    x-axis ["Time", "Say 'no'"]`,
        '    y-axis "Students" 0 --> 20',
        '    bar [12, 3.3]',
        '```',
      ].join('\n'),
    );
  });

  it("keeps a label from being read as a Mermaid directive or Markdown string", () => {
    expect(mermaidString("%%{init: {'theme':'dark'}}%% Teachers")).toBe(`"% %{init: {'theme':'dark'}}% % Teachers"`);
    expect(mermaidString('`code` and 100%% sure')).toBe(`"'code' and 100% % sure"`);
  });

  it('rounds the axis up to 1, 2 or 5 times a power of ten', () => {
    expect([niceMax(0), niceMax(7), niceMax(37), niceMax(100), niceMax(101)]).toEqual([1, 10, 50, 100, 200]);
  });

  it('shortens a label without spaces between characters, never inside an emoji or before its accent', () => {
    expect(shortLabel(`${'先生'.repeat(15)}😀😀`, 32)).toBe(`${'先生'.repeat(15)}…`);
    expect(shortLabel(`${'学校'.repeat(15)}e\u0301tudes`, 32)).toBe(`${'学校'.repeat(15)}…`);
  });

  it('shortens long labels at a word boundary', () => {
    expect(shortLabel('Choice in how to show learning and demonstrate it', 24)).toBe('Choice in how to show…');
  });
});

describe('leadingWithTies', () => {
  const top = (counts: number[]) => leadingWithTies(counts, (n) => n);

  it('names the first three, and up to two more tied with the third', () => {
    expect(top([9, 7, 5, 4, 3])).toEqual([9, 7, 5]);
    expect(top([9, 7, 5, 5, 3])).toEqual([9, 7, 5, 5]);
    expect(top([9, 7, 5, 5, 5, 3])).toEqual([9, 7, 5, 5, 5]);
    expect(top([9, 7])).toEqual([9, 7]);
  });

  it('leaves out a tie too large to name, and names none when the tie reaches the top (no theme stood out)', () => {
    expect(top([9, 7, 5, 5, 5, 5])).toEqual([9, 7]);
    expect(top([9, 5, 5, 5, 5, 5])).toEqual([9]);
    expect(top([1, 1, 1, 1, 1, 1])).toEqual([]);
  });

  it('says that no theme stood out where more themes tie for the top than a sentence can name', () => {
    const analysis = load();
    const question = analysis.questions[0]!;
    const tied = { ...question, themes: analysis.themes.slice(0, 6).map((t) => ({ themeId: t.themeId, responses: 1, percent: 1 })) };
    const text = writeMarkdownReport({ ...analysis, questions: [tied, ...analysis.questions.slice(1)] });
    expect(text).toContain('to this question, no theme stood out: six came up in 1 answer each.');
  });
});
