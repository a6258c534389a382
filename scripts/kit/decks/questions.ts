/**
 * Question cards: one open question per card, its category named on the card. The back names the
 * category and what its questions are for, so a sorted pile reads as a menu. At the end come the
 * facilitator cards "better not" (src/content/avoid): kinds of question with an example on the front,
 * what to ask instead on the back, a few kinds per card.
 */
import { loadData } from '../../../src/lib/contentFiles.ts';
import { avoidQuestionSchema, questionCategorySchema } from '../../../src/schemas/collections.ts';
import { box, text } from '../render/el.ts';
import { colors, type } from '../theme.ts';
import type { Deck, DeckCard } from './deck.ts';
import { cardTitle, paragraph } from './parts.ts';

/** How many kinds of question to avoid share one facilitator card. */
const avoidPerCard = 4;

const avoidItem = (key: string, name: string, value: string) =>
  box(
    { marginTop: 4 },
    text(`${key}.name`, name, { fontSize: type.small, fontWeight: 700, lineHeight: 1.2 }),
    text(key, value, { fontSize: type.small, lineHeight: 1.25, marginTop: 1 }),
  );

function avoidCards(ctx: Parameters<Deck['cards']>[0]): DeckCard[] {
  const kinds = loadData('avoid', ctx.lang, avoidQuestionSchema, ctx.root);
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
        text('instead.label', ctx.t('avoid.instead'), { fontSize: type.small, fontWeight: 700, color: colors.muted, lineHeight: 1.2, marginTop: 3 }),
        ...group.map((k) => avoidItem(`instead.${k.id}`, k.name, k.instead)),
      ],
    });
  }
  return cards;
}

export const questionsDeck: Deck = {
  set: 'questions',
  cards: (ctx) => [
    ...loadData('questions', ctx.lang, questionCategorySchema, ctx.root).flatMap((category) =>
      category.questions.map((question, i) => ({
        id: `${category.id}-${i + 1}`,
        name: question,
        front: [
          box(
            { flexDirection: 'row', marginTop: 3 },
            box(
              { backgroundColor: colors.tint, borderRadius: 2.5, paddingLeft: 4, paddingRight: 4, paddingTop: 1.5, paddingBottom: 1.5 },
              text('category', category.name, { fontSize: type.small, fontWeight: 700, lineHeight: 1.2 }),
            ),
          ),
          box(
            { flexGrow: 1, justifyContent: 'center', paddingBottom: 12 },
            text('question', question, { fontSize: type.question, lineHeight: 1.3 }),
          ),
        ],
        back: [
          text('back.category', category.name, { fontSize: type.title, fontWeight: 700, lineHeight: 1.15, marginTop: 4 }),
          paragraph('purpose', category.purpose, 6),
        ],
      })),
    ),
    ...avoidCards(ctx),
  ],
};
