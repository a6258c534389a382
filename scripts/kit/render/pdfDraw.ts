/**
 * Translates drawing records into pdf-lib operators: rects, satori paths (drawSvgPath) and text
 * as real, selectable text. Each text run becomes one TJ with the word positions satori chose, so
 * the PDF shows exactly the measured layout while a reader's copy/search sees plain words.
 */
import {
  PDFArray,
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  beginText,
  clip,
  cmyk,
  endPath,
  endText,
  fill,
  lineTo,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  setFillingCmykColor,
  setFillingRgbColor,
  setFontAndSize,
  setLineWidth,
  setStrokingRgbColor,
  setTextMatrix,
  stroke,
  type PDFFont,
  type PDFHexString,
  type PDFPage,
} from 'pdf-lib';
import { advance, type FontKey } from './fonts.ts';
import type { KitDocument } from './pdfDoc.ts';
import type { Op, Rgb, TextOp } from './ops.ts';
import type { Rect } from '../units.ts';

const fontKeys = new WeakMap<PDFPage, Partial<Record<FontKey, PDFName>>>();

function fontKey(page: PDFPage, kit: KitDocument, font: FontKey): PDFName {
  const keys = fontKeys.get(page) ?? {};
  fontKeys.set(page, keys);
  return (keys[font] ??= page.node.newFontDictionary(kit.fonts[font].name, kit.fonts[font].ref));
}

/** pdf-lib shapes on every encodeText call; a document encodes the same words again and again. */
const encoded = new WeakMap<PDFFont, Map<string, PDFHexString>>();
function encode(font: PDFFont, text: string): PDFHexString {
  let cache = encoded.get(font);
  if (!cache) encoded.set(font, (cache = new Map()));
  let hex = cache.get(text);
  if (!hex) cache.set(text, (hex = font.encodeText(text)));
  return hex;
}

export type ColourSpace = 'rgb' | 'cmyk';

/**
 * A colour for press (DeviceCMYK): text and QR codes are 100 % K (or paper white), neutral greys
 * are K alone, so small type and QR modules never depend on registration; other colours by the
 * naive formula (no ICC profile: the shop converts to its own).
 */
export function toCmyk(c: Rgb, text = false): [number, number, number, number] {
  const [r, g, b] = [c.r / 255, c.g / 255, c.b / 255];
  const neutral = Math.max(r, g, b) - Math.min(r, g, b) < 0.02;
  const round = (v: number) => Math.round(v * 1000) / 1000;
  // Text and QR codes: solid black, or white (no ink) when reversed out of a band.
  if (text) return Math.min(r, g, b) > 0.9 ? [0, 0, 0, 0] : [0, 0, 0, 1];
  if (neutral) return [0, 0, 0, round(1 - (r + g + b) / 3)];
  const k = 1 - Math.max(r, g, b);
  return [round((1 - r - k) / (1 - k)), round((1 - g - k) / (1 - k)), round((1 - b - k) / (1 - k)), round(k)];
}

const fillColor = (c: Rgb, space: ColourSpace = 'rgb', text = false) =>
  space === 'cmyk' ? setFillingCmykColor(...toCmyk(c, text)) : setFillingRgbColor(c.r / 255, c.g / 255, c.b / 255);

/**
 * Text run at (x, y) in PDF coordinates. `matrix` turns it (e.g. [0, 1, -1, 0] for text running
 * upwards). Gaps between parts become TJ adjustments so each word sits where layout put it.
 */
export function textRunOperators(page: PDFPage, kit: KitDocument, op: TextOp, x: number, y: number, matrix: [number, number, number, number] = [1, 0, 0, 1], space: ColourSpace = 'rgb'): PDFOperator[] {
  const font = kit.fonts[op.font];
  const context = page.doc.context;
  const items: (PDFHexString | PDFNumber)[] = [];
  op.parts.forEach((part, i) => {
    items.push(encode(font, part.text));
    const next = op.parts[i + 1];
    if (next) {
      const drawnEnd = part.x + advance(part.text, op.font, op.size);
      const gap = next.x - drawnEnd;
      if (Math.abs(gap) > 0.001) items.push(PDFNumber.of(Math.round((-gap * 1000 * 1000) / op.size) / 1000));
    }
  });
  const origin = op.parts[0]!.x;
  const array = PDFArray.withContext(context);
  for (const item of items) array.push(item);
  return [
    beginText(),
    setFontAndSize(fontKey(page, kit, op.font), op.size),
    fillColor(op.fill, space, true),
    setTextMatrix(matrix[0], matrix[1], matrix[2], matrix[3], x + origin * matrix[0], y + origin * matrix[1]),
    PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [array]),
    endText(),
  ];
}

export interface SurfacePlacement {
  /** PDF coordinates (points, y up) of the surface's top-left corner. */
  x: number;
  top: number;
  /** Optional clip in PDF coordinates (e.g. the card's trim on a home sheet). */
  clip?: Rect;
  /** 'cmyk' for press files (paper.ts SheetLayout.colour). */
  colour?: ColourSpace;
}

/** Draws a laid-out surface onto a page. Surface coordinates are y-down; PDF is y-up. */
export function drawSurface(page: PDFPage, kit: KitDocument, ops: Op[], at: SurfacePlacement): void {
  const out: PDFOperator[] = [pushGraphicsState()];
  if (at.clip) out.push(rectangle(at.clip.x, at.clip.y, at.clip.w, at.clip.h), clip(), endPath());
  page.pushOperators(...out);
  for (const op of ops) {
    const space = at.colour ?? 'rgb';
    if (op.kind === 'rect') {
      page.pushOperators(fillColor(op.fill, space), rectangle(at.x + op.x, at.top - op.y - op.h, op.w, op.h), fill());
    } else if (op.kind === 'path') {
      // Paths are QR codes and icons: drawn like text, so dark ones go on the black plate alone.
      const color = space === 'cmyk' ? cmyk(...toCmyk(op.fill, true)) : rgb(op.fill.r / 255, op.fill.g / 255, op.fill.b / 255);
      page.drawSvgPath(op.d, { x: at.x, y: at.top, scale: op.scale, color });
    } else if (op.parts.length) {
      page.pushOperators(...textRunOperators(page, kit, op, at.x, at.top - op.y, [1, 0, 0, 1], space));
    }
  }
  page.pushOperators(popGraphicsState());
}

/** Thin lines (crop marks, scale bars) in PDF coordinates. */
export function drawLines(page: PDFPage, lines: { x1: number; y1: number; x2: number; y2: number }[], width: number, color: Rgb): void {
  if (!lines.length) return;
  page.pushOperators(
    pushGraphicsState(),
    setLineWidth(width),
    setStrokingRgbColor(color.r / 255, color.g / 255, color.b / 255),
    ...lines.flatMap((l) => [moveTo(l.x1, l.y1), lineTo(l.x2, l.y2)]),
    stroke(),
    popGraphicsState(),
  );
}
