/**
 * Phase cards: the session frame, one phase per card, with its minutes and start time in the 2-hour
 * and the 2.5-hour timetable (src/lib/sessionEvening.ts), who leads it and what it is for. The back holds the prompts.
 */
import { loadData } from '../../../src/lib/content/load.ts';
import { frameTimetable } from '../../../src/lib/sessionEvening.ts';
import { roleList } from '../context.ts';
import { box } from '../render/el.ts';
import { clock } from '../sessionText.ts';
import type { Deck } from './deck.ts';
import { bullets, cardTitle, fact, paragraph, sectionLabel } from './cardElements.ts';

export const phasesDeck: Deck = {
  cards: (ctx) =>
    frameTimetable(loadData('phases', ctx.lang, ctx.root)).rows.map(({ phase, start }) => ({
      id: phase.id,
      name: phase.title,
      backLabel: phase.title,
      front: [
        cardTitle('title', phase.title),
        paragraph('purpose', phase.purpose, 6),
        box(
          { marginTop: 'auto', gap: 2 },
          fact('minutes.short', ctx.t('phase.short'), ctx.t('kit.phase.timing', { count: phase.minutes.short, start: clock(start.short) })),
          fact('minutes.long', ctx.t('phase.long'), ctx.t('kit.phase.timing', { count: phase.minutes.long, start: clock(start.long) })),
          fact('who', ctx.t('phase.who'), roleList(ctx, phase.who)),
        ),
      ],
      back: phase.prompts.length ? [sectionLabel('prompts.label', ctx.t('phase.prompts'), 3), bullets('prompts', phase.prompts)] : [],
    })),
};
