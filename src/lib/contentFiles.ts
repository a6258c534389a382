// TEMPORARY shim while the tree moves to src/lib/content/ (removed before this lands).
import type { z } from 'astro/zod';
import type { Lang } from '../config.ts';
import { loadData as load, type DataEntry } from './content/load.ts';
import type { DataCollection } from '../schemas/collections.ts';
export { contentRoot, listPages, pageFile, listDataIds } from './content/files.ts';
export { parseYamlAt } from './content/parse.ts';
export { describeSchemaError, parseWith } from './content/schemaErrors.ts';
export { loadMethods, methodsDir, type MethodEntry } from './content/load.ts';
export { numberedHeadings, numberedSections, jobAidFields } from './content/pageSections.ts';
import { readPage } from './content/parse.ts';
export const readFrontmatter = (file: string) => readPage(file).data;
export function loadData<N extends DataCollection>(name: N, lang: Lang, _schema: z.ZodType, root?: string): DataEntry<N>[] {
  return load(name, lang, root);
}
