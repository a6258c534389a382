/**
 * Protects the interface text: a key missing in one language shows up as a raw key (or a Starlight
 * default in the wrong language) on the page, an empty value as a blank label.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { facilitatorNeeds, levels, questionTypes } from '../../src/schemas/vocabulary.ts';
import { durationBands, groupBands } from '../../src/schemas/method.ts';
import { filterKeys, reasonCodes } from '../../src/lib/methodFinder.ts';
import { timeOptions } from '../../src/lib/finderData.ts';

const strings = (lang: string) =>
  JSON.parse(readFileSync(`src/content/i18n/${lang}.json`, 'utf8')) as Record<string, unknown>;
const nl = strings('nl');
const en = strings('en');
const placeholders = (value: unknown) => [...String(value).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('UI strings (src/content/i18n)', () => {
  test('nl.json and en.json have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  test.for([
    ['nl', nl],
    ['en', en],
  ] as const)('%s.json has no empty values', ([, table]) => {
    const empty = Object.entries(table).filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  test('each string uses the same {{placeholders}} in both languages', () => {
    const differ = Object.keys(nl).filter((k) => JSON.stringify(placeholders(nl[k])) !== JSON.stringify(placeholders(en[k])));
    expect(differ).toEqual([]);
  });

  test('every key the components ask for exists', () => {
    const namespaces = new Set(Object.keys(nl).map((k) => k.split('.')[0]));
    const sources = readdirSync('src', { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(astro|ts)$/.test(f) && !f.endsWith('.d.ts'))
      .map((f) => readFileSync(join('src', f), 'utf8'));
    const literal = sources.flatMap((code) =>
      [...code.matchAll(/['`]([a-z][A-Za-z]*\.[A-Za-z][\w.-]*)['`]/g)]
        .map((m) => m[1]!)
        .filter((key) => namespaces.has(key.split('.')[0]) && !/\.(ts|mjs|astro|json|css|mdx?)$/.test(key)),
    );
    // Keys the components build from a vocabulary, e.g. t(`level.${method.level}`).
    const built = [
      ...levels.map((v) => `level.${v}`),
      ...facilitatorNeeds.map((v) => `facilitator.${v}`),
      ...questionTypes.map((v) => `questionType.${v}`),
      ...durationBands.map((b) => `duration.${b.id}`),
      ...groupBands.map((b) => `groupBand.${b.id}`),
      ...filterKeys.map((k) => `finder.filter.${k}`),
      ...timeOptions.map((v) => `finder.time.${v}`),
      ...reasonCodes.map((c) => `finder.why.${c}`),
    ];
    expect(literal.length).toBeGreaterThan(0);
    const missing = [...new Set([...literal, ...built])].filter((key) => !(key in nl) || !(key in en));
    expect(missing).toEqual([]);
  });
});
