/**
 * Builds the kit: for each language, every deck in every sheet layout and every job-aid on every
 * paper, plus PNG previews and the manifest. Languages are built in parallel worker threads (one
 * per core, up to one per language); build.ts is the command line around this.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { Duplex, PDFDocument, PrintScaling } from 'pdf-lib';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { langs, type Lang } from '../../src/config.ts';
import { checkContentContract } from '../../src/lib/contentContract.ts';
import type { KitFile, KitManifest } from '../../src/lib/kitManifest.ts';
import { deckPdf, renderDeck } from './cardDeck.ts';
import { kitContext, type KitContext } from './context.ts';
import { decks, type DeckId } from './decks/index.ts';
import { FitError } from './fit.ts';
import { jobAidPdf, renderJobAid } from './jobAidPdf.ts';
import { jobAids } from './jobAids/index.ts';
import { sha256, writeManifest } from './manifest.ts';
import { artworkBleed, card, pageLayouts, papers, sheetLayouts, stringValues, type PaperId, type SheetLayout } from './paper.ts';
import { createKitDocument, saveKitDocument } from './render/pdfDoc.ts';
import { opsToSvg, svgToPng } from './render/png.ts';
import { mmToPt } from './units.ts';

export interface KitOptions {
  out: string;
  langs?: Lang[];
  /** Deck ids or job-aid ids (the manifest's `set`); all when empty. */
  sets?: string[];
  kinds?: KitFile['kind'][];
  /** Content root (tests use fixtures); defaults to the project. */
  root?: string;
  /** Worker threads; defaults to one per language, at most one per core. 1 builds in this thread. */
  workers?: number;
  log?: (line: string) => void;
}

export interface KitRow {
  file: string;
  pages: number;
  bytes: number;
  ms: number;
}

export interface KitResult {
  manifest: KitManifest;
  rows: KitRow[];
  ms: number;
}

export const cardFileName = (lang: Lang, deck: string, layout: Pick<SheetLayout, 'fileTag'>): string => `${lang}/cards-${deck}-${layout.fileTag}.pdf`;

export const jobAidFileName = (lang: Lang, id: string, paper: string): string => `${lang}/job-aid-${id}-${paper}.pdf`;

export const previewsDir = 'previews';

/** Preview widths in pixels: about twice the size the downloads page shows them at. */
const previewWidth = { card: 300, page: 420 };
const previewSize = (widthPx: number, wPt: number, hPt: number): [number, number] => [widthPx, Math.round((widthPx * hPt) / wPt)];

type LanguageOptions = Omit<KitOptions, 'langs' | 'workers' | 'log'>;

