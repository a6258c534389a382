/**
 * Open data: the method library and the question bank as JSON for reuse (learning platforms, other
 * tools, a trainer's own cards), at /api/methods.<lang>.json and /api/questions.<lang>.json. The zod
 * schemas below are the contract: the files are parsed with them before they are written, and their
 * JSON Schema is published beside them (/api/methods.schema.json, /api/questions.schema.json).
 * Bump `openDataVersion` when a field changes meaning or goes away; adding a field does not.
 */
import { loadData, loadMethods } from './content/load.ts';
import { z } from 'astro/zod';
import { uiStrings } from './uiStrings.ts';
import { langBase, langs, publisher, shortLinkPath, siteUrl, type Lang } from '../config.ts';
import { totalMinutes } from '../schemas/method.ts';
import { facilitatorNeeds, levels, questionCategories, questionTypes, roleIds } from '../schemas/vocabulary.ts';

export const openDataVersion = 1;

const header = {
  version: z.literal(openDataVersion).describe('Format version; it changes when a field changes meaning or goes away.'),
  lang: z.enum(langs as [Lang, ...Lang[]]),
  licence: z.string().describe('Licence of the texts (attribution and share-alike).'),
  source: z.url().describe('The site the data comes from.'),
};

const roleRefs = z.array(z.enum([...roleIds, 'all'])).describe('Who leads the step: role ids, or `all` for the whole group.');
const openStep = z.object({
  number: z.int().min(1),
  title: z.string(),
  minutes: z.int().min(1),
  who: roleRefs,
  instruction: z.string(),
  url: z.url().describe('Link to the step on the method page (a stable anchor).'),
});

export const openMethodSchema = z.object({
  id: z.string().describe('Stable id, the same in every language.'),
  title: z.string(),
  aka: z.array(z.string()).describe('Other names the method goes by.'),
  summary: z.string(),
  url: z.url(),
  shortUrl: z.url().describe('The short link the printed cards carry.'),
  questionTypes: z.array(z.enum(questionTypes)),
  groupSize: z.object({ min: z.int(), max: z.int() }),
  level: z.enum(levels),
  facilitator: z.enum(facilitatorNeeds),
  totalMinutes: z.int(),
  roles: z.array(z.object({ role: z.enum(roleIds), duty: z.string() })),
  steps: z.array(openStep),
  variants: z.array(z.object({ name: z.string(), description: z.string(), steps: z.array(openStep.omit({ url: true })).optional() })),
  online: z.string(),
  sources: z.array(z.object({ author: z.string(), title: z.string(), year: z.int(), publisher: z.string().optional() })),
  synthesis: z.union([z.boolean(), z.literal('timings')]).describe('false: a published protocol; "timings": minutes are ours; true: the step list is ours.'),
});

export const methodsFileSchema = z.object({ ...header, methods: z.array(openMethodSchema) });

export const questionsFileSchema = z.object({
  ...header,
  categories: z.array(
    z.object({ id: z.enum(questionCategories), name: z.string(), purpose: z.string(), questions: z.array(z.string()) }),
  ),
  avoid: z.array(z.object({ id: z.string(), name: z.string(), example: z.string(), why: z.string(), instead: z.string() })).describe('Kinds of question that seem to help but do not, and what to ask instead.'),
});

export type MethodsFile = z.infer<typeof methodsFileSchema>;
export type QuestionsFile = z.infer<typeof questionsFileSchema>;

/** The published files, by name under /api/. */
export const openDataSchemas = { methods: methodsFileSchema, questions: questionsFileSchema } as const;

export const jsonSchemaOf = (name: keyof typeof openDataSchemas) => ({
  ...z.toJSONSchema(openDataSchemas[name]),
  $id: `${siteUrl}/api/${name}.schema.json`,
  title: `Intervisiekit ${name} (open data, version ${openDataVersion})`,
});

const fileHeader = (lang: Lang) => ({ version: openDataVersion, lang, licence: publisher.contentLicence, source: `${siteUrl}${langBase(lang)}` }) as const;

/** Step anchors on a method page, in the page's language, as StepTimeline writes them: #stap-3, #step-3. */
const stepAnchor = (lang: Lang, n: number) => `${uiStrings(lang)('method.stepAnchor')}-${n}`;

export function methodsFile(lang: Lang): MethodsFile {
  return methodsFileSchema.parse({
    ...fileHeader(lang),
    methods: loadMethods(lang).map(({ title, method: m }) => {
      const url = `${siteUrl}${langBase(lang)}methoden/${m.id}/`;
      return {
        id: m.id,
        title,
        aka: m.aka,
        summary: m.summary,
        url,
        shortUrl: `${siteUrl}${shortLinkPath(lang, m.id)}`,
        questionTypes: m.questionTypes,
        groupSize: m.groupSize,
        level: m.level,
        facilitator: m.facilitator,
        totalMinutes: totalMinutes(m.steps),
        roles: m.roles,
        steps: m.steps.map((s, i) => ({ number: i + 1, title: s.title, minutes: s.minutes, who: s.who, instruction: s.instruction, url: `${url}#${stepAnchor(lang, i + 1)}` })),
        variants: m.variants.map((v) => ({
          name: v.name,
          description: v.description,
          ...(v.steps ? { steps: v.steps.map((s, i) => ({ number: i + 1, title: s.title, minutes: s.minutes, who: s.who, instruction: s.instruction })) } : {}),
        })),
        online: m.online,
        sources: m.sources,
        synthesis: m.synthesis,
      };
    }),
  });
}

export function questionsFile(lang: Lang): QuestionsFile {
  return questionsFileSchema.parse({
    ...fileHeader(lang),
    categories: loadData('questions', lang).map((c) => ({ id: c.category, name: c.name, purpose: c.purpose, questions: c.questions })),
    avoid: loadData('avoid', lang).map((a) => ({ id: a.id, name: a.name, example: a.example, why: a.why, instead: a.instead })),
  });
}
