/**
 * Opens the PDFs a clean build produces and checks what a printer, a PDF reader and a screen reader
 * would see: page sizes and boxes, metadata, embedded font subsets, extractable text equal to the
 * content, every word inside its safe area, backs behind fronts, byte-identical rebuilds and speed.
 * Papers, layouts and decks come from their tables (scripts/kit/paper.ts, decks/index.ts).
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { languages, publisher, type Lang } from '../../src/config.ts';
import { loadData, loadMethods } from '../../src/lib/content/load.ts';
import { jobAidFields } from '../../src/lib/content/pageSections.ts';
import type { KitFile } from '../../src/lib/kitManifest.ts';
import { decks } from '../../scripts/kit/decks/index.ts';
import { cells, gridRect, infoSpans, pageBoxes } from '../../scripts/kit/imposeSheet.ts';
import { buildKit, cardFileName, type KitResult } from '../../scripts/kit/kit.ts';
import { artworkBleed, card, pageLayouts, papers, perSheet, sheetLayouts } from '../../scripts/kit/paper.ts';
import { mmToPt } from '../../scripts/kit/units.ts';
import { boxes, fonts, normalise, pageCount, pageTexts, words } from './support/poppler.ts';

const pt = mmToPt;
const tolerance = 0.5; // points: layout grid plus poppler's rounding of glyph boxes
/** Home printers cannot print closer to the paper edge than this (mm). */
const printable = 5;
/** The language of the second, smaller build that checks determinism (the one with ĳ, ë, é…). */
const rebuilt: Lang = 'nl';

let dir = '';
let again = '';
let first: KitResult;
let second: KitResult;
let cpuSeconds = 0;
let wallSeconds = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kit-a-'));
  again = mkdtempSync(join(tmpdir(), 'kit-b-'));
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  first = await buildKit({ out: dir });
  wallSeconds = (performance.now() - t0) / 1000;
  const used = process.cpuUsage(cpu);
  cpuSeconds = (used.user + used.system) / 1e6;
  // One language, in this thread instead of a worker: half the time, and a file that depends on
  // timing, threads or the other language's build still differs.
  second = await buildKit({ out: again, langs: [rebuilt] });
}, 600_000);

afterAll(() => {
  for (const d of [dir, again]) if (d) rmSync(d, { recursive: true, force: true });
});

const files = () => first.manifest.files;
const path = (f: KitFile) => join(dir, f.file);
/** The sheet layout a card file was made with. */
const sheetLayoutOf = (f: KitFile) => sheetLayouts.find((l) => l.name === f.layout && l.paper === f.paper)!;
const find = (lang: Lang, set: string, layout: string, paper: string) => files().find((f) => f.lang === lang && f.set === set && f.layout === layout && f.paper === paper);
const langsBuilt = languages.map((l) => l.lang);

describe('manifest', () => {
  it('lists every PDF with the contract fields, and the numbers are true', () => {
    expect(files().length).toBeGreaterThan(0);
    for (const f of files()) {
      expect(langsBuilt).toContain(f.lang);
      expect(f.file).toMatch(new RegExp(`^${f.lang}/[a-z0-9-]+\\.pdf$`));
      expect(['cards', 'job-aid', 'starter']).toContain(f.kind);
      const made = f.kind === 'cards' ? sheetLayouts.map((l) => [l.name, l.paper]) : pageLayouts.map((l) => [f.kind === 'starter' ? 'bundle' : 'page', l.paper]);
      expect(made).toContainEqual([f.layout, f.paper]);
      const bytes = readFileSync(path(f));
      expect(f.bytes).toBe(bytes.length);
      expect(f.pages).toBe(pageCount(path(f)));
      expect(f.title.length).toBeGreaterThan(5);
      expect(f.preview && existsSync(join(dir, f.preview))).toBe(true);
    }
    const onDisk = langsBuilt.flatMap((l) => readdirSync(join(dir, l)).map((n) => `${l}/${n}`)).sort();
    expect(onDisk).toEqual(files().map((f) => f.file).sort());
  });

  it('has every deck in every sheet layout, and every job-aid and the starter kit on every paper', () => {
    for (const lang of langsBuilt) {
      for (const deck of decks)
        expect(files().filter((f) => f.lang === lang && f.kind === 'cards' && f.set === deck.id).map((f) => f.file).sort(), `${lang} ${deck.id}`).toEqual(
          sheetLayouts.map((l) => cardFileName(lang, deck.id, l)).sort(),
        );
      expect(files().filter((f) => f.lang === lang && f.kind === 'starter').map((f) => f.paper).sort()).toEqual(pageLayouts.map((p) => p.paper).sort());
      const aids = loadData('jobaids', lang).map((a) => a.id);
      const methodAids = loadMethods(lang).map((m) => `method-${m.method.id}`);
      for (const id of [...aids, ...methodAids])
        expect(files().filter((f) => f.lang === lang && f.set === id).map((f) => f.paper).sort()).toEqual(pageLayouts.map((p) => p.paper).sort());
    }
  });
});

