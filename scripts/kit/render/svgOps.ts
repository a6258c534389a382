/**
 * Reads the SVG that satori writes (with `embedFont: false`) into plain drawing records. Only the
 * subset the templates produce is understood: filled rects, filled paths and text segments. Anything
 * else (borders, clipping, masks in use, gradients, images) fails loudly, so a template cannot
 * silently lose part of its look in the PDF.
 */
import { decodeXML } from 'entities';
import { XMLParser } from 'fast-xml-parser';
import type { Rect } from '../units.ts';
import { parseColor, type RectOp, type Rgb } from './ops.ts';

/** All in satori's layout pixels (render/layout.ts scales them to points). */
export type RawRect = RectOp;
export interface RawPath {
  kind: 'path';
  d: string;
  fill: Rgb;
  bbox?: Rect;
}
export interface RawText {
  kind: 'text';
  x: number;
  y: number;
  width: number;
  size: number;
  bold: boolean;
  fill: Rgb;
  text: string;
}
export type RawOp = RawRect | RawPath | RawText;

/** Keeps the document order (paint order) and every value as written; entities are decoded below. */
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  // A space between two words is a text segment of its own.
  trimValues: false,
  // The parser decodes only the five named XML entities; satori also writes numeric ones (&#39;).
  processEntities: false,
  tagValueProcessor: (_tag, value) => decodeXML(value),
  attributeValueProcessor: (_name, value) => decodeXML(value),
});

/** A node as the parser gives it in document order: `{ [tag]: children, ':@': attributes }` or `{ '#text': text }`. */
type ParsedNode = Record<string, unknown>;

interface Element {
  name: string;
  attributes: Record<string, string>;
  children: ParsedNode[];
}

function element(node: ParsedNode): Element | undefined {
  const name = Object.keys(node).find((k) => k !== ':@');
  if (name === undefined || name === '#text') return undefined;
  return { name, attributes: (node[':@'] ?? {}) as Record<string, string>, children: node[name] as ParsedNode[] };
}

/** Definitions that satori always writes; harmless while nothing refers to them. */
const ignoredSubtrees = new Set(['defs', 'mask', 'clipPath']);

const unsupported = (name: string) => new Error(`satori drew a <${name}>, which the PDF writer does not translate; simplify the template`);

function textOp(a: Record<string, string>, children: ParsedNode[]): RawText {
  if (a['letter-spacing']) throw new Error('letterSpacing is not supported in print templates');
  const text = children
    .map((c) => {
      const nested = element(c);
      if (nested) throw unsupported(nested.name);
      return String(c['#text']);
    })
    .join('');
  const weight = a['font-weight'] ?? 'normal';
  return {
    kind: 'text',
    x: Number(a.x),
    y: Number(a.y),
    width: Number(a.width),
    size: Number(a['font-size']),
    bold: weight === 'bold' || Number(weight) >= 600,
    fill: parseColor(a.fill ?? 'black'),
    text,
  };
}

function collect(nodes: ParsedNode[], ops: RawOp[]): void {
  for (const node of nodes) {
    const el = element(node);
    // Text outside <text> is whitespace between tags.
    if (!el || ignoredSubtrees.has(el.name)) continue;
    const { name, attributes: a, children } = el;
    if (a['clip-path'] || a.mask || a.filter || a.transform) {
      throw new Error(`satori drew a <${name}> with clipping, masking, a filter or a transform; keep print templates to plain boxes (no borders, overflow or shadows)`);
    }
    switch (name) {
      case 'svg':
      case 'g':
        collect(children, ops);
        break;
      case 'rect':
        if (a.fill && a.fill !== 'none' && a.fill !== 'transparent')
          ops.push({ kind: 'rect', x: Number(a.x ?? 0), y: Number(a.y ?? 0), w: Number(a.width), h: Number(a.height), fill: parseColor(a.fill) });
        break;
      case 'path': {
        if (a.stroke && a.stroke !== 'none') throw new Error('Stroked paths (CSS borders) are not supported in print templates');
        if (!a.fill || a.fill === 'none') break;
        const path: RawPath = { kind: 'path', d: a.d ?? '', fill: parseColor(a.fill) };
        if (a.width && a.height) path.bbox = { x: Number(a.x ?? 0), y: Number(a.y ?? 0), w: Number(a.width), h: Number(a.height) };
        ops.push(path);
        break;
      }
      case 'text':
        ops.push(textOp(a, children));
        break;
      default:
        throw unsupported(name);
    }
  }
}

export function svgToRawOps(svg: string): RawOp[] {
  const ops: RawOp[] = [];
  collect(parser.parse(svg) as ParsedNode[], ops);
  return ops;
}
