import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { methodSchema } from './schemas/method.ts';
import {
  avoidQuestionSchema,
  glossarySchema,
  jobAidSchema,
  phaseSchema,
  pitfallSchema,
  questionCategorySchema,
  roleSchema,
  tipSchema,
} from './schemas/collections.ts';

/** Data collections live in src/content/<name>/<lang>/<id>.yaml. */
const localizedData = <S extends z.ZodType>(name: string, schema: S) =>
  defineCollection({ loader: glob({ pattern: '*/*.yaml', base: `./src/content/${name}` }), schema });

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
  pitfalls: localizedData('pitfalls', pitfallSchema),
  tips: localizedData('tips', tipSchema),
  roles: localizedData('roles', roleSchema),
  phases: localizedData('phases', phaseSchema),
  questions: localizedData('questions', questionCategorySchema),
  jobaids: localizedData('jobaids', jobAidSchema),
  avoid: localizedData('avoid', avoidQuestionSchema),
  glossary: localizedData('glossary', glossarySchema),
};
