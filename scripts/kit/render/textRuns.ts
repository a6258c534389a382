/**
 * Word segments become text runs: one run per line of a field (same baseline, face, size and
 * colour), which keeps each word where the layout put it and lets a PDF reader copy whole lines.
 */
import type { Rgb, Segment, TextOp } from './ops.ts';

const sameFill = (a: Rgb, b: Rgb) => a.r === b.r && a.g === b.g && a.b === b.b;

export function textRuns(segments: readonly (Segment & { fill: Rgb })[]): TextOp[] {
  const runs: TextOp[] = [];
  let run: TextOp | undefined;
  for (const s of segments) {
    const font = s.bold ? 'bold' : 'regular';
    const continues = run && run.field === s.field && run.y === s.y && run.font === font && run.size === s.size && sameFill(run.fill, s.fill);
    if (!continues) {
      if (s.text.trim() === '') continue; // a line never starts with a space
      run = { kind: 'text', field: s.field, font, size: s.size, fill: s.fill, y: s.y, parts: [] };
      runs.push(run);
    }
    if (s.text) run!.parts.push({ x: s.x, text: s.text });
  }
  // Nor does it end with one.
  for (const r of runs) while (r.parts.length && r.parts.at(-1)!.text.trim() === '') r.parts.pop();
  return runs;
}
