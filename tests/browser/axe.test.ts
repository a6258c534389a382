/**
 * Protects accessibility (WCAG 2.2 AA as far as axe-core can test it): every built page, in the light
 * and the dark theme, has zero axe violations. Fix a violation in the site (src/styles/theme.css,
 * src/components/), never by loosening this test.
 */
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { contentPages } from '../support/dist.ts';
import { connectBrowser, openPage, type Theme } from '../support/browser.ts';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const themes: Theme[] = ['light', 'dark'];

let browser: Browser;
beforeAll(async () => void (browser = await connectBrowser()));
afterAll(async () => browser?.close());

describe.for(themes)('axe, %s theme', (theme) => {
  test.concurrent.for(contentPages().map((p) => [p.urlPath] as const))('%s has no violations', async ([path], { expect }) => {
    const opened = await openPage(browser, path, { theme });
    try {
      expect(await opened.page.locator('html').getAttribute('data-theme'), 'theme applied').toBe(theme);
      const { violations } = await new AxeBuilder({ page: opened.page }).withTags(tags).analyze();
      const report = violations.flatMap((v) =>
        v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} → ${n.target.join(' ')}\n    ${n.failureSummary?.split('\n').join('\n    ')}`),
      );
      expect(report, `${path} [${theme}]`).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
