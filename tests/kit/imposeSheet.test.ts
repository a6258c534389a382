/** Imposition is pure geometry from the layout table: these tests pin its promises down. */
import { describe, expect, it } from 'vitest';
import { backSlot, cropMarks, gridRect, impose, infoSpans, pageBoxes, slots } from '../../scripts/kit/imposeSheet.ts';
import { artworkBleed, card, cutTolerance, papers, sheetLayouts, type SheetLayout } from '../../scripts/kit/paper.ts';
import { contains, overlaps } from '../../scripts/kit/units.ts';

const home = sheetLayouts.filter((l) => l.layout === 'home');
const shop = sheetLayouts.find((l) => l.layout === 'shop')!;
const close = (a: number, b: number) => expect(a).toBeCloseTo(b, 6);

describe('layout table', () => {
  it('has home layouts for A4 and Letter and one shop layout', () => {
    expect(home.map((l) => l.paper).sort()).toEqual(['a4', 'letter']);
    expect(home.every((l) => l.cols === 3 && l.rows === 3 && l.gutter === 0 && l.bleed === -cutTolerance)).toBe(true);
    expect(shop).toMatchObject({ cols: 1, rows: 1, bleed: 3, marks: null, info: null, pageBoxes: true });
  });
  it('uses poker cards of 63 × 88 mm', () => {
    expect(card).toMatchObject({ width: 63, height: 88 });
  });
});

