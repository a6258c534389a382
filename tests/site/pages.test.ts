/**
 * Protects what search engines, link previews, screen readers and Pagefind read from every page:
 * a description, the right language, and real translated content (never a Starlight fallback).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { contentPages } from '../support/dist.ts';
import { langs } from '../../src/config.ts';

const pages = contentPages();

/** The "not translated" notice Starlight shows on a fallback page, per language (our override wins). */
const untranslatedNotice = Object.fromEntries(
  langs.map((lang) => {
    const ours = JSON.parse(readFileSync(`src/content/i18n/${lang}.json`, 'utf8')) as Record<string, string>;
    const starlightDir = dirname(fileURLToPath(import.meta.resolve('@astrojs/starlight')));
    const builtIn = /"i18n\.untranslatedContent":\s*"([^"]+)"/.exec(
      readFileSync(join(starlightDir, 'translations', `${lang}.js`), 'utf8'),
    )?.[1];
    const text = ours['i18n.untranslatedContent'] ?? builtIn;
    if (!text) throw new Error(`Cannot find Starlight's "not translated" notice for ${lang}`);
    return [lang, text];
  }),
);

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

  test.for(pages.map((p) => [p.route, p] as const))('%s is not a fallback for an untranslated page', ([, page]) => {
    const main = page.dom.querySelector('main');
    expect(main, '<main>').not.toBeNull();
    // Starlight marks fallback content with the language it was written in.
    expect(main!.getAttribute('lang') ?? page.lang, '<main lang>').toBe(page.lang);
    for (const lang of langs) expect(main!.text, 'fallback notice').not.toContain(untranslatedNotice[lang]);
  });
});