describe('determinism', () => {
  it(`gives byte-identical files, previews and manifest entries on a second clean build (${rebuilt})`, () => {
    const own = files().filter((f) => f.lang === rebuilt);
    expect(own.length).toBeGreaterThan(0);
    expect(second.manifest.files).toEqual(own);
    for (const f of own) expect(readFileSync(join(again, f.file)).equals(readFileSync(path(f))), f.file).toBe(true);
    const previews = readdirSync(join(again, 'previews'));
    expect(previews.sort()).toEqual(readdirSync(join(dir, 'previews')).filter((n) => n.startsWith(`${rebuilt}-`)).sort());
    for (const name of previews) expect(readFileSync(join(again, 'previews', name)).equals(readFileSync(join(dir, 'previews', name))), name).toBe(true);
  });
});

describe('pages and boxes', () => {
  /** Width and height in mm of a file's pages: its sheet layout's sheet, or its paper. */
  const sheetOf = (f: KitFile) => (f.kind === 'cards' ? sheetLayoutOf(f).sheet : papers[pageLayouts.find((l) => l.paper === f.paper)!.paper]);

  it('uses the right paper for every page', () => {
    for (const f of files()) {
      const sheet = sheetOf(f);
      for (const b of boxes(path(f), f.pages)) {
        expect(b.media[2]).toBeCloseTo(pt(sheet.width), 1);
        expect(b.media[3]).toBeCloseTo(pt(sheet.height), 1);
      }
    }
  });

  it('writes the imposition\'s TrimBox and BleedBox on every page of a layout that asks for them', () => {
    const shopFiles = files().filter((f) => f.kind === 'cards' && sheetLayoutOf(f).pageBoxes);
    expect(shopFiles.length).toBeGreaterThan(0);
    for (const f of shopFiles) {
      const layout = sheetLayoutOf(f);
      const wanted = pageBoxes(layout)!;
      // Sheet millimetres (y down) → PDF points (y up), as poppler reports a box: x1 y1 x2 y2.
      const asPdf = (r: { x: number; y: number; w: number; h: number }) => [pt(r.x), pt(layout.sheet.height - r.y - r.h), pt(r.x + r.w), pt(layout.sheet.height - r.y)];
      for (const b of boxes(path(f), f.pages)) {
        asPdf(wanted.trim).forEach((v, i) => expect(b.trim[i]).toBeCloseTo(v, 1));
        asPdf(wanted.bleed).forEach((v, i) => expect(b.bleed[i]).toBeCloseTo(v, 1));
      }
    }
  });

  it('gives card files a front and a back page per sheet of cards (a fold-over sheet is one page)', () => {
    for (const f of files().filter((x) => x.kind === 'cards')) {
      const layout = sheetLayoutOf(f);
      expect(f.pages, f.file).toBe((layout.sides === 'fold' ? 1 : 2) * Math.ceil(f.items!.length / perSheet(layout)));
    }
  });
});

describe('document properties', () => {
  it('carries title, language, author and creator, no clock time, and print scaling "none"', async () => {
    for (const f of files()) {
      const doc = await PDFDocument.load(readFileSync(path(f)), { updateMetadata: false });
      expect(doc.getTitle()).toBe(f.title);
      expect(doc.getAuthor()).toBe(publisher.author);
      expect(doc.getCreator()).toBe(publisher.name);
      expect(doc.getProducer()).toBe(publisher.name);
      expect(doc.getCreationDate()).toBeUndefined();
      expect(doc.getModificationDate()).toBeUndefined();
      expect(String(doc.catalog.get(PDFName.of('Lang')))).toBe(`(${languages.find((l) => l.lang === f.lang)!.pdfLang})`);
      const prefs = doc.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
      expect(String(prefs.get(PDFName.of('PrintScaling')))).toBe('/None');
      if (f.layout === 'home') expect(String(prefs.get(PDFName.of('Duplex')))).toBe('/DuplexFlipLongEdge');
    }
  });

  it('embeds its fonts as subsets with a Unicode map, so text can be searched and copied', () => {
    for (const f of files()) {
      const list = fonts(path(f));
      expect(list.length).toBeGreaterThan(0);
      for (const font of list) {
        expect(font).toMatchObject({ emb: 'yes', sub: 'yes', uni: 'yes' });
        expect(font.name).toMatch(/^[A-Z]{6}\+AtkinsonHyperlegibleNext-/);
      }
    }
  });

  it('builds the whole kit, both languages, within 30 s on 2 cores and 0.3 s of CPU a file', () => {
    // CPU time counts every thread; on a shared machine wall time also measures the neighbours. The
    // budget per file keeps a slower layout from hiding behind a kit that grows (174 files in Dec 2026).
    const files = first.manifest.files.length;
    console.info(`kit build: ${files} files, ${wallSeconds.toFixed(1)} s wall, ${cpuSeconds.toFixed(1)} s CPU`);
    expect(cpuSeconds / 2).toBeLessThanOrEqual(30);
    expect(cpuSeconds / files).toBeLessThanOrEqual(0.3);
  });
});

