/**
 * Protects the derived facts that filters, cards and the method index show: the total is the sum of
 * the steps, and the duration and group-size bands have no gaps or overlaps at their edges.
 */
import { describe, expect, test } from 'vitest';
import { durationBand, groupBandsFor, totalMinutes } from '../../src/schemas/method.ts';

describe('totalMinutes', () => {
  test('adds up the minutes of the steps', () => {
    expect(totalMinutes([{ minutes: 10 }, { minutes: 5 }, { minutes: 15 }])).toBe(30);
  });
  test('is 0 for no steps', () => {
    expect(totalMinutes([])).toBe(0);
  });
});

describe('durationBand', () => {
  test.for([
    [1, 'under-60'],
    [59, 'under-60'],
    [60, '60-90'],
    [90, '60-90'],
    [91, 'over-90'],
    [240, 'over-90'],
  ] as const)('%i minutes → %s', ([minutes, band]) => {
    expect(durationBand(minutes)).toBe(band);
  });
});

describe('groupBandsFor', () => {
  test.for([
    [{ min: 2, max: 5 }, ['small']],
    [{ min: 3, max: 3 }, ['small']],
    [{ min: 5, max: 6 }, ['small', 'medium']],
    [{ min: 6, max: 8 }, ['medium']],
    [{ min: 4, max: 8 }, ['small', 'medium']],
    [{ min: 8, max: 9 }, ['medium', 'large']],
    [{ min: 4, max: 12 }, ['small', 'medium', 'large']],
    [{ min: 10, max: 30 }, ['large']],
  ] as const)('%o → %o', ([size, bands]) => {
    expect(groupBandsFor(size)).toEqual(bands);
  });
});
