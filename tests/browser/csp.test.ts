/**
 * Protects the strict Content-Security-Policy: the policy the site ships (dist/_headers, applied by the
 * test server) blocks a script injected into a page, and the violation reaches the test as a problem —
 * so the "no problems" check on every page in pages.test.ts would catch a script the policy does not allow.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectBrowser, openPage } from '../support/browser.ts';

let browser: Browser;
beforeAll(async () => void (browser = await connectBrowser()));
afterAll(async () => browser?.close());

test('an injected inline script is blocked and reported', async () => {
  const opened = await openPage(browser, '/');
  try {
    const csp = opened.response?.headers()['content-security-policy'] ?? '';
    const scriptSrc = csp.split(';').map((d) => d.trim().split(/\s+/)).find(([name]) => name === 'script-src') ?? [];
    expect(scriptSrc.slice(1).filter((source) => !/^'sha256-[A-Za-z0-9+/]+=*'$/.test(source))).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp, 'no third-party origin').not.toMatch(/https?:/);
    const ran = await opened.page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedRan = true;';
      document.body.append(script);
      await new Promise((done) => setTimeout(done, 50));
      return (window as unknown as { injectedRan?: boolean }).injectedRan === true;
    });
    expect(ran, 'the injected script ran').toBe(false);
    expect(opened.problems.join('\n')).toMatch(/CSP violation: script-src-elem blocked inline/);
  } finally {
    await opened.close();
  }
});
