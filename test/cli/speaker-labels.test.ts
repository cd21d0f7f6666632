// Speaker labels as transcribers write them, run through `reflect analyze` and `reflect inspect`: who is
// counted as a student, who as staff or a group, and that the names in the labels reach no output.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reflect, tempDir } from './helpers.js';

const OUTPUTS = ['analysis.json', 'codings.csv', 'crosstab.csv', 'demographics.csv', 'report.md', 'responses.csv', 'sources.csv', 'themes.csv'];

interface Participant {
  id: string;
  role: string;
}
interface Turn {
  participantId: string;
  text: string;
}
interface AnalysisJson {
  schemaVersion: string;
  corpus: { participants: Participant[]; responses: Turn[]; context: Turn[] };
}

/** Analyse one transcript (and any other files) in a fresh folder; the run, its analysis.json and every output's text. */
function analyse(files: Record<string, string>) {
  const work = tempDir('reflect-labels-');
  const input = path.join(work, 'forum');
  mkdirSync(input);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(input, name), text);
  const out = path.join(work, 'report');
  const run = reflect(['analyze', input, '--out', out]);
  const outputs = OUTPUTS.map((f) => readFileSync(path.join(out, f), 'utf8')).join('\n');
  const json = JSON.parse(readFileSync(path.join(out, 'analysis.json'), 'utf8')) as AnalysisJson;
  return { run, json, outputs, input };
}

describe('names beside an id or a role in captions', () => {
  it('redacts `P1 (Maya):` in an SRT cue and a `<v Teacher (Ms. Chen)>` voice, and counts the teacher as staff', () => {
    const srt = [
      '1', '00:00:01,000 --> 00:00:04,000', 'Facilitator: What helps you learn at this school?', '',
      '2', '00:00:05,000 --> 00:00:09,000', 'P1 (Maya): The flex blocks, I get math help there.', '',
      '3', '00:00:10,000 --> 00:00:14,000', 'P2 (Jordan): Maya said it, the flex blocks help me catch up too.', '',
    ].join('\n');
    const vtt = [
      'WEBVTT', '',
      '00:00:01.000 --> 00:00:04.000', '<v Teacher (Ms. Chen)>We try to keep the flex blocks every day.', '',
      '00:00:05.000 --> 00:00:09.000', '<v Student 1>Ms. Chen lets us use her room for projects.', '',
      '00:00:10.000 --> 00:00:14.000', '<v Student 2>Chen is the best, she helps with projects after school.', '',
    ].join('\n');
    const { run, json, outputs } = analyse({ 'group-a.srt': srt, 'group-b.vtt': vtt });
    expect(run.code).toBe(0);
    expect(outputs).not.toMatch(/Maya|Jordan|Chen/);
    expect(run.stdout + run.stderr).not.toMatch(/Maya|Jordan|Chen/);
    const roles = Object.fromEntries(json.corpus.participants.map((p) => [p.id, p.role]));
    const teacher = json.corpus.context.find((t) => t.text.startsWith('We try'));
    expect(teacher && roles[teacher.participantId]).toBe('facilitator');
    expect(json.corpus.responses.map((r) => r.text)).toEqual([
      'The flex blocks, I get math help there.',
      '[name] said it, the flex blocks help me catch up too.',
      '[name] lets us use her room for projects.',
      '[name] is the best, she helps with projects after school.',
    ]);
  });
});

