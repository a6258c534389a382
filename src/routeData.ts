import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import type { MarkdownHeading } from 'astro';
import { methodSections } from './components/method/sections.ts';
import { pageLang } from './lib/pageLang.ts';
import { listComponents, listPlacements, nestToc } from './lib/tableOfContents.ts';
import { previewImagePath, previewSize } from './lib/linkPreview.ts';
import { basePath, siteUrl, withBase } from './config.ts';

/**
 * Rules every page passes through: no fallback pages (each page needs its twin), a link preview
 * image (src/pages/og/), and a table of contents that includes the headings components render from data.
 */
export const onRequest = defineRouteMiddleware(async ({ locals }) => {
  const route = locals.starlightRoute;
  if (route.isFallback) throw new Error(`Page "${route.id}" has no ${route.lang} version; write its twin instead of relying on a fallback.`);
  const { toc, entry } = route;

  // Hero buttons link from the site root like every content link; put the base path in front.
  for (const action of entry.data.hero?.actions ?? []) if (!action.link.startsWith(basePath)) action.link = withBase(action.link);

  const image = `${siteUrl}${previewImagePath(entry.id)}`;
  route.head.push(
    { tag: 'meta', attrs: { property: 'og:image', content: image } },
    { tag: 'meta', attrs: { property: 'og:image:width', content: String(previewSize.width) } },
    { tag: 'meta', attrs: { property: 'og:image:height', content: String(previewSize.height) } },
    { tag: 'meta', attrs: { property: 'og:image:alt', content: entry.data.title } },
    { tag: 'meta', attrs: { name: 'twitter:image', content: image } },
  );

  const overview = toc?.items[0];
  if (!toc || !overview) return;

  const inRange = (h: MarkdownHeading) => h.depth >= toc.minHeadingLevel && h.depth <= toc.maxHeadingLevel;
  let headings: MarkdownHeading[] = route.headings.filter(inRange);

  // List components: their entries go where the component stands; work backwards so indexes hold.
  const placements = listPlacements(entry.body ?? '', toc.minHeadingLevel, toc.maxHeadingLevel).reverse();
  for (const { tag, after } of placements) {
    const items = listComponents[tag].headings(pageLang(locals));
    headings = [...headings.slice(0, after), ...items.filter(inRange), ...headings.slice(after)];
  }

  // Method pages: structured sections before and after the guide's own headings.
  const method = entry.data.method;
  if (method) {
    const section = (s: (typeof methodSections)[number]) => ({ depth: 2, slug: s.id, text: locals.t(s.label) });
    const shown = methodSections.filter((s) => s.shown(method));
    headings = [
      ...shown.filter((s) => s.place === 'before').map(section),
      ...headings,
      ...shown.filter((s) => s.place === 'after').map(section),
    ];
  }
  toc.items = nestToc(overview, headings);
});
