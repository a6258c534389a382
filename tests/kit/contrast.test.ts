/** Colours: every text/background pair reaches 4.5:1, and decks stay apart without colour. */
import { describe, expect, it } from 'vitest';
import { contrastRatio, luminance, minContrast } from '../../scripts/kit/contrast.ts';
import { decks } from '../../scripts/kit/decks/index.ts';
import { textPairs } from '../../scripts/kit/palette.ts';
import { parseColor } from '../../scripts/kit/render/ops.ts';

const bandPairs = decks.map((d) => ({ text: d.onBand, on: d.band, use: `${d.id} band` }));

describe('contrast', () => {
  it.each([...textPairs, ...bandPairs])('$use: $text on $on is at least 4.5:1', ({ text, on }) => {
    expect(contrastRatio(parseColor(text), parseColor(on))).toBeGreaterThanOrEqual(minContrast);
  });

  it('computes WCAG contrast like the spec (black on white is 21:1)', () => {
    expect(contrastRatio(parseColor('#000000'), parseColor('#ffffff'))).toBeCloseTo(21, 5);
    expect(contrastRatio(parseColor('#777777'), parseColor('#ffffff'))).toBeCloseTo(4.48, 2);
  });
});

describe('deck identities without colour', () => {
  it('gives every deck its own id and icon shape', () => {
    expect(new Set(decks.map((d) => d.id)).size).toBe(decks.length);
    expect(new Set(decks.map((d) => d.icon)).size).toBe(decks.length);
  });

  it('gives every deck band a clearly different grey (luminance steps of at least 0.09)', () => {
    const sorted = decks.map((d) => luminance(parseColor(d.band))).sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(0.09);
  });
});
