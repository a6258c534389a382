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
  // The home page and the reference method page.
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

describe('on a phone', () => {
  test('the home page menu offers the language, the theme and every section, the downloads included', async () => {
    const opened = await openPage(browser, '/');
    const { page } = opened;
    try {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.getByRole('button', { name: 'Menu' }).click();
      const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
      await expect.poll(() => nav.getByRole('link', { name: 'Downloads' }).isVisible()).toBe(true);
      for (const section of ['Aan de slag', 'De sessie', 'Methoden']) expect(await page.getByText(section, { exact: true }).first().isVisible(), section).toBe(true);
      expect(await page.getByRole('combobox', { name: 'Selecteer thema' }).filter({ visible: true }).count()).toBe(1);
      await pick(page, 'en', '/en/');
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
