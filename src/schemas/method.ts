import { z } from 'astro/zod';
import { facilitatorNeed, kebabId, level, questionType, roleId, roleRef, text } from './vocabulary.ts';

/** One timed step. Title and instruction are card-length: the card and job-aid print them as they are. */
export const stepSchema = z.object({
  title: text(48),
  minutes: z.number().int().positive().max(60),
  who: z.array(roleRef).min(1),
  instruction: text(170),
  /**
   * Phases of the session frame (src/content/phases) that this step does itself, so the evening
   * skips them: a step "choose a case" covers `choose-case`, a closing round covers `harvest`.
   */
  covers: z.array(kebabId).default([]),
});
export type Step = z.infer<typeof stepSchema>;

/**
 * The most steps a method (or variant) may have: what the method card's back and the job-aid table
 * can hold at the longest title and instruction (tests/kit/capacity.test.ts renders exactly that).
 */
export const maxSteps = 11;

export const sourceSchema = z.object({
  author: z.string().min(1),
  title: z.string().min(1),
  year: z.number().int().min(1900).max(2100),
  publisher: z.string().optional(),
});

/**
 * The `method` frontmatter block of a method page: the facts that the page, the cards, the
 * job-aids, the search filters and the planner all read. The long-form guide stays MDX.
 */
export const methodSchema = z
  .object({
    id: kebabId,
    /** One line for cards and lists. */
    summary: text(130),
    /** Other names the method goes by, in this language or others (search finds the page by them). */
    aka: z.array(text(60)).default([]),
    /** How to run it in a video call (Teams, Zoom…): what changes, in a few sentences. */
    online: text(420),
    questionTypes: z.array(questionType).min(1),
    groupSize: z.object({
      min: z.number().int().min(2),
      max: z.number().int().max(30),
    }),
    level,
    facilitator: facilitatorNeed,
    roles: z
      .array(z.object({ role: roleId, duty: text(220) }))
      .min(2),
    materials: z.array(text(80)).default([]),
    steps: z.array(stepSchema).min(3).max(maxSteps),
    variants: z
      .array(
        z.object({
          name: text(60),
          description: z.string().min(1),
          steps: z.array(stepSchema).min(3).max(maxSteps).optional(),
        }),
      )
      .default([]),
    traps: z.array(z.object({ trap: text(160), remedy: text(220) })).min(2),
    /** Other methods, each with when you would pick it instead. */
    related: z.array(z.object({ id: kebabId, when: text(200) })).default([]),
    sources: z.array(sourceSchema).min(1),
    /**
     * How much of the step list is ours: `false` = a published protocol as it is; `timings` = the steps
     * are published but the minutes are our suggestion; `true` = the step list itself is our synthesis.
     */
    synthesis: z.union([z.boolean(), z.literal('timings')]),
  })
  .refine((m) => m.groupSize.min <= m.groupSize.max, {
    error: 'groupSize.min must not exceed groupSize.max',
    path: ['groupSize'],
  })
  .refine((m) => m.steps.some((s) => s.who.includes('inbrenger') || s.who.includes('all')), {
    error: 'at least one step must involve the inbrenger',
    path: ['steps'],
  });

export type Method = z.infer<typeof methodSchema>;

/** Total duration is derived from the steps, never typed. */
export function totalMinutes(steps: readonly { minutes: number }[]): number {
  return steps.reduce((sum, step) => sum + step.minutes, 0);
}

/** Duration bands used by the search filters and the method index. */
export const durationBands = [
  { id: 'under-60', max: 59 },
  { id: '60-90', max: 90 },
  { id: 'over-90', max: Infinity },
] as const;
export type DurationBand = (typeof durationBands)[number]['id'];

export function durationBand(minutes: number): DurationBand {
  return durationBands.find((band) => minutes <= band.max)!.id;
}

/** Group-size bands a method covers (a method for 4–10 covers small, medium and large). */
export const groupBands = [
  { id: 'small', min: 2, max: 5 },
  { id: 'medium', min: 6, max: 8 },
  { id: 'large', min: 9, max: Infinity },
] as const;
export type GroupBand = (typeof groupBands)[number]['id'];

export function groupBandsFor(size: { min: number; max: number }): GroupBand[] {
  return groupBands.filter((band) => size.min <= band.max && size.max >= band.min).map((b) => b.id);
}
