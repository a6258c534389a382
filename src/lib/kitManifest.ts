/**
 * The print kit's manifest (written by scripts/kit into public/kit/, copied to dist/kit/): what the
 * site links to. Read from disk at build time; empty when the kit has not been built (astro dev).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sheetLayouts, stringValues, type PageLayout, type SheetLayout } from '../../scripts/kit/paper.ts';
import { withBase, type Lang } from '../config.ts';

export interface KitFile {
  /** Relative to dist/kit (and the URL path /kit/), e.g. "nl/cards-methods-home-a4.pdf". */
  file: string;
  lang: Lang;
  /** `starter`: one file per language and paper with the decks and sheets a new group needs first. */
  kind: 'cards' | 'job-aid' | 'starter';
  /** A deck name for cards, the job-aid's id for job-aids. */
  set: string;
  /** From the paper table (scripts/kit/paper.ts): a paper size, or 'card' for the print shop file. */
  paper: SheetLayout['paper'] | PageLayout['paper'];
  /** A sheet layout's name for cards; job-aids are a `page`, the starter kit a `bundle`. */
  layout: SheetLayout['name'] | 'page' | 'bundle';
  pages: number;
  bytes: number;
  sha256: string;
  /** The PDF's title, e.g. "Methodekaarten – thuis printen, A4". */
  title: string;
  /** What the set is called: the deck's or the job-aid's name in the file's language. */
  name: string;
  /** Cards: the 1-based page of each card's front (for deep links such as #page=3). */
  items?: { id: string; page: number }[];
  /** PNG of the first card or page, relative to dist/kit, with its size and alt text. */
  preview?: string;
  previewSize?: [number, number];
  previewAlt?: string;
}

export interface KitManifest {
  files: KitFile[];
}

/** Where the kit is written before astro copies it to dist/kit/. */
export const kitSourceDir = 'public/kit';
export const kitUrl = (file: string): string => withBase(`/kit/${file}`);

/**
 * The numbers the downloads table's words for a file's paper and layout name ({{perSheet}} per sheet,
 * {{width}} × {{height}} mm), read from the layout table rather than typed into the UI strings.
 */
export function kitFileValues(f: KitFile): Record<string, number> {
  return stringValues(sheetLayouts.find((l) => l.name === f.layout && l.paper === f.paper));
}

/** Job-aid id of a method's sheet (scripts/kit/jobAids/method.ts). */
export const methodJobAidId = (id: string): string => `method-${id}`;

let cached: KitFile[] | undefined;

export function kitFiles(root = process.cwd()): KitFile[] {
  if (cached) return cached;
  const file = join(root, kitSourceDir, 'manifest.json');
  cached = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as KitManifest).files : [];
  return cached;
}

/** A method's card (inside the methods deck files) and its job-aid, in one language. */
export function methodKitFiles(id: string, lang?: Lang): { file: KitFile; page?: number }[] {
  return kitFiles()
    .filter((f) => !lang || f.lang === lang)
    .flatMap((f) => {
      if (f.kind === 'job-aid' && f.set === methodJobAidId(id)) return [{ file: f }];
      const item = f.kind === 'cards' && f.set === 'methods' ? f.items?.find((i) => i.id === id) : undefined;
      return item ? [{ file: f, page: item.page }] : [];
    });
}
