// Tests for rating scales: which sets of values are one scale's, and the order they are listed in.
import { describe, expect, it } from 'vitest';
import { scaleOrder, scalePlaces } from '../../src/analyses/rating-scales.js';

/** The values in their scale's order, or undefined. */
function ordered(values: string[]): string[] | undefined {
  return scaleOrder(values)?.map((i) => values[i]!);
}

describe('scaleOrder', () => {
  it('puts a five-point agreement scale, given by count, in its own order', () => {
    expect(ordered(['Strongly agree', 'Strongly disagree', 'Disagree', 'Agree', 'Neutral'])).toEqual([
      'Strongly agree',
      'Agree',
      'Neutral',
      'Disagree',
      'Strongly disagree',
    ]);
  });

  it('knows a seven-point scale with its middle spelt out, in any case and punctuation', () => {
    expect(ordered(['somewhat disagree', 'AGREE', 'Neither agree nor disagree', 'Strongly Disagree', 'Somewhat agree', 'Disagree', 'strongly agree'])).toEqual([
      'strongly agree',
      'AGREE',
      'Somewhat agree',
      'Neither agree nor disagree',
      'somewhat disagree',
      'Disagree',
      'Strongly Disagree',
    ]);
  });

  it('orders frequency, satisfaction, quality, likelihood and importance scales', () => {
    expect(ordered(['Never', 'Sometimes', 'Always', 'Rarely', 'Often', 'Usually'])).toEqual(['Always', 'Often', 'Usually', 'Sometimes', 'Rarely', 'Never']);
    expect(ordered(['Sometimes', 'Most of the time', 'Hardly ever'])).toEqual(['Most of the time', 'Sometimes', 'Hardly ever']);
    expect(ordered(['Dissatisfied', 'Very satisfied', 'Neutral', 'Satisfied', 'Very dissatisfied'])).toEqual([
      'Very satisfied',
      'Satisfied',
      'Neutral',
      'Dissatisfied',
      'Very dissatisfied',
    ]);
    expect(ordered(['Good', 'Poor', 'Excellent', 'Fair', 'Very good'])).toEqual(['Excellent', 'Very good', 'Good', 'Fair', 'Poor']);
    expect(ordered(['Unlikely', 'Very likely', 'Likely'])).toEqual(['Very likely', 'Likely', 'Unlikely']);
    expect(ordered(['Not important', 'Very important', 'Somewhat important'])).toEqual(['Very important', 'Somewhat important', 'Not important']);
  });

  it('orders a numbered rating with anchors by its numbers', () => {
    expect(ordered(['3', '5 - Extremely', '1 - Not at all', '2', '4', '10'])).toEqual(['1 - Not at all', '2', '3', '4', '5 - Extremely', '10']);
    expect(ordered(['2 (Sometimes)', '1 = Never'])).toEqual(['1 = Never', '2 (Sometimes)']);
  });

  it('puts a "Don’t know" or "N/A" beside a scale after its points', () => {
    expect(ordered(['N/A', 'Disagree', "Don't know", 'Agree'])).toEqual(['Agree', 'Disagree', "Don't know", 'N/A']);
  });

  it('lists two values at one place (Neutral, Unsure) by name, whatever their order given', () => {
    expect(ordered(['Unsure', 'Disagree', 'Neutral', 'Agree'])).toEqual(['Agree', 'Neutral', 'Unsure', 'Disagree']);
    expect(ordered(['Neutral', 'Disagree', 'Unsure', 'Agree'])).toEqual(['Agree', 'Neutral', 'Unsure', 'Disagree']);
  });

  it('leaves alone values that are not all one scale’s', () => {
    expect(scalePlaces(['Yes', 'No'])).toBeUndefined();
    expect(scalePlaces(['Yes', 'No', 'Maybe'])).toBeUndefined();
    expect(scalePlaces(['Walnut Grove Secondary', 'Langley Fine Arts', 'Brookswood Secondary'])).toBeUndefined();
    // An agreement scale with a value of its own, and two scales mixed.
    expect(scalePlaces(['Agree', 'Disagree', 'It depends on the teacher'])).toBeUndefined();
    expect(scalePlaces(['Agree', 'Sometimes', 'Never'])).toBeUndefined();
    // One point alone, or a "Don't know" beside it, is no scale to order.
    expect(scalePlaces(['Agree'])).toBeUndefined();
    expect(scalePlaces(['Agree', 'N/A'])).toBeUndefined();
    // Plain numbers are already put in numeric order elsewhere; numbers with words of their own are not a rating.
    expect(scalePlaces(['1', '2', '3'])).toBeUndefined();
    expect(scalePlaces(['1 - Not at all', 'Often'])).toBeUndefined();
  });
});
