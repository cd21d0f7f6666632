// Written reflections (text or Word files without speaker labels, or a class's writing one part per
// student) are reflections, not focus groups: counted, described and summarised as what students wrote.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { writeMarkdownReport } from '../../src/writers/markdown/index.js';
import { writeTerminalSummary } from '../../src/writers/terminal.js';
import { colourFor } from '../../src/util/colour.js';
import { tempDir } from './helpers.js';

describe('a folder of written reflections beside a focus group', () => {
  it('calls them reflections in sources, the summary and the report, never focus groups', async () => {
    const dir = tempDir('reflect-written-');
    const writers = ['Maya Lopez', 'Jordan Okafor', 'Priya Sandhu'];
    writers.forEach((name, i) => {
      writeFileSync(
        path.join(dir, `reflection-${i + 1}.txt`),
        `My reflection\n\nThe flex block helped me catch up in math and I felt less stressed.\n\nI wish we had more choice in projects.\n\n— ${name}, Gr 11\n`,
      );
    });
    writeFileSync(
      path.join(dir, 'focus-group.txt'),
      'Facilitator: What helps you learn?\n\nSam: Smaller classes, honestly.\n\nFacilitator: And what gets in the way?\n\nAlex: Too many tests in one week.\n\nFacilitator: Anything else?\n',
    );
    const analysis = await analyze({ folder: dir });
    expect(analysis.corpus.sources.map((s) => [s.id, s.kind])).toEqual([
      ['focus-group.txt', 'transcript'],
      ['reflection-1.txt', 'reflection'],
      ['reflection-2.txt', 'reflection'],
      ['reflection-3.txt', 'reflection'],
    ]);
    const summary = writeTerminalSummary(analysis, { chalk: colourFor({ isTTY: false }, {}) });
    expect(summary).toContain('1 transcript, 3 written reflections; 8 responses from 5 students');
    const report = writeMarkdownReport(analysis);
    expect(report).toContain('They wrote three reflections and took part in one focus group.');
    expect(report).toContain('The three written reflections were read paragraph by paragraph, each paragraph a response. A focus group interview was then held');
    expect(report).toContain('### In the written reflections\n\nIn three written reflections, 3 students wrote 6 paragraphs.');
    expect(report).toContain('In the focus group, 2 students spoke twice.');
    expect(report).not.toMatch(/four focus groups|took part in four/);
  });

  it('reads the paragraphs under a template\'s prompts as answers to them, across every student\'s file', async () => {
    const dir = tempDir('reflect-template-');
    const answers = [
      ['I finished my science project on time.', 'Too many tests in the same week made me stressed.'],
      ['I got better at asking for help in math.', 'The timetable, I could not take both art and physics.'],
      ['My art portfolio, because I chose the topic.', 'Not enough laptops so group work was slow.'],
    ];
    answers.forEach(([proud, hard], i) => {
      writeFileSync(
        path.join(dir, `student-${i + 1}.md`),
        `Personal Learning Reflection\n\nName: ${['Maya Lopez', 'Jordan Okafor', 'Priya Sandhu'][i]}\nGrade: 11\n\n**What are you proud of?**\n\n${proud}\n\n**What was hard, and why?**\n\n${hard}\n`,
      );
    });
    const analysis = await analyze({ folder: dir });
    expect(analysis.corpus.questions).toEqual([
      { id: 'q1', text: 'What are you proud of?' },
      { id: 'q2', text: 'What was hard, and why?' },
    ]);
    expect(analysis.corpus.responses.map((r) => [r.sourceId, r.questionId, r.text])).toEqual(
      answers.flatMap(([proud, hard], i) => [
        [`student-${i + 1}.md`, 'q1', proud],
        [`student-${i + 1}.md`, 'q2', hard],
      ]),
    );
    const report = writeMarkdownReport(analysis);
    expect(report).toContain('### What was hard, and why?\n\nOf the 3 answers to this question,');
    expect(report).toContain('The three written reflections were read paragraph by paragraph, each paragraph a response; a paragraph under one of the template’s two prompts answers it.');
    expect(report).not.toContain('reflection sheets asked');
    expect(report).not.toMatch(/Maya|Okafor|Sandhu/);
  });
  it('says "the template’s prompt" when the template has one prompt, not "one of the template’s one prompt"', async () => {
    const dir = tempDir('reflect-one-prompt-');
    ['The flex block gave me time to catch up in math.', 'Choosing my own project topic kept me going.'].forEach((answer, i) => {
      writeFileSync(path.join(dir, `student-${i + 1}.md`), `Exit ticket\n\n**What helped you learn this term?**\n\n${answer}\n`);
    });
    const report = writeMarkdownReport(await analyze({ folder: dir }));
    expect(report).toContain('each paragraph a response; a paragraph under the template’s prompt answers it.');
    expect(report).not.toContain('one of the template’s one prompt');
  });

  it('counts a paragraph under a prompt in the prompt’s section only, and says how many the written reflections’ sections hold', async () => {
    const dir = tempDir('reflect-counted-once-');
    const students = ['Maya Lopez', 'Jordan Okafor', 'Priya Sandhu'];
    students.forEach((name, i) => {
      writeFileSync(
        path.join(dir, `student-${i + 1}.md`),
        `Name: ${name}\n\nThe trip to the museum was the best part of the term for me.\n\nOur timetable changed twice and nobody told us why.\n\n**What was hard, and why?**\n\nThe timetable, I could not take both art and physics.\n`,
      );
    });
    const analysis = await analyze({ folder: dir });
    const report = writeMarkdownReport(analysis);
    // Nine paragraphs: three answer the prompt (counted in its section), six answer none.
    expect(report).toContain('### What was hard, and why?\n\nOf the 3 answers to this question, 3 (100%) were about timetables and schedules.');
    expect(report).toContain('In three written reflections, 3 students wrote 9 paragraphs; 3 of them answer the prompt above. Of the other 6, 3 (50%) were about timetables and schedules and 3 (50%) about change and resistance.');
    // The sections add up to the responses, none counted twice.
    expect(report).toContain('Across 9 responses from 3 students');
  });

  it('says so when every written paragraph answers a prompt above, with no themes counted again', async () => {
    const dir = tempDir('reflect-all-answers-');
    ['The timetable, I could not take both art and physics.', 'Two tests on one day and the timetable did not help.'].forEach((answer, i) => {
      writeFileSync(path.join(dir, `student-${i + 1}.md`), `Exit ticket\n\n**What was hard, and why?**\n\n${answer}\n`);
    });
    const report = writeMarkdownReport(await analyze({ folder: dir }));
    expect(report).toContain('### In the written reflections\n\nIn two written reflections, 2 students wrote 2 paragraphs, all of them answers to the prompt above.\n');
  });

  it('says how many themes one answer raised, not that none "stood out" of one answer', async () => {
    const dir = tempDir('reflect-one-answer-');
    writeFileSync(
      path.join(dir, 'student-1.md'),
      `Exit ticket\n\n**What are the barriers?**\n\nTime tables, limited course options, fear of change, lack of funding, lack of specialist teachers, lack of support staff, and large class sizes were all seen as barriers to personalization.\n\n**What helped?**\n\nMy teacher.\n`,
    );
    const report = writeMarkdownReport(await analyze({ folder: dir }));
    expect(report).toMatch(/### What are the barriers\?\n\nThe one answer to this question raised (?:\w+|\d+) of the codebook’s themes\.\n/);
    expect(report).not.toContain('Of the 1 answer');
  });
});
