// inferColumns: header rules (ids, names, metadata, demographic keys), content rules (emails never text,
// dates, numbers, free text vs categories) and config overrides, on short inline sheets.
import { describe, expect, it } from 'vitest';
import type { Column } from '../../src/model.js';
import { attributeKey, inferColumns, normaliseHeader } from '../../src/readers/columns.js';

/** Infer roles for one column with the given values. */
function one(header: string, values: string[], question?: string): Column {
  return inferColumns([header], values.map((v) => [v]), undefined, question ? [question] : undefined)[0];
}

const brief = (c: Column): string => `${c.role}${c.attribute ? `:${c.attribute}` : ''}`;

const ANSWERS = [
  'Smaller classes so teachers have time to actually help each of us.',
  'A later start, because the bus gets me here at 7:15 and I am exhausted.',
  'More say in which electives get offered next year.',
  'Honestly nothing, I like it here.',
  'Quiet spaces at lunch for students who need a break from the noise.',
];

describe('header rules', () => {
  it.each([
    ['Student ID', 'id'],
    ['ID', 'id'],
    ['Respondent ID', 'id'],
    ['ResponseId', 'id'],
    ['Participant code', 'id'],
    ['student_number', 'id'],
    ['Identifiant', 'id'],
  ])('%s is an id', (header, role) => {
    expect(one(header, ['a1', 'b2', 'c3']).role).toBe(role);
  });

  it.each([
    'What is your name?',
    'Please enter your full name',
    'LastFirst',
    'Legal Surname',
    'Usual Surname',
    'Student Surname',
    'firstname',
    'lastname',
  ])('%s, as forms ask it and student information systems head it, is a name', (header) => {
    expect(one(header, ['Ana', 'Tomas', 'Kim'])).toMatchObject({ role: 'name', reason: 'header names a name' });
  });

  it.each(['What is your student number?', 'Please enter your student number', 'Student #', 'Your student ID', 'Student ID number', 'Enter your student ID:'])(
    '%s, asked on the form, is the id',
    (header) => {
      expect(one(header, ['0412', '0413', '0414']).role).toBe('id');
    },
  );

  it('a contact detail\'s header answered in words, not numbers, is a question about it', () => {
    expect(one('Cell phone', ['I use it for music in class and to text my mom', 'Only at lunch, it is locked away otherwise', 'Never, I do not have one yet']).role).toBe('text');
  });

  it.each([
    ['Address', 'a contact detail'],
    ['Home address', 'a contact detail'],
    ['Phone', 'a contact detail'],
    ['Parent phone number', 'a contact detail'],
    ['Postal Code', 'a contact detail'],
    ['Date of birth', 'a date of birth'],
    ['DOB', 'a date of birth'],
    ['PEN', 'a provincial student number'],
    ['Token', "a survey platform's record of the submission"],
    ['Total time', 'a duration'],
    ['Group time: Part 1', 'a duration'],
  ])('%s is personal or the platform’s, never analysed', (header, label) => {
    expect(one(header, ['12 Oak St', '4 Elm Rd', '12 Oak St'])).toMatchObject({ role: 'ignore', reason: `header names ${label}` });
  });

  it('"Word, Word" answers are not taken for names listed surname first: places and subjects are written so too', () => {
    expect(one('Where were you born?', ['Vancouver, Canada', 'Manila, Philippines', 'Surrey, Canada', 'Delhi, India']).role).not.toBe('name');
    expect(one('Which subjects do you enjoy most?', ['Math, Science', 'Art, Drama', 'English, History', 'Music, Art']).role).not.toBe('name');
  });

  it.each(['Name', 'First Name', 'Last name', 'Full name', 'Student Name', 'Your name', 'RecipientFirstName', 'Name (optional)', 'Prénom', 'Legal name', "Student's legal first name", 'Preferred name', 'Nickname', 'Name of student'])(
    '%s is a name',
    (header) => {
      expect(one(header, ['Maya Chen', 'Jonah Whitehorse', 'Ari Delorme'])).toMatchObject({ role: 'name', reason: 'header names a name' });
    },
  );

  it('account names are ignored: never an id or an attribute, which would print them', () => {
    for (const header of ['Username', 'User name', 'Login']) expect(one(header, ['jlee23', 'apatel', 'smoreau'])).toMatchObject({ role: 'ignore', reason: 'header names an account name' });
  });

  it('people\'s names under a header reflect does not know are names, never an attribute', () => {
    expect(one('Alias', ['Jordan Lee', 'Ava Patel', 'Ana de Souza'])).toMatchObject({ role: 'name', reason: "values look like people's names (100%)" });
    // Groups, places and repeated values are not.
    expect(one('Team', ['Red Team', 'Blue Team']).role).toBe('attribute');
    expect(one('Home town', ['Maple Ridge', 'Fort Langley']).role).toBe('attribute');
    // Staff named with a title are never an attribute either.
    expect(one('Advisor', ['Ms Chen', 'Mr. Dhillon', 'Ms Chen'])).toMatchObject({ role: 'ignore', reason: "values are people's names with a title (100%)" });
  });

  it('full names of three words are names, not free text, and a name sent twice does not make them an attribute', () => {
    const students = ['Harjot Singh Gill', 'Simran Kaur Sandhu', 'Jaspreet Kaur Dhillon', 'Gurpreet Singh Brar', 'Manpreet Kaur Sidhu'];
    expect(one('Student', students)).toMatchObject({ role: 'name', reason: "values look like people's names (100%)" });
    expect(one('Who are you?', students).role).toBe('name');
    const twice = ['Maya Lopez', 'Jonah Whitehorse', 'Ari Delorme', 'Priya Sandhu', 'Maya Lopez', 'Liam Chen', 'Ava Patel', 'Noah Nguyen', 'Zoe Martin', 'Ethan Brown'];
    expect(one('Alias', twice)).toMatchObject({ role: 'name' });
  });

  it('names that come back again and again under a header about someone else are not used: neither names nor an attribute', () => {
    const mentors = ['Jane Chen', 'Raj Dhillon', 'Jane Chen', 'Jane Chen', 'Raj Dhillon', 'Lisa Kaur'];
    expect(one('Who is your mentor?', mentors)).toMatchObject({
      role: 'ignore',
      reason: 'values are the names of people the students name, the same ones again and again (50% distinct)',
    });
    // Staff named with a title by half the students, the others as students write: "chen", "my math teacher".
    const helped = ['Ms. Chen', 'Mr Dhillon', 'chen', 'Chen', 'Mr. Osei', 'my math teacher', 'Ms. Chen', 'Mrs Kaur', 'ms chen', 'nobody', 'Mr Dhillon', 'Mrs Kaur'];
    expect(one('Which teacher helped you most?', helped)).toMatchObject({ role: 'ignore', reason: "values are people's names with a title (58%)" });
    // A closed question's options in title case are not people.
    const electives = ['Computer Science', 'Creative Writing', 'Food Studies', 'Social Justice'];
    expect(one('Which elective do you want?', [...electives, ...electives, ...electives])).toMatchObject({ role: 'attribute' });
  });

  it('a question that starts with "Name" is not a name column', () => {
    expect(one('Name one thing you would change about your school', ANSWERS).role).toBe('text');
  });

  it.each([
    ['Timestamp', '2024/04/18 10:02:11 AM MDT', 'header names a timestamp'],
    ['StartDate', '2024-04-18 09:41:12', 'header names a date or time'],
    ['End Date', '04/18/2024 10:09:45 AM', 'header names a date or time'],
    ['Duration (in seconds)', '463', 'header names a duration'],
    ['Progress', '100', 'header names survey progress'],
    ['Finished', 'True', 'header names survey progress'],
    ['IPAddress', '203.0.113.24', 'header names an IP address'],
    ['LocationLatitude', '53.5461', 'header names a location'],
    ['Collector ID', '431229871', 'header names a collector'],
    ['DistributionChannel', 'anonymous', 'header names a collector'],
    ['UserLanguage', 'EN', 'header names a survey language'],
    ['User Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)', 'header names a user agent'],
    ['Email Address', '', 'header names an email address'],
    ['I consent to take part in this study', 'Yes', 'header names consent'],
  ])('%s is ignored', (header, value, reason) => {
    expect(one(header, [value, value, value])).toMatchObject({ role: 'ignore', reason });
  });

  it.each([
    ['Gender', 'gender'],
    ['What is your gender identity?', 'gender'],
    ['What grade are you in?', 'grade'],
    ['Year level', 'grade'],
    ['Age', 'age'],
    ['School', 'school'],
    ['School level', 'school-level'],
    ['School District', 'district'],
    ['Indigenous self-identification', 'indigenous'],
    ['Do you identify as First Nations, Métis or Inuit?', 'indigenous'],
    ['Program', 'program'],
    ['Focus group', 'focus-group'],
    ['Language spoken at home', 'language'],
    ['Genre', 'gender'],
    ['Niveau', 'grade'],
    // a student information system's short headers
    ['Gr.', 'grade'],
    ['Grd', 'grade'],
    ['IEP', 'disability'],
  ])('%s is the attribute %s', (header, key) => {
    expect(brief(one(header, ['A', 'B', 'A', 'B']))).toBe(`attribute:${key}`);
  });

  it('a header mentioning a demographic word still holds text when the answers are free text', () => {
    const column = one('How has your school helped you this year?', ANSWERS);
    expect(column).toMatchObject({ role: 'text', reason: 'header mentions school, but answers are free text (mean 11.2 words, 100% distinct)' });
  });

  it('a demographic word far into a long question is a passing mention, not the subject', () => {
    const agree = ['Agree', 'Somewhat agree', 'Agree', 'Disagree', 'Agree'];
    expect(brief(one('Q4_1', agree, 'How much do you agree with each statement? - I feel heard at school'))).toBe(
      'attribute:how-much-do-you-agree-with-each-statement-i-feel-heard-at-school',
    );
  });

  it('reads genders under a header that does not say so as the gender, and what is typed beside them as its write-in', () => {
    const [choice, own, why] = inferColumns(
      ['Which best describes you?', 'Which best describes you? - Other (please specify)', 'Why?'],
      [
        ['Girl', '', 'More time'],
        ['Boy', '', 'Less homework'],
        ['Other (please specify)', 'Two-spirit', 'Later start'],
        ['Boy', '', 'Smaller classes'],
        ['Non-binary', '', 'Better food'],
      ],
    );
    expect([brief(choice!), brief(own!), brief(why!)]).toEqual(['attribute:gender', 'attribute:gender-other', 'text']);
    expect(choice!.reason).toBe('values are genders (4 of 5)');
  });

  it('leaves letters, people and one gender alone: not every F or Boy is a gender', () => {
    expect(brief(one('Mark', ['A', 'B', 'F', 'C', 'B', 'A']))).toBe('attribute:mark');
    expect(brief(one('Who do you live with?', ['Mom', 'Dad', 'Mom', 'Both', 'Grandma']))).toBe('attribute:who-do-you-live-with');
    expect(brief(one('Team', ['Boys', 'Girls', 'Boys', 'Girls']))).toBe('attribute:team');
    expect(brief(one('Which team are you on?', ['Girl', 'Girl', 'Girl', 'Girl']))).toBe('attribute:which-team-are-you-on');
    // About someone else, or beside the students' own gender asked for by name.
    expect(brief(one('Would you rather talk to a male or female counsellor?', ['Female', 'Male', 'Female', 'Female', 'Male']))).toBe(
      'attribute:would-you-rather-talk-to-a-male-or-female-counsellor',
    );
    const [gender, rather] = inferColumns(['Gender', 'Which would you rather work with?'], [['F', 'Girl'], ['M', 'Boy'], ['F', 'Boy'], ['M', 'Girl']]);
    expect([brief(gender!), brief(rather!)]).toEqual(['attribute:gender', 'attribute:which-would-you-rather-work-with']);
  });

  it("leaves out a teacher's own columns beside a form's answers, never the students' comments", () => {
    const notes = ['Check in Monday about work hours', 'Referred to counsellor - urgent', 'Talk to math dept re: load', 'Seems isolated at lunch'];
    for (const header of ['Teacher comments', "Teacher's notes", 'Counsellor Notes', 'Notes for teacher', 'Action taken', 'For office use only']) {
      expect(one(header, notes), header).toMatchObject({ role: 'ignore', reason: "header names a teacher's or staff member's notes" });
    }
    for (const header of ['Followed up?', 'Follow-up', 'Follow up needed']) expect(brief(one(header, ['Yes', 'No', 'Yes', 'Yes'])), header).toBe('ignore');
    // The students' own: a prompt for comments, and one about their teachers.
    expect(brief(one('Comments', notes))).toBe('text');
    expect(brief(one('Comments for your teacher', notes))).toBe('text');
  });

  it("keys a group by Qualtrics' wording, not its code for the question, and without its ' - Selected Choice'", () => {
    const choices = ['Student', 'Parent', 'Student', 'Staff', 'Other:'];
    expect(brief(one('Q4', choices, 'Which best describes you? - Selected Choice'))).toBe('attribute:which-best-describes-you');
    expect(brief(one('QID12_3', ['Often', 'Never', 'Often', 'Sometimes'], 'How often do you… - Feel rushed'))).toBe('attribute:how-often-do-you-feel-rushed');
    // A header the researcher named in Qualtrics is kept as the key.
    expect(brief(one('belonging', ['Agree', 'Disagree', 'Agree', 'Agree'], 'I feel like I belong at this school'))).toBe('attribute:belonging');
  });

  it('the question wording is tried when the header is a short code', () => {
    const column = one('Q2', ['Female', 'Male', 'Female'], 'What is your gender?');
    expect(column).toEqual({
      index: 0,
      header: 'Q2',
      question: 'What is your gender?',
      attribute: 'gender',
      role: 'attribute',
      reason: 'question names gender',
    });
  });
});

