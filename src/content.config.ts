import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { methodSchema } from './schemas/method.ts';

/**
 * Astro's collections hold what Starlight renders: the pages and the UI strings. Everything else
 * (methods' facts, pitfalls, tips, roles, phases, questions, glossary, job-aids) is read by the one
 * loader in src/lib/content/, which the print kit, the contract and the open data share.
 */
export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({
      extend: z.object({
        // Every page needs a description: search results, link previews and Lighthouse read it.
        description: z.string().min(50).max(170),
        method: methodSchema.optional(),
      }),
    }),
  }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
