/**
 * A two-page test sheet for home duplex printing: printing steps on the front, and registration
 * crosses at the same places on both sides (mirrored for a long-edge flip). Held against the light,
 * the back's crosses fall on the front's 1 mm ticks when the printer lines the sides up.
 */
import type { KitContext } from '../context.ts';
import { box, row, text, type El } from '../render/el.ts';
import { colors } from '../palette.ts';
import { typeScale } from '../typeScale.ts';
import { mmToPt } from '../units.ts';
import { blockHeading, jobAidPage, section } from './pageElements.ts';

/** Cross centres in mm from the content box's left and bottom; x is mirrored on the back. */
const crossAt = [
  { x: 20, fromBottom: 30 },
  { x: 20, fromBottom: 90 },
];
const arm = 8; // mm each way
const tick = 1; // mm between ticks on the front
const line = 0.5; // pt

function cross(cx: number, cy: number, ticks: boolean): El[] {
  const a = mmToPt(arm);
  const bar = (x: number, y: number, w: number, h: number): El => box({ position: 'absolute', left: x, top: y, width: w, height: h, backgroundColor: colors.ink });
  const out = [bar(cx - a, cy - line / 2, 2 * a, line), bar(cx - line / 2, cy - a, line, 2 * a)];
  if (ticks)
    for (let i = -arm; i <= arm; i += tick) {
      if (i === 0) continue;
      const t = mmToPt(i % 5 === 0 ? 2 : 1);
      out.push(bar(cx + mmToPt(i) - line / 4, cy - t / 2, line / 2, t), bar(cx - t / 2, cy + mmToPt(i) - line / 4, t, line / 2));
    }
  return out;
}

export function duplexTestPages(ctx: KitContext, width: number, height: number, url: string): El[] {
  const { t } = ctx;
  const crosses = (back: boolean) =>
    crossAt.flatMap(({ x, fromBottom }) => {
      const y = height - mmToPt(fromBottom);
      // Both sides of the sheet carry a cross at x and at width - x: the pair mirrors onto itself.
      return [mmToPt(x), width - mmToPt(x)].flatMap((cx) => cross(cx, y, !back));
    });
  const step = (i: 1 | 2 | 3 | 4 | 5) =>
    row(
      { gap: 8, marginTop: 6 },
      text(`steps.${i}.number`, `${i}.`, { width: 14, fontSize: typeScale.pageBody, fontWeight: 700, lineHeight: 1.35 }, { hyphenate: false }),
      text(`steps.${i}`, t(`kit.duplexTest.step.${i}`), { flexGrow: 1, flexShrink: 1, flexBasis: 0, fontSize: typeScale.pageBody, lineHeight: 1.35 }),
    );
  const front = jobAidPage({
    ctx,
    width,
    height,
    title: t('kit.duplexTest.title'),
    intro: t('kit.duplexTest.intro'),
    body: [section(blockHeading('steps.heading', t('kit.duplexTest.front')), ...([1, 2, 3, 4, 5] as const).map(step))],
    url,
  });
  const back = jobAidPage({
    ctx,
    width,
    height,
    title: t('kit.duplexTest.title'),
    intro: t('kit.duplexTest.backNote'),
    body: [section(blockHeading('back.heading', t('kit.duplexTest.back')), text('back.note', t('kit.sheet.printNote'), { fontSize: typeScale.pageBody, color: colors.muted }))],
    url,
  });
  // The crosses sit over the page, outside the flow, at fixed places.
  const withCrosses = (page: El, isBack: boolean): El => ({ ...page, style: { ...page.style, position: 'relative' }, children: [...page.children, ...crosses(isBack)] });
  return [withCrosses(front, false), withCrosses(back, true)];
}
