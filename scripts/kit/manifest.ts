/**
 * dist/kit/manifest.json: the contract between the kit and the site. Its shape is defined next to
 * the site code that reads it (src/lib/kitManifest.ts); this module writes it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { langs } from '../../src/config.ts';
import type { KitFile, KitManifest } from '../../src/lib/kitManifest.ts';
import { decks } from './decks/index.ts';

export const manifestName = 'manifest.json';

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const deckOrder = new Map<string, number>(decks.map((d, i) => [d.id, i]));

const rank = (f: KitFile) => [langs.indexOf(f.lang), f.kind === 'cards' ? 0 : 1, f.kind === 'cards' ? (deckOrder.get(f.set) ?? -1) : 0];

/** Stable order: language, cards before job-aids, decks in kit order, then by file name. */
export function sortFiles(files: KitFile[]): KitFile[] {
  return [...files].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
    return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  });
}

export function readManifest(dir: string): KitManifest {
  const file = join(dir, manifestName);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as KitManifest) : { files: [] };
}

/** Writes the manifest; a partial build keeps the entries of `mergeFrom` it did not rebuild. */
export function writeManifest(dir: string, files: KitFile[], mergeFrom?: string): KitManifest {
  const kept = mergeFrom ? readManifest(mergeFrom).files.filter((f) => !files.some((n) => n.file === f.file)) : [];
  const manifest: KitManifest = { files: sortFiles([...kept, ...files]) };
  writeFileSync(join(dir, manifestName), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}
