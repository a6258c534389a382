/**
 * The open data files (see src/lib/openData.ts): /api/methods.<lang>.json, /api/questions.<lang>.json
 * and their JSON Schemas, /api/methods.schema.json and /api/questions.schema.json.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { langs } from '../../config.ts';
import { jsonSchemaOf, methodsFile, openDataSchemas, questionsFile } from '../../lib/openData.ts';

type Build = () => Promise<unknown>;

export const getStaticPaths = (() => {
  const files: { file: string; build: Build }[] = [
    ...(Object.keys(openDataSchemas) as (keyof typeof openDataSchemas)[]).map((name) => ({ file: `${name}.schema`, build: async () => jsonSchemaOf(name) })),
    ...langs.flatMap((lang) => [
      { file: `methods.${lang}`, build: async () => methodsFile(lang) },
      {
        file: `questions.${lang}`,
        build: async () => questionsFile(lang),
      },
    ]),
  ];
  return files.map(({ file, build }) => ({ params: { file }, props: { build } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(`${JSON.stringify(await (props as { build: Build }).build(), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
