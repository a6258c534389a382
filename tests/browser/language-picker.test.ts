/**
 * Protects the language switch: Starlight's picker must take a reader from a Dutch page to the same
 * page in English and back (it assumes the same slug in both languages, so a renamed slug breaks it).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { languages, type Lang } from '../../src/config.ts';
import { twinRoute } from '../support/dist.ts';
import { connectBrowser, openPage } from '../support/browser.ts';

let browser: Browser;
beforeAll(async () => void (browser = await connectBrowser()));
afterAll(async () => browser?.close());

const labelOf = (lang: Lang) => languages.find((l) => l.lang === lang)!.label;

async function pick(page: Page, lang: Lang, expectedPath: string) {
  const select = page.locator('starlight-lang-select select').filter({ visible: true }).first();
  await Promise.all([page.waitForURL((url) => url.pathname === expectedPath), select.selectOption({ label: labelOf(lang) })]);
  await page.waitForLoadState('load');
  expect(await page.locator('html').getAttribute('lang')).toBe(lang);
}

describe('language picker', () => {
  // The home page and the reference method page: one splash page, one content page.
  test.for(['/', '/methoden/incidentmethode/'])('%s → English twin → back', async (path) => {
    const opened = await openPage(browser, path);
    try {
      await pick(opened.page, 'en', twinRoute(path, 'en'));
      await pick(opened.page, 'nl', path);
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
