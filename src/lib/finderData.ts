/**
 * Build-side half of the method finder: turns a method's frontmatter and the session frame into the
 * small record the browser script filters and ranks (src/lib/methodFinder.ts). Time comes from the
 * merge rule, so "fits a 2 h evening" means here exactly what it means on the method page.
 */
import { groupBands, groupBandsFor, totalMinutes, type Method } from '../schemas/method.ts';
import { facilitatorNeeds, levels, questionTypes } from '../schemas/vocabulary.ts';
import { frameIds, methodFrameFit, type FramePhase, type Run } from './sessionEvening.ts';
import type { FilterOptions, FinderMethod } from './methodFinder.ts';

/** `two`: two cases with this method fit in one evening (of either length). */
export const timeOptions = [...frameIds, 'two'] as const;

/** Every filter's values in their meaningful order: the vocabularies' own order, short to long, small to large. */
export const finderOptions: FilterOptions = {
  question: questionTypes,
  time: timeOptions,
  size: groupBands.map((b) => b.id),
  level: levels,
  lead: facilitatorNeeds,
};

export interface FinderInput {
  id: string;
  title: string;
  href: string;
  method: Method;
}

export function finderMethod({ id, title, href, method }: FinderInput, phases: readonly FramePhase[]): FinderMethod & { minutes: number } {
  const fit = methodFrameFit(method, phases);
  const note = (run: Run | undefined) => (!run ? null : run.variant === undefined ? '' : method.variants[run.variant]!.name);
  const fitting = frameIds.filter((frame) => fit.perFrame[frame] !== undefined);
  return {
    id,
    title,
    href,
    summary: method.summary,
    minutes: totalMinutes(method.steps),
    facets: {
      question: [...method.questionTypes],
      time: [...fitting, ...(fit.twoCases ? ['two'] : [])],
      size: groupBandsFor(method.groupSize),
      level: [method.level],
      lead: [method.facilitator],
    },
    groupSize: { ...method.groupSize },
    level: method.level,
    fit: Object.fromEntries(frameIds.map((frame) => [frame, note(fit.perFrame[frame])])),
  };
}
