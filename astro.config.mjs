// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import starlightLinksValidator from 'starlight-links-validator';
import { siteUrl } from './src/config.ts';
import { contentContract } from './src/integrations/contentContract.ts';
import { notFoundPages } from './src/integrations/notFoundPages.ts';
import { contentSecurityPolicy } from './src/integrations/contentSecurityPolicy.ts';

/** A sidebar group whose pages come from one content folder, ordered by `sidebar.order`. */
const group = (/** @type {string} */ label, /** @type {string} */ en, /** @type {string} */ directory) => ({
  label,
  translations: { en },
  items: [{ autogenerate: { directory } }],
});

export default defineConfig({
  site: siteUrl,
  trailingSlash: 'always',
  // Astro 7 defaults to 'jsx', which glues inline elements together ("20 minklein"); keep HTML spacing.
  compressHTML: true,
  integrations: [
    contentContract(),
    starlight({
      title: { nl: 'Intervisiekit', en: 'Intervisiekit' },
      defaultLocale: 'root',
      locales: {
        root: { label: 'Nederlands', lang: 'nl' },
        en: { label: 'English', lang: 'en' },
      },
      favicon: '/favicon.svg',
      customCss: ['./src/styles/theme.css'],
      components: {
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        Footer: './src/components/overrides/Footer.astro',
        Search: './src/components/overrides/Search.astro',
      },
      routeMiddleware: './src/routeData.ts',
      sidebar: [
        group('Aan de slag', 'Getting started', 'aan-de-slag'),
        group('De sessie', 'The session', 'sessie'),
        group('Methoden', 'Methods', 'methoden'),
        { slug: 'planner' },
        { slug: 'valkuilen' },
        { slug: 'tips' },
        { slug: 'woordenlijst' },
        { slug: 'downloads' },
      ],
      // Glossary anchors come from a component, which the validator cannot see; the content contract
      // checks every link to /woordenlijst/#<term> against src/content/glossary instead.
      plugins: [starlightLinksValidator({ errorOnLocalLinks: false, exclude: ['/woordenlijst/#*', '/en/woordenlijst/#*'] })],
    }),
    mdx(),
    notFoundPages(),
    contentSecurityPolicy(),
  ],
});
