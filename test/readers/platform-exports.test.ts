// Survey platforms' exports as a researcher downloads them, end to end through `reflect inspect` and
// `reflect analyze`: the platform's own columns are never responses, names, emails and IP addresses are
// never printed, demographics are recognised, every row is accounted for, and the report's questions are
// the questions the students were asked.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reflect, tempDir } from '../cli/helpers.js';

const GOOGLE = `"Timestamp","Email address","Your name","What grade are you in?","Gender","School","Which sessions did you attend? (check all that apply)","What was the most useful part of the day, and why?","What is one thing your school should change after today?","How would you rate the day overall?"
"2024/04/18 10:02:11 AM MDT","maya.chen@students.rvsd.ca","Maya Chen","Grade 11","Female","Riverside Secondary","Mental health panel, Student council workshop","Hearing how other schools run their advisory blocks. We could copy a lot of that, especially the check-ins on Mondays.","Survey students every year and actually publish the results so we know someone read them.","4"
"2024/04/18 10:05:47 AM MDT","jonah.w@students.rvsd.ca","Jonah Wright","Grade 12","Male","Riverside Secondary","Mental health panel","The workshop on mental health. I didn't know about the after-hours line and now I do.","Put a counsellor in every school full time, not two days a week.","5"
"2024/04/18 10:11:03 AM MDT","ari.d@students.rvsd.ca","Ari Dubois","Grade 10","Non-binary","École Lakeview","Student council workshop, Climate action, Other","Meeting the trustees and seeing that they were listening to us and writing things down.","","3"
"2024/04/18 10:19:30 AM MDT","priya.n@students.rvsd.ca","Priya Nair","Grade 10","Female","École Lakeview","Climate action","Honestly the small group talk, because everyone got a turn to speak and nobody talked over anyone.","Fix the bus schedule so rural students don't miss the first class every morning.","4"
"2024/04/18 10:24:52 AM MDT","sam.okafor@students.rvsd.ca","Sam Okafor","Grade 11","Male","Northgate High","Mental health panel, Climate action","I liked that the teachers were not in the room, so people said what they really think.","More say for students in how the timetable is built, we are the ones living it.","5"
"2024/04/18 10:31:08 AM MDT","lena.k@students.rvsd.ca","Lena Kowalski","Grade 12","Prefer not to say","Northgate High","Student council workshop","The student council workshop gave me ideas for how to run our meetings so more people come.","Let students lead some of the assemblies instead of only the principal talking.","4"
`;

const MS = `ID,Start time,Completion time,Email,Name,Last modified time,What grade are you in?,Gender,Which supports have you used this year?,What did you learn from the focus group?,What would make school a better place for you?
1,4/18/24 9:01:12,4/18/24 9:06:40,anonymous,,,Grade 10,Female,Counsellor;Tutoring;,"I learned that a lot of people feel the same stress about exams as me, I thought it was just me.","More time between tests, and teachers checking the calendar so we don't get four in one week."
2,4/18/24 9:02:30,4/18/24 9:08:02,anonymous,,,Grade 11,Male,Tutoring;,"That the school actually has a budget for clubs and students can ask for it.","A place to eat lunch that isn't the hallway. The cafeteria is too small for everyone."
3,4/18/24 9:03:01,4/18/24 9:09:41,anonymous,,,Grade 12,Female,Counsellor;Peer mentoring;,"People from other grades have good ideas too, the grade nines were really smart about the phone policy.","Teachers who explain why a rule exists instead of just saying it is the rule."
4,4/18/24 9:04:15,4/18/24 9:10:12,anonymous,,,Grade 10,Non-binary,,"I learned I am not the only one who doesn't feel safe in the change rooms.","Gender neutral washrooms on every floor, not just by the office."
5,4/18/24 9:05:44,4/18/24 9:12:30,anonymous,,,Grade 11,Male,Counsellor;,"How to say what I think in a group without getting nervous, the facilitator helped with that.","Better food in the cafeteria honestly, and cheaper."
6,4/18/24 9:06:10,4/18/24 9:13:55,anonymous,,,Grade 12,Female,Tutoring;Peer mentoring;,"That the trustees read the survey results, which I did not believe before.","More career stuff earlier, not just in grade twelve when it's already too late."
`;

const MS_SECOND = `ID,Start time,Completion time,Email,Name,Last modified time,Student number,What grade are you in?,What did you learn from the focus group?
1,4/18/24 9:01:12,4/18/24 9:06:40,ethan.b@rvsd.ca,Ethan Brown,,230101,Grade 10,"We talked about homework and I learned other classes get way less than us."
2,4/18/24 9:02:30,4/18/24 9:08:02,fatima.a@rvsd.ca,Fatima Ali,4/18/24 9:20:02,230102,Grade 11,"That asking for an extension is allowed and teachers don't hate it, Ethan said so too."
`;

