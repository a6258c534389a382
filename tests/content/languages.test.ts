/**
 * Protects the promise that the English site is the same kit as the Dutch one: every method exists in
 * both languages, and a session planned from either language takes the same time.
 */
import { describe, expect, test } from 'vitest';
import { loadMethods } from '../../src/lib/contentFiles.ts';
import { totalMinutes } from '../../src/schemas/method.ts';

const nl = loadMethods('nl');
const en = loadMethods('en');
const ids = (entries: typeof nl) => entries.map((e) => e.method.id).sort();

describe('methods in both languages', () => {
  test('the reference method exists', () => {
    expect(ids(nl)).toContain('incidentmethode');
  });

  test('nl and en have the same method ids', () => {
    expect(ids(en)).toEqual(ids(nl));
  });

  test.for(nl.map((e) => e.method.id))('%s takes as many minutes in en as in nl', (id) => {
    const a = nl.find((e) => e.method.id === id)!;
    const b = en.find((e) => e.method.id === id);
    expect(b, `${id} has no English page`).toBeDefined();
    expect(totalMinutes(b!.method.steps)).toBe(totalMinutes(a.method.steps));
    expect(b!.method.variants.map((v) => totalMinutes(v.steps ?? []))).toEqual(
      a.method.variants.map((v) => totalMinutes(v.steps ?? [])),
    );
  });
});
