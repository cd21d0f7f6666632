// Tests for quote selection: centrality, trimming, diversity, no reuse, and anonymous attribution.
import { describe, expect, it } from 'vitest';
import type { Coding, Corpus, Participant, Response } from '../../src/model.js';
import { attributeQuote, selectQuotes, trimQuote } from '../../src/analyses/quotes.js';

function student(id: string, attributes: Record<string, string> = {}): Participant {
  return { id, role: 'student', attributes, sources: ['sheets.csv'] };
}

function answer(row: number, participantId: string, questionId: string, text: string, sourceId = 'sheets.csv'): Response {
  return { id: `${sourceId}:r${String(row).padStart(2, '0')}:${questionId}`, sourceId, locator: `row ${row}, ${questionId}`, participantId, questionId, text };
}

function coding(r: Response, themeId: string, word: string): Coding {
  const at = [...r.text].join('').toLowerCase().indexOf(word.toLowerCase());
  // Test texts are ASCII, so UTF-16 and code-point offsets agree.
  return { responseId: r.id, themeId, evidence: [{ text: word, start: at, end: at + word.length, pattern: word, kind: 'word' }] };
}

function corpusOf(responses: Response[], participants: Participant[]): Corpus {
  const questions = [...new Set(responses.map((r) => r.questionId).filter((q): q is string => q !== undefined))].map((id) => ({ id, text: `Question ${id}` }));
  const sources = [...new Set(responses.map((r) => r.sourceId))].sort().map((id) => ({
    id, kind: id.endsWith('.txt') ? ('transcript' as const) : ('sheet' as const), format: id.split('.').pop()!, status: 'read' as const,
    attributes: {}, sheets: 0, emptySheets: 0, rowsSkipped: 0, turns: 0, responses: responses.filter((r) => r.sourceId === id).length,
  }));
  return { folder: 'test', sources, participants, questions, responses, context: [], warnings: [] };
}

/**
 * The same texts as paragraphs of written reflections: no question's section to quote them, so a test of
 * how a theme chooses is not also one of the rule that leaves each question a quote of its own.
 */
function asReflections(corpus: Corpus): Corpus {
  return {
    ...corpus,
    questions: [],
    sources: corpus.sources.map((s) => ({ ...s, kind: 'reflection' as const })),
    responses: corpus.responses.map(({ questionId: _question, ...r }) => r),
  };
}

