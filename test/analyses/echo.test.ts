// Tests for echoesPeer: a focus-group turn that only agrees with another student's point.
import { describe, expect, it } from 'vitest';
import type { Response } from '../../src/model.js';
import { echoesPeer } from '../../src/analyses/echo.js';

/** A focus group's student turns, in order, from "Speaker: words" lines (facilitator turns are context, not responses). */
function turns(source: string, lines: string[]): Response[] {
  return lines.map((line, k) => {
    const [speaker, text] = line.split(/: (.*)/s) as [string, string];
    return { id: `${source}:t${k + 2}`, sourceId: source, locator: `turn ${k + 2}`, participantId: speaker, text };
  });
}

describe('echoesPeer', () => {
  const maple = turns('fg-maple.txt', [
    'Ava: Genius hour. Every Friday we get to pick a project, and I am building a model of a salmon hatchery.',
    'Mia: Same, genius hour is the best part of the week.',
    'Noah: Like she said, it is the choosing. You choose where you go.',
    'Priya: I would want more electives. We can only take two electives in grade 11 because of the required courses.',
    'Ethan: Yeah, more electives would be really good for us.',
    'Dakota: Yeah, the flexible hours are the only reason I am still in school, honestly.',
    'Jess: Same thing happens in my math class, the teacher never explains it twice.',
    'Maya: Right now most of it is written for us.',
    'Olivia: Yeah, and more electives in grade 9 too, because right now you only get to pick two and both are in the same block as PE.',
  ]);
  const at = (speaker: string) => maple.findIndex((r) => r.participantId === speaker);

  it('finds a turn that says the point is someone else\'s', () => {
    expect(echoesPeer(maple, at('Mia'), () => ['genius hour'])).toBe(true);
    expect(echoesPeer(maple, at('Noah'), () => ['choosing', 'choose'])).toBe(true);
  });

  it('finds a short agreeing turn that repeats what a student just said', () => {
    expect(echoesPeer(maple, at('Ethan'), () => ['electives'])).toBe(true);
  });

  it('keeps an agreeing turn that makes a point of its own', () => {
    // agrees, but the flexible hours were no other student's words
    expect(echoesPeer(maple, at('Dakota'), () => ['flexible hours'])).toBe(false);
    // agrees and repeats "electives", but goes on at length with a point of its own
    expect(echoesPeer(maple, at('Olivia'), () => ['electives'])).toBe(false);
  });

  it('does not read "Same thing" or "Right now" as agreeing', () => {
    expect(echoesPeer(maple, at('Jess'), () => ['math class'])).toBe(false);
    expect(echoesPeer(maple, at('Maya'), () => [])).toBe(false);
  });

  it('does not count a point made in another focus group or by the same student', () => {
    const other = turns('fg-riverside.txt', ['Leah: Yeah, more electives would be really good for us.']);
    const both = [...maple.slice(0, at('Priya') + 1), ...other];
    expect(echoesPeer(both, both.length - 1, () => ['electives'])).toBe(false);
    const self = turns('fg-x.txt', ['Priya: We need more electives in grade 11.', 'Priya: Yeah, more electives would be really good for us.']);
    expect(echoesPeer(self, 1, () => ['electives'])).toBe(false);
  });
});
