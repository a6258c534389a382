/**
 * Protects the method finder on the methods overview and the choosing page, in a real Chromium: the
 * filters change the list and the URL, a reload or the back button restores the state, "no results"
 * names the filter to loosen, the guided finder ranks with reasons, and without JavaScript every method
 * is still listed. Expected results come from the method pages' frontmatter, never typed here, so the
 * tests follow the content as methods are added.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, connectBrowser, openPage } from '../support/browser.ts';
import { langBase, langs, type Lang } from '../../src/config.ts';
import { loadMethods } from '../../src/lib/content/load.ts';
import { facilitatorNeeds, questionTypes } from '../../src/schemas/vocabulary.ts';

let browser: Browser;
beforeAll(async () => void (browser = await connectBrowser()));
afterAll(async () => browser?.close());

const strings = (lang: Lang) => JSON.parse(readFileSync(`src/content/i18n/${lang}.json`, 'utf8')) as Record<string, string>;
const fill = (template: string, params: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k]));
const overview = (lang: Lang) => `${langBase(lang)}methoden/`;
const sorted = (list: string[]) => [...list].sort();

/** Titles of the method cards that are shown (hidden cards have no accessible heading). */
const shownTitles = async (page: Page) => sorted(await page.locator('[data-method]').getByRole('heading', { level: 3 }).allInnerTexts());

