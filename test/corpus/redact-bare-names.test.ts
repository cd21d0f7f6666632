// Names written bare, with no roster and no cue: a capitalised word, or one in capitals, that is a listed
// English given name (or a short form of one) and no English word is a name wherever it stands ("I agree
// with Sofia."), with a surname after it; places, schools, holidays, teams, public figures, school
// shorthand and addresses are kept, and names that are words too ("Grace", "Jordan") stay a cue's.
import { describe, expect, it } from 'vitest';
import { cuedNames, makeRedactor } from '../../src/corpus/redact.js';
import { bareNamesAsPlaces, bareNameWord, redactBareNames } from '../../src/corpus/bare-names.js';

const none = makeRedactor([]);

describe('a listed given name that is no English word, written bare', () => {
  it('is redacted wherever it stands, a sentence start and capitals included', () => {
    expect(none('I agree with Sofia.')).toBe('I agree with [name].');
    expect(none('I sit next to Emma in math.')).toBe('I sit next to [name] in math.');
    expect(none('When Noah moved schools I was sad.')).toBe('When [name] moved schools I was sad.');
    expect(none('Emma helped me a lot with the lab.')).toBe('[name] helped me a lot with the lab.');
    expect(none('SOFIA said the same thing.')).toBe('[name] said the same thing.');
    expect(none('I AGREE WITH SOFIA, TESTS ARE HARD')).toBe('I AGREE WITH [name], TESTS ARE HARD');
    // A person talked to, helped by or in whose class one is: "to", "from" and "in" name no place there.
    expect(none('I talked to Emma and got help from Sofia in Noah’s group.')).toBe('I talked to [name] and got help from [name] in [name]’s group.');
    expect(none("Sofia's idea was good")).toBe("[name]'s idea was good");
  });

  it("finds today's students' names the older lists lack, and leaves their words and a city", () => {
    expect(none('Priya helped me a lot.')).toBe('[name] helped me a lot.');
    expect(none('I think Aiden has a point, Jayden too.')).toBe('I think [name] has a point, [name] too.');
    expect(none('Kiara and Dakota were in my group.')).toBe('[name] and [name] were in my group.');
    // A name that is a word too stays a cue's; London, a city, is kept.
    expect(none('Summer was too short and River Valley is far.')).toBe('Summer was too short and River Valley is far.');
    expect(none('London is expensive.')).toBe('London is expensive.');
  });

  it('takes a surname after it, up to two, and a first name before it; pairs take the other name', () => {
    expect(none('I agree with Sofia Ruiz, she is right.')).toBe('I agree with [name], she is right.');
    expect(none('I worked with Sofia Garcia Lopez on it.')).toBe('I worked with [name] on it.');
    expect(none('I worked with Maya Chen on the poster.')).toBe('I worked with [name] on the poster.');
    expect(none('EMMA RUIZ HELPED ME')).toBe('[name] HELPED ME');
    expect(none('Sofia and Kiara helped me study.')).toBe('[name] and [name] helped me study.');
    // The surname is removed wherever else the folder writes it, as a cued name's is.
    const texts = ['Emma Ruiz sits next to me.', 'Ruiz is right about that.'];
    expect(cuedNames(texts)).toEqual(['Emma Ruiz', 'Ruiz']);
    expect(texts.map(makeRedactor([], cuedNames(texts)))).toEqual(['[name] sits next to me.', '[name] is right about that.']);
  });

  it('keeps a place after a word of place, and the folder keeps it wherever it writes it so', () => {
    for (const text of [
      'I moved to Victoria last year.',
      'We went to Kingston and drove back to Hamilton.',
      "I'm from Regina, my cousins are from Sydney.",
      'We live in Richmond, downtown Austin is far, south Burnaby is close.',
      'Our trip to Dallas, a drive to Denver and a flight to Carolina.',
      'in Alberta, in Vernon, in Nelson, in Chelsea',
      // An article before it makes a place's or a thing's word; Alberta and Burnaby name no student.
      'The Richmond campus and a Mercedes. Alberta has good schools, Burnaby too.',
    ]) {
      expect(none(text), text).toBe(text);
    }
    const trip = ['We live in Victoria now.', 'Victoria is nicer than here.'];
    expect([...bareNamesAsPlaces(trip)]).toEqual(['victoria']);
    expect(trip.map(makeRedactor([], [], { kept: bareNamesAsPlaces(trip) }))).toEqual(trip);
    // After "to" or "from" a place is kept where it stands only: "came to Sofia" may be a person.
    const moved = ['I moved to Victoria last year.', 'Victoria is nicer than here.'];
    expect([...bareNamesAsPlaces(moved)]).toEqual([]);
    expect(moved.map(makeRedactor([], [], { kept: bareNamesAsPlaces(moved) }))).toEqual(['I moved to Victoria last year.', '[name] is nicer than here.']);
    // A person next to whom one sits, or whom one comes to for help, is no place the folder writes.
    const people = ['I sit next to Emma.', 'I talked to Sofia.', "We met in Emma's class.", 'We went in the Sofia van.', 'I came to Sofia for help.', 'Sofia is the best.'];
    expect([...bareNamesAsPlaces(people)]).toEqual([]);
    expect(makeRedactor([], [], { kept: bareNamesAsPlaces(people) })(people[5]!)).toBe('[name] is the best.');
  });

  it('keeps a word of a place, a school, a street, a holiday or a team of several words', () => {
    for (const text of [
      'Burnaby North Secondary has a robotics club.',
      // A club or a program typed in lower case after it, and a continent the lists hold as a name.
      'Leo club is fun, and Asia is big.',
      'We drove to Richmond Hill on Victoria Day.',
      'The store on George Street closed.',
      'We watched the Hamilton Tiger-Cats game.',
      'My cousins live near Prince George and Prince Rupert.',
      'She goes to the University of Victoria now.',
      'I moved from Sir John A. Macdonald Secondary to Dr. Charles Best Secondary.',
    ]) {
      expect(none(text), text).toBe(text);
    }
  });

  it("keeps the words of the folder's attribute values and questions the caller gives", () => {
    const kept = new Set(['hamilton', 'collegiate', 'sofia']);
    expect(redactBareNames('Hamilton is a good school.', kept)).toBe('Hamilton is a good school.');
    expect(makeRedactor([], [], { kept })('Hamilton is a good school, ask Emma.')).toBe('Hamilton is a good school, ask [name].');
  });

  it('keeps names of two letters, school shorthand, public figures, works, addresses and other languages’ words', () => {
    for (const text of [
      'I took Phys Ed and Special Ed, and an Ag course.',
      'Cos I wanted to. Lil bit hard. Wat do you mean',
      'We read Romeo and Juliet and then Othello.',
      'See www.sofia.com or Sofia.com, or https://example.com/Emma',
      'Les élèves aiment ça. Una vez más.',
    ]) {
      expect(none(text), text).toBe(text);
    }
    expect(redactBareNames('Like Nelson Mandela wrote, education matters.')).toBe('Like Nelson Mandela wrote, education matters.');
    expect(none('Like Einstein said, imagination matters.')).toBe('Like Einstein said, imagination matters.');
  });

  it('leaves names that are words too to a cue, and a name typed in lower case', () => {
    for (const text of ['Grace helped me. Hope this helps. Will we get time? Mark my words. Jordan is a country.', 'the sofia couch is comfy, emma']) {
      expect(none(text), text).toBe(text);
    }
    expect(none('my friend Grace helped me')).toBe('my friend [name] helped me');
    expect(['sofia', 'emma', 'noah', 'lexi'].every(bareNameWord)).toBe(true);
    expect(['grace', 'jordan', 'will', 'ed', 'ag', 'cos', 'les'].some(bareNameWord)).toBe(false);
  });
});