describe('selectQuotes', () => {
  const people = ['s1', 's2', 's3', 's4', 's5', 's6'].map((id) => student(id, { grade: '10' }));
  const onTopic = [
    answer(1, 's1', 'q1', 'A flexible timetable with flex blocks would give us time to catch up on work and see teachers.'),
    answer(2, 's2', 'q1', 'Flex blocks in the timetable give us time to get help from teachers and catch up on missed work.'),
    answer(3, 's3', 'q1', 'More flex time in the timetable so we can catch up on work and get help from teachers when needed.'),
  ];
  // Carries the theme by one word but is about something else; row 0 so that ties would favour it.
  const offTopic = answer(0, 's4', 'q1', 'The cafeteria food is cold by the time we get there and the lunch line is far too long.');

  it('prefers the response central to the theme over an incidental mention', () => {
    const corpus = corpusOf([...onTopic, offTopic], people);
    const codings = [...onTopic.map((r) => coding(r, 'time', 'time')), coding(offTopic, 'time', 'time')];
    const { themes } = selectQuotes(corpus, codings, [{ id: 'time', label: 'Time' }], { minCell: 0, perTheme: 3 });
    const ids = themes.time!.map((q) => q.responseId);
    expect(ids).toHaveLength(3);
    expect(ids).not.toContain(offTopic.id);
    const one = selectQuotes(corpus, codings, [{ id: 'time', label: 'Time' }], { minCell: 0, perTheme: 1 });
    expect(onTopic.map((r) => r.id)).toContain(one.themes.time![0]!.responseId);
  });

  it('skips texts that are too short or mostly [name]', () => {
    const short = answer(5, 's5', 'q1', 'More flex time.');
    const names = answer(6, 's6', 'q1', '[name] and [name] and [name] said time with [name].');
    const corpus = asReflections(corpusOf([short, names, onTopic[0]!], people));
    const codings = [coding(short, 'time', 'time'), coding(names, 'time', 'time'), coding(onTopic[0]!, 'time', 'time')];
    const { themes } = selectQuotes(corpus, codings, [{ id: 'time', label: 'Time' }], { minCell: 0 });
    expect(themes.time!.map((q) => q.responseId)).toEqual([onTopic[0]!.id]);
  });

  it('quotes different participants within a theme', () => {
    const twice = answer(7, 's1', 'q2', 'Flex blocks in the timetable give us time to get help from teachers and catch up on work.');
    const corpus = asReflections(corpusOf([onTopic[0]!, twice, offTopic], people));
    const codings = [coding(onTopic[0]!, 'time', 'time'), coding(twice, 'time', 'time'), coding(offTopic, 'time', 'time')];
    const { themes } = selectQuotes(corpus, codings, [{ id: 'time', label: 'Time' }], { minCell: 0, perTheme: 2 });
    const quoted = themes.time!.map((q) => corpus.responses.find((r) => r.id === q.responseId)!.participantId);
    expect(new Set(quoted).size).toBe(2);
    expect(quoted).toContain('s4');
  });

  it('never quotes the same response twice across themes, questions and focus groups', () => {
    const turn: Response = { id: 'fg-trades.txt:t03', sourceId: 'fg-trades.txt', locator: 'turn 3 (line 7)', participantId: 's5', text: 'In the trades program we get time to learn by doing real work with real tools every day.' };
    const responses = [...onTopic, offTopic, turn];
    const corpus = corpusOf(responses, people);
    const codings = [
      ...onTopic.map((r) => coding(r, 'time', 'time')),
      ...onTopic.map((r) => coding(r, 'help', 'help')),
      coding(offTopic, 'help', 'lunch'),
      coding(turn, 'time', 'time'),
    ];
    const sel = selectQuotes(corpus, codings, [{ id: 'time', label: 'Time' }, { id: 'help', label: 'Help' }], { minCell: 0, perTheme: 3, perQuestion: 2 });
    const all = [...Object.values(sel.themes).flat(), ...Object.values(sel.questions).flat(), ...sel.focusGroups].map((q) => q.responseId);
    expect(new Set(all).size).toBe(all.length);
    // Themes come first: "time" takes three of the four, leaving q1 one answer of its own (it had none
    // once the themes had taken every answer); "help" gets what is left.
    expect(sel.themes.time).toHaveLength(3);
    expect(sel.themes.help!.length).toBeGreaterThan(0);
    expect(sel.themes.help!.every((q) => !sel.themes.time!.some((t) => t.responseId === q.responseId))).toBe(true);
    expect(sel.questions.q1).toHaveLength(1);
    // The transcript turn went to a theme, so the focus-group list is empty rather than repeated.
    expect(all.filter((id) => id === turn.id)).toHaveLength(1);
  });

  /** Student turns of one focus group, in order, from "Speaker: words" lines. */
  function focusGroup(source: string, lines: string[]): Response[] {
    return lines.map((line, k) => {
      const [speaker, text] = line.split(/: (.*)/s) as [string, string];
      return { id: `${source}:t${String(k + 2).padStart(2, '0')}`, sourceId: source, locator: `turn ${k + 2}`, participantId: speaker, text };
    });
  }
  const speakers = (ids: string[]) => ids.map((id) => ({ ...student(id), sources: ['fg-riverside.txt', 'fg-maple.txt'] }));

  it('quotes a focus group only from turns that carry a theme, not the chat left over', () => {
    const talk = focusGroup('fg-riverside.txt', [
      'Priya: Flex block works because you pick the teacher you need. When I was behind in chemistry I went every Tuesday.',
      'Ethan: The barriers, yeah. I mean, the barriers are kind of everything.',
      'Leah: With a later start in the timetable people would actually be awake for first block and get help.',
      'Jordan: Yeah, this was good. We should do this every year.',
      'Ava: Yeah, I liked it. Thanks for the pizza, it was really good.',
    ]);
    const coded = [talk[0]!, talk[2]!];
    const corpus = corpusOf(talk, speakers(['Priya', 'Ethan', 'Leah', 'Jordan', 'Ava']));
    const codings = [coding(talk[0]!, 'timetables', 'flex block'), coding(talk[2]!, 'timetables', 'timetable')];
    // The theme takes one of the two turns that carry it; the focus groups get the other, and no chat.
    const sel = selectQuotes(corpus, codings, [{ id: 'timetables', label: 'Timetables' }], { minCell: 0, perTheme: 1, perQuestion: 2 });
    const quoted = [...sel.themes.timetables!, ...sel.focusGroups].map((q) => q.responseId);
    expect(quoted.sort()).toEqual(coded.map((r) => r.id).sort());
    // With both taken by the theme, the focus groups get nothing rather than "We should do this every year".
    const both = selectQuotes(corpus, codings, [{ id: 'timetables', label: 'Timetables' }], { minCell: 0, perTheme: 2, perQuestion: 2 });
    expect(both.focusGroups).toEqual([]);
    // A focus group none of whose turns carry a theme is still quoted.
    const none = selectQuotes(corpus, [], [], { minCell: 0, perQuestion: 2 });
    expect(none.focusGroups).toHaveLength(2);
  });

  it('never quotes a focus-group turn that only echoes another student', () => {
    const talk = focusGroup('fg-maple.txt', [
      'Ava: Genius hour. Every Friday we get to pick a project, and I am building a model of a salmon hatchery.',
      'Mia: Same, genius hour is the best part of the week.',
      'Priya: I would want more electives. We can only take two electives in grade 11 because of the required courses.',
      'Ethan: Yeah, more electives would be really good for us.',
      'Noah: Like she said, it is the choosing. You choose where you go.',
    ]);
    const corpus = corpusOf(talk, speakers(['Ava', 'Mia', 'Priya', 'Ethan', 'Noah']));
    const codings = [
      coding(talk[0]!, 'choice', 'pick'),
      coding(talk[1]!, 'choice', 'genius hour'),
      coding(talk[2]!, 'choice', 'electives'),
      coding(talk[3]!, 'choice', 'electives'),
      coding(talk[4]!, 'choice', 'choose'),
    ];
    const sel = selectQuotes(corpus, codings, [{ id: 'choice', label: 'Choice' }], { minCell: 0, perTheme: 3, perQuestion: 2 });
    expect(sel.themes.choice!.map((q) => q.responseId).sort()).toEqual([talk[0]!.id, talk[2]!.id]);
    expect(sel.focusGroups).toEqual([]);
  });

  it("leaves a theme's only quotable response to it when it says more about that theme", () => {
    // A written reflection's paragraphs, from three students: timetables is the leading theme.
    const para = (row: number, who: string, text: string): Response => ({ id: `${who}.txt:t${row}`, sourceId: `${who}.txt`, locator: `paragraph ${row}`, participantId: who, text });
    const flex = para(2, 'maya', "The session on flex blocks was interesting. Our school doesn't have flex, so hearing how other schools use it made me jealous.");
    const timetable = para(2, 'priya', 'One thing I want to change is the timetable. Every class is eighty minutes and some days I have four classes in a row with no break.');
    const stress = para(1, 'jordan', 'Stress is a huge problem for students. So many people at my table said they are anxious about grades all the time. Schools need counsellors who have time for students, not just for scheduling.');
    const corpus = corpusOf([flex, timetable, stress], ['maya', 'priya', 'jordan'].map((id) => student(id)));
    const evidence = (r: Response, themeId: string, words: string[]): Coding => ({
      responseId: r.id,
      themeId,
      evidence: words.map((w) => ({ text: w, start: r.text.indexOf(w), end: r.text.indexOf(w) + w.length, pattern: w, kind: 'word' as const })),
    });
    const codings = [
      evidence(flex, 'timetables', ['flex blocks', 'flex']),
      evidence(timetable, 'timetables', ['timetable', 'eighty minutes']),
      evidence(timetable, 'change', ['change']),
      evidence(stress, 'timetables', ['scheduling']),
      evidence(stress, 'mental-health', ['Stress', 'anxious']),
    ];
    const themes = [{ id: 'timetables', label: 'Timetables' }, { id: 'mental-health', label: 'Mental health' }, { id: 'change', label: 'Change' }];
    const sel = selectQuotes(corpus, codings, themes, { minCell: 0, perTheme: 3 });
    // The paragraph on stress is mental health's only one, and says more about it than about timetables.
    expect(sel.themes['mental-health']!.map((q) => q.responseId)).toEqual([stress.id]);
    // The timetable paragraph says more about timetables than about change: timetables keeps it.
    expect(sel.themes.timetables!.map((q) => q.responseId).sort()).toEqual([flex.id, timetable.id].sort());
    expect(sel.themes.change).toBeUndefined();
    // A theme with nothing else still takes a response it would leave to a later one.
    const alone = selectQuotes(corpus, codings.filter((c) => c.responseId === stress.id), themes, { minCell: 0, perTheme: 3 });
    expect(alone.themes.timetables!.map((q) => q.responseId)).toEqual([stress.id]);
  });

  it('never quotes a response holding a sentence already quoted, in any later theme, round or question', () => {
    // s2 copied s1's first sentence into a longer answer: once s1 is quoted, s2 stays out everywhere after.
    const first = answer(1, 's1', 'q1', 'Flex blocks give us time to catch up on our work. We need more of them in every grade.');
    const copied = answer(2, 's2', 'q1', 'Flex blocks give us time to catch up on our work. Also the counsellors help me plan my courses for next year.');
    const own = answer(3, 's3', 'q1', 'The counsellors help me plan my courses and check in with me every month about how it is going.');
    const corpus = corpusOf([first, copied, own], people);
    const codings = [coding(first, 'time', 'time'), coding(copied, 'help', 'help'), coding(own, 'help', 'help')];
    const sel = selectQuotes(corpus, codings, [{ id: 'time', label: 'Time' }, { id: 'help', label: 'Help' }], { minCell: 0, perTheme: 2, perQuestion: 2 });
    expect(sel.themes.time!.map((q) => q.responseId)).toEqual([first.id]);
    expect(sel.themes.help!.map((q) => q.responseId)).toEqual([own.id]);
    expect(sel.questions.q1 ?? []).toEqual([]);
  });

  it('prefers a focus-group turn without a gap in its words, and shows a transcriber\'s note without its time', () => {
    const fg = (row: number, who: string, text: string) => ({ ...answer(row, who, 'q1', text, 'fg.txt'), questionId: undefined });
    const gap = fg(1, 's1', 'The flex block gives us time to catch up [inaudible 00:12:03] with teachers when we fall behind.');
    const whole = fg(2, 's2', 'The flex block gives us time to catch up on homework with teachers when we fall behind.');
    const corpus = corpusOf([gap, whole], people);
    const codings = [coding(gap, 'time', 'time'), coding(whole, 'time', 'time')];
    const one = selectQuotes(corpus, codings, [{ id: 'time', label: 'Time' }], { minCell: 0, perTheme: 1 });
    expect(one.themes.time!.map((q) => q.responseId)).toEqual([whole.id]);
    // Where it is quoted all the same, the note shows without the recording's clock; the text is as read.
    const alone = selectQuotes(corpusOf([gap], people), [coding(gap, 'time', 'time')], [{ id: 'time', label: 'Time' }], { minCell: 0 });
    expect(alone.themes.time![0]!.text).toBe('The flex block gives us time to catch up [inaudible] with teachers when we fall behind.');
    expect(gap.text).toContain('[inaudible 00:12:03]');
  });

  describe('a sub-theme, quoted after its parent', () => {
    // School structures (timetable, schedule) has a sub-theme, flex time, whose codings roll up to it
    // carrying their evidence and the parent's own: a flex answer that names the timetable says more
    // about school structures than about flex time, so the evidence alone left it to the parent.
    const students = ['s1', 's2', 's3', 's4', 's5', 's6'].map((id) => student(id));
    const flex = [
      answer(1, 's1', 'q1', 'The flex block in our timetable is where I catch up on the math I missed'),
      answer(2, 's2', 'q1', 'Flex time in the timetable lets me see my teachers for extra help before tests'),
    ];
    const own = [
      answer(3, 's3', 'q1', 'The timetable is the same every day and the schedule never lets us move between classes'),
      answer(4, 's4', 'q1', 'A better timetable with longer blocks would let us finish labs without rushing at the end'),
      answer(5, 's5', 'q1', 'The schedule is packed and the timetable leaves no time to breathe between classes all day'),
      answer(6, 's6', 'q1', 'I wish the school schedule started later in the morning because the timetable is brutal'),
    ];
    const rollUp = (r: Response): Coding => ({ responseId: r.id, themeId: 'structures', evidence: [...coding(r, 'flex', 'flex').evidence, ...coding(r, 'structures', 'timetable').evidence] });
    const themes = [
      { id: 'structures', label: 'School structures' },
      { id: 'flex', label: 'Flex time', parent: 'structures' },
    ];
    const ids = (quotes: { responseId: string }[] | undefined): string[] => (quotes ?? []).map((q) => q.responseId).sort();

    it('gets the responses its parent did not need, where the parent has its own', () => {
      const codings = [...flex.flatMap((r) => [rollUp(r), coding(r, 'flex', 'flex')]), ...own.map((r) => coding(r, 'structures', 'timetable'))];
      const sel = selectQuotes(corpusOf([...flex, ...own], students), codings, themes, { minCell: 0, perTheme: 3 });
      expect(ids(sel.themes.flex)).toEqual(flex.map((r) => r.id).sort());
      expect(sel.themes.structures!.map((q) => q.responseId).every((id) => own.some((r) => r.id === id))).toBe(true);
    });

    it('keeps its only responses where its parent has fewer of its own than it quotes', () => {
      const codings = [...flex.flatMap((r) => [rollUp(r), coding(r, 'flex', 'flex')]), coding(own[0]!, 'structures', 'timetable')];
      const sel = selectQuotes(asReflections(corpusOf([...flex, own[0]!], students)), codings, themes, { minCell: 0, perTheme: 3 });
      expect(ids(sel.themes.flex)).toEqual(flex.map((r) => r.id).sort());
      expect(ids(sel.themes.structures)).toEqual([own[0]!.id]);
    });

    it('leaves a parent with nothing of its own its sub-theme’s responses, and the sub-theme the rest', () => {
      const more = [...flex, own[0]!, own[1]!, own[2]!].map((r, k) => ({ ...r, text: `Flex ${r.text.slice(0, 1).toLowerCase()}${r.text.slice(1)}`, id: `${r.id}-f${k}` }));
      const codings = more.flatMap((r) => [{ ...coding(r, 'flex', 'flex'), themeId: 'structures' }, coding(r, 'flex', 'flex')]);
      const sel = selectQuotes(asReflections(corpusOf(more, students)), codings, themes, { minCell: 0, perTheme: 3 });
      expect(sel.themes.structures).toHaveLength(3);
      expect(sel.themes.flex).toHaveLength(2);
    });
  });

  it('does not show two quotes of a theme that make one point, while another says something else', () => {
    const bus = [
      answer(1, 's1', 'q1', 'it costs money for the bus'),
      answer(2, 's2', 'q1', 'bad weather lol and money for buses'),
      answer(3, 's3', 'q1', 'no money for the bus this year'),
    ];
    const family = answer(4, 's4', 'q1', "Money. My family couldn't afford it.");
    const corpus = asReflections(corpusOf([...bus, family], people));
    const codings = [...bus, family].map((r) => coding(r, 'funding', 'money'));
    const { themes } = selectQuotes(corpus, codings, [{ id: 'funding', label: 'Funding' }], { minCell: 0, perTheme: 2 });
    const ids = themes.funding!.map((q) => q.responseId);
    expect(ids).toHaveLength(2);
    expect(bus.map((r) => r.id)).toContain(ids[0]);
    expect(ids[1]).toBe(family.id);
    // With nothing else to show, the near-repeats are still quoted.
    const only = selectQuotes(asReflections(corpusOf(bus, people)), codings.slice(0, 3), [{ id: 'funding', label: 'Funding' }], { minCell: 0, perTheme: 3 });
    expect(only.themes.funding).toHaveLength(3);
  });

  it("prefers a written reflection's whole paragraph to one that starts mid-sentence, and marks the cut where it quotes one", () => {
    const writer = student('w1');
    const other = student('w2');
    const para = (n: number, participantId: string, text: string): Response => ({ id: `essay.md:p${n}`, sourceId: 'essay.md', locator: `paragraph ${n}`, participantId, text });
    const lead = para(1, 'w1', 'Students told us that less emphasis on grades, where students do not feel rated or compared to one');
    const goesOn = para(2, 'w1', 'another would lead to greater personalization, and to less stress about grades and tests for everyone in the school.');
    const whole = para(3, 'w2', 'Grades and tests cause stress for many students.');
    const corpus = corpusOf([lead, goesOn, whole], [writer, other]);
    corpus.sources = corpus.sources.map((s) => ({ ...s, kind: 'reflection' as const }));
    const codings = [goesOn, whole].map((r) => coding(r, 'grades', 'grades'));
    const first = selectQuotes(corpus, codings, [{ id: 'grades', label: 'Grades' }], { minCell: 0, perTheme: 1 });
    expect(first.themes.grades!.map((q) => q.responseId)).toEqual([whole.id]);
    const only = selectQuotes(corpus, codings.slice(0, 1), [{ id: 'grades', label: 'Grades' }], { minCell: 0, perTheme: 1 });
    expect(only.themes.grades![0]!.text).toBe(`… ${goesOn.text}`);
    // A paragraph after a finished one starts its own sentence, whatever its case.
    const finished = { ...corpus, responses: [{ ...lead, text: `${lead.text}.` }, goesOn, whole] };
    expect(selectQuotes(finished, codings.slice(0, 1), [{ id: 'grades', label: 'Grades' }], { minCell: 0, perTheme: 1 }).themes.grades![0]!.text).toBe(goesOn.text);
  });

  it('leaves each question of a tiny survey one quote of its own, where the themes would take every answer', () => {
    // Seven students, two questions: every quotable answer to q1 also carries a theme quoted first.
    const tiny = ['t1', 't2', 't3', 't4', 't5', 't6', 't7'].map((id) => student(id, { grade: '9' }));
    const q1 = [
      answer(1, 't1', 'q1', 'I get to choose where I go, so I can catch up in math when I am behind.'),
      answer(2, 't2', 'q1', 'Choosing what I work on makes me feel trusted by my teachers every week.'),
      answer(3, 't3', 'q1', 'Flex is good'),
    ];
    const q2 = [
      answer(1, 't4', 'q2', 'More choice of where to go, not just the same three rooms every week.'),
      answer(2, 't5', 'q2', 'Let us choose flex on the first day of the week instead of the morning of.'),
      answer(3, 't6', 'q2', 'Honestly I would choose to make it every day, it is when I get help.'),
    ];
    const corpus = corpusOf([...q1, ...q2], tiny);
    // The theme has three quotable answers, and would show all three: both of q1's and one of q2's.
    const codings = [...q1.slice(0, 2), q2[1]!].map((r) => coding(r, 'choice', r.text.includes('Choosing') ? 'Choosing' : 'choose'));
    const picked = selectQuotes(corpus, codings, [{ id: 'choice', label: 'Choice' }], { minCell: 5, perTheme: 3, perQuestion: 2 });
    // Without the rule the theme took both of q1's quotable answers and q2's one that carries a theme,
    // and neither question had a quote; now each keeps one, and the theme shows the rest.
    expect(picked.themes.choice).toHaveLength(1);
    expect(picked.questions.q1).toHaveLength(1);
    expect(picked.questions.q2!.map((q) => q.responseId)).toEqual([q2[1]!.id]);
    expect(q1.map((r) => r.id)).toContain(picked.questions.q1![0]!.responseId);
    expect(picked.themes.choice!.length).toBeGreaterThan(0);
    // Still no response twice, and nothing that cannot stand alone ("Flex is good", three words).
    const all = [...picked.themes.choice!, ...Object.values(picked.questions).flat()].map((q) => q.responseId);
    expect(new Set(all).size).toBe(all.length);
    expect(all).not.toContain(q1[2]!.id);
    // A question none of whose answers can be quoted has none.
    const short = corpusOf([answer(1, 't1', 'q3', 'Flex is good'), answer(2, 't2', 'q3', 'idk'), ...q2], tiny);
    expect(selectQuotes(short, codings.slice(2), [{ id: 'choice', label: 'Choice' }], { minCell: 5 }).questions.q3).toBeUndefined();
    // A theme with nothing else leaves it too: quoted under the question, the answer is still in the report.
    const onlyOne = selectQuotes(corpusOf(q1, tiny), codings.slice(0, 1), [{ id: 'choice', label: 'Choice' }], { minCell: 5 });
    expect(onlyOne.themes.choice).toBeUndefined();
    expect(onlyOne.questions.q1!.map((q) => q.responseId)).toEqual([q1[0]!.id]);
  });

  it('prefers, at equal merit, a quote that stands alone to one opening mid-thought, without editing its words', () => {
    const group = ['m1', 'm2', 'm3'].map((id) => student(id));
    const standsAlone = answer(1, 'm1', 'q1', 'There are too many tests in the same week and it makes me stressed.');
    for (const opener of ['And', 'But', 'Also', 'So', 'and', 'Same,', 'Yeah,', 'Mine too,']) {
      const midThought = answer(0, 'm2', 'q1', `${opener} there are too many tests in the same week and it makes me stressed.`);
      const corpus = asReflections(corpusOf([midThought, standsAlone], group));
      const codings = [midThought, standsAlone].map((r) => coding(r, 'stress', 'stressed'));
      const one = selectQuotes(corpus, codings, [{ id: 'stress', label: 'Stress' }], { minCell: 0, perTheme: 1 });
      expect(one.themes.stress!.map((q) => q.responseId)).toEqual([standsAlone.id]);
      // The only quote of its theme is still quoted, word for word ("And" kept, no "…" added).
      const alone = selectQuotes(asReflections(corpusOf([midThought], group)), codings.slice(0, 1), [{ id: 'stress', label: 'Stress' }], { minCell: 0 });
      expect(alone.themes.stress![0]!.text).toBe(midThought.text);
    }
    // "Sooo", "Andrea", "Orange" and "so-called" open no thought of someone else's: at equal merit (two
    // texts, each as central as the other) the first by id is quoted, as without the rule.
    for (const opener of ['Sooo', 'Andrea says', 'Orange day and', 'The so-called']) {
      const first = answer(0, 'm2', 'q1', `${opener} there are too many tests in the same week and it makes me stressed.`);
      const codings = [first, standsAlone].map((r) => coding(r, 'stress', 'stressed'));
      const one = selectQuotes(asReflections(corpusOf([first, standsAlone], group)), codings, [{ id: 'stress', label: 'Stress' }], { minCell: 0, perTheme: 1 });
      expect(one.themes.stress!.map((q) => q.responseId)).toEqual([first.id]);
    }
  });

  it('is deterministic', () => {
    const corpus = corpusOf([...onTopic, offTopic], people);
    const codings = [...onTopic, offTopic].map((r) => coding(r, 'time', 'time'));
    const a = selectQuotes(corpus, codings, [{ id: 'time', label: 'Time' }], { minCell: 0 });
    const b = selectQuotes(corpus, [...codings].reverse(), [{ id: 'time', label: 'Time' }], { minCell: 0 });
    expect(a).toEqual(b);
  });
});

