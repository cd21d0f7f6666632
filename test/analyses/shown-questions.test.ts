// Tests of plainQuestion: which facilitators' questions the report may show beside a quote.
import { describe, expect, it } from 'vitest';
import { plainQuestion } from '../../src/analyses/shown-questions.js';

describe('plainQuestion', () => {
  const shown = plainQuestion(new Set(['willoughby', 'creek', 'secondary', 'pathways']));

  it('shows a question whose capitalised words are ordinary words, function words or the folder’s schools', () => {
    expect(shown('What is happening at Willoughby Creek right now that makes learning feel personal to you?')).toBe(true);
    expect(shown("Let's talk about barriers. What gets in the way?")).toBe(true);
    expect(shown('Will you come back next year? [name], what about you?')).toBe(true);
    expect(shown('What should other schools learn from Pathways?')).toBe(true);
  });

  it('keeps out a question with a word that may be a name the folder gave no cue for', () => {
    expect(shown('Did you and Kiara both pick robotics?')).toBe(false);
    // A listed given name that is also a word is a name here too.
    expect(shown('Do you agree with what Jordan said about the bus?')).toBe(false);
  });
});
