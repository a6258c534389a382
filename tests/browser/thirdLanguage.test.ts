/**
 * Protects two promises at once, on one extra build: a language is data, and a copy can live under a
 * path. The fixture is a copy of the project where German (`de`, the next language) is added the way
 * the README says: one entry in src/config.ts, its content files (here the Dutch ones, copied), its UI
 * strings and its hyphenation rules; no code edit. It is built for https://school.example/intervisie/
 * and served under /intervisie/ only. German must get its own pages, index, search and PDFs, and
 * appear on no Dutch or English page; the copy's pages load with their assets and every root link
 * carries the path; search and the QR code's target work there.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { parse } from 'node-html-parser';
import { connectBrowser, openPage } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/builtSite/staticServer.ts';
import { langs } from '../../src/config.ts';
import { dataCollectionNames } from '../../src/schemas/collections.ts';
import { listPages, pageFile } from '../../src/lib/content/files.ts';
import { loadMethods } from '../../src/lib/content/load.ts';
import { distDir } from '../support/dist.ts';

const SITE_URL = 'https://school.example/intervisie/';
const base = '/intervisie/';
const project = process.cwd();
const [first] = loadMethods('nl');
const id = first!.method.id;
const rootPages = listPages('nl');

let browser: Browser;
let server: StaticServer;
let copy: string;
let out: string;
let qrTarget: string;

/** The language row a new language adds to src/config.ts, and the only code-side change. */
const germanRow = "  { lang: 'de', locale: 'de', pdfLang: 'de-DE', label: 'Deutsch' },\n";

function addGerman(root: string) {
  const config = join(root, 'src/config.ts');
  const source = readFileSync(config, 'utf8');
  const patched = source.replace(/\n\] as const;/, `\n${germanRow}] as const;`);
  if (patched === source) throw new Error('src/config.ts has no `languages = [ … ] as const` list to add a row to');
  writeFileSync(config, patched);
  const content = join(root, 'src/content');
  // Pages: the Dutch ones under docs/de/, with their root links moved to /de/.
  for (const slug of rootPages) {
    const from = pageFile('nl', slug);
    const to = join(content, 'docs', 'de', relative(join(project, 'src/content/docs'), from));
    cpSync(from, to);
    writeFileSync(to, readFileSync(to, 'utf8').replace(/(\]\(|href="|link: )\/(?!de\/)/g, '$1/de/'));
  }
  for (const name of dataCollectionNames) cpSync(join(content, name, 'nl'), join(content, name, 'de'), { recursive: true });
  cpSync(join(content, 'i18n', 'nl.json'), join(content, 'i18n', 'de.json'));
  writeFileSync(join(content, 'hyphenation', 'de.yaml'), 'patterns: de-1996\n');
}

/** Vitest puts Vite's BASE_URL, MODE and NODE_ENV into process.env; a child build would take them over SITE_URL. */
function childEnv(): NodeJS.ProcessEnv {
  const viteKeys = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']);
  return { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !viteKeys.has(key) && !key.startsWith('VITEST'))), SITE_URL };
}

const htmlFiles = (dir: string) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));

