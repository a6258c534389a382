/**
 * Every job-aid of a language: the sheets written as content (src/content/jobaids) and one sheet
 * per method. Each knows its id, title and how to lay itself out on a page of a given size.
 */
import { langBase, siteUrl } from '../../../src/config.ts';
import { loadData, loadMethods } from '../../../src/lib/content/load.ts';
import type { JobAidBlock } from '../../../src/schemas/collections.ts';
import { methodJobAidId } from '../../../src/lib/kitManifest.ts';
import type { KitContext } from '../context.ts';
import { bareUrl, methodPermalink } from '../links.ts';
import type { El } from '../render/el.ts';
import { renderBlock } from './blocks.ts';
import { duplexTestPages } from './duplexTest.ts';
import { methodJobAidBody } from './method.ts';
import { jobAidPage } from './pageElements.ts';

export interface JobAid {
  id: string;
  title: string;
  /** Lays the job-aid out on a content box of this size (points), one El per page. */
  pages(width: number, height: number): El[];
}

export function jobAids(ctx: KitContext): JobAid[] {
  /** A job-aid is one page: a heading block, the body and the URL it comes from. */
  const jobAid = (id: string, title: string, heading: string, intro: string, body: () => El[][], url: string): JobAid => ({
    id,
    title,
    // Later pages repeat the title and say they continue it, instead of the introduction.
    pages: (width, height) =>
      body().map((blocks, n, all) =>
        jobAidPage({ ctx, width, height, title: heading, intro: n === 0 ? intro : ctx.t('kit.jobAid.continued', { page: n + 1, pages: all.length }), body: blocks, url: bareUrl(url) }),
      ),
  });
  /** Blocks in pages, split at page breaks (block keys keep their place in the whole list). */
  const paged = (blocks: JobAidBlock[]): El[][] => {
    const pages: El[][] = [[]];
    blocks.forEach((b, i) => (b.kind === 'page-break' ? pages.push([]) : pages.at(-1)!.push(renderBlock(ctx, b, i))));
    return pages;
  };
  const fromContent = loadData('jobaids', ctx.lang, ctx.root).map((entry) =>
    jobAid(entry.id, entry.title, entry.title, entry.intro, () => paged(entry.blocks), `${siteUrl}${langBase(ctx.lang)}`),
  );
  const perMethod = loadMethods(ctx.lang, ctx.root).map((entry) =>
    jobAid(
      methodJobAidId(entry.method.id),
      ctx.t('kit.jobAid.methodTitle', { method: entry.title }),
      entry.title,
      entry.method.summary,
      () => [methodJobAidBody(ctx, entry)],
      methodPermalink(ctx.lang, entry.method.id),
    ),
  );
  const duplexTest: JobAid = {
    id: 'duplex-test',
    title: ctx.t('kit.duplexTest.title'),
    pages: (width, height) => duplexTestPages(ctx, width, height, bareUrl(`${siteUrl}${langBase(ctx.lang)}`)),
  };
  return [...fromContent, ...perMethod, duplexTest];
}
