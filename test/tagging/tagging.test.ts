// Theme tagging with short inline codebooks and texts, exact expected codings and evidence.
import { describe, expect, it } from 'vitest';
import { parseCodebook, loadCodebook } from '../../src/codebook/load.js';
import { compileCodebook, type CompileOptions } from '../../src/codebook/compile.js';
import { tagResponses, tagText } from '../../src/analyses/tagging.js';
import type { Codebook, Response } from '../../src/model.js';
import { parseRegex } from '../../src/codebook/validate.js';
import { unicodeWordSource } from '../../src/codebook/unicode-regex.js';

const LEMMA: CompileOptions = { expansions: false, matcher: 'lemma' };

function book(yaml: string): Codebook {
  return parseCodebook(yaml, 'inline.yml');
}

/** Theme id → evidence texts, for one text. */
function themes(yaml: string | Codebook, text: string, options: CompileOptions = LEMMA): Record<string, string[]> {
  const compiled = compileCodebook(typeof yaml === 'string' ? book(yaml) : yaml, options);
  return Object.fromEntries(tagText(text, compiled).map((c) => [c.themeId, c.evidence.map((e) => e.text)]));
}

function evidence(yaml: string, text: string, options: CompileOptions = LEMMA) {
  return tagText(text, compileCodebook(book(yaml), options));
}

describe('words by lemma', () => {
  const yaml = 'themes:\n  - id: t\n    label: T\n    words: [timetable, stress, class]\n';

  it('matches plurals and inflections, case-insensitively', () => {
    expect(themes(yaml, 'Timetables are fine but I was STRESSED and stressing, two classes')).toEqual({ t: ['Timetables', 'STRESSED', 'stressing', 'classes'] });
  });

  it('is lemma equality, not a prefix match', () => {
    expect(themes(yaml, 'a stressful, classic, classy timetablebook')).toEqual({});
  });
});

describe('globs', () => {
  it('match the lower-cased word as written', () => {
    expect(themes("themes:\n  - id: t\n    label: T\n    globs: ['anxi*', 'wi?i']\n", 'Anxiety, anxious, nanxi, wifi and wiki')).toEqual({ t: ['Anxiety', 'anxious', 'wifi', 'wiki'] });
  });

  it('with a hyphen match the word hyphenated or written as one, as a phrase does', () => {
    const yaml = "themes:\n  - id: t\n    label: T\n    globs: ['self-pac*']\n";
    expect(themes(yaml, 'Self-paced work, selfpacing, self‑paced (a non-breaking hyphen), not selfish pace')).toEqual({ t: ['Self-paced', 'selfpacing', 'self‑paced'] });
  });
});

describe('phrases', () => {
  const yaml = 'themes:\n  - id: t\n    label: T\n    phrases: [class size, flex block, one on one]\n';

  it('match consecutive words by lemma, with hyphen or space variants', () => {
    expect(themes(yaml, 'Class sizes and flex blocks; one-on-one and one on one')).toEqual({ t: ['Class sizes', 'flex blocks', 'one-on-one', 'one on one'] });
  });

  it('do not cross a clause or sentence break', () => {
    expect(themes(yaml, 'the class, size. flex\nblock')).toEqual({});
  });

  it('of two words match them written as one, as students write fieldtrips, eachother or #mentalhealth', () => {
    const two = 'themes:\n  - id: t\n    label: T\n    phrases: [field trip, each other, mental health, one on one]\n';
    expect(themes(two, 'Fieldtrips help us know eachother. #mentalhealth')).toEqual({ t: ['Fieldtrips', 'eachother', 'mentalhealth'] });
    // only two words: a longer phrase is not run together, and the keyword baseline matches as written
    expect(themes(two, 'oneonone time')).toEqual({});
    expect(themes(two, 'fieldtrips', { expansions: false, matcher: 'keyword' })).toEqual({});
    // nor is a word that merely starts like a phrase
    expect(themes(two, 'fieldtripper eachotherly')).toEqual({});
  });

  it('of a verb and its particle match with a pronoun object between them: hand it in, freaks me out', () => {
    const verbs = 'themes:\n  - id: t\n    label: T\n    phrases: [hand in, freak out, leave out]\n    exclude: [keep it up]\n';
    expect(themes(verbs, 'I handed it in late. It freaks me out. They left us out.')).toEqual({ t: ['handed it in', 'freaks me out', 'left us out'] });
    // one pronoun, not any word, and not in a phrase whose second word is no particle
    expect(themes(verbs, 'my hand was in it, freak the whole class out')).toEqual({});
    expect(themes('themes:\n  - id: t\n    label: T\n    phrases: [class size]\n', 'class it size')).toEqual({});
    // the keyword baseline matches as written
    expect(themes(verbs, 'I handed it in', { expansions: false, matcher: 'keyword' })).toEqual({});
  });
});

describe('overlaps', () => {
  it('longest match wins within a theme', () => {
    const ev = evidence('themes:\n  - id: t\n    label: T\n    words: [flex, block]\n    phrases: [flex block]\n', 'our flex block rocks');
    expect(ev).toEqual([{ themeId: 't', evidence: [{ text: 'flex block', start: 4, end: 14, pattern: 'flex block', kind: 'phrase' }] }]);
  });

  it('longest match wins across themes: support worker hides support', () => {
    const yaml = 'themes:\n  - id: relationships\n    label: R\n    words: [support]\n  - id: support-staff\n    label: S\n    phrases: [support worker]\n';
    expect(themes(yaml, 'Support workers give support')).toEqual({ relationships: ['support'], 'support-staff': ['Support workers'] });
  });

  it('equal spans count for every theme that matches them', () => {
    const yaml = 'themes:\n  - id: a\n    label: A\n    words: [counsellor]\n  - id: b\n    label: B\n    words: [counsellor]\n';
    expect(themes(yaml, 'the counsellor')).toEqual({ a: ['counsellor'], b: ['counsellor'] });
  });

  it('exclusions hide the theme\'s own matches inside them', () => {
    const yaml = 'themes:\n  - id: leadership\n    label: L\n    words: [lead]\n    exclude: [lead to]\n';
    expect(themes(yaml, 'It leads to nothing. I lead the council and led to nowhere')).toEqual({ leadership: ['lead'] });
  });
});

