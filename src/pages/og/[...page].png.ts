/**
 * One link-preview PNG per content page (both languages), at the path previewImagePath() gives;
 * src/routeData.ts points each page's og:image at it, the short-link pages at their method's.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { totalMinutes } from '../../schemas/method.ts';
import { uiStrings } from '../../lib/uiStrings.ts';
import { langOfPath } from '../../config.ts';
import { previewImagePath, renderLinkPreview, type PreviewText } from '../../lib/linkPreview.ts';

export const getStaticPaths = (async () => {
  const pages = await getCollection('docs');
  return pages.map((entry) => {
    const lang = langOfPath(entry.id);
    const t = uiStrings(lang);
    const method = entry.data.method;
    const facts = method
      ? [
          t('method.minutes', { count: totalMinutes(method.steps) }),
          t('method.people', { min: method.groupSize.min, max: method.groupSize.max }),
          t(`facilitator.${method.facilitator}`),
        ]
      : [];
    const text: PreviewText = { title: entry.data.title, description: entry.data.description ?? '', facts };
    return { params: { page: previewImagePath(entry.id).slice('/og/'.length, -'.png'.length) }, props: { text } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await renderLinkPreview((props as { text: PreviewText }).text)), { headers: { 'Content-Type': 'image/png' } });
