/**
 * The deck registry: every deck of the kit, in print order, with how it is told apart. The build,
 * the manifest's order, the contrast test and the deck id type all read this one list.
 *
 * Adding a deck takes:
 *   1. a module in this folder that exports a `Deck` (deck.ts): its cards;
 *   2. a row here: its id, the module, its band colour, the text colour on the band and its icon;
 *   3. its names in each language's UI strings (src/content/i18n/<lang>.json): `kit.deck.<id>` (the
 *      band label) and `kit.deckTitle.<id>` (the files' title). The build stops on a missing name,
 *      and on a deck without cards.
 *
 * Decks differ in three ways at once, so they stay apart in greyscale and for colour-blind readers:
 * the name in words, an icon shape, and a band colour with its own luminance step (very dark → very
 * light; tests/kit/contrast.test.ts wants steps of 0.09, so a new band may move the others).
 */
import { colors } from '../palette.ts';
import type { KitDeck } from './deck.ts';
import { methodsDeck } from './methods.ts';
import { phasesDeck } from './phases.ts';
import { pitfallsDeck } from './pitfalls.ts';
import { questionsDeck } from './questions.ts';
import { rolesDeck } from './roles.ts';

/** Band luminance rises from methods (≈0.04) to questions (≈0.81): five clearly different greys. */
export const decks = [
  { id: 'methods', ...methodsDeck, band: '#1b3a5c', onBand: '#ffffff', icon: 'square' },
  { id: 'questions', ...questionsDeck, band: '#fbe89a', onBand: colors.ink, icon: 'circle' },
  { id: 'roles', ...rolesDeck, band: '#5fb3b3', onBand: colors.ink, icon: 'diamond' },
  { id: 'phases', ...phasesDeck, band: '#b5d98c', onBand: colors.ink, icon: 'play' },
  { id: 'pitfalls', ...pitfallsDeck, band: '#c0392b', onBand: '#ffffff', icon: 'warning' },
] as const satisfies readonly KitDeck[];

export type DeckId = (typeof decks)[number]['id'];

export function deckById(id: DeckId): KitDeck {
  return decks.find((d) => d.id === id)!;
}
