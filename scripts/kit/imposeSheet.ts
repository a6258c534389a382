/**
 * Imposition: where each card goes on a sheet, where its back goes, where the crop marks and the
 * margin notes go. Pure geometry in millimetres (origin top left, y down), driven only by a row of
 * the layout table in paper.ts, so it can be unit-tested without drawing anything.
 */
import { card, perSheet, type SheetLayout } from './paper.ts';
import type { Rect } from './units.ts';

/** A card's place on a sheet (not to be confused with render/el.ts `slot`, a box that vector art is drawn into). */
export interface SheetCell {
  index: number;
  col: number;
  row: number;
  /** Where the card's trimmed edge lies. */
  trim: Rect;
  /** What is painted: the trim plus the layout's bleed. Artwork outside it is clipped. */
  art: Rect;
}

export interface Placement {
  card: number;
  cell: SheetCell;
  /** Which side of the card goes in the cell (a fold-over page carries both). */
  side: 'front' | 'back';
}

export interface SheetPage {
  side: 'front' | 'back';
  /** 1-based sheet number: a front page and its back page share it. */
  sheet: number;
  placements: Placement[];
}

export interface Line {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export type InfoItem = 'label' | 'note' | 'scale';

export interface InfoSpan {
  item: InfoItem;
  rect: Rect;
  /** True on the left and right edges: the text runs upwards along the edge. */
  vertical: boolean;
}

export function gridRect(layout: SheetLayout): Rect {
  const w = layout.cols * card.width + (layout.cols - 1) * layout.gutter;
  const h = layout.rows * card.height + (layout.rows - 1) * layout.gutter;
  // Centred, so a mirrored back lands exactly behind its front.
  return { x: (layout.sheet.width - w) / 2, y: (layout.sheet.height - h) / 2, w, h };
}

export function cells(layout: SheetLayout): SheetCell[] {
  const grid = gridRect(layout);
  const out: SheetCell[] = [];
  for (let row = 0; row < layout.rows; row++) {
    for (let col = 0; col < layout.cols; col++) {
      const trim = {
        x: grid.x + col * (card.width + layout.gutter),
        y: grid.y + row * (card.height + layout.gutter),
        w: card.width,
        h: card.height,
      };
      const b = layout.bleed;
      out.push({ index: row * layout.cols + col, col, row, trim, art: { x: trim.x - b, y: trim.y - b, w: trim.w + 2 * b, h: trim.h + 2 * b } });
    }
  }
  return out;
}

/**
 * The cell that receives the back of the card printed in cell `index`. Turning a portrait sheet
 * over its long edge swaps left and right; over its short edge it swaps top and bottom. (The
 * printer itself keeps each printed page upright for the flip it was told to use.)
 */
export function backCell(layout: SheetLayout, index: number): number {
  const col = index % layout.cols;
  const row = Math.floor(index / layout.cols);
  const portrait = layout.sheet.height >= layout.sheet.width;
  const mirrorColumns = (layout.flip === 'long-edge') === portrait;
  return mirrorColumns ? row * layout.cols + (layout.cols - 1 - col) : (layout.rows - 1 - row) * layout.cols + col;
}

/** Pages in print order: every front sheet is followed by its back sheet (fold-over: one page a sheet). */
export function impose(layout: SheetLayout, cardCount: number): SheetPage[] {
  const all = cells(layout);
  const per = perSheet(layout);
  const pages: SheetPage[] = [];
  for (let first = 0, sheet = 1; first < cardCount; first += per, sheet++) {
    const cards = Array.from({ length: Math.min(per, cardCount - first) }, (_, i) => first + i);
    if (layout.sides === 'fold') {
      // Pairs of columns: front on the left, its back unturned on the right; folding along the
      // shared edge puts the back behind the front, upright.
      const pairs = layout.cols / 2;
      const at = (i: number, side: 0 | 1) => all[Math.floor(i / pairs) * layout.cols + (i % pairs) * 2 + side]!;
      pages.push({ side: 'front', sheet, placements: cards.flatMap((c) => [{ card: c, cell: at(c - first, 0), side: 'front' as const }, { card: c, cell: at(c - first, 1), side: 'back' as const }]) });
      continue;
    }
    pages.push({ side: 'front', sheet, placements: cards.map((c) => ({ card: c, cell: all[c - first]!, side: 'front' as const })) });
    pages.push({ side: 'back', sheet, placements: cards.map((c) => ({ card: c, cell: all[backCell(layout, c - first)]!, side: 'back' as const })) });
  }
  return pages;
}

/** Cut lines: every distinct card edge, continued into the margin but never into a card. */
export function cropMarks(layout: SheetLayout): Line[] {
  if (!layout.marks) return [];
  const { offset, length, edgeClearance } = layout.marks;
  const grid = gridRect(layout);
  const all = cells(layout);
  const xs = [...new Set(all.flatMap((s) => [s.trim.x, s.trim.x + s.trim.w]))].sort((a, b) => a - b);
  const ys = [...new Set(all.flatMap((s) => [s.trim.y, s.trim.y + s.trim.h]))].sort((a, b) => a - b);
  // A mark stops edgeClearance short of the paper edge, whatever the margin.
  const room = (margin: number) => Math.max(0, Math.min(length, margin - offset - edgeClearance));
  const top = room(grid.y);
  const bottom = room(layout.sheet.height - grid.y - grid.h);
  const left = room(grid.x);
  const right = room(layout.sheet.width - grid.x - grid.w);
  const lines: Line[] = [];
  for (const x of xs) {
    lines.push({ x1: x, y1: grid.y - offset - top, x2: x, y2: grid.y - offset });
    lines.push({ x1: x, y1: grid.y + grid.h + offset, x2: x, y2: grid.y + grid.h + offset + bottom });
  }
  for (const y of ys) {
    lines.push({ x1: grid.x - offset - left, y1: y, x2: grid.x - offset, y2: y });
    lines.push({ x1: grid.x + grid.w + offset, y1: y, x2: grid.x + grid.w + offset + right, y2: y });
  }
  return lines;
}

/**
 * The margin notes: one item beside each card along the chosen edge, kept clear of the crop marks.
 * Items go in reading order (left to right, or bottom to top on a side edge).
 */
export function infoSpans(layout: SheetLayout): InfoSpan[] {
  const info = layout.info;
  if (!info) return [];
  const items: InfoItem[] = ['label', 'note', 'scale'];
  const grid = gridRect(layout);
  const vertical = info.edge === 'left' || info.edge === 'right';
  const count = vertical ? layout.rows : layout.cols;
  if (count < items.length) throw new Error(`Layout ${layout.fileTag}: ${count} card(s) along the ${info.edge} edge, but ${items.length} margin items need one each`);
  const pitch = (vertical ? card.height : card.width) + layout.gutter;
  const spanLength = (vertical ? card.height : card.width) - 2 * info.spanPadding;
  return items.map((item, i) => {
    if (!vertical) {
      const x = grid.x + i * pitch + info.spanPadding;
      const y = info.edge === 'bottom' ? grid.y + grid.h + info.gap : grid.y - info.gap - info.lane;
      return { item, vertical, rect: { x, y, w: spanLength, h: info.lane } };
    }
    // Upwards along the edge: the first item sits beside the bottom row.
    const rowIndex = layout.rows - 1 - i;
    const y = grid.y + rowIndex * pitch + info.spanPadding;
    const x = info.edge === 'left' ? grid.x - info.gap - info.lane : grid.x + grid.w + info.gap;
    return { item, vertical, rect: { x, y, w: info.lane, h: spanLength } };
  });
}

/** TrimBox and BleedBox of a page, when the layout asks for them (print shops check these). */
export function pageBoxes(layout: SheetLayout): { trim: Rect; bleed: Rect } | null {
  if (!layout.pageBoxes) return null;
  const grid = gridRect(layout);
  const b = layout.bleed;
  const bleed = { x: Math.max(0, grid.x - b), y: Math.max(0, grid.y - b), w: 0, h: 0 };
  bleed.w = Math.min(layout.sheet.width, grid.x + grid.w + b) - bleed.x;
  bleed.h = Math.min(layout.sheet.height, grid.y + grid.h + b) - bleed.y;
  return { trim: grid, bleed };
}
