/**
 * The notes in a card sheet's margin (imposeSheet.ts infoSpans): the deck name and sheet number,
 * the "print at 100 %" note and a scale ruler, so whoever doubts the print scale can hold a real
 * ruler against it. Measuring (marginOverflows) and drawing (drawSheetMargin) are separate: the
 * caller checks first and only draws what fits.
 */
import type { PDFPage } from 'pdf-lib';
import type { InfoItem, InfoSpan } from './imposeSheet.ts';
import { infoSpans } from './imposeSheet.ts';
import { colors } from './palette.ts';
import type { SheetLayout } from './paper.ts';
import { advance } from './render/fonts.ts';
import { parseColor, type TextOp } from './render/ops.ts';
import type { KitDocument } from './render/pdfDoc.ts';
import { drawLines, textRunOperators } from './render/pdfDraw.ts';
import { mmToPt, ptToMm } from './units.ts';

/** The words of each margin item on one page. */
export type MarginTexts = Record<InfoItem, string>;

const size = 7;
const ink = parseColor(colors.ink);
const textWidth = (content: string) => ptToMm(advance(content, 'regular', size));

/** Sheet millimetres (y down) → PDF points (y up). */
export const toPdf = (sheetHeight: number) => ({
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

/** The label and the note longer than their stretch of margin: field and overflow in mm. */
export function marginOverflows(layout: SheetLayout, texts: MarginTexts): { item: InfoItem; by: number }[] {
  return infoSpans(layout)
    .filter((span) => span.item !== 'scale')
    .map((span) => ({ item: span.item, by: textWidth(texts[span.item]) - spanFrame(span, layout.sheet.height).length }))
    .filter((o) => o.by > 1e-6);
}

export function drawSheetMargin(page: PDFPage, kit: KitDocument, layout: SheetLayout, texts: MarginTexts): void {
  const info = layout.info;
  if (!info) return;
  for (const span of infoSpans(layout)) {
    const f = spanFrame(span, layout.sheet.height);
    const write = (content: string, u: number, v: number) => {
      const o = f.at(u, v);
      const op: TextOp = { kind: 'text', field: span.item, font: 'regular', size, fill: ink, y: 0, parts: [{ x: 0, text: content }] };
      page.pushOperators(...textRunOperators(page, kit, op, o.x, o.y, f.matrix));
    };
    if (span.item !== 'scale') {
      write(texts[span.item], 0, 3.4);
      continue;
    }
    const bar = info.scaleBar;
    const start = (f.length - bar) / 2;
    const seg = (u1: number, v1: number, u2: number, v2: number) => {
      const a = f.at(u1, v1);
      const b = f.at(u2, v2);
      return { x1: a.x, y1: a.y, x2: b.x, y2: b.y };
    };
    const ticks = Array.from({ length: bar / 10 + 1 }, (_, i) => seg(start + i * 10, i % 5 === 0 ? 3.2 : 3.9, start + i * 10, 4.8));
    drawLines(page, [seg(start, 4.8, start + bar, 4.8), ...ticks], 0.5, ink);
    write(texts.scale, start + bar / 2 - textWidth(texts.scale) / 2, 2.6);
  }
}
