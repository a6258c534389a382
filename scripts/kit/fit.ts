/**
 * Fit is checked, never hoped for. After layout every text field and every slot must lie inside
 * the surface's safe area, no word may stick out of its own box, no type may be smaller than 7 pt,
 * and every text colour must have 4.5:1 contrast with what is painted under it. A failure stops
 * the build and names language, deck or job-aid, card or page, field and the overflow in mm.
 */
import { contrastRatio, minContrast } from './contrast.ts';
import { advance, verticalExtent } from './render/fonts.ts';
import { hex, type Op, type Rgb, type Surface, type SurfaceSpec, type TextOp, type Where } from './render/ops.ts';
import { ptToMm, type Rect } from './units.ts';

export const minTypeSize = 7;

export class FitError extends Error {
  override name = 'FitError';
}

const describe = (where: Where, field: string) => `language ${where.lang}, ${where.context}, field "${field}"`;

/** How far `inner` sticks out of `outer`, per side, in points (0 when inside). */
function overflow(outer: Rect, inner: Rect): { side: string; by: number } {
  const sides = [
    { side: 'top', by: outer.y - inner.y },
    { side: 'bottom', by: inner.y + inner.h - (outer.y + outer.h) },
    { side: 'left', by: outer.x - inner.x },
    { side: 'right', by: inner.x + inner.w - (outer.x + outer.w) },
  ];
  return sides.reduce((a, b) => (b.by > a.by ? b : a));
}

/** Tolerance for layout rounding: satori places boxes and words on a 0.25 pt grid (render/layout.ts SCALE). */
export const tolerance = 0.35;

export function segmentRect(s: { x: number; y: number; width: number; size: number; bold: boolean; text: string }): Rect {
  const { ascent, descent } = verticalExtent(s.bold ? 'bold' : 'regular', s.size);
  // The PDF draws with the font's own advances; take the wider of the two so a word can never poke out.
  const width = Math.max(s.width, advance(s.text, s.bold ? 'bold' : 'regular', s.size));
  return { x: s.x, y: s.y - ascent, w: width, h: ascent + descent };
}

/** The colour under a text run: the last filled shape painted below its middle, else the paper. */
export function backgroundOf(op: TextOp, ops: Op[]): Rgb {
  const first = op.parts[0]!;
  const last = op.parts.at(-1)!;
  const px = (first.x + last.x) / 2;
  const py = op.y - op.size * 0.3;
  let bg: Rgb = { r: 255, g: 255, b: 255 };
  for (const o of ops) {
    if (o === op) break;
    const r = o.kind === 'rect' ? o : o.kind === 'path' ? o.bbox : undefined;
    if (r && px >= r.x && px <= r.x + r.w && py >= r.y && py <= r.y + r.h) bg = o.kind === 'text' ? bg : o.fill;
  }
  return bg;
}

export function checkFit(surface: Surface, spec: SurfaceSpec): void {
  const { where, safe } = spec;
  const problems: string[] = [];
  const mm = (pt: number) => ptToMm(pt).toFixed(1);

  for (const [key, box] of surface.boxes) {
    const area = surface.areas.get(key);
    const bounds = area ? surface.boxes.get(area) : undefined;
    const oa = bounds ? overflow(bounds, box) : { side: '', by: 0 };
    if (oa.by > tolerance) {
      problems.push(`${describe(where, key)} runs past the end of "${area}" by ${mm(oa.by)} mm at the ${oa.side}`);
      continue;
    }
    const o = overflow(safe, box);
    if (o.by > tolerance) problems.push(`${describe(where, key)} overflows the safe area by ${mm(o.by)} mm at the ${o.side}`);
  }
  for (const s of surface.segments) {
    if (!s.text.trim()) continue;
    const box = surface.boxes.get(s.field);
    const r = segmentRect(s);
    const o = box ? overflow({ ...box, y: -Infinity, h: Infinity }, r) : { side: '', by: 0 };
    if (o.by > tolerance) problems.push(`${describe(where, s.field)}: "${s.text}" sticks out of its box by ${mm(o.by)} mm at the ${o.side}`);
    const os = overflow(safe, r);
    if (os.by > tolerance && !problems.some((p) => p.startsWith(describe(where, s.field))))
      problems.push(`${describe(where, s.field)} overflows the safe area by ${mm(os.by)} mm at the ${os.side}`);
    if (s.size < minTypeSize - 1e-6) problems.push(`${describe(where, s.field)} is set in ${s.size} pt; the minimum is ${minTypeSize} pt`);
  }
  for (const op of surface.ops) {
    if (op.kind !== 'text' || !op.parts.length) continue;
    const bg = backgroundOf(op, surface.ops);
    const ratio = contrastRatio(op.fill, bg);
    if (ratio < minContrast) problems.push(`${describe(where, op.field)} has contrast ${ratio.toFixed(2)}:1 (${hex(op.fill)} on ${hex(bg)}); it needs ${minContrast}:1`);
  }
  if (problems.length) throw new FitError(`Does not fit:\n- ${[...new Set(problems)].join('\n- ')}`);
}