describe('content rules', () => {
  it('email addresses are never text, whatever the header says', () => {
    const emails = ['maya@students.example.org', 'jonah.w@students.example.org', 'ari@example.com'];
    expect(one('Contact', emails)).toMatchObject({ role: 'ignore', reason: 'values are email addresses (100%)' });
    expect(one('What would you like us to know?', emails).role).toBe('ignore');
  });

  it('dates and times are ignored', () => {
    expect(one('When', ['2024-04-18', '2024-04-19', '2024-04-20'])).toMatchObject({ role: 'ignore', reason: 'values are dates or times' });
  });

  it('many distinct numbers are ignored; a few are an attribute; grade and age headers win', () => {
    const many = Array.from({ length: 20 }, (_, i) => String(300 + i * 7));
    expect(one('Minutes', [...many, many[0]])).toMatchObject({ role: 'ignore', reason: 'values are numbers with many distinct values (20)' });
    expect(one('Bus route', ['1', '2', '1', '3'])).toMatchObject({ role: 'attribute', attribute: 'bus-route' });
    expect(brief(one('Age', many.map((n) => String(Number(n) % 7 + 12))))).toBe('attribute:age');
  });

  it('values all different, from four students or more, are never an attribute, which would print who is who', () => {
    expect(one('Nickname?', ['Ana', 'Tomas', 'Kim', 'Jo']).role).toBe('name');
    expect(one('Known as', ['Ana', 'Tomas', 'Kim', 'Jo']).role).toBe('name');
    expect(one('Alias', ['Ana', 'Tomas', 'Kim', 'Jo'])).toMatchObject({ role: 'ignore', reason: 'every value is different (4): they group no one, and as groups would show who is who' });
    expect(one('Hours volunteered', ['4', '2', '6', '0'])).toMatchObject({ role: 'ignore', reason: 'values are numbers, every one different (4): an id or a count, which groups no one' });
    // Three students, or a value shared, can still be groups; so can a question's answers, points of a
    // scale, phrases, and a rating asked for.
    expect(one('Alias', ['Ana', 'Tomas', 'Kim']).role).toBe('attribute');
    expect(one('Bus', ['4', '2', '6', '4']).role).toBe('attribute');
    expect(one('Which city do you live in?', ['Abbotsford', 'Mission', 'Chilliwack', 'Langley']).role).toBe('attribute');
    expect(one('I feel heard at school', ['Strongly agree', 'Agree', 'Neutral', 'Disagree', 'Strongly disagree']).role).toBe('attribute');
    expect(one('Rate the forum (1-5)', ['1', '2', '3', '4', '5']).role).toBe('attribute');
    expect(one('How would you rate the forum?', ['1', '2', '3', '4', '5']).role).toBe('attribute');
  });

  it('long varied answers are text', () => {
    expect(one('Anything else?', ANSWERS)).toMatchObject({ role: 'text', reason: 'answers are free text (mean 11.2 words, 100% distinct)' });
  });

  it('few distinct short values are an attribute keyed by the header', () => {
    const column = one('Favourite subject', ['Math', 'Art', 'Math', 'Shop', 'Art', 'Math']);
    expect(column).toMatchObject({ role: 'attribute', attribute: 'favourite-subject', reason: 'few distinct short values (3)' });
  });

  it('many short distinct answers to a question are text', () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`);
    expect(one('What one word sums up the day?', words)).toMatchObject({
      role: 'text',
      reason: 'short answers to a question (mean 1 word, 100% distinct)',
    });
    expect(one('Code word', words).role).toBe('ignore');
  });

  it('a few sheets answering a question in different phrases are text; rating-scale points are not', () => {
    expect(one('What else could schools do?', ['more time', 'flex blocks', 'smaller classes'])).toMatchObject({
      role: 'text',
      reason: 'phrases answering a question, nearly all different (mean 2 words, 100% distinct)',
    });
    expect(one('How much do you agree? - I feel heard', ['Strongly agree', 'Somewhat disagree', 'Neither agree nor disagree'])).toMatchObject({ role: 'attribute' });
    expect(one('How often do you use flex?', ['Very often', 'Not at all', 'Sometimes'])).toMatchObject({ role: 'attribute' });
    // Not a question: short distinct phrases under a label stay an attribute.
    expect(one('Homeroom', ['Room 12 North', 'Room 14 South', 'Portable 3'])).toMatchObject({ role: 'attribute' });
  });

  it("a header naming the answer (\"Reflection\", \"Your answer\") is text, however short and few the answers", () => {
    const pilot = ['more flex time please', 'smaller classes', 'more counsellors'];
    for (const header of ['Response', 'Reflection', 'Your answer', 'Student responses', 'answer']) {
      expect(one(header, pilot), header).toMatchObject({ role: 'text', reason: "the header names the students' answers, given in words (mean 2.7 words, 100% distinct)" });
    }
    // One sheet is enough.
    expect(one('Answer', ['More flex time please']).role).toBe('text');
    // Not the students' own words: an id, a quiz's letters, yes and no, a header that only starts so.
    expect(one('Response ID', ['R_1a', 'R_2b', 'R_3c']).role).toBe('id');
    expect(one('Answer', ['B', 'C', 'B', 'A']).role).toBe('attribute');
    expect(one('Response', ['Yes', 'No', 'Yes', 'Yes']).role).toBe('attribute');
    expect(one('Response type', ['In person', 'Online', 'In person']).role).not.toBe('text');
  });

  it('a question answered only "no", "n/a" and the like is text, not an attribute; yes/no questions stay attributes', () => {
    expect(one('Anything else?', ['N/A', 'no', '-', 'nothing', 'None', 'idk'])).toMatchObject({
      role: 'text',
      reason: 'the header is a question, answered only with "no", "n/a" and the like (6)',
    });
    expect(one('Anything else you want to tell us?', ['no', 'n/a', 'More field trips please', 'nothing'])).toMatchObject({ role: 'text' });
    expect(one('Do you have a part-time job?', ['No', 'Yes', 'No', 'No', 'Yes', 'No'])).toMatchObject({ role: 'attribute' });
    // Not a question: the words are values like any other.
    expect(one('Allergies', ['none', 'peanuts', 'none', 'none'])).toMatchObject({ role: 'attribute' });
  });

  it('an open prompt ("Why?", "Comments", "Anything else?") is text, however short and repeated its answers', () => {
    // The "Why?" after a yes/no question: a few words, the same ones often, and what Excel made of two
    // ("TRUE", "Mar-12"); "idk" says nothing of the column and is not counted in the figures.
    const why = ['idk', 'flex block', 'teachers decide everything', 'idk', 'we pick projects', 'flex block', 'because', 'idk', 'no one asks us', 'because', 'TRUE', 'Mar-12'];
    expect(one('Why?', why)).toMatchObject({ role: 'text', reason: 'the header asks for an answer in words ("why"), not a choice (mean 2 words, 78% distinct)' });
    expect(one('Why or why not?', why).role).toBe('text');
    expect(one('Q7 - Please explain', why).role).toBe('text');
    expect(one('Q7', why, 'If yes, why?').role).toBe('text');
    for (const header of ['Comments', 'Feedback', 'Any other comments?', 'Suggestions', 'Explain', "What's one thing you'd change?", 'How do you feel about flex block?']) {
      expect(one(header, ['good', 'boring', 'good', 'fun', 'more breaks', 'good', 'ok', 'fun']).role, header).toBe('text');
    }
    // Six of 120 students answered, three of them alike: their words, not a demographic.
    const sparse = ['Fix the wifi', 'thanks', 'Fix the wifi', 'no', 'more field trips please', 'Fix the wifi', ...Array<string>(114).fill('')];
    expect(one('Anything else you want to tell us?', sparse)).toMatchObject({ role: 'text' });
    // Left empty, a prompt is still a question.
    expect(one('Comments', ['', '', ''])).toMatchObject({ role: 'text', reason: 'no answers yet, but the header is a question' });
  });

  it('an open prompt that names a school or a program in passing asks for ideas, not which one', () => {
    const ideas = ['more time', 'later start', 'idk', 'more time', 'smaller classes', 'nothing', 'more time', 'later start', 'more electives', 'more time', 'idk', 'later start'];
    expect(one('What would make your school better?', ideas)).toMatchObject({
      role: 'text',
      reason: 'the header asks for an answer in words ("what would"), not a choice (mean 2 words, 44% distinct); school is mentioned in passing',
    });
    expect(one('How could your program improve?', ideas).role).toBe('text');
    // Asked what works and what does not, answered in a word or two: still ideas, not a school's name.
    const working = ['Flex block', 'Teachers', 'The clubs', 'Flex block', 'Counsellors', 'Sports', 'Teachers', 'Nothing', 'Electives', 'Clubs'];
    for (const header of ["What's working at your school?", 'What is currently happening in your school to personalise learning?', 'What gets in the way at your school?', 'What are the barriers in your program?', 'Who helps you at school?']) {
      expect(one(header, working), header).toMatchObject({ role: 'text' });
    }
    // A person's own attribute is still asked for in words: it stays the attribute.
    expect(one('How would you describe your gender identity?', ['Female', 'Male', 'Non-binary', 'Female', 'Two-spirit'])).toMatchObject({ attribute: 'gender' });
    // Asked which one, the header decides as before.
    expect(one('What school do you go to?', ['Riverside Secondary', 'Lakeview Middle', 'Riverside Secondary'])).toMatchObject({ attribute: 'school' });
    expect(one('What is your school?', ['Riverside Secondary', 'Lakeview Middle', 'Riverside Secondary'])).toMatchObject({ attribute: 'school' });
    expect(one('What program are you in?', ['Trades', 'Alternate', 'Trades', 'IB'])).toMatchObject({ role: 'attribute' });
    // A place after a preposition is where the question is set, whatever its first words: its answers decide.
    const few = ['More time', 'Smaller classes', 'Flex block'];
    for (const header of ['What works at school?', 'What is hard about school?', 'What helps you in class?', 'What do you wish for your school?']) {
      expect(one(header, few), header).toMatchObject({ role: 'text' });
    }
    expect(one('Which school do you attend?', ['Riverside Secondary', 'Lakeview Middle', 'Riverside Secondary'])).toMatchObject({ attribute: 'school' });
    expect(one('School', few)).toMatchObject({ attribute: 'school' });
  });

  it('a prompt still answered with points of a scale or yes and no is a closed question', () => {
    expect(one('How would you rate your school day?', ['Very good', 'Somewhat good', 'Very good', 'Not at all good'])).toMatchObject({ role: 'attribute' });
    expect(one('What would you say: do you feel heard?', ['Yes', 'No', 'Sometimes', 'Yes', 'Yes', 'Sometimes'])).toMatchObject({ role: 'attribute' });
    // Not a prompt: a closed question with many options stays an attribute.
    const electives = ['Drama', 'Robotics', 'Art', 'Foods', 'Woodwork', 'Photography', 'Music', 'Coding', 'Law 12', 'Psychology', 'Yearbook', 'Spanish'];
    expect(one('Which elective do you want next year?', [...electives, ...electives, ...electives])).toMatchObject({ role: 'attribute' });
  });

  it('a checkbox question (options joined by commas or semicolons) is a multi-select attribute, not text', () => {
    const supports = ['Counsellor, Tutoring', 'Tutoring', 'Counsellor, Youth worker', '', 'Youth worker', 'Counsellor, Tutoring, Youth worker'];
    expect(one('Which supports have you used? (check all that apply)', supports)).toMatchObject({
      role: 'attribute',
      attribute: 'which-supports-have-you-used',
      multiSelect: true,
      reason: 'options of a checkbox question, several to an answer (3 options)',
    });
    // Without the header's hint: options that come back again and again, several to some answers.
    const used = ['Counsellor;Tutoring', 'Tutoring', 'Counsellor', 'Youth worker;Counsellor', 'Tutoring'];
    expect(one('Supports used', [...used, ...used])).toMatchObject({ multiSelect: true });
    // A pilot's few phrases that happen to repeat are not options.
    expect(one('What else could schools do?', ['more time, flex blocks', 'flex blocks', 'more time'])).not.toHaveProperty('multiSelect');
    // Free text with commas, and a yes or no qualified, are not option lists.
    expect(one('What would help?', ['More time, less homework', 'Smaller classes, honestly', 'Later start, flex blocks'])).toMatchObject({ role: 'text' });
    expect(one('Do you feel heard?', ['Yes, sometimes', 'No', 'Yes, often', 'Yes, sometimes', 'No, never'])).not.toHaveProperty('multiSelect');
  });

  it("a small class's Google Forms checkbox question (options joined by \", \") is a multi-select attribute, and says why", () => {
    const activities = ['Art, Music, Coding', 'Music, Coding', 'Art, Coding', 'Coding', 'Art, Music', 'Music, Coding, Drama'];
    // No "check all that apply", and six answers: the options show themselves by being written alike.
    expect(one('Activities you took part in', activities)).toMatchObject({
      role: 'attribute',
      multiSelect: true,
      reason: 'options of a checkbox question, several to an answer (4 options; few answers, but each option is written the same way every time and chosen twice or more on average)',
    });
    // Three answers are too few to show the options repeating, unless the header asks to select.
    expect(one('Activities you took part in', activities.slice(0, 3))).not.toHaveProperty('multiSelect');
    expect(one('Select the activities you took part in', activities.slice(0, 3))).toMatchObject({
      multiSelect: true,
      reason: 'options of a checkbox question, several to an answer (3 options; the header says "Select" and each option is written the same way every time)',
    });
    // Short free text stays text: a list typed by hand (lower case, spelled two ways), words chosen once
    // each, people's names, and a header that asks for a choice answered in the student's own words.
    expect(one('What would help?', ['More time, less homework', 'Smaller classes, more time', 'More time, flex blocks', 'Flex blocks, less homework'])).not.toHaveProperty('multiSelect');
    expect(one('What would help?', ['More time, Flex blocks', 'more time, Flex blocks', 'More time, Flex Blocks', 'Flex blocks'])).not.toHaveProperty('multiSelect');
    expect(one('Choose three words for the forum', ['Fun, Loud, Long', 'Useful, Fun, Short', 'Boring, Hot, Long', 'Honest, Fun, Real'])).not.toHaveProperty('multiSelect');
    expect(one('Who helped you most?', ['Ms Chen, Mr Osei', 'Mr Osei', 'Ms Chen, Mr Osei', 'Ms Chen'])).not.toHaveProperty('multiSelect');
  });

  it("a small class's lists typed by hand, capitalised, are a free-text answer: a form writes its options in one order every time", () => {
    // A Google Form's short-answer box, as six students filled it in: the same subjects, in whatever order
    // each thought of them. A checkbox question would list them in the form's order in every answer.
    const typed = ['Math, Science, English', 'Science, Math', 'English, Art', 'Art, Math, Science', 'PE, Science', 'Science, English'];
    expect(one('Which subjects do you enjoy most?', typed)).not.toHaveProperty('multiSelect');
    expect(one('Which subjects do you enjoy most?', typed)).toMatchObject({ role: 'text' });
    expect(one('Subjects you enjoy', typed)).not.toHaveProperty('multiSelect');
    // Asked to "Select" and still typed in any order: no form's options either.
    expect(one('Select the subjects you enjoy', typed)).not.toHaveProperty('multiSelect');
    // The same subjects as a checkbox question exports them, in the form's order: options.
    const ticked = ['English, Math, Science', 'Math, Science', 'English, Art', 'Math, Science, Art', 'Science, PE', 'English, Science'];
    expect(one('Which subjects do you enjoy most?', ticked)).toMatchObject({ role: 'attribute', multiSelect: true });
  });

  it('a Microsoft Forms checkbox question (every answer ends in ";") is a multi-select attribute, even with few answers', () => {
    const clubs = ['Drama;Robotics;', 'Robotics;', 'Art club;Drama;', '', 'Robotics;Art club;', 'Drama;'];
    expect(one('Which clubs do you belong to?', clubs)).toMatchObject({
      role: 'attribute',
      attribute: 'which-clubs-do-you-belong-to',
      multiSelect: true,
    });
    // A sentence that happens to end in a semicolon is still text.
    expect(one('What would help?', [...ANSWERS.slice(0, 4), 'More time to finish projects;'])).toMatchObject({ role: 'text' });
  });

  it('a rating statement that mentions a demographic word is a rating, under its own key', () => {
    const agreement = ['Agree', 'Strongly agree', 'Disagree', 'Agree', 'Neutral', 'Strongly disagree'];
    // Microsoft Forms heads each statement of a Likert question with the statement alone.
    expect(one('I feel heard at school', agreement)).toMatchObject({ role: 'attribute', attribute: 'i-feel-heard-at-school' });
    expect(one('My grades reflect my effort', agreement)).toMatchObject({ role: 'attribute', attribute: 'my-grades-reflect-my-effort' });
    // The header still decides when the answers are what it names.
    expect(one('School', ['Riverside Secondary', 'École Lakeview', 'Riverside Secondary'])).toMatchObject({ attribute: 'school' });
  });

  it('a yes/no question or a rating that names a school or a program in passing is not asking which one', () => {
    // A school climate survey's closed questions, as a Google Form exports them.
    const yesNo = ['Yes', 'Sometimes', 'No', 'Yes', 'Yes', 'No', 'Sometimes', 'Yes'];
    expect(one('Do you feel safe at school?', yesNo)).toMatchObject({ role: 'attribute', attribute: 'do-you-feel-safe-at-school' });
    expect(one("Rate your school's flex block (1-5)", ['4', '2', '5', '3', '3', '1', '4'])).toMatchObject({ role: 'attribute', attribute: 'rate-your-school-s-flex-block' });
    expect(one('Are you in a specialty program?', ['Yes', 'No', 'No', 'Yes', 'No'])).toMatchObject({ attribute: 'are-you-in-a-specialty-program' });
    // Asked so and answered with the attribute's values, the header still decides.
    expect(one('Which school do you attend?', ['Riverside Secondary', 'Lakeview Middle', 'Riverside Secondary'])).toMatchObject({ attribute: 'school' });
    expect(one('Are you in a specialty program?', ['No', 'IB', 'AVID', 'French Immersion', 'No', 'IB'])).toMatchObject({ attribute: 'program' });
    expect(one('What grade are you in?', ['9', '10', '11', '12', '9'])).toMatchObject({ attribute: 'grade' });
    expect(one('What district are you in?', ['35', '36', '35', '42'])).toMatchObject({ attribute: 'district' });
    // A yes/no question is how some attributes are asked.
    expect(one('Do you self-identify as Indigenous?', ['No', 'Yes', 'No', 'No', 'Prefer not to say'])).toMatchObject({ attribute: 'indigenous' });
    expect(one('Do you have an IEP?', ['No', 'Yes', 'No', 'No'])).toMatchObject({ attribute: 'disability' });
  });

  it('the rows of a Google Forms grid question are attributes with a key each', () => {
    const headers = ['How much do you agree? [I feel heard at school]', 'How much do you agree? [Teachers ask for my opinion]'];
    const columns = inferColumns(headers, [['Agree', 'Neutral'], ['Disagree', 'Agree'], ['Agree', 'Agree']]);
    expect(columns.map(brief)).toEqual([
      'attribute:how-much-do-you-agree-i-feel-heard-at-school',
      'attribute:how-much-do-you-agree-teachers-ask-for-my-opinion',
    ]);
  });

  it('answers typed in beside an "Other" choice are text, never a checkbox question\'s options nor the choice\'s demographic', () => {
    const typed = ['Youth worker', '', 'Elder in residence', ''];
    // SurveyMonkey, under a checkbox question whose header says "select all that apply".
    expect(one('Which supports have you used? (Select all that apply) - Other (please specify)', typed)).toMatchObject({ role: 'text' });
    // Qualtrics: the header is a code, row 2 the wording.
    expect(one('Q3_6_TEXT', typed, 'Which supports have you used? (Select all that apply) - Other - Text')).toMatchObject({ role: 'text' });
    expect(one('Which supports have you used? [Other]', typed)).toMatchObject({ role: 'text' });
    // Under a demographic question: an attribute of its own, not the choice's key, where it would be lost.
    const headers = ['Q2', 'Q2_5_TEXT'];
    const questions = ['What is your gender? - Selected Choice', 'What is your gender? - Prefer to self-describe: - Text'];
    const rows = [['Female', ''], ['Prefer to self-describe:', 'Two-spirit'], ['Male', '']];
    expect(inferColumns(headers, rows, undefined, questions).map(brief)).toEqual(['attribute:gender', 'attribute:gender-other']);
    expect(brief(one('What grade are you in? - Other (please specify)', ['', 'Adult ed', '']))).toBe('attribute:grade-other');
    // A roster's own "Other" column is not a write-in.
    expect(one('Other', ['IEP', '', 'ELL', 'IEP']).role).toBe('attribute');
  });

  it('an empty column is text under a question, ignored otherwise', () => {
    expect(one('What else should we ask next year?', ['', '', ''])).toMatchObject({ role: 'text' });
    expect(one('Notes', ['', ''])).toMatchObject({ role: 'ignore', reason: 'the column is empty' });
  });
});

describe('overrides', () => {
  const headers = ['Participant', 'Cohort', 'Reflection', 'Teacher notes'];
  const rows = [
    ['Maya', 'A', 'I liked it', 'quiet'],
    ['Jonah', 'B', 'Too long', 'engaged'],
  ];

  it('match headers case-insensitively and win, with reason "config file"', () => {
    const columns = inferColumns(headers, rows, {
      participant: 'name',
      COHORT: { role: 'attribute', attribute: 'program' },
      reflection: { role: 'text', question: 'What did you think of the day?' },
      'teacher notes': 'ignore',
    });
    expect(columns).toEqual([
      { index: 0, header: 'Participant', role: 'name', reason: 'config file', configKey: 'participant' },
      { index: 1, header: 'Cohort', attribute: 'program', role: 'attribute', reason: 'config file', configKey: 'COHORT' },
      { index: 2, header: 'Reflection', question: 'What did you think of the day?', role: 'text', reason: 'config file', configKey: 'reflection' },
      { index: 3, header: 'Teacher notes', role: 'ignore', reason: 'config file', configKey: 'teacher notes' },
    ]);
  });

  it('an attribute override without a key takes the canonical key, else one from the header', () => {
    const columns = inferColumns(['Sex', 'House'], [['F', 'Red']], { sex: 'attribute', house: 'attribute' });
    expect(columns.map(brief)).toEqual(['attribute:gender', 'attribute:house']);
  });
});

describe('helpers', () => {
  it('normaliseHeader splits camel case, drops asides and punctuation', () => {
    expect(normaliseHeader('Duration (in seconds)')).toBe('duration');
    expect(normaliseHeader('IPAddress')).toBe('ip address');
    expect(normaliseHeader('RecipientFirstName')).toBe('recipient first name');
    expect(normaliseHeader("Numéro d'élève")).toBe('numéro d élève');
  });
  it('attributeKey is lower-case and hyphenated', () => {
    expect(attributeKey('Favourite subject')).toBe('favourite-subject');
    expect(attributeKey('Q4_1')).toBe('q4-1');
  });
});
