/**
 * Protects the 404 pages: an unknown URL under a language prefix gets that language's 404 page, on a
 * host that serves the nearest 404.html (the test server does, like Cloudflare Pages) and on Netlify
 * (dist/_redirects).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { langBase, languages } from '../../src/config.ts';
import { baseUrl } from '../support/browser.ts';

describe('404', () => {
  test.for(languages.map((l) => l.lang))('an unknown %s address gets the 404 page in that language', async (lang) => {
    const response = await fetch(`${baseUrl()}${langBase(lang)}no-such-page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(new RegExp(`<html[^>]* lang="${lang}"`));
  });

  test('dist/_redirects sends every prefixed language to its own 404 page', () => {
    const rules = readFileSync('dist/_redirects', 'utf8');
    for (const { locale } of languages.filter((l) => l.locale)) expect(rules).toContain(`/${locale}/*  /${locale}/404.html  404`);
  });
});
