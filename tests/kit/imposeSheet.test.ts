/** Imposition is pure geometry from the layout table: these tests hold every row of it to its promises. */
import { describe, expect, it } from 'vitest';
import { backCell, cells, cropMarks, gridRect, impose, infoSpans, pageBoxes } from '../../scripts/kit/imposeSheet.ts';
import { artworkBleed, card, cutTolerance, perSheet, sheetLayouts, type SheetLayout } from '../../scripts/kit/paper.ts';
import { contains, inset, overlaps } from '../../scripts/kit/units.ts';

const home = sheetLayouts.filter((l) => l.name === 'home');
const shop = sheetLayouts.find((l) => l.name === 'shop')!;
const close = (a: number, b: number) => expect(a).toBeCloseTo(b, 6);
/** Home printers cannot print closer to the paper edge than this (mm). */
const printable = 5;

describe.each(home)('home sheet $fileTag', (layout) => {
  const all = cells(layout);
  const grid = gridRect(layout);

  it('puts the cards edge to edge in a grid centred on the sheet, artwork stopping short of every cut', () => {
    expect(all).toHaveLength(layout.cols * layout.rows);
    close(grid.x, layout.sheet.width - grid.x - grid.w);
    close(grid.y, layout.sheet.height - grid.y - grid.h);
    for (const c of all) {
      close(c.trim.x, grid.x + c.col * card.width);
      close(c.trim.y, grid.y + c.row * card.height);
      // No bleed at home: artwork is clipped cutTolerance inside the trim, so a miscut lands on white.
      expect(c.art).toEqual(inset(c.trim, cutTolerance));
    }
    for (const a of all) for (const b of all) if (a !== b) expect(overlaps(a.trim, b.trim)).toBe(false);
  });

  it('mirrors the columns of the back sheet so every back lands behind its front (long-edge flip)', () => {
    for (const c of all) {
      const b = all[backCell(layout, c.index)]!;
      // Seen through the paper, the back's centre coincides with the front's centre.
      close(layout.sheet.width - (b.trim.x + b.trim.w / 2), c.trim.x + c.trim.w / 2);
      close(b.trim.y, c.trim.y);
      expect(backCell(layout, b.index)).toBe(c.index);
    }
  });

  it('orders pages front, back, front, back… with the same card positions on every sheet', () => {
    const per = perSheet(layout);
    const count = 2 * per + 2;
    const pages = impose(layout, count);
    expect(pages).toHaveLength(6);
    expect(pages.map((p) => p.side)).toEqual(['front', 'back', 'front', 'back', 'front', 'back']);
    expect(pages.map((p) => p.sheet)).toEqual([1, 1, 2, 2, 3, 3]);
    expect(pages[4]!.placements.map((p) => p.card)).toEqual([2 * per, 2 * per + 1]);
    for (const [i, page] of pages.entries()) {
      const front = pages[i - (i % 2)]!;
      for (const p of page.placements) {
        if (page.side === 'front') expect(p.cell).toEqual(all[p.card % per]);
        else {
          const f = front.placements.find((q) => q.card === p.card)!;
          close(layout.sheet.width - (p.cell.trim.x + card.width / 2), f.cell.trim.x + card.width / 2);
          close(p.cell.trim.y, f.cell.trim.y);
        }
      }
    }
  });

  it('keeps every crop mark at least 5 mm inside the paper edge', () => {
    for (const m of cropMarks(layout)) {
      for (const [x, y] of [[m.x1, m.y1], [m.x2, m.y2]] as const) {
        expect(Math.min(x, y, layout.sheet.width - x, layout.sheet.height - y)).toBeGreaterThanOrEqual(printable - 1e-9);
      }
    }
  });

  it('draws crop marks only in the margin, on every card edge, never on a card', () => {
    const marks = cropMarks(layout);
    // Every column edge at the top and the bottom, every row edge at the left and the right.
    expect(marks).toHaveLength(2 * (layout.cols + 1) + 2 * (layout.rows + 1));
    for (const m of marks) {
      const r = { x: Math.min(m.x1, m.x2), y: Math.min(m.y1, m.y2), w: Math.abs(m.x2 - m.x1) || 1e-9, h: Math.abs(m.y2 - m.y1) || 1e-9 };
      expect(overlaps(r, grid)).toBe(false);
      expect(contains({ x: 0, y: 0, w: layout.sheet.width, h: layout.sheet.height }, r)).toBe(true);
      // Long enough to see and cut along (Letter's top and bottom marks are 1.7 mm: they stop 5 mm from the edge).
      expect(Math.hypot(m.x2 - m.x1, m.y2 - m.y1)).toBeGreaterThanOrEqual(1.5);
    }
    const xs = new Set(marks.filter((m) => m.x1 === m.x2).map((m) => m.x1));
    expect([...xs].sort((a, b) => a - b)).toEqual(Array.from({ length: layout.cols + 1 }, (_, k) => grid.x + k * card.width));
  });

  it('keeps the margin notes outside the cards, clear of the crop marks and at least 5 mm from the paper edge', () => {
    const spans = infoSpans(layout);
    expect(spans.map((s) => s.item)).toEqual(['label', 'note', 'scale']);
    const sheet = inset({ x: 0, y: 0, w: layout.sheet.width, h: layout.sheet.height }, printable);
    for (const s of spans) {
      expect(overlaps(s.rect, grid)).toBe(false);
      expect(contains(sheet, s.rect)).toBe(true);
      for (const m of cropMarks(layout)) {
        const r = { x: Math.min(m.x1, m.x2) - 0.5, y: Math.min(m.y1, m.y2) - 0.5, w: Math.abs(m.x2 - m.x1) + 1, h: Math.abs(m.y2 - m.y1) + 1 };
        expect(overlaps(r, s.rect)).toBe(false);
      }
      expect(Math.max(s.rect.w, s.rect.h)).toBeGreaterThanOrEqual(layout.info!.scaleBar);
    }
  });

  it('writes no print-shop boxes', () => {
    expect(pageBoxes(layout)).toBeNull();
  });
});

