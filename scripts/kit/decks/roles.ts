/** Role cards for the core roles: what the role does on the front, what it does not do on the back. */
import { loadData } from '../../../src/lib/content/load.ts';
import type { Deck } from './deck.ts';
import { bullets, cardTitle, paragraph, sectionLabel } from './cardElements.ts';

export const rolesDeck: Deck = {
  grow: ['back'],
  cards: (ctx) =>
    loadData('roles', ctx.lang, ctx.root)
      .filter((role) => role.kind === 'core')
      .map((role) => ({
        id: role.id,
        name: role.name,
        backLabel: role.name,
        front: [cardTitle('name', role.name), paragraph('summary', role.summary), sectionLabel('does.label', ctx.t('role.does')), bullets('does', role.does)],
        back: [sectionLabel('doesNot.label', ctx.t('role.doesNot'), 3), bullets('doesNot', role.doesNot)],
      })),
};
