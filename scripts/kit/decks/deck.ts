/** A deck is content entries × one card template: each entry gives a front body and a back body. */
import type { KitContext } from '../context.ts';
import type { El } from '../render/el.ts';
import type { DeckSet } from '../theme.ts';

export interface DeckCard {
  /** Stable id (method id, question category + number…): used in messages, links and the manifest. */
  id: string;
  /** What a person calls this card (for previews' alt text). */
  name: string;
  front: El[];
  back: El[];
  /** Band text on the back instead of the deck name. */
  backLabel?: string;
}

export interface Deck {
  set: DeckSet;
  /** Sides whose type grows into empty space (theme.ts growSteps); the fit check picks the largest that fits. */
  grow?: readonly ('front' | 'back')[];
  cards(ctx: KitContext): DeckCard[];
}
