// Survey platform exports: golden tables for Google Forms, Qualtrics and SurveyMonkey CSVs, and
// detectSurveyExport on small grids (legacy Qualtrics, numeric Status codes, plain sheets).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model.js';
import ExcelJS from 'exceljs';
import { buildCorpus } from '../../src/corpus/build-corpus.js';
import { readCsv } from '../../src/readers/csv.js';
import { detectSurveyExport } from '../../src/readers/survey-exports.js';
import { readXlsx } from '../../src/readers/xlsx.js';

const root = path.resolve(import.meta.dirname, '../../fixtures/readers/surveys');

function read(name: string) {
  const file = `${name}/input.csv`;
  return readCsv(new Uint8Array(fs.readFileSync(path.join(root, file))), { file, config: {} });
}

const roles = (table: Table): string[] =>
  table.columns.map((c) => `${c.header} → ${c.role}${c.attribute ? ` (${c.attribute})` : ''}`);

describe('survey export goldens', () => {
  for (const name of ['google-forms', 'qualtrics', 'surveymonkey', 'limesurvey', 'typeform', 'jotform']) {
    it(name, async () => {
      const result = read(name);
      await expect(JSON.stringify(result, null, 2) + '\n').toMatchFileSnapshot(path.join(root, name, 'expected.json'));
    });
  }
});

describe('Google Forms', () => {
  it('is recognised by its Timestamp column; emails and timestamps are never text', () => {
    const table = read('google-forms').content as Table;
    expect(table.flavour).toBe('google-forms');
    expect(roles(table)).toEqual([
      'Timestamp → ignore',
      'Email Address → ignore',
      'What grade are you in? → attribute (grade)',
      'Gender → attribute (gender)',
      'Which school do you attend? → attribute (school)',
      'What was the most useful part of the day? → text',
      'What should the school board do next? → text',
    ]);
    expect(table.rows.map((r) => r.row)).toEqual([1, 2, 3, 4]);
  });
});