describe.for(langs)('%s: methods overview', (lang) => {
  const s = strings(lang);
  const methods = loadMethods(lang);
  const titles = (filter: (m: (typeof methods)[number]['method']) => boolean) => sorted(methods.filter((m) => filter(m.method)).map((m) => m.title));
  // A question type that some, but not all, methods suit (the filter must visibly change the list).
  const question = questionTypes.find((q) => {
    const n = methods.filter((m) => m.method.questionTypes.includes(q)).length;
    return n > 0 && n < methods.length;
  })!;
  const questionBox = s[`questionType.${question}`]!;

  test('without JavaScript every method is listed, and the filters stay out of the way', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(new URL(overview(lang), baseUrl()).href);
      expect(methods.length).toBeGreaterThan(0);
      expect(await shownTitles(page)).toEqual(titles(() => true));
      expect(await page.getByRole('checkbox').count(), 'no dead controls without JS').toBe(0);
      await page.goto(new URL(`${overview(lang)}kiezen/`, baseUrl()).href);
      for (const m of methods) expect(await page.getByRole('link', { name: m.title, exact: true }).count(), m.title).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  test('filters change the list and the URL; reload and back restore the state', async () => {
    const opened = await openPage(browser, overview(lang));
    const { page } = opened;
    try {
      expect(await shownTitles(page)).toEqual(titles(() => true));
      await page.getByRole('checkbox', { name: questionBox, exact: true }).check();
      await expect.poll(() => shownTitles(page)).toEqual(titles((m) => m.questionTypes.includes(question)));
      expect(new URL(page.url()).searchParams.get('question')).toBe(question);
      await expect.poll(() => page.locator('[data-status]').innerText()).toContain(
        fill(s['finder.count']!, { shown: titles((m) => m.questionTypes.includes(question)).length, total: methods.length }),
      );

      // A second filter narrows (AND); its level is one of the matching methods' own.
      const level = methods.find((m) => m.method.questionTypes.includes(question))!.method.level;
      await page.getByRole('checkbox', { name: s[`level.${level}`]!, exact: true }).check();
      const both = titles((m) => m.questionTypes.includes(question) && m.level === level);
      await expect.poll(() => shownTitles(page)).toEqual(both);
      expect(new URL(page.url()).searchParams.get('level')).toBe(level);

      await page.reload();
      expect(await shownTitles(page)).toEqual(both);
      expect(await page.getByRole('checkbox', { name: s[`level.${level}`]!, exact: true }).isChecked()).toBe(true);

      await page.goBack();
      await expect.poll(() => shownTitles(page)).toEqual(titles((m) => m.questionTypes.includes(question)));
      expect(await page.getByRole('checkbox', { name: s[`level.${level}`]!, exact: true }).isChecked()).toBe(false);
      expect(await page.getByRole('checkbox', { name: questionBox, exact: true }).isChecked()).toBe(true);

      await page.getByRole('button', { name: s['finder.clear']! }).click();
      await expect.poll(() => shownTitles(page)).toEqual(titles(() => true));
      expect(new URL(page.url()).search).toBe('');
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('no results: the status says so and names the filter to loosen', async () => {
    // A question type and a "who leads" value that each match methods, but never together.
    const pair = questionTypes
      .flatMap((q) => facilitatorNeeds.map((f) => [q, f] as const))
      .find(
        ([q, f]) =>
          methods.some((m) => m.method.questionTypes.includes(q)) &&
          methods.some((m) => m.method.facilitator === f) &&
          !methods.some((m) => m.method.questionTypes.includes(q) && m.method.facilitator === f),
      );
    expect(pair, 'the content offers an empty combination').toBeDefined();
    const [q, f] = pair!;
    const opened = await openPage(browser, `${overview(lang)}?question=${q}&lead=${f}`);
    const { page } = opened;
    try {
      expect(await shownTitles(page)).toEqual([]);
      const status = await page.getByRole('status').filter({ hasText: s['finder.none']! }).innerText();
      expect(status).toContain(s['finder.none']);
      const withoutQuestion = methods.filter((m) => m.method.facilitator === f).length;
      const withoutLead = methods.filter((m) => m.method.questionTypes.includes(q)).length;
      expect(status).toContain(fill(s['finder.loosen']!, { filter: s['finder.filter.question']!, count: withoutQuestion }));
      expect(status).toContain(fill(s['finder.loosen']!, { filter: s['finder.filter.lead']!, count: withoutLead }));
      // The filter that frees most methods is named first.
      const first = withoutQuestion >= withoutLead ? s['finder.filter.question']! : s['finder.filter.lead']!;
      const second = first === s['finder.filter.question'] ? s['finder.filter.lead']! : s['finder.filter.question']!;
      expect(status.indexOf(`‘${first}’`)).toBeLessThan(status.indexOf(`‘${second}’`));
      // The state came from the link: the boxes are ticked and the filter panel is open.
      expect(await page.getByRole('checkbox', { name: s[`facilitator.${f}`]!, exact: true }).isChecked()).toBe(true);
    } finally {
      await opened.close();
    }
  });

  test('the guided finder ranks the methods for the question first and says why', async () => {
    // Ask for the question type of the last method in page order, so the ranking must reorder the list.
    const target = methods.at(-1)!.method;
    const q = target.questionTypes[0]!;
    const size = target.groupSize.min;
    const opened = await openPage(browser, overview(lang));
    const { page } = opened;
    try {
      await page.getByText(s['finder.guide.title']!, { exact: true }).click();
      await page.getByLabel(s['finder.guide.question']!).selectOption(q);
      await page.getByRole('radio', { name: s[target.level === 'new' ? 'finder.guide.levelNew' : 'finder.guide.levelExperienced']! }).check();
      await page.getByRole('radio', { name: s['phase.long']!, exact: true }).check();
      await page.getByLabel(s['finder.guide.size']!).fill(String(size));
      await page.getByRole('button', { name: s['finder.guide.submit']! }).click();

      const result = page.locator('[data-guide-result] > ol > li');
      await expect.poll(() => result.count()).toBe(Math.min(5, methods.length));
      const ranked = await result.locator('> a').allInnerTexts();
      const suits = methods.filter((m) => m.method.questionTypes.includes(q)).map((m) => m.title);
      expect(suits, 'the top method suits the question').toContain(ranked[0]);
      // Each ranked method says whether it suits the question; the page order would not put it first.
      for (const [i, title] of ranked.entries()) {
        const reasons = await result.nth(i).locator('.reasons li').allInnerTexts();
        const code = suits.includes(title) ? 'finder.why.question' : 'finder.why.questionOther';
        expect(reasons, title).toContain(fill(s[code]!, { question: s[`questionType.${q}`]! }));
        expect(reasons.some((r) => r.includes(String(size))), `${title}: a reason about ${size} people`).toBe(true);
      }
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('with the guide and the filters in use: no axe violations in light and dark theme', async () => {
    const opened = await openPage(browser, `${overview(lang)}?question=${question}`, { theme: 'light' });
    const { page } = opened;
    try {
      await page.getByText(s['finder.guide.title']!, { exact: true }).click();
      await page.getByLabel(s['finder.guide.question']!).selectOption(question);
      await page.getByRole('button', { name: s['finder.guide.submit']! }).click();
      await page.locator('[data-guide-result] ol').waitFor();
      const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
      const run = async () => (await new AxeBuilder({ page }).withTags(tags).analyze()).violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
      expect(await run(), 'light').toEqual([]);
      await page.locator('starlight-theme-select select').filter({ visible: true }).first().selectOption('dark');
      expect(await run(), 'dark').toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
