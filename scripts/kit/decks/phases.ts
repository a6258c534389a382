/**
 * Phase cards: the session frame, one phase per card, with its minutes in the 2-hour and the
 * 2.5-hour timetable, who leads it and what it is for. The back holds the prompts.
 */
import { loadData } from '../../../src/lib/contentFiles.ts';
import { phaseSchema } from '../../../src/schemas/collections.ts';
import { roleList } from '../context.ts';
import { box } from '../render/el.ts';
import type { Deck } from './deck.ts';
import { bullets, cardTitle, fact, paragraph, sectionLabel } from './parts.ts';

export const phasesDeck: Deck = {
  set: 'phases',
  cards: (ctx) =>
    loadData('phases', ctx.lang, phaseSchema, ctx.root).map((phase) => ({
      id: phase.id,
      name: phase.title,
      backLabel: phase.title,
      front: [
        cardTitle('title', phase.title),
        paragraph('purpose', phase.purpose, 6),
        box(
          { marginTop: 'auto', gap: 2 },
          fact('minutes.short', ctx.t('phase.short'), ctx.t('method.minutes', { count: phase.minutes.short })),
          fact('minutes.long', ctx.t('phase.long'), ctx.t('method.minutes', { count: phase.minutes.long })),
          fact('who', ctx.t('phase.who'), roleList(ctx, phase.who)),
        ),
      ],
      back: phase.prompts.length ? [sectionLabel('prompts.label', ctx.t('phase.prompts'), 3), bullets('prompts', phase.prompts)] : [],
    })),
};
