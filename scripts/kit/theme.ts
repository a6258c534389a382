/**
 * Colours, type sizes and deck identities. Decks differ in three ways at once, so they stay apart
 * in greyscale and for colour-blind readers: a label in words, an icon shape, and a band colour
 * with its own luminance step (very dark → very light). tests/kit/contrast.test.ts checks every
 * text/background pair listed here; fit.ts checks what was actually drawn.
 */
import type { Op } from './render/ops.ts';
import { parseColor } from './render/ops.ts';
import type { Rect } from './units.ts';

export const colors = {
  ink: '#1a1a1a',
  muted: '#4a4a4a',
  paper: '#ffffff',
  /** Light fill for table heads and chips. */
  tint: '#ebebeb',
  /** Rules and write-in lines (never text). */
  rule: '#9a9a9a',
} as const;

export const deckSets = ['methods', 'questions', 'roles', 'phases', 'pitfalls'] as const;
export type DeckSet = (typeof deckSets)[number];

export type IconShape = 'square' | 'circle' | 'diamond' | 'play' | 'warning';

export interface DeckTheme {
  band: string;
  onBand: string;
  icon: IconShape;
}

/** Luminance rises from methods (≈0.04) to questions (≈0.81): five clearly different greys. */
export const deckThemes: Record<DeckSet, DeckTheme> = {
  methods: { band: '#1b3a5c', onBand: '#ffffff', icon: 'square' },
  pitfalls: { band: '#c0392b', onBand: '#ffffff', icon: 'warning' },
  roles: { band: '#5fb3b3', onBand: colors.ink, icon: 'diamond' },
  phases: { band: '#b5d98c', onBand: colors.ink, icon: 'play' },
  questions: { band: '#fbe89a', onBand: colors.ink, icon: 'circle' },
};

/** Job-aids are mostly black and white: they get written on and photocopied. */
export const jobAidTheme = { band: colors.tint, onBand: colors.ink } as const;

/** Every text colour on every background it is used on (checked by the contrast test). */
export const textPairs: { text: string; on: string; use: string }[] = [
  { text: colors.ink, on: colors.paper, use: 'body text' },
  { text: colors.muted, on: colors.paper, use: 'labels' },
  { text: colors.ink, on: colors.tint, use: 'table heads, chips' },
  { text: colors.muted, on: colors.tint, use: 'labels on chips' },
  ...Object.entries(deckThemes).map(([set, t]) => ({ text: t.onBand, on: t.band, use: `${set} band` })),
];

/** Type sizes in points; nothing below 7 pt (fit.ts enforces it on every word). */
export const type = {
  band: 8,
  title: 14,
  question: 12.5,
  body: 8.5,
  small: 7.5,
  tiny: 7,
  pageTitle: 20,
  pageBody: 9.5,
  pageSmall: 8,
} as const;

/**
 * Type scales tried, largest first, on card sides that may grow (Deck.grow): a back with few steps
 * gets larger type instead of empty card. Never below 1, so never below the sizes above.
 */
export const growSteps = [1.4, 1.25, 1.15, 1.1, 1.05, 1] as const;

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