describe('not_near', () => {
  it('cancels a match when a context word is in the same sentence (theme-wide or per pattern)', () => {
    const yaml = 'themes:\n  - id: t\n    label: T\n    words:\n      - block\n      - { value: help, not_near: [homework] }\n    not_near: [chess]\n';
    expect(themes(yaml, 'Block C is long. Chess blocks. Help with homework. Help me.')).toEqual({ t: ['Block', 'Help'] });
  });

  it('of several words cancels where they come together, not where one of them does', () => {
    const yaml = 'themes:\n  - id: t\n    label: T\n    words: [block]\n    not_near: [lego set, building block]\n';
    expect(themes(yaml, 'I set my block times. My lego block. A Lego sets block. Lego, set the block. The building block.')).toEqual({ t: ['block', 'block', 'block'] });
  });
});

describe('negation and hypotheticals', () => {
  const yaml = 'themes:\n  - id: stress\n    label: S\n    words: [stress]\n  - id: money\n    label: M\n    words: [money]\n    count_negated: false\n  - id: size\n    label: Z\n    phrases: [small class]\n';
  // Each mention's words, and whether it is negated and whether hypothetical.
  const flags = (text: string) => evidence(yaml, text).flatMap((c) => c.evidence.map((e) => [e.text, e.negated ?? false, e.hypothetical ?? false]));

  it('flags negated mentions (a few words before, same clause)', () => {
    const ev = evidence(yaml, "I'm not stressed. We never have enough money. Not sure, but stress is big.");
    expect(ev).toEqual([
      {
        themeId: 'stress',
        evidence: [
          { text: 'stressed', start: 8, end: 16, pattern: 'stress', kind: 'word', negated: true },
          { text: 'stress', start: 60, end: 66, pattern: 'stress', kind: 'word' },
        ],
      },
    ]);
  });

  it('does not reach past a reason: "because", "cuz", "since" start a clause of their own', () => {
    expect(flags("I couldn't focus because of stress")).toEqual([['stress', false, false]]);
    expect(flags("we can't go cuz money is tight")).toEqual([['money', false, false]]);
    expect(flags("I haven't slept since stress started")).toEqual([['stress', false, false]]);
    expect(flags('I wish I could sleep because stress keeps me up')).toEqual([['stress', false, false]]);
    // Within its own clause a cue still reaches.
    expect(flags('It was not stress')).toEqual([['stress', true, false]]);
  });

  it('reads what follows an "even if" clause as said, and what is inside it as supposed', () => {
    expect(flags('Even if I sleep well, the stress is still there')).toEqual([['stress', false, false]]);
    expect(flags('Even if the stress went away, I would still be tired')).toEqual([['stress', false, true]]);
    expect(flags('If I had less homework, the stress would go away')).toEqual([['stress', false, true]]);
  });

  it('ends an "even if" clause written without a comma where the main clause\'s subject starts it', () => {
    expect(flags('Even if I sleep well I still have stress')).toEqual([['stress', false, false]]);
    expect(flags('Even if the teachers help they never fix the stress')).toEqual([['stress', true, false]]);
    expect(flags("even if I'm rested I'm stressed")).toEqual([['stressed', false, false]]);
    // Inside the clause: before the main clause's subject, or a pronoun joined to the clause before it.
    expect(flags("Even if I'm stressed I'm fine")).toEqual([['stressed', false, true]]);
    expect(flags('Even if I know what I want the stress stays')).toEqual([['stress', false, true]]);
    expect(flags('Even if you tell them that we have stress')).toEqual([['stress', false, true]]);
    // What is said or thought, without "that": after a reporting verb, or after one and its object.
    expect(flags('Even if you tell them we have stress')).toEqual([['stress', false, true]]);
    expect(flags('Even if the counsellor says we have stress')).toEqual([['stress', false, true]]);
    expect(flags('Even if I think I have stress')).toEqual([['stress', false, true]]);
    // A pronoun after any other word still starts the main clause.
    expect(flags('Even if I tell them everything I still have stress')).toEqual([['stress', false, false]]);
    // Only after "even if": a plain "if" supposes to the end of its clause.
    expect(flags('If I sleep well I have less stress')).toEqual([['stress', false, true]]);
  });

  it('does not code a count_negated: false theme on negated mentions alone', () => {
    expect(themes(yaml, "we don't have money")).toEqual({});
    expect(themes(yaml, "we don't have money. Money matters")).toEqual({ money: ['money', 'Money'] });
    expect(themes(yaml, 'without stress')).toEqual({ stress: ['stress'] });
  });

  it('flags hypothetical mentions (if/wish before, modal after)', () => {
    const ev = evidence(yaml, 'If we had smaller classes it would help. Smaller classes would be nice. I wish I had money. Small classes are great.');
    expect(ev.map((c) => [c.themeId, c.evidence.map((e) => [e.text, e.hypothetical ?? false])])).toEqual([
      ['money', [['money', true]]],
      [
        'size',
        [
          ['smaller classes', true],
          ['Smaller classes', true],
          ['Small classes', false],
        ],
      ],
    ]);
  });
});

