/**
 * Every job-aid of a language: the sheets written as content (src/content/jobaids) and one sheet
 * per method. Each knows its id, title and how to lay itself out on a page of a given size.
 */
import { langBase, siteUrl } from '../../../src/config.ts';
import { loadData, loadMethods } from '../../../src/lib/contentFiles.ts';
import { jobAidSchema } from '../../../src/schemas/collections.ts';
import type { KitContext } from '../context.ts';
import { methodPermalink } from '../decks/methods.ts';
import type { El } from '../render/el.ts';
import { renderBlock } from './blocks.ts';
import { methodJobAidBody, methodJobAidId } from './method.ts';
import { jobAidPage } from './parts.ts';

export interface JobAid {
  id: string;
  title: string;
  /** Lays the job-aid out on a content box of this size (points). */
  page(width: number, height: number): El;
}

const bare = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');

export function jobAids(ctx: KitContext): JobAid[] {
  /** A job-aid is one page: a heading block, the body and the URL it comes from. */
  const jobAid = (id: string, title: string, heading: string, intro: string, body: () => El[], url: string): JobAid => ({
    id,
    title,
    page: (width, height) => jobAidPage({ ctx, width, height, title: heading, intro, body: body(), url: bare(url) }),
  });
  const fromContent = loadData('jobaids', ctx.lang, jobAidSchema, ctx.root).map((entry) =>
    jobAid(entry.id, entry.title, entry.title, entry.intro, () => entry.blocks.map((b, i) => renderBlock(ctx, b, i)), `${siteUrl}${langBase(ctx.lang)}`),
  );
  const perMethod = loadMethods(ctx.lang, ctx.root).map((entry) =>
    jobAid(
      methodJobAidId(entry.method.id),
      ctx.t('kit.jobAid.methodTitle', { method: entry.title }),
      entry.title,
      entry.method.summary,
      () => methodJobAidBody(ctx, entry),
      methodPermalink(ctx.lang, entry.method.id),
    ),
  );
  return [...fromContent, ...perMethod];
}
