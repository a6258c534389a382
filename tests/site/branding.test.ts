/**
 * Protects the branding reaching the built site: every page shows the configured name and logo in its
 * header and sets the configured accent colours (src/config.ts), which the theme's shades mix from.
 */
import { describe, expect, test } from 'vitest';
import { builtPages } from '../support/dist.ts';
import { brand } from '../../src/config.ts';

describe('branding on every page', () => {
  const pages = builtPages().filter((p) => !p.redirectTo);
  test.for(pages.map((p) => [p.route, p] as const))('%s carries the brand', ([, page]) => {
    const title = page.dom.querySelector('header .site-title');
    expect(title?.textContent.trim()).toBe(brand.name);
    expect(title?.querySelector('img')?.getAttribute('src')).toMatch(/\.svg$/);
    const styles = page.dom.querySelectorAll('head style').map((s) => s.textContent);
    expect(styles).toContain(`:root{--ik-accent:${brand.accent}}:root[data-theme='dark']{--ik-accent:${brand.accentDark}}`);
  });
});
