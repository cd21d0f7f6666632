// The strict cues ("my partner was …", "my friend is …", a thanks or a shout-out) with a name that is also
// an English word: a given name of the English given names' list is taken ("my partner was Jordan"),
// a describing word that the list holds too is kept ("my friend is Happy"), as are apps and roles.
import { describe, expect, it } from 'vitest';
import { cuedNames, makeRedactor } from '../../src/corpus/redact.js';
import { describingName, isGivenName } from '../../src/util/given-names.js';

const none = makeRedactor([]);

describe('the strict cues and the given names list', () => {
  it('redacts a listed given name that is also a word after "is", "was", a thanks or a shout-out', () => {
    expect(none('My partner was Jordan and it went well.')).toBe('My partner was [name] and it went well.');
    expect(none('my friend is Jordan, he helped me study')).toBe('my friend is [name], he helped me study');
    expect(none('shout out to Taylor for the slides and thanks to Cole Morgan for the notes')).toBe('shout out to [name] for the slides and thanks to [name] for the notes');
    expect(none('My partner was Sam.')).toBe('My partner was [name].');
    expect(cuedNames(['My partner was Jordan.'])).toEqual(['Jordan']);
  });

  it('keeps describing words, lower-case words, apps and roles after those cues', () => {
    for (const text of [
      'my friend is happy now that we have flex blocks',
      'my partner was late every day',
      'my friend is sure it will work',
      'My friend is Happy about it. My partner was Early for once. My friend is Free on Fridays.',
      'My partner was Lucky, my friend was Even more tired, my teacher was Fair.',
      'thanks to Google and Minecraft, shout out to Red Cross',
    ]) {
      expect(none(text), text).toBe(text);
    }
  });

  it('reads the list once, in any case, and knows which of its names are describing words', () => {
    for (const name of ['Jordan', 'sam', 'COLE', 'Taylor', 'morgan', 'Mohammed', 'Grace']) expect(isGivenName(name), name).toBe(true);
    for (const word of ['funding', 'choice', 'stress', 'math', 'science', 'timetables', 'music', 'drama', 'sure', 'late', 'ready', 'honest', 'done', 'so']) {
      expect(isGivenName(word), word).toBe(false);
    }
    for (const word of ['happy', 'free', 'lucky', 'fair', 'even']) expect(isGivenName(word) && describingName(word), word).toBe(true);
    expect(describingName('Jordan')).toBe(false);
  });
});
