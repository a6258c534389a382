/**
 * Project-wide settings shared by the site (astro.config.mjs) and the print kit (scripts/kit).
 * SITE_URL says where the site will live, path included (https://school.example/intervisie/): links,
 * assets, search, link previews and the QR codes on the cards all follow it. Set it before building
 * a copy for another address.
 */
export const DEFAULT_SITE_URL = 'https://intervisiekit.nl/';

/** Reads SITE_URL; anything but an absolute http(s) URL stops the build before anything is written. */
export function parseSiteUrl(raw: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash || url.username) {
    throw new Error(`SITE_URL must be an absolute http(s) URL without query or fragment, such as https://school.example/intervisie/ (got "${raw}").`);
  }
  return url;
}

const site = parseSiteUrl(process.env.SITE_URL || DEFAULT_SITE_URL);

/** The path the site is served under: '/' or e.g. '/intervisie/' (Astro's `base`). */
export const basePath: string = site.pathname.replace(/\/*$/, '/');

/** Origin plus base path, without a trailing slash: `${siteUrl}/methoden/x/` is a page's address. */
export const siteUrl: string = `${site.origin}${basePath}`.replace(/\/$/, '');

/** A site path ('/methoden/x/') as a link under the base path ('/intervisie/methoden/x/'). */
export const withBase = (path: string): string => (path.startsWith('/') && !path.startsWith('//') ? `${basePath}${path.slice(1)}` : path);

/** Languages in build order: Dutch first. `locale` is the URL prefix ('' for the root). */
export const languages = [
  { lang: 'nl', locale: '', pdfLang: 'nl-NL', label: 'Nederlands' },
  { lang: 'en', locale: 'en', pdfLang: 'en', label: 'English' },
] as const;

export type Lang = (typeof languages)[number]['lang'];
export const langs: Lang[] = languages.map((l) => l.lang);

/** Who made it: used in page footers and PDF metadata. */
export const publisher = {
  name: 'Intervisiekit',
  author: 'Intervisiekit contributors',
  codeLicence: 'MIT',
  contentLicence: 'CC BY-SA 4.0',
} as const;

/** The organisation shown in the header, the link previews and the printables. */
export const brand = {
  name: 'Intervisiekit',
  /** The site's accent colour (src/styles/theme.css `--sl-color-accent`). */
  accent: '#0b5c6b',
} as const;

/** Path prefix of a language on the site: '/' for Dutch, '/en/' for English. */
export function langBase(lang: Lang): string {
  const { locale } = languages.find((l) => l.lang === lang)!;
  return locale ? `/${locale}/` : '/';
}

/** The short link of a method (what the printed cards' QR codes carry): '/m/<id>/', '/en/m/<id>/'. */
export const shortLinkPath = (lang: Lang, id: string): string => `${langBase(lang)}m/${id}/`;
