/**
 * Turns a deck into PDFs. Every card side is laid out once (artwork with bleed) and then placed by
 * each print layout of paper.ts: clipped at the trim on home sheets, full bleed in the shop file.
 */
import { uiKey } from '../../src/lib/uiStrings.ts';
import { Duplex, PrintScaling } from 'pdf-lib';
import { cardArt, cardSafe, cardSide } from './cardFrame.ts';
import type { KitContext } from './context.ts';
import type { KitDeck } from './decks/deck.ts';
import { checkFit, FitError } from './fit.ts';
import { cropMarks, impose, pageBoxes, type SheetPage } from './imposeSheet.ts';
import { colors } from './palette.ts';
import { artworkBleed, stringValues, type MarginInfo, type SheetLayout } from './paper.ts';
import type { El } from './render/el.ts';
import { parseColor, type Surface, type SurfaceSpec } from './render/ops.ts';
import { createKitDocument, saveKitDocument } from './render/pdfDoc.ts';
import { drawLines, drawSurface } from './render/pdfDraw.ts';
import { renderSurface } from './render/surface.ts';
import { drawSheetMargin, marginOverflows, toPdf, type MarginTexts } from './sheetMargin.ts';
import { growSteps } from './typeScale.ts';
import { mmToPt, type Rect } from './units.ts';

export interface RenderedCard {
  id: string;
  name: string;
  front: Surface;
  back: Surface;
}

/** The same element tree with every set type size multiplied by `factor` (line heights are relative, so they follow). */
export function scaleType(el: El, factor: number): El {
  const size = el.style.fontSize;
  return {
    ...el,
    style: typeof size === 'number' ? { ...el.style, fontSize: Math.round(size * factor * 4) / 4 } : el.style,
    children: el.children.map((c) => scaleType(c, factor)),
  };
}

export async function renderDeck(ctx: KitContext, deck: KitDeck): Promise<RenderedCard[]> {
  const cards = deck.cards(ctx);
  const out: RenderedCard[] = [];
  for (const [index, c] of cards.entries()) {
    const laidOut = async (name: 'front' | 'back', body: typeof c.front) => {
      const spec: SurfaceSpec = {
        lang: ctx.lang,
        width: cardArt.width,
        height: cardArt.height,
        safe: cardSafe,
        where: { lang: ctx.lang, context: `deck ${deck.id}, card "${c.id}" (${name})` },
      };
      const tree = cardSide({
        ctx,
        deck,
        index,
        total: cards.length,
        body,
        footer: name === 'front',
        ...(name === 'back' && c.backLabel ? { bandLabel: c.backLabel } : {}),
      });
      const surface = await renderSurface(tree, spec);
      checkFit(surface, spec);
      return surface;
    };
    // A side that may grow is tried at each step of growSteps; the first (largest) that fits wins.
    const side = async (name: 'front' | 'back', body: typeof c.front) => {
      const steps = deck.grow?.includes(name) ? growSteps : [1];
      for (const step of steps.slice(0, -1)) {
        try {
          return await laidOut(name, body.map((el) => scaleType(el, step)));
        } catch (error) {
          if (!(error instanceof FitError)) throw error;
        }
      }
      return laidOut(name, body);
    };
    out.push({ id: c.id, name: c.name, front: await side('front', c.front), back: await side('back', c.back) });
  }
  return out;
}

/** What the UI strings call a layout's paper: "A4", or the card size with its bleed. */
export const paperName = (ctx: KitContext, layout: SheetLayout): string => ctx.t(`kit.paper.${layout.paper}`, stringValues(layout));

export const deckTitle = (ctx: KitContext, deck: KitDeck, layout: SheetLayout): string =>
  ctx.t('kit.title.cards', {
    deck: ctx.t(uiKey(`kit.deckTitle.${deck.id}`)),
    layout: ctx.t(`kit.layout.${layout.name}`),
    paper: paperName(ctx, layout),
  });

export interface BuiltPdf {
  bytes: Uint8Array;
  pages: number;
  title: string;
  /** 1-based page where each card's front is (for deep links from the site). */
  items: { id: string; page: number }[];
}

