/**
 * Protects copies hosted under a path (SITE_URL https://school.example/intervisie/): the site is built
 * again with that SITE_URL and served under /intervisie/ only. Pages load with their CSS and scripts,
 * every root link carries the path, search finds a method there, and the QR target the kit prints
 * opens the method page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectBrowser, openPage } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { loadMethods } from '../../src/lib/contentFiles.ts';

const SITE_URL = 'https://school.example/intervisie/';
const base = '/intervisie/';
const [first] = loadMethods('nl');
const id = first!.method.id;

let browser: Browser;
let server: StaticServer;
let outDir: string;
let qrTarget: string;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'intervisiekit-subpath-'));
  // Vitest puts Vite's BASE_URL, MODE and NODE_ENV into process.env; a child astro build would take
  // BASE_URL=/ over the base that SITE_URL gives, so the child gets the environment without them.
  const viteKeys = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']);
  const env = { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !viteKeys.has(key) && !key.startsWith('VITEST'))), SITE_URL };
  execFileSync('npx', ['astro', 'build', '--outDir', outDir], { env, stdio: 'pipe' });
  // What the printed card's QR code carries, computed by the kit under the same SITE_URL.
  qrTarget = execFileSync('node', ['--input-type=module', '-e', `import { methodPermalink } from './scripts/kit/links.ts'; console.log(methodPermalink('nl', '${id}'));`], { env, encoding: 'utf8' }).trim();
  server = await serveStatic(outDir, 0, { base });
  browser = await connectBrowser();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe(`a copy built for ${SITE_URL}`, () => {
  test.for([`${base}`, `${base}en/`, `${base}methoden/${id}/`, `${base}en/downloads/`])('%s loads with its assets and links under the path', async (path) => {
    const opened = await openPage(browser, path, { origin: server.origin, waitUntil: 'networkidle' });
    try {
      expect(opened.problems, 'errors, 404s or CSP violations').toEqual([]);
      expect(opened.requests.some((url) => url.endsWith('.css')), 'a stylesheet loaded').toBe(true);
      const rootLinks = await opened.page.$$eval('a[href^="/"], link[href^="/"], script[src^="/"], img[src^="/"]', (els) =>
        els.map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? ''),
      );
      expect(rootLinks.length).toBeGreaterThan(5);
      expect(rootLinks.filter((href) => !href.startsWith(base)), 'root links without the base path').toEqual([]);
      const canonical = await opened.page.getAttribute('link[rel="canonical"]', 'href');
      expect(canonical).toBe(`https://school.example${path}`);
      const image = await opened.page.getAttribute('meta[property="og:image"]', 'content');
      expect(image).toMatch(new RegExp(`^https://school\\.example${base}og/.+\\.png$`));
    } finally {
      await opened.close();
    }
  });

  test('the QR target opens the method page', async () => {
    expect(qrTarget).toBe(`${SITE_URL}m/${id}/`);
    const opened = await openPage(browser, new URL(qrTarget).pathname, { origin: server.origin });
    try {
      await opened.page.waitForURL((url) => url.pathname === `${base}methoden/${id}/`);
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('search finds the method under the path', async () => {
    const opened = await openPage(browser, base, { origin: server.origin });
    try {
      const { page } = opened;
      await page.locator('site-search button[data-open-modal]').filter({ visible: true }).first().click();
      await page.locator('#starlight__search .pagefind-ui__search-input').fill(first!.title);
      const results = page.locator('#starlight__search .pagefind-ui__result-link');
      const paths = () => results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      await expect.poll(paths, { timeout: 15_000 }).toContain(`${base}methoden/${id}/`);
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