describe('text', () => {
  /** The text of a card's front and back in a shop file (pages 2n-1 and 2n). */
  const cardText = (f: KitFile, id: string) => {
    const texts = pageTexts(path(f));
    const page = f.items!.find((i) => i.id === id)!.page;
    return { front: normalise(texts[page - 1]!), back: normalise(texts[page]!) };
  };
  const has = (text: string, expected: string[]) => {
    for (const e of expected) expect(text, e).toContain(normalise(e));
  };

  it.each(langsBuilt)('%s: method cards carry name, summary, steps and who leads', (lang) => {
    const f = find(lang, 'methods', 'shop', 'card')!;
    for (const m of loadMethods(lang)) {
      const t = cardText(f, m.method.id);
      has(t.front, [m.title, m.method.summary]);
      has(t.back, m.method.steps.map((s) => s.title));
    }
  });

  it.each(langsBuilt)('%s: question cards carry their question and category', (lang) => {
    const f = find(lang, 'questions', 'shop', 'card');
    for (const c of loadData('questions', lang))
      c.questions.forEach((q, i) => {
        const t = cardText(f!, `${c.id}-${i + 1}`);
        has(t.front, [q, c.name]);
        has(t.back, [c.name, c.purpose]);
      });
  });

  it.each(langsBuilt)('%s: the facilitator cards at the end of the question deck carry every question to avoid', (lang) => {
    const f = find(lang, 'questions', 'shop', 'card')!;
    const cards = f.items!.filter((i) => i.id.startsWith('avoid-')).map((i) => cardText(f, i.id));
    expect(cards.length).toBeGreaterThan(0);
    const fronts = cards.map((c) => c.front).join(' ');
    const backs = cards.map((c) => c.back).join(' ');
    for (const a of loadData('avoid', lang)) {
      has(fronts, [a.name, a.example]);
      has(backs, [a.name, a.instead]);
    }
  });

  it.each(langsBuilt)('%s: role, phase and pitfall cards carry their content', (lang) => {
    for (const r of loadData('roles', lang).filter((x) => x.kind === 'core')) {
      const t = cardText(find(lang, 'roles', 'shop', 'card')!, r.id);
      has(t.front, [r.name, r.summary, ...r.does]);
      has(t.back, r.doesNot);
    }
    for (const p of loadData('phases', lang)) {
      const t = cardText(find(lang, 'phases', 'shop', 'card')!, p.id);
      has(t.front, [p.title, p.purpose]);
      has(t.back, p.prompts);
    }
    for (const p of loadData('pitfalls', lang)) {
      const t = cardText(find(lang, 'pitfalls', 'shop', 'card')!, p.id);
      has(t.front, [p.title, ...p.signals]);
      has(t.back, p.remedies);
    }
  });

  it.each(langsBuilt)('%s: job-aids carry their words', (lang) => {
    for (const aid of loadData('jobaids', lang)) {
      const text = normalise(pageTexts(path(find(lang, aid.id, 'page', 'a4')!)).join(''));
      const words = aid.blocks.flatMap((b) =>
        b.kind === 'checklist' || b.kind === 'ratings' ? b.items : b.kind === 'fields' ? jobAidFields(b, lang).map((x) => x.label) : b.kind === 'table' ? b.columns.map((c) => c.label) : b.kind === 'text' ? [b.body] : [],
      );
      has(text, [aid.title, aid.intro, ...words]);
    }
    for (const m of loadMethods(lang)) {
      const text = normalise(pageTexts(path(find(lang, `method-${m.method.id}`, 'page', 'letter')!)).join(''));
      has(text, [m.title, ...m.method.steps.flatMap((s) => [s.title, s.instruction]), ...m.method.roles.map((r) => r.duty)]);
    }
  });

  it('extracts Dutch letters correctly (ĳ, ë, é, ï…)', () => {
    const all = normalise(files().filter((f) => f.lang === 'nl').flatMap((f) => pageTexts(path(f))).join(''));
    const content = [
      ...loadMethods('nl').flatMap((m) => [m.title, m.method.summary, ...m.method.steps.flatMap((s) => [s.title, s.instruction])]),
      ...loadData('questions', 'nl').flatMap((c) => c.questions),
      ...loadData('pitfalls', 'nl').flatMap((p) => [...p.signals, ...p.remedies]),
    ].join(' ');
    const special = [...new Set(content.match(/[\p{L}]*[ĳĲëéïöüèáó][\p{L}]*/gu) ?? [])];
    expect(special.length).toBeGreaterThan(3);
    for (const word of special) expect(all, word).toContain(normalise(word));
  });
});