/** Everything for one language: PDFs and previews written to disk, manifest entries returned. */
export async function buildLanguage(lang: Lang, options: LanguageOptions, log: (line: string) => void = () => {}): Promise<{ files: KitFile[]; rows: KitRow[] }> {
  const wanted = (kind: KitFile['kind'], set: string) =>
    (!options.kinds?.length || options.kinds.includes(kind)) && (!options.sets?.length || options.sets.includes(set));
  const files: KitFile[] = [];
  const rows: KitRow[] = [];
  mkdirSync(join(options.out, lang), { recursive: true });
  mkdirSync(join(options.out, previewsDir), { recursive: true });
  const write = (entry: Omit<KitFile, 'bytes' | 'sha256'>, bytes: Uint8Array, ms: number) => {
    writeFileSync(join(options.out, entry.file), bytes);
    files.push({ ...entry, bytes: bytes.length, sha256: sha256(bytes) });
    rows.push({ file: entry.file, pages: entry.pages, bytes: bytes.length, ms });
    log(`  ${entry.file}  ${entry.pages} p  ${(bytes.length / 1024).toFixed(0)} KB  ${ms.toFixed(0)} ms`);
  };
  const preview = (name: string, svg: string, width: number) => {
    const file = `${previewsDir}/${name}.png`;
    writeFileSync(join(options.out, file), svgToPng(svg, width));
    return file;
  };

  const ctx = kitContext(lang, options.root);
  const allAids = jobAids(ctx);
  const unknown = (options.sets ?? []).filter((set) => !decks.some((d) => d.id === set) && !allAids.some((a) => a.id === set));
  if (unknown.length) throw new Error(`No deck or job-aid is called ${unknown.map((u) => `"${u}"`).join(', ')} (decks: ${decks.map((d) => d.id).join(', ')})`);
  for (const deck of decks) {
    if (!wanted('cards', deck.id)) continue;
    const t0 = performance.now();
    const cards = await renderDeck(ctx, deck);
    log(`${lang} ${deck.id}: ${cards.length} card(s) laid out in ${(performance.now() - t0).toFixed(0)} ms`);
    // An empty deck would leave its files out of the kit without a word.
    if (!cards.length) throw new Error(`Deck "${deck.id}" has no cards in ${lang}: check its content or take it out of decks/index.ts`);
    // The first card's front, trimmed as it will look after cutting.
    const b = mmToPt(artworkBleed);
    const first = cards[0]!;
    const shown = {
      preview: preview(`${lang}-cards-${deck.id}`, opsToSvg(first.front.ops, { x: b, y: b, w: mmToPt(card.width), h: mmToPt(card.height) }), previewWidth.card),
      previewSize: previewSize(previewWidth.card, card.width, card.height),
      previewAlt: ctx.t('kit.preview.card', { deck: ctx.t(`kit.deckTitle.${deck.id}`), name: first.name }),
    };
    for (const layout of sheetLayouts) {
      const t1 = performance.now();
      const pdf = await deckPdf(ctx, deck, cards, layout);
      write(
        { file: cardFileName(lang, deck.id, layout), lang, kind: 'cards', set: deck.id, paper: layout.paper, layout: layout.name, pages: pdf.pages, title: pdf.title, name: ctx.t(`kit.deckTitle.${deck.id}`), items: pdf.items, ...shown },
        pdf.bytes,
        performance.now() - t1,
      );
    }
  }

  const aids = allAids.filter((aid) => wanted('job-aid', aid.id));
  if (aids.length) log(`${lang} job-aids: ${aids.length}`);
  for (const aid of aids) {
    let shown: Pick<KitFile, 'preview' | 'previewSize' | 'previewAlt'> | undefined;
    for (const layout of pageLayouts) {
      const t1 = performance.now();
      const surfaces = await renderJobAid(ctx, aid, layout);
      const surface = surfaces[0]!;
      const pdf = await jobAidPdf(ctx, aid, layout, surfaces);
      if (!shown) {
        const paper = papers[layout.paper];
        const m = mmToPt(layout.margin);
        shown = {
          preview: preview(`${lang}-job-aid-${aid.id}`, opsToSvg(surface.ops, { x: 0, y: 0, w: mmToPt(paper.width), h: mmToPt(paper.height) }, { x: m, y: m }), previewWidth.page),
          previewSize: previewSize(previewWidth.page, paper.width, paper.height),
          previewAlt: ctx.t('kit.preview.page', { title: aid.title }),
        };
      }
      write(
        { file: jobAidFileName(lang, aid.id, layout.paper), lang, kind: 'job-aid', set: aid.id, paper: layout.paper, layout: 'page', pages: surfaces.length, title: pdf.title, name: aid.title, ...shown },
        pdf.bytes,
        performance.now() - t1,
      );
    }
  }
  // The starter kit: only from a full build of this language, so every part is fresh.
  const full = !options.kinds?.length && !options.sets?.length;
  if (full)
    for (const layout of pageLayouts) {
      const t1 = performance.now();
      const home = sheetLayouts.find((l) => l.name === 'home' && l.paper === layout.paper)!;
      const parts = starterParts.map((p) => (p.kind === 'cards' ? cardFileName(lang, p.set, home) : jobAidFileName(lang, p.set, layout.paper)));
      const pdf = await starterKitPdf(ctx, layout.paper, parts.map((f) => readFileSync(join(options.out, f))));
      write(
        // Shown with the first method card, the kit's first page.
        { file: `${lang}/starter-kit-${layout.paper}.pdf`, lang, kind: 'starter', set: 'starter', paper: layout.paper, layout: 'bundle', pages: pdf.pages, title: pdf.title, name: ctx.t('kit.starter.name'), ...previewOf(files.find((f) => f.set === 'methods')) },
        pdf.bytes,
        performance.now() - t1,
      );
    }
  return { files, rows };
}

const previewOf = (f: KitFile | undefined) => (f?.preview ? { preview: f.preview, previewSize: f.previewSize!, previewAlt: f.previewAlt! } : {});

