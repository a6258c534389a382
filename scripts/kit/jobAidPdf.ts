/**
 * Turns a job-aid into a one-page PDF for each page layout of paper.ts (A4, US Letter). The page is
 * laid out for that paper's content box, so it uses the room each paper has and is checked on each.
 */
import { PrintScaling } from 'pdf-lib';
import type { KitContext } from './context.ts';
import type { JobAid } from './jobAids/index.ts';
import { papers, type PageLayout } from './paper.ts';
import { createKitDocument, saveKitDocument } from './render/pdfDoc.ts';
import { drawSurface } from './render/pdfDraw.ts';
import { renderSurface, type Surface } from './render/surface.ts';
import { mmToPt } from './units.ts';

export const jobAidTitle = (ctx: KitContext, aid: JobAid, layout: PageLayout): string =>
  ctx.t('kit.title.jobAid', { title: aid.title, paper: ctx.t(`kit.paper.${layout.paper}`) });

/** The content box of a page layout, in points. */
export function contentBox(layout: PageLayout): { width: number; height: number } {
  const paper = papers[layout.paper];
  return { width: mmToPt(paper.width - 2 * layout.margin), height: mmToPt(paper.height - 2 * layout.margin) };
}

export async function renderJobAid(ctx: KitContext, aid: JobAid, layout: PageLayout): Promise<Surface> {
  const { width, height } = contentBox(layout);
  return renderSurface(aid.page(width, height), {
    lang: ctx.lang,
    width,
    height,
    safe: { x: 0, y: 0, w: width, h: height },
    where: { lang: ctx.lang, context: `job-aid "${aid.id}" (${layout.paper}), page 1` },
  });
}

export async function jobAidPdf(ctx: KitContext, aid: JobAid, layout: PageLayout, surface: Surface): Promise<{ bytes: Uint8Array; title: string }> {
  const title = jobAidTitle(ctx, aid, layout);
  const kit = await createKitDocument({ title, subject: ctx.t('kit.jobAid.label'), lang: ctx.lang, keywords: ['intervisie', aid.id, layout.paper] });
  kit.doc.catalog.getOrCreateViewerPreferences().setPrintScaling(PrintScaling.None);
  const paper = papers[layout.paper];
  const page = kit.doc.addPage([mmToPt(paper.width), mmToPt(paper.height)]);
  drawSurface(page, kit, surface.ops, { x: mmToPt(layout.margin), top: mmToPt(paper.height - layout.margin) });
  return { bytes: await saveKitDocument(kit.doc), title };
}
