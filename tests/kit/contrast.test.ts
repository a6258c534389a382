/** Colours: every text/background pair reaches 4.5:1, and decks stay apart without colour. */
import { describe, expect, it } from 'vitest';
import { contrastRatio, luminance, minContrast } from '../../scripts/kit/contrast.ts';
import { parseColor } from '../../scripts/kit/render/ops.ts';
import { deckSets, deckThemes, textPairs } from '../../scripts/kit/theme.ts';

describe('contrast', () => {
  it.each(textPairs)('$use: $text on $on is at least 4.5:1', ({ text, on }) => {
    expect(contrastRatio(parseColor(text), parseColor(on))).toBeGreaterThanOrEqual(minContrast);
  });

  it('computes WCAG contrast like the spec (black on white is 21:1)', () => {
    expect(contrastRatio(parseColor('#000000'), parseColor('#ffffff'))).toBeCloseTo(21, 5);
    expect(contrastRatio(parseColor('#777777'), parseColor('#ffffff'))).toBeCloseTo(4.48, 2);
  });
});

describe('deck identities without colour', () => {
  const themes = deckSets.map((set) => ({ set, ...deckThemes[set], l: luminance(parseColor(deckThemes[set].band)) }));

  it('gives every deck its own icon shape', () => {
    expect(new Set(themes.map((t) => t.icon)).size).toBe(deckSets.length);
  });

  it('gives every deck band a clearly different grey (luminance steps of at least 0.09)', () => {
    const sorted = themes.map((t) => t.l).sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(0.09);
  });
});
