/**
 * The characters content may use (src/lib/printableText.ts) are exactly what the embedded faces can
 * draw; anything else stops layout naming the field, never printing an empty box.
 */
import { describe, expect, it } from 'vitest';
import { printableChars } from '../../src/lib/printableText.ts';
import { FitError } from '../../scripts/kit/fit.ts';
import { box, text } from '../../scripts/kit/render/el.ts';
import { missingGlyphs } from '../../scripts/kit/render/fonts.ts';
import { renderSurface } from '../../scripts/kit/render/surface.ts';

describe('characters and the typeface', () => {
  it('both faces draw every character content may use', () => {
    const all = [...printableChars].join('');
    expect(missingGlyphs(all, 'regular')).toEqual([]);
    expect(missingGlyphs(all, 'bold')).toEqual([]);
  });

  it('a field with a character the face lacks stops layout, naming field and character', async () => {
    const tree = box({}, text('steps.2.title', 'Vraag → antwoord', { fontSize: 9 }));
    const run = renderSurface(tree, { lang: 'nl', width: 200, height: 100, safe: { x: 0, y: 0, w: 200, h: 100 }, where: { lang: 'nl', context: 'deck test, card "pijl" (back)' } });
    await expect(run).rejects.toThrow(FitError);
    await expect(run).rejects.toThrow('language nl, deck test, card "pijl" (back), field "steps.2.title" has "→" (U+2192), which the typeface cannot draw');
  });
});
