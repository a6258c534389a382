/**
 * Tiny element builders for satori (no JSX: the kit runs as plain TypeScript in Node).
 * Lengths are written in points; the renderer scales them. Every text leaf and every slot has a
 * key (a field name such as `steps.3.title`) so fit errors can say exactly what does not fit.
 */
import type { Op } from './ops.ts';
import type { Rect } from '../units.ts';

export type Style = Record<string, string | number>;

/** Draws vector art (QR codes, icons) into the box that layout reserved for it. */
export type DrawFn = (box: Rect) => Op[];

export interface El {
  key?: string;
  style: Style;
  children: El[];
  text?: { value: string; hyphenate: boolean };
  draw?: DrawFn;
  /** A fixed area (keyed): what it holds must fit inside it, so an overflow names the field that grew, not the neighbour it would push out. */
  area?: boolean;
}

type Child = El | false | null | undefined;

/** A flex container; a column unless the style says otherwise. */
export function box(style: Style, ...children: Child[]): El {
  return { style, children: children.filter((c): c is El => Boolean(c)) };
}

export const row = (style: Style, ...children: Child[]): El => box({ flexDirection: 'row', ...style }, ...children);

/** A text leaf. Card text is hyphenated unless it is a code-like string (URLs, numbers). */
export function text(key: string, value: string, style: Style = {}, options: { hyphenate?: boolean } = {}): El {
  return { key, style, children: [], text: { value, hyphenate: options.hyphenate ?? true } };
}

export function slot(key: string, style: Style, draw: DrawFn): El {
  return { key, style, children: [], draw };
}

/**
 * A box that takes the room its parent leaves (flex 1, never more): content that does not fit runs
 * past its end and is reported as such, instead of pushing a footer off the page.
 */
export function area(key: string, style: Style, ...children: Child[]): El {
  return { key, style: { flexGrow: 1, flexShrink: 1, flexBasis: 0, minHeight: 0, ...style }, children: children.filter((c): c is El => Boolean(c)), area: true };
}
