import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { methodSections } from './components/method/sections.ts';

/**
 * Method pages render part of their content from frontmatter (steps, roles, traps…). Those headings
 * are not in the MDX, so add them to the table of contents here, around the guide's own headings.
 */
export const onRequest = defineRouteMiddleware(({ locals }) => {
  const route = locals.starlightRoute;
  if (route.isFallback) throw new Error(`Page "${route.id}" has no ${route.lang} version; write its twin instead of relying on a fallback.`);
  const method = route.entry.data.method;
  if (!method || !route.toc) return;
  const item = (s: (typeof methodSections)[number]) => ({ depth: 2, slug: s.id, text: locals.t(s.label as never), children: [] });
  const shown = methodSections.filter((s) => s.shown(method));
  const [overview, ...guide] = route.toc.items;
  route.toc.items = [
    ...(overview ? [overview] : []),
    ...shown.filter((s) => s.place === 'before').map(item),
    ...guide,
    ...shown.filter((s) => s.place === 'after').map(item),
  ];
});