describe('negation cues as students write them', () => {
  const yaml =
    'themes:\n  - id: stress\n    label: S\n    words: [stress, anxiety]\n  - id: money\n    label: M\n    words: [money, laptop, test, choice]\n    phrases: [field trip]\n  - id: flex\n    label: F\n    words: [flex]\n    phrases: [small class, later start]\n';
  const flags = (text: string) =>
    evidence(yaml, text).flatMap((c) => c.evidence.map((e) => [e.text, (e.negated ? 'negated' : '') + (e.hypothetical ? ' hypothetical' : '')]));

  it('reads contractions typed without the apostrophe as negations', () => {
    expect(flags('i dont have a laptop at home')).toEqual([['laptop', 'negated']]);
    expect(flags('Some people dont have money for field trips')).toEqual([
      ['money', 'negated'],
      ['field trips', 'negated'],
    ]);
    expect(flags('we cant afford it and i wasnt stressed')).toEqual([['stressed', 'negated']]);
  });

  it('does not read an intensifier, a double negative or a main clause after "without" as denying the mention', () => {
    expect(flags("I couldn't be more stressed")).toEqual([['stressed', '']]);
    expect(flags("It can't be any more stressful")).toEqual(flags('It is stressful'));
    expect(flags('I was never not stressed')).toEqual([['stressed', '']]);
    expect(flags('Without breaks I get stressed')).toEqual([['stressed', '']]);
    // still denials
    expect(flags('without feeling stressed')).toEqual([['stressed', 'negated']]);
    expect(flags("I'm not stressed")).toEqual([['stressed', 'negated']]);
    expect(flags('I do not get stressed about it')).toEqual([['stressed', 'negated']]);
  });

  it('does not read "not only", "not just", "not to mention" or "whether or not" as denying what follows', () => {
    expect(flags('Not only the money but also the stress of tests')).toEqual([
      ['stress', ''],
      ['money', ''],
      ['tests', ''],
    ]);
    expect(flags("It's not just the money, it's the time")).toEqual([['money', '']]);
    expect(flags("It isn't only about money")).toEqual([['money', '']]);
    expect(flags("I'm not just stressed, I'm exhausted")).toEqual([['stressed', '']]);
    expect(flags('the workload, not to mention the stress')).toEqual([['stress', '']]);
    expect(flags('Whether or not we have flex, we get tests')).toEqual([
      ['tests', ''],
      ['flex', ''],
    ]);
    expect(flags("There's no doubt that tests stress me out")).toEqual([
      ['stress', ''],
      ['tests', ''],
    ]);
  });

  it('still reads a plain denial, and "can\'t just" or "don\'t just", as negation', () => {
    expect(flags("It's not the money")).toEqual([['money', 'negated']]);
    expect(flags("You can't just pick a choice")).toEqual([['choice', 'negated']]);
    expect(flags("No, I don't feel stressed")).toEqual([['stressed', 'negated']]);
    expect(flags('no longer stressed')).toEqual([['stressed', 'negated']]);
  });

  it('so a count_negated: false theme still codes "not only" and "not just" mentions, and not "dont" ones', () => {
    const strict = yaml.replace('label: M\n', 'label: M\n    count_negated: false\n');
    expect(themes(strict, 'Not only the money but also the stress')).toEqual({ stress: ['stress'], money: ['money'] });
    expect(themes(strict, 'we dont have money')).toEqual({});
  });

  it('reads a negated would or should as hypothetical too, before or after the mention', () => {
    expect(flags("I wouldn't be so stressed if I had a tutor")).toEqual([['stressed', 'negated hypothetical']]);
    expect(flags('i wouldnt be stressed')).toEqual([['stressed', 'negated hypothetical']]);
    expect(flags("We shouldn't have tests on Mondays")).toEqual([['tests', 'negated hypothetical']]);
    expect(flags("Smaller classes wouldn't fix everything")).toEqual([['Smaller classes', ' hypothetical']]);
    // what happened: "couldn't" is mostly past, not a wish
    expect(flags("I couldn't afford the field trip")).toEqual([['field trip', 'negated']]);
  });

  it('reads "could not" as "couldn\'t", and a hedging "I\'d say" as stating what follows', () => {
    expect(flags('I could not afford the field trip')).toEqual([['field trip', 'negated']]);
    expect(flags('we could never get a choice')).toEqual([['choice', 'negated']]);
    expect(flags('The stress could not be worse')).toEqual([['stress', '']]);
    expect(flags('I’d say stress is the biggest thing')).toEqual([['stress', '']]);
    expect(flags('I would think a later start helps')).toEqual([['later start', '']]);
    // a condition or a wish before them still supposes; "could" and "I'd" alone still do
    expect(flags('If I could not afford the field trip')).toEqual([['field trip', 'negated hypothetical']]);
    expect(flags('I wish I could say the stress is gone')).toEqual([['stress', ' hypothetical']]);
    expect(flags("we could have flex. I'd love more choice")).toEqual([
      ['choice', ' hypothetical'],
      ['flex', ' hypothetical'],
    ]);
  });

  it('keeps a cue\'s reach past a title\'s full stop: "If Mr. Boyd gave fewer tests"', () => {
    expect(flags('If Mr. Boyd gave me a choice')).toEqual([['choice', ' hypothetical']]);
    expect(flags("We never had Dr. Lee's laptop")).toEqual([['laptop', 'negated']]);
  });

  it('reads a negation in what a denied belief reports as cancelling it: "I don\'t think it\'s not fair"', () => {
    expect(flags("I don't think it isn't stress")).toEqual([['stress', '']]);
    expect(flags("I don't think there's no money")).toEqual([['money', '']]);
    expect(flags("I don't believe that the flex is not useful")).toEqual([['flex', 'negated']]);
    expect(flags("I don't think that the later start is not fair")).toEqual([['later start', 'negated']]);
    // a belief denied alone still denies; a denial of something else does not cancel
    expect(flags("I don't think stress helps")).toEqual([['stress', 'negated']]);
    expect(flags("I don't have it, there's no money")).toEqual([['money', 'negated']]);
    expect(flags("I don't get to choose and it's not money")).toEqual([['money', 'negated']]);
  });

  it('reads a denied liking as said of its object, not as denying it: "I don\'t like tests"', () => {
    expect(flags("I don't like tests")).toEqual([['tests', '']]);
    expect(flags('i dont really like field trips')).toEqual([['field trips', '']]);
    expect(flags('I never enjoyed the flex')).toEqual([['flex', '']]);
    expect(flags('No one likes tests')).toEqual([['tests', '']]);
    expect(flags('Nobody likes stress')).toEqual([['stress', '']]);
    expect(flags("I can't stand tests")).toEqual([['tests', '']]);
    expect(flags('I do not mind the later start')).toEqual([['later start', '']]);
    expect(flags("I don't care about money")).toEqual([['money', '']]);
    expect(flags("I'm not a fan of flex")).toEqual([['flex', '']]);
    // what one did not know, realise or understand is still there: "I didn't know there was flex"
    expect(flags("I didn't know there was flex")).toEqual([['flex', '']]);
    expect(flags("I never realized how much stress")).toEqual([['stress', '']]);
    expect(flags("i dont understand the tests")).toEqual([['tests', '']]);
    expect(flags("honestly i'm no big fan of tests")).toEqual([['tests', '']]);
    // a negated be before "like" compares ("it's not like tests matter" denies that they do), a liking after
    // the mention is not between them, and other verbs still deny
    expect(flags("It's not like tests matter")).toEqual([['tests', 'negated']]);
    expect(flags("I don't have a laptop I like")).toEqual([['laptop', 'negated']]);
    expect(flags("I don't feel stressed")).toEqual([['stressed', 'negated']]);
    expect(flags("I can't get a choice")).toEqual([['choice', 'negated']]);
  });
});

