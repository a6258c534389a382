/**
 * Protects the interface text: a key missing in one language shows up as a raw key (or a Starlight
 * default in the wrong language) on the page or stops the kit, an empty value is a blank label, and a
 * key nothing uses is text a translator keeps up for nobody.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { langs } from '../../src/config.ts';
import { facilitatorNeeds, levels, questionTypes } from '../../src/schemas/vocabulary.ts';
import { durationBands, groupBands } from '../../src/schemas/method.ts';
import { filterKeys, reasonCodes } from '../../src/lib/methodFinder.ts';
import { timeOptions } from '../../src/lib/finderData.ts';
import { frameIds } from '../../src/lib/sessionEvening.ts';
import { planIssues } from '../../src/lib/planUrl.ts';
import type { KitFile } from '../../src/lib/kitManifest.ts';
import type { openDataSchemas } from '../../src/lib/openData.ts';
import { decks } from '../../scripts/kit/decks/index.ts';
import { pageLayouts, sheetLayouts } from '../../scripts/kit/paper.ts';

const strings = (lang: string) =>
  JSON.parse(readFileSync(`src/content/i18n/${lang}.json`, 'utf8')) as Record<string, unknown>;
const nl = strings('nl');
const others = langs.filter((lang) => lang !== 'nl').map((lang) => [lang, strings(lang)] as const);
const placeholders = (value: unknown) => [...String(value).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/** Every value of a union type, listed once; the Record type makes the compiler reject a missing or unknown one. */
const allOf = <T extends string>(values: Record<T, true>) => Object.keys(values);

/**
 * Keys the code builds as prefix + id, e.g. t(`level.${method.level}`): each prefix with every id it
 * can take. Each such template in src/ or scripts/ must have its prefix here.
 */
const builtKeys: Record<string, readonly string[]> = {
  'level.': levels,
  'facilitator.': facilitatorNeeds,
  'questionType.': questionTypes,
  'duration.': durationBands.map((b) => b.id),
  'groupBand.': groupBands.map((b) => b.id),
  'phase.': frameIds,
  'finder.filter.': filterKeys,
  'finder.time.': timeOptions,
  'finder.why.': reasonCodes,
  'planner.issue.': planIssues,
  'timer.key.': ['space', 'next', 'previous', 'plus', 'fullscreen'], // the list in Timer.astro
  'trainers.data.': allOf<keyof typeof openDataSchemas>({ methods: true, questions: true }),
  'kit.deck.': decks.map((d) => d.id),
  'kit.deckTitle.': decks.map((d) => d.id),
  'kit.layout.': sheetLayouts.map((l) => l.name),
  'kit.paper.': [...sheetLayouts, ...pageLayouts].map((l) => l.paper),
  'kit.sheet.': ['front', 'back'], // the sides of a duplex sheet (cardDeck.ts)
  'kit.duplexTest.step.': ['1', '2', '3', '4', '5'], // the numbered steps in jobAids/duplexTest.ts
  'kit.downloads.paper.': [...sheetLayouts, ...pageLayouts].map((l) => l.paper),
  'kit.downloads.layout.': allOf<KitFile['layout']>({ home: true, fold: true, shop: true, page: true, bundle: true }),
};
/** Search.astro hands every pagefind.* string to the Pagefind UI. */
const handedOn = ['pagefind.'];
/** Starlight's own keys (its English dictionary): Starlight reads them, and ours override its defaults. */
const starlightKeys = new Set(
  [...readFileSync(join(dirname(fileURLToPath(import.meta.resolve('@astrojs/starlight'))), 'translations', 'en.js'), 'utf8').matchAll(/^\s*"([^"]+)":/gm)].map(
    (m) => m[1]!,
  ),
);

/** The source files that may ask for a UI string: the site, the kit, and the site config (the sidebar's group labels). */
const sources = [
  ...['src', 'scripts'].flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(astro|ts|mjs)$/.test(f) && !f.endsWith('.d.ts'))
      .map((f) => readFileSync(join(dir, f), 'utf8')),
  ),
  readFileSync('astro.config.mjs', 'utf8'),
];
const keyPattern = String.raw`[a-z][A-Za-z]*\.[A-Za-z][\w.-]*`;
const namespaces = new Set(Object.keys(nl).map((k) => k.split('.')[0]));
const inNamespace = (key: string) => namespaces.has(key.split('.')[0]);
const matches = (pattern: RegExp) => new Set(sources.flatMap((code) => [...code.matchAll(pattern)].map((m) => m[1]!)));
/** Keys asked for by name: t('method.duration'), ctx.t(…), and s(…) in the planner's and timer's scripts. */
const askedKeys = matches(new RegExp(String.raw`\b[ts]\(\s*['"\`](${keyPattern})['"\`]`, 'g'));
/**
 * Every quoted string that could be a key, wherever it stands (in a list of table headers, a section
 * table): what counts as used. Strings that only look like keys (a PDF block id such as 'footer.url')
 * can at worst make an unused key look used.
 */
const quotedKeys = [...matches(new RegExp(String.raw`['"\`](${keyPattern})['"\`]`, 'g'))].filter(
  (key) => inNamespace(key) && !/\.(ts|mjs|astro|json|css|mdx?)$/.test(key),
);
/** The fixed part of each built key in the code: `level.${…}` gives 'level.'. */
const templatePrefixes = new Set(
  [...matches(/`([a-z][A-Za-z]*\.[\w.-]*)\$\{/g)].filter(inNamespace),
);
const built = Object.entries(builtKeys).flatMap(([prefix, ids]) => ids.map((id) => `${prefix}${id}`));

describe('UI strings (src/content/i18n)', () => {
  test.for(others)('%s.json has the same keys as nl.json', ([, table]) => {
    expect(Object.keys(table).sort()).toEqual(Object.keys(nl).sort());
  });

  test.for(others)('%s.json uses the same {{placeholders}} as nl.json in each string', ([, table]) => {
    const differ = Object.keys(nl).filter((k) => JSON.stringify(placeholders(nl[k])) !== JSON.stringify(placeholders(table[k])));
    expect(differ).toEqual([]);
  });

  test.for(langs)('%s.json has no empty values', (lang) => {
    const empty = Object.entries(strings(lang)).filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });
});

describe('UI-string keys in src/ and scripts/', () => {
  test('every key the code asks for by name exists, in nl.json or in Starlight', () => {
    expect(askedKeys.size).toBeGreaterThan(100);
    expect([...askedKeys].filter((key) => !(key in nl) && !starlightKeys.has(key))).toEqual([]);
  });

  test('every key the code builds from an id exists', () => {
    expect(built.filter((key) => !(key in nl))).toEqual([]);
  });

  test('every prefix the code builds keys from is listed in this test', () => {
    expect(templatePrefixes.size).toBeGreaterThan(10);
    expect([...templatePrefixes].filter((prefix) => !(prefix in builtKeys))).toEqual([]);
  });

  test('every key in nl.json is used', () => {
    expect(starlightKeys.size).toBeGreaterThan(20);
    const used = new Set([...quotedKeys, ...built, ...starlightKeys]);
    const unused = Object.keys(nl).filter((key) => !used.has(key) && !handedOn.some((p) => key.startsWith(p)));
    expect(unused).toEqual([]);
  });
});