describe('shop file', () => {
  it('is one card per page, its artwork bleeding to the page edge, with TrimBox and BleedBox to match', () => {
    const page = { x: 0, y: 0, w: shop.sheet.width, h: shop.sheet.height };
    const [c, ...more] = cells(shop);
    expect(more).toEqual([]);
    expect(c!.trim).toEqual(inset(page, artworkBleed));
    expect(c!.trim).toMatchObject({ w: card.width, h: card.height });
    expect(c!.art).toEqual(page);
    expect(pageBoxes(shop)).toEqual({ trim: c!.trim, bleed: page });
  });
  it('interleaves fronts and backs: pages = 2 × cards, no marks, no margin notes', () => {
    const pages = impose(shop, 7);
    expect(pages).toHaveLength(14);
    pages.forEach((p, i) => {
      expect(p.side).toBe(i % 2 ? 'back' : 'front');
      expect(p.placements.map((q) => q.card)).toEqual([Math.floor(i / 2)]);
    });
    expect(cropMarks(shop)).toEqual([]);
    expect(infoSpans(shop)).toEqual([]);
  });
});

describe('imposition is driven by the table alone', () => {
  it('mirrors rows instead of columns for a short-edge flip', () => {
    const shortEdge: SheetLayout = { ...home[0]!, cols: 3, rows: 3, flip: 'short-edge' };
    expect(backCell(shortEdge, 0)).toBe(6);
    expect(backCell(shortEdge, 5)).toBe(5);
    expect(backCell(shortEdge, 7)).toBe(1);
  });
  it('handles a gutter: marks on both edges of each gap, still outside the cards', () => {
    const gutter: SheetLayout = { ...home[0]!, cols: 3, rows: 3, gutter: 2 };
    const grid = gridRect(gutter);
    expect(grid.w).toBeCloseTo(3 * card.width + 2 * 2, 6);
    const xs = new Set(cropMarks(gutter).filter((m) => m.x1 === m.x2).map((m) => m.x1));
    expect(xs.size).toBe(6);
    for (const m of cropMarks(gutter)) expect(overlaps({ x: Math.min(m.x1, m.x2), y: Math.min(m.y1, m.y2), w: Math.abs(m.x2 - m.x1) || 1e-9, h: Math.abs(m.y2 - m.y1) || 1e-9 }, grid)).toBe(false);
  });
});

describe.each(sheetLayouts.filter((l) => l.sides === 'fold'))('fold-over sheet $fileTag', (layout) => {
  it('is single-sided: one page a sheet, each back beside its front in the same row', () => {
    const per = perSheet(layout);
    const pages = impose(layout, 2 * per + 1);
    expect(pages).toHaveLength(3);
    expect(pages.every((p) => p.side === 'front')).toBe(true);
    for (const page of pages)
      for (const front of page.placements.filter((p) => p.side === 'front')) {
        const back = page.placements.find((p) => p.side === 'back' && p.card === front.card)!;
        expect(back.cell.row).toBe(front.cell.row);
        // They share the fold edge: the front's right edge is the back's left edge.
        expect(back.cell.trim.x).toBeCloseTo(front.cell.trim.x + front.cell.trim.w, 9);
      }
  });

  it('keeps marks and margin notes 5 mm inside the paper', () => {
    for (const m of cropMarks(layout))
      for (const [x, y] of [[m.x1, m.y1], [m.x2, m.y2]] as const)
        expect(Math.min(x, y, layout.sheet.width - x, layout.sheet.height - y)).toBeGreaterThanOrEqual(printable - 1e-9);
    for (const s of infoSpans(layout)) expect(Math.min(s.rect.x, s.rect.y)).toBeGreaterThanOrEqual(printable);
  });
});
