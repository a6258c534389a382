/**
 * Global setup of the browser project: serve dist/ on 127.0.0.1 and start one Chromium that every
 * browser test file connects to. Both stop when the run ends.
 */
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { assertBuilt, distDir } from '../support/dist.ts';
import { serveStatic } from '../../scripts/builtSite/staticServer.ts';
import { chromiumArgs, chromiumPath } from '../../scripts/builtSite/chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `http://127.0.0.1:<port>`, serving dist/. */
    baseUrl: string;
    /** Playwright endpoint of the shared Chromium. */
    wsEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  assertBuilt();
  const server = await serveStatic(distDir);
  const browser = await chromium.launchServer({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  project.provide('baseUrl', server.origin);
  project.provide('wsEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
