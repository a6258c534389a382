/** Deck icons as vector shapes: the second way, after the name in words, to tell decks apart without colour. */
import type { Op } from './render/ops.ts';
import { parseColor } from './render/ops.ts';
import type { Rect } from './units.ts';

export type IconShape = 'square' | 'circle' | 'diamond' | 'play' | 'warning';

/** A deck's icon as a filled vector shape inside `box`. */
export function iconOps(shape: IconShape, box: Rect, color: string): Op[] {
  const s = Math.min(box.w, box.h);
  const x = box.x + (box.w - s) / 2;
  const y = box.y + (box.h - s) / 2;
  const c = { x: x + s / 2, y: y + s / 2 };
  const fill = parseColor(color);
  const poly = (pts: [number, number][]) => 'M' + pts.map(([px, py]) => `${px.toFixed(3)},${py.toFixed(3)}`).join(' L') + ' Z';
  let d: string;
  switch (shape) {
    case 'square':
      d = poly([[x + s * 0.1, y + s * 0.1], [x + s * 0.9, y + s * 0.1], [x + s * 0.9, y + s * 0.9], [x + s * 0.1, y + s * 0.9]]);
      break;
    case 'circle': {
      const r = s * 0.45;
      d = `M${(c.x - r).toFixed(3)},${c.y.toFixed(3)} a${r},${r} 0 1,0 ${2 * r},0 a${r},${r} 0 1,0 ${-2 * r},0 Z`;
      break;
    }
    case 'diamond':
      d = poly([[c.x, y], [x + s, c.y], [c.x, y + s], [x, c.y]]);
      break;
    case 'play':
      d = poly([[x + s * 0.12, y], [x + s, c.y], [x + s * 0.12, y + s]]);
      break;
    case 'warning':
      d = poly([[c.x, y], [x + s, y + s * 0.92], [x, y + s * 0.92]]);
      break;
  }
  return [{ kind: 'path', d, scale: 1, fill, bbox: { x, y, w: s, h: s } }];
}
