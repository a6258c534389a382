/**
 * Protects the open data (src/lib/openData.ts): each built /api/*.json file validates against the JSON
 * Schema published beside it, lists every method page of its language with links that resolve to built
 * pages and step anchors, and the languages agree on ids and facts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { builtPages, distDir, fileOfRoute } from '../support/dist.ts';
import { langs, siteUrl } from '../../src/config.ts';
import { openDataVersion, type MethodsFile, type QuestionsFile } from '../../src/lib/openData.ts';
import { loadMethods } from '../../src/lib/content/load.ts';

const json = <T>(file: string): T => JSON.parse(readFileSync(join(distDir, 'api', file), 'utf8')) as T;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
const validator = (name: string) => compiled.get(name) ?? compiled.set(name, ajv.compile(json<object>(`${name}.schema.json`))).get(name)!;

describe.for(langs)('open data in %s', (lang) => {
  const methods = json<MethodsFile>(`methods.${lang}.json`);
  const questions = json<QuestionsFile>(`questions.${lang}.json`);

  test('the files validate against their published schemas', () => {
    for (const [name, data] of [['methods', methods], ['questions', questions]] as const) {
      const validate = validator(name);
      expect(validate(data), JSON.stringify(validate.errors, null, 2)).toBe(true);
      expect(data.version).toBe(openDataVersion);
      expect(data.lang).toBe(lang);
    }
  });

  test('a file that breaks the schema is refused (the check can fail)', () => {
    const broken = structuredClone(methods);
    (broken.methods[0] as { steps: unknown }).steps = [{ number: 0, title: 'x' }];
    expect(validator('methods')(broken)).toBe(false);
  });

  test('every method page is listed, with URLs and step anchors that exist', () => {
    expect(methods.methods.map((m) => m.id).sort()).toEqual(loadMethods(lang).map((e) => e.method.id).sort());
    const pages = new Map(builtPages().map((p) => [p.route, p]));
    for (const m of methods.methods) {
      const route = new URL(m.url).pathname;
      expect(m.url.startsWith(siteUrl), m.url).toBe(true);
      expect(fileOfRoute(route), `${m.url} is built`).toBeDefined();
      expect(fileOfRoute(new URL(m.shortUrl).pathname), `${m.shortUrl} is built`).toBeDefined();
      const page = pages.get(route)!;
      for (const step of m.steps) {
        const anchor = new URL(step.url).hash.slice(1);
        expect(page.dom.getElementById(anchor), `${step.url} has its anchor`).not.toBeNull();
      }
    }
  });

  test('the question bank carries every category and the questions to avoid', () => {
    expect(questions.categories.length).toBeGreaterThanOrEqual(10);
    expect(questions.categories.flatMap((c) => c.questions).length).toBeGreaterThanOrEqual(80);
    expect(questions.avoid.length).toBeGreaterThan(0);
  });
});

test('both languages list the same methods with the same facts', () => {
  const [nl, en] = langs.map((lang) => json<MethodsFile>(`methods.${lang}.json`).methods);
  const facts = (list: MethodsFile['methods']) =>
    list.map((m) => ({ id: m.id, minutes: m.steps.map((s) => s.minutes), groupSize: m.groupSize, level: m.level, facilitator: m.facilitator }));
  expect(facts(en!)).toEqual(facts(nl!));
});
