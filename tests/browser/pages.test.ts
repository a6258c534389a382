/**
 * Protects visitors' privacy and the offline promise: every built page loads in a real Chromium
 * without errors, and nothing on it (fonts, scripts, images, search index) is fetched from anywhere
 * but the site itself, under the Content-Security-Policy the site ships (dist/_headers): a violation is
 * a console error. Permalink stubs must land on their method page.
 */
import { afterAll, beforeAll, describe, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { contentPages, redirectPages } from '../support/dist.ts';
import { connectBrowser, openPage } from '../support/browser.ts';

let browser: Browser;
beforeAll(async () => void (browser = await connectBrowser()));
afterAll(async () => browser?.close());

describe('every built page in Chromium', () => {
  test.concurrent.for(contentPages().map((p) => [p.urlPath] as const))(
    '%s loads without errors and requests nothing from another host',
    async ([path], { expect }) => {
      const opened = await openPage(browser, path, { waitUntil: 'networkidle' });
      try {
        expect(opened.requests.length).toBeGreaterThan(0);
        expect(opened.response?.headers()['content-security-policy'], 'the page is served with the CSP').toMatch(/script-src 'self'/);
        expect.soft(opened.foreign(), 'requests that left 127.0.0.1').toEqual([]);
        expect.soft(opened.problems, 'errors').toEqual([]);
      } finally {
        await opened.close();
      }
    },
  );

  test.concurrent.for(redirectPages().map((p) => [p.urlPath, p.redirectTo!] as const))(
    '%s takes you to %s',
    async ([path, target], { expect }) => {
      const opened = await openPage(browser, path);
      try {
        await opened.page.waitForURL((url) => url.pathname === target);
        await opened.page.waitForLoadState('load');
        expect(opened.foreign(), 'requests that left 127.0.0.1').toEqual([]);
        expect(opened.problems).toEqual([]);
      } finally {
        await opened.close();
      }
    },
  );
});
