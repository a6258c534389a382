/**
 * Turns a deck into PDFs. Every card side is laid out once (artwork with bleed) and then placed by
 * each print layout of paper.ts: clipped at the trim on home sheets, full bleed in the shop file.
 */
import { Duplex, PrintScaling, type PDFPage } from 'pdf-lib';
import { cardArt, cardSafe, cardSide } from './cardFrame.ts';
import type { KitContext } from './context.ts';
import type { Deck } from './decks/deck.ts';
import { checkFit, FitError } from './fit.ts';
import { cropMarks, impose, infoSpans, pageBoxes, type InfoSpan } from './imposeSheet.ts';
import { artworkBleed, type SheetLayout } from './paper.ts';
import { advance } from './render/fonts.ts';
import { parseColor, type Surface, type SurfaceSpec, type TextOp } from './render/ops.ts';
import { createKitDocument, saveKitDocument, type KitDocument } from './render/pdfDoc.ts';
import { drawLines, drawSurface, textRunOperators } from './render/pdfDraw.ts';
import { renderSurface } from './render/surface.ts';
import { colors, growSteps, type DeckSet } from './theme.ts';
import type { El } from './render/el.ts';
import { mmToPt, ptToMm, type Rect } from './units.ts';

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

export async function renderDeck(ctx: KitContext, deck: Deck): Promise<RenderedCard[]> {
  const cards = deck.cards(ctx);
  const out: RenderedCard[] = [];
  for (const [index, c] of cards.entries()) {
    const laidOut = async (name: 'front' | 'back', body: typeof c.front) => {
      const spec: SurfaceSpec = {
        lang: ctx.lang,
        width: cardArt.width,
        height: cardArt.height,
        safe: cardSafe,
        where: { lang: ctx.lang, context: `deck ${deck.set}, card "${c.id}" (${name})` },
      };
      const tree = cardSide({
        ctx,
        set: deck.set,
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

export const deckTitle = (ctx: KitContext, set: DeckSet, layout: SheetLayout): string =>
  ctx.t('kit.title.cards', {
    deck: ctx.t(`kit.deckTitle.${set}`),
    layout: ctx.t(`kit.layout.${layout.layout}`),
    paper: ctx.t(`kit.paper.${layout.paper}`),
  });

export interface BuiltPdf {
  bytes: Uint8Array;
  pages: number;
  title: string;
  /** 1-based page where each card's front is (for deep links from the site). */
  items: { id: string; page: number }[];
}

const marginSize = 7;
const ink = parseColor(colors.ink);

/** Sheet millimetres (y down) → PDF points (y up). */
const toPdf = (sheetHeight: number) => ({
  x: (mm: number) => mmToPt(mm),
  y: (mm: number) => mmToPt(sheetHeight - mm),
});

/**
 * A margin item in span-local millimetres: u runs along the span (reading direction), v across the
 * lane from its outer-left/top side. Text on a side edge runs upwards.
 */
function spanFrame(span: InfoSpan, sheetHeight: number) {
  const p = toPdf(sheetHeight);
  const at = (u: number, v: number) =>
    span.vertical ? { x: p.x(span.rect.x + v), y: p.y(span.rect.y + span.rect.h - u) } : { x: p.x(span.rect.x + u), y: p.y(span.rect.y + v) };
  const length = span.vertical ? span.rect.h : span.rect.w;
  const matrix: [number, number, number, number] = span.vertical ? [0, 1, -1, 0] : [1, 0, 0, 1];
  return { at, length, matrix };
}

function drawMarginItems(page: PDFPage, kit: KitDocument, ctx: KitContext, set: DeckSet, layout: SheetLayout, label: string): void {
  const info = layout.info;
  if (!info) return;
  for (const span of infoSpans(layout)) {
    const f = spanFrame(span, layout.sheet.height);
    const line = (u: number, content: string) => {
      const width = ptToMm(advance(content, 'regular', marginSize));
      if (width > f.length - u + 1e-6)
        throw new FitError(`Does not fit:\n- language ${ctx.lang}, deck ${set}, sheet margin (${layout.layout}, ${layout.paper}), field "${span.item}" overflows its span by ${(width - f.length + u).toFixed(1)} mm`);
      const o = f.at(u, 3.4);
      const op: TextOp = { kind: 'text', field: span.item, font: 'regular', size: marginSize, fill: ink, y: 0, parts: [{ x: 0, text: content }] };
      page.pushOperators(...textRunOperators(page, kit, op, o.x, o.y, f.matrix));
      return width;
    };
    if (span.item === 'label') line(0, label);
    else if (span.item === 'note') line(0, ctx.t('kit.sheet.printNote'));
    else {
      // A ruler: whoever doubts the print scale can hold a real ruler against it.
      const bar = info.scaleBar;
      const start = (f.length - bar) / 2;
      const seg = (u1: number, v1: number, u2: number, v2: number) => {
        const a = f.at(u1, v1);
        const b = f.at(u2, v2);
        return { x1: a.x, y1: a.y, x2: b.x, y2: b.y };
      };
      const ticks = Array.from({ length: bar / 10 + 1 }, (_, i) => seg(start + i * 10, i % 5 === 0 ? 3.2 : 3.9, start + i * 10, 4.8));
      drawLines(page, [seg(start, 4.8, start + bar, 4.8), ...ticks], 0.5, ink);
      const caption = ctx.t('kit.sheet.scale', { mm: bar });
      const w = ptToMm(advance(caption, 'regular', marginSize));
      const o = f.at(start + bar / 2 - w / 2, 2.6);
      const op: TextOp = { kind: 'text', field: 'scale', font: 'regular', size: marginSize, fill: ink, y: 0, parts: [{ x: 0, text: caption }] };
      page.pushOperators(...textRunOperators(page, kit, op, o.x, o.y, f.matrix));
    }
  }
}

export async function deckPdf(ctx: KitContext, set: DeckSet, cards: RenderedCard[], layout: SheetLayout): Promise<BuiltPdf> {
  const title = deckTitle(ctx, set, layout);
  const kit = await createKitDocument({ title, subject: ctx.t(`kit.deckTitle.${set}`), lang: ctx.lang, keywords: ['intervisie', set, layout.layout, layout.paper] });
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
      // The artwork's trim corner goes on the slot's trim corner.
      const x = p.x(placement.slot.trim.x - artworkBleed);
      const top = p.y(placement.slot.trim.y - artworkBleed);
      drawSurface(page, kit, surface.ops, { x, top, clip: pdfRect(placement.slot.art), colour: layout.colour });
    }
    drawLines(page, marks, layout.marks?.weight ?? 0.4, ink);
    const label = ctx.t('kit.sheet.label', {
      deck: ctx.t(`kit.deckTitle.${set}`),
      sheet: sheetPage.sheet,
      sheets,
      side: ctx.t(layout.sides === 'fold' ? 'kit.sheet.fold' : `kit.sheet.${sheetPage.side}`),
    });
    drawMarginItems(page, kit, ctx, set, layout, label);
  }
  const items = cards.map((c, i) => ({
    id: c.id,
    page: pages.findIndex((pg) => pg.side === 'front' && pg.placements.some((pl) => pl.card === i)) + 1,
  }));
  return { bytes: await saveKitDocument(kit.doc), pages: pages.length, title, items };
}
