/**
 * Reads the SVG that satori writes (with `embedFont: false`) into plain drawing records. Only the
 * subset the templates produce is understood: filled rects, filled paths and text segments. Anything
 * else (borders, clipping, masks in use, gradients, images) fails loudly, so a template cannot
 * silently lose part of its look in the PDF.
 */
import { parseColor, type RectOp, type Rgb } from './ops.ts';

/** A rect is already in its final form (points, top left); paths and text still need work. */
export type RawRect = RectOp;
export interface RawPath {
  kind: 'path';
  d: string;
  fill: Rgb;
  bbox?: { x: number; y: number; w: number; h: number };
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

const decode = (s: string): string =>
  !s.includes('&')
    ? s
    : s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

function attributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of source.matchAll(/([\w:-]+)="([^"]*)"/g)) out[m[1]!] = decode(m[2]!);
  return out;
}

/** Definitions that satori always writes; harmless while nothing refers to them. */
const ignoredSubtrees = new Set(['defs', 'mask', 'clipPath']);

export function svgToRawOps(svg: string): RawOp[] {
  const ops: RawOp[] = [];
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g;
  let skipDepth = 0;
  let openText: Record<string, string> | undefined;
  let textContent = '';
  for (const m of svg.matchAll(tag)) {
    const [, closing, name, attrSource, selfClosing, content] = m;
    if (content !== undefined) {
      if (openText && skipDepth === 0) textContent += decode(content);
      continue;
    }
    if (skipDepth > 0) {
      if (ignoredSubtrees.has(name!)) skipDepth += closing ? -1 : selfClosing ? 0 : 1;
      continue;
    }
    if (closing) {
      if (name === 'text' && openText) {
        const a = openText;
        if (a['letter-spacing']) throw new Error('letterSpacing is not supported in print templates');
        const weight = a['font-weight'] ?? 'normal';
        ops.push({
          kind: 'text',
          x: Number(a.x),
          y: Number(a.y),
          width: Number(a.width),
          size: Number(a['font-size']),
          bold: weight === 'bold' || Number(weight) >= 600,
          fill: parseColor(a.fill ?? 'black'),
          text: textContent,
        });
        openText = undefined;
      }
      continue;
    }
    const a = attributes(attrSource ?? '');
    if (ignoredSubtrees.has(name!)) {
      if (!selfClosing) skipDepth = 1;
      continue;
    }
    if (a['clip-path'] || a.mask || a.filter || a.transform) {
      throw new Error(`satori drew a <${name}> with clipping, masking, a filter or a transform; keep print templates to plain boxes (no borders, overflow or shadows)`);
    }
    switch (name) {
      case 'svg':
      case 'g':
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
        openText = a;
        textContent = '';
        if (selfClosing) openText = undefined;
        break;
      default:
        throw new Error(`satori drew a <${name}>, which the PDF writer does not translate; simplify the template`);
    }
  }
  return ops;
}