const QUALTRICS = `StartDate,EndDate,Status,IPAddress,Progress,Duration (in seconds),Finished,RecordedDate,ResponseId,RecipientLastName,RecipientFirstName,RecipientEmail,ExternalReference,LocationLatitude,LocationLongitude,DistributionChannel,UserLanguage,Q_RecaptchaScore,Q1,Q2,Q3,Q3_4_TEXT,Q4,Q5
Start Date,End Date,Response Type,IP Address,Progress,Duration (in seconds),Finished,Recorded Date,Response ID,Recipient Last Name,Recipient First Name,Recipient Email,External Data Reference,Location Latitude,Location Longitude,Distribution Channel,User Language,Q_RecaptchaScore,Which school do you attend?,What grade are you in?,What is your gender? - Selected Choice,What is your gender? - Prefer to self-describe: - Text,What is one thing you took away from the focus group?,"If you could change one thing about how decisions are made at your school, what would it be?"
"{""ImportId"":""startDate"",""timeZone"":""America/Denver""}","{""ImportId"":""endDate"",""timeZone"":""America/Denver""}","{""ImportId"":""status""}","{""ImportId"":""ipAddress""}","{""ImportId"":""progress""}","{""ImportId"":""duration""}","{""ImportId"":""finished""}","{""ImportId"":""recordedDate"",""timeZone"":""America/Denver""}","{""ImportId"":""_recordId""}","{""ImportId"":""recipientLastName""}","{""ImportId"":""recipientFirstName""}","{""ImportId"":""recipientEmail""}","{""ImportId"":""externalDataReference""}","{""ImportId"":""locationLatitude""}","{""ImportId"":""locationLongitude""}","{""ImportId"":""distributionChannel""}","{""ImportId"":""userLanguage""}","{""ImportId"":""Q_RecaptchaScore""}","{""ImportId"":""QID1""}","{""ImportId"":""QID2""}","{""ImportId"":""QID3""}","{""ImportId"":""QID3_4_TEXT""}","{""ImportId"":""QID4_TEXT""}","{""ImportId"":""QID5_TEXT""}"
2024-04-17 14:02:10,2024-04-17 14:03:01,Survey Preview,,100,51,True,2024-04-17 14:03:02,R_1pPreviewAbc123,,,,,53.5461,-113.4938,preview,EN,,Riverside Secondary,Grade 10,Female,,test test,asdf
2024-04-18 09:01:12,2024-04-18 09:09:40,IP Address,203.0.113.24,100,508,True,2024-04-18 09:09:41,R_2aXk9LmQ4bT7wZc,Tremblay,Emma,emma.tremblay@students.rvsd.ca,,53.5461,-113.4938,email,EN,0.9,Riverside Secondary,Grade 11,Female,,"That my ideas about the cafeteria were shared by a lot of people, and the principal said she would look at the lunch schedule.","Students should get a vote on the school rules, or at least see the draft before it's final."
2024-04-18 09:02:40,2024-04-18 09:12:02,IP Address,203.0.113.25,100,562,True,2024-04-18 09:12:03,R_3bYl0MnR5cU8xAd,Liu,Brandon,brandon.liu@students.rvsd.ca,,53.5461,-113.4938,email,EN,0.9,Riverside Secondary,Grade 12,Male,,I didn't realise how many people feel like teachers don't listen when we complain about homework load.,Have a student rep at staff meetings who can report back to us what was decided.
2024-04-18 09:03:05,2024-04-18 09:11:30,IP Address,198.51.100.61,100,505,True,2024-04-18 09:11:31,R_4cZm1NoS6dV9yBe,Martin,Chloe,chloe.martin@students.rvsd.ca,,53.5461,-113.4938,email,EN,0.8,Northgate High,Grade 10,Prefer to self-describe:,genderfluid,Talking with kids from other schools showed me we all have the same problems with the bus.,"Ask us before changing the timetable, last year they changed it and nobody asked."
2024-04-18 09:04:15,2024-04-18 09:05:12,IP Address,198.51.100.62,40,57,False,2024-04-25 09:05:13,R_5dAn2OpT7eW0zCf,Santos,Diego,diego.santos@students.rvsd.ca,,53.5461,-113.4938,email,EN,0.7,Northgate High,Grade 12,Male,,,
2024-04-18 09:06:10,2024-04-18 09:13:55,IP Address,198.51.100.63,100,465,True,2024-04-18 09:13:56,R_6eBo3PqU8fX1aDg,Haddad,Amira,amira.haddad@students.rvsd.ca,,53.5461,-113.4938,email,EN,0.9,Northgate High,Grade 11,Female,,Amira here - I learned that the student council has money it never spends and we could use it for clubs.,"Make the student council elections actually matter, with a real budget that students decide on."
2024-04-18 09:07:00,2024-04-18 09:10:20,IP Address,198.51.100.64,67,200,False,2024-04-25 09:10:21,R_7fCp4QrV9gY2bEh,Nguyen,Kim,kim.nguyen@students.rvsd.ca,,53.5461,-113.4938,email,EN,0.9,Riverside Secondary,Grade 10,Female,,I learned that speaking up in a group is easier when the teacher is not there.,
`;

