/**
 * Protects the phase timer (/timer/, /en/timer/): under a controlled clock (Playwright's page.clock,
 * no real waiting) it counts a step down, moves between steps by button and keyboard, adds a minute,
 * announces step changes (not every second) and marks the end of a step; and once loaded it keeps
 * working with the network cut, from its service worker.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { langBase, langs, type Lang } from '../../src/config.ts';
import { loadMethods } from '../../src/lib/content/load.ts';
import { connectBrowser, openPage } from '../support/browser.ts';

let browser: Browser;
beforeAll(async () => void (browser = await connectBrowser()));
afterAll(async () => browser?.close());

const strings = (lang: Lang) => JSON.parse(readFileSync(`src/content/i18n/${lang}.json`, 'utf8')) as Record<string, string>;
const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k]));
const mmss = (ms: number) => `${Math.floor(ms / 60_000)}:${String(Math.floor((ms % 60_000) / 1000)).padStart(2, '0')}`;

const clockText = (page: Page) => page.locator('[data-clock]').innerText();
const live = (page: Page) => page.locator('[aria-live="polite"][data-announce]');

describe.each(langs)('timer (%s)', (lang) => {
  const s = strings(lang);
  const method = loadMethods(lang)[0]!;
  const steps = method.method.steps;
  const stepName = (i: number) => fill(s['evening.step']!, { n: i + 1, title: steps[i]!.title });
  const path = `${langBase(lang)}timer/?v=1&m=${method.method.id}`;

  test('counts down under a controlled clock; buttons, keys, +1 minute, announcements, end cue', async ({ expect }) => {
    const opened = await openPage(browser, `${langBase(lang)}timer/`);
    const { page } = opened;
    try {
      await page.clock.install({ time: new Date('2026-12-10T19:30:00Z') });
      await page.goto(new URL(path, page.url()).href);
      await expect.poll(() => page.getByRole('heading', { level: 2, name: stepName(0) }).isVisible(), { timeout: 15_000 }).toBe(true);
      expect(await clockText(page)).toBe(mmss(steps[0]!.minutes * 60_000));
      expect(await page.getByText(fill(s['timer.who']!, { who: '' }).trim(), { exact: false }).first().isVisible()).toBe(true);
      // Shortcuts are listed on screen.
      for (const key of ['space', 'next', 'previous', 'plus']) expect(await page.getByText(s[`timer.key.${key}`]!).isVisible()).toBe(true);

      await page.getByRole('button', { name: s['timer.start']!, exact: true }).click();
      await page.clock.runFor(60_000 + 250);
      expect(await clockText(page)).toBe(mmss((steps[0]!.minutes - 1) * 60_000));
      // The live region is not a ticking clock: a minute of counting announced nothing.
      expect(await live(page).innerText()).toBe('');

      // Pause holds the time.
      await page.getByRole('button', { name: s['timer.pause']!, exact: true }).click();
      await page.clock.runFor(30_000);
      expect(await clockText(page)).toBe(mmss((steps[0]!.minutes - 1) * 60_000));

      // Next by keyboard: the step changes and is announced once.
      await page.keyboard.press('n');
      expect(await page.getByRole('heading', { level: 2 }).filter({ hasText: stepName(1) }).count()).toBe(1);
      expect(await live(page).innerText()).toContain(fill(s['timer.stepOf']!, { n: 2, count: steps.length }));
      expect(await clockText(page)).toBe(mmss(steps[1]!.minutes * 60_000));
      await page.keyboard.press('+');
      expect(await clockText(page)).toBe(mmss((steps[1]!.minutes + 1) * 60_000));

      // Run it out: the end of the step is shown and announced.
      await page.keyboard.press(' ');
      await page.clock.runFor((steps[1]!.minutes + 1) * 60_000 + 2_000);
      expect(await page.locator('[data-timer]').getAttribute('class')).toContain('done');
      expect(await page.locator('[data-clock-label]').innerText()).toBe(s['timer.overtime']);
      expect(await live(page).innerText()).toBe(fill(s['timer.timeUp']!, { title: stepName(1) }));

      await page.getByRole('button', { name: s['timer.previous']! }).click();
      expect(await page.getByRole('heading', { level: 2 }).filter({ hasText: stepName(0) }).count()).toBe(1);
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('keeps working offline once loaded (service worker)', async ({ expect }) => {
    const opened = await openPage(browser, path);
    const { page, context } = opened;
    try {
      await page.waitForSelector('html[data-timer-offline="ready"]', { timeout: 20_000 });
      expect(await page.getByText(s['timer.offlineReady']!).isVisible()).toBe(true);
      await context.setOffline(true);
      // The network really is gone for the page: something never cached cannot load.
      expect(await page.evaluate(() => fetch('/downloads/', { cache: 'no-store' }).then(() => 'online', () => 'offline'))).toBe('offline');

      await page.clock.install();
      const response = await page.reload();
      expect(response?.fromServiceWorker(), 'the reload came from the service worker').toBe(true);
      await expect.poll(() => page.getByRole('heading', { level: 2, name: stepName(0) }).isVisible(), { timeout: 15_000 }).toBe(true);
      await page.getByRole('button', { name: s['timer.start']!, exact: true }).click();
      await page.clock.runFor(61_000 + 250);
      expect(await clockText(page)).toBe(mmss(steps[0]!.minutes * 60_000 - 61_000));
      await page.getByRole('button', { name: s['timer.next']! }).click();
      expect(await page.getByRole('heading', { level: 2 }).filter({ hasText: stepName(1) }).count()).toBe(1);
      expect(opened.problems.filter((p) => p.startsWith('uncaught'))).toEqual([]);
    } finally {
      await context.setOffline(false);
      await opened.close();
    }
  });
});

describe('method pages', () => {
  test.for(langs)('%s: every method page links to the timer with its steps', async (lang, { expect }) => {
    const s = strings(lang);
    const method = loadMethods(lang)[0]!;
    const opened = await openPage(browser, method.url);
    try {
      await opened.page.getByRole('link', { name: s['timer.fromMethod']! }).click();
      await opened.page.waitForURL((url) => url.pathname === `${langBase(lang)}timer/`);
      expect(new URL(opened.page.url()).search).toBe(`?v=1&m=${method.method.id}`);
      await expect.poll(() => opened.page.getByRole('heading', { level: 2, name: fill(s['evening.step']!, { n: 1, title: method.method.steps[0]!.title }) }).isVisible(), { timeout: 15_000 }).toBe(true);
    } finally {
      await opened.close();
    }
  });
});
