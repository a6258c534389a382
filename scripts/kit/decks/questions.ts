/**
 * Question cards: one open question per card, its category named on the card. The back names the
 * category and what its questions are for, so a sorted pile reads as a menu. At the end come the
 * facilitator cards "better not" (src/content/avoid): kinds of question with an example on the front,
 * what to ask instead on the back, a few kinds per card.
 */
import { loadData } from '../../../src/lib/content/load.ts';
import { box, text } from '../render/el.ts';
import { typeScale } from '../typeScale.ts';
import { cardTitle, chip, paragraph, sectionLabel } from './cardElements.ts';
import type { Deck, DeckCard } from './deck.ts';

/** How many kinds of question to avoid share one facilitator card. */
const avoidPerCard = 4;

const avoidItem = (key: string, name: string, value: string) =>
  box(
    { marginTop: 4 },
    text(`${key}.name`, name, { fontSize: typeScale.small, fontWeight: 700, lineHeight: 1.2 }),
    text(key, value, { fontSize: typeScale.small, lineHeight: 1.25, marginTop: 1 }),
  );

function avoidCards(ctx: Parameters<Deck['cards']>[0]): DeckCard[] {
  const kinds = loadData('avoid', ctx.lang, ctx.root);
  const title = ctx.t('avoid.title');
  const cards: DeckCard[] = [];
  for (let start = 0; start < kinds.length; start += avoidPerCard) {
    const group = kinds.slice(start, start + avoidPerCard);
    cards.push({
      id: `avoid-${cards.length + 1}`,
      name: title,
      backLabel: title,
      front: [cardTitle('title', title), ...group.map((k) => avoidItem(`example.${k.id}`, k.name, k.example))],
      back: [
        sectionLabel('instead.label', ctx.t('avoid.instead'), 3),
        ...group.map((k) => avoidItem(`instead.${k.id}`, k.name, k.instead)),
      ],
    });
  }
  return cards;
}

export const questionsDeck: Deck = {
  cards: (ctx) => [
    ...loadData('questions', ctx.lang, ctx.root).flatMap((category) =>
      category.questions.map((question, i) => ({
        id: `${category.id}-${i + 1}`,
        name: question,
        front: [
          box({ flexDirection: 'row', marginTop: 3 }, chip('category', category.name, true)),
          box(
            { flexGrow: 1, justifyContent: 'center', paddingBottom: 12 },
            text('question', question, { fontSize: typeScale.question, lineHeight: 1.3 }),
          ),
        ],
        back: [
          cardTitle('back.category', category.name),
          paragraph('purpose', category.purpose, 6),
        ],
      })),
    ),
    ...avoidCards(ctx),
  ],
};
