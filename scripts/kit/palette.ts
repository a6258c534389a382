/**
 * The kit's colours apart from the deck bands (those are in the deck registry, decks/index.ts).
 * tests/kit/contrast.test.ts checks every text/background pair listed here and every band;
 * fit.ts checks what was actually drawn.
 */

export const colors = {
  ink: '#1a1a1a',
  muted: '#4a4a4a',
  paper: '#ffffff',
  /** Light fill for table heads and chips. */
  tint: '#ebebeb',
  /** Rules and write-in lines (never text). */
  rule: '#9a9a9a',
} as const;

/** Job-aids are mostly black and white: they get written on and photocopied. */
export const jobAidTheme = { band: colors.tint, onBand: colors.ink } as const;

/** Every palette text colour on every background it is used on. */
export const textPairs: { text: string; on: string; use: string }[] = [
  { text: colors.ink, on: colors.paper, use: 'body text' },
  { text: colors.muted, on: colors.paper, use: 'labels' },
  { text: colors.ink, on: colors.tint, use: 'table heads, chips' },
  { text: colors.muted, on: colors.tint, use: 'labels on chips' },
];
