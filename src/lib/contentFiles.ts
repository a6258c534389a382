/**
 * Reads the content files straight from disk, outside Astro: the print kit, the build-time content
 * contract and the unit tests use it. It validates with the same zod schemas as the site's content
 * collections, so a page, a card and a PDF can never disagree about what a method is.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'astro/zod';
import { langBase, langs, type Lang } from '../config.ts';
import { methodSchema, type Method } from '../schemas/method.ts';
import type { JobAidBlock } from '../schemas/collections.ts';

export const contentRoot = (root = process.cwd()) => resolve(root, 'src/content');

/** Folder of a language's pages: Dutch is the root locale, English lives under en/. */
const docsDir = (lang: Lang, root?: string) =>
  lang === 'nl' ? join(contentRoot(root), 'docs') : join(contentRoot(root), 'docs', lang);

/** Page slugs of one language, e.g. `methoden/incidentmethode`; English pages are not nested in Dutch. */
export function listPages(lang: Lang, root?: string): string[] {
  const base = docsDir(lang, root);
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (lang === 'nl' && dir === base && langs.includes(entry.name as Lang)) continue;
        walk(full);
      } else if (/\.mdx?$/.test(entry.name) && !entry.name.startsWith('_')) {
        out.push(relative(base, full).replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '$1') || 'index');
      }
    }
  };
  walk(base);
  return out.map((slug) => slug.replace(/\/$/, '')).sort();
}

export function pageFile(lang: Lang, slug: string, root?: string): string {
  const base = docsDir(lang, root);
  for (const candidate of [`${slug}.mdx`, `${slug}.md`, `${slug}/index.mdx`, `${slug}/index.md`]) {
    if (existsSync(join(base, candidate))) return join(base, candidate);
  }
  throw new Error(`No page "${slug}" in language ${lang} (looked in ${base})`);
}

/**
 * Parses YAML and, on a syntax error, names the file and the line in that file (frontmatter starts
 * `firstLine` lines into its file) instead of the parser's position inside the snippet.
 */
export function parseYamlAt(source: string, file: string, firstLine = 1): unknown {
  try {
    return parseYaml(source);
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const noticed = error.linePos?.[0].line ?? 1;
    const what = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    // An unclosed [ { or quote is noticed on a later line; point at the line that opened it.
    const closer = /end with an? ([\]}])/.exec(what)?.[1] ?? (/closing "?quote/.test(what) ? '"' : undefined);
    const opener = closer === ']' ? '[' : closer === '}' ? '{' : closer;
    const rows = source.split('\n');
    let line = noticed;
    if (opener) for (let i = noticed - 1; i >= 1; i--) if (rows[i - 1]!.includes(opener)) { line = i; break; }
    const note = line !== noticed ? ` (noticed on line ${noticed + firstLine - 1})` : '';
    throw new Error(`${relative(process.cwd(), file)}:${line + firstLine - 1}: YAML syntax error: ${what}${note}`);
  }
}

export function readFrontmatter(file: string): Record<string, unknown> {
  const source = readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (!match) throw new Error(`${relative(process.cwd(), file)}: no frontmatter block`);
  // The frontmatter's first line is line 2 of the file (line 1 is the opening ---).
  return (parseYamlAt(match[1] ?? '', file, 2) ?? {}) as Record<string, unknown>;
}