describe('Qualtrics', () => {
  const table = read('qualtrics').content as Table;

  // A group keyed by the code Qualtrics heads its column with would be printed "Q4 1" in every table.
  it('uses row 1 as headers, row 2 as question wording (and an attribute\'s key), and skips the ImportId row', () => {
    expect(table.flavour).toBe('qualtrics');
    const q = table.columns.filter((c) => /^Q\d/.test(c.header));
    expect(q.map((c) => [c.header, c.question, c.role, c.attribute])).toEqual([
      ['Q1', 'What grade are you in?', 'attribute', 'grade'],
      ['Q2', 'What is your gender?', 'attribute', 'gender'],
      ['Q3', 'What did you take away from the focus group?', 'text', undefined],
      ['Q4_1', 'How much do you agree with each statement? - I feel heard at school', 'attribute', 'how-much-do-you-agree-with-each-statement-i-feel-heard-at-school'],
      ['Q4_2', 'How much do you agree with each statement? - Students should help set school rules', 'attribute', 'how-much-do-you-agree-with-each-statement-students-should-help-set-school-rules'],
    ]);
    // Data rows are numbered after the three header rows, from line 4.
    expect(table.rows.map((r) => [r.row, r.line])).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
      [4, 7],
      [5, 8],
    ]);
  });

  it('keeps the preview row but marks it', () => {
    expect(table.rows.map((r) => r.skipReason)).toEqual([
      'Qualtrics survey preview (Status: Survey Preview)',
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('ignores every metadata column and treats ResponseId as the id', () => {
    const meta = table.columns.filter((c) => !/^Q\d/.test(c.header));
    expect(meta.filter((c) => c.role !== 'ignore').map((c) => [c.header, c.role])).toEqual([
      ['ResponseId', 'id'],
      ['RecipientLastName', 'name'],
      ['RecipientFirstName', 'name'],
    ]);
  });
});

describe('SurveyMonkey', () => {
  it('builds headers from the question row and the sub-label row', () => {
    const table = read('surveymonkey').content as Table;
    expect(table.flavour).toBe('surveymonkey');
    expect(table.columns.map((c) => c.header).slice(9)).toEqual([
      'What grade are you in?',
      'What is your gender?',
      'Which clubs or teams are you part of? - Sports',
      'Which clubs or teams are you part of? - Arts or music',
      'Which clubs or teams are you part of? - Other (please specify)',
      'What is one thing your school does well?',
      'What is one thing you would change at your school?',
    ]);
    expect(table.rows[0]).toMatchObject({ row: 1, line: 3 });
  });
});

describe('Microsoft Forms', () => {
  const file = 'microsoft-forms/input.xlsx';
  const readForms = () => readXlsx(new Uint8Array(fs.readFileSync(path.join(root, file))), { file, config: {} });

  it('golden', async () => {
    const result = await readForms();
    await expect(JSON.stringify(result, null, 2) + '\n').toMatchFileSnapshot(path.join(root, 'microsoft-forms', 'expected.json'));
  });

  it('is recognised by Id, Start time, Completion time; its Id gives way to the student number asked on the form', async () => {
    const table = (await readForms()).content as Table;
    expect(table.flavour).toBe('microsoft-forms');
    expect(roles(table)).toEqual([
      'Id → ignore',
      'Start time → ignore',
      'Completion time → ignore',
      'Email → ignore',
      'Name → name',
      'Last modified time → ignore',
      'What grade are you in? → attribute (grade)',
      'Which clubs do you belong to? → attribute (which-clubs-do-you-belong-to)',
      'I feel heard at school → attribute (i-feel-heard-at-school)',
      'Teachers ask for my opinion → attribute (teachers-ask-for-my-opinion)',
      'How would you rate today (1-5)? → attribute (how-would-you-rate-today)',
      'Student number → id',
      'What was the best part of today? → text',
    ]);
    expect(table.columns[0].reason).toBe('the survey platform\'s number for the response; "Student number" identifies the student');
  });

  it('two forms in one folder: their Ids both start at 1, and do not make two students one', async () => {
    async function form(genders: string[]): Promise<Uint8Array> {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Sheet1');
      ws.addRow(['Id', 'Start time', 'Completion time', 'Email', 'Name', 'Gender', 'What was the best part of today?']);
      const answers = ['Meeting the trustees and asking them real questions.', 'The student panel about mental health days.', 'Designing the poster campaign about vaping.'];
      genders.forEach((g, i) => ws.addRow([i + 1, new Date(Date.UTC(2024, 3, 18, 16, i)), new Date(Date.UTC(2024, 3, 18, 16, i + 2)), 'anonymous', null, g, answers[i]]));
      return new Uint8Array(await wb.xlsx.writeBuffer());
    }
    const reads = await Promise.all(
      [['pre.xlsx', ['Female', 'Female', 'Female']] as const, ['post.xlsx', ['Male', 'Male', 'Male']] as const].map(async ([id, genders]) => {
        const result = await readXlsx(await form([...genders]), { file: id, config: {} });
        expect((result.content as Table).columns[0]).toMatchObject({ header: 'Id', role: 'ignore' });
        return { id, format: 'xlsx', status: 'read' as const, result };
      }),
    );
    const corpus = buildCorpus('forms', reads, { config: {} });
    expect(corpus.participants).toHaveLength(6);
    expect(corpus.participants.map((p) => p.attributes.gender).sort()).toEqual(['Female', 'Female', 'Female', 'Male', 'Male', 'Male']);
  });

  it('a plain sheet\'s Id is still an id', () => {
    const csv = 'Id,Gender,What was the best part of today?\nS1,F,Meeting the trustees.\nS2,M,The panel about mental health days.\n';
    const table = readCsv(new TextEncoder().encode(csv), { file: 'sheet.csv', config: {} }).content as Table;
    expect(table.columns[0]).toMatchObject({ header: 'Id', role: 'id' });
  });
});

describe('SurveyMonkey: a checkbox question spread over several columns', () => {
  it('is one multi-select attribute of the ticked options, never text coded as a theme', () => {
    const csv = [
      'Respondent ID,Collector ID,Start Date,End Date,Student number,What helps you learn best?,,,,Why does that help you?',
      ',,,,Response,Choosing my own topics,Working with friends,Using technology,Other (please specify),Open-Ended Response',
      '11410,2345,11/03/2016 10:00 AM,11/03/2016 10:10 AM,2001,Choosing my own topics,,Using technology,,Because when I choose the topic I actually care about finishing it',
      '11411,2345,11/03/2016 10:01 AM,11/03/2016 10:11 AM,2002,,Working with friends,,Quiet space to read,Working with friends means we explain things to each other',
      '11412,2345,11/03/2016 10:02 AM,11/03/2016 10:12 AM,2003,,,,,Technology lets me go back and rewatch the lessons when stuck',
    ].join('\n');
    const result = readCsv(new TextEncoder().encode(csv), { file: 'Sheet_1.csv', config: {} });
    const table = result.content as Table;
    expect(roles(table).slice(5)).toEqual([
      'What helps you learn best? - Choosing my own topics → attribute (what-helps-you-learn-best)',
      'What helps you learn best? - Working with friends → attribute (what-helps-you-learn-best)',
      'What helps you learn best? - Using technology → attribute (what-helps-you-learn-best)',
      'What helps you learn best? - Other (please specify) → text',
      'Why does that help you? → text',
    ]);
    expect(table.columns[5]?.reason).toBe('a box of the checkbox question "What helps you learn best?", answered with its option "Choosing my own topics" or left blank');
    const corpus = buildCorpus('forum', [{ id: 'Sheet_1.csv', format: 'csv', status: 'read' as const, result }], { config: {} });
    const helps = Object.fromEntries(corpus.participants.map((p) => [p.id, p.attributes['what-helps-you-learn-best']]));
    expect(helps).toEqual({ '2001': 'Choosing my own topics; Using technology', '2002': 'Working with friends', '2003': 'Not stated' });
    // Only the write-in and the open question are answers: the boxes' option labels are not responses.
    expect(corpus.responses.map((r) => r.text)).not.toContain('Using technology');
    expect(corpus.responses).toHaveLength(4);
  });
});

describe('SurveyMonkey: a checkbox option with a comma in its text', () => {
  it('is one option, as its column says, never split at the comma', () => {
    // SurveyMonkey writes each option over its own column, and a ticked box holds the option's text whole.
    const csv = [
      'Respondent ID,Collector ID,Start Date,End Date,Student number,Which activities are you involved in outside class?,,,,What do you get out of them?',
      ',,,,Response,Sports or athletics,"Arts, music or drama","Clubs (robotics, debate)","Work, volunteering or caring for family",Open-Ended Response',
      '11410,2345,11/03/2016 10:00 AM,11/03/2016 10:10 AM,2001,Sports or athletics,"Arts, music or drama",,,Being on the team keeps me coming to school even on bad days',
      '11411,2345,11/03/2016 10:01 AM,11/03/2016 10:11 AM,2002,,"Arts, music or drama",,"Work, volunteering or caring for family",I help at the family store after school so I have less time for homework',
      '11412,2345,11/03/2016 10:02 AM,11/03/2016 10:12 AM,2003,,,"Clubs (robotics, debate)",,Robotics is where I learned to like math',
      '11413,2345,11/03/2016 10:03 AM,11/03/2016 10:13 AM,2004,,,,"Work, volunteering or caring for family",Mostly I look after my little brothers',
    ].join('\n');
    const result = readCsv(new TextEncoder().encode(csv), { file: 'Sheet_1.csv', config: {} });
    const table = result.content as Table;
    expect(table.columns[6]?.reason).toBe('a box of the checkbox question "Which activities are you involved in outside class?", answered with its option "Arts, music or drama" or left blank');
    const corpus = buildCorpus('forum', [{ id: 'Sheet_1.csv', format: 'csv', status: 'read' as const, result }], { config: {} });
    const key = table.columns[5]!.attribute!;
    expect(Object.fromEntries(corpus.participants.map((p) => [p.id, p.attributes[key]]))).toEqual({
      '2001': 'Arts, music or drama; Sports or athletics',
      '2002': 'Arts, music or drama; Work, volunteering or caring for family',
      '2003': 'Clubs (robotics, debate)',
      '2004': 'Work, volunteering or caring for family',
    });
  });
});

describe('a checkbox question exported with only one box column', () => {
  it('SurveyMonkey: one option beside "Other (please specify)" is the option whole, never split at its comma', () => {
    const csv = [
      'Respondent ID,Collector ID,Start Date,End Date,Student number,Which activities are you involved in outside class?,,What do you get out of them?',
      ',,,,Response,"Arts, music or drama",Other (please specify),Open-Ended Response',
      '11410,2345,11/03/2016 10:00 AM,11/03/2016 10:10 AM,2001,"Arts, music or drama",,Band keeps me coming to school even on bad days',
      '11411,2345,11/03/2016 10:01 AM,11/03/2016 10:11 AM,2002,,Helping at the family store,I have less time for homework but I learn a lot',
      '11412,2345,11/03/2016 10:02 AM,11/03/2016 10:12 AM,2003,"Arts, music or drama",,Drama club is where my friends are',
    ].join('\n');
    const result = readCsv(new TextEncoder().encode(csv), { file: 'Sheet_1.csv', config: {} });
    const table = result.content as Table;
    expect(table.columns[5]).toMatchObject({ role: 'attribute', multiSelect: true, option: 'Arts, music or drama' });
    const key = table.columns[5]!.attribute!;
    const corpus = buildCorpus('forum', [{ id: 'Sheet_1.csv', format: 'csv', status: 'read' as const, result }], { config: {} });
    expect(corpus.participants.map((p) => [p.id, p.attributes[key]])).toEqual([
      ['2001', 'Arts, music or drama'],
      ['2002', 'Not stated'],
      ['2003', 'Arts, music or drama'],
    ]);
  });

  it('SurveyMonkey: a question whose one column is its one option is a box', () => {
    const csv = [
      'Respondent ID,Collector ID,Start Date,End Date,Student number,Which supports have you used this year?,What difference did it make?',
      ',,,,Response,"Tutoring, homework club or study hall",Open-Ended Response',
      '11410,2345,11/03/2016 10:00 AM,11/03/2016 10:10 AM,2001,"Tutoring, homework club or study hall",I finally passed math',
      '11411,2345,11/03/2016 10:01 AM,11/03/2016 10:11 AM,2002,,I did not use any of them',
      '11412,2345,11/03/2016 10:02 AM,11/03/2016 10:12 AM,2003,"Tutoring, homework club or study hall",Study hall gave me a quiet place to work',
    ].join('\n');
    const result = readCsv(new TextEncoder().encode(csv), { file: 'Sheet_1.csv', config: {} });
    const table = result.content as Table;
    expect(table.columns[5]).toMatchObject({ role: 'attribute', attribute: 'which-supports-have-you-used-this-year', multiSelect: true, option: 'Tutoring, homework club or study hall' });
    const corpus = buildCorpus('forum', [{ id: 'Sheet_1.csv', format: 'csv', status: 'read' as const, result }], { config: {} });
    expect(corpus.participants.map((p) => p.attributes['which-supports-have-you-used-this-year'])).toEqual([
      'Tutoring, homework club or study hall',
      'Not stated',
      'Tutoring, homework club or study hall',
    ]);
  });

  it('Qualtrics: one "Selected Choice" column is the option whole', () => {
    const importIds = ['startDate', 'status', '_recordId', 'QID1_TEXT', 'QID7_1', 'QID8_TEXT'].map((id) => `"{""ImportId"":""${id}""}"`);
    const csv = [
      'StartDate,Status,ResponseId,Q1,Q7_1,Q8',
      'Start Date,Response Type,Response ID,Student number,"Check the box if it applies to you - Selected Choice - I have a part-time job, volunteer or care for family",How does that affect your school work?',
      importIds.join(','),
      '2016-11-02 09:00:00,IP Address,R_1,2001,"I have a part-time job, volunteer or care for family",I work weekends so Sunday homework is hard',
      '2016-11-02 09:05:00,IP Address,R_2,2002,,It does not really',
      '2016-11-02 09:07:00,IP Address,R_3,2003,"I have a part-time job, volunteer or care for family",I pick up my brothers after school',
    ].join('\n');
    const result = readCsv(new TextEncoder().encode(csv), { file: 'q.csv', config: {} });
    const table = result.content as Table;
    const key = table.columns[4]!.attribute!;
    expect(table.columns[4]).toMatchObject({ role: 'attribute', multiSelect: true, option: 'I have a part-time job, volunteer or care for family' });
    const corpus = buildCorpus('forum', [{ id: 'q.csv', format: 'csv', status: 'read' as const, result }], { config: {} });
    expect(corpus.participants.map((p) => p.attributes[key])).toEqual([
      'I have a part-time job, volunteer or care for family',
      'Not stated',
      'I have a part-time job, volunteer or care for family',
    ]);
  });
});

describe('a checkbox question spread over boxes that names a school in passing', () => {
  it('SurveyMonkey: "What do you do after school?" is its own attribute, never the students\' school', () => {
    const csv = [
      'Respondent ID,Collector ID,Start Date,End Date,Student number,School,What do you do after school?,,,What do you get out of them?',
      ',,,,Response,Response,Sports or athletics,"Arts, music or drama",Homework club,Open-Ended Response',
      '11410,2345,11/03/2016 10:00 AM,11/03/2016 10:10 AM,2001,Sumas Secondary,Sports or athletics,"Arts, music or drama",,Being on the team keeps me coming to school even on bad days',
      '11411,2345,11/03/2016 10:01 AM,11/03/2016 10:11 AM,2002,Rick Hansen Secondary,,"Arts, music or drama",Homework club,Homework club means I actually finish things',
      '11412,2345,11/03/2016 10:02 AM,11/03/2016 10:12 AM,2003,Sumas Secondary,,,Homework club,I get help with math from the older students',
    ].join('\n');
    const result = readCsv(new TextEncoder().encode(csv), { file: 'Sheet_1.csv', config: {} });
    const table = result.content as Table;
    expect(roles(table).slice(5, 9)).toEqual([
      'School → attribute (school)',
      'What do you do after school? - Sports or athletics → attribute (what-do-you-do-after-school)',
      'What do you do after school? - Arts, music or drama → attribute (what-do-you-do-after-school)',
      'What do you do after school? - Homework club → attribute (what-do-you-do-after-school)',
    ]);
    expect(table.columns[6]?.reason).toBe(
      'a box of the checkbox question "What do you do after school?", answered with its option "Sports or athletics" or left blank; school is mentioned in passing',
    );
    const corpus = buildCorpus('forum', [{ id: 'Sheet_1.csv', format: 'csv', status: 'read' as const, result }], { config: {} });
    expect(corpus.participants.map((p) => [p.id, p.attributes.school, p.attributes['what-do-you-do-after-school']])).toEqual([
      ['2001', 'Sumas Secondary', 'Arts, music or drama; Sports or athletics'],
      ['2002', 'Rick Hansen Secondary', 'Arts, music or drama; Homework club'],
      ['2003', 'Sumas Secondary', 'Homework club'],
    ]);
  });

  it('Qualtrics: "Which clubs at school are you part of?" split into Selected Choice columns is its own attribute', () => {
    const importIds = ['startDate', 'status', '_recordId', 'QID1_TEXT', 'QID4', 'QID5_1', 'QID5_2', 'QID5_3', 'QID6_TEXT'].map((id) => `"{""ImportId"":""${id}""}"`);
    const csv = [
      'StartDate,Status,ResponseId,Q1,Q4,Q5_1,Q5_2,Q5_3,Q6',
      'Start Date,Response Type,Response ID,Student number,Which school do you attend?,Which clubs at school are you part of? - Selected Choice - Robotics,Which clubs at school are you part of? - Selected Choice - Drama,"Which clubs at school are you part of? - Selected Choice - Gay-Straight Alliance (GSA)",Why did you join?',
      importIds.join(','),
      '2016-11-02 09:00:00,IP Address,R_1,2001,Sumas Secondary,Robotics,Drama,,My friends were already in it and it looked fun',
      '2016-11-02 09:05:00,IP Address,R_2,2002,Rick Hansen Secondary,,,Gay-Straight Alliance (GSA),I wanted somewhere I could just be myself at lunch',
    ].join('\n');
    const result = readCsv(new TextEncoder().encode(csv), { file: 'q.csv', config: {} });
    const table = result.content as Table;
    expect(table.columns.slice(4, 8).map((c) => `${c.role} (${c.attribute})`)).toEqual([
      'attribute (school)',
      'attribute (which-clubs-at-school-are-you-part-of)',
      'attribute (which-clubs-at-school-are-you-part-of)',
      'attribute (which-clubs-at-school-are-you-part-of)',
    ]);
    const corpus = buildCorpus('forum', [{ id: 'q.csv', format: 'csv', status: 'read' as const, result }], { config: {} });
    expect(corpus.participants.map((p) => p.attributes.school)).toEqual(['Sumas Secondary', 'Rick Hansen Secondary']);
    expect(corpus.participants.map((p) => p.attributes['which-clubs-at-school-are-you-part-of'])).toEqual(['Drama; Robotics', 'Gay-Straight Alliance (GSA)']);
  });

  it('a checkbox question that asks which school is still the students\' school', () => {
    const csv = [
      'Respondent ID,Collector ID,Start Date,End Date,Student number,Which school do you attend? (Select all that apply),,,What is it like going to two schools?',
      ',,,,Response,Sumas Secondary,Rick Hansen Secondary,Yale Secondary,Open-Ended Response',
      '11410,2345,11/03/2016 10:00 AM,11/03/2016 10:10 AM,2001,Sumas Secondary,Rick Hansen Secondary,,I take the morning bus to Rick Hansen for the trades program and it is tiring',
      '11411,2345,11/03/2016 10:01 AM,11/03/2016 10:11 AM,2002,,,Yale Secondary,I only go to one school',
    ].join('\n');
    const table = readCsv(new TextEncoder().encode(csv), { file: 'Sheet_1.csv', config: {} }).content as Table;
    expect(table.columns.slice(5, 8).map((c) => c.attribute)).toEqual(['school', 'school', 'school']);
  });
});

describe('Microsoft Forms: a quiz', () => {
  it("its points and the teacher's feedback are not answers, nor groups of students", () => {
    const q = 'What did you learn about yourself this term?';
    const csv = [
      `Id,Start time,Completion time,Email,Name,Total points,Quiz feedback,${q},Points - ${q},Feedback - ${q}`,
      `1,11/5/16 9:00:00,11/5/16 9:10:00,s1@sd.ca,Maya Lopez,,Good effort,I learned I work better when I set my own goals each week,,"Great reflection, keep setting goals!"`,
      `2,11/5/16 9:01:00,11/5/16 9:11:00,s2@sd.ca,Jordan McKay,,,I found out that I like building things with my hands,,"Nice work, think about trades programs"`,
      `3,11/5/16 9:02:00,11/5/16 9:12:00,s3@sd.ca,Priya Sandhu,,Good effort,I learned to ask for help when I am stuck on math,,`,
    ].join('\n');
    const table = readCsv(new TextEncoder().encode(csv), { file: 'quiz.csv', config: {} }).content as Table;
    expect(table.flavour).toBe('microsoft-forms');
    expect(roles(table).slice(5)).toEqual([
      'Total points → ignore',
      'Quiz feedback → ignore',
      `${q} → text`,
      `Points - ${q} → ignore`,
      `Feedback - ${q} → ignore`,
    ]);
    expect(table.columns[9]!.reason).toBe("the teacher's feedback on a Microsoft Forms quiz, not a student's answer");
  });
});

describe('Qualtrics: a checkbox question split into columns', () => {
  it('its "Selected Choice" columns are one multi-select attribute; the "Other" text is an answer', () => {
    const importIds = ['startDate', 'status', '_recordId', 'QID1_TEXT', 'QID5_1', 'QID5_2', 'QID5_3', 'QID5_3_TEXT', 'QID6_TEXT'].map((id) => `"{""ImportId"":""${id}""}"`);
    const csv = [
      'StartDate,Status,ResponseId,Q1,Q5_1,Q5_2,Q5_3,Q5_3_TEXT,Q6',
      'Start Date,Response Type,Response ID,Student number,What helps you learn best? - Selected Choice - Choosing my own topics,What helps you learn best? - Selected Choice - Using technology,What helps you learn best? - Selected Choice - Other,What helps you learn best? - Other - Text,Why does that help you?',
      importIds.join(','),
      '2016-11-02 09:00:00,IP Address,R_1,2001,Choosing my own topics,Using technology,,,Because when I choose the topic I actually care about finishing it',
      '2016-11-02 09:05:00,IP Address,R_2,2002,,Using technology,Other,Quiet space to read,Technology lets me go back and rewatch the lessons when stuck',
    ].join('\n');
    const result = readCsv(new TextEncoder().encode(csv), { file: 'q.csv', config: {} });
    const table = result.content as Table;
    expect(table.columns.slice(4).map((c) => `${c.role}${c.attribute ? ` (${c.attribute})` : ''}`)).toEqual([
      'attribute (what-helps-you-learn-best)',
      'attribute (what-helps-you-learn-best)',
      'attribute (what-helps-you-learn-best)',
      'text',
      'text',
    ]);
    const corpus = buildCorpus('forum', [{ id: 'q.csv', format: 'csv', status: 'read' as const, result }], { config: {} });
    expect(corpus.participants.map((p) => p.attributes['what-helps-you-learn-best'])).toEqual(['Choosing my own topics; Using technology', 'Other; Using technology']);
    expect(corpus.responses.map((r) => r.text)).not.toContain('Using technology');
  });
});

describe('a platform\'s response number and a student number on the same form', () => {
  it('SurveyMonkey: the student number is the id', () => {
    const csv = [
      'Respondent ID,Collector ID,Start Date,End Date,IP Address,Email Address,First Name,Last Name,Custom Data 1,Student number,What is one thing your school could do better?',
      ',,,,,,,,,Open-Ended Response,Open-Ended Response',
      '114523987001,431234567,04/18/2024 09:01:12 AM,04/18/2024 09:06:40 AM,10.0.0.21,,,,,20931,More clubs at lunch so people who take the bus can join.',
      '114523987002,431234567,04/18/2024 09:02:30 AM,04/18/2024 09:08:02 AM,10.0.0.22,,,,,20932,Listen to students before changing the schedule.',
    ].join('\n');
    const table = readCsv(new TextEncoder().encode(csv), { file: 'sm.csv', config: {} }).content as Table;
    expect(table.columns.filter((c) => c.role === 'id').map((c) => c.header)).toEqual(['Student number']);
    expect(table.columns[0]).toMatchObject({ header: 'Respondent ID', role: 'ignore' });
  });

  it('Qualtrics without a student number keeps ResponseId as the id', () => {
    const table = read('qualtrics').content as Table;
    expect(table.columns.find((c) => c.header === 'ResponseId')?.role).toBe('id');
  });
});

describe('LimeSurvey, Typeform and Jotform: the platform\'s own columns are never demographics', () => {
  const printed = (table: Table): string[] => table.columns.filter((c) => c.role === 'attribute' || c.role === 'id').map((c) => c.header);

  it('LimeSurvey: Response ID, Last page, Start language and Seed are survey metadata', () => {
    const table = read('limesurvey').content as Table;
    expect(table.flavour).toBe('limesurvey');
    expect(printed(table)).toEqual([
      'What grade are you in?',
      'Which supports have you used this year? [Counsellor]',
      'Which supports have you used this year? [Tutoring]',
      'Which supports have you used this year? [Peer mentoring]',
      'How much do you agree with each statement? [I feel heard at school]',
      'How much do you agree with each statement? [Teachers ask for my opinion]',
    ]);
  });

  it('Typeform: the "#" token and Network ID are not attributes', () => {
    const table = read('typeform').content as Table;
    expect(table.columns.filter((c) => ['#', 'Network ID'].includes(c.header)).map((c) => c.role)).toEqual(['ignore', 'ignore']);
  });

  it('Jotform: Submission ID is not an attribute; checkbox options one to a line are a multi-select attribute', () => {
    const table = read('jotform').content as Table;
    expect(roles(table)).toEqual([
      'Submission Date → ignore',
      'Name → name',
      'Student Number → id',
      'Grade → attribute (grade)',
      'Which supports have you used? → attribute (which-supports-have-you-used)',
      'Please rate the session → attribute (please-rate-the-session)',
      'What was the best part of today? → text',
      'Submission ID → ignore',
    ]);
    expect(table.columns[4].multiSelect).toBe(true);
  });
});

describe('detectSurveyExport', () => {
  it('a plain sheet has one header row and no flavour', () => {
    const layout = detectSurveyExport([['Student ID', 'Answer'], ['S1', 'Yes']]);
    expect(layout).toMatchObject({ headerRows: 1, headers: ['Student ID', 'Answer'], questions: [undefined, undefined] });
    expect(layout.flavour).toBeUndefined();
    expect(layout.skipRow(['S1', 'Yes'])).toBeUndefined();
  });

  it('a legacy Qualtrics export (no ImportId row) has two header rows', () => {
    const layout = detectSurveyExport([
      ['ResponseId', 'StartDate', 'Status', 'Q1'],
      ['Response ID', 'Start Date', 'Response Type', 'What would you change?'],
      ['R_1', '2024-04-18 09:41:12', '0', 'More time'],
    ]);
    expect(layout).toMatchObject({ flavour: 'qualtrics', headerRows: 2, questions: ['Response ID', 'Start Date', 'Response Type', 'What would you change?'] });
  });

  it('reads numeric Qualtrics Status codes and the distribution channel', () => {
    const layout = detectSurveyExport([
      ['StartDate', 'Status', 'ResponseId', 'DistributionChannel', 'Q1'],
      ['Start Date', 'Response Type', 'Response ID', 'Distribution Channel', 'Why?'],
      ['{"ImportId":"startDate"}', '{"ImportId":"status"}', '{"ImportId":"_recordId"}', '{"ImportId":"distributionChannel"}', '{"ImportId":"QID1_TEXT"}'],
    ]);
    expect(layout.headerRows).toBe(3);
    expect(layout.skipRow(['', '0', 'R_1', 'anonymous', 'x'])).toBeUndefined();
    expect(layout.skipRow(['', '4', 'R_2', 'anonymous', 'x'])).toBeUndefined();
    expect(layout.skipRow(['', '1', 'R_3', 'preview', 'x'])).toBe('Qualtrics survey preview (Status: 1)');
    expect(layout.skipRow(['', '8', 'R_4', 'anonymous', 'x'])).toBe('Qualtrics spam (Status: 8)');
    expect(layout.skipRow(['', 'Survey Test', 'R_5', 'test', 'x'])).toBe('Qualtrics survey test (Status: Survey Test)');
    expect(layout.skipRow(['', '', 'R_6', 'test', 'x'])).toBe('Qualtrics survey test (DistributionChannel: test)');
  });

  it('recognises a localised Google Forms timestamp', () => {
    expect(detectSurveyExport([['Marca temporal', '¿Qué aprendiste?']]).flavour).toBe('google-forms');
  });

  it('keeps SurveyMonkey columns apart when two share a question', () => {
    const layout = detectSurveyExport([
      ['Respondent ID', 'Collector ID', 'Which best describes your school?', ''],
      ['', '', 'Response', 'Other (please specify)'],
    ]);
    expect(layout.headers).toEqual([
      'Respondent ID',
      'Collector ID',
      'Which best describes your school?',
      'Which best describes your school? - Other (please specify)',
    ]);
  });
});
