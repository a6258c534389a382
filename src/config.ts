/**
 * Project-wide settings shared by the site (astro.config.mjs) and the print kit (scripts/kit).
 * The site URL is read from the environment so a fork can deploy elsewhere; QR codes on the
 * cards point at the same URL, so set SITE_URL before building prints for another domain.
 */
export const DEFAULT_SITE_URL = 'https://intervisiekit.nl';

export const siteUrl: string = (process.env.SITE_URL ?? DEFAULT_SITE_URL).replace(/\/+$/, '');

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