describe('trimQuote', () => {
  const long =
    'I came to this school in grade nine and did not know anyone at all. The first year was hard and I mostly kept to myself. ' +
    'What changed things was a teacher who checked in with me every single week and asked how I was really doing. ' +
    'She noticed when I was falling behind and helped me make a plan. Later I joined the leadership class and started running events. ' +
    'Now I help the new grade nines find their way around, because someone did that for me once.';

  it('keeps short texts whole, collapsing whitespace and wrapping quotes', () => {
    expect(trimQuote('  "Teachers who   care make\nall the difference."  ')).toBe('Teachers who care make all the difference.');
  });

  it('trims long texts at sentence boundaries around the focus, with ellipses', () => {
    const focus = long.indexOf('teacher who checked');
    expect(trimQuote(long, focus)).toBe(
      '… What changed things was a teacher who checked in with me every single week and asked how I was really doing. ' +
        'She noticed when I was falling behind and helped me make a plan. …',
    );
  });

  it('starts without an ellipsis when the window reaches the first sentence', () => {
    expect(trimQuote(long, 0)).toBe(
      'I came to this school in grade nine and did not know anyone at all. The first year was hard and I mostly kept to myself. ' +
        'What changed things was a teacher who checked in with me every single week and asked how I was really doing. …',
    );
  });

  it('leaves out a sentence at either end that is only a placeholder, marking the cut', () => {
    // a focus-group answer to "Who helps you most?", from the sample conference
    const turn = "[name]. She's an EA in my class. She sits with the kids who need help but she doesn't make it weird.";
    expect(trimQuote(turn, turn.indexOf('EA'))).toBe("… She's an EA in my class. She sits with the kids who need help but she doesn't make it weird.");
    expect(trimQuote('My counsellor helped me plan my courses for next year. [name], [name].', 3)).toBe('My counsellor helped me plan my courses for next year. …');
    // a placeholder inside a sentence is the student's sentence, kept whole; so is a text that is only one
    expect(trimQuote('More teachers like [name] who let you run with an idea', 30)).toBe('More teachers like [name] who let you run with an idea');
    expect(trimQuote('[name].', 0)).toBe('[name].');
    // the sentence holding the evidence stays, placeholder or not
    expect(trimQuote('[name]. She is an EA.', 0)).toBe('[name]. She is an EA.');
  });

  it("tidies a transcriber's marks: a note's time, a time alone in brackets, the slashes of overlapping talk", () => {
    expect(trimQuote('Yeah [crosstalk 00:00:30] the electives (inaudible at 1:02) are //really// good [00:12:03] honestly.')).toBe(
      'Yeah [crosstalk] the electives (inaudible) are really good honestly.',
    );
    // A link's slashes, a time in prose and a note without a time stay as written.
    expect(trimQuote('See https://example.com/a and http://b.ca at 3:30 (laughs) it was fun.')).toBe('See https://example.com/a and http://b.ca at 3:30 (laughs) it was fun.');
  });

  it('cuts an over-long single sentence at word boundaries only', () => {
    const words = Array.from({ length: 90 }, (_, i) => `word${i}`);
    const text = `${words.join(' ')}.`;
    const out = trimQuote(text, text.indexOf('word50'));
    expect(out.startsWith('… word30 ')).toBe(true);
    expect(out.endsWith('word89.')).toBe(true);
    expect(out.split(' ').filter((w) => w !== '…')).toHaveLength(60);
  });

  it('never cuts only a word or few from the start of an over-long sentence ("… is easy" for "It is easy")', () => {
    const words = ['It', 'is', 'easy', ...Array.from({ length: 80 }, (_, i) => `word${i}`)];
    const text = `${words.join(' ')}.`;
    // The focus 22 words in: a third of the window before it would start at "is".
    const out = trimQuote(text, text.indexOf('word19'));
    expect(out.startsWith('It is easy word0 ')).toBe(true);
    expect(out.endsWith(' …')).toBe(true);
    expect(out.split(' ').filter((w) => w !== '…')).toHaveLength(60);
  });
});