// The same survey downloaded with "Use numeric values": Status 0, Finished 1, each choice its code (school
// 1 and 2, grade 1 to 4, gender 1 to 4); the age typed in and the self-described gender stay as typed. Its
// RelevantID and Duplicate Detection flag one response (row 5) as a likely duplicate.
const QUALTRICS_NUMERIC = `StartDate,EndDate,Status,IPAddress,Progress,Duration (in seconds),Finished,RecordedDate,ResponseId,RecipientLastName,RecipientFirstName,RecipientEmail,ExternalReference,LocationLatitude,LocationLongitude,DistributionChannel,UserLanguage,Q_RecaptchaScore,Q_RelevantIDDuplicate,Q_RelevantIDDuplicateScore,Q_RelevantIDFraudScore,Q_RelevantIDLastStartDate,Q_DuplicateRespondent,Q1,Q2,Q3,Q3_4_TEXT,Q6,Q4,Q5
Start Date,End Date,Response Type,IP Address,Progress,Duration (in seconds),Finished,Recorded Date,Response ID,Recipient Last Name,Recipient First Name,Recipient Email,External Data Reference,Location Latitude,Location Longitude,Distribution Channel,User Language,Q_RecaptchaScore,Q_RelevantIDDuplicate,Q_RelevantIDDuplicateScore,Q_RelevantIDFraudScore,Q_RelevantIDLastStartDate,Q_DuplicateRespondent,Which school do you attend?,What grade are you in?,What is your gender? - Selected Choice,What is your gender? - Prefer to self-describe: - Text,How old are you?,What is one thing you took away from the focus group?,"If you could change one thing about how decisions are made at your school, what would it be?"
"{""ImportId"":""startDate"",""timeZone"":""America/Denver""}","{""ImportId"":""endDate"",""timeZone"":""America/Denver""}","{""ImportId"":""status""}","{""ImportId"":""ipAddress""}","{""ImportId"":""progress""}","{""ImportId"":""duration""}","{""ImportId"":""finished""}","{""ImportId"":""recordedDate"",""timeZone"":""America/Denver""}","{""ImportId"":""_recordId""}","{""ImportId"":""recipientLastName""}","{""ImportId"":""recipientFirstName""}","{""ImportId"":""recipientEmail""}","{""ImportId"":""externalDataReference""}","{""ImportId"":""locationLatitude""}","{""ImportId"":""locationLongitude""}","{""ImportId"":""distributionChannel""}","{""ImportId"":""userLanguage""}","{""ImportId"":""Q_RecaptchaScore""}","{""ImportId"":""Q_RelevantIDDuplicate""}","{""ImportId"":""Q_RelevantIDDuplicateScore""}","{""ImportId"":""Q_RelevantIDFraudScore""}","{""ImportId"":""Q_RelevantIDLastStartDate""}","{""ImportId"":""Q_DuplicateRespondent""}","{""ImportId"":""QID1""}","{""ImportId"":""QID2""}","{""ImportId"":""QID3""}","{""ImportId"":""QID3_4_TEXT""}","{""ImportId"":""QID6_TEXT""}","{""ImportId"":""QID4_TEXT""}","{""ImportId"":""QID5_TEXT""}"
2024-04-18 09:01:12,2024-04-18 09:09:40,0,203.0.113.24,100,508,1,2024-04-18 09:09:41,R_2aXk9LmQ4bT7wZc,,,,,53.5461,-113.4938,anonymous,EN,0.9,false,0,0,,,1,3,1,,16,"That my ideas about the cafeteria were shared by a lot of people, and the principal said she would look at the lunch schedule.","Students should get a vote on the school rules, or at least see the draft before it's final."
2024-04-18 09:02:40,2024-04-18 09:12:02,0,203.0.113.25,100,562,1,2024-04-18 09:12:03,R_3bYl0MnR5cU8xAd,,,,,53.5461,-113.4938,anonymous,EN,0.9,false,0,0,,,1,4,2,,17,I didn't realise how many people feel like teachers don't listen when we complain about homework load.,Have a student rep at staff meetings who can report back to us what was decided.
2024-04-18 09:03:05,2024-04-18 09:11:30,0,198.51.100.61,100,505,1,2024-04-18 09:11:31,R_4cZm1NoS6dV9yBe,,,,,53.5461,-113.4938,anonymous,EN,0.8,false,0,5,,,2,1,4,genderfluid,15,Talking with kids from other schools showed me we all have the same problems with the bus.,"Ask us before changing the timetable, last year they changed it and nobody asked."
2024-04-18 09:04:15,2024-04-18 09:15:12,0,198.51.100.62,100,657,1,2024-04-18 09:15:13,R_5dAn2OpT7eW0zCf,,,,,53.5461,-113.4938,anonymous,EN,0.7,false,0,0,,,2,4,2,,17,The part where we wrote our own rules for the student council was the best part of the day.,A suggestion box that someone actually opens and answers every month.
2024-04-18 09:06:10,2024-04-18 09:13:55,0,198.51.100.63,100,465,1,2024-04-18 09:13:56,R_6eBo3PqU8fX1aDg,,,,,53.5461,-113.4938,anonymous,EN,0.9,true,100,5,2024-04-18 09:01:12,true,1,3,1,,16,"That my ideas about the cafeteria were shared by a lot of people, and the principal said she would look at it.","Students should get a vote on the school rules."
2024-04-18 09:07:00,2024-04-18 09:10:20,0,198.51.100.64,100,200,1,2024-04-18 09:10:21,R_7fCp4QrV9gY2bEh,,,,,53.5461,-113.4938,anonymous,EN,0.9,false,0,0,,,1,2,1,,15,I learned that speaking up in a group is easier when the teacher is not there.,More clubs at lunch for people who don't play sports.
`;

