/**
 * Protects the short links printed on cards and QR codes: /m/<id>/ and /en/m/<id>/ must exist for
 * every method and land on the method page in the same language. Any other redirect must at least
 * land on a page that was built.
 */
import { describe, expect, test } from 'vitest';
import { contentPages, fileOfRoute, redirectPages } from '../support/dist.ts';
import { langBase, langs } from '../../src/config.ts';
import { loadMethods } from '../../src/lib/content/load.ts';

const redirects = redirectPages();
const permalink = /^(\/(?:[a-z]{2}\/)?)m\/([a-z0-9-]+)\/$/;

describe('redirects', () => {
  test.for(redirects.map((p) => [p.route, p] as const))('%s lands on a built page in its language', ([, page]) => {
    expect(page.redirectTo, 'redirect target').toMatch(/^\//);
    expect(fileOfRoute(page.redirectTo!), `${page.redirectTo} is not built`).toBeDefined();
    expect(contentPages().find((p) => p.route === page.redirectTo)?.lang).toBe(page.lang);
    const match = permalink.exec(page.route);
    if (match) expect(page.redirectTo, 'a permalink goes to its method page').toBe(`${match[1]}methoden/${match[2]}/`);
  });

  test.for(langs)('every %s method has a built page and a permalink', (lang) => {
    const methods = loadMethods(lang);
    expect(methods.length).toBeGreaterThan(0);
    for (const { url, method } of methods) {
      expect(fileOfRoute(url), `${url} is not built`).toBeDefined();
      expect(redirects.find((r) => r.route === `${langBase(lang)}m/${method.id}/`)?.redirectTo, `permalink of ${method.id}`).toBe(url);
    }
  });
});
