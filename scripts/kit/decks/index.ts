/** The decks of the kit, in print order. Adding a deck is adding a module and a line here. */
import type { Deck } from './deck.ts';
import { methodsDeck } from './methods.ts';

export const decks: Deck[] = [methodsDeck];
