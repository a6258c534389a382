/**
 * Cutting and duplex tolerance on home sheets: a cut (or a back printed) up to 1.5 mm off any card
 * edge must show no sliver of colour and cut no word. The test renders real sheets (pdftoppm) and
 * checks that a 1.5 mm strip on both sides of every cut line, across the whole card grid, is white.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildKit } from '../../scripts/kit/kit.ts';
import { cells, gridRect } from '../../scripts/kit/imposeSheet.ts';
import { card, sheetLayouts } from '../../scripts/kit/paper.ts';

const offset = 1.5; // mm
const dpi = 100;
let out = '';
beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'kit-tol-'));
  await buildKit({ out: join(out, 'kit'), langs: ['nl'], kinds: ['cards'], sets: ['methods', 'pitfalls'], workers: 1 });
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** One page as 8-bit grey pixels. */
function raster(file: string, page: number): { w: number; h: number; px: Uint8Array } {
  const base = join(out, `p${page}`);
  execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-f', String(page), '-l', String(page), '-singlefile', file, base]);
  const data = readFileSync(`${base}.pgm`);
  const header = data.subarray(0, 20).toString('latin1').split(/\s+/);
  const [w, h] = [Number(header[1]), Number(header[2])];
  return { w, h, px: data.subarray(data.length - w * h) };
}

describe.each(sheetLayouts.filter((l) => l.name !== 'shop'))('$fileTag sheets', (layout) => {
  it.for(['methods', 'pitfalls'])('%s: every cut line has 1.5 mm of white on both sides, front and back', (set) => {
    const file = join(out, 'kit', `nl/cards-${set}-${layout.fileTag}.pdf`);
    const grid = gridRect(layout);
    const all = cells(layout);
    const xs = [...new Set(all.flatMap((s) => [s.trim.x, s.trim.x + card.width]))];
    const ys = [...new Set(all.flatMap((s) => [s.trim.y, s.trim.y + card.height]))];
    const px = (mm: number) => Math.round((mm * dpi) / 25.4);
    for (const page of [1, 2]) {
      const r = raster(file, page);
      const dark: string[] = [];
      const check = (x: number, y: number) => {
        if (r.px[y * r.w + x]! < 245) dark.push(`${((x * 25.4) / dpi).toFixed(1)},${((y * 25.4) / dpi).toFixed(1)}`);
      };
      // Strips inside the card grid (the crop marks outside it are meant to be seen); one pixel is
      // left at each strip edge for anti-aliasing of colour that starts just beyond it.
      const [x0, x1, y0, y1] = [px(grid.x), px(grid.x + grid.w) - 1, px(grid.y), px(grid.y + grid.h) - 1];
      for (const x of xs)
        for (let X = Math.max(x0, px(x - offset) + 1); X <= Math.min(x1, px(x + offset) - 1); X++) for (let Y = y0; Y <= y1; Y++) check(X, Y);
      for (const y of ys)
        for (let Y = Math.max(y0, px(y - offset) + 1); Y <= Math.min(y1, px(y + offset) - 1); Y++) for (let X = x0; X <= x1; X++) check(X, Y);
      expect(dark.slice(0, 5), `page ${page}: ${dark.length} dark pixels within 1.5 mm of a cut line`).toEqual([]);
    }
  });
});