const ink = parseColor(colors.ink);

/** The margin notes of one page, checked against their stretch of margin before anything is drawn. */
function marginTexts(ctx: KitContext, deck: KitDeck, layout: SheetLayout, info: MarginInfo, page: SheetPage, sheets: number): MarginTexts {
  const label = ctx.t('kit.sheet.label', {
    deck: ctx.t(uiKey(`kit.deckTitle.${deck.id}`)),
    sheet: page.sheet,
    sheets,
    side: ctx.t(layout.sides === 'fold' ? 'kit.sheet.fold' : `kit.sheet.${page.side}`),
  });
  const texts = { label, note: ctx.t('kit.sheet.printNote'), scale: ctx.t('kit.sheet.scale', { mm: info.scaleBar }) };
  const over = marginOverflows(layout, texts);
  if (over.length)
    throw new FitError(
      `Does not fit:\n${over.map((o) => `- language ${ctx.lang}, deck ${deck.id}, sheet margin (${layout.name}, ${layout.paper}), field "${o.item}" overflows its span by ${o.by.toFixed(1)} mm`).join('\n')}`,
    );
  return texts;
}

export async function deckPdf(ctx: KitContext, deck: KitDeck, cards: RenderedCard[], layout: SheetLayout): Promise<BuiltPdf> {
  const title = deckTitle(ctx, deck, layout);
  const kit = await createKitDocument({ title, subject: ctx.t(uiKey(`kit.deckTitle.${deck.id}`)), lang: ctx.lang, keywords: ['intervisie', deck.id, layout.name, layout.paper] });
  const prefs = kit.doc.catalog.getOrCreateViewerPreferences();
  // A scaled print no longer matches the crop marks or the back of the sheet.
  prefs.setPrintScaling(PrintScaling.None);
  if (layout.sides === 'fold') prefs.setDuplex(Duplex.Simplex);
  else prefs.setDuplex(layout.flip === 'long-edge' ? Duplex.DuplexFlipLongEdge : Duplex.DuplexFlipShortEdge);

  const pages = impose(layout, cards.length);
  const sheets = new Set(pages.map((pg) => pg.sheet)).size;
  const W = mmToPt(layout.sheet.width);
  const H = mmToPt(layout.sheet.height);
  const p = toPdf(layout.sheet.height);
  const pdfRect = (r: Rect): Rect => ({ x: p.x(r.x), y: p.y(r.y + r.h), w: mmToPt(r.w), h: mmToPt(r.h) });
  const boxes = pageBoxes(layout);
  const marks = cropMarks(layout).map((l) => ({ x1: p.x(l.x1), y1: p.y(l.y1), x2: p.x(l.x2), y2: p.y(l.y2) }));

  for (const sheetPage of pages) {
    const page = kit.doc.addPage([W, H]);
    if (boxes) {
      const trim = pdfRect(boxes.trim);
      const bleed = pdfRect(boxes.bleed);
      page.setTrimBox(trim.x, trim.y, trim.w, trim.h);
      page.setBleedBox(bleed.x, bleed.y, bleed.w, bleed.h);
    }
    for (const placement of sheetPage.placements) {
      const card = cards[placement.card]!;
      const surface = placement.side === 'front' ? card.front : card.back;
      // The artwork's trim corner goes on the cell's trim corner.
      const x = p.x(placement.cell.trim.x - artworkBleed);
      const top = p.y(placement.cell.trim.y - artworkBleed);
      drawSurface(page, kit, surface.ops, { x, top, clip: pdfRect(placement.cell.art), colour: layout.colour });
    }
    drawLines(page, marks, layout.marks?.weight ?? 0.4, ink);
    if (layout.info) drawSheetMargin(page, kit, layout, marginTexts(ctx, deck, layout, layout.info, sheetPage, sheets));
  }
  const items = cards.map((c, i) => ({
    id: c.id,
    page: pages.findIndex((pg) => pg.side === 'front' && pg.placements.some((pl) => pl.card === i)) + 1,
  }));
  return { bytes: await saveKitDocument(kit.doc), pages: pages.length, title, items };
}
