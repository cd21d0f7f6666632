// Tests of detectFacilitators: each rule in priority order, name matching, and the question heuristic.
import { describe, expect, it } from 'vitest';
import { detectFacilitators, unmatchedFacilitatorNames } from '../../src/corpus/facilitators.js';
import type { Transcript } from '../../src/model.js';

/** A transcript from [speaker, text] pairs. */
function transcript(turns: [string, string][], attributes: Record<string, string> = {}): Transcript {
  return { type: 'transcript', attributes, turns: turns.map(([speaker, text], i) => ({ speaker, text, line: i + 1 })) };
}

// A focus group led by Ms Okafor, who asks most of the questions; Maya asks one back.
const led = transcript([
  ['Ms Okafor', 'Thanks for coming. How have the learning plans felt so far?'],
  ['Maya', 'Better than I expected, honestly.'],
  ['Jordan', 'Stressful at first.'],
  ['Ms Okafor', 'What made it stressful?'],
  ['Jordan', 'Picking my own pace. I kept putting things off.'],
  ['Ms Okafor', 'Did the Friday check-ins help?'],
  ['Priya', 'Yes, a lot.'],
  ['Maya', 'Can I ask why we only get twenty minutes?'],
  ['Ms Okafor', 'Good question. What would be enough for you?'],
  ['Maya', 'Maybe half an hour.'],
  ['Ms Okafor', 'And the playlists, are they working?'],
  ['Priya', 'They get boring. It is just videos.'],
]);

