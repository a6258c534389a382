/**
 * Protects the two-language links on the built site: the hreflang links (which the language picker and
 * search engines follow) and the canonical link point at the page's twins and at itself. (That every
 * twin exists is the content contract's job: the build stops without one.)
 */
import { describe, expect, test } from 'vitest';
import { contentPages, twinRoute } from '../support/dist.ts';
import { langs } from '../../src/config.ts';

const pages = contentPages();
const path = (href: string | undefined) => (href ? new URL(href, 'https://example.invalid').pathname : undefined);

describe('language twins', () => {
  test.for(pages.map((p) => [p.route, p] as const))('%s links its twins with hreflang and itself as canonical', ([, page]) => {
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
