/**
 * Protects site search (Pagefind, built at `astro build`): the search dialog finds the incident method
 * in each language, links to the page in that language, and never mixes the languages.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { langBase, langs } from '../../src/config.ts';
import { connectBrowser, openPage } from '../support/browser.ts';
import { langOfRoute } from '../support/dist.ts';

let browser: Browser;
beforeAll(async () => void (browser = await connectBrowser()));
afterAll(async () => browser?.close());

describe('search', () => {
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
});
