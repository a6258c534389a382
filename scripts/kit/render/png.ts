/**
 * PNG previews for the downloads page, rendered by resvg from the same drawing records as the PDF
 * (so a preview can never show a different layout). Text is drawn with the kit's TTF files.
 */
import { Resvg } from '@resvg/resvg-js';
import { fontFamily, fontFiles, fontWeights } from './fonts.ts';
import { hex, type Op } from './ops.ts';
import type { Rect } from '../units.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (v: number) => String(Math.round(v * 1000) / 1000);

/** An SVG of the ops, cropped to `view` (points) and placed at `offset` inside it. */
export function opsToSvg(ops: Op[], view: Rect, offset = { x: 0, y: 0 }): string {
  const body = ops
    .map((op) => {
      if (op.kind === 'rect') return `<rect x="${n(op.x)}" y="${n(op.y)}" width="${n(op.w)}" height="${n(op.h)}" fill="${hex(op.fill)}"/>`;
      if (op.kind === 'path') return `<path d="${op.d}" transform="scale(${op.scale})" fill="${hex(op.fill)}"/>`;
      const spans = op.parts.map((p) => `<tspan x="${n(p.x)}">${esc(p.text)}</tspan>`).join('');
      return `<text y="${n(op.y)}" font-family="${fontFamily}" font-weight="${fontWeights[op.font]}" font-size="${n(op.size)}" fill="${hex(op.fill)}" xml:space="preserve">${spans}</text>`;
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(view.w)}" height="${n(view.h)}" viewBox="${n(view.x)} ${n(view.y)} ${n(view.w)} ${n(view.h)}">` +
    `<rect x="${n(view.x)}" y="${n(view.y)}" width="${n(view.w)}" height="${n(view.h)}" fill="#ffffff"/>` +
    `<g transform="translate(${n(offset.x)} ${n(offset.y)})">${body}</g></svg>`
  );
}

export function svgToPng(svg: string, widthPx: number): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: widthPx },
    font: { fontFiles: [fontFiles.regular, fontFiles.bold], loadSystemFonts: false, defaultFontFamily: fontFamily },
  });
  return resvg.render().asPng();
}