describe('an adult labelled by name with the role in brackets', () => {
  const transcript = [
    'Facilitator: Thanks for coming in today. What helps you learn best at this school?',
    'Maya Lopez (student): Honestly the flex blocks, because I can go see a teacher when I am stuck.',
    'Jordan Okafor (Grade 11): For me it is the projects where we pick our own topic.',
    'Priya Sandhu (Counsellor): Can I add that a lot of students come to see me about course planning?',
    'Facilitator: What could the school do better?',
    'Maya Lopez (student): More time to talk with teachers about our goals, not just marks.',
    'Mr. Dhillon (Teacher): We try to do that in advisory but the time gets eaten up.',
    'Jordan Okafor (Grade 11): Yeah advisory is mostly announcements right now.',
    'Priya Sandhu: Priya here again, I think Mr. Dhillon is right about advisory.',
  ].join('\n');

  it('is staff in every turn, not a student, and their name reaches no output', () => {
    const { run, json, outputs } = analyse({ 'focus-group.txt': transcript });
    expect(run.code).toBe(0);
    const roles = Object.fromEntries(json.corpus.participants.map((p) => [p.id, p.role]));
    expect(json.corpus.responses.map((r) => [roles[r.participantId], r.text.slice(0, 20)])).toEqual([
      ['student', 'Honestly the flex bl'],
      ['student', 'For me it is the pro'],
      ['student', 'More time to talk wi'],
      ['student', 'Yeah advisory is mos'],
    ]);
    expect(json.corpus.context.map((r) => [roles[r.participantId], r.text.slice(0, 20)])).toEqual([
      ['facilitator', 'Thanks for coming in'],
      ['facilitator', 'Can I add that a lot'],
      ['facilitator', 'What could the schoo'],
      ['facilitator', 'We try to do that in'],
      ['facilitator', '[name] here again, I'],
    ]);
    expect(outputs).not.toMatch(/Priya|Sandhu|Dhillon|Maya|Lopez|Jordan|Okafor/);
    expect(run.stdout).toContain('4 responses from 2 students');
  });

  it('is counted so by reflect inspect too', () => {
    const { input } = analyse({ 'focus-group.txt': transcript });
    const run = reflect(['inspect', input]);
    expect(run.stdout).toContain('9 turns by 5 speakers: 4 student responses from 2 students, 5 facilitator or staff turns');
  });
});

describe('a label written surname first with a particle', () => {
  it('links `de Souza, Ana:` and `van der Berg, Pieter:` to the roster, as `Lopez, Maya:`, and redacts them', () => {
    const { run, json, outputs } = analyse({
      'roster.csv': 'id,first name,last name,grade\nS1,Ana,de Souza,11\nS2,Maya,Lopez,11\nS3,Pieter,van der Berg,10\n',
      'focus-group.txt': [
        'Facilitator: What has helped you most this term?',
        'de Souza, Ana: The flex blocks, I can catch up on math there.',
        'Lopez, Maya: Same as Ana, the flex blocks are the best part of the week.',
        'van der Berg, Pieter: I liked that we could pick our own project topic.',
        'Facilitator: Anything that got in the way?',
        'de Souza, Ana: Too many tests in one week, and Pieter agrees.',
        'van der Berg, Pieter: Yeah, Ana said it, the test week was rough.',
      ].join('\n'),
    });
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('roster');
    expect(json.corpus.responses.map((r) => [r.participantId, r.text])).toEqual([
      ['S1', 'The flex blocks, I can catch up on math there.'],
      ['S2', 'Same as [name], the flex blocks are the best part of the week.'],
      ['S3', 'I liked that we could pick our own project topic.'],
      ['S1', 'Too many tests in one week, and [name] agrees.'],
      ['S3', 'Yeah, [name] said it, the test week was rough.'],
    ]);
    expect(outputs).not.toMatch(/Ana|Souza|Maya|Lopez|Pieter|Berg/);
  });
});

describe('turns by several people at once', () => {
  const transcript = [
    'Facilitator: Who likes the new flex block schedule?',
    'Everyone: Yes! We love it.',
    'Maya: It gives me time to get help in math.',
    'Jordan: I use it to finish my art projects.',
    'Facilitator: And the tests all in one week?',
    'Several students: No, that was too much.',
    'Maya, Jordan: It was really stressful.',
  ].join('\n');

  it('belong to a participant of role group in analysis.json, so no turn points at an unlisted participant', () => {
    const { run, json } = analyse({ 'focus-group.txt': transcript });
    expect(run.code).toBe(0);
    expect(json.schemaVersion).toBe('1.12.0');
    expect(json.corpus.participants.map((p) => [p.id, p.role])).toEqual([
      ['T1-F1', 'facilitator'],
      ['T1-G', 'group'],
      ['T1-S1', 'student'],
      ['T1-S2', 'student'],
    ]);
    const listed = new Set(json.corpus.participants.map((p) => p.id));
    expect([...json.corpus.responses, ...json.corpus.context].filter((r) => !listed.has(r.participantId))).toEqual([]);
    expect(json.corpus.context.map((r) => r.participantId)).toEqual(['T1-F1', 'T1-G', 'T1-F1', 'T1-G', 'T1-G']);
    // A group is no student: the counts are the two students'.
    expect(run.stdout).toContain('2 responses from 2 students');
  });

  it('are counted by reflect inspect as analysis.json has them: group turns, apart from the speakers', () => {
    const { input } = analyse({ 'focus-group.txt': transcript });
    const run = reflect(['inspect', input]);
    expect(run.stdout).toContain('7 turns by 3 speakers: 2 student responses from 2 students, 2 facilitator or staff turns, 3 group turns');
    const json = JSON.parse(reflect(['inspect', input, '--json']).stdout) as { files: Record<string, unknown>[] };
    expect(json.files[0]).toMatchObject({ turns: 7, speakers: 3, students: 2, facilitatorTurns: 2, groupTurns: 3, responses: 2 });
  });
});

