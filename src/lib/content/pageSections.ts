/**
 * Text a printed job-aid takes from a page: the numbered level-2 headings (`## 1. Vertrouwelijkheid`)
 * and what is written under them, so a form that mirrors a page never repeats its words.
 */
import type { Lang } from '../../config.ts';
import type { JobAidBlock } from '../../schemas/collections.ts';
import { pageFile } from './files.ts';
import { readPage } from './parse.ts';

const pageBody = (lang: Lang, slug: string, root?: string) => readPage(pageFile(lang, slug, root)).body;

/** The numbered level-2 headings of a page, in page order. */
export function numberedHeadings(lang: Lang, slug: string, root?: string): string[] {
  return [...pageBody(lang, slug, root).matchAll(/^## (\d+\. .+?)\s*$/gm)].map((m) => m[1]!);
}

/** Markdown inline syntax a printed sheet cannot show: links keep their words, emphasis its text. */
const plainText = (md: string) => md.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').replace(/\*\*([^*]+)\*\*/g, '$1').replace(/\*([^*]+)\*/g, '$1').trim();

/**
 * The text under each numbered heading, as paragraphs and list items ("• …"). A section ends at the
 * next heading, or after its "Bespreek:"/"Discuss:" list (what follows the last point closes the page).
 */
export function numberedSections(lang: Lang, slug: string, root?: string): { label: string; text: string[] }[] {
  const parts = pageBody(lang, slug, root).split(/^## /m).slice(1).filter((p) => /^\d+\. /.test(p));
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
