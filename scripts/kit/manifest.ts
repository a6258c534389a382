/**
 * dist/kit/manifest.json: the contract between the kit and the site. Site pages read it at build
 * time to link and describe every file (src/lib/kitManifest.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { langs, type Lang } from '../../src/config.ts';
import { deckSets } from './theme.ts';

export interface ManifestFile {
  /** Relative to dist/kit, e.g. "nl/cards-methods-home-a4.pdf". */
  file: string;
  lang: Lang;
  kind: 'cards' | 'job-aid';
  /** A deck name for cards, the job-aid's id for job-aids. */
  set: string;
  paper: 'a4' | 'letter' | 'card';
  layout: 'home' | 'shop' | 'page';
  pages: number;
  bytes: number;
  sha256: string;
  title: string;
  /** Cards: the 1-based page of each card's front (for deep links such as #page=3). */
  items?: { id: string; page: number }[];
  /** PNG of the first card or page, relative to dist/kit, and its alt text. */
  preview?: string;
  previewAlt?: string;
}

export interface Manifest {
  files: ManifestFile[];
}

export const manifestName = 'manifest.json';

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const rank = (f: ManifestFile) => [
  langs.indexOf(f.lang),
  f.kind === 'cards' ? 0 : 1,
  f.kind === 'cards' ? deckSets.indexOf(f.set as never) : 0,
];

/** Stable order: language, cards before job-aids, decks in kit order, then by file name. */
export function sortFiles(files: ManifestFile[]): ManifestFile[] {
  return [...files].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
    return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  });
}

export function readManifest(dir: string): Manifest {
  const file = join(dir, manifestName);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Manifest) : { files: [] };
}

/** Writes the manifest; a partial build replaces only the entries it rebuilt. */
export function writeManifest(dir: string, files: ManifestFile[], merge: boolean): Manifest {
  const kept = merge ? readManifest(dir).files.filter((f) => !files.some((n) => n.file === f.file)) : [];
  const manifest: Manifest = { files: sortFiles([...kept, ...files]) };
  writeFileSync(join(dir, manifestName), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}