/** What a new group needs first, in print order. */
const starterParts: readonly ({ kind: 'cards'; set: DeckId } | { kind: 'job-aid'; set: string })[] = [
  { kind: 'cards', set: 'methods' },
  { kind: 'cards', set: 'roles' },
  { kind: 'cards', set: 'questions' },
  { kind: 'job-aid', set: 'session-agenda' },
  { kind: 'job-aid', set: 'group-contract' },
];

/**
 * The parts one after another, each padded to an even page count so that, printed double-sided,
 * every part starts on a new sheet and every card back stays behind its front.
 */
async function starterKitPdf(ctx: KitContext, paper: PaperId, parts: Uint8Array[]): Promise<{ bytes: Uint8Array; pages: number; title: string }> {
  const title = ctx.t('kit.starter.title', { paper: ctx.t(`kit.paper.${paper}`, stringValues()) });
  const kit = await createKitDocument({ title, subject: ctx.t('kit.starter.name'), lang: ctx.lang, keywords: ['intervisie', 'starter', paper] });
  const prefs = kit.doc.catalog.getOrCreateViewerPreferences();
  prefs.setPrintScaling(PrintScaling.None);
  prefs.setDuplex(Duplex.DuplexFlipLongEdge);
  for (const bytes of parts) {
    const src = await PDFDocument.load(bytes);
    const pages = await kit.doc.copyPages(src, src.getPageIndices());
    for (const page of pages) kit.doc.addPage(page);
    if (pages.length % 2) kit.doc.addPage([mmToPt(papers[paper].width), mmToPt(papers[paper].height)]);
  }
  return { bytes: await saveKitDocument(kit.doc), pages: kit.doc.getPageCount(), title };
}

type WorkerMessage =
  | { type: 'log'; line: string }
  | { type: 'done'; files: KitFile[]; rows: KitRow[] }
  | { type: 'error'; name: string; message: string };

function inWorker(lang: Lang, options: LanguageOptions, log: (line: string) => void): Promise<{ files: KitFile[]; rows: KitRow[] }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./kitWorker.ts', import.meta.url), { workerData: { lang, options } });
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'log') log(m.line);
      else if (m.type === 'done') resolve({ files: m.files, rows: m.rows });
      else reject(m.name === 'FitError' ? new FitError(m.message) : new Error(m.message));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => code !== 0 && reject(new Error(`Kit worker for ${lang} stopped with code ${code}`)));
  });
}

/** Content that breaks the contract (src/lib/contentContract.ts): every problem of the build, one per line. */
export class ContentError extends Error {
  override name = 'ContentError';
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The content breaks ${problems.length} rule(s):\n- ${problems.join('\n- ')}`);
    this.problems = problems;
  }
}

export async function buildKit(options: KitOptions): Promise<KitResult> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  // Bad content stops the build once, with every problem, before a single PDF is laid out.
  const problems = checkContentContract(options.root);
  if (problems.length) throw new ContentError(problems);

  const partial = Boolean(options.langs?.length || options.sets?.length || options.kinds?.length);
  // Everything is written to a fresh folder next to the output and moved into place only when the
  // whole build succeeded: a failed build never leaves a half-written kit behind.
  const staging = join(dirname(options.out), `.${basename(options.out)}.building-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const chosen = options.langs?.length ? options.langs : langs;
  const workers = Math.min(options.workers ?? availableParallelism(), chosen.length);
  const { langs: _l, workers: _w, log: _log, ...rest } = options;
  const languageOptions = { ...rest, out: staging };

  let results: { files: KitFile[]; rows: KitRow[] }[];
  try {
    results =
      workers > 1
        ? await Promise.all(chosen.map((lang) => inWorker(lang, languageOptions, log)))
        : await chosen.reduce(
            async (done, lang) => [...(await done), await buildLanguage(lang, languageOptions, log)],
            Promise.resolve([] as { files: KitFile[]; rows: KitRow[] }[]),
          );
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  const manifest = writeManifest(staging, results.flatMap((r) => r.files), partial ? options.out : undefined);
  if (partial && existsSync(options.out)) {
    cpSync(staging, options.out, { recursive: true });
    rmSync(staging, { recursive: true, force: true });
  } else {
    rmSync(options.out, { recursive: true, force: true });
    mkdirSync(dirname(options.out), { recursive: true });
    renameSync(staging, options.out);
  }
  return { manifest, rows: results.flatMap((r) => r.rows), ms: performance.now() - started };
}
