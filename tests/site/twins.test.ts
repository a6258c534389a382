/**
 * Protects the two-language promise on the built site: each page exists at the same slug in the other
 * language, and the hreflang links (which the language picker and search engines follow) point at it.
 */
import { describe, expect, test } from 'vitest';
import { contentPages, fileOfRoute, twinRoute } from '../support/dist.ts';
import { langs } from '../../src/config.ts';

const pages = contentPages();
const path = (href: string | undefined) => (href ? new URL(href, 'https://example.invalid').pathname : undefined);

describe('language twins', () => {
  test.for(pages.map((p) => [p.route, p] as const))('%s has a twin in every other language', ([, page]) => {
    for (const lang of langs.filter((l) => l !== page.lang)) {
      const twin = twinRoute(page.route, lang);
      expect(fileOfRoute(twin), `${twin} is not built`).toBeDefined();
    }
  });

  test.for(pages.map((p) => [p.route, p] as const))('%s links its twins with hreflang', ([, page]) => {
    const alternates = Object.fromEntries(
      page.dom
        .querySelectorAll('link[rel="alternate"][hreflang]')
        .map((link) => [link.getAttribute('hreflang'), path(link.getAttribute('href'))]),
    );
    for (const lang of langs) {
      expect(alternates[lang], `hreflang="${lang}"`).toBe(twinRoute(page.route, lang));
    }
    expect(alternates['x-default'], 'hreflang="x-default" (Dutch is the default)').toBe(twinRoute(page.route, 'nl'));
    expect(path(page.dom.querySelector('link[rel="canonical"]')?.getAttribute('href')), 'canonical').toBe(page.route);
  });
});
