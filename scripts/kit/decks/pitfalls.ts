/** Pitfall cards: the pitfall and how you notice it on the front, what to do about it on the back. */
import { loadData } from '../../../src/lib/content/load.ts';
import type { Deck } from './deck.ts';
import { bullets, cardTitle, sectionLabel } from './cardElements.ts';

export const pitfallsDeck: Deck = {
  cards: (ctx) =>
    loadData('pitfalls', ctx.lang, ctx.root).map((pitfall) => ({
      id: pitfall.id,
      name: pitfall.title,
      backLabel: pitfall.title,
      front: [cardTitle('title', pitfall.title), sectionLabel('signals.label', ctx.t('pitfall.signals')), bullets('signals', pitfall.signals)],
      back: [sectionLabel('remedies.label', ctx.t('pitfall.remedies'), 3), bullets('remedies', pitfall.remedies)],
    })),
};
