/**
 * Protects the session planner (/planner/, /en/planner/): filled in by its labels it builds the evening
 * with clock times; its share link rebuilds the same plan; the print view fits one A4 and one Letter
 * page; and hundreds of hostile links in one page never run script, inject elements or blank the plan.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PDFDocument } from 'pdf-lib';
import { langBase, langs, type Lang } from '../../src/config.ts';
import { loadData, loadMethods } from '../../src/lib/content/load.ts';
import { buildEvening } from '../../src/lib/sessionEvening.ts';
import { connectBrowser, openPage } from '../support/browser.ts';
import { hostileQueries } from '../support/hostile.ts';

let browser: Browser;
beforeAll(async () => void (browser = await connectBrowser()));
afterAll(async () => browser?.close());

const strings = (lang: Lang) => JSON.parse(readFileSync(`src/content/i18n/${lang}.json`, 'utf8')) as Record<string, string>;
const planTable = (page: Page) => page.getByRole('region', { name: strings(page.url().includes('/en/') ? 'en' : 'nl')['planner.planHeading']! }).getByRole('table');
const tableText = async (page: Page) => (await planTable(page).innerText()).replace(/\s+/g, ' ');

describe.each(langs)('planner (%s)', (lang) => {
  const s = strings(lang);
  const methods = loadMethods(lang);
  const [first, second] = [methods[0]!, methods[1]!];
  const path = `${langBase(lang)}planner/`;

  test('builds an evening from the form, with clock times, and its link rebuilds it', async ({ expect }) => {
    const opened = await openPage(browser, path);
    const { page } = opened;
    try {
      await page.getByLabel(s['planner.date']!).fill('2026-12-10');
      await page.getByLabel(s['planner.time']!).fill('20:15');
      await page.getByLabel(s['planner.size']!).fill('5');
      await page.getByLabel(s['planner.frame']!).selectOption({ label: s['phase.long']! });
      await page.getByLabel(s['planner.case1']!).selectOption({ label: first.title });
      await page.getByLabel(s['planner.case2']!).selectOption({ label: second.title });

      const rows = planTable(page).locator('tbody tr');
      await expect.poll(() => rows.first().innerText(), { timeout: 15_000 }).toMatch(/^20:15/);
      const text = await tableText(page);
      expect(text).toContain(`${s['planner.case']!.replace('{{n}}', '2')}: ${second.title}`);
      expect(text).toContain(second.method.steps[0]!.title);
      expect(new URL(page.url()).search).toBe(`?v=1&d=2026-12-10&t=20:15&n=5&c=${first.method.id},${second.method.id}&f=long`);

      // Links to the method pages, from the page's own data.
      await expect.poll(() => page.getByRole('link', { name: first.title, exact: false }).first().getAttribute('href'), { timeout: 15_000 }).toBe(first.url);

      const share = await page.getByRole('link', { name: s['planner.share']! }).getAttribute('href');
      const again = await openPage(browser, share!);
      try {
        await expect.poll(() => tableText(again.page), { timeout: 15_000 }).toBe(text);
        expect(await again.page.getByLabel(s['planner.time']!).inputValue()).toBe('20:15');
        expect(again.problems).toEqual([]);
      } finally {
        await again.close();
      }
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('warns when the evening runs past the frame or the group does not suit the method', async ({ expect }) => {
    // A method with a maximum below the planner's own limit, and one person too many for it.
    const small = methods.find((m) => m.method.groupSize.max < 30)!;
    const size = small.method.groupSize.max + 1;
    const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k]));
    const opened = await openPage(browser, `${path}?v=1&t=19:30&n=${size}&c=${small.method.id},${small.method.id}&f=short`);
    try {
      const region = opened.page.getByRole('region', { name: s['planner.planHeading']! });
      await expect.poll(() => region.innerText(), { timeout: 15_000 }).toContain(fill(s['planner.warnTooBig']!, { method: small.title, max: small.method.groupSize.max, size }));
      // Two cases of the method in 2 hours: the page says what the merge rule says.
      const phases = loadData('phases', lang);
      const evening = buildEvening(phases, [{ steps: small.method.steps }, { steps: small.method.steps }], 'short');
      const frame = s['phase.short']!;
      expect(await region.innerText()).toContain(
        evening.fits ? fill(s['planner.fits']!, { frame, spare: evening.spare }) : fill(s['planner.warnTooLong']!, { over: -evening.spare, frame }),
      );
    } finally {
      await opened.close();
    }
  });

  test('the print view of a two-case evening fits one A4 page and one Letter page', async ({ expect }) => {
    const opened = await openPage(browser, `${path}?v=1&d=2026-12-10&t=19:30&n=6&c=${first.method.id},${second.method.id}&f=long`);
    try {
      await opened.page.emulateMedia({ media: 'print' });
      expect(await opened.page.getByLabel(s['planner.time']!).isVisible(), 'the form is not printed').toBe(false);
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = await PDFDocument.load(await opened.page.pdf({ format, printBackground: true }));
        expect(pdf.getPageCount(), format).toBe(1);
      }
    } finally {
      await opened.close();
    }
  });
});

describe('hostile planner links', () => {
  const ids = loadMethods('nl').map((m) => m.method.id);

  test('300 hostile links in one page: no script runs, nothing is injected, the plan always renders', async ({ expect }) => {
    const opened = await openPage(browser, '/planner/');
    const { page } = opened;
    const dialogs: string[] = [];
    page.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss()));
    try {
      await page.locator('[data-rows] tr').first().waitFor();
      const result = await page.evaluate((queries) => {
        const count = () => document.querySelectorAll('script, img, svg, iframe, object, embed, [onerror], [onload]').length;
        const before = count();
        const failures: string[] = [];
        for (const q of queries) {
          try {
            history.replaceState(null, '', `?${q}`);
          } catch {
            continue;
          }
          dispatchEvent(new PopStateEvent('popstate'));
          const rows = document.querySelectorAll('[data-rows] tr').length;
          const total = document.querySelector('[data-total]')?.textContent ?? '';
          if (rows === 0 || !total) failures.push(`blank plan: ${q}`);
          if (count() !== before) failures.push(`element injected: ${q}`);
          if ((window as unknown as { pwned?: unknown }).pwned) failures.push(`script ran: ${q}`);
        }
        return { failures, checked: queries.length };
      }, hostileQueries(300, ids, 11).map((q) => q.replaceAll('alert(1)', 'alert(1),window.pwned=1')));
      expect(result.checked).toBe(300);
      expect(result.failures).toEqual([]);

      // A few as real page loads too: the first render path, not only popstate.
      for (const q of hostileQueries(8, ids, 23)) {
        await page.goto(`/planner/?${q}`.replace(/^/, new URL(page.url()).origin));
        await page.locator('[data-rows] tr').first().waitFor();
      }
      expect(dialogs).toEqual([]);
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
