/**
 * Protects site search (Pagefind, built at `astro build`): the search dialog finds the incident method
 * in each language, links to the page in that language, and never mixes the languages; a method's other
 * names ("also known as") find it from the other language; the UI speaks the page's language; and
 * Pagefind's UI code loads only when the visitor opens search.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { langBase, langs } from '../../src/config.ts';
import { connectBrowser, openPage } from '../support/browser.ts';
import { langOfRoute } from '../support/dist.ts';
import { loadMethods } from '../../src/lib/content/load.ts';
import { uiStrings, type UIKey } from '../../src/lib/uiStrings.ts';

let browser: Browser;
beforeAll(async () => void (browser = await connectBrowser()));
afterAll(async () => browser?.close());

/** Opens the search dialog on `path`, types `query` and returns the result paths once `expected` shows up. */
async function search(path: string, query: string, expected: string) {
  const opened = await openPage(browser, path);
  const { page } = opened;
  await page.locator('site-search button[data-open-modal]').filter({ visible: true }).first().click();
  await page.locator('#starlight__search .pagefind-ui__search-input').fill(query);
  const results = page.locator('#starlight__search .pagefind-ui__result-link');
  const resultPaths = () => results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  await expect.poll(resultPaths, { timeout: 15_000 }).toContain(expected);
  return { opened, page, paths: await resultPaths() };
}

describe('search', () => {
  test.for([
    ['nl', 'fishbowl', 'vissenkom'],
    ['en', 'vissenkom', 'vissenkom'],
    ['en', 'rollenspel', 'rollenspel'],
  ] as const)('on the %s site, "%s" finds the method by its other name', async ([lang, query, id]) => {
    const { opened } = await search(langBase(lang), query, `${langBase(lang)}methoden/${id}/`);
    await opened.close();
  });

  test('the Dutch search dialog speaks Dutch', async () => {
    const { opened, page } = await search('/', 'incident', '/methoden/incidentmethode/');
    try {
      await expect.poll(() => page.locator('#starlight__search .pagefind-ui__message').textContent()).toMatch(/resultaten? voor/);
    } finally {
      await opened.close();
    }
  });

  test('Pagefind UI code is not loaded until search is opened', async () => {
    const opened = await openPage(browser, '/methoden/incidentmethode/', { waitUntil: 'networkidle' });
    try {
      expect(opened.requests.filter((url) => /pagefind/.test(url))).toEqual([]);
      await opened.page.locator('site-search button[data-open-modal]').filter({ visible: true }).first().click();
      await expect.poll(() => opened.requests.filter((url) => /pagefind/.test(url)).length).toBeGreaterThan(0);
    } finally {
      await opened.close();
    }
  });

  test.for(langs)('on the %s home page, "incident" finds the incident method', async (lang) => {
    const home = langBase(lang);
    const opened = await openPage(browser, home);
    const { page } = opened;
    try {
      await page.locator('site-search button[data-open-modal]').filter({ visible: true }).first().click();
      const input = page.locator('#starlight__search .pagefind-ui__search-input');
      await input.fill('incident');
      const results = page.locator('#starlight__search .pagefind-ui__result-link');
      const expected = `${home}methoden/incidentmethode/`;
      const resultPaths = () => results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      await expect.poll(resultPaths, { timeout: 15_000 }).toContain(expected);
      const paths = await resultPaths();
      expect(paths.filter((p) => langOfRoute(p) !== lang), 'results in another language').toEqual([]);
      expect(opened.foreign()).toEqual([]);
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test.for(langs)('the %s index carries every method\'s filters', async (lang) => {
    const opened = await openPage(browser, langBase(lang));
    try {
      // A string, so vitest does not rewrite the dynamic import that runs in the page.
      const filters = (await opened.page.evaluate(`import('/pagefind/pagefind.js').then((p) => p.filters())`)) as Record<string, Record<string, number>>;
      const t = uiStrings(lang);
      const methods = loadMethods(lang);
      const count = (name: UIKey) => Object.values(filters[t(name)] ?? {}).reduce((a, b) => a + b, 0);
      expect(count('filter.level'), 'one level per method').toBe(methods.length);
      expect(count('filter.duration'), 'one duration band per method').toBe(methods.length);
      expect(count('filter.questionType')).toBe(methods.reduce((n, m) => n + m.method.questionTypes.length, 0));
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
