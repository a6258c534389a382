/** Dutch and English hyphenation: patterns mark the breaks, the renderer prints a visible hyphen. */
import { describe, expect, it } from 'vitest';
import { hyphenate, minTail, SHY, visible } from '../../scripts/kit/hyphenate.ts';
import { box, text } from '../../scripts/kit/render/el.ts';
import { runText, type TextOp } from '../../scripts/kit/render/ops.ts';
import { renderSurface } from '../../scripts/kit/render/surface.ts';

const parts = (word: string, lang: 'nl' | 'en') => hyphenate(word, lang).split(SHY);
const visibleBreaks = (word: string, lang: 'nl' | 'en') => hyphenate(word, lang).replaceAll(SHY, '-');

describe('hyphenation patterns', () => {
  it('breaks Dutch compounds at their joints', () => {
    expect(parts('arbeidsongeschiktheidsverzekering', 'nl')).toEqual(expect.arrayContaining(['ar', 'beids', 'ver', 'ring']));
    expect(hyphenate('arbeidsongeschiktheidsverzekering', 'nl')).toContain(`beids${SHY}on`);
    expect(hyphenate('arbeidsongeschiktheidsverzekering', 'nl')).toContain(`heids${SHY}ver`);
    expect(hyphenate('intervisiegroep', 'nl')).toContain(`sie${SHY}groep`);
    expect(hyphenate('gespreksleider', 'nl')).toContain(`spreks${SHY}lei`);
    expect(hyphenate('tijdbewaker', 'nl')).toContain(`tijd${SHY}be`);
  });

  it('breaks listed compounds only at their seam, also inside longer words', () => {
    expect(visibleBreaks('kijkopdracht', 'nl')).toBe('kijk-opdracht');
    expect(visibleBreaks('kijkopdrachten', 'nl')).toBe('kijk-opdrachten');
    expect(visibleBreaks('roddelmethode', 'nl')).toBe('roddel-methode');
    expect(visibleBreaks('leidinggevende', 'nl')).toBe('leiding-gevende');
    expect(visibleBreaks('handschoenen', 'nl')).toBe('hand-schoenen');
  });

  it('leaves no two-letter tail and keeps words with an apostrophe whole', () => {
    for (const [word, lang] of [['kernscène', 'nl'], ['opleverde', 'nl'], ['volgende', 'nl'], ['vooraf?', 'nl'], ['precies', 'nl'], ["owner's", 'en']] as const) {
      // What a break leaves for the next line is everything after it; the shortest is after the last break.
      const tails = hyphenate(word, lang).split(SHY).slice(1).slice(-1);
      for (const tail of tails) expect(tail.replace(/\P{L}/gu, '').length, `${word}: ${hyphenate(word, lang)}`).toBeGreaterThanOrEqual(minTail);
    }
    expect(hyphenate("owner's", 'en')).not.toContain(SHY);
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
    const lines = surface.ops.filter((o): o is TextOp => o.kind === 'text').map(runText);
    expect(lines.length).toBeGreaterThan(2);
    // Breaks inside the word end in a visible hyphen (else a space would appear inside the word),
    // no soft hyphen is left in the text, and no letter is lost.
    expect(lines.some((l) => l.endsWith('-'))).toBe(true);
    expect(lines.join('')).not.toContain(SHY);
    expect(lines.join(' ').replace(/- /g, '')).toBe(`De ${word} belt.`);
    // Every word stays inside the box.
    for (const s of surface.segments) expect(s.x + s.width).toBeLessThanOrEqual(70.5);
  });

  it('breaks no word that fits its line on its own, even in large type', async () => {
    // "precies?" and "vooraf?" were broken ("pre-cies?") although each fits a line of the card.
    const tree = box({ width: 150, paddingTop: 4 }, text('question', 'Wat wil je precies bereiken, en wat weet je vooraf?', { fontSize: 12.5, lineHeight: 1.25 }));
    const surface = await renderSurface(tree, { lang: 'nl', width: 160, height: 120, safe: { x: 0, y: 0, w: 160, h: 120 }, where: { lang: 'nl', context: 'test' } });
    const lines = surface.ops.filter((o): o is TextOp => o.kind === 'text').map(runText);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line).not.toMatch(/-$/);
  });

  it('shows no hyphen where a line does not break', async () => {
    const tree = box({ width: 300 }, text('short', 'Een intervisiegroep met een gespreksleider.', { fontSize: 10 }));
    const surface = await renderSurface(tree, { lang: 'nl', width: 320, height: 60, safe: { x: 0, y: 0, w: 320, h: 60 }, where: { lang: 'nl', context: 'test' } });
    const lines = surface.ops.filter((o): o is TextOp => o.kind === 'text').map(runText);
    expect(lines).toEqual(['Een intervisiegroep met een gespreksleider.']);
  });
});
