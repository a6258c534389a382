/**
 * Protects the links trainers paste: a short link with a step fragment lands on that step of the
 * method page, and the copy-link controls put the full address on the clipboard and say so.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectBrowser, openPage } from '../support/browser.ts';
import { loadMethods } from '../../src/lib/content/load.ts';

let browser: Browser;
beforeAll(async () => void (browser = await connectBrowser()));
afterAll(async () => browser?.close());

const [method] = loadMethods('nl');

test('a short link keeps the step fragment', async () => {
  const opened = await openPage(browser, `/m/${method!.method.id}/#stap-2`);
  try {
    await opened.page.waitForURL((url) => url.pathname === method!.url);
    expect(new URL(opened.page.url()).hash).toBe('#stap-2');
    await expect.poll(() => opened.page.evaluate(() => document.querySelector(':target')?.id)).toBe('stap-2');
    expect(opened.problems).toEqual([]);
  } finally {
    await opened.close();
  }
});

test('copy link puts the step address on the clipboard', async () => {
  const opened = await openPage(browser, method!.url);
  try {
    await opened.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await opened.page.getByRole('link', { name: 'Link naar stap 3 kopiëren' }).click();
    await expect.poll(() => opened.page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`${method!.url}#stap-3`, opened.page.url()).href);
    await expect.poll(() => opened.page.getByRole('status').filter({ hasText: 'Link gekopieerd' }).count()).toBe(1);
    await opened.page.getByRole('link', { name: 'Korte link kopiëren' }).click();
    await expect.poll(() => opened.page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`/m/${method!.method.id}/`, opened.page.url()).href);
    expect(opened.problems).toEqual([]);
  } finally {
    await opened.close();
  }
});
