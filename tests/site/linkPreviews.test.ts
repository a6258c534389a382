/**
 * Protects what a pasted link shows and where a linked step lands: every built page, the short links
 * included, names a 1200 × 630 PNG preview that was built, with title and description; every method
 * step has its anchor in the page's language (#stap-3 / #step-3), once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPages, distDir } from '../support/dist.ts';
import { langs, siteUrl } from '../../src/config.ts';
import { loadMethods } from '../../src/lib/content/load.ts';
import { uiStrings } from '../../src/lib/uiStrings.ts';

const meta = (page: ReturnType<typeof builtPages>[number], property: string) =>
  page.dom.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute('content');

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (file: string) => {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
};

describe('link previews', () => {
  const pages = builtPages();
  test.for(pages.map((p) => [p.route, p] as const))('%s has a 1200 × 630 preview, a title and a description', ([, page]) => {
    const image = meta(page, 'og:image');
    expect(image, 'og:image').toMatch(new RegExp(`^${siteUrl.replace(/[.]/g, '\\.')}/og/.+\\.png$`));
    const file = join(distDir, image!.slice(siteUrl.length));
    expect(existsSync(file), `${file} was built`).toBe(true);
    expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
    expect(meta(page, 'og:title')?.length, 'og:title').toBeGreaterThan(2);
    expect(meta(page, 'og:description')?.length, 'og:description').toBeGreaterThan(20);
    expect(meta(page, 'twitter:card')).toBe('summary_large_image');
  });
});

describe('step anchors', () => {
  test.for(langs)('every %s method step has its own anchor', (lang) => {
    const word = uiStrings(lang)('method.stepAnchor');
    for (const { url, method } of loadMethods(lang)) {
      const page = builtPages().find((p) => p.route === url)!;
      method.steps.forEach((_, i) => {
        expect(page.dom.querySelectorAll(`[id="${word}-${i + 1}"]`).length, `${url}#${word}-${i + 1}`).toBe(1);
        expect(page.dom.querySelector(`a[href="#${word}-${i + 1}"][data-copy-link]`), `copy link for step ${i + 1}`).not.toBeNull();
      });
    }
  });
});
