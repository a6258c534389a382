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
  /** Where the source code is published (the for-trainers page links it). */
  sourceUrl: 'https://github.com/intervisiekit/intervisiekit',
} as const;

/**
 * Branding: the one place a trainer changes to hand out the kit under their organisation's name.
 * The site header (title and logo), the accent colour of the site, the link previews and the
 * printables (card and job-aid footers, PDF metadata) read it; the site address is SITE_URL above.
 * The build checks the colours (hex, at least 4.5:1 against the page, WCAG AA) and that the logo is an SVG file.
 */
export const brand = {
  /** Organisation name: the site title, the previews, and the printables next to the Intervisiekit credit. */
  name: 'Intervisiekit',
  /** Logo shown left of the title and on link previews: an SVG file, path from the project root. */
  logo: 'src/assets/logo.svg',
  /** Accent colour on the light theme (links, buttons, bands), and its lighter twin for the dark theme. */
  accent: '#0b5c6b',
  accentDark: '#3fa7b8',
} as const;

/**
 * The credit line printed on every card and job-aid: the licence asks for attribution, so a branded
 * copy prints its own name and keeps Intervisiekit's ("Hogeschool X · Intervisiekit · CC BY-SA 4.0").
 */
export const creditLine: string = [...new Set([brand.name, publisher.name])].join(' · ') + ` · ${publisher.contentLicence}`;

const languageOf = (lang: Lang) => languages.find((l) => l.lang === lang)!;

/** The language at the site root (its pages have no prefix): the first with an empty `locale`. */
export const rootLang: Lang = languages.find((l) => l.locale === '')!.lang;

/** A language's prefix in content ids and paths: '' for the root language, 'en/' for English. */
export const localePrefix = (lang: Lang): string => (languageOf(lang).locale ? `${languageOf(lang).locale}/` : '');

/** Path prefix of a language on the site: '/' for Dutch, '/en/' for English. */
export const langBase = (lang: Lang): string => `/${localePrefix(lang)}`;

/** The language a content id or site path belongs to: 'en/methoden/x' → en, 'methoden/x' → nl. */
export function langOfPath(path: string): Lang {
  const first = path.replace(/^\//, '').split('/')[0];
  return languages.find((l) => l.locale !== '' && l.locale === first)?.lang ?? rootLang;
}

/** A language code from outside (Starlight's route, a URL) as one of ours; anything else is a bug. */
export function asLang(code: string | undefined): Lang {
  const found = languages.find((l) => l.lang === code);
  if (!found) throw new Error(`"${code}" is not a language of this site (src/config.ts has ${langs.join(', ')})`);
  return found.lang;
}

/** The short link of a method (what the printed cards' QR codes carry): '/m/<id>/', '/en/m/<id>/'. */
export const shortLinkPath = (lang: Lang, id: string): string => `${langBase(lang)}m/${id}/`;
