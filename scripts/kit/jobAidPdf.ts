/**
 * Turns a job-aid into a PDF (one page unless its content has page breaks) for each page layout of paper.ts (A4, US Letter). The page is
 * laid out for that paper's content box, so it uses the room each paper has and is checked on each.
 */
import { PrintScaling, type PDFPage, type PDFTextField } from 'pdf-lib';
import type { KitContext } from './context.ts';
import { checkFit } from './fit.ts';
import type { JobAid } from './jobAids/index.ts';
import { papers, type PageLayout } from './paper.ts';
import { formPrefix } from './jobAids/pageElements.ts';
import { createKitDocument, saveKitDocument, type KitDocument } from './render/pdfDoc.ts';
import { drawSurface } from './render/pdfDraw.ts';
import type { Surface, SurfaceSpec } from './render/ops.ts';
import { renderSurface } from './render/surface.ts';
import { mmToPt } from './units.ts';

export const jobAidTitle = (ctx: KitContext, aid: JobAid, layout: PageLayout): string =>
  ctx.t('kit.title.jobAid', { title: aid.title, paper: ctx.t(`kit.paper.${layout.paper}`) });

/** The content box of a page layout, in points. */
export function contentBox(layout: PageLayout): { width: number; height: number } {
  const paper = papers[layout.paper];
  return { width: mmToPt(paper.width - 2 * layout.margin), height: mmToPt(paper.height - 2 * layout.margin) };
}

export async function renderJobAid(ctx: KitContext, aid: JobAid, layout: PageLayout): Promise<Surface[]> {
  const { width, height } = contentBox(layout);
  const pages = aid.pages(width, height);
  return Promise.all(
    pages.map(async (page, n) => {
      const spec: SurfaceSpec = {
        lang: ctx.lang,
        width,
        height,
        safe: { x: 0, y: 0, w: width, h: height },
        where: { lang: ctx.lang, context: `job-aid "${aid.id}" (${layout.paper}), page ${n + 1}` },
      };
      const surface = await renderSurface(page, spec);
      checkFit(surface, spec);
      return surface;
    }),
  );
}

export async function jobAidPdf(ctx: KitContext, aid: JobAid, layout: PageLayout, surfaces: Surface[]): Promise<{ bytes: Uint8Array; title: string }> {
  const title = jobAidTitle(ctx, aid, layout);
  const kit = await createKitDocument({ title, subject: ctx.t('kit.jobAid.label'), lang: ctx.lang, keywords: ['intervisie', aid.id, layout.paper] });
  kit.doc.catalog.getOrCreateViewerPreferences().setPrintScaling(PrintScaling.None);
  const paper = papers[layout.paper];
  for (const surface of surfaces) {
    const page = kit.doc.addPage([mmToPt(paper.width), mmToPt(paper.height)]);
    drawSurface(page, kit, surface.ops, { x: mmToPt(layout.margin), top: mmToPt(paper.height - layout.margin) });
    addFormFields(kit, page, surface, layout);
  }
  return { bytes: await saveKitDocument(kit.doc), title };
}

/**
 * A fillable text field over every write-in area of the layout (keys starting with `form:`), so the
 * sheet can be filled in on screen as well as by hand. No border or background: the printed lines
 * stay what a reader sees. Areas taller than two lines are multi-line fields.
 */
function addFormFields(kit: KitDocument, page: PDFPage, surface: Surface, layout: PageLayout): void {
  const form = kit.doc.getForm();
  const paper = papers[layout.paper];
  const left = mmToPt(layout.margin);
  const top = mmToPt(paper.height - layout.margin);
  const used = new Map<string, number>();
  for (const [key, r] of surface.boxes) {
    if (!key.startsWith(formPrefix)) continue;
    const base = key.slice(formPrefix.length);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    const field = form.createTextField(n === 1 ? base : `${base}-${n}`);
    if (r.h > 40) field.enableMultiline();
    // pdf-lib paints a white box with a black border unless these keys are present and empty.
    const unpainted = { backgroundColor: undefined, borderColor: undefined } as unknown as NonNullable<Parameters<PDFTextField['addToPage']>[1]>;
    field.addToPage(page, { ...unpainted, x: left + r.x, y: top - r.y - r.h, width: r.w, height: r.h, font: kit.fonts.regular, borderWidth: 0 });
  }
}