describe('questions put inside a sentence', () => {
  const yaml = 'themes:\n  - id: t\n    label: T\n    words: [exam, timetable, counsellor, choice]\n';
  const flags = (text: string) => evidence(yaml, text).flatMap((c) => c.evidence.map((e) => [e.text, (e.negated ? 'negated' : '') + (e.hypothetical ? ' hypothetical' : '')]));

  it('do not make a mention hypothetical when if means whether', () => {
    expect(flags('I don’t know if I’ll pass my exams')).toEqual([['exams', '']]);
    expect(flags('idk if counsellors can help')).toEqual([['counsellors', '']]);
    expect(flags("We'll see if we get more choice")).toEqual([['choice', '']]);
    // a real condition, and a modal inside the question, still do
    expect(flags('If the timetable changed I would be happy')).toEqual([['timetable', ' hypothetical']]);
    expect(flags('I asked if I could take the exam later')).toEqual([['exam', ' hypothetical']]);
  });

  it('keep a negation outside them: not sure if, not sure whether', () => {
    expect(flags("I'm not sure if the timetable helps")).toEqual([['timetable', '']]);
    expect(flags('Not sure whether the counsellor can help')).toEqual([['counsellor', '']]);
    expect(flags("I'm not sure the timetable helps")).toEqual([['timetable', 'negated']]);
  });
});

describe('accents and apostrophes as texts are typed', () => {
  const yaml = "themes:\n  - id: t\n    label: T\n    words: [métis, resume, laptop]\n    phrases: [kid who can't afford]\n    globs: ['caf*']\n";
  // "Métis" with its accent as a letter and a combining acute (NFD), as macOS and PDF copies give it
  const decomposed = 'Our Me\u0301tis elder and my re\u0301sume\u0301 😊 at the cafe\u0301';

  it('match a pattern with or without accents, composed or decomposed, with offsets in code points of the text as written', () => {
    const ev = evidence(yaml, decomposed);
    expect(ev[0]!.evidence.map((e) => [e.text, e.start, e.end, e.pattern])).toEqual([
      ['Me\u0301tis', 4, 10, 'métis'],
      ['re\u0301sume\u0301', 24, 32, 'resume'],
      ['cafe\u0301', 42, 47, 'caf*'],
    ]);
    for (const e of ev[0]!.evidence) expect([...decomposed].slice(e.start, e.end).join('')).toBe(e.text);
    expect(themes(yaml, 'Our Metis elder, my RÉSUMÉ')).toEqual({ t: ['Metis', 'RÉSUMÉ'] });
  });

  it('read ‘ and ´ typed inside a word as an apostrophe', () => {
    expect(themes(yaml, 'Some kids who can´t afford it')).toEqual({ t: ['kids who can´t afford'] });
    expect(evidence(yaml, 'I don‘t have a laptop')[0]!.evidence[0]).toMatchObject({ text: 'laptop', negated: true });
    expect(evidence(yaml, 'I don´t have a laptop')[0]!.evidence[0]).toMatchObject({ text: 'laptop', negated: true });
  });

  it('read a French or Italian word past the article or pronoun written onto it: l’école, d’aide, dell’ansia', () => {
    const fr = "themes:\n  - id: t\n    label: T\n    words: [anxiété, école, ansia]\n    phrases: [emploi du temps]\n    globs: ['aid*']\n";
    expect(themes(fr, "L'anxiété me bloque; j’ai besoin d'aide à L’ÉCOLE. L'emploi du temps, dell'ansia")).toEqual({
      t: ["L'anxiété", "d'aide", 'L’ÉCOLE', "L'emploi du temps", "dell'ansia"],
    });
    // an English word with an apostrophe in it is no elision
    expect(themes(fr, "an o'ecole, can'aide")).toEqual({});
  });

  it('the keyword baseline matches as written, however the accent is typed, but not without it', () => {
    const keyword: CompileOptions = { expansions: false, matcher: 'keyword' };
    expect(themes(yaml, 'Our Me\u0301tis and Métis, not Metis', keyword)).toEqual({ t: ['Me\u0301tis', 'Métis'] });
  });
});

