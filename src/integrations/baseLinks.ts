import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { basePath, withBase } from '../config.ts';

/**
 * Content links are written from the site root (`/methoden/incidentmethode/`), so a page reads the
 * same wherever the site is hosted. When the site lives under a path (SITE_URL
 * https://school.example/intervisie/), this Sätteri plugin puts the base path in front of every root
 * link: `<a href>` from Markdown and the `href` of components such as <LinkCard>. It is listed before
 * the links validator, which expects links with the base.
 */
export const baseLinks: HastPluginEntry = defineHastPlugin({
  name: 'intervisiekit-base-links',
  element: {
    filter: [],
    visit(node, ctx) {
      if (basePath === '/' || node.tagName !== 'a') return;
      const href = node.properties['href'];
      if (typeof href === 'string' && withBase(href) !== href) ctx.setProperty(node, 'href', withBase(href));
    },
  },
  mdxJsxFlowElement: {
    filter: [],
    visit(node, ctx) {
      if (basePath === '/') return;
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute' || attribute.name !== 'href' || typeof attribute.value !== 'string') continue;
        if (withBase(attribute.value) !== attribute.value) ctx.setProperty(node, 'href', withBase(attribute.value));
      }
    },
  },
});