describe.each(home)('home sheet $paper', (layout) => {
  const all = slots(layout);
  const grid = gridRect(layout);

  it('puts 3 × 3 cards edge to edge, centred on the sheet', () => {
    expect(all).toHaveLength(9);
    close(grid.w, 3 * 63);
    close(grid.h, 3 * 88);
    close(grid.x, (papers[layout.paper as 'a4'].width - 189) / 2);
    close(grid.y, (papers[layout.paper as 'a4'].height - 264) / 2);
    for (const s of all) {
      close(s.trim.x, grid.x + s.col * 63);
      close(s.trim.y, grid.y + s.row * 88);
      // No bleed at home: artwork is clipped cutTolerance inside the trim, so a miscut lands on white.
      expect(s.art).toEqual({ x: s.trim.x + cutTolerance, y: s.trim.y + cutTolerance, w: s.trim.w - 2 * cutTolerance, h: s.trim.h - 2 * cutTolerance });
    }
    for (const a of all) for (const b of all) if (a !== b) expect(overlaps(a.trim, b.trim)).toBe(false);
  });

  it('mirrors the columns of the back sheet so every back lands behind its front (long-edge flip)', () => {
    for (const s of all) {
      const b = all[backSlot(layout, s.index)]!;
      // Seen through the paper, the back's centre coincides with the front's centre.
      close(layout.sheet.width - (b.trim.x + b.trim.w / 2), s.trim.x + s.trim.w / 2);
      close(b.trim.y, s.trim.y);
    }
    expect(backSlot(layout, 0)).toBe(2);
    expect(backSlot(layout, 4)).toBe(4);
    expect(backSlot(layout, 6)).toBe(8);
  });

  it('orders pages front, back, front, back… with the same card positions on every sheet', () => {
    const pages = impose(layout, 20);
    expect(pages).toHaveLength(6);
    expect(pages.map((p) => p.side)).toEqual(['front', 'back', 'front', 'back', 'front', 'back']);
    expect(pages.map((p) => p.sheet)).toEqual([1, 1, 2, 2, 3, 3]);
    expect(pages[4]!.placements.map((p) => p.card)).toEqual([18, 19]);
    for (const [i, page] of pages.entries()) {
      const front = pages[i - (i % 2)]!;
      for (const p of page.placements) {
        if (page.side === 'front') expect(p.slot).toEqual(all[p.card % 9]);
        else {
          const f = front.placements.find((q) => q.card === p.card)!;
          close(layout.sheet.width - (p.slot.trim.x + 31.5), f.slot.trim.x + 31.5);
          close(p.slot.trim.y, f.slot.trim.y);
        }
      }
    }
  });

  it('keeps every crop mark at least 5 mm inside the paper edge', () => {
    for (const m of cropMarks(layout)) {
      for (const [x, y] of [[m.x1, m.y1], [m.x2, m.y2]] as const) {
        expect(Math.min(x, y, layout.sheet.width - x, layout.sheet.height - y)).toBeGreaterThanOrEqual(5 - 1e-9);
      }
    }
  });

  it('draws crop marks only in the margin, on every card edge, never on a card', () => {
    const marks = cropMarks(layout);
    // 4 column lines × (top + bottom) + 4 row lines × (left + right)
    expect(marks).toHaveLength(16);
    for (const m of marks) {
      const r = { x: Math.min(m.x1, m.x2), y: Math.min(m.y1, m.y2), w: Math.abs(m.x2 - m.x1) || 1e-9, h: Math.abs(m.y2 - m.y1) || 1e-9 };
      expect(overlaps(r, grid)).toBe(false);
      expect(contains({ x: 0, y: 0, w: layout.sheet.width, h: layout.sheet.height }, r)).toBe(true);
      // Long enough to see and cut along (Letter's top and bottom marks are 1.7 mm: they stop 5 mm from the edge).
      expect(Math.hypot(m.x2 - m.x1, m.y2 - m.y1)).toBeGreaterThanOrEqual(1.5);
    }
    const xs = new Set(marks.filter((m) => m.x1 === m.x2).map((m) => m.x1));
    expect([...xs].sort((a, b) => a - b)).toEqual([0, 1, 2, 3].map((k) => grid.x + k * 63));
  });

  it('keeps the margin notes outside the cards, clear of the crop marks and at least 5 mm from the paper edge', () => {
    const spans = infoSpans(layout);
    expect(spans.map((s) => s.item)).toEqual(['label', 'note', 'scale']);
    const sheet = { x: 5, y: 5, w: layout.sheet.width - 10, h: layout.sheet.height - 10 };
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
  it('is one card per page with 3 mm bleed: page 69 × 88+6 mm, trim 63 × 88 mm at (3, 3)', () => {
    expect(shop.sheet).toEqual({ width: 63 + 2 * artworkBleed, height: 88 + 2 * artworkBleed });
    const [s] = slots(shop);
    expect(s!.trim).toEqual({ x: 3, y: 3, w: 63, h: 88 });
    expect(s!.art).toEqual({ x: 0, y: 0, w: 69, h: 94 });
    expect(pageBoxes(shop)).toEqual({ trim: { x: 3, y: 3, w: 63, h: 88 }, bleed: { x: 0, y: 0, w: 69, h: 94 } });
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
    const shortEdge: SheetLayout = { ...home[0]!, flip: 'short-edge' };
    expect(backSlot(shortEdge, 0)).toBe(6);
    expect(backSlot(shortEdge, 5)).toBe(5);
    expect(backSlot(shortEdge, 7)).toBe(1);
  });
  it('handles a gutter: marks on both edges of each gap, still outside the cards', () => {
    const gutter: SheetLayout = { ...home[0]!, gutter: 2 };
    const grid = gridRect(gutter);
    expect(grid.w).toBeCloseTo(3 * 63 + 4, 6);
    const xs = new Set(cropMarks(gutter).filter((m) => m.x1 === m.x2).map((m) => m.x1));
    expect(xs.size).toBe(6);
    for (const m of cropMarks(gutter)) expect(overlaps({ x: Math.min(m.x1, m.x2), y: Math.min(m.y1, m.y2), w: Math.abs(m.x2 - m.x1) || 1e-9, h: Math.abs(m.y2 - m.y1) || 1e-9 }, grid)).toBe(false);
  });
});

describe.each(sheetLayouts.filter((l) => l.sides === 'fold'))('fold-over sheet $paper', (layout) => {
  it('is single-sided: one page a sheet, three cards, each back beside its front in the same row', () => {
    const pages = impose(layout, 7);
    expect(pages).toHaveLength(3);
    expect(pages.every((p) => p.side === 'front')).toBe(true);
    for (const page of pages)
      for (const front of page.placements.filter((p) => p.side === 'front')) {
        const back = page.placements.find((p) => p.side === 'back' && p.card === front.card)!;
        expect(back.slot.row).toBe(front.slot.row);
        // They share the fold edge: the front's right edge is the back's left edge.
        expect(back.slot.trim.x).toBeCloseTo(front.slot.trim.x + front.slot.trim.w, 9);
      }
  });

  it('keeps marks and margin notes 5 mm inside the paper', () => {
    for (const m of cropMarks(layout))
      for (const [x, y] of [[m.x1, m.y1], [m.x2, m.y2]] as const)
        expect(Math.min(x, y, layout.sheet.width - x, layout.sheet.height - y)).toBeGreaterThanOrEqual(5 - 1e-9);
    for (const s of infoSpans(layout)) expect(Math.min(s.rect.x, s.rect.y)).toBeGreaterThanOrEqual(5);
  });
});
