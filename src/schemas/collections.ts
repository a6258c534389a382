import { z } from 'astro/zod';
import { questionCategory, roleRef, text } from './vocabulary.ts';

/**
 * Schemas of the data collections under src/content/<collection>/<lang>/<id>.yaml.
 * The same file name in both language folders makes a pair; `order` sorts lists and decks.
 */
export const pitfallSchema = z.object({
  order: z.number().int(),
  title: text(60),
  /** What you notice when the group is in it. */
  signals: z.array(text(140)).min(1),
  /** Why it happens. */
  why: text(320),
  /** What to do about it. */
  remedies: z.array(text(160)).min(1),
});

export const tipSchema = z.object({
  order: z.number().int(),
  title: text(60),
  /** When this tip helps: the signal that calls for it. */
  when: z.array(text(140)).min(1),
  /** What to do. */
  how: z.array(text(160)).min(1),
  why: text(320).optional(),
});

export const roleSchema = z.object({
  order: z.number().int(),
  name: text(30),
  summary: text(140),
  does: z.array(text(120)).min(2),
  doesNot: z.array(text(120)).min(1),
  /** Core roles get a card in the roles deck; method roles (such as a player) appear only in methods. */
  kind: z.enum(['core', 'method']),
});

/** A phase of the session frame, with minutes for the 2-hour and the 2.5-hour timetable. */
export const phaseSchema = z.object({
  order: z.number().int(),
  title: text(48),
  minutes: z.object({ short: z.number().int().positive(), long: z.number().int().positive() }),
  who: z.array(roleRef).min(1),
  purpose: text(200),
  prompts: z.array(text(120)).default([]),
});

/** One category of the question bank with its questions (the `questions` card deck). */
export const questionCategorySchema = z.object({
  category: questionCategory,
  order: z.number().int(),
  name: text(40),
  purpose: text(140),
  questions: z.array(text(120)).min(1),
});
