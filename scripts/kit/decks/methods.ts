/**
 * Method cards. Front: name, one-line summary, duration, group size, level, facilitator, question
 * types. Back: the steps with minutes and who leads, the total, and a QR code to the permalink.
 */
import { loadMethods } from '../../../src/lib/content/load.ts';
import { totalMinutes } from '../../../src/schemas/method.ts';
import { roleList, type KitContext } from '../context.ts';
import { methodPermalink } from '../links.ts';
import { colors } from '../palette.ts';
import { qrOps } from '../qr.ts';
import { box, row, slot, text, type El } from '../render/el.ts';
import { frameFitSummary } from '../sessionText.ts';
import { flexFill, titleAndWho } from '../sharedElements.ts';
import { typeScale } from '../typeScale.ts';
import { cardTitle, chip, fact, paragraph } from './cardElements.ts';
import type { Deck, DeckCard } from './deck.ts';

export function methodCard(ctx: KitContext, entry: ReturnType<typeof loadMethods>[number]): DeckCard {
  const { t } = ctx;
  const m = entry.method;
  const minutes = totalMinutes(m.steps);
  const permalink = methodPermalink(ctx.lang, m.id);
  const [urlBase] = permalink.replace(/^https?:\/\//, '').split(`m/${m.id}`);

  const front: El[] = [
    cardTitle('name', entry.title),
    paragraph('summary', m.summary),
    box(
      { marginTop: 'auto', gap: 2 },
      fact('duration', t('method.duration'), t('method.minutes', { count: minutes })),
      fact('fit', t('kit.fit.label'), frameFitSummary(ctx, m)),
      fact('groupSize', t('method.groupSize'), t('method.people', { min: m.groupSize.min, max: m.groupSize.max })),
      fact('level', t('method.level'), t(`level.${m.level}`)),
      fact('facilitator', t('method.facilitator'), t(`facilitator.${m.facilitator}`)),
      text('questionTypes.label', t('method.questionTypes'), { fontSize: typeScale.small, color: colors.muted, lineHeight: 1.3, marginTop: 4 }),
      row({ flexWrap: 'wrap', gap: 3, marginTop: 1 }, ...m.questionTypes.map((q, i) => chip(`questionTypes.${i}`, t(`questionType.${q}`)))),
    ),
  ];

  // Minutes, then the step with who leads it: copied text reads "5 Situatie schetsen Inbrenger".
  const minutesWidth = 13;
  const lineHeight = 9; // points, the same for both sizes so their baselines line up
  const back: El[] = [
    row(
      { gap: 4, marginTop: 2 },
      text('steps.head.minutes', t('kit.card.minutes'), { width: minutesWidth, textAlign: 'right', fontSize: typeScale.tiny, color: colors.muted, lineHeight: lineHeight / typeScale.tiny }),
      text('steps.head.step', t('kit.card.stepAndWho'), { ...flexFill, fontSize: typeScale.tiny, color: colors.muted, lineHeight: lineHeight / typeScale.tiny }),
    ),
    box(
      { marginTop: 2.5, gap: 2 },
      ...m.steps.map((s, i) =>
        row(
          { gap: 4 },
          text(`steps.${i}.minutes`, String(s.minutes), { width: minutesWidth, textAlign: 'right', fontSize: typeScale.small, fontWeight: 700, lineHeight: lineHeight / typeScale.small }, { hyphenate: false }),
          titleAndWho(`steps.${i}`, s.title, roleList(ctx, s.who), { size: typeScale.small, whoSize: typeScale.tiny, pitch: lineHeight, gap: 4 }, flexFill),
        ),
      ),
    ),
    row(
      { marginTop: 'auto', gap: 5, alignItems: 'flex-end' },
      slot('qr', { width: 42, height: 42 }, (b) => qrOps(permalink, b, colors.ink)),
      box(
        { ...flexFill, paddingBottom: 3 },
        text('total', t('method.total', { count: minutes }), { fontSize: typeScale.small, fontWeight: 700, lineHeight: 1.2, marginBottom: 3 }),
        text('scan', t('kit.card.scan'), { fontSize: typeScale.tiny, color: colors.muted, lineHeight: 1.2 }),
        text('url.base', urlBase!, { fontSize: typeScale.tiny, lineHeight: 1.2 }, { hyphenate: false }),
        text('url.id', `m/${m.id}`, { fontSize: typeScale.tiny, lineHeight: 1.2 }, { hyphenate: false }),
      ),
    ),
  ];
  return { id: m.id, name: entry.title, front, back, backLabel: entry.title };
}

export const methodsDeck: Deck = {
  grow: ['back'],
  cards: (ctx) => loadMethods(ctx.lang, ctx.root).map((entry) => methodCard(ctx, entry)),
};