describe('every word inside its safe area', () => {
  const inside = (w: { xMin: number; yMin: number; xMax: number; yMax: number }, r: { x: number; y: number; w: number; h: number }) =>
    w.xMin >= r.x - tolerance && w.yMin >= r.y - tolerance && w.xMax <= r.x + r.w + tolerance && w.yMax <= r.y + r.h + tolerance;

  it('on shop cards: 3 mm bleed + 4 mm safe margin on every side', () => {
    const safe = { x: pt(artworkBleed + card.safe), y: pt(artworkBleed + card.safe), w: pt(card.width - 2 * card.safe), h: pt(card.height - 2 * card.safe) };
    for (const f of files().filter((x) => x.layout === 'shop'))
      for (const w of words(path(f)).words) expect(inside(w, safe), `${f.file} p${w.page} "${w.text}"`).toBe(true);
  });

  it('on home sheets: inside a card\'s safe area or in a margin note, never on a crop mark', () => {
    for (const f of files().filter((x) => x.layout === 'home')) {
      const layout = sheetLayoutOf(f);
      const safeAreas = cells(layout).map((s) => ({ x: pt(s.trim.x + card.safe), y: pt(s.trim.y + card.safe), w: pt(card.width - 2 * card.safe), h: pt(card.height - 2 * card.safe) }));
      const notes = infoSpans(layout).map((s) => ({ x: pt(s.rect.x), y: pt(s.rect.y), w: pt(s.rect.w), h: pt(s.rect.h) }));
      for (const w of words(path(f)).words)
        expect([...safeAreas, ...notes].some((r) => inside(w, r)), `${f.file} p${w.page} "${w.text}"`).toBe(true);
    }
  });

  it(`on job-aids: inside the page margin, at least ${printable} mm from every edge`, () => {
    for (const f of files().filter((x) => x.kind === 'job-aid')) {
      const layout = pageLayouts.find((l) => l.paper === f.paper)!;
      const { pages, words: list } = words(path(f));
      const page = pages[0]!;
      const box = { x: pt(layout.margin), y: pt(layout.margin), w: page.width - 2 * pt(layout.margin), h: page.height - 2 * pt(layout.margin) };
      expect(layout.margin).toBeGreaterThanOrEqual(printable);
      for (const w of list) expect(inside(w, box), `${f.file} "${w.text}"`).toBe(true);
    }
  });
});

describe('duplex', () => {
  it.each(sheetLayouts.filter((l) => l.name === 'home'))('puts every back behind its front on $fileTag sheets (long-edge flip)', (layout) => {
    const grid = gridRect(layout);
    const cellOf = (w: { xMin: number; xMax: number; yMin: number; yMax: number }) => ({
      col: Math.floor(((w.xMin + w.xMax) / 2 - pt(grid.x)) / pt(card.width)),
      row: Math.floor(((w.yMin + w.yMax) / 2 - pt(grid.y)) / pt(card.height)),
    });
    const homeFiles = files().filter((x) => x.kind === 'cards' && sheetLayoutOf(x) === layout);
    expect(homeFiles.length).toBeGreaterThan(0);
    for (const f of homeFiles) {
      const list = words(path(f)).words;
      const total = f.items!.length;
      f.items!.forEach((item, i) => {
        // The band of both sides carries "n/total".
        const label = `${i + 1}/${total}`;
        const front = list.find((w) => w.page === item.page && w.text === label)!;
        const back = list.find((w) => w.page === item.page + 1 && w.text === label)!;
        expect(front && back, `${f.file} card ${label}`).toBeTruthy();
        const a = cellOf(front);
        const b = cellOf(back);
        expect(b, `${f.file} card ${label}`).toEqual({ col: layout.cols - 1 - a.col, row: a.row });
      });
    }
  });
});
