/**
 * What every card side shares: the artwork canvas (trim + bleed), the safe area, and the deck band
 * (colour running into the bleed, icon, deck name in words, card number). A deck template only
 * supplies the body under the band.
 */
import { uiKey } from '../../src/lib/uiStrings.ts';
import { creditLine } from '../../src/config.ts';
import type { KitContext } from './context.ts';
import type { KitDeck } from './decks/deck.ts';
import { iconOps } from './icons.ts';
import { colors } from './palette.ts';
import { artworkBleed, card } from './paper.ts';
import { area, box, row, slot, text, type El } from './render/el.ts';
import { flexFill } from './sharedElements.ts';
import { typeScale } from './typeScale.ts';
import { mmToPt, type Rect } from './units.ts';

export const cardArt = {
  width: mmToPt(card.width + 2 * artworkBleed),
  height: mmToPt(card.height + 2 * artworkBleed),
  bleed: mmToPt(artworkBleed),
};

/** The safe area inside the artwork canvas, in points. */
export const cardSafe: Rect = {
  x: cardArt.bleed + mmToPt(card.safe),
  y: cardArt.bleed + mmToPt(card.safe),
  w: mmToPt(card.width - 2 * card.safe),
  h: mmToPt(card.height - 2 * card.safe),
};

const bandRow = 11;
const bandPadding = 5;

export interface CardSideInput {
  ctx: KitContext;
  deck: KitDeck;
  /** 0-based position in the deck and deck size, printed as "3/12" to keep a deck in order. */
  index: number;
  total: number;
  body: El[];
  /** Replaces the deck name in the band (a back names its card; the icon still tells the deck). */
  bandLabel?: string;
  /** Fronts carry the publisher and licence: a card may travel without the rest of the kit. */
  footer?: boolean;
}

export function cardSide({ ctx, deck, index, total, body, bandLabel, footer }: CardSideInput): El {
  const edge = cardSafe.x; // bleed + safe margin, the same on every side
  return box(
    { width: cardArt.width, height: cardArt.height, backgroundColor: colors.paper, color: colors.ink },
    // The band starts in the bleed, so a slightly off cut never shows a white edge above it; it
    // grows when a long name wraps.
    box(
      { backgroundColor: deck.band, paddingTop: edge, paddingLeft: edge, paddingRight: edge, paddingBottom: bandPadding },
      row(
        { minHeight: bandRow, alignItems: 'center', gap: 4 },
        slot('band.icon', { width: 8, height: 8 }, (b) => iconOps(deck.icon, b, deck.onBand)),
        text('band.deck', bandLabel ?? ctx.t(uiKey(`kit.deck.${deck.id}`)), { fontSize: typeScale.band, fontWeight: 700, lineHeight: 1.3, color: deck.onBand, ...flexFill }),
        text('band.number', `${index + 1}/${total}`, { fontSize: typeScale.band, color: deck.onBand }, { hyphenate: false }),
      ),
    ),
    box(
      { ...flexFill, minHeight: 0, paddingLeft: edge, paddingRight: edge, paddingBottom: edge },
      area('body', {}, ...body),
      footer &&
        text('footer', creditLine, { fontSize: typeScale.tiny, color: colors.muted, marginTop: 4 }, { hyphenate: false }),
    ),
  );
}