const SUBJECTS = ['math', 'chem', 'English', 'French', 'physics', 'socials', 'bio', 'art', 'history', 'law'];

describe('attributeQuote', () => {
  const population = [
    ...Array.from({ length: 6 }, (_, i) => student(`g10-${i}`, { grade: '10', 'school-level': 'Secondary' })),
    student('g12', { grade: '12', 'school-level': 'Secondary' }),
    ...Array.from({ length: 5 }, (_, i) => student(`tr-${i}`, { grade: '11', 'school-level': 'Secondary', program: 'Youth TRAIN in Trades' })),
    ...Array.from({ length: 2 }, (_, i) => student(`alt-${i}`, { grade: '10', 'school-level': 'Alternate' })),
    ...Array.from({ length: 5 }, (_, i) => student(`mid-${i}`, { grade: '7', 'school-level': 'Middle' })),
    // Five who gave no grade: with the grade-12 student, six are signed "A student" alone.
    ...Array.from({ length: 5 }, (_, i) => student(`none-${i}`, { 'school-level': 'Secondary' })),
    { id: 'fac', role: 'facilitator' as const, name: 'Ms. Lee', attributes: { grade: '12' }, sources: [] },
  ];
  const p = (id: string) => population.find((x) => x.id === id);

  it('names a grade only when at least minCell students share it', () => {
    expect(attributeQuote(p('g10-0'), population, 5)).toBe('A student, grade 10');
    expect(attributeQuote(p('g12'), population, 5)).toBe('A student');
    expect(attributeQuote(p('g12'), population, 1)).toBe('A student, grade 12');
  });

  it('prefers a distinctive program or school level', () => {
    expect(attributeQuote(p('tr-0'), population, 5)).toBe('A trades program student');
    expect(attributeQuote(p('mid-0'), population, 5)).toBe('A middle school student');
  });

  it('falls back from a rare school level to the grade', () => {
    // Two alternate students are fewer than minCell: their grade (shared by 8) is used instead.
    expect(attributeQuote(p('alt-0'), population, 5)).toBe('A student, grade 10');
    expect(attributeQuote(p('alt-0'), population, 2)).toBe('A student in an alternate program');
  });

  it('does not call a majority school level distinctive', () => {
    expect(attributeQuote(p('g10-1'), population, 0)).toBe('A student, grade 10');
  });

  it('never names "No" to "Are you in a specialty program?" as a program', () => {
    // A survey's program column: 6 students answered No, 12 named their program.
    const survey = [
      ...Array.from({ length: 6 }, (_, i) => student(`no-${i}`, { grade: '11', program: 'No' })),
      ...Array.from({ length: 6 }, (_, i) => student(`ib-${i}`, { grade: '11', program: 'IB' })),
      ...Array.from({ length: 6 }, (_, i) => student(`fi-${i}`, { grade: '12', program: 'French Immersion' })),
    ];
    expect(attributeQuote(survey[0], survey, 5)).toBe('A student, grade 11');
    expect(attributeQuote(survey[6], survey, 5)).toBe('A student in the IB program');
  });

  it('in a focus group, names a grade only when enough of that group share it too', () => {
    // Six grade 10 students in all, but the focus group holds one of them and four grade 11s: the
    // others in the room would know who the grade 10 was.
    const inGroup = (q: Participant, group: string): Participant => ({ ...q, sources: [...q.sources, group] });
    const grouped = population.map((q) => (q.id === 'g10-0' || q.id.startsWith('tr-') ? inGroup(q, 'fg.txt') : q));
    const g = (id: string) => grouped.find((x) => x.id === id);
    expect(attributeQuote(g('g10-0'), grouped, 5)).toBe('A student, grade 10');
    expect(attributeQuote(g('g10-0'), grouped, 5, 'fg.txt')).toBe('A student');
    // Five of the group share grade 11: named, as the trades program is first.
    expect(attributeQuote(g('tr-0'), grouped, 5, 'fg.txt')).toBe('A trades program student');
    expect(attributeQuote(g('tr-0'), grouped.map((q) => ({ ...q, attributes: { ...q.attributes, program: '' } })), 5, 'fg.txt')).toBe('A student, grade 11');
  });

  it('signs nobody by what fewer than minCell of those quoted are signed by: a lone "A student" takes in the smallest grade', () => {
    // Every student gave a grade, and grade 11 has one student: signed "A student" while all the others
    // name their grade, that quote is the grade-11 student's, whose count the tables print as "<5".
    const survey = [
      ...Array.from({ length: 9 }, (_, i) => student(`g9-${i}`, { grade: '9' })),
      ...Array.from({ length: 10 }, (_, i) => student(`g10-${i}`, { grade: '10' })),
      student('g11', { grade: '11' }),
      ...Array.from({ length: 11 }, (_, i) => student(`g12-${i}`, { grade: '12' })),
    ];
    const s = (id: string) => survey.find((x) => x.id === id);
    expect(attributeQuote(s('g11'), survey, 5)).toBe('A student');
    // Grade 9, the smallest grade named, is signed "A student" too: ten share it.
    expect(attributeQuote(s('g9-0'), survey, 5)).toBe('A student');
    expect(attributeQuote(s('g10-0'), survey, 5)).toBe('A student, grade 10');
    expect(attributeQuote(s('g12-0'), survey, 5)).toBe('A student, grade 12');
    // Four who gave no grade beside the grade-11 student are five: nobody else need give up a grade.
    const more = [...survey, ...Array.from({ length: 4 }, (_, i) => student(`none-${i}`))];
    expect(attributeQuote(s('g9-0'), more, 5)).toBe('A student, grade 9');
    expect(attributeQuote(s('g11'), more, 5)).toBe('A student');
    expect(attributeQuote(s('g9-0'), survey, 1)).toBe('A student, grade 9');
    // Of three students in all, no signature is shared by five however coarse: each stays as it was.
    const three = [student('a', { grade: '9' }), student('b', { grade: '9' }), student('c', { grade: '10' })];
    expect(three.map((q) => attributeQuote(q, three, 5))).toEqual(['A student', 'A student', 'A student']);
  });

  it('signs nobody by a grade that only the few its level does not name share', () => {
    // Grade 8 has 12 students, but the 10 at middle school are signed by it: "A student, grade 8" is one
    // of the two at a secondary school, and is signed "A student" with those who gave no grade.
    const survey = [
      ...Array.from({ length: 10 }, (_, i) => student(`mid-${i}`, { grade: '8', 'school-level': 'Middle' })),
      ...Array.from({ length: 2 }, (_, i) => student(`sec8-${i}`, { grade: '8', 'school-level': 'Secondary' })),
      ...Array.from({ length: 20 }, (_, i) => student(`sec10-${i}`, { grade: '10', 'school-level': 'Secondary' })),
      ...Array.from({ length: 5 }, (_, i) => student(`none-${i}`, { 'school-level': 'Secondary' })),
    ];
    expect(attributeQuote(survey[0], survey, 5)).toBe('A middle school student');
    expect(attributeQuote(survey[10], survey, 5)).toBe('A student');
    expect(attributeQuote(survey[12], survey, 5)).toBe('A student, grade 10');
  });

  it('counts a focus group\'s speakers under the signature their turns carry', () => {
    // Three grade-10 speakers of a focus group of grade 11s are signed "A student" there (their grade is
    // too rare in the room), and count among those signed so with the two who gave no grade.
    const inGroup = (q: Participant): Participant => ({ ...q, sources: ['fg.txt'] });
    const survey = [
      ...Array.from({ length: 8 }, (_, i) => student(`g10-${i}`, { grade: '10' })),
      ...Array.from({ length: 3 }, (_, i) => inGroup(student(`fg10-${i}`, { grade: '10' }))),
      ...Array.from({ length: 6 }, (_, i) => inGroup(student(`fg11-${i}`, { grade: '11' }))),
      ...Array.from({ length: 2 }, (_, i) => student(`none-${i}`)),
    ];
    const corpus: Corpus = {
      folder: 'f',
      sources: [
        { id: 'sheets.csv', kind: 'sheet', format: 'csv', status: 'read', attributes: {}, sheets: 10, emptySheets: 0, rowsSkipped: 0, turns: 0, responses: 10 },
        { id: 'fg.txt', kind: 'transcript', format: 'txt', status: 'read', attributes: {}, sheets: 0, emptySheets: 0, rowsSkipped: 0, turns: 9, responses: 9 },
      ],
      participants: survey,
      questions: [{ id: 'q1', text: 'What helps you learn?' }],
      responses: survey.map((q, i) => {
        const text = `The flex block lets me catch up in ${SUBJECTS[i % SUBJECTS.length]} when I fall behind, about ${i + 2} times a term.`;
        return q.sources[0] === 'fg.txt' ? { id: `fg.txt:t${i}`, sourceId: 'fg.txt', locator: `turn ${i}`, participantId: q.id, text } : answer(i + 1, q.id, 'q1', text);
      }),
      context: [],
      warnings: [],
    };
    const codings = corpus.responses.map((r) => coding(r, 'flex', 'flex'));
    const selection = selectQuotes(corpus, codings, [{ id: 'flex', label: 'Flex' }], { minCell: 5, perTheme: 30 });
    const quotes = selection.themes.flex!;
    expect(quotes.length).toBeGreaterThan(10);
    const by = new Map(corpus.responses.map((r) => [r.id, r.participantId]));
    // The sheet's two with no grade and the room's three grade 10s: five signed "A student"; the others keep their grade.
    for (const q of quotes) {
      const who = by.get(q.responseId)!;
      const expected = who.startsWith('g10') ? 'A student, grade 10' : who.startsWith('fg11') ? 'A student, grade 11' : 'A student';
      expect(q.attribution, who).toBe(expected);
    }
  });

  it('says "A student" for unknown participants and never uses a name', () => {
    expect(attributeQuote(undefined, population, 5)).toBe('A student');
    expect(attributeQuote(p('fac'), population, 0)).toBe('A student');
  });
});
