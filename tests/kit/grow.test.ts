/** Text grows into a card's empty space (Deck.grow, typeScale.ts growSteps) and the fit check still holds. */
import { describe, expect, it } from 'vitest';
import { renderDeck } from '../../scripts/kit/cardDeck.ts';
import { kitContext } from '../../scripts/kit/context.ts';
import { minTypeSize } from '../../scripts/kit/fit.ts';
import { deckById } from '../../scripts/kit/decks/index.ts';
import { growSteps, typeScale } from '../../scripts/kit/typeScale.ts';

describe('type that uses the card', () => {
  it('tries sizes largest first and ends at the designed size, never smaller', () => {
    expect([...growSteps].sort((a, b) => b - a)).toEqual([...growSteps]);
    expect(growSteps.at(-1)).toBe(1);
  });

  it('sets a role back (a few short lines) well above body size, and its front as designed', async () => {
    const cards = await renderDeck(kitContext('nl'), deckById('roles'));
    for (const c of cards) {
      const back = c.back.segments.filter((s) => s.field.startsWith('doesNot.') && s.field !== 'doesNot.label' && s.text.trim());
      expect(Math.min(...back.map((s) => s.size)), c.id).toBeGreaterThanOrEqual(typeScale.body * 1.25);
      const front = c.front.segments.filter((s) => s.field.startsWith('does.') && s.field !== 'does.label' && s.text.trim());
      expect(Math.max(...front.map((s) => s.size)), c.id).toBe(typeScale.body);
      for (const s of [...c.front.segments, ...c.back.segments]) expect(s.size).toBeGreaterThanOrEqual(minTypeSize);
    }
  });
});
