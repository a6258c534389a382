/**
 * Where content files live on disk, per language. A language's pages sit under
 * src/content/docs/<locale>/ (the root language directly in docs/), its data entries under
 * src/content/<collection>/<lang>/, its UI strings in src/content/i18n/<lang>.json. Nothing here
 * names a language: src/config.ts does.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { languages, localePrefix, type Lang } from '../../config.ts';

export const contentRoot = (root = process.cwd()): string => resolve(root, 'src/content');

/** Folder of a language's pages. */
const docsDir = (lang: Lang, root?: string) => join(contentRoot(root), 'docs', localePrefix(lang));

/** Page slugs of one language, e.g. `methoden/incidentmethode`; other languages' folders are not walked. */
export function listPages(lang: Lang, root?: string): string[] {
  const base = docsDir(lang, root);
  // The root language's folder holds the other languages' folders; those are not its pages.
  const otherLocales = new Set<string>(localePrefix(lang) ? [] : languages.map((l) => l.locale).filter(Boolean));
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (dir === base && otherLocales.has(entry.name)) continue;
        walk(full);
      } else if (/\.mdx?$/.test(entry.name) && !entry.name.startsWith('_')) {
        out.push(relative(base, full).replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '$1') || 'index');
      }
    }
  };
  if (existsSync(base)) walk(base);
  return out.map((slug) => slug.replace(/\/$/, '')).sort();
}

export function pageFile(lang: Lang, slug: string, root?: string): string {
  const base = docsDir(lang, root);
  for (const candidate of [`${slug}.mdx`, `${slug}.md`, `${slug}/index.mdx`, `${slug}/index.md`]) {
    if (existsSync(join(base, candidate))) return join(base, candidate);
  }
  throw new Error(`No page "${slug}" in language ${lang} (looked in ${base})`);
}

/** The YAML files of a data collection in one language, sorted by name. */
export function dataFiles(collection: string, lang: Lang, root?: string): string[] {
  const dir = join(contentRoot(root), collection, lang);
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => join(dir, f)) : [];
}

/** An entry's id is its file name: `src/content/tips/nl/stilte.yaml` → `stilte`. */
export const dataId = (file: string): string => file.replace(/^.*[\\/]/, '').replace(/\.yaml$/, '');

export const listDataIds = (collection: string, lang: Lang, root?: string): string[] => dataFiles(collection, lang, root).map(dataId);

/** A language's UI strings file. */
export const uiStringsFile = (lang: Lang, root?: string): string => join(contentRoot(root), 'i18n', `${lang}.json`);

/** Paths in messages are relative to the project, so they read the same in CI and on a laptop. */
export const shown = (file: string): string => relative(process.cwd(), file);
