/**
 * Fit is checked, never hoped for. After layout every text field and every slot must lie inside
 * the surface's safe area, no word may stick out of its own box, no type may be smaller than 7 pt,
 * and every text colour must have 4.5:1 contrast with what is painted under it (contrastCheck.ts).
 * A failure stops the build and names language, deck or job-aid, card or page, field and the
 * overflow in mm.
 */
import { minContrast } from './contrast.ts';
import { lowContrastRuns } from './contrastCheck.ts';
import { advance, verticalExtent } from './render/fonts.ts';
import { hex, type Surface, type SurfaceSpec, type Where } from './render/ops.ts';
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

/** One thing wrong with one field; `says` completes the sentence that names the field. */
interface Problem {
  field: string;
  says: string;
}

export function checkFit(surface: Surface, spec: SurfaceSpec): void {
  const { where, safe } = spec;
  const problems: Problem[] = [];
  /** Each problem once: every word of a field set too small says the same thing. */
  const report = (field: string, says: string) => {
    if (!problems.some((p) => p.field === field && p.says === says)) problems.push({ field, says });
  };
  const reported = (field: string) => problems.some((p) => p.field === field);
  const mm = (pt: number) => ptToMm(pt).toFixed(1);

  for (const [key, box] of surface.boxes) {
    const area = surface.areas.get(key);
    const bounds = area ? surface.boxes.get(area) : undefined;
    const oa = bounds ? overflow(bounds, box) : { side: '', by: 0 };
    if (oa.by > tolerance) {
      report(key, ` runs past the end of "${area}" by ${mm(oa.by)} mm at the ${oa.side}`);
      continue;
    }
    const o = overflow(safe, box);
    if (o.by > tolerance) report(key, ` overflows the safe area by ${mm(o.by)} mm at the ${o.side}`);
  }
  for (const s of surface.segments) {
    if (!s.text.trim()) continue;
    const box = surface.boxes.get(s.field);
    const r = segmentRect(s);
    const o = box ? overflow({ ...box, y: -Infinity, h: Infinity }, r) : { side: '', by: 0 };
    if (o.by > tolerance) report(s.field, `: "${s.text}" sticks out of its box by ${mm(o.by)} mm at the ${o.side}`);
    // A word past the safe area is news only for a field not already reported (its box usually is).
    const os = overflow(safe, r);
    if (os.by > tolerance && !reported(s.field)) report(s.field, ` overflows the safe area by ${mm(os.by)} mm at the ${os.side}`);
    if (s.size < minTypeSize - 1e-6) report(s.field, ` is set in ${s.size} pt; the minimum is ${minTypeSize} pt`);
  }
  for (const c of lowContrastRuns(surface.ops))
    report(c.field, ` has contrast ${c.ratio.toFixed(2)}:1 (${hex(c.text)} on ${hex(c.background)}); it needs ${minContrast}:1`);
  if (problems.length) throw new FitError(`Does not fit:\n- ${problems.map((p) => `${describe(where, p.field)}${p.says}`).join('\n- ')}`);
}