/** Runs `load` on every item and throws once with every item's problems, not only the first. */
function loadAll<T, R>(items: T[], load: (item: T) => R): R[] {
  const problems: string[] = [];
  const out: R[] = [];
  for (const item of items) {
    try {
      out.push(load(item));
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  if (problems.length) throw new Error(problems.join('\n'));
  return out;
}

/** Turns a zod error into one line per problem, each naming the file and the field. */
export function describeSchemaError(file: string, error: z.ZodError, prefix: (string | number)[] = []): string {
  return error.issues
    .map((issue) => {
      const field = [...prefix, ...issue.path].join('.') || '(root)';
      return `${file}: field "${field}" ${issue.message}`;
    })
    .join('\n');
}

export function parseWith<S extends z.ZodType>(schema: S, data: unknown, file: string, prefix: (string | number)[] = []): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(describeSchemaError(file, result.error, prefix));
  return result.data;
}

export interface MethodEntry {
  lang: Lang;
  file: string;
  slug: string;
  title: string;
  description: string;
  url: string;
  method: Method;
}

export const methodsDir = 'methoden';

/** All method pages of a language, validated, in sidebar order. */
export function loadMethods(lang: Lang, root?: string): MethodEntry[] {
  const slugs = listPages(lang, root).filter((slug) => slug.startsWith(`${methodsDir}/`));
  return loadAll(slugs, (slug) => {
    const file = pageFile(lang, slug, root);
    const data = readFrontmatter(file);
    if (!data.method) return undefined;
    const method = parseWith(methodSchema, data.method, relative(process.cwd(), file), ['method']);
    const order = (data.sidebar as { order?: number } | undefined)?.order ?? 0;
    return {
      order,
      entry: {
        lang,
        file,
        slug,
        title: String(data.title),
        description: String(data.description),
        url: `${langBase(lang)}${slug}/`,
        method,
      },
    };
  })
    .filter((x) => x !== undefined)
    .sort((a, b) => a.order - b.order || a.entry.method.id.localeCompare(b.entry.method.id))
    .map((x) => x.entry);
}

/** Entries of a data collection (src/content/<name>/<lang>/*.yaml), validated and sorted by `order`. */
export function loadData<S extends z.ZodType>(
  name: string,
  lang: Lang,
  schema: S,
  root?: string,
): (z.infer<S> & { id: string; file: string })[] {
  const dir = join(contentRoot(root), name, lang);
  if (!existsSync(dir)) return [];
  return loadAll(readdirSync(dir).filter((f) => f.endsWith('.yaml')), (f) => {
    const file = join(dir, f);
    const data = parseWith(schema, parseYamlAt(readFileSync(file, 'utf8'), file), relative(process.cwd(), file));
    return { ...(data as object), id: f.replace(/\.yaml$/, ''), file } as z.infer<S> & { id: string; file: string };
  })
    .sort((a, b) => ((a as { order?: number }).order ?? 0) - ((b as { order?: number }).order ?? 0));
}

export function listDataIds(name: string, lang: Lang, root?: string): string[] {
  const dir = join(contentRoot(root), name, lang);
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')).sort() : [];
}

/** The numbered level-2 headings of a page (`## 1. Vertrouwelijkheid`), in page order. */
export function numberedHeadings(lang: Lang, slug: string, root?: string): string[] {
  const body = readFileSync(pageFile(lang, slug, root), 'utf8');
  return [...body.matchAll(/^## (\d+\. .+?)\s*$/gm)].map((m) => m[1]!);
}

/** Markdown inline syntax a printed sheet cannot show: links keep their words, emphasis its text. */
const plainText = (md: string) => md.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').replace(/\*\*([^*]+)\*\*/g, '$1').replace(/\*([^*]+)\*/g, '$1').trim();

/**
 * The text under each numbered heading, as paragraphs and list items ("• …"). A section ends at the
 * next heading, or after its "Bespreek:"/"Discuss:" list (what follows the last point closes the page).
 */
export function numberedSections(lang: Lang, slug: string, root?: string): { label: string; text: string[] }[] {
  const body = readFileSync(pageFile(lang, slug, root), 'utf8');
  const parts = body.split(/^## /m).slice(1).filter((p) => /^\d+\. /.test(p));
  return parts.map((part) => {
    const [heading, ...rest] = part.split('\n');
    const blocks = rest.join('\n').split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
    const text: string[] = [];
    let afterDiscuss = false;
    for (const block of blocks) {
      if (afterDiscuss && !block.startsWith('- ')) break;
      if (/^\*\*[^*]+:\*\*/.test(block)) afterDiscuss = true;
      for (const line of block.split('\n')) {
        const item = /^- (.*)$/.exec(line);
        text.push(item ? `• ${plainText(item[1]!)}` : plainText(line));
      }
    }
    return { label: heading!.trim(), text };
  });
}

/** The fields of a job-aid `fields` block: listed in the block, or one per numbered heading of a page. */
export function jobAidFields(block: Extract<JobAidBlock, { kind: 'fields' }>, lang: Lang, root?: string): { label: string; lines: number; text?: string[] }[] {
  if (block.fields) return block.fields;
  const { page, lines, text, first = 1, last = Infinity } = block.fromPage!;
  const sections = numberedSections(lang, page, root);
  if (sections.length === 0) throw new Error(`job-aid fields take their labels from page "${page}" (${lang}), which has no numbered "## 1. …" headings`);
  return sections
    .filter((_, i) => i + 1 >= first && i + 1 <= last)
    .map((s) => ({ label: s.label, lines, ...(text ? { text: s.text } : {}) }));
}
