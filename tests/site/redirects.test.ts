/**
 * Protects the short links printed on cards and QR codes: /m/<id>/ and /en/m/<id>/ must land on the
 * method page in the same language, for every method that was built.
 */
import { describe, expect, test } from 'vitest';
import { builtMethodIds, contentPages, fileOfRoute, redirectPages } from '../support/dist.ts';
import { langBase, langs } from '../../src/config.ts';

const redirects = redirectPages();

describe('permalinks', () => {
  test.for(redirects.map((p) => [p.route, p] as const))('%s redirects to its method page', ([, page]) => {
    const match = /^(\/(?:[a-z]{2}\/)?)m\/([a-z0-9-]+)\/$/.exec(page.route);
    expect(match, 'only /m/<id>/ and /<lang>/m/<id>/ are redirects').not.toBeNull();
    const [, base, id] = match!;
    const target = `${base}methoden/${id}/`;
    expect(page.redirectTo).toBe(target);
    expect(fileOfRoute(target), `${target} is not built`).toBeDefined();
    expect(contentPages().find((p) => p.route === target)?.lang).toBe(page.lang);
  });

  test.for(langs)('every %s method page has a permalink', (lang) => {
    const ids = builtMethodIds(lang);
    expect(ids.length).toBeGreaterThan(0);
    const missing = ids.filter((id) => !redirects.some((r) => r.route === `${langBase(lang)}m/${id}/`));
    expect(missing).toEqual([]);
  });
});
