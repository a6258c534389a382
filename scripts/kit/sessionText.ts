/** Session times and fits as printed words, shared by the phase and method cards and the job-aids. */
import { loadData } from '../../src/lib/content/load.ts';
import { frameIds, methodFrameFit } from '../../src/lib/sessionEvening.ts';
import type { Method } from '../../src/schemas/method.ts';
import type { KitContext } from './context.ts';

/** "1:05" from 65 minutes: the agenda's offsets from the start time. */
export const clock = (minutes: number): string => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

/** "2 uur · 2,5 uur (variant)": the frames one case fits in, from the merge rule; cards and job aids print it. */
export function frameFitSummary(ctx: KitContext, m: Method): string {
  const fit = methodFrameFit(m, loadData('phases', ctx.lang, ctx.root));
  const frames = frameIds
    .filter((f) => fit.perFrame[f])
    .map((f) => (fit.perFrame[f]!.variant === undefined ? ctx.t(`phase.${f}`) : ctx.t('kit.fit.withVariant', { frame: ctx.t(`phase.${f}`) })));
  const two = fit.twoCases ? ` · ${ctx.t('kit.fit.twoCases', { frame: ctx.t(`phase.${fit.twoCases.frame}`) })}` : '';
  return frames.join(' · ') + two;
}