const SURVEYMONKEY = `Respondent ID,Collector ID,Start Date,End Date,IP Address,Email Address,First Name,Last Name,Custom Data 1,What school do you go to?,,What grade are you in?,What is your gender?,Which of these have you taken part in this year? (Select all that apply),,,,How much do you agree with the following statements?,,What is one thing your school does well?,"What is one thing you would change at your school, and why?"
,,,,,,,,,Response,Other (please specify),Response,Response,Student council,Sports teams,Clubs,Other (please specify),I feel listened to by adults at school,Students help make school rules,Open-Ended Response,Open-Ended Response
114592038811,431229871,04/18/2024 10:02:11 AM,04/18/2024 10:09:45 AM,203.0.113.7,jordan.p@students.rvsd.ca,Jordan,Patel,,Riverside Secondary,,Grade 10,Female,,Sports teams,,,Agree,Disagree,The teachers really know us by name and check in when something is off.,"Longer lunch so we can go to clubs and still eat, right now you have to pick one."
114592038902,431229871,04/18/2024 10:03:55 AM,04/18/2024 10:12:30 AM,203.0.113.12,mateo.g@students.rvsd.ca,Mateo,Garcia,,Other (please specify),Westview Online School,Grade 12,Male,Student council,,Clubs,"Robotics, but only in the fall",Strongly agree,Agree,"Lots of options for electives, especially the tech and shop classes.","Fewer tests in the same week, it's too much all at once and everyone is stressed."
114592039015,431229871,04/18/2024 10:04:40 AM,04/18/2024 10:15:02 AM,198.51.100.3,sofia.r@students.rvsd.ca,Sofia,Rossi,,Northgate High,,Grade 11,Female,Student council,Sports teams,,,Agree,Agree,Our student council actually gets listened to by the principal.,More support for students who are new to Canada and still learning English.
114592039120,431229871,04/18/2024 10:06:19 AM,04/18/2024 10:11:47 AM,198.51.100.4,,,,,Northgate High,,Grade 10,Prefer not to say,,,,Debate,Disagree,Strongly disagree,The breakfast program means nobody has to start the day hungry.,A quiet room to study at lunch because the library is always packed.
114592039233,431229871,04/18/2024 10:08:02 AM,04/18/2024 10:14:10 AM,198.51.100.9,noah.t@students.rvsd.ca,Noah,Thompson,,Riverside Secondary,,Grade 11,Male,,,Clubs,,Neither agree nor disagree,Disagree,Most teachers stay after class if you need help with something.,"Let us use our phones at lunch, the ban just makes people sneak around."
`;

