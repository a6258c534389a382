/**
 * Protects what search engines, link previews, screen readers and Pagefind read from every page:
 * a description, a title and the right language. (A Starlight fallback page cannot reach dist/:
 * routeData.ts stops the build on one.)
 */
import { describe, expect, test } from 'vitest';
import { contentPages } from '../support/dist.ts';
import { langs } from '../../src/config.ts';

const pages = contentPages();

describe('every built page', () => {
  test('there are pages in every language', () => {
    for (const lang of langs) expect(pages.filter((p) => p.lang === lang).length, lang).toBeGreaterThan(1);
  });

  test.for(pages.map((p) => [p.route, p] as const))('%s has a description, a title and the right lang', ([, page]) => {
    const description = page.dom.querySelector('meta[name="description"]')?.getAttribute('content')?.trim() ?? '';
    expect(description, 'meta description').not.toBe('');
    expect(page.dom.querySelector('title')?.text.trim() ?? '', '<title>').not.toBe('');
    expect(page.dom.querySelector('html')?.getAttribute('lang'), '<html lang>').toBe(page.lang);
  });
});