describe('detectFacilitators', () => {
  it('takes the facilitator named in the front matter first', () => {
    const t = { ...led, attributes: { facilitator: 'ms okafor' } };
    expect(detectFacilitators(t, ['Jordan'])).toEqual({ facilitators: ['Ms Okafor'], reason: 'front matter' });
  });

  it('reads several facilitators from a list and matches a surname-only or first-name label', () => {
    const t = transcript(
      [
        ['Okafor', 'What did you choose?'],
        ['Dana', 'And why?'],
        ['Kai', 'Robotics, because of the shop.'],
      ],
      { facilitators: 'Ms Okafor, Dana Reyes' },
    );
    expect(detectFacilitators(t, [])).toEqual({ facilitators: ['Okafor', 'Dana'], reason: 'front matter' });
  });

  it('adds a speaker labelled as a facilitator to the one the front matter names', () => {
    const t = transcript(
      [
        ['Ms Okafor', 'What did you choose?'],
        ['Co-facilitator', 'And why did you choose it?'],
        ['Kai', 'Robotics, because of the shop.'],
        ['Principal', 'We added that last year.'],
      ],
      { facilitator: 'Ms Okafor' },
    );
    expect(detectFacilitators(t, [])).toEqual({ facilitators: ['Ms Okafor', 'Co-facilitator', 'Principal'], reason: "front matter, speaker label, and adult's role label" });
  });

  it('falls through when the front matter names nobody who speaks', () => {
    const t = { ...led, attributes: { interviewer: 'Mr Dhillon' } };
    expect(detectFacilitators(t, ['MS OKAFOR'])).toEqual({ facilitators: ['Ms Okafor'], reason: '--facilitator flag or config' });
  });

  it('reads several names written as one list of text, as a config line or a flag may give them', () => {
    const t = transcript([
      ['Ms. Kaur', 'What helped?'],
      ['Maya', 'Flex block.'],
      ['Mr. Osei', 'And what got in the way?'],
      ['Jordan', 'The bus.'],
    ]);
    expect(detectFacilitators(t, ['Ms. Kaur, Mr. Osei'])).toEqual({ facilitators: ['Ms. Kaur', 'Mr. Osei'], reason: '--facilitator flag or config' });
    expect(detectFacilitators(t, ['ms kaur and mr osei']).facilitators).toEqual(['Ms. Kaur', 'Mr. Osei']);
  });

  it('matches a title and a full name without the title, never a title and a surname to a speaker of that surname', () => {
    const t = transcript([
      ['Harpreet Kaur', 'Tell me what helps.'],
      ['Maya Lopez', 'The flex block.'],
      ['Simran Kaur', 'Projects.'],
    ]);
    expect(detectFacilitators(t, ['Ms Harpreet Kaur']).facilitators).toEqual(['Harpreet Kaur']);
    // "Ms. Kaur" could be Simran, a student: no one is taken for her, and the name is warned of instead.
    expect(detectFacilitators(t, ['Ms. Kaur']).facilitators).not.toContain('Simran Kaur');
    expect(unmatchedFacilitatorNames([t], ['Ms. Kaur'])).toEqual([{ name: 'Ms. Kaur', position: 1 }]);
  });

  it('lists the names given that match no speaker of any transcript', () => {
    const a = transcript([
      ['Harpreet Kaur', 'Tell me what helps.'],
      ['Maya', 'Flex.'],
    ]);
    const b = transcript([
      ['Mr. Osei', 'Hello.'],
      ['Jordan', 'Hi.'],
    ]);
    expect(unmatchedFacilitatorNames([a, b], ['Harpreet Kaur, Mr Osei', 'Ms. Kuar', 'ms. kuar'])).toEqual([{ name: 'Ms. Kuar', position: 3 }]);
    // No transcript with speakers: nothing to match against, nothing to say.
    expect(unmatchedFacilitatorNames([], ['Ms. Kuar'])).toEqual([]);
  });

  it('uses the names from --facilitator flags and the config file, case-insensitively', () => {
    expect(detectFacilitators(led, ['priya'])).toEqual({ facilitators: ['Priya'], reason: '--facilitator flag or config' });
  });

  it('recognises a speaker labelled by role', () => {
    for (const label of ['Facilitator', 'INTERVIEWER', 'Moderator', 'Host', 'Researcher', 'Teacher-facilitator', 'Co-facilitator', 'Facilitator 2']) {
      const t = transcript([
        [label, 'Welcome.'],
        ['S1', 'Why are we here? Is this graded? Who sees it?'],
        ['S1', 'Really? Are you sure?'],
        ['S1', 'Can we go?'],
      ]);
      expect(detectFacilitators(t, [])).toEqual({ facilitators: [label], reason: 'speaker label' });
    }
  });

  it("takes an interview's Q or I as the interviewer, and A or R as the respondent", () => {
    for (const [asks, answers] of [['Q', 'A'], ['I', 'R']]) {
      const t = transcript([
        [asks!, 'What helps?'],
        [answers!, 'The flex block.'],
      ]);
      expect(detectFacilitators(t, [])).toEqual({ facilitators: [asks], reason: 'speaker label' });
    }
  });

  it("takes the short forms of an interviewer's label (INT, IV, Mod 2) as the facilitator, and only as a whole label", () => {
    for (const label of ['INT', 'Int', 'IV', 'Intv', 'MOD', 'Mod 2', 'FAC']) {
      const t = transcript([
        [label, 'What are the barriers?'],
        ['P1', 'Money mostly.'],
        [label, 'Thanks.'],
        ['P2', 'Also the bus.'],
      ]);
      expect(detectFacilitators(t, []), label).toEqual({ facilitators: [label], reason: 'speaker label' });
    }
    const names = transcript([
      ['Ivan', 'I like the flex block.'],
      ['Modou', 'Me too.'],
    ]);
    expect(detectFacilitators(names, []).facilitators).toEqual([]);
  });

  it('takes a "Teacher" as an adult, not a student, and "Student" as a student', () => {
    const t = transcript([
      ['Teacher', 'We start now.'],
      ['Student', 'Okay.'],
    ]);
    expect(detectFacilitators(t, [])).toEqual({ facilitators: ['Teacher'], reason: "adult's role label" });
  });

  it('takes a teacher as a participant in a teachers’ focus group, and finds its facilitator by the usual cues', () => {
    const teachers = { singular: 'teacher', plural: 'teachers' };
    const t = transcript([
      ['Facilitator', 'How has flex block changed your planning?'],
      ['Teacher 1', 'It made planning harder; I never know who will come.'],
      ['Teacher 2', 'Students who were behind finally get help in small groups.'],
      ['Teacher', 'The attendance tracking eats the block.'],
      ['Principal', 'We are looking at the tracking for next year.'],
      ['Facilitator', 'What about report cards?'],
      ['Teacher 2', 'They still want a percentage.'],
    ]);
    expect(detectFacilitators(t, [], teachers)).toEqual({ facilitators: ['Facilitator', 'Principal'], reason: "speaker label, and adult's role label" });
    // Among students the same labels are staff, as ever.
    expect(detectFacilitators(t, []).facilitators).toEqual(['Facilitator', 'Teacher 1', 'Teacher 2', 'Teacher', 'Principal']);
    // Staff are every staff role, the principal too; parents a Parent or a Guardian, not a Teacher.
    expect(detectFacilitators(t, [], { singular: 'staff member', plural: 'staff' }).facilitators).toEqual(['Facilitator']);
    const parents = transcript([
      ['Moderator', 'What do you hear at home about school?'],
      ['Parent 1', 'That the homework never stops.'],
      ['Guardian', 'Mine says the teachers know him.'],
      ['Teacher', 'We can share the homework calendar.'],
    ]);
    expect(detectFacilitators(parents, [], { singular: 'parent', plural: 'parents' }).facilitators).toEqual(['Moderator', 'Teacher']);
    // Without a facilitator's label, the one asking the questions leads; a title marks no one among teachers.
    const asked = transcript([
      ['Ms. Kaur', 'What is working?'],
      ['Mr. Osei', 'Flex block, mostly.'],
      ['Dana', 'What would you change?'],
      ['Ms. Kaur', 'The report card.'],
      ['Dana', 'Why the report card?'],
      ['Mr. Osei', 'Marks crowd out feedback.'],
      ['Dana', 'And next year, what support?'],
      ['Ms. Kaur', 'Time to plan together.'],
    ]);
    expect(detectFacilitators(asked, [], teachers)).toEqual({ facilitators: ['Dana'], reason: 'asks 3 of 4 questions' });
  });

  it('takes every adult labelled by role as staff beside the facilitator, and a title in an aside as a title', () => {
    const adults = ['Teacher', 'Principal', 'Vice Principal', 'Vice-Principal', 'Counsellor', 'Observer', 'Note-taker', 'Youth Worker', 'Staff', 'Parent', 'Parent 2'];
    const t = transcript([
      ['Facilitator', 'What helps?'],
      ['Maya', 'The flex block.'],
      ...adults.map((a): [string, string] => [a, 'Some context from us.']),
      ['Jordan', 'Projects.'],
    ]);
    expect(detectFacilitators(t, [])).toEqual({ facilitators: ['Facilitator', ...adults], reason: "speaker label, and adult's role label" });
    // `Speaker 2 (Mr. Osei):` is read as Speaker 2 with the name beside it: the title still marks an adult.
    const aside: Transcript = {
      type: 'transcript',
      attributes: {},
      turns: [
        { speaker: 'Speaker 2', alias: 'Mr. Osei', text: 'Welcome.', line: 1 },
        { speaker: 'Speaker 1', text: 'Hi.', line: 2 },
        { speaker: 'Speaker 3', text: 'Hello.', line: 3 },
      ],
    };
    expect(detectFacilitators(aside, [])).toEqual({ facilitators: ['Speaker 2'], reason: 'titled speaker label' });
    // Words a student may be labelled with are no adult's role.
    const students = transcript([
      ['Maya', 'Flex block.'],
      ['Parenting Class', 'Hm.'],
      ['Staffan', 'Projects.'],
    ]);
    expect(detectFacilitators(students, []).facilitators).toEqual([]);
  });

  it('takes a speaker with an adult\'s or a facilitator\'s role beside their name as staff, in every turn of theirs', () => {
    // `Priya Sandhu (Counsellor):` once, then `Priya Sandhu:`, as transcribers give a role at first.
    const t: Transcript = {
      type: 'transcript',
      attributes: {},
      turns: [
        { speaker: 'Dana Reyes', role: 'Facilitator', text: 'What helps?', line: 1 },
        { speaker: 'Maya', text: 'The flex block.', line: 2 },
        { speaker: 'Priya Sandhu', role: 'Counsellor', text: 'Students come to me about course planning.', line: 3 },
        { speaker: 'Mr. Dhillon', role: 'teacher', text: 'We try to do that in advisory.', line: 4 },
        { speaker: 'Jordan', text: 'Projects.', line: 5 },
        { speaker: 'Priya Sandhu', text: 'And about the timetable.', line: 6 },
      ],
    };
    expect(detectFacilitators(t, [])).toEqual({ facilitators: ['Dana Reyes', 'Priya Sandhu', 'Mr. Dhillon'], reason: "speaker label, and adult's role label" });
  });

  it('takes the speakers with an adult\'s title as facilitators where others have none', () => {
    expect(detectFacilitators(led, [])).toEqual({ facilitators: ['Ms Okafor'], reason: 'titled speaker label' });
    const staff = transcript([
      ['Ms Okafor', 'How did the pilot go?'],
      ['Mr. Osei', 'Well, mostly.'],
      ['Coach Reid', 'The athletes liked it.'],
    ]);
    expect(detectFacilitators(staff, []).facilitators).toEqual([]);
  });

  it('knows every title the redactor knows: a French immersion teacher (Mlle Roy, Madame Roy) leads too', () => {
    for (const title of ['Mlle', 'Mademoiselle', 'Madam', 'Mister']) {
      const immersion = transcript([
        [`${title} Roy`, 'Qu’est-ce qui vous aide? What helps you learn?'],
        ['Maya', 'Small groups.'],
        ['Jordan', 'Choice.'],
      ]);
      expect(detectFacilitators(immersion, []).facilitators, title).toEqual([`${title} Roy`]);
    }
  });

  it('finds a speaker who opens by saying they are facilitating (Otter and Rev label everyone "Speaker 1")', () => {
    const otter = transcript([
      ['Speaker 1', "Okay, thanks everyone for coming. I'm Ms. Patel, I'll be facilitating today. What does personalised learning mean to you?"],
      ['Jordan Lee', "For me it's picking when I do my math. The timetable is so rigid."],
      ['Amira Haddad', 'The stress is the worst part.'],
      ['Speaker 1', 'Does anyone else feel that way?'],
      ['Jordan Lee', 'Kind of.'],
    ]);
    expect(detectFacilitators(otter, [])).toEqual({ facilitators: ['Speaker 1'], reason: 'introduces themselves as facilitating' });
    for (const opening of ["Hi, I'm your moderator for today.", 'I am going to be co-facilitating with Dana.', 'I’m the facilitator, so just talk.', 'I will be moderating.']) {
      const t = transcript([
        ['Kai', 'Hey.'],
        ['Speaker 2', opening],
        ['Kai', 'Cool.'],
      ]);
      expect(detectFacilitators(t, []).facilitators, opening).toEqual(['Speaker 2']);
    }
  });

  it('does not take a student talking about facilitating or interviewing, or an introduction late in the talk', () => {
    const student = transcript([
      ['Maya', "I'm interviewing for a co-op placement next week."],
      ['Jordan', 'I facilitated a club meeting once, it was fine.'],
      ['Maya', 'Nice.'],
    ]);
    expect(detectFacilitators(student, []).facilitators).toEqual([]);
    const late = transcript([
      ['Maya', 'Flex block is good.'],
      ['Jordan', 'It is.'],
      ['Maya', 'Mostly.'],
      ['Jordan', 'Yeah.'],
      ['Maya', 'Sure.'],
      ['Jordan', "Next year I'll be facilitating the peer tutoring club."],
    ]);
    expect(detectFacilitators(late, []).facilitators).toEqual([]);
  });

  it('finds the speaker who asks most of the questions', () => {
    const untitled = transcript(led.turns.map((t) => [t.speaker === 'Ms Okafor' ? 'Dana' : t.speaker!, t.text]));
    expect(detectFacilitators(untitled, [])).toEqual({ facilitators: ['Dana'], reason: 'asks 5 of 6 questions' });
  });

  it('counts one person across spellings of the label', () => {
    const t = transcript([
      ['Ana', 'Ready?'],
      ['Ben', 'Yes.'],
      ['ANA', 'What did you pick?'],
      ['Ben', 'Math.'],
      ['ana', 'Why math?'],
      ['Ben', 'I like it.'],
    ]);
    expect(detectFacilitators(t, [])).toEqual({ facilitators: ['Ana', 'ANA', 'ana'], reason: 'asks 3 of 3 questions' });
  });

  it('finds nobody when two speakers ask about as many questions', () => {
    const t = transcript([
      ['Maya', 'Did you finish the plan? Was it hard?'],
      ['Jordan', 'Kind of. Did you?'],
      ['Maya', 'Yes. What about the quiz?'],
      ['Jordan', 'Which quiz?'],
      ['Maya', 'The fractions one?'],
      ['Jordan', 'Oh, that one. Was it due Friday?'],
      ['Priya', 'It was due Thursday.'],
    ]);
    expect(detectFacilitators(t, [])).toEqual({
      facilitators: [],
      reason: 'no speaker stands out as asking the questions (Jordan 3, Maya 3)',
    });
  });

  it('finds nobody when too few questions are asked', () => {
    const t = transcript([
      ['Maya', 'Ready?'],
      ['Jordan', 'Yes.'],
      ['Maya', 'Okay, go.'],
    ]);
    expect(detectFacilitators(t, [])).toEqual({ facilitators: [], reason: 'no speaker asks 3 or more questions (Maya 1)' });
  });

  it('says so when the transcript has no speakers or only one', () => {
    const reflection: Transcript = { type: 'transcript', attributes: {}, turns: [{ text: 'I liked it?', line: 1 }] };
    expect(detectFacilitators(reflection, ['Maya'])).toEqual({ facilitators: [], reason: 'no speaker labels' });
    const monologue = transcript([
      ['Maya', 'Why? How? When?'],
      ['Maya', 'Who? What?'],
      ['Maya', 'Where?'],
    ]);
    expect(detectFacilitators(monologue, [])).toEqual({ facilitators: [], reason: 'only one speaker' });
  });
});