beforeAll(async () => {
  // Inside the project (tmp/ is ignored), so the copy finds node_modules the way Node and Vite look for
  // it, by walking up; a symlinked node_modules makes Vite resolve Starlight's files twice.
  mkdirSync(join(project, 'tmp'), { recursive: true });
  copy = mkdtempSync(join(project, 'tmp', 'third-language-'));
  for (const entry of ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(project, entry), join(copy, entry), { recursive: true });
  addGerman(copy);
  out = join(copy, 'dist');
  const env = childEnv();
  // The Dutch and English PDFs came with public/kit (built by `npm run build`); the kit adds German
  // to them and to the manifest, as `npm run kit -- --lang de` does for a translator.
  execFileSync('node', ['scripts/kit/build.ts', '--lang', 'de'], { cwd: copy, env, stdio: 'pipe' });
  execFileSync('npx', ['astro', 'build'], { cwd: copy, env, stdio: 'pipe' });
  // What a German card's QR code carries, computed by the kit under the same SITE_URL.
  qrTarget = execFileSync('node', ['--input-type=module', '-e', `import { methodPermalink } from './scripts/kit/links.ts'; console.log(methodPermalink('de', '${id}'));`], { cwd: copy, env, encoding: 'utf8' }).trim();
  server = await serveStatic(out, 0, { base });
  browser = await connectBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('German added as data', () => {
  test('every Dutch page has a German page under /de/, with lang="de"', () => {
    const routes = rootPages.map((slug) => (slug === 'index' ? 'de/index.html' : `de/${slug}/index.html`));
    expect(routes.filter((file) => !existsSync(join(out, file))), 'missing German pages').toEqual([]);
    for (const file of routes) expect(parse(readFileSync(join(out, file), 'utf8')).querySelector('html')?.getAttribute('lang'), file).toBe('de');
  });

  test('search has a German index as big as the Dutch one, and the Dutch and English indexes are unchanged', () => {
    const entry = (dir: string) => JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const here = entry(out).languages;
    const main = entry(distDir).languages;
    expect(Object.keys(here).sort()).toEqual([...langs, 'de'].sort());
    expect(here.de!.page_count).toBe(here.nl!.page_count);
    for (const lang of langs) expect(here[lang]!.page_count, lang).toBe(main[lang]!.page_count);
  });

  test('the kit has German PDFs, one for each Dutch one, listed in the manifest', () => {
    const pdfs = (lang: string) => readdirSync(join(out, 'kit', lang)).filter((f) => f.endsWith('.pdf')).sort();
    expect(pdfs('de').length).toBeGreaterThan(0);
    expect(pdfs('de')).toEqual(pdfs('nl'));
    const manifest = JSON.parse(readFileSync(join(out, 'kit', 'manifest.json'), 'utf8')) as { files: { file: string; lang: string }[] };
    expect(manifest.files.filter((f) => f.lang === 'de').map((f) => f.file.replace(/^de\//, '')).sort()).toEqual(pdfs('de'));
  });

  test('the open data has German files with every method', () => {
    const methods = (lang: string) => JSON.parse(readFileSync(join(out, 'api', `methods.${lang}.json`), 'utf8')) as { lang: string; methods: unknown[] };
    expect(methods('de').lang).toBe('de');
    expect(methods('de').methods).toHaveLength(methods('nl').methods.length);
  });

  test('no Dutch or English page links to a German page (the language picker aside)', () => {
    const leaks: string[] = [];
    for (const file of htmlFiles(out).filter((f) => !f.startsWith('de/'))) {
      const dom = parse(readFileSync(join(out, file), 'utf8'));
      for (const a of dom.querySelectorAll('a[href]')) if (a.getAttribute('href')!.startsWith(`${base}de/`)) leaks.push(`${file} → ${a.getAttribute('href')}`);
    }
    expect(leaks).toEqual([]);
  });

  test('the Dutch and German method overviews each list their own methods only', () => {
    for (const [lang, prefix] of [['nl', ''], ['de', 'de/']] as const) {
      const dom = parse(readFileSync(join(out, prefix, 'methoden', 'index.html'), 'utf8'));
      const methodLinks = dom.querySelectorAll('main a[href]').map((a) => a.getAttribute('href')!).filter((href) => /\/methoden\/[^/#]+\/$/.test(href));
      const ids = [...new Set(methodLinks.map((href) => href.replace(/\/$/, '').split('/').pop()))].sort();
      expect(ids, lang).toEqual(expect.arrayContaining(loadMethods('nl').map((m) => m.method.id)));
      expect(methodLinks.filter((href) => !href.startsWith(`${base}${prefix}methoden/`)), `${lang}: links into another language`).toEqual([]);
    }
  });

  test('German search finds the German method page, not the Dutch one', async () => {
    const opened = await openPage(browser, `${base}de/`, { origin: server.origin });
    try {
      const { page } = opened;
      await page.locator('site-search button[data-open-modal]').filter({ visible: true }).first().click();
      await page.locator('#starlight__search .pagefind-ui__search-input').fill(first!.title);
      const results = page.locator('#starlight__search .pagefind-ui__result-link');
      const paths = () => results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      await expect.poll(paths, { timeout: 15_000 }).toContain(`${base}de/methoden/${id}/`);
      expect((await paths()).filter((p) => !p.startsWith(`${base}de/`))).toEqual([]);
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe(`a copy built for ${SITE_URL}`, () => {
  test.for([`${base}`, `${base}en/`, `${base}de/`, `${base}methoden/${id}/`, `${base}de/downloads/`])('%s loads with its assets and links under the path', async (path) => {
    const opened = await openPage(browser, path, { origin: server.origin, waitUntil: 'networkidle' });
    try {
      expect(opened.problems, 'errors, 404s or CSP violations').toEqual([]);
      expect(opened.requests.some((url) => url.endsWith('.css')), 'a stylesheet loaded').toBe(true);
      const rootLinks = await opened.page.$$eval('a[href^="/"], link[href^="/"], script[src^="/"], img[src^="/"]', (els) =>
        els.map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? ''),
      );
      expect(rootLinks.length).toBeGreaterThan(5);
      expect(rootLinks.filter((href) => !href.startsWith(base)), 'root links without the base path').toEqual([]);
      const canonical = await opened.page.getAttribute('link[rel="canonical"]', 'href');
      expect(canonical).toBe(`https://school.example${path}`);
      const image = await opened.page.getAttribute('meta[property="og:image"]', 'content');
      expect(image).toMatch(new RegExp(`^https://school\\.example${base}og/.+\\.png$`));
    } finally {
      await opened.close();
    }
  });

  test('the QR target of a German card opens the German method page', async () => {
    expect(qrTarget).toBe(`${SITE_URL}de/m/${id}/`);
    const opened = await openPage(browser, new URL(qrTarget).pathname, { origin: server.origin });
    try {
      await opened.page.waitForURL((url) => url.pathname === `${base}de/methoden/${id}/`);
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
