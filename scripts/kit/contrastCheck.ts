/**
 * Print has no zoom: every line of text must reach 4.5:1 contrast with what is painted under it
 * (WCAG 2.x, contrast.ts). Found on the drawing records, so it sees what the PDF will show.
 */
import { contrastRatio, minContrast } from './contrast.ts';
import type { Op, Rgb, TextOp } from './render/ops.ts';

const paper: Rgb = { r: 255, g: 255, b: 255 };

/** The colour under a text run: the last filled shape painted below its middle, else the paper. */
export function backgroundOf(op: TextOp, ops: readonly Op[]): Rgb {
  const first = op.parts[0]!;
  const last = op.parts.at(-1)!;
  const px = (first.x + last.x) / 2;
  const py = op.y - op.size * 0.3;
  let bg = paper;
  for (const o of ops) {
    if (o === op) break;
    const r = o.kind === 'rect' ? o : o.kind === 'path' ? o.bbox : undefined;
    if (r && px >= r.x && px <= r.x + r.w && py >= r.y && py <= r.y + r.h) bg = o.fill;
  }
  return bg;
}

export interface LowContrast {
  field: string;
  ratio: number;
  text: Rgb;
  background: Rgb;
}

/** Every text run below the minimum contrast, in paint order. */
export function lowContrastRuns(ops: readonly Op[]): LowContrast[] {
  return ops.flatMap((op) => {
    if (op.kind !== 'text' || !op.parts.length) return [];
    const background = backgroundOf(op, ops);
    const ratio = contrastRatio(op.fill, background);
    return ratio < minContrast ? [{ field: op.field, ratio, text: op.fill, background }] : [];
  });
}