describe('Zoom chats saved by newer clients', () => {
  // `To Everyone:`, a date before the time, reactions listed under a message by the reactor's name, and
  // a reply's quote without its colon. Read as one student's reflection, every sender's name was in it.
  const chat = [
    '2025-03-11 14:10:02 From Ms. Patel To Everyone:', '\tWhat would make homework less stressful?', '\t',
    '2025-03-11 14:10:20 From Jordan Lee To Everyone:', '\tfewer deadlines on the same day', '\tKiran Dhillon:👍', '\t',
    '2025-03-11 14:10:44 From Amira Haddad To Everyone:', '\tReplying to "fewer deadlines on t..."', '\tyes, one calendar every teacher uses', '\t',
    '2025-03-11 14:11:30 From Jordan Lee To Ms. Patel(Direct Message):', '\tmy dad makes me do it all on Sunday', '\t',
    '2025-03-11 14:11:40 From Amira Haddad To Everyone:', '\tno homework on weekends please', '',
  ].join('\n');

  it("are read a message a turn, the teacher's as context, with no sender's or reactor's name in any output", () => {
    const { run, json, outputs } = analyse({ 'meeting_saved_chat.txt': chat });
    expect(run.code).toBe(0);
    expect(json.corpus.responses.map((r) => [r.participantId, r.text])).toEqual([
      ['T1-S1', 'fewer deadlines on the same day'],
      ['T1-S2', 'yes, one calendar every teacher uses'],
      ['T1-S2', 'no homework on weekends please'],
    ]);
    expect(json.corpus.context.map((r) => r.participantId)).toEqual(['T1-F1']);
    for (const name of ['Patel', 'Jordan', 'Lee', 'Kiran', 'Dhillon', 'Amira', 'Haddad', 'Sunday']) expect(outputs).not.toContain(name);
    expect(run.stderr).toContain('1 private chat message');
  });
});

describe('speakers labelled by their email address', () => {
  // Teams labels a guest, and Zoom a participant who never set a display name, by their login.
  const vtt = [
    'WEBVTT', '',
    '1', '00:00:01.000 --> 00:00:05.000', '<v d.bell@riverside.school.org>So what do you think about the exam timetable?</v>', '',
    '2', '00:00:05.500 --> 00:00:10.000', '<v maya.lopez@students.riverside.org>Too crammed. Three exams on one day.</v>', '',
    '3', '00:00:10.500 --> 00:00:15.000', '<v jamal.wright@students.riverside.org>I didn\'t mind. Lopez is just slow at revising, and maya knows it.</v>', '',
    '4', '00:00:15.500 --> 00:00:20.000', '<v maya.lopez@students.riverside.org>Wright had it easier. Ms Bell changed the bell schedule for him.</v>', '',
  ].join('\n');

  it('have the names their addresses spell redacted from every output, and a surname that is a word kept in lower case', () => {
    const { run, json, outputs } = analyse({ 'focus-group.vtt': vtt });
    expect(run.code).toBe(0);
    // (The teacher asks one question only, so is no facilitator by the questions: that is not what this tests.)
    expect(json.corpus.responses.map((r) => r.text)).toEqual(expect.arrayContaining([
      'Too crammed. Three exams on one day.',
      "I didn't mind. [name] is just slow at revising, and [name] knows it.",
      '[name] had it easier. [name] changed the bell schedule for him.',
    ]));
    for (const name of ['Maya', 'maya', 'Lopez', 'lopez', 'Jamal', 'Wright', 'Bell', 'riverside']) expect(outputs).not.toContain(name);
  });

  it("are matched to the roster's students by the roster's email column", () => {
    const roster = 'id,name,email,grade\nS01,Maya Lopez,maya.lopez@students.riverside.org,10\nS02,Jamal Wright,jamal.wright@students.riverside.org,11\n';
    const { run, json } = analyse({ 'focus-group.vtt': vtt, 'roster.csv': roster });
    expect(run.code).toBe(0);
    expect(json.corpus.responses.filter((r) => r.text.startsWith('Too') || r.text.startsWith('I')).map((r) => r.participantId)).toEqual(['S01', 'S02']);
  });
});
