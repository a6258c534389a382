/**
 * Fit is checked, never hoped for: an oversized TEST FIXTURE (not content) must stop the build with
 * a message that names language, deck, card, field and the overflow in millimetres.
 */
import { describe, expect, it } from 'vitest';
import { renderDeck } from '../../scripts/kit/cardDeck.ts';
import { kitContext } from '../../scripts/kit/context.ts';
import { bullets, cardTitle, sectionLabel } from '../../scripts/kit/decks/cardElements.ts';
import type { KitDeck } from '../../scripts/kit/decks/deck.ts';
import { deckById } from '../../scripts/kit/decks/index.ts';
import { cardSafe } from '../../scripts/kit/cardFrame.ts';
import { checkFit, FitError, segmentRect, tolerance } from '../../scripts/kit/fit.ts';
import { box, text, type El } from '../../scripts/kit/render/el.ts';
import type { SurfaceSpec } from '../../scripts/kit/render/ops.ts';
import { renderSurface } from '../../scripts/kit/render/surface.ts';
import { contentBox } from '../../scripts/kit/jobAidPdf.ts';
import { jobAidPage } from '../../scripts/kit/jobAids/pageElements.ts';
import { pageLayouts } from '../../scripts/kit/paper.ts';
import { contains } from '../../scripts/kit/units.ts';

const ctx = kitContext('nl');

/** A pitfall card with far too many signals for one card. */
const oversized: KitDeck = {
  ...deckById('pitfalls'),
  cards: () => [
    {
      id: 'fixture-oversized',
      name: 'Te veel tekst',
      front: [
        cardTitle('title', 'Een valkuil met veel te veel signalen'),
        sectionLabel('signals.label', 'Zo merk je het'),
        bullets('signals', Array.from({ length: 14 }, (_, i) => `Signaal ${i + 1}: de groep praat lang door over iets dat al besproken is, en niemand grijpt in.`)),
      ],
      back: [],
    },
  ],
};

/** Lays a tree out and checks its fit, as the deck and job-aid builders do. */
async function renderChecked(tree: El, spec: SurfaceSpec): Promise<void> {
  checkFit(await renderSurface(tree, spec), spec);
}

async function failure(run: () => Promise<unknown>): Promise<FitError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(FitError);
    return error as FitError;
  }
  throw new Error('expected a FitError');
}

describe('fit check', () => {
  it('fails an oversized card, naming language, deck, card, side, field and the overflow in mm', async () => {
    const error = await failure(() => renderDeck(ctx, oversized));
    expect(error.message).toMatch(
      /language nl, deck pitfalls, card "fixture-oversized" \(front\), field "signals\.\d+" runs past the end of "body" by \d+\.\d mm at the bottom/,
    );
    // The first field past the edge is named, and so is everything after it.
    expect(error.message).toContain('field "signals.13"');
    expect(error.message).not.toContain('field "title"');
    // The footer under the body is not blamed: the body holds its place.
    expect(error.message).not.toContain('field "footer"');
  });

  it('names the job-aid field that grew, not the footer it would push off a Letter page', async () => {
    const { width, height } = contentBox(pageLayouts.find((l) => l.paper === 'letter')!);
    const page = jobAidPage({
      ctx,
      width,
      height,
      title: 'Te lang',
      intro: 'Een pagina met te veel regels.',
      body: Array.from({ length: 60 }, (_, i) => text(`lines.${i}`, `Regel ${i + 1} van een veel te lange lijst`, { fontSize: 10, lineHeight: 1.4 })),
      url: 'intervisiekit.nl',
    });
    const error = await failure(() => renderChecked(page, { lang: 'nl', width, height, safe: { x: 0, y: 0, w: width, h: height }, where: { lang: 'nl', context: 'job-aid "te-lang" (letter), page 1' } }));
    expect(error.message).toMatch(/field "lines\.\d+" runs past the end of "body" by \d+\.\d mm at the bottom/);
    expect(error.message).not.toContain('footer');
  });

  it('fails a word that cannot be broken and sticks out of its box sideways', async () => {
    const tree = box({ width: 60 }, text('code', 'Arbeidsongeschiktheidsverzekeringsmaatschappij', { fontSize: 9 }, { hyphenate: false }));
    const error = await failure(() =>
      renderChecked(tree, { lang: 'en', width: 100, height: 100, safe: { x: 0, y: 0, w: 100, h: 100 }, where: { lang: 'en', context: 'deck test, card "wide" (front)' } }),
    );
    expect(error.message).toMatch(/language en, deck test, card "wide" \(front\), field "code".* by \d+\.\d mm at the right/);
  });

  it('refuses type below 7 pt', async () => {
    const tree = box({}, text('small', 'Kleine letters', { fontSize: 6.5 }));
    const error = await failure(() =>
      renderChecked(tree, { lang: 'nl', width: 200, height: 100, safe: { x: 0, y: 0, w: 200, h: 100 }, where: { lang: 'nl', context: 'deck test, card "small" (front)' } }),
    );
    expect(error.message).toContain('field "small" is set in 6.5 pt; the minimum is 7 pt');
    // Both words are too small; the field is named once.
    expect(error.message.match(/is set in/g)).toHaveLength(1);
  });

  it('refuses text colours below 4.5:1 on what is painted under them', async () => {
    const tree = box({ backgroundColor: '#777777', padding: 4 }, text('pale', 'Grijs op grijs', { fontSize: 9, color: '#999999' }));
    const error = await failure(() =>
      renderChecked(tree, { lang: 'nl', width: 200, height: 100, safe: { x: 0, y: 0, w: 200, h: 100 }, where: { lang: 'nl', context: 'deck test, card "pale" (front)' } }),
    );
    expect(error.message).toMatch(/field "pale" has contrast 1\.\d+:1 \(#999999 on #777777\); it needs 4\.5:1/);
  });

  it('lets content that fits through, with every box and word inside the safe area', async () => {
    const cards = await renderDeck(ctx, { ...oversized, cards: () => [{ ...oversized.cards(ctx)[0]!, front: oversized.cards(ctx)[0]!.front.slice(0, 2) }] });
    expect(cards).toHaveLength(1);
    const { front, back } = cards[0]!;
    expect(front.boxes.has('title')).toBe(true);
    for (const side of [front, back]) {
      for (const [key, box] of side.boxes) expect(contains(cardSafe, box, tolerance), key).toBe(true);
      for (const s of side.segments) if (s.text.trim()) expect(contains(cardSafe, segmentRect(s), tolerance), s.text).toBe(true);
    }
  });
});
