/** The decks of the kit, in print order. Adding a deck is adding a module and a line here. */
import type { Deck } from './deck.ts';
import { methodsDeck } from './methods.ts';
import { phasesDeck } from './phases.ts';
import { pitfallsDeck } from './pitfalls.ts';
import { questionsDeck } from './questions.ts';
import { rolesDeck } from './roles.ts';

export const decks: Deck[] = [methodsDeck, questionsDeck, rolesDeck, phasesDeck, pitfallsDeck];