describe('offsets and regexes', () => {
  it('gives evidence offsets in code points, after emoji', () => {
    const ev = evidence('themes:\n  - id: t\n    label: T\n    words: [wifi]\n', 'The 😭 wifi 😭😭 WIFI');
    expect(ev[0].evidence.map((e) => [e.text, e.start, e.end])).toEqual([
      ['wifi', 6, 10],
      ['WIFI', 14, 18],
    ]);
  });

  it('matches regexes over the original text, case-insensitively, with code point offsets', () => {
    const yaml = "themes:\n  - id: size\n    label: S\n    regex: ['/\\bclass of \\d+/', '[2-9]\\d kids']\n";
    expect(evidence(yaml, '📚 A CLASS OF 31, and 32 kids')).toEqual([
      {
        themeId: 'size',
        evidence: [
          { text: 'CLASS OF 31', start: 4, end: 15, pattern: '/\\bclass of \\d+/', kind: 'regex' },
          { text: '32 kids', start: 21, end: 28, pattern: '[2-9]\\d kids', kind: 'regex' },
        ],
      },
    ]);
  });

  it('reads \\b and \\w in a regex as words with accented letters or in other scripts: café, école, not the pas of pasé', () => {
    const yaml = String.raw`themes:
  - id: t
    label: T
    regex: ['/\bcafé\b/', '/\bécole\w*/', '/\bpas\b/', '/[\w\-]+ée\B/', '/\bdon\''t\b/']
`;
    expect(themes(yaml, 'Au café, pasé, pas du tout. École, écoles; bien-aimées. Don\'t')).toEqual({ t: ['café', 'pas', 'École', 'écoles', 'bien-aimée', "Don't"] });
    // and the letters of other scripts written between spaces: Cyrillic, Gurmukhi (with its vowel signs)
    const scripts = String.raw`themes:
  - id: t
    label: T
    regex: ['/\bшкола\b/', '/\bਸਕੂਲ\b/']
`;
    expect(themes(scripts, 'моя школа, школах; ਮੇਰਾ ਸਕੂਲ ਵਧੀਆ, ਸਕੂਲਾਂ')).toEqual({ t: ['школа', 'ਸਕੂਲ'] });
    // on ASCII text \\b is what it always was
    expect(themes(yaml, 'cafe pas-de-deux')).toEqual({ t: ['pas'] });
    // brackets keep their meaning ([\\b] a backspace, [^] any character), and a regex keeps its own flags
    expect(unicodeWordSource(String.raw`[\b][^]\w`)).toMatch(/^\[\\b\]\[\^\]\[A-Za-z0-9_\\u00C0-/);
    const lone = parseRegex(String.raw`/\bé{/`);
    expect('regex' in lone && lone.unicode?.flags).toBe('gi');
    expect('regex' in lone && lone.unicode?.test('un é{')).toBe(true);
  });
});

describe('parent roll-up and order', () => {
  const yaml =
    'themes:\n  - id: wellbeing\n    label: W\n    words: [wellbeing]\n  - id: stress\n    label: S\n    parent: wellbeing\n    words: [stress]\n' +
    '  - id: panic\n    label: P\n    parent: stress\n    words: [panic]\n  - id: money\n    label: M\n    words: [money]\n';

  it('gives ancestors the children’s evidence, in codebook order, sorted by position', () => {
    const responses: Response[] = [
      { id: 'r1', sourceId: 's', locator: 'row 1', participantId: 'p1', text: 'Money and panic' },
      { id: 'r2', sourceId: 's', locator: 'row 2', participantId: 'p2', text: 'nothing' },
      { id: 'r3', sourceId: 's', locator: 'row 3', participantId: 'p3', text: 'stress, wellbeing' },
    ];
    const codings = tagResponses(responses, compileCodebook(book(yaml), LEMMA));
    expect(codings.map((c) => [c.responseId, c.themeId, c.evidence.map((e) => e.text)])).toEqual([
      ['r1', 'wellbeing', ['panic']],
      ['r1', 'stress', ['panic']],
      ['r1', 'panic', ['panic']],
      ['r1', 'money', ['Money']],
      ['r3', 'wellbeing', ['stress', 'wellbeing']],
      ['r3', 'stress', ['stress']],
    ]);
  });
});

describe('a response of thousands of matches (a one-line file of many answers)', () => {
  const yaml =
    'themes:\n  - id: wellbeing\n    label: W\n    words: [wellbeing]\n  - id: stress\n    label: S\n    parent: wellbeing\n    words: [stress, test]\n    exclude: [stress test]\n' +
    '  - id: support\n    label: Su\n    words: [support]\n    phrases: [support worker]\n  - id: staff\n    label: St\n    phrases: [support worker]\n  - id: time\n    label: T\n    phrases: [flex block]\n    words: [block]\n';
  const sentence = 'A stress test, then stress and wellbeing; the support worker and support in the flex block. ';

  it('is tagged as its sentences are, one by one: exclusions, longest match and roll-up alike', () => {
    const compiled = compileCodebook(book(yaml), LEMMA);
    const one = tagText(sentence, compiled);
    const times = 400;
    const many = tagText(sentence.repeat(times), compiled);
    // Each piece of evidence of the one sentence, at each of its places in the long text.
    const expected = one.map((c) => ({
      themeId: c.themeId,
      evidence: Array.from({ length: times }, (_, i) => c.evidence.map((e) => ({ ...e, start: e.start + i * sentence.length, end: e.end + i * sentence.length }))).flat(),
    }));
    expect(one.map((c) => [c.themeId, c.evidence.map((e) => e.text)])).toEqual([
      ['wellbeing', ['stress', 'wellbeing']],
      ['stress', ['stress']],
      ['support', ['support worker', 'support']],
      ['staff', ['support worker']],
      ['time', ['flex block']],
    ]);
    expect(many.map(({ themeId, evidence }) => ({ themeId, evidence }))).toEqual(expected);
  });
});

describe('the keyword baseline', () => {
  const yaml =
    "themes:\n  - id: t\n    label: T\n    words: [timetable, Stress]\n    globs: ['anxi*']\n    phrases: [flex block]\n    regex: ['/block [a-h]/']\n    exclude: [stress test]\n";
  const KEYWORD: CompileOptions = { expansions: true, matcher: 'keyword' };

  it('matches words and phrases literally: whole words, case-insensitive, no lemmas, globs, regexes or exclusions', () => {
    expect(themes(yaml, 'TIMETABLE, timetables, stressed, stress test, anxiety, Flex Block, flex blocks, block C', KEYWORD)).toEqual({ t: ['TIMETABLE', 'stress', 'Flex Block'] });
  });

  it('adds no expansions', () => {
    const compiled = compileCodebook(book(yaml), KEYWORD);
    expect(compiled.themes[0].patterns.map((p) => p.value)).toEqual(['timetable', 'Stress', 'flex block']);
  });

  it('matches a glob without a wildcard as the literal word it is, where the lemma matcher leaves out its other forms', () => {
    const literal = 'themes:\n  - id: t\n    label: T\n    globs: [resume, \'anxi*\']\n';
    expect(themes(literal, 'my resume, resumes, anxiety', KEYWORD)).toEqual({ t: ['resume'] });
    expect(themes(literal, 'my resume, school resumed, resuming, anxiety')).toEqual({ t: ['resume', 'anxiety'] });
  });
});

describe('expansions', () => {
  const yaml = 'themes:\n  - id: timetables\n    label: T\n    words: [timetables]\n';

  it('add synonyms of the codebook’s own words, marked in the evidence with the word they came from', () => {
    const ev = evidence(yaml, 'My schedule is a mess', { expansions: true, matcher: 'lemma' });
    expect(ev).toEqual([{ themeId: 'timetables', evidence: [{ text: 'schedule', start: 3, end: 11, pattern: 'schedule', kind: 'word', expansion: 'synonym', expandedFrom: 'timetables' }] }]);
    const compiled = compileCodebook(book(yaml), { expansions: true, matcher: 'lemma' });
    expect(compiled.themes[0].patterns.find((p) => p.value === 'schedule')).toEqual({ kind: 'word', value: 'schedule', expansion: 'synonym', expandedFrom: 'timetables' });
  });

  it('are off with expansions: false', () => {
    expect(themes(yaml, 'My schedule is a mess')).toEqual({});
  });
});

describe('the default codebook', () => {
  /** Tags a text with the default codebook (expansions on, lemmas) and gives its theme ids. */
  const defaultThemeIds = async (): Promise<(text: string) => string[]> => {
    const compiled = compileCodebook(await loadCodebook(), { expansions: true, matcher: 'lemma' });
    return (text) => tagText(text, compiled).map((c) => c.themeId);
  };

  it('reaches themes through everyday words', async () => {
    const ids = await defaultThemeIds();
    expect(ids('I freeze up before tests')).toEqual(['mental-health', 'grades']);
    expect(ids('my schedule is packed')).toEqual(['timetables']);
    expect(ids('Support workers made all the difference')).toEqual(['support-staff']);
    expect(ids('I was in grade 10 when it happened')).toEqual([]);
    expect(ids('my grades dropped')).toEqual(['grades']);
    expect(ids('we dont have wifi at home')).toEqual(['technology']);
    expect(ids('My English class has 31 people')).toEqual(['class-size']);
  });

  it('does not read being picked up as a choice, but still reads picking courses as one', async () => {
    const ids = await defaultThemeIds();
    expect(ids('my uncle picks me up after school')).toEqual(['home-life']);
    expect(ids('my mom picked us up late')).toEqual(['home-life']);
    expect(ids('they let us pick which elective')).toEqual(['choice']);
  });

  it('does not read a science fair as fairness, a math lesson as an interest, a street party as the timetable, or blood pressure as stress', async () => {
    const ids = await defaultThemeIds();
    expect(ids('The science fair was the best part of the year')).toEqual([]);
    expect(ids('we spent a fair amount of time on the career fair')).toEqual(['real-world']);
    expect(ids('We learned compound interest in math')).toEqual([]);
    expect(ids('We had a block party on my street')).toEqual([]);
    expect(ids('I live a few blocks away from school')).toEqual([]);
    expect(ids('I sit with my grandma because of her blood pressure')).toEqual([]);
    // … while the words still count where they mean the theme
    expect(ids('It is not fair that some kids have laptops')).toEqual(['technology', 'equity-diversity']);
    expect(ids('My interest is in coding')).toEqual(['passion-purpose']);
    expect(ids('Flex block is the best part of the week')).toEqual(['timetables']);
    expect(ids('The pressure before exams is too much')).toEqual(['mental-health', 'grades']);
  });

  it('does not read being picked on as a choice, the last of something as a final exam, or "native to" as Indigenous', async () => {
    const ids = await defaultThemeIds();
    expect(ids('some kids always pick on me at lunch')).toEqual([]);
    expect(ids('in my final year the final bell felt different')).toEqual(['timetables']);
    expect(ids('students should have the final say')).toEqual([]);
    expect(ids('that plant is native to the valley')).toEqual([]);
    // … while finals, picking courses and Native students still count
    expect(ids('finals week was brutal')).toEqual(['grades']);
    expect(ids('we get to pick our own courses')).toEqual(['choice']);
    expect(ids('more Native students in leadership')).toEqual(['leadership', 'equity-diversity']);
  });

  it('does not read a cut hand as a budget cut, a hand in a place as handing work in, or "you\'re welcome" as belonging', async () => {
    const ids = await defaultThemeIds();
    expect(ids('I cut my finger in shop class')).toEqual(['project-learning']);
    expect(ids('I always cut class on fridays')).toEqual([]);
    expect(ids('I raised my hand in math and nobody came')).toEqual([]);
    expect(ids('we work hand in hand with the counsellor')).toEqual(['support-staff']);
    expect(ids("I said thanks and she said you're welcome")).toEqual([]);
    expect(ids("you're welcome to come to flex block")).toEqual(['timetables']);
    // … while budget cuts, handing in work and being welcome here still count
    expect(ids('they cut the music program')).toEqual(['funding']);
    expect(ids('we have to hand in everything on paper')).toEqual(['pace']);
    expect(ids("you're welcome here no matter what")).toEqual(['community-belonging']);
    // a welcome day or week is an event's name; being welcomed back still belongs
    expect(ids('we plan spirit week and the grade 9 welcome day')).toEqual([]);
    expect(ids('Welcome Week was mostly a barbecue')).toEqual([]);
    expect(ids('they always welcome you back even if you missed a month')).toEqual(['community-belonging']);
  });

  it('does not read an idiom of "respect", "bell" or "dream" as its theme, while the theme\'s own sense still codes', async () => {
    const ids = await defaultThemeIds();
    // "with respect to" is "about", "in that respect" is "in that way"; one pays respects to the dead
    expect(ids("With respect to homework, I think it's too much")).toEqual([]);
    expect(ids('In that respect the school is good')).toEqual([]);
    expect(ids('The mentor teacher is the advocate for students in every respect')).toEqual(['relationships']);
    expect(ids('With all due respect, the teachers do not listen')).toEqual([]);
    expect(ids('We went to pay our respects')).toEqual([]);
    expect(ids('I get respect from teachers')).toEqual(['community-belonging']);
    expect(ids('kids here respect each other')).toEqual(['community-belonging']);
    // a name that rings a bell is familiar, a pepper or Taco Bell is lunch; Bell Let's Talk is mental health
    expect(ids('That name rings a bell')).toEqual([]);
    expect(ids("That doesn't ring a bell")).toEqual([]);
    expect(ids('we went to Taco Bell at lunch')).toEqual([]);
    expect(ids("Bell Let's Talk day was the only time anyone talked about it")).toEqual(['mental-health']);
    expect(ids('they mark us on a bell curve')).toEqual(['grades']);
    expect(ids('the bell schedule')).toEqual(['timetables']);
    expect(ids('the bell rings at 8:30 and nobody is awake')).toEqual(['timetables']);
    // a dream in one's sleep is not one for oneself; a goal scored is not a goal set
    expect(ids('I had a dream last night that I failed')).toEqual([]);
    expect(ids('I had a weird dream')).toEqual([]);
    expect(ids('I day dream in class')).toEqual([]);
    expect(ids('I scored a goal in soccer')).toEqual([]);
    expect(ids('we scored the winning goal')).toEqual([]);
    expect(ids('My dream is to be a nurse')).toEqual(['passion-purpose']);
    expect(ids('my goal is to graduate')).toEqual(['passion-purpose']);
    expect(ids('set your own goals')).toEqual(['passion-purpose']);
  });

  it('does not read shopping, a supply teacher, an elder sister, an avid reader or classes resuming as their themes', async () => {
    const ids = await defaultThemeIds();
    expect(ids('I love shopping with my friends')).toEqual([]);
    expect(ids('we shopped for clothes')).toEqual([]);
    expect(ids('I work at a coffee shop')).toEqual([]);
    expect(ids('We had a supply teacher all week')).toEqual([]);
    expect(ids('we learned supply and demand')).toEqual([]);
    expect(ids('My elder sister helped me with math')).toEqual(['home-life']);
    expect(ids("I'm an avid reader")).toEqual([]);
    expect(ids('Classes resume after the break')).toEqual([]);
    expect(ids('School resumed after spring break')).toEqual([]);
    // … while shop class, supplies, Elders, AVID and a résumé still count
    expect(ids('shop class')).toEqual(['project-learning']);
    expect(ids('More shop time, less sitting')).toEqual(['project-learning']);
    expect(ids('Tech Ed is my favourite class')).toEqual(['project-learning']);
    expect(ids('We need more school supplies')).toEqual(['funding']);
    expect(ids('An Elder came to talk to our class')).toEqual(['equity-diversity']);
    expect(ids("I'm in AVID")).toEqual(['choice']);
    expect(ids('my résumé for a job')).toEqual(['real-world']);
    expect(ids('we wrote resumes in CLE')).toEqual(['real-world']);
  });

  it('does not read an avid fan as the AVID program, goals scored in a game as goals set, or an interesting article as an interest', async () => {
    const ids = await defaultThemeIds();
    expect(ids("I'm an avid hockey fan so I'm at the rink most nights")).toEqual([]);
    expect(ids('my brother is an avid mountain biker')).toEqual(['home-life']);
    expect(ids('I scored two goals in the playoff game')).toEqual([]);
    expect(ids('he scored his first goal on Saturday')).toEqual([]);
    expect(ids('we scored 3 goals in the second period')).toEqual([]);
    expect(ids('We read an interesting article about sleep')).toEqual(['mental-health']);
    expect(ids('It was an interesting day')).toEqual([]);
    // … while AVID, a goal set, a student's interests and being interested still count
    expect(ids('I joined AVID in grade 9 and the AVID tutors help a lot')).toEqual(['choice', 'support-staff']);
    expect(ids('my goal is to score higher on the provincial exam')).toEqual(['grades', 'passion-purpose']);
    expect(ids('set your own goals')).toEqual(['passion-purpose']);
    expect(ids('My interests are art and music')).toEqual(['passion-purpose']);
    expect(ids('I got really interested in film')).toEqual(['passion-purpose']);
  });

  it('reads a missing confidant, a teacher like a second mom, and pay from a job as their themes', async () => {
    const ids = await defaultThemeIds();
    expect(ids('I changed my mind three times and had nobody to talk it through with')).toEqual(['relationships']);
    expect(ids("there's no one to talk to when things get bad")).toEqual(['relationships']);
    expect(ids('is there anyone to talk to about switching courses')).toEqual(['relationships']);
    expect(ids('Ms. Singh is like a second mom to me')).toEqual(['relationships']);
    // a second mom is not family at home; money earned at work is a job's, not a school's funding
    expect(ids('The AVID teacher is like a second mom')).toEqual(['choice', 'relationships']);
    expect(ids('welders make good money')).toEqual(['real-world', 'apprenticeships']);
    expect(ids('I want a job that pays well')).toEqual(['real-world']);
    // … while money a school or family lacks is still funding
    expect(ids("we don't have the money for a new lab")).toEqual(['funding']);
  });

  it('does not read the last of something as a final exam, "representative of" as a role, or caring for a sibling as being cared for', async () => {
    const ids = await defaultThemeIds();
    expect(ids('Final thoughts: the kids want more say')).toEqual([]);
    expect(ids('This conference is the final one in a series')).toEqual([]);
    expect(ids('the final step is a reflection')).toEqual([]);
    expect(ids('a system that is more representative of a one-size-fits-all program')).toEqual([]);
    expect(ids('it was hard to focus when you were caring for younger siblings')).toEqual(['home-life']);
    expect(ids("I'm caring for my little brother after school")).toEqual(['home-life']);
    // … while a final exam, class representatives and feeling cared for still count
    expect(ids('I studied all week for my final')).toEqual(['grades']);
    expect(ids('our class representatives met with the principal')).toEqual(['leadership']);
    expect(ids('here I feel cared for')).toEqual(['community-belonging']);
  });

  it('reads everyone doing the same thing at the same time as pace, and a dream one wakes from as no aim', async () => {
    const ids = await defaultThemeIds();
    expect(ids("It's everyone doing the same thing at the same time, no matter if you get it")).toEqual(['pace']);
    expect(ids('we all learn at the same time in the same way')).toEqual(['pace']);
    expect(ids('I had a dream I missed the bus and then I woke up')).toEqual([]);
    expect(ids('I had a dream about the exam and woke up sweating')).toEqual(['grades']);
    // … while "at the same time" alone and a dream for oneself still read as before
    expect(ids('I work and go to school at the same time')).toEqual([]);
    expect(ids('My dream is to be a vet')).toEqual(['passion-purpose']);
  });

  it('does not read mental math, internet speed, natural selection or a vet tech through a word that names another thing', async () => {
    const ids = await defaultThemeIds();
    expect(ids('We do mental math every morning')).toEqual([]);
    expect(ids('I made a mental note')).toEqual([]);
    expect(ids('The internet speed is terrible')).toEqual(['technology']);
    expect(ids('my typing speed is slow')).toEqual([]);
    expect(ids('We learned about natural selection')).toEqual([]);
    expect(ids('I want to be a vet tech')).toEqual([]);
    expect(ids('my mom is a lab tech')).toEqual(['home-life']);
    // … while mental health, a learner's speed, a selection of courses and tech still count
    expect(ids('mental health days')).toEqual(['mental-health']);
    expect(ids('everyone learns at a different speed')).toEqual(['pace']);
    expect(ids('a good selection of electives')).toEqual(['choice']);
    expect(ids('the tech is always broken')).toEqual(['technology']);
  });

  it('reads a phrasal verb split by a pronoun, but not the other verb the same words make with "it"', async () => {
    const ids = await defaultThemeIds();
    expect(ids('I never hand it in on time')).toEqual(['pace']);
    expect(ids('the other kids left me out')).toEqual(['community-belonging']);
    expect(ids('nobody writes you off here')).toEqual(['community-belonging']);
    expect(ids('can you pick me up after school')).toEqual([]);
    // carrying on, fitting a course into a timetable, leaving a thing out of an essay
    expect(ids('good work, keep it up')).toEqual([]);
    expect(ids('I wanted art but could not fit it in')).toEqual([]);
    expect(ids('I left it out of my essay')).toEqual([]);
  });
});

describe('placeholders', () => {
  const tech = 'themes:\n  - id: technology\n    label: Technology\n    words: [phone, email, name]\n    phrases: [phone number]\n';

  it('never tags the word inside a de-identification placeholder, in either matcher', () => {
    expect(themes(tech, 'text me at [phone] or [email], ask for [name]')).toEqual({});
    expect(themes(tech, 'text me at [phone] or [email]', { expansions: false, matcher: 'keyword' })).toEqual({});
  });

  it('never lets a regex match the word inside a placeholder either', () => {
    const yaml = "themes:\n  - id: technology\n    label: Technology\n    regex: ['/phone|e-?mail/']\n";
    expect(themes(yaml, 'text me at [phone] or [email]')).toEqual({});
    expect(themes(yaml, 'my phone died')).toEqual({ technology: ['phone'] });
  });

  it('still tags the same words written out, and a phrase does not match across a placeholder', () => {
    expect(themes(tech, 'my phone died; [name] has my email')).toEqual({ technology: ['phone', 'email'] });
    expect(themes(tech, 'the [phone] number was wrong')).toEqual({});
    expect(themes(tech, '[phone] (name)')).toEqual({ technology: ['name'] });
  });
});
