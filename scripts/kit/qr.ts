/**
 * QR codes as vector paths: one square per run of dark modules, drawn into the box layout reserved.
 * A quiet zone of two modules stays white inside the box (the card around it is white too).
 */
import QRCode from 'qrcode';
import { parseColor, type Op } from './render/ops.ts';
import type { Rect } from './units.ts';

export const quietModules = 2;

export function qrOps(url: string, box: Rect, color: string): Op[] {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const size = Math.min(box.w, box.h);
  const unit = size / (n + 2 * quietModules);
  const x0 = box.x + (box.w - size) / 2 + quietModules * unit;
  const y0 = box.y + (box.h - size) / 2 + quietModules * unit;
  const f = (v: number) => v.toFixed(3);
  let d = '';
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; ) {
      if (!modules.get(r, c)) {
        c++;
        continue;
      }
      let end = c;
      while (end < n && modules.get(r, end)) end++;
      d += `M${f(x0 + c * unit)} ${f(y0 + r * unit)}h${f((end - c) * unit)}v${f(unit)}h${f(-(end - c) * unit)}Z`;
      c = end;
    }
  }
  return [{ kind: 'path', d, scale: 1, fill: parseColor(color), bbox: { x: x0, y: y0, w: n * unit, h: n * unit } }];
}
