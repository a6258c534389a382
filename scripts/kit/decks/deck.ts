/** A deck is content entries × one card template: each entry gives a front body and a back body. */
import type { KitContext } from '../context.ts';
import type { IconShape } from '../icons.ts';
import type { El } from '../render/el.ts';

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

/** What a deck module exports: its cards. */
export interface Deck {
  /** Sides whose type grows into empty space (typeScale.ts growSteps); the fit check picks the largest that fits. */
  grow?: readonly ('front' | 'back')[];
  cards(ctx: KitContext): DeckCard[];
}

/** How a deck is told apart from the others, in colour and without: see decks/index.ts. */
export interface DeckIdentity {
  band: string;
  onBand: string;
  icon: IconShape;
}

/** A deck as the kit builds it: a row of the registry (decks/index.ts). */
export interface KitDeck extends Deck, DeckIdentity {
  /** In file names, the manifest and the UI string keys `kit.deck.<id>` and `kit.deckTitle.<id>`. */
  id: string;
}
