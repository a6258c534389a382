/** Dutch and English hyphenation: patterns mark the breaks, the renderer prints a visible hyphen. */
import { describe, expect, it } from 'vitest';
import { hyphenate, SHY, visible } from '../../scripts/kit/hyphenate.ts';
import { box, text } from '../../scripts/kit/render/el.ts';
import { runText } from '../../scripts/kit/render/ops.ts';
import { renderSurface } from '../../scripts/kit/render/surface.ts';

const parts = (word: string, lang: 'nl' | 'en') => hyphenate(word, lang).split(SHY);

describe('hyphenation patterns', () => {
  it('breaks Dutch compounds at their joints', () => {
    expect(parts('arbeidsongeschiktheidsverzekering', 'nl')).toEqual(expect.arrayContaining(['ar', 'beids', 'ver', 'ring']));
    expect(hyphenate('arbeidsongeschiktheidsverzekering', 'nl')).toContain(`beids${SHY}on`);
    expect(hyphenate('arbeidsongeschiktheidsverzekering', 'nl')).toContain(`heids${SHY}ver`);
    expect(hyphenate('intervisiegroep', 'nl')).toContain(`sie${SHY}groep`);
    expect(hyphenate('gespreksleider', 'nl')).toContain(`spreks${SHY}lei`);
    expect(hyphenate('tijdbewaker', 'nl')).toContain(`tijd${SHY}be`);
  });

  it('never breaks before a Dutch trema, so no word is printed with a changed spelling', () => {
    for (const word of ['beëindigen', 'geïnteresseerd', 'categorieën', 'ideeën']) {
      const h = hyphenate(word, 'nl');
      expect(h).not.toMatch(/\u00AD[ëïüöä]/);
      expect(visible(h)).toBe(word);
    }
  });

  it('hyphenates English with English patterns', () => {
    expect(hyphenate('responsibilities', 'en')).toContain(SHY);
    expect(visible(hyphenate('The facilitator keeps time.', 'en'))).toBe('The facilitator keeps time.');
  });

  it('leaves codes, numbers and addresses whole', () => {
    expect(hyphenate('intervisiekit.nl/m/incidentmethode', 'nl')).not.toContain(SHY);
    expect(hyphenate('2026-groepsbijeenkomst', 'nl')).not.toContain(SHY);
  });
});

describe('hyphens in the layout', () => {
  it('prints a visible hyphen where a compound breaks, and keeps every letter', async () => {
    const word = 'arbeidsongeschiktheidsverzekeringsmaatschappij';
    const tree = box({ width: 70 }, text('long', `De ${word} belt.`, { fontSize: 10, lineHeight: 1.3 }));
    const surface = await renderSurface(tree, { lang: 'nl', width: 100, height: 200, safe: { x: 0, y: 0, w: 100, h: 200 }, where: { lang: 'nl', context: 'test' } });
    const lines = surface.ops.filter((o) => o.kind === 'text').map((o) => runText(o as never));
    expect(lines.length).toBeGreaterThan(2);
    // Breaks inside the word end in a visible hyphen (else a space would appear inside the word),
    // no soft hyphen is left in the text, and no letter is lost.
    expect(lines.some((l) => l.endsWith('-'))).toBe(true);
    expect(lines.join('')).not.toContain(SHY);
    expect(lines.join(' ').replace(/- /g, '')).toBe(`De ${word} belt.`);
    // Every word stays inside the box.
    for (const s of surface.segments) expect(s.x + s.width).toBeLessThanOrEqual(70.5);
  });

  it('shows no hyphen where a line does not break', async () => {
    const tree = box({ width: 300 }, text('short', 'Een intervisiegroep met een gespreksleider.', { fontSize: 10 }));
    const surface = await renderSurface(tree, { lang: 'nl', width: 320, height: 60, safe: { x: 0, y: 0, w: 320, h: 60 }, where: { lang: 'nl', context: 'test' } });
    const lines = surface.ops.filter((o) => o.kind === 'text').map((o) => runText(o as never));
    expect(lines).toEqual(['Een intervisiegroep met een gespreksleider.']);
  });
});
