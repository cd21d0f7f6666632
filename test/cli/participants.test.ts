// Reports about teachers, parents and staff, not only students: `participants:` in the config file or
// `--participants`, and a forum whose sheet says each person's role ("I am a", Role, Position).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reflect, tempDir } from './helpers.js';

/** A teachers' PD day: five teachers' written reflections and the config file that says who they were. */
function pdDay(config = 'title: PD day reflections, October\nparticipants: teachers\n'): string {
  const dir = tempDir('reflect-pd-day-');
  const reflections = [
    'Flex block has changed how I plan. Students who were behind can get help from me in small groups, and the ones who are ahead finally have time for projects of their own choosing.\n\nMy biggest barrier is assessment. Report cards still ask for a percentage, so however much feedback I give, the mark is what parents and students look at first.',
    'I spent the afternoon with colleagues redesigning a unit so that students can choose how to show their learning: a podcast, a model, a written piece. Choice takes more planning time than we are given.\n\nThe timetable is the other problem. Seventy-five minute blocks leave no time to meet a student one on one.',
    'What struck me today was how much relationships matter. The students who do best in my class are the ones who know I know them, their interests and their goals.\n\nI want more time to collaborate with the counsellors on students who are struggling at home.',
    'Technology is uneven in my school: some classes have a laptop cart, others share six devices between thirty students, and at home many have only a phone.\n\nPersonalized learning needs devices that work and Wi-Fi that reaches every classroom.',
    'Grades drive everything in senior years. Students ask whether something is for marks before they ask what it is about, and I understand why: scholarships depend on it.\n\nI would like to try portfolios with my grade 11 class next term and let students set their own goals.',
  ];
  reflections.forEach((text, i) => writeFileSync(path.join(dir, `reflection-${i + 1}.txt`), `${text}\n`));
  writeFileSync(path.join(dir, 'reflect.config.yml'), config);
  return dir;
}

