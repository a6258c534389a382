import { z } from 'astro/zod';
import { kebabId, questionCategory, roleRef, text } from './vocabulary.ts';

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
  /** `session`: done once per evening; `case`: done again for each case when a session has two. */
  per: z.enum(['session', 'case']),
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

/**
 * A kind of question that seems to help but does not (src/content/avoid/<lang>/<id>.yaml): shown under
 * "Liever niet" on the probing page and on a facilitator card in the questions deck.
 */
export const avoidQuestionSchema = z.object({
  order: z.number().int(),
  name: text(40),
  /** A made-up question of this kind, in quotes. */
  example: text(90),
  /** Why it does not help the case owner. */
  why: text(200),
  /** What to ask or do instead. */
  instead: text(100),
});

/**
 * One term of the glossary (src/content/glossary/<lang>/<id>.yaml). The id is the Dutch term in
 * kebab-case and is the anchor on both glossary pages (/woordenlijst/#casus, /en/woordenlijst/#casus).
 */
export const glossarySchema = z.object({
  term: text(60),
  definition: text(400),
  /** Other words that books or other groups use for the same thing. */
  aka: z.array(text(60)).default([]),
  /** Words this kit does not use for it (so one concept keeps one term). */
  notUsed: z.array(text(40)).default([]),
  /** Ids of related glossary terms. */
  see: z.array(kebabId).default([]),
});

/**
 * Building blocks of a job-aid (one page unless it has page breaks) (src/content/jobaids/<lang>/<id>.yaml). The words live
 * here; the print kit only decides how a block looks. `agenda` is filled from the phases collection.
 */
const jobAidHeading = { heading: text(60).optional() };
const writeLines = z.number().int().min(1).max(10).default(1);
export const jobAidBlockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), ...jobAidHeading, body: text(400) }),
  /** Items to tick off. */
  z.object({ kind: z.literal('checklist'), ...jobAidHeading, items: z.array(text(160)).min(1) }),
  /**
   * Labels with lines to write on; `columns` sets how many fields share a row. Either the labels are
   * listed here, or `fromPage` takes one label per numbered heading ("## 1. …") of a site page, so a
   * form that mirrors a page (the group contract) keeps its words in the page only.
   */
  z
    .object({
      kind: z.literal('fields'),
      ...jobAidHeading,
      columns: z.number().int().min(1).max(3).default(1),
      fields: z.array(z.object({ label: text(80), lines: writeLines })).min(1).optional(),
      /**
       * `text: true` also prints each heading's section (its paragraphs and "Bespreek" list), so the
       * form works offline; `first`/`last` (point numbers) split a long page over several blocks.
       */
      fromPage: z
        .object({
          page: z.string().min(1),
          lines: writeLines,
          text: z.boolean().optional(),
          first: z.number().int().min(1).optional(),
          last: z.number().int().min(1).optional(),
        })
        .optional(),
    })
    .refine((b) => (b.fields === undefined) !== (b.fromPage === undefined), {
      error: 'give either `fields` or `fromPage`, not both or neither',
      path: ['fields'],
    }),
  /** An empty table to fill in; column widths are relative. */
  z.object({
    kind: z.literal('table'),
    ...jobAidHeading,
    columns: z.array(z.object({ label: text(40), width: z.number().int().min(1).max(12) })).min(1).max(6),
    rows: z.number().int().min(1).max(20),
  }),
  /** Statements scored 1 to 5, with what the two ends mean. */
  z.object({ kind: z.literal('ratings'), ...jobAidHeading, low: text(30), high: text(30), items: z.array(text(120)).min(1) }),
  /** The session timetable (2 h and 2.5 h), built from src/content/phases. */
  z.object({ kind: z.literal('agenda'), ...jobAidHeading }),
  /** Which method fits which session (2 h, 2.5 h, two cases), built from the methods and the merge rule. */
  z.object({ kind: z.literal('frame-fit'), ...jobAidHeading }),
  /** Starts a new page; the job-aid's header is repeated on it. */
  z.object({ kind: z.literal('page-break') }),
]);
export type JobAidBlock = z.infer<typeof jobAidBlockSchema>;

export const jobAidSchema = z.object({
  order: z.number().int(),
  title: text(60),
  intro: text(300),
  blocks: z.array(jobAidBlockSchema).min(1),
});

/**
 * The data collections: src/content/<name>/<lang>/<id>.yaml, each checked by its schema. A new
 * collection is a schema and a row here; the loader, the contract and the twin check read this table.
 */
export const dataCollections = {
  pitfalls: pitfallSchema,
  tips: tipSchema,
  roles: roleSchema,
  phases: phaseSchema,
  questions: questionCategorySchema,
  jobaids: jobAidSchema,
  avoid: avoidQuestionSchema,
  glossary: glossarySchema,
} as const;
export type DataCollection = keyof typeof dataCollections;
export const dataCollectionNames = Object.keys(dataCollections) as DataCollection[];