// The same board exported with its authors' emails, reactions, comments and links.
const PADLET_COMMENTED = `Subject,Body,Attachment,Author,Author Email,Created At,Updated At,Section,Reactions,Comments,Post URL
Longer lunch,"Lunch is 30 minutes and the line takes 15 of them. We need at least 45 minutes so people can eat and go to clubs.",,Jordan Patel,jordan.p@students.rvsd.ca,2024-04-18T10:02:11Z,2024-04-18T10:02:11Z,Timetable,5,"Noah Thompson: yes!! the line is so long
Sofia Rossi: agreed",https://padlet.com/msk/voice/wish/2671234561
,"Start school at 9. Nobody learns anything first block when half the class is asleep.",,Anonymous,,2024-04-18T10:03:40Z,2024-04-18T10:03:40Z,Timetable,3,,https://padlet.com/msk/voice/wish/2671234562
Phones,"The phone ban is fine in class but at lunch it makes no sense, we are not even allowed to text our parents.",,Mateo Garcia,mateo.g@students.rvsd.ca,2024-04-18T10:05:02Z,2024-04-18T10:06:30Z,Rules,2,"Jordan Patel: the ban is dumb",https://padlet.com/msk/voice/wish/2671234563
Dress code,"The dress code is only enforced on girls and everyone knows it. Either enforce it for everyone or get rid of it.",,Anonymous,,2024-04-18T10:07:15Z,2024-04-18T10:07:15Z,Rules,7,,https://padlet.com/msk/voice/wish/2671234564
More clubs,"An anime club and a board game club. A lot of us have no club that fits us and we just go home.",,Noah Thompson,noah.t@students.rvsd.ca,2024-04-18T10:11:30Z,2024-04-18T10:11:30Z,Other,1,,https://padlet.com/msk/voice/wish/2671234565
`;

const PADLET = `Subject,Body,Attachment,Author,Created At,Updated At,Section
Longer lunch,"Lunch is 30 minutes and the line takes 15 of them. We need at least 45 minutes so people can eat and go to clubs.",,Jordan Patel,2024-04-18 10:02:11 UTC,2024-04-18 10:02:11 UTC,Timetable
,"Start school at 9. Nobody learns anything first block when half the class is asleep.",,Anonymous,2024-04-18 10:03:40 UTC,2024-04-18 10:03:40 UTC,Timetable
Phones,"The phone ban is fine in class but at lunch it makes no sense, we are not even allowed to text our parents.",,Mateo Garcia,2024-04-18 10:05:02 UTC,2024-04-18 10:06:30 UTC,Rules
Dress code,"The dress code is only enforced on girls and everyone knows it. Either enforce it for everyone or get rid of it.",,Anonymous,2024-04-18 10:07:15 UTC,2024-04-18 10:07:15 UTC,Rules
Our ideas,,https://padlet-uploads.storage.googleapis.com/123456/abc/poster.jpg,Sofia Rossi,2024-04-18 10:09:00 UTC,2024-04-18 10:09:00 UTC,Other
More clubs,"An anime club and a board game club. A lot of us have no club that fits us and we just go home.",,Noah Thompson,2024-04-18 10:11:30 UTC,2024-04-18 10:11:30 UTC,Other
Microwaves,"Same as Jordan said about lunch, and also a microwave for people who bring food from home.",,Noah Thompson,2024-04-18 10:14:02 UTC,2024-04-18 10:14:02 UTC,Timetable
`;


interface Inspected {
  files: { file: string; flavour: string | null; rows: number; responses: number; columns: { header: string; role: string; attribute?: string }[] }[];
}

