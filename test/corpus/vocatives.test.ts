// Tests of vocativeNames: the names a facilitator calls students by, and the words that only look so.
import { describe, expect, it } from 'vitest';
import { vocativeNames } from '../../src/corpus/vocatives.js';

describe('vocativeNames', () => {
  it('finds a name called before a comma at a sentence’s start, or after one at its end', () => {
    expect(
      vocativeNames([
        'Kiara, what about you? What gets in the way?',
        'Thanks. Jay, does the timetable work for you?',
        'What about you, Tomasz? Anything about technology?',
        'Thanks, Dev and Noor.',
      ]),
    ).toEqual(['Dev', 'Jay', 'Kiara', 'Noor', 'Tomasz']);
  });

  it('takes a listed given name that is also a word, where called so', () => {
    expect(vocativeNames(['Mark, can you say more about that?', 'Do you agree, Grace?'])).toEqual(['Grace', 'Mark']);
  });

  it('leaves words that open or close a sentence with a comma: "So,", "Okay,", "Wait,", "everyone"', () => {
    expect(
      vocativeNames([
        'So, what helps you learn? Okay, and what gets in the way?',
        'Wait, what? Man, that sounds hard. Great, thanks, Everyone.',
        'Math, science, English: which one?',
        'Leadership, then. Who runs it?',
      ]),
    ).toEqual([]);
  });

  it("leaves a school's or a district's words, which a facilitator thanks as a person", () => {
    expect(vocativeNames(['Thanks for hosting us, Langley.', 'Willoughby, what is happening here?'], new Set(['langley', 'willoughby', 'creek']))).toEqual([]);
    expect(vocativeNames(['Thanks for hosting us, Langley.'])).toEqual(['Langley']);
  });

  it('needs the comma: a capitalised word mid-sentence is not called', () => {
    expect(vocativeNames(['Did Kiara come today?', 'Kiara said that last week.'])).toEqual([]);
  });
});
