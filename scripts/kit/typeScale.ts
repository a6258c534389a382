/** Type sizes in points; nothing below 7 pt (fit.ts enforces it on every word). */
export const typeScale = {
  band: 8,
  title: 14,
  question: 12.5,
  body: 8.5,
  small: 7.5,
  tiny: 7,
  pageTitle: 20,
  pageBody: 9.5,
  pageSmall: 8,
} as const;

/**
 * Type scales tried, largest first, on card sides that may grow (Deck.grow): a back with few steps
 * gets larger type instead of empty card. Never below 1, so never below the sizes above.
 */
export const growSteps = [1.4, 1.25, 1.15, 1.1, 1.05, 1] as const;
