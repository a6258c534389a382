/**
 * Question cards: one open question per card, its category named on the card. The back names the
 * category and what its questions are for, so a sorted pile reads as a menu.
 */
import { loadData } from '../../../src/lib/contentFiles.ts';
import { questionCategorySchema } from '../../../src/schemas/collections.ts';
import { box, text } from '../render/el.ts';
import { colors, type } from '../theme.ts';
import type { Deck } from './deck.ts';
import { paragraph } from './parts.ts';

export const questionsDeck: Deck = {
  set: 'questions',
  cards: (ctx) =>
    loadData('questions', ctx.lang, questionCategorySchema, ctx.root).flatMap((category) =>
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
};