describe('participants: teachers, for a teachers’ PD day', () => {
  it('says teachers in the report’s sentences, headings and quotes, and in the terminal’s column', () => {
    const dir = pdDay();
    const out = path.join(tempDir('reflect-pd-out-'), 'report');
    const run = reflect(['analyze', dir, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // The terminal summary: who the responses came from, and the table's column.
    expect(run.stdout).toContain('; 10 responses from 5 teachers;');
    expect(run.stdout).toMatch(/│ Theme +│ Teachers │ +% │ Responses │/);
    expect(run.stdout).not.toMatch(/students?\b/i);
    const report = readFileSync(path.join(out, 'report.md'), 'utf8');
    expect(report).toContain('# PD day reflections, October');
    expect(report).toContain('\n\nFive teachers took part. They wrote five reflections.\n');
    expect(report).toContain('\n## What teachers said\n');
    expect(report).toMatch(/\n\nAcross 10 responses from 5 teachers, (?:the|no theme stood out: \w+ were raised by \d teachers each)/);
    expect(report).toContain('In five written reflections, 5 teachers wrote 10 paragraphs.');
    expect(report).toContain('Themes are ranked by how many teachers raised them; a teacher who raised a theme in several responses counts once. Percentages are of the five teachers who took part.');
    expect(report).toContain('y-axis "Teachers"');
    expect(report).toContain('Quotes are attributed only as “A teacher”, never by name, grade or school.');
    expect(report).toContain('| Theme | Responses | Teachers | % of teachers |');
    // Every quote is a teacher's; the grade a teacher teaches never signs it.
    const signed = report.match(/^> — .*$/gm) ?? [];
    expect(signed.length).toBeGreaterThan(2);
    expect(new Set(signed)).toEqual(new Set(['> — A teacher']));
    // "student" is left only where a teacher wrote it, in a quote, in the codebook's theme names and
    // descriptions (student voice, student-teacher ratio), and in the student numbers removed from texts.
    const outsideQuotes = report
      .split('\n')
      .filter((line) => !line.startsWith('> “') && !line.startsWith('    x-axis') && !/^\| (?!Theme \|)/.test(line))
      .join('\n');
    expect(outsideQuotes.replace(/student[ -](?:leadership|voice|teacher ratio|numbers)/gi, '')).not.toMatch(/\bstudents?\b/i);
  });

  it('takes a title from the noun where none is given, and --participants over the config file, with "an" before a vowel', () => {
    const dir = pdDay('participants: parents\n');
    const run = reflect(['analyze', dir, '--format', 'md', '--participants', 'Educator', '--quiet']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# What educators said: reflect pd day \d+\n/);
    expect(run.stdout).toContain('Five educators took part.');
    expect(run.stdout).toContain('> — An educator');
    expect(run.stdout).not.toMatch(/parents took part|A parent|What parents/);
  });

  it('names staff as staff, and one of them a staff member', () => {
    const run = reflect(['analyze', pdDay('participants: staff\n'), '--format', 'md', '--quiet']);
    expect(run.stdout).toContain('Five staff took part.');
    expect(run.stdout).toContain('> — A staff member');
  });

  it('keeps students as the default, and the CSV columns and JSON names as they were, the noun in settings', () => {
    const dir = pdDay('title: PD day\n');
    const json = JSON.parse(reflect(['analyze', dir, '--format', 'json', '--quiet']).stdout) as { schemaVersion: string; settings: { participants: unknown } };
    expect(json.schemaVersion).toBe('1.12.0');
    expect(json.settings.participants).toEqual({ singular: 'student', plural: 'students' });
    expect(reflect(['analyze', dir, '--format', 'md', '--quiet']).stdout).toContain('Five students took part.');
    const teachers = reflect(['analyze', dir, '--format', 'json', '--quiet', '--participants', 'teachers']).stdout;
    expect((JSON.parse(teachers) as typeof json).settings.participants).toEqual({ singular: 'teacher', plural: 'teachers' });
    const header = (args: string[]) => reflect(['analyze', dir, '--format', 'csv', '--table', 'themes', '--quiet', ...args]).stdout.split('\n')[0];
    expect(header(['--participants', 'teachers'])).toBe(header([]));
  });
});

describe('a participants: value reflect does not know', () => {
  it('is an error at its line in the config file, with a suggestion', () => {
    const dir = pdDay('title: PD day\nparticipants: teahcers\n');
    const run = reflect(['analyze', dir, '--format', 'md']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^error: reflect\.config\.yml:2: 'participants' is 'teahcers', which is not a kind of participant reflect knows \(did you mean 'teachers'\?\); expected one of: students, .*teachers, educators, staff, .*parents.* \(singular or plural\)\n$/);
  });

  it('names --participants when the flag is wrong', () => {
    const run = reflect(['analyze', pdDay(), '--format', 'md', '--participants', 'studnets']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: --participants is 'studnets', which is not a kind of participant reflect knows \(did you mean 'students'\?\)/);
  });
});

describe('a teachers’ focus group, its speakers labelled Teacher 1, Teacher 2 …', () => {
  it('counts the teachers’ turns where participants are teachers; the facilitator’s stay context', () => {
    const dir = tempDir('reflect-staff-group-');
    writeFileSync(
      path.join(dir, 'staff-focus-group.txt'),
      [
        'Facilitator: Thanks for staying after school. How has flex block changed your planning?',
        'Teacher 1: It has made planning harder. I never know which students will show up, so I plan for three groups.',
        'Teacher 2: Students who were behind can get help in small groups, and I finally have time to conference with them.',
        'Teacher 3: The attendance tracking takes a lot of time out of the block.',
        'Facilitator: What about assessment? Has anything changed in how you report?',
        'Teacher 2: Report cards still want a percentage, so the feedback I give gets ignored once the mark comes out.',
        'Teacher 1: Thirty-two students in a science lab is not safe. We need smaller classes.',
      ].join('\n') + '\n',
    );
    writeFileSync(path.join(dir, 'reflect.config.yml'), 'participants: teachers\n');
    const run = reflect(['analyze', dir, '--format', 'md']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('\nThree teachers took part. They spoke in one focus group.');
    // Of no place, date or program, the group is not said to have been "held" a second time.
    expect(run.stdout).not.toContain('The focus group interview was held.');
    expect(run.stdout).toContain('Across 5 responses from 3 teachers');
    expect(run.stdout).not.toContain('Thanks for staying');
    // inspect reads as analyze does, from the config file or --participants, and says so in the noun.
    expect(reflect(['inspect', dir]).stdout).toContain('7 turns by 4 speakers: 5 teacher responses from 3 teachers, 2 facilitator or staff turns');
    rmSync(path.join(dir, 'reflect.config.yml'));
    expect(reflect(['inspect', dir, '--participants', 'teachers']).stdout).toContain('5 teacher responses from 3 teachers');
    expect(reflect(['inspect', dir, '--participants', 'teachrs']).stderr).toContain("--participants is 'teachrs', which is not a kind of participant reflect knows (did you mean 'teachers'?)");
  });

  it('counts a parents’ evening beside a staff and parent survey under participants: participants, parents as parents', () => {
    const dir = tempDir('reflect-parents-evening-');
    const survey = Array.from({ length: 10 }, (_, i) =>
      i < 5 ? `Teacher,"Report cards still push marks over feedback (${i + 1})."` : `Parent,"The homework is too much on weeknights (${i + 1})."`,
    );
    writeFileSync(path.join(dir, 'survey.csv'), `Role,What would you change?\n${survey.join('\n')}\n`);
    writeFileSync(
      path.join(dir, 'parent-evening.txt'),
      [
        'Moderator: Thanks for coming tonight. How is homework going at home?',
        'Parent 1: Honestly it is too much. She is up until ten most nights.',
        'Parent 2: I would like to hear from the teacher before the report card.',
        'Moderator: What would you change next year?',
        'Parent 1: More support for kids with anxiety; the counsellor is here two days a week.',
      ].join('\n') + '\n',
    );
    // Said to be of students, the parents' talk is context, and the warning says how to count it.
    const asStudents = reflect(['analyze', dir, '--format', 'md', '--quiet']);
    expect(asStudents.stderr).toContain('if those labelled as staff or parents took part, say who took part with `participants:` in reflect.config.yml');
    const run = reflect(['analyze', dir, '--format', 'md', '--quiet', '--participants', 'participants', '--min-cell', '2']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('\nSeven parents and five teachers took part.');
    expect(run.stdout).not.toContain('Thanks for coming');
    // No student took part: the method says nothing of how a student is signed.
    expect(run.stdout).toContain('Quotes are attributed by role only where at least 2 participants share it (else to “A participant”, as are those of the smallest other role where these alone would be) and never by name, grade or school.');
  });

  it('says teachers, not students, in the warnings', () => {
    const dir = tempDir('reflect-staff-warnings-');
    writeFileSync(
      path.join(dir, 'group.txt'),
      'Teacher 1: Flex block has made planning harder for me.\nTeacher 2: It has helped my students who were behind.\nTeacher 1: Report cards still want a percentage.\n',
    );
    const run = reflect(['analyze', dir, '--participants', 'teachers', '--by', 'grdae', '--format', 'md', '--quiet']);
    expect(run.stderr).toContain("so all 2 speakers' turns are coded as teachers'; if one of them led the group");
    expect(run.stderr).toContain('--by grdae: no teacher has this attribute');
    expect(run.stderr).not.toMatch(/student/);
    // A file of facilitators' talk alone, in a parents' forum: nothing counted as a parent's.
    writeFileSync(path.join(dir, 'group.txt'), 'Facilitator: Welcome, everyone.\nCo-facilitator: Let us begin.\n');
    const none = reflect(['analyze', dir, '--participants', 'parents', '--format', 'md', '--quiet']);
    expect(none.stderr).toContain("none of the file's 2 turns is counted as a parent's");
    expect(none.stderr).toContain('no file held free-text answers or parent turns');
  });
});

/**
 * A school's forum of students, teachers and parents: one sheet, an "I am a" column, a grade column
 * that for a teacher is the grade they teach and for a parent their child's, two schools.
 */
function mixedForum(withPrincipal = true): string {
  const dir = tempDir('reflect-forum-');
  const say = {
    Student: [
      'Flex block lets me choose what to work on and I can get help from my teacher when I need it.',
      'I wish we had more choice in how we show our learning, not just tests and essays every unit.',
      'Having a teacher who actually knows me makes me want to come to school every single day.',
    ],
    Teacher: [
      'Our timetable makes it hard to give students the time they need; flex block helps but it is not enough.',
      'Assessment is the hardest part: report cards still push us toward marks rather than feedback on learning.',
      'I need more collaboration time with colleagues to plan choice-based units for my classes.',
    ],
    Parent: [
      'My daughter finally feels like an adult at school knows her and cares about her goals and plans.',
      'The report cards do not tell me much; I would rather hear what my son can do and where he is stuck.',
      'Technology at home is a problem for us, we share one laptop between three kids for all their homework.',
    ],
    'Vice-Principal': ['As a school we are trying to build the timetable around flex time, but staffing makes it hard.'],
  };
  const roles: (keyof typeof say)[] = [...Array(12).fill('Student'), ...Array(6).fill('Teacher'), ...Array(5).fill('Parent'), ...(withPrincipal ? ['Vice-Principal' as const] : [])];
  const rows = roles.map((role, i) => {
    const grade = role === 'Vice-Principal' ? '' : i % 2 === 0 ? '11' : '10';
    const school = i % 3 === 0 ? 'Hillcrest Secondary' : 'Riverside Secondary';
    return `P${String(i + 1).padStart(2, '0')},${role},${grade},${school},"${say[role][i % say[role].length]}"`;
  });
  writeFileSync(path.join(dir, 'forum.csv'), `id,I am a,Grade,School,What is working well for learning at your school?\n${rows.join('\n')}\n`);
  return dir;
}

describe('a forum of students, teachers and parents, with an "I am a" column', () => {
  it('calls a folder of students\' sheets beside a staff sheet with a Role column participants, not teachers', () => {
    const dir = tempDir('reflect-staff-beside-');
    const students = Array.from({ length: 7 }, (_, i) => `S${i + 1},${i % 2 ? 10 : 11},"Flex block gives me time to catch up on math and ask my teacher for help (${i + 1})."`);
    writeFileSync(path.join(dir, 'students.csv'), `id,Grade,What helps you learn?\n${students.join('\n')}\n`);
    writeFileSync(path.join(dir, 'staff.csv'), 'id,Role,What helps students learn?\nT1,Teacher,Time to plan units with colleagues.\nT2,Teacher,Smaller classes so I know every student.\n');
    const report = reflect(['analyze', dir, '--format', 'md', '--quiet']).stdout;
    expect(report).toMatch(/^# What participants said: /);
    expect(report).toContain('\nNine participants took part.');
    expect(report).not.toContain('A teacher, grade');
    expect(report).not.toMatch(/Nine teachers|What teachers said/);
  });

  it('counts each role in the background, signs quotes by role, and gives a grade to students alone', () => {
    const dir = mixedForum();
    const inspect = reflect(['inspect', dir]);
    expect(inspect.stdout).toMatch(/I am a.*attribute.*role/);
    const run = reflect(['analyze', dir, '--format', 'md', '--quiet', '--min-cell', '3']);
    expect(run.code).toBe(0);
    const report = run.stdout;
    expect(report).toMatch(/^# What participants said: /);
    // The vice-principal is one: "fewer than three administrators" beside 12, 6 and 5 of 24 would say
    // exactly one, so only the total is given, and the role is never named.
    expect(report).toContain('\n24 participants from two schools took part.');
    expect(report).toContain('\n## What participants said\n');
    const signed = new Set(report.match(/^> — .*$/gm) ?? []);
    expect(signed).toContain('> — A teacher');
    // Nor is the vice-principal's quote the one signed "A participant": the five parents are signed so
    // too, where beside "A teacher", "A parent" and the students' grades it would be the vice-principal's.
    expect(signed).not.toContain('> — A parent');
    expect(report).toMatch(/“The report cards do not tell me much; [^”]*”\n>\n> — A participant\n/);
    expect([...signed].some((s) => /^> — A student(?:, grade 1[01])?$/.test(s))).toBe(true);
    for (const s of signed) expect(s).toMatch(/^> — (?:A student(?:, grade 1[01])?|A teacher|A parent|A participant)$/);
    expect(report).not.toMatch(/administrator\n|A vice-principal|An administrator/);
    expect(report).toContain(
      'Quotes are attributed by role only where at least 3 participants share it (else to “A participant”, as are those of the smallest other role where these alone would be), a student’s also by a program, school level or grade shared by at least 3 students, and never by name or school.',
    );
  });

  it('counts each role in the background where every role is shared by min-cell participants', () => {
    const report = reflect(['analyze', mixedForum(false), '--format', 'md', '--quiet', '--min-cell', '3']).stdout;
    expect(report).toContain('\n12 students, six teachers and five parents from two schools took part.');
    // Named one noun by the command line, everyone is it: no count by role to contradict it.
    const teachers = reflect(['analyze', mixedForum(false), '--format', 'md', '--quiet', '--min-cell', '3', '--participants', 'teachers']).stdout;
    expect(teachers).toContain('\n23 teachers from two schools took part.');
  });

  it('breaks grades down among the students alone, and says so: a teacher’s grade is the grade they teach', () => {
    const out = path.join(tempDir('reflect-forum-grades-'), 'report');
    expect(reflect(['analyze', mixedForum(false), '--out', out, '--quiet', '--min-cell', '3']).code).toBe(0);
    const report = readFileSync(path.join(out, 'report.md'), 'utf8');
    expect(report).toContain(
      '\n12 students, six teachers and five parents from two schools took part. They filled in 23 reflection sheets. ' +
        'The grades shown are the 12 students’ own; those the teachers and parents gave are left out.\n',
    );
    // Six students in each grade, of 12: before, the teachers' and parents' grades made them 12 and 11 of 23.
    const demographics = readFileSync(path.join(out, 'demographics.csv'), 'utf8');
    expect(demographics).toContain('grade,10,6,50,12\ngrade,11,6,50,12\n');
    const crosstab = readFileSync(path.join(out, 'crosstab.csv'), 'utf8').split('\n').filter((l) => l.includes(',grade,'));
    expect(crosstab.length).toBeGreaterThan(0);
    for (const line of crosstab) expect(line.split(',grade,')[1]!.split(',')[1]).toBe('6');
  });

  it('says teachers in a group by role, and in the terminal column counts participants', () => {
    const dir = mixedForum();
    const md = reflect(['analyze', dir, '--format', 'md', '--quiet', '--by', 'role']).stdout;
    expect(md).toContain('## By role');
    expect(md).toContain('\n- **Student** (12 students): of the themes whose counts can be shown, students most often raised');
    expect(md).toContain('\n- **Parent** (5 parents): ');
    // One vice-principal: a group too small to show, said in the forum's own noun, not its role's.
    expect(md).toContain('\n- **Vice-Principal**: not shown (fewer than 5 participants).');
    const out = path.join(tempDir('reflect-forum-out-'), 'report');
    const run = reflect(['analyze', dir, '--out', out]);
    expect(run.stdout).toContain('24 responses from 24 participants');
    expect(run.stdout).toMatch(/│ Theme +│ Participants │/);
  });
});

/** A staff folder: a teachers' survey whose Role column says Teacher on every row, and their focus group, speakers by name. */
function staffFolder(): string {
  const dir = tempDir('reflect-staff-folder-');
  mkdirSync(path.join(dir, 'staff'));
  const say = [
    ['The flex block lets my students catch up on assessments.', 'I would move flex to the morning so students are fresher.'],
    ['Project based units in science have been great for engagement.', 'Longer blocks for labs would help a lot.'],
    ['Advisory time has built relationships with my grade nine class.', 'Fewer interruptions from assemblies.'],
    ['Students use the learning commons for independent study.', 'A common prep period for collaboration.'],
    ['Collaborative planning with my department has improved assessment.', 'More time for conferencing with students.'],
    ['My class enjoys the choice boards in English.', 'Start the day later; students are exhausted.'],
  ];
  const rows = say.map(([a, b], i) => `2024-05-01 09:${10 + i},Teacher,Sumas Mountain Secondary,${9 + (i % 4)},"${a}","${b}"`);
  writeFileSync(
    path.join(dir, 'staff', 'survey.csv'),
    `Timestamp,Role,School,Grade,What is working well in your classroom this year?,What would you change about the timetable?\n${rows.join('\n')}\n`,
  );
  writeFileSync(
    path.join(dir, 'staff', 'focus-group.txt'),
    [
      "Facilitator: Thanks everyone for staying after school. Let's start with what is working in your classes.",
      'Harjit: In my grade ten math class the flex block has been huge. Kids come in to redo quizzes and I can actually sit with them.',
      'Megan: Same for me in English. My students like the choice boards, and marking is more spread out now.',
      'Facilitator: What about the timetable itself?',
      'Harjit: Honestly the afternoon blocks are rough. By last period my students are done.',
      "Megan: I'd love a shared prep with the other English teachers so we could plan assessments together.",
      "Daniel: In the shop the long blocks are fine but I lose a whole class every time there's an assembly.",
      '',
    ].join('\n'),
  );
  return dir;
}

describe('a teachers’ survey with a Role column beside their focus group, no participants: given', () => {
  it('names the transcript whose speakers have no role and are read as students, and says how to name them', () => {
    const dir = staffFolder();
    const run = reflect(['analyze', dir, '--format', 'md']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      "warning: staff/focus-group.txt: its 3 speakers have no role and are read as students (grades counted as students' own), though all 6 people whose role is known (from a Role column) are teachers; if they are teachers too, say who took part with `participants: teachers` in reflect.config.yml",
    );
    // The survey, whose people have a role, is not named.
    expect(run.stderr).not.toContain('staff/survey.csv');
  });

  it('says nothing once participants: teachers names them, and counts all nine as teachers', () => {
    const dir = staffFolder();
    writeFileSync(path.join(dir, 'reflect.config.yml'), 'participants: teachers\n');
    const run = reflect(['analyze', dir, '--format', 'md']);
    expect(run.stderr).not.toContain('no role');
    expect(run.stdout).toContain('\nNine teachers from one school took part.');
  });

  it('says nothing where students’ sheets without a Role column sit beside the staff’s: a mixed forum, whose talk may be students’', () => {
    const dir = staffFolder();
    const students = Array.from({ length: 7 }, (_, i) => `S${i + 1},${i % 2 ? 10 : 11},"Flex block gives me time to catch up on math (${i + 1})."`);
    writeFileSync(path.join(dir, 'students.csv'), `id,Grade,What helps you learn?\n${students.join('\n')}\n`);
    const run = reflect(['analyze', dir, '--format', 'md']);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('no role');
  });
});

describe('a forum of teachers and parents, no students, with one Grade column', () => {
  /** Twelve teachers (the grade they teach) and twelve parents (their child's grade). */
  function staffAndParents(): string {
    const dir = tempDir('reflect-staff-parents-');
    const teachers = ['I need more planning time to build projects for my class.', 'The timetable leaves no time for assessment conversations.', 'Flex block helps students catch up on their marks.', 'Class sizes are too big to know every student.'];
    const parents = ['My child is stressed about grades and tests.', 'Homework load is too much for my kid at home.', 'The school could tell us more about marks before report cards.', 'My daughter loves the hands-on projects in science.'];
    const rows = [
      ...Array.from({ length: 12 }, (_, i) => `P${i + 1},Teacher,${9 + (i % 4)},"${teachers[i % 4]}"`),
      ...Array.from({ length: 12 }, (_, i) => `P${i + 13},Parent,${9 + ((i + 1) % 4)},"${parents[i % 4]}"`),
    ];
    writeFileSync(path.join(dir, 'forum.csv'), `id,Role,Grade,What would make learning better at our school?\n${rows.join('\n')}\n`);
    return dir;
  }

  it('neither tables nor compares the grade, says why, and warns where --by grade asked for it', () => {
    const dir = staffAndParents();
    const out = path.join(tempDir('reflect-staff-parents-out-'), 'report');
    const run = reflect(['analyze', dir, '--out', out, '--min-cell', '3', '--by', 'grade']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("warning: --by grade: no breakdown by grade, since the parents and the teachers gave one and it means something else for each");
    const report = readFileSync(path.join(out, 'report.md'), 'utf8');
    expect(report).toContain("12 parents and 12 teachers took part. They filled in 24 reflection sheets. The grades that the parents and the teachers gave are not counted or compared:");
    expect(report).not.toMatch(/\| Grade \|/);
    expect(report).not.toContain('## By grade');
    expect(report).not.toMatch(/of each grade/);
    expect(readFileSync(path.join(out, 'crosstab.csv'), 'utf8')).not.toMatch(/,grade,/);
    expect(readFileSync(path.join(out, 'demographics.csv'), 'utf8')).not.toMatch(/^grade,/m);
    // The roles are still compared.
    expect(readFileSync(path.join(out, 'crosstab.csv'), 'utf8')).toMatch(/,role,Teacher,12,/);
  });

  it('keeps the grades a forum of teachers alone gave: the grade they teach, one meaning', () => {
    const dir = staffAndParents();
    const csv = readFileSync(path.join(dir, 'forum.csv'), 'utf8').replace(/,Parent,/g, ',Teacher,');
    writeFileSync(path.join(dir, 'forum.csv'), csv);
    const out = path.join(tempDir('reflect-teachers-grades-out-'), 'report');
    const run = reflect(['analyze', dir, '--out', out, '--min-cell', '3']);
    expect(run.stderr).not.toContain('no breakdown by grade');
    expect(readFileSync(path.join(out, 'report.md'), 'utf8')).toMatch(/\| Grade \| 9 \|/);
  });
});
