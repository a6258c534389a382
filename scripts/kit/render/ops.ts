/**
 * The drawing vocabulary shared by the renderer, the fit check, the PDF writer and the PNG previews:
 * the small subset of SVG that the card and page templates produce, and the laid-out surface that
 * holds it. Coordinates in points, origin top left, y down.
 */
import type { Lang } from '../../../src/config.ts';
import type { Rect } from '../units.ts';
import type { FontKey } from './fonts.ts';

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

export interface RectOp {
  kind: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  fill: Rgb;
}

/** A filled SVG path; `d` is in the layout's pixel units and `scale` turns it into points. */
export interface PathOp {
  kind: 'path';
  d: string;
  scale: number;
  fill: Rgb;
  /** Bounding box in points (for contrast checks), when known. */
  bbox?: Rect;
}

/** One line of one text field, drawn as a single text run; parts keep the layout's word positions. */
export interface TextOp {
  kind: 'text';
  field: string;
  font: FontKey;
  size: number;
  fill: Rgb;
  /** Baseline. */
  y: number;
  parts: { x: number; text: string }[];
}

export type Op = RectOp | PathOp | TextOp;

/** Where a surface belongs, for messages: e.g. `deck methods, card "incidentmethode" (back)`. */
export interface Where {
  lang: Lang;
  context: string;
}

export interface SurfaceSpec {
  lang: Lang;
  /** Size of the surface in points. */
  width: number;
  height: number;
  /** Every text and slot must stay inside this rectangle (points). */
  safe: Rect;
  where: Where;
}

/** A word segment after layout, in points, with the field it belongs to. */
export interface Segment {
  field: string;
  x: number;
  y: number;
  width: number;
  size: number;
  bold: boolean;
  text: string;
}

/** A card side or job-aid page after layout: what to draw, and where each field and word ended up. */
export interface Surface {
  width: number;
  height: number;
  ops: Op[];
  /** Layout boxes of every keyed element (text fields and slots), in points. */
  boxes: Map<string, Rect>;
  segments: Segment[];
  /** For each keyed element inside an area (el.ts `area`), that area's key. */
  areas: Map<string, string>;
}

export function parseColor(value: string): Rgb {
  const v = value.trim().toLowerCase();
  if (v === 'black') return { r: 0, g: 0, b: 0 };
  if (v === 'white') return { r: 255, g: 255, b: 255 };
  let m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(v);
  if (m) return { r: parseInt(m[1]! + m[1]!, 16), g: parseInt(m[2]! + m[2]!, 16), b: parseInt(m[3]! + m[3]!, 16) };
  m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(v);
  if (m) return { r: parseInt(m[1]!, 16), g: parseInt(m[2]!, 16), b: parseInt(m[3]!, 16) };
  m = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)(?:[\s,/]+([\d.]+))?\s*\)$/.exec(v);
  if (m && (m[4] === undefined || Number(m[4]) === 1)) return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]) };
  throw new Error(`Colour "${value}" is not supported in print templates (use opaque #rrggbb)`);
}

export const hex = (c: Rgb): string => '#' + [c.r, c.g, c.b].map((n) => n.toString(16).padStart(2, '0')).join('');

/** Text of a run as a reader sees it (the part positions already carry the spaces between words). */
export const runText = (op: TextOp): string => op.parts.map((p) => p.text).join('');
