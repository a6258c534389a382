/**
 * Builds the kit: for each language, every deck in every sheet layout and every job-aid on every
 * paper, plus PNG previews and the manifest. build.ts is the command line around this.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { langs, type Lang } from '../../src/config.ts';
import { deckPdf, renderDeck } from './cardDeck.ts';
import { kitContext } from './context.ts';
import { decks } from './decks/index.ts';
import { sha256, writeManifest, type Manifest, type ManifestFile } from './manifest.ts';
import { sheetLayouts } from './paper.ts';

export interface KitOptions {
  out: string;
  langs?: Lang[];
  /** Deck names or job-aid ids; all when empty. */
  sets?: string[];
  kinds?: ManifestFile['kind'][];
  /** Content root (tests use fixtures); defaults to the project. */
  root?: string;
  log?: (line: string) => void;
}

export interface KitResult {
  manifest: Manifest;
  rows: { file: string; pages: number; bytes: number; ms: number }[];
  ms: number;
}

export const cardFileName = (lang: Lang, set: string, layout: { layout: string; paper: string }): string =>
  `${lang}/cards-${set}-${layout.layout}${layout.paper === 'card' ? '' : `-${layout.paper}`}.pdf`;

export async function buildKit(options: KitOptions): Promise<KitResult> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const partial = Boolean(options.langs?.length || options.sets?.length || options.kinds?.length);
  if (!partial) rmSync(options.out, { recursive: true, force: true });
  const wanted = (kind: ManifestFile['kind'], set: string) =>
    (!options.kinds?.length || options.kinds.includes(kind)) && (!options.sets?.length || options.sets.includes(set));

  const files: ManifestFile[] = [];
  const rows: KitResult['rows'] = [];
  const write = (entry: Omit<ManifestFile, 'bytes' | 'sha256'>, bytes: Uint8Array, ms: number) => {
    mkdirSync(join(options.out, entry.lang), { recursive: true });
    writeFileSync(join(options.out, entry.file), bytes);
    files.push({ ...entry, bytes: bytes.length, sha256: sha256(bytes) });
    rows.push({ file: entry.file, pages: entry.pages, bytes: bytes.length, ms });
    log(`  ${entry.file}  ${entry.pages} p  ${(bytes.length / 1024).toFixed(0)} KB  ${ms.toFixed(0)} ms`);
  };

  for (const lang of options.langs?.length ? options.langs : langs) {
    const ctx = kitContext(lang, options.root);
    for (const deck of decks) {
      if (!wanted('cards', deck.set)) continue;
      const t0 = performance.now();
      const cards = await renderDeck(ctx, deck);
      log(`${lang} ${deck.set}: ${cards.length} card(s) laid out in ${(performance.now() - t0).toFixed(0)} ms`);
      if (!cards.length) continue;
      for (const layout of sheetLayouts) {
        const t1 = performance.now();
        const pdf = await deckPdf(ctx, deck.set, cards, layout);
        const file = cardFileName(lang, deck.set, layout);
        write(
          { file, lang, kind: 'cards', set: deck.set, paper: layout.paper, layout: layout.layout, pages: pdf.pages, title: pdf.title, items: pdf.items },
          pdf.bytes,
          performance.now() - t1,
        );
      }
    }
  }
  mkdirSync(options.out, { recursive: true });
  const manifest = writeManifest(options.out, files, partial);
  return { manifest, rows, ms: performance.now() - started };
}
