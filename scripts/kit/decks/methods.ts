/**
 * Method cards. Front: name, one-line summary, duration, group size, level, facilitator, question
 * types. Back: the steps with minutes and who leads, the total, and a QR code to the permalink.
 */
import { shortLinkPath, siteUrl } from '../../../src/config.ts';
import { loadMethods } from '../../../src/lib/contentFiles.ts';
import { totalMinutes } from '../../../src/schemas/method.ts';
import { roleList, type KitContext } from '../context.ts';
import { qrOps } from '../qr.ts';
import { box, row, slot, text, type El } from '../render/el.ts';
import { fact, grow } from './parts.ts';
import { frameFitSummary } from '../jobAids/method.ts';
import { colors, type } from '../theme.ts';
import type { Deck, DeckCard } from './deck.ts';

/** The short URL a QR code on a method card opens (see the redirects in astro.config.mjs). */
export const methodPermalink = (lang: KitContext['lang'], id: string): string => `${siteUrl}${shortLinkPath(lang, id)}`;

export function methodCard(ctx: KitContext, entry: ReturnType<typeof loadMethods>[number]): DeckCard {
  const { t } = ctx;
  const m = entry.method;
  const minutes = totalMinutes(m.steps);
  const permalink = methodPermalink(ctx.lang, m.id);
  const [urlBase] = permalink.replace(/^https?:\/\//, '').split(`m/${m.id}`);

  const front: El[] = [
    text('name', entry.title, { fontSize: type.title, fontWeight: 700, lineHeight: 1.15, marginTop: 4 }),
    text('summary', m.summary, { fontSize: type.body, lineHeight: 1.3, marginTop: 5 }),
    box(
      { marginTop: 'auto', gap: 2 },
      fact('duration', t('method.duration'), t('method.minutes', { count: minutes })),
      fact('fit', t('kit.fit.label'), frameFitSummary(ctx, m)),
      fact('groupSize', t('method.groupSize'), t('method.people', { min: m.groupSize.min, max: m.groupSize.max })),
      fact('level', t('method.level'), t(`level.${m.level}`)),
      fact('facilitator', t('method.facilitator'), t(`facilitator.${m.facilitator}`)),
      text('questionTypes.label', t('method.questionTypes'), { fontSize: type.small, color: colors.muted, lineHeight: 1.3, marginTop: 4 }),
      row(
        { flexWrap: 'wrap', gap: 3, marginTop: 1 },
        ...m.questionTypes.map((q, i) =>
          box(
            { backgroundColor: colors.tint, borderRadius: 2.5, paddingLeft: 4, paddingRight: 4, paddingTop: 1.5, paddingBottom: 1.5 },
            text(`questionTypes.${i}`, t(`questionType.${q}`), { fontSize: type.small, lineHeight: 1.2 }),
          ),
        ),
      ),
    ),
  ];

  // Minutes, then the step with who leads it right behind (on the same line when it fits), so
  // copied text reads in order: "5 Situatie schetsen Inbrenger".
  const minutesWidth = 13;
  const lineHeight = 9; // points, the same for both sizes so their baselines line up
  const back: El[] = [
    row(
      { gap: 4, marginTop: 2 },
      text('steps.head.minutes', t('kit.card.minutes'), { width: minutesWidth, textAlign: 'right', fontSize: type.tiny, color: colors.muted, lineHeight: lineHeight / type.tiny }),
      text('steps.head.step', t('kit.card.stepAndWho'), { ...grow, fontSize: type.tiny, color: colors.muted, lineHeight: lineHeight / type.tiny }),
    ),
    box(
      { marginTop: 2.5, gap: 2 },
      ...m.steps.map((s, i) =>
        row(
          { gap: 4 },
          text(`steps.${i}.minutes`, String(s.minutes), { width: minutesWidth, textAlign: 'right', fontSize: type.small, fontWeight: 700, lineHeight: lineHeight / type.small }, { hyphenate: false }),
          row(
            { ...grow, flexWrap: 'wrap', columnGap: 4 },
            text(`steps.${i}.title`, s.title, { flexShrink: 1, fontSize: type.small, fontWeight: 700, lineHeight: lineHeight / type.small }),
            text(`steps.${i}.who`, roleList(ctx, s.who), { flexShrink: 1, fontSize: type.tiny, color: colors.muted, lineHeight: lineHeight / type.tiny }, { hyphenate: false }),
          ),
        ),
      ),
    ),
    row(
      { marginTop: 'auto', gap: 5, alignItems: 'flex-end' },
      slot('qr', { width: 42, height: 42 }, (b) => qrOps(permalink, b, colors.ink)),
      box(
        { ...grow, paddingBottom: 3 },
        text('total', t('method.total', { count: minutes }), { fontSize: type.small, fontWeight: 700, lineHeight: 1.2, marginBottom: 3 }),
        text('scan', t('kit.card.scan'), { fontSize: type.tiny, color: colors.muted, lineHeight: 1.2 }),
        text('url.base', urlBase!, { fontSize: type.tiny, lineHeight: 1.2 }, { hyphenate: false }),
        text('url.id', `m/${m.id}`, { fontSize: type.tiny, lineHeight: 1.2 }, { hyphenate: false }),
      ),
    ),
  ];
  return { id: m.id, name: entry.title, front, back, backLabel: entry.title };
}

export const methodsDeck: Deck = {
  set: 'methods',
  grow: ['back'],
  cards: (ctx) => loadMethods(ctx.lang, ctx.root).map((entry) => methodCard(ctx, entry)),
};
