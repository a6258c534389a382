/**
 * Opening a page the way the browser tests need it: in its own context (axe requires
 * `browser.newContext()`), with every request recorded and anything that leaves 127.0.0.1 blocked,
 * and with console errors, page errors and failed or 4xx/5xx responses collected as problems.
 */
import { chromium, type Browser, type BrowserContext, type Page, type Response } from 'playwright-core';
import { inject } from 'vitest';

export type Theme = 'light' | 'dark';

export const baseUrl = () => inject('baseUrl');
export const connectBrowser = (): Promise<Browser> => chromium.connect(inject('wsEndpoint'));

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** The response to the page's own request (its headers carry the Content-Security-Policy). */
  response: Response | null;
  /** Every URL the page requested (documents, scripts, styles, fonts, search index…). */
  requests: string[];
  /** Requests to anything but the local server: the site must work fully offline and track nobody. */
  foreign: () => string[];
  /** Console errors, uncaught exceptions, Content-Security-Policy violations, failed requests and error responses. */
  problems: string[];
  close: () => Promise<void>;
}

export async function openPage(
  browser: Browser,
  path: string,
  {
    theme,
    waitUntil = 'load',
    origin = baseUrl(),
  }: { theme?: Theme; waitUntil?: 'load' | 'networkidle'; /** Another local server (the sub-path build). */ origin?: string } = {},
): Promise<OpenedPage> {
  const local = new URL(origin);
  const context = await browser.newContext(theme ? { colorScheme: theme } : {});
  const requests: string[] = [];
  const problems: string[] = [];
  const isLocal = (url: string) => {
    const { protocol, host } = new URL(url);
    return protocol === 'data:' || protocol === 'blob:' || host === local.host;
  };
  context.on('request', (request) => void requests.push(request.url()));
  // Never let a stray request reach the network, even when the test is about to fail on it.
  await context.route((url) => !isLocal(url.href), (route) => route.abort('blockedbyclient'));
  // Init scripts run outside the page's CSP; a violation anywhere on the page becomes a problem.
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`),
    ),
  );
  if (theme) await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);

  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => void problems.push(`uncaught exception: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    // ERR_ABORTED: the page navigated away (language picker, redirect) while a request was pending.
    if (isLocal(request.url()) && reason !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  const response = await page.goto(new URL(path, local).href, { waitUntil });
  return {
    page,
    context,
    response,
    requests,
    foreign: () => requests.filter((url) => !isLocal(url)),
    problems,
    close: () => context.close(),
  };
}
