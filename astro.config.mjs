// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import starlightLinksValidator from 'starlight-links-validator';
import { readFileSync } from 'node:fs';
import { basePath, brand, languages, localePrefix, rootLang, siteUrl } from './src/config.ts';
import { uiStringsFile } from './src/lib/content/files.ts';
import { assertBrand } from './src/lib/brandCheck.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinks } from './src/integrations/baseLinks.ts';
import { contentContract } from './src/integrations/contentContract.ts';
import { notFoundPages } from './src/integrations/notFoundPages.ts';
import { contentSecurityPolicy } from './src/integrations/contentSecurityPolicy.ts';

/** @type {Record<string, Record<string, string>>} Each language's UI strings, for the sidebar's group labels. */
const uiStrings = Object.fromEntries(languages.map((l) => [l.lang, JSON.parse(readFileSync(uiStringsFile(l.lang), 'utf8'))]));
const label = (/** @type {import("./src/config.ts").Lang} */ lang, /** @type {string} */ key) => {
  const value = uiStrings[lang]?.[key];
  if (!value) throw new Error(`UI string "${key}" is missing in ${uiStringsFile(lang)}`);
  return value;
};

/** A sidebar group whose pages come from one content folder, ordered by `sidebar.order`; its label is a UI string. */
const group = (/** @type {string} */ key, /** @type {string} */ directory) => ({
  label: label(rootLang, key),
  translations: Object.fromEntries(languages.filter((l) => l.lang !== rootLang).map((l) => [l.lang, label(l.lang, key)])),
  items: [{ autogenerate: { directory } }],
});

// A trainer's branded copy fails here, before anything is written, when a colour or the logo is unusable.
assertBrand(brand, fileURLToPath(new URL('.', import.meta.url)));

export default defineConfig({
  site: siteUrl,
  base: basePath,
  // Root links in content get the base path when the site is hosted under one (SITE_URL with a path).
  markdown: { processor: satteri({ hastPlugins: [baseLinks] }) },
  trailingSlash: 'always',
  // Astro 7 defaults to 'jsx', which glues inline elements together ("20 minklein"); keep HTML spacing.
  compressHTML: true,
  integrations: [
    contentContract(),
    starlight({
      title: brand.name,
      logo: { src: `./${brand.logo}` },
      defaultLocale: 'root',
      // Languages come from src/config.ts; the root language has no URL prefix.
      locales: Object.fromEntries(languages.map((l) => [l.locale || 'root', { label: l.label, lang: l.lang }])),
      favicon: '/favicon.svg',
      customCss: ['./src/styles/theme.css'],
      // The accent colours come from the branding (src/config.ts); theme.css derives the shades.
      head: [{ tag: 'style', content: `:root{--ik-accent:${brand.accent}}:root[data-theme='dark']{--ik-accent:${brand.accentDark}}` }],
      components: {
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        Footer: './src/components/overrides/Footer.astro',
        Search: './src/components/overrides/Search.astro',
      },
      routeMiddleware: './src/routeData.ts',
      sidebar: [
        group('sidebar.gettingStarted', 'aan-de-slag'),
        group('sidebar.session', 'sessie'),
        group('sidebar.methods', 'methoden'),
        { slug: 'planner' },
        { slug: 'valkuilen' },
        { slug: 'tips' },
        { slug: 'woordenlijst' },
        { slug: 'downloads' },
        { slug: 'voor-trainers' },
      ],
      // Glossary anchors come from a component, which the validator cannot see; the content contract
      // checks every link to /woordenlijst/#<term> against src/content/glossary instead.
      plugins: [starlightLinksValidator({ errorOnLocalLinks: false, exclude: languages.map((l) => `${basePath}${localePrefix(l.lang)}woordenlijst/#*`) })],
    }),
    mdx(),
    notFoundPages(),
    contentSecurityPolicy({ base: basePath }),
  ],
});
