/**
 * Decks grow by themselves: a fixture copy of the content with 25 methods (copies of a real one)
 * still gives a home A4 methods deck under 250 KB, and the CLI filters build only what they name.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildKit, cardFileName, type KitResult } from '../../scripts/kit/kit.ts';
import { readManifest } from '../../scripts/kit/manifest.ts';
import { perSheet, sheetLayouts } from '../../scripts/kit/paper.ts';
import { pageCount } from './support/poppler.ts';

const methods = 25;
/** The files of the nl methods deck, one per sheet layout. */
const methodFiles = sheetLayouts.map((l) => cardFileName('nl', 'methods', l)).sort();
const homeA4 = sheetLayouts.find((l) => l.name === 'home' && l.paper === 'a4')!;
let root = '';
let out = '';
let result: KitResult;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kit-scale-'));
  out = join(root, 'kit');
  cpSync('src/content', join(root, 'src/content'), { recursive: true });
  for (const dir of ['docs/methoden', 'docs/en/methoden']) {
    const base = join(root, 'src/content', dir);
    const source = readFileSync(join(base, 'incidentmethode.mdx'), 'utf8');
    // Pages with a `method:` block; the overview and the choosing page are not methods.
    const existing = readdirSync(base).filter((f) => f.endsWith('.mdx') && /^method:/m.test(readFileSync(join(base, f), 'utf8'))).length;
    for (let i = existing; i < methods; i++) {
      writeFileSync(
        join(base, `kopie-${i}.mdx`),
        source.replace('id: incidentmethode', `id: kopie-${i}`).replace(/^title: (.*)$/m, `title: $1 ${i}`).replace(/^(\s+)order: \d+$/m, `$1order: ${100 + i}`),
      );
    }
  }
  result = await buildKit({ out, root, langs: ['nl'], sets: ['methods'], workers: 1 });
}, 300_000);

afterAll(() => root && rmSync(root, { recursive: true, force: true }));

describe('a deck of 25 methods', () => {
  it('keeps the home A4 file under 250 KB, a front and a back page per sheet', () => {
    const a4 = result.manifest.files.find((f) => f.file === cardFileName('nl', 'methods', homeA4))!;
    expect(a4.items).toHaveLength(methods);
    expect(a4.pages).toBe(2 * Math.ceil(methods / perSheet(homeA4)));
    expect(pageCount(join(out, a4.file))).toBe(a4.pages);
    expect(a4.bytes).toBeLessThanOrEqual(250 * 1024);
  });

  it('builds only what the filters name', () => {
    expect(result.manifest.files.map((f) => f.file).sort()).toEqual(methodFiles);
  });
});

describe('command line', () => {
  it('npm run kit -- --set methods --lang nl builds that deck and updates only its manifest entries', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kit-cli-'));
    try {
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ files: [{ file: 'en/keep.pdf', lang: 'en', kind: 'job-aid', set: 'x', paper: 'a4', layout: 'page', pages: 1, bytes: 1, sha256: '', title: 'x', name: 'x' }] }));
      const output = execFileSync(process.execPath, ['scripts/kit/build.ts', '--set', 'methods', '--lang', 'nl', '--out', dir], { encoding: 'utf8' });
      expect(output).toMatch(/file\s+pages\s+KB\s+ms/);
      for (const file of methodFiles) expect(output).toContain(file);
      expect(readManifest(dir).files.map((f) => f.file).sort()).toEqual(['en/keep.pdf', ...methodFiles]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('stops with the fit message and exit code 1 when text does not fit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kit-cli-'));
    try {
      // A fixture content root whose first pitfall has far too many signals (in both languages, so
      // the twins still agree and the content contract lets it through to layout).
      cpSync('src/content', join(dir, 'src/content'), { recursive: true });
      for (const lang of ['nl', 'en']) {
        const pitfalls = join(dir, `src/content/pitfalls/${lang}`);
        const file = join(pitfalls, readdirSync(pitfalls).sort()[0]!);
        const yaml = readFileSync(file, 'utf8').replace(/signals:\n/, `signals:\n${Array.from({ length: 12 }, (_, i) => `  - Signaal ${i}, iemand praat lang door en niemand in de groep grijpt op tijd in.\n`).join('')}`);
        writeFileSync(file, yaml);
      }
      let stderr = '';
      let status = 0;
      try {
        execFileSync(process.execPath, [join(process.cwd(), 'scripts/kit/build.ts'), '--set', 'pitfalls', '--lang', 'nl', '--out', join(dir, 'kit')], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
      } catch (error) {
        const e = error as { status: number; stderr: string };
        status = e.status;
        stderr = e.stderr;
      }
      expect(status).toBe(1);
      expect(stderr).toMatch(/language nl, deck pitfalls, card "[a-z-]+" \(front\), field "signals\.\d+" runs past the end of "body" by \d+\.\d mm/);
      // Nothing from the failed build is left behind.
      expect(existsSync(join(dir, 'kit'))).toBe(false);
      expect(readdirSync(dir).filter((f) => f.startsWith('.kit'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
