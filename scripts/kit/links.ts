/** The web addresses the kit prints (as QR codes and as text), for cards and job-aids alike. */
import { shortLinkPath, siteUrl } from '../../src/config.ts';
import type { Lang } from '../../src/config.ts';

/** The short URL a QR code on a method card opens (see the redirects in astro.config.mjs). */
export const methodPermalink = (lang: Lang, id: string): string => `${siteUrl}${shortLinkPath(lang, id)}`;

/** An address as printed for reading: no scheme, no trailing slash. */
export const bareUrl = (url: string): string => url.replace(/^https?:\/\//, '').replace(/\/$/, '');
