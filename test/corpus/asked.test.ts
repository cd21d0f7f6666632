// Tests of questionAsked: which words of a facilitator's turn are the question the students answer.
import { describe, expect, it } from 'vitest';
import { questionAsked, sentenceStart } from '../../src/corpus/asked.js';

describe('questionAsked', () => {
  it('takes the question and leaves out the welcome or the nod to the last answer before it', () => {
    expect(questionAsked('Hi everyone, thanks for giving up your lunch. This is just a conversation, there are no wrong answers. When you think about your school, what helps you learn?')).toBe(
      'When you think about your school, what helps you learn?',
    );
    expect(questionAsked('Fair enough. What about technology, does that help you?')).toBe('What about technology, does that help you?');
    expect(questionAsked('Thank you for sharing that, [name]. Last question. If you could change one thing about school tomorrow, what would it be?')).toBe(
      'If you could change one thing about school tomorrow, what would it be?',
    );
  });

  it('keeps the sentence that sets up a short question, but not a thank-you or an okay', () => {
    expect(questionAsked('At the conference, some students said they want a say in their learning. Do you get to decide things here?')).toBe(
      'At the conference, some students said they want a say in their learning. Do you get to decide things here?',
    );
    expect(questionAsked("Let's talk about barriers. What gets in the way?")).toBe("Let's talk about barriers. What gets in the way?");
    expect(questionAsked('Okay, that is really helpful to hear. What else?')).toBe('What else?');
    // A question of eight words or more stands alone.
    expect(questionAsked('Some of you came in October. What would you change about the timetable if you could?')).toBe('What would you change about the timetable if you could?');
  });

  it('runs from the first question to the last, with what is said between', () => {
    expect(questionAsked('Thanks. What about younger students? I mean grade 7 or 8. When should they hear about this? Great.')).toBe(
      'What about younger students? I mean grade 7 or 8. When should they hear about this?',
    );
  });

  it('reads a prompt without a question mark ("Tell me about …", "So, describe …")', () => {
    expect(questionAsked('Okay. Tell me about a teacher who helped you.')).toBe('Tell me about a teacher who helped you.');
    expect(questionAsked('So, describe a normal day here. Anything goes.')).toBe('So, describe a normal day here. Anything goes.');
  });

  it('finds no question in a turn that asks nothing', () => {
    expect(questionAsked('Fair enough.')).toBeUndefined();
    expect(questionAsked('So the elective was where it started.')).toBeUndefined();
    expect(questionAsked('Thank you all, this was great. I think we learned a lot.')).toBeUndefined();
    expect(questionAsked('')).toBeUndefined();
  });

  it("does not end a sentence at a title's full stop or a short form's", () => {
    expect(questionAsked('Good. Was that in Mr. [name]’s class or e.g. in the library?')).toBe('Was that in Mr. [name]’s class or e.g. in the library?');
  });

  it('keeps quotation marks and brackets that close a question', () => {
    expect(questionAsked('One student wrote, “What is school for?” What does that mean to you?')).toBe('One student wrote, “What is school for?” What does that mean to you?');
  });
});

describe('sentenceStart', () => {
  it('takes in the turns before the last whose sentence runs on into it, as caption cues cut one', () => {
    expect(sentenceStart(['Thanks, that helps.', 'And if you could change one thing about the', 'schedule, what would it be?'])).toBe(1);
    expect(sentenceStart(['If you could change', 'one thing about the', 'schedule, what would it be?'])).toBe(0);
  });

  it('starts at the last turn where the one before it ends its sentence, or the last does not take a sentence up', () => {
    expect(sentenceStart(['OK, next one.', 'What would help you most?'])).toBe(1);
    expect(sentenceStart(['Here is the last question:', 'what would help you most?'])).toBe(1);
    expect(sentenceStart(['OK next one', 'What would help you most?'])).toBe(1);
    expect(sentenceStart(['What would help you most?'])).toBe(0);
  });
});
