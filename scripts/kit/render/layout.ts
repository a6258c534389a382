/**
 * One layout of a surface by satori: the element tree (with the text each field gets) becomes
 * word segments, filled shapes and the box of every keyed element, all in points.
 */
import satori from 'satori';
import type { Rect } from '../units.ts';
import type { El, Style } from './el.ts';
import { cssFontFeatures, fontFamily, satoriFonts } from './fonts.ts';
import type { Op } from './ops.ts';
import { svgToRawOps, type RawText } from './svgOps.ts';

/** satori rounds layout to whole pixels; laying out at 4 px per point keeps positions to 0.25 pt. */
export const SCALE = 4;

const lengthKeys = new Set([
  'width', 'height', 'minWidth', 'minHeight', 'maxWidth', 'maxHeight', 'top', 'right', 'bottom', 'left',
  'margin', 'marginTop', 'marginRight', 'marginBottom', 'marginLeft',
  'padding', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'gap', 'rowGap', 'columnGap', 'fontSize', 'borderRadius', 'flexBasis',
]);

function scaleStyle(style: Style): Style {
  const out: Style = {};
  for (const [k, v] of Object.entries(style)) {
    if (k.startsWith('border') && k !== 'borderRadius') throw new Error(`CSS ${k} is not supported in print templates; draw lines as boxes`);
    out[k] = typeof v === 'number' && lengthKeys.has(k) ? v * SCALE : v;
  }
  return out;
}

type SatoriNode = { type: string; key?: string; props: { style: Style; children?: SatoriNode[] | string } };

function toSatori(el: El, textOf: (key: string) => string): SatoriNode {
  // Text leaves are blocks: as flex containers satori would ignore textAlign on a single line.
  const base = el.text ? { display: 'block' } : { display: 'flex', flexDirection: 'column' };
  const style = scaleStyle({ ...base, boxSizing: 'border-box', flexShrink: 0, ...el.style });
  const node: SatoriNode = { type: 'div', props: { style } };
  if (el.key) node.key = el.key;
  if (el.text) node.props.children = textOf(el.key!);
  else if (el.children.length) node.props.children = el.children.map((c) => toSatori(c, textOf));
  return node;
}

/** A text segment (a word or a space) as satori placed it, in points; `y` is its baseline. */
export type LaidText = Omit<RawText, 'kind'>;

export interface Layout {
  /** In paint order, which is reading order. */
  texts: LaidText[];
  /** Filled rects and paths, in paint order. */
  shapes: Op[];
  /** Layout boxes of every keyed element (text fields and slots). */
  boxes: Map<string, Rect>;
}

const toPoints = (t: RawText): LaidText => ({
  x: t.x / SCALE,
  y: t.y / SCALE,
  width: t.width / SCALE,
  size: t.size / SCALE,
  bold: t.bold,
  fill: t.fill,
  text: t.text,
});

/** Lays out `tree` on a surface of `width` × `height` points, giving each text field the text `textOf(key)`. */
export async function layOut(tree: El, textOf: (key: string) => string, width: number, height: number): Promise<Layout> {
  const root: El = {
    style: { width, height, fontFamily, fontFeatureSettings: cssFontFeatures, color: '#000000', position: 'relative' },
    children: [tree],
  };
  const boxes = new Map<string, Rect>();
  const svg = await satori(toSatori(root, textOf), {
    width: width * SCALE,
    // Taller than the surface: satori leaves out text below its canvas, and text that runs past
    // the surface must still be laid out to be found and reported by the fit check.
    height: height * 3 * SCALE,
    fonts: satoriFonts(),
    embedFont: false,
    onNodeDetected: (n) => {
      if (n.key !== undefined && n.key !== null) boxes.set(String(n.key), { x: n.left / SCALE, y: n.top / SCALE, w: n.width / SCALE, h: n.height / SCALE });
    },
  });
  const texts: LaidText[] = [];
  const shapes: Op[] = [];
  for (const r of svgToRawOps(svg)) {
    if (r.kind === 'text') texts.push(toPoints(r));
    else if (r.kind === 'rect') shapes.push({ kind: 'rect', x: r.x / SCALE, y: r.y / SCALE, w: r.w / SCALE, h: r.h / SCALE, fill: r.fill });
    else {
      const path: Op = { kind: 'path', d: r.d, scale: 1 / SCALE, fill: r.fill };
      if (r.bbox) path.bbox = { x: r.bbox.x / SCALE, y: r.bbox.y / SCALE, w: r.bbox.w / SCALE, h: r.bbox.h / SCALE };
      shapes.push(path);
    }
  }
  return { texts, shapes, boxes };
}
