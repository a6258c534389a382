/**
 * Headings that components render from data (method sections, pitfalls, tips, roles, the question
 * bank) are not Markdown, so Starlight's table of contents misses them. These helpers put them in,
 * at the place where the component stands among the page's own headings.
 */
import type { MarkdownHeading } from 'astro';
import type { Lang } from '../config.ts';
import type { DataCollection } from '../schemas/collections.ts';
import { loadData, type DataEntry } from './content/load.ts';

export interface TocItem {
  depth: number;
  slug: string;
  text: string;
  children: TocItem[];
}

/** A list component's headings: one per entry of its collection, at the level the component gives them. */
const list = <N extends DataCollection>(collection: N, depth: number, text: (entry: DataEntry<N>) => string) => ({
  depth,
  headings: (lang: Lang) => loadData(collection, lang).map((entry) => ({ depth, slug: entry.id, text: text(entry) })),
});

/** The list components used in MDX, each with the collection it renders and its entries' heading. */
export const listComponents = {
  PitfallList: list('pitfalls', 2, (e) => e.title),
  TipList: list('tips', 2, (e) => e.title),
  RoleList: list('roles', 2, (e) => e.name),
  QuestionBank: list('questions', 3, (e) => e.name),
  AvoidList: list('avoid', 3, (e) => e.name),
};
export type ListComponent = keyof typeof listComponents;

/** Where each list component stands: the number of Markdown headings (within the ToC levels) before it. */
export function listPlacements(body: string, minLevel: number, maxLevel: number): { tag: ListComponent; after: number }[] {
  const placements: { tag: ListComponent; after: number }[] = [];
  let headings = 0;
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const heading = /^(#{1,6})\s/.exec(line);
    if (heading && heading[1]!.length >= minLevel && heading[1]!.length <= maxLevel) headings++;
    for (const tag of Object.keys(listComponents) as ListComponent[]) {
      if (new RegExp(`<${tag}[\\s/>]`).test(line)) placements.push({ tag, after: headings });
    }
  }
  return placements;
}

/** Starlight's nesting rule: an item goes under the last item of a lower depth. */
export function nestToc(overview: TocItem, flat: MarkdownHeading[]): TocItem[] {
  const toc: TocItem[] = [{ ...overview, children: [] }];
  const inject = (items: TocItem[], item: TocItem): void => {
    const last = items.at(-1);
    if (!last || last.depth >= item.depth) items.push(item);
    else inject(last.children, item);
  };
  for (const h of flat) inject(toc, { depth: h.depth, slug: h.slug, text: h.text, children: [] });
  return toc;
}
