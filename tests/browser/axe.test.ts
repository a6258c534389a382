/**
 * Protects accessibility (WCAG 2.2 AA as far as axe-core can test it): every built page has zero axe
 * violations in the light and in the dark theme. Fix a violation in the site (src/styles/theme.css,
 * src/components/), never by loosening this test.
 *
 * Each page is loaded once with the light theme stored (as a returning visitor would have it), checked
 * with every rule, then switched to dark with Starlight's own theme picker and checked again with the
 * rules whose outcome depends on colour: the theme changes colours only, not structure, names or roles.
 */
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { contentPages } from '../support/dist.ts';
import { connectBrowser, openPage, type Theme } from '../support/browser.ts';
import { langBase, langs } from '../../src/config.ts';
import { loadMethods } from '../../src/lib/content/load.ts';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The rules of those tags that read colours; the dark theme is checked with these. */
const colourRules = ['color-contrast', 'link-in-text-block'];

let browser: Browser;
beforeAll(async () => void (browser = await connectBrowser()));
afterAll(async () => browser?.close());

async function violations(page: Page, rules?: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const { violations } = await (rules ? builder.withRules(rules) : builder.withTags(tags)).analyze();
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} → ${n.target.join(' ')}\n    ${n.failureSummary?.split('\n').join('\n    ')}`),
  );
}

const themeOf = (page: Page) => page.locator('html').getAttribute('data-theme');

describe('axe', () => {
  test.concurrent.for(contentPages().map((p) => [p.urlPath] as const))('%s: no violations in light and dark theme', async ([path], { expect }) => {
    const opened = await openPage(browser, path, { theme: 'light' });
    const { page } = opened;
    try {
      expect(await themeOf(page), 'stored theme applied on load').toBe('light' satisfies Theme);
      expect.soft(await violations(page), `${path} [light]`).toEqual([]);

      await page.locator('starlight-theme-select select').filter({ visible: true }).first().selectOption('dark');
      expect(await themeOf(page), 'theme picker switched to dark').toBe('dark' satisfies Theme);
      expect.soft(await violations(page, colourRules), `${path} [dark]`).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

/**
 * The planner and the timer render most of their page from the URL, so they are also checked in the
 * state a user sees them: a two-case plan with warnings, and a running timer at its end-of-step cue.
 */
describe('axe on the planner and the timer, in use', () => {
  const tools = langs.flatMap((lang) => {
    const [first, second] = loadMethods(lang);
    return [
      [`${langBase(lang)}planner/?v=1&d=2026-12-10&t=19:30&n=40&c=${first!.method.id},${second!.method.id}&f=short`, false],
      [`${langBase(lang)}timer/?v=1&m=${first!.method.id}`, true],
    ] as const;
  });

  test.concurrent.for(tools)('%s: no violations in light and dark theme', async ([path, runTimer], { expect }) => {
    const opened = await openPage(browser, path, { theme: 'light' });
    const { page } = opened;
    try {
      if (runTimer) {
        await page.clock.install();
        await page.reload();
        await page.locator('[data-toggle]').click();
        await page.clock.runFor(60 * 60_000);
        expect(await page.locator('[data-timer].done').count(), 'end-of-step cue shown').toBe(1);
      } else {
        await page.locator('[data-rows] tr').first().waitFor();
      }
      expect.soft(await violations(page), `${path} [light]`).toEqual([]);
      await page.locator('starlight-theme-select select').filter({ visible: true }).first().selectOption('dark');
      expect(await themeOf(page)).toBe('dark' satisfies Theme);
      expect.soft(await violations(page, colourRules), `${path} [dark]`).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