/** Write the files, run inspect and analyze on them, and gather what was printed and written. */
function run(files: Record<string, string>) {
  const dir = tempDir('platform-');
  const input = path.join(dir, 'in');
  fs.mkdirSync(input);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(input, name), text);
  const inspect = reflect(['inspect', '--json', input]);
  expect(inspect.code).toBe(0);
  const out = path.join(dir, 'out');
  const analyze = reflect(['analyze', input, '--out', out]);
  expect(analyze.code, analyze.stderr).toBe(0);
  const written = fs.readdirSync(out).map((f) => fs.readFileSync(path.join(out, f), 'utf8'));
  const responses = fs.readFileSync(path.join(out, 'responses.csv'), 'utf8');
  const questions = [...new Set([...responses.matchAll(/,q\d+,("(?:[^"]|"")*"|[^,]*),/g)].map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"')))];
  return {
    inspected: JSON.parse(inspect.stdout) as Inspected,
    everything: [inspect.stdout, inspect.stderr, analyze.stdout, analyze.stderr, ...written].join('\n'),
    responseCount: responses.trim().split('\n').length - 1,
    questions,
    sources: fs.readFileSync(path.join(out, 'sources.csv'), 'utf8'),
    demographics: fs.readFileSync(path.join(out, 'demographics.csv'), 'utf8'),
  };
}

type Ran = ReturnType<typeof run>;

const roles = (file: Inspected['files'][number]): Record<string, string> =>
  Object.fromEntries(file.columns.map((c) => [c.header, c.attribute ? `${c.role} (${c.attribute})` : c.role]));

/** What must never appear in anything reflect prints or writes. */
function expectNoneOf(everything: string, secrets: string[]): void {
  for (const secret of secrets) expect(everything, secret).not.toContain(secret);
}

describe('Google Forms: "Form Responses 1" downloaded as CSV', () => {
  let result: Ran;
  beforeAll(() => {
    result = run({ 'Student voice day (Responses) - Form Responses 1.csv': GOOGLE });
  });
  it('reads the timestamp and email as metadata, the name as a name, grade, gender and school as demographics', () => {
    const file = result.inspected.files[0]!;
    expect(file.flavour).toBe('google-forms');
    expect(roles(file)).toMatchObject({
      Timestamp: 'ignore',
      'Email address': 'ignore',
      'Your name': 'name',
      'What grade are you in?': 'attribute (grade)',
      Gender: 'attribute (gender)',
      School: 'attribute (school)',
      'What was the most useful part of the day, and why?': 'text',
      'What is one thing your school should change after today?': 'text',
    });
    // The checkbox answers ("Mental health panel, Student council workshop") are options, not an answer.
    expect(roles(file)['Which sessions did you attend? (check all that apply)']).toMatch(/^attribute/);
  });
  it('accounts for every row, asks the real questions, and prints no name or email', () => {
    expect(result.inspected.files[0]!.rows).toBe(6);
    expect(result.responseCount).toBe(11);
    expect(result.questions).toEqual(['What was the most useful part of the day, and why?', 'What is one thing your school should change after today?']);
    expectNoneOf(result.everything, ['@students.rvsd.ca', 'Maya', 'Kowalski', 'Okafor', '10:02:11']);
  });
});

describe('Microsoft Forms: two forms, one anonymous and one with names', () => {
  let result: Ran;
  beforeAll(() => {
    result = run({ 'Student Voice Reflection(1-6).csv': MS, 'Homework focus group(1-2).csv': MS_SECOND });
  });
  it("reads the platform's columns as metadata and the response number as no student's id", () => {
    const anonymous = result.inspected.files.find((f) => f.file.startsWith('Student Voice'))!;
    expect(anonymous.flavour).toBe('microsoft-forms');
    expect(roles(anonymous)).toMatchObject({
      ID: 'ignore',
      'Start time': 'ignore',
      'Completion time': 'ignore',
      Email: 'ignore',
      Name: 'name',
      'Last modified time': 'ignore',
      'What grade are you in?': 'attribute (grade)',
      Gender: 'attribute (gender)',
      'What did you learn from the focus group?': 'text',
    });
    const named = result.inspected.files.find((f) => f.file.startsWith('Homework'))!;
    expect(roles(named)).toMatchObject({ ID: 'ignore', 'Student number': 'id', Email: 'ignore', Name: 'name' });
  });
  it('accounts for every row, asks the real questions, and prints no name or email', () => {
    // 6 students × 2 questions, less one left blank; and the second form's 2 answers.
    expect(result.responseCount).toBe(14);
    expect(result.questions).toEqual(['What did you learn from the focus group?', 'What would make school a better place for you?']);
    expectNoneOf(result.everything, ['Ethan', 'Fatima', '@rvsd.ca', 'anonymous']);
  });
});

describe('Qualtrics: three header rows, a preview and two unfinished responses', () => {
  let result: Ran;
  beforeAll(() => {
    result = run({ 'Student+Voice+Focus+Group+Reflection_April+25,+2024_10.12.csv': QUALTRICS });
  });
  it('reads the question row as the questions and every Qualtrics column as metadata', () => {
    const file = result.inspected.files[0]!;
    expect(file.flavour).toBe('qualtrics');
    const r = roles(file);
    for (const meta of ['StartDate', 'EndDate', 'Status', 'IPAddress', 'Progress', 'Duration (in seconds)', 'Finished', 'RecordedDate', 'RecipientEmail', 'ExternalReference', 'LocationLatitude', 'LocationLongitude', 'DistributionChannel', 'UserLanguage', 'Q_RecaptchaScore']) {
      expect(r[meta], meta).toBe('ignore');
    }
    expect(r).toMatchObject({ ResponseId: 'id', RecipientLastName: 'name', RecipientFirstName: 'name', Q1: 'attribute (school)', Q2: 'attribute (grade)', Q3: 'attribute (gender)', Q4: 'text', Q5: 'text' });
  });
  it('skips the preview with a warning, keeps the unfinished responses, and prints no name, email or IP address', () => {
    expect(result.inspected.files[0]!.rows).toBe(7);
    expect(result.everything).toMatch(/row 1: Qualtrics survey preview \(Status: Survey Preview\); not analysed/);
    expect(result.everything).toContain('2 responses were never finished (Finished: False; row 5, 40% done; row 7, 67% done); their answers so far are read');
    // Five real responses answered: 4 × 2 questions + Kim's one; Diego's unfinished one is blank.
    expect(result.responseCount).toBe(9);
    expect(result.sources).toMatch(/,read,6,1,1,0,9,/);
    expect(result.questions).toEqual([
      'What is one thing you took away from the focus group?',
      'If you could change one thing about how decisions are made at your school, what would it be?',
    ]);
    expect(result.everything).not.toContain('test test');
    expectNoneOf(result.everything, ['Tremblay', 'Amira', 'Haddad', '@students.rvsd.ca', '203.0.113', '198.51.100', 'ImportId', '53.5461']);
  });
});

describe('Qualtrics: downloaded with "Use numeric values", one response flagged as a duplicate', () => {
  let result: Ran;
  beforeAll(() => {
    result = run({ 'Student+Voice_numeric.csv': QUALTRICS_NUMERIC });
  });
  it('reads every fraud and duplicate check as metadata, never a group', () => {
    const r = roles(result.inspected.files[0]!);
    for (const meta of ['Q_RecaptchaScore', 'Q_RelevantIDDuplicate', 'Q_RelevantIDDuplicateScore', 'Q_RelevantIDFraudScore', 'Q_RelevantIDLastStartDate', 'Q_DuplicateRespondent']) {
      expect(r[meta], meta).toBe('ignore');
    }
  });
  it('says the choices are numbers, naming the file and the columns, and how to download their text', () => {
    const warning = result.everything.split('\n').find((l) => l.includes('"Use numeric values"'));
    expect(warning).toBeDefined();
    expect(warning).toContain('Student+Voice_numeric.csv');
    expect(warning).toContain('Q1 "Which school do you attend?"');
    expect(warning).toContain('Q2 "What grade are you in?"');
    expect(warning).toContain('Q3 "What is your gender? - Selected Choice"');
    expect(warning).toContain('"Use choice text"');
    // The age is typed in (QID6_TEXT) and the self-described gender is words: neither is a code.
    expect(warning).not.toContain('Q6');
    expect(warning).not.toContain('Q3_4_TEXT');
  });
  it('reads the flagged duplicate, naming its row, and drops nothing', () => {
    expect(result.everything).toContain('1 response is flagged by Qualtrics as a likely duplicate (Q_DuplicateRespondent: true; row 5) and is read');
    expect(result.everything).toMatch(/12 responses from 6 students/);
    expect(result.sources).toMatch(/,read,6,0,0,0,12,/);
  });
  it('reads grades 9 to 12 as grades, and a choice-text export without the warning', () => {
    const grades = QUALTRICS_NUMERIC.split('\n').map((line, i) => {
      if (i < 3 || line === '') return line;
      const cells = line.split(',');
      // Q2 is the 25th column in each data row, which has no quoted comma before it.
      cells[24] = String(Number(cells[24]) + 8);
      return cells.join(',');
    }).join('\n');
    const recoded = run({ 'recoded.csv': grades });
    const warning = recoded.everything.split('\n').find((l) => l.includes('"Use numeric values"'));
    expect(warning).toContain('Q1 "Which school do you attend?"');
    expect(warning).not.toContain('Q2');
    expect(roles(recoded.inspected.files[0]!).Q2).toBe('attribute (grade)');
    const text = run({ 'text.csv': QUALTRICS });
    expect(text.everything).not.toContain('Use numeric values');
    expect(text.everything).not.toContain('likely duplicate');
  });
});

describe('SurveyMonkey: a question row and a sub-label row', () => {
  let result: Ran;
  beforeAll(() => {
    result = run({ 'Student Voice Survey 2024.csv': SURVEYMONKEY });
  });
  it('reads its own columns as metadata and the "Response" sub-labels as nothing added to the question', () => {
    const file = result.inspected.files[0]!;
    expect(file.flavour).toBe('surveymonkey');
    expect(roles(file)).toMatchObject({
      'Respondent ID': 'id',
      'Collector ID': 'ignore',
      'Start Date': 'ignore',
      'End Date': 'ignore',
      'IP Address': 'ignore',
      'Email Address': 'ignore',
      'First Name': 'name',
      'Last Name': 'name',
      'Custom Data 1': 'ignore',
      'What school do you go to?': 'attribute (school)',
      'What school do you go to? - Other (please specify)': 'attribute (school-other)',
      'What grade are you in?': 'attribute (grade)',
      'What is your gender?': 'attribute (gender)',
      'What is one thing your school does well?': 'text',
    });
  });
  it("reads a checkbox question's \"Other (please specify)\" as the student's answer, never an option or a group", () => {
    const r = roles(result.inspected.files[0]!);
    expect(r['Which of these have you taken part in this year? (Select all that apply) - Other (please specify)']).toBe('text');
    expect(result.questions).toContain('Which of these have you taken part in this year? (Select all that apply) - Other (please specify)');
    expect(result.everything).toContain('Robotics, but only in the fall');
    expect(result.demographics).not.toMatch(/Robotics|Debate/);
  });
  it('accounts for every row, asks the real questions, and prints no name, email or IP address', () => {
    expect(result.inspected.files[0]!.rows).toBe(5);
    expect(result.questions).toContain('What is one thing your school does well?');
    expect(result.questions).toContain('What is one thing you would change at your school, and why?');
    expect(result.questions.some((q) => q === 'Response' || q === 'Open-Ended Response' || q === '')).toBe(false);
    expectNoneOf(result.everything, ['Jordan', 'Garcia', 'Rossi', '@students.rvsd.ca', '203.0.113', '198.51.100', '431229871']);
  });
});

describe('Padlet: a board exported as a spreadsheet', () => {
  let result: Ran;
  beforeAll(() => {
    result = run({ 'What should our school change_ - Padlet.csv': PADLET });
  });
  it('reads each post, its title first, as an answer, and the author as a name', () => {
    const file = result.inspected.files[0]!;
    expect(file.flavour).toBe('padlet');
    expect(roles(file)).toEqual({
      Subject: 'ignore',
      Body: 'text',
      Attachment: 'ignore',
      Author: 'name',
      'Created At': 'ignore',
      'Updated At': 'ignore',
      Section: 'ignore',
    });
    expect(result.everything).toContain('Longer lunch. Lunch is 30 minutes and the line takes 15 of them.');
    // A post that is all title and a picture is still an answer: every post is one.
    expect(result.responseCount).toBe(7);
    expect(result.questions).toEqual(['Padlet post']);
  });
  it("links one author's posts, keeps guests apart, and prints no author, link or time", () => {
    expect(result.everything).toMatch(/7 responses from 6 students/);
    expect(result.everything).toContain('Same as [name] said about lunch');
    expectNoneOf(result.everything, ['Jordan', 'Patel', 'Thompson', 'Rossi', 'padlet-uploads', '10:02:11 UTC', 'differs between rows']);
  });

  it("leaves out others' comments on a post, which are theirs under their names, and the authors' emails and links", () => {
    const commented = run({ 'board.csv': PADLET_COMMENTED });
    expect(roles(commented.inspected.files[0]!)).toMatchObject({ Body: 'text', Author: 'name', 'Author Email': 'ignore', Reactions: 'ignore', Comments: 'ignore', 'Post URL': 'ignore' });
    expect(commented.responseCount).toBe(5);
    expectNoneOf(commented.everything, ['Sofia', 'Rossi', 'the ban is dumb', 'padlet.com/msk', '@students.rvsd.ca']);
    // Comments short enough to read as an attribute's values are left out all the same.
    const short = run({
      'board.csv':
        'Subject,Body,Author,Created At,Section,Comments\n' +
        'My view,I think projects help me learn because I can go at my pace,Sofia Rossi,2024-04-18 10:02:11 UTC,Section 1,"Liam Okafor: agreed\nMara Quist: yes"\n' +
        'Stress,Exams make me stressed before every unit test,Liam Okafor,2024-04-18 10:03:11 UTC,Section 1,\n' +
        'Time,I need more time to finish work in class,Dev Anand,2024-04-18 10:05:11 UTC,Section 1,"Sofia Rossi: true"\n',
    });
    expect(roles(short.inspected.files[0]!)).toMatchObject({ Body: 'text', Author: 'name', Comments: 'ignore' });
    expectNoneOf(short.everything, ['Okafor', 'Quist', 'Rossi', 'agreed']);
  });
});
