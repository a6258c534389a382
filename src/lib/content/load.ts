/**
 * The content loader: the print kit, the content contract, the open data, the site's components and
 * the tests all read methods and data entries through here, validated by the same zod schemas the
 * site's pages are checked with. A page, a card and a PDF can never disagree about what a method is.
 * Results are kept per process until a file changes, so a build reads and validates each file once.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { langBase, type Lang } from '../../config.ts';
import { methodSchema, type Method } from '../../schemas/method.ts';
import { dataCollections, type DataCollection } from '../../schemas/collections.ts';
import { hyphenationSchema, type Hyphenation } from '../../schemas/hyphenation.ts';
import { contentRoot, dataFiles, dataId, listPages, pageFile, shown } from './files.ts';
import { readPage, readYamlFile } from './parse.ts';
import { loadAll, parseWith } from './schemaErrors.ts';

export interface MethodEntry {
  lang: Lang;
  file: string;
  slug: string;
  title: string;
  description: string;
  /** Site path of the page, without the base path: '/methoden/x/', '/en/methoden/x/'. */
  url: string;
  method: Method;
}

/** Method pages live in this folder of every language: `methoden/<id>.mdx`. */
export const methodsDir = 'methoden';

export type DataEntry<N extends DataCollection> = z.infer<(typeof dataCollections)[N]> & { id: string; file: string };

const cache = new Map<string, { stamp: string; value: unknown }>();

/** Loads once per set of files; a changed, added or removed file loads again (dev server, tests). */
function cached<T>(key: string, files: readonly string[], load: () => T[]): T[] {
  const stamp = files.map((f) => { const s = statSync(f); return `${f}:${s.mtimeMs}:${s.size}`; }).join('|');
  const hit = cache.get(key);
  // A copy, so a caller that sorts or filters in place cannot change what the next caller gets.
  if (hit && hit.stamp === stamp) return [...(hit.value as T[])];
  const value = load();
  cache.set(key, { stamp, value });
  return [...value];
}

/** All method pages of a language, validated, in sidebar order. */
export function loadMethods(lang: Lang, root?: string): MethodEntry[] {
  const files = listPages(lang, root).filter((slug) => slug.startsWith(`${methodsDir}/`)).map((slug) => ({ slug, file: pageFile(lang, slug, root) }));
  return cached(`methods:${root ?? ''}:${lang}`, files.map((f) => f.file), () =>
    loadAll(files, ({ slug, file }) => {
      const { data } = readPage(file);
      if (!data.method) return undefined;
      const method = parseWith(methodSchema, data.method, shown(file), ['method']);
      const order = (data.sidebar as { order?: number } | undefined)?.order ?? 0;
      const entry: MethodEntry = { lang, file, slug, title: String(data.title), description: String(data.description), url: `${langBase(lang)}${slug}/`, method };
      return { order, entry };
    })
      .filter((x) => x !== undefined)
      .sort((a, b) => a.order - b.order || a.entry.method.id.localeCompare(b.entry.method.id))
      .map((x) => x.entry),
  );
}

/** Entries of a data collection in one language, validated and sorted by `order` (then id). */
export function loadData<N extends DataCollection>(collection: N, lang: Lang, root?: string): DataEntry<N>[] {
  const files = dataFiles(collection, lang, root);
  const schema = dataCollections[collection] as z.ZodType;
  return cached(`${collection}:${root ?? ''}:${lang}`, files, () =>
    loadAll(files, (file) => ({ ...(parseWith(schema, readYamlFile(file), shown(file)) as object), id: dataId(file), file }) as DataEntry<N>)
      .sort((a, b) => ((a as { order?: number }).order ?? 0) - ((b as { order?: number }).order ?? 0)),
  );
}

/** How the print kit breaks a language's words: src/content/hyphenation/<lang>.yaml. */
export function loadHyphenation(lang: Lang, root?: string): Hyphenation {
  const file = join(contentRoot(root), 'hyphenation', `${lang}.yaml`);
  if (!existsSync(file)) throw new Error(`${shown(file)} is missing: every language names its hyphenation patterns there`);
  return cached(`hyphenation:${root ?? ''}:${lang}`, [file], () => [parseWith(hyphenationSchema, readYamlFile(file), shown(file))])[0]!;
}
